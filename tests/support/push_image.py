"""Push a small image manifest under a tag through the ECR API (PutImage), as a registry push
would. Used by the README demo until ecrctl pushes images itself.

usage: push_image.py ENDPOINT REPOSITORY TAG SEED
       push_image.py --digest SEED     (the digest of that image, pushing nothing)
Prints the image digest, or the ECR error code on stderr with exit status 1.
"""
import hashlib
import json
import sys

import boto3
from botocore.exceptions import ClientError



def manifest(seed):
    """A small image manifest that differs by `seed`, and its digest as ECR computes it."""
    text = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {
                "mediaType": "application/vnd.docker.container.image.v1+json",
                "size": 1000 + seed,
                "digest": "sha256:%064x" % (seed + 1),
            },
            "layers": [
                {
                    "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
                    "size": 5000 + seed,
                    "digest": "sha256:%064x" % (seed + 1_000_000),
                }
            ],
        },
        separators=(",", ":"),
    )
    return text, "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def client(endpoint):
    return boto3.client(
        "ecr",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="demo",
        aws_secret_access_key="demo",
    )


def put(ecr, repo, tag, seed):
    """PutImage with the digest ECR would compute; returns the digest."""
    text, digest = manifest(seed)
    ecr.put_image(repositoryName=repo, imageTag=tag, imageManifest=text, imageDigest=digest)
    return digest


def main():
    if sys.argv[1] == "--digest":
        print(manifest(int(sys.argv[2]))[1])
        return
    endpoint, repo, tag, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    try:
        print(put(client(endpoint), repo, tag, seed))
    except ClientError as e:
        print(e.response["Error"]["Code"], file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

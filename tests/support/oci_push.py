#!/usr/bin/env python3
"""Build a test image from a seed and push it to a registry over the distribution API.

    oci_push.py URL REPO TAG SEED [--layers N] [--layer-size BYTES] [--multi] [--nested]
                [--referrer] [--user USER:PASSWORD] [--created RFC3339]

The same seed gives the same bytes, so the same digests. --multi makes an OCI index of two
platforms (linux/amd64, linux/arm64); --nested wraps that index in another index; --referrer
attaches a signature (an OCI manifest whose `subject` is the pushed image) and, as OCI's
fallback for registries without the referrers API, lists it under the `sha256-<hex>` tag.
Prints JSON: the top digest, the platform manifests, the blobs and the referrer.
"""

import argparse
import base64
import gzip
import hashlib
import json
import random
import sys
import urllib.error
import urllib.request

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"


def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


class Registry:
    def __init__(self, url, repo, user):
        self.url = url.rstrip("/")
        self.repo = repo
        self.auth = None
        if user:
            self.auth = "Basic " + base64.b64encode(user.encode()).decode()

    def request(self, method, path, data=None, headers=None):
        url = path if path.startswith("http") else self.url + path
        req = urllib.request.Request(url, data=data, method=method)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        if self.auth:
            req.add_header("Authorization", self.auth)
        try:
            with urllib.request.urlopen(req) as res:
                return res.status, dict(res.headers), res.read()
        except urllib.error.HTTPError as e:
            if e.code == 404 and method == "HEAD":
                return 404, {}, b""
            sys.exit(f"{method} {url}: {e.code} {e.read()[:300]!r}")

    def blob(self, data):
        d = digest(data)
        status, _, _ = self.request("HEAD", f"/v2/{self.repo}/blobs/{d}")
        if status == 200:
            return d
        _, headers, _ = self.request("POST", f"/v2/{self.repo}/blobs/uploads/", b"")
        location = headers["Location"]
        if location.startswith("/"):
            location = self.url + location
        sep = "&" if "?" in location else "?"
        self.request("PUT", f"{location}{sep}digest={d}", data,
                     {"Content-Type": "application/octet-stream"})
        return d

    def manifest(self, reference, doc, media_type):
        data = json.dumps(doc, separators=(",", ":")).encode()
        self.request("PUT", f"/v2/{self.repo}/manifests/{reference}", data,
                     {"Content-Type": media_type})
        return data, digest(data)


def image(reg, rng, arch, layers, size, created, blobs):
    layer_descs = []
    for _ in range(layers):
        # gzip, as registries' clients expect (skopeo would compress a plain tar and change
        # the digests); mtime 0 keeps the bytes the same for a seed.
        data = gzip.compress(rng.randbytes(size), compresslevel=1, mtime=0)
        d = reg.blob(data)
        blobs.append(d)
        layer_descs.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                            "digest": d, "size": len(data)})
    config = json.dumps({"architecture": arch, "os": "linux", "created": created,
                         "rootfs": {"type": "layers",
                                    "diff_ids": [l["digest"] for l in layer_descs]}},
                        separators=(",", ":")).encode()
    cd = reg.blob(config)
    blobs.append(cd)
    doc = {"schemaVersion": 2, "mediaType": OCI_MANIFEST,
           "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                      "digest": cd, "size": len(config)},
           "layers": layer_descs}
    data = json.dumps(doc, separators=(",", ":")).encode()
    return doc, data, digest(data)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("repo")
    p.add_argument("tag")
    p.add_argument("seed")
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--layer-size", type=int, default=2048)
    p.add_argument("--multi", action="store_true")
    p.add_argument("--nested", action="store_true")
    p.add_argument("--referrer", action="store_true")
    p.add_argument("--cosign", action="store_true",
                   help="also a cosign-style signature under the tag sha256-<hex>.sig")
    p.add_argument("--user")
    p.add_argument("--created", default="2026-01-01T00:00:00Z")
    a = p.parse_args()
    reg = Registry(a.url, a.repo, a.user)
    rng = random.Random(a.seed)
    blobs = []
    platforms = []
    if a.multi or a.nested:
        entries = []
        for arch in ("amd64", "arm64"):
            _, data, d = image(reg, rng, arch, a.layers, a.layer_size, a.created, blobs)
            reg.manifest(d, json.loads(data), OCI_MANIFEST)
            platforms.append(d)
            entries.append({"mediaType": OCI_MANIFEST, "digest": d, "size": len(data),
                            "platform": {"os": "linux", "architecture": arch}})
        index = {"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": entries}
        if a.nested:
            data, d = reg.manifest(digest(json.dumps(index, separators=(",", ":")).encode()),
                                   index, OCI_INDEX)
            platforms.append(d)
            index = {"schemaVersion": 2, "mediaType": OCI_INDEX,
                     "manifests": [{"mediaType": OCI_INDEX, "digest": d, "size": len(data)}]}
        top_data, top = reg.manifest(a.tag, index, OCI_INDEX)
        top_type = OCI_INDEX
    else:
        doc, data, _ = image(reg, rng, "amd64", a.layers, a.layer_size, a.created, blobs)
        top_data, top = reg.manifest(a.tag, doc, OCI_MANIFEST)
        top_type = OCI_MANIFEST
    out = {"digest": top, "platforms": platforms, "blobs": blobs, "referrer": None}
    if a.referrer:
        empty = reg.blob(b"{}")
        sig = rng.randbytes(64)
        sd = reg.blob(sig)
        doc = {"schemaVersion": 2, "mediaType": OCI_MANIFEST,
               "artifactType": "application/vnd.dev.cosign.artifact.sig.v1+json",
               "config": {"mediaType": "application/vnd.oci.empty.v1+json",
                          "digest": empty, "size": 2},
               "layers": [{"mediaType": "application/vnd.dev.cosign.simplesigning.v1+json",
                           "digest": sd, "size": len(sig)}],
               "subject": {"mediaType": top_type, "digest": top, "size": len(top_data)}}
        data = json.dumps(doc, separators=(",", ":")).encode()
        rd = digest(data)
        reg.manifest(rd, doc, OCI_MANIFEST)
        index = {"schemaVersion": 2, "mediaType": OCI_INDEX,
                 "manifests": [{"mediaType": OCI_MANIFEST, "digest": rd, "size": len(data),
                                "artifactType": doc["artifactType"]}]}
        reg.manifest(top.replace(":", "-", 1), index, OCI_INDEX)
        out["referrer"] = rd
    if a.cosign:
        payload = json.dumps({"critical": {"image": {"docker-manifest-digest": top}}}).encode()
        pd = reg.blob(payload)
        empty = reg.blob(b"{}")
        doc = {"schemaVersion": 2, "mediaType": OCI_MANIFEST,
               "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                          "digest": empty, "size": 2},
               "layers": [{"mediaType": "application/vnd.dev.cosign.simplesigning.v1+json",
                           "digest": pd, "size": len(payload)}]}
        _, sd = reg.manifest(top.replace(":", "-", 1) + ".sig", doc, OCI_MANIFEST)
        out["cosign"] = sd
    print(json.dumps(out))


if __name__ == "__main__":
    main()

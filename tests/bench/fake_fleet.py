"""A loopback fake of ECR and STS that answers requests in parallel, each after a fixed delay:
what the audit benchmark measures concurrency against (the emulator answers one request at a
time, which hides how far concurrency goes).

It knows just what `ecrctl audit` asks: STS GetCallerIdentity and AssumeRole (credentials whose
key id names the role's account), ECR DescribeRegistry, DescribeRepositories (paged), GetRepositoryPolicy,
GetLifecyclePolicy, GetRegistryScanningConfiguration (no rules) and
BatchGetRepositoryScanningConfiguration, and KMS DescribeKey. The account of a request is read
from its signing key id, the region and service from its credential scope, so one server stands
for every account and region. Every fifth repository has a policy; none has a lifecycle policy;
every other one has scan on push; every tenth is encrypted with one of three KMS keys (the first
AWS managed), the others with AES256.
"""
import http.server
import json
import threading
import time
import urllib.parse

OWN = "123456789012"
TARGET = "AmazonEC2ContainerRegistry_V20150921."


def start(layout, delay=0.030, images=0):
    """Serve `layout` ({account: {region: repository count}}) after `delay` seconds per request,
    each repository with `images` tagged images (DescribeImages, paged).
    Returns (url, counter) where counter() gives the requests served so far."""
    count = [0]
    lock = threading.Lock()

    def repos(account, region):
        n = layout.get(account, {}).get(region, 0)
        return [f"fleet/svc-{i:04d}" for i in range(n)]

    def number(name):
        return int(name.rsplit("-", 1)[-1] or 0)

    def repository(account, region, name):
        i = number(name)
        encryption = {"encryptionType": "AES256"}
        if i % 10 == 0:
            encryption = {"encryptionType": "KMS", "kmsKey": f"arn:aws:kms:{region}:{account}:key/bench-{i % 3}"}
        return {
            "repositoryName": name,
            "registryId": account,
            "repositoryArn": f"arn:aws:ecr:{region}:{account}:repository/{name}",
            "repositoryUri": f"{account}.dkr.ecr.{region}.amazonaws.com/{name}",
            "createdAt": 1767225600,
            "imageTagMutability": "MUTABLE",
            "imageScanningConfiguration": {"scanOnPush": i % 2 == 1},
            "encryptionConfiguration": encryption,
        }

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: without this, Nagle and delayed ACKs add 40 ms.
        disable_nagle_algorithm = True

        def answer(self, status, body, content_type="application/x-amz-json-1.1"):
            data = body.encode()
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def error(self, code, message):
            self.answer(400, json.dumps({"__type": code, "message": message}))

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            with lock:
                count[0] += 1
            time.sleep(delay)
            auth = self.headers.get("authorization", "")
            scope = auth.split("Credential=", 1)[-1].split(",", 1)[0].split("/")
            key, region, service = (scope + ["", "", "", ""])[0], (scope + [""] * 3)[2], (scope + [""] * 4)[3]
            account = key[4:] if key.startswith("ASIA") and key[4:].isdigit() else OWN
            if service == "sts":
                form = urllib.parse.parse_qs(body.decode())
                if form.get("Action", [""])[0] == "GetCallerIdentity":
                    xml = (
                        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>'
                        f"<Arn>arn:aws:iam::{account}:user/bench</Arn><UserId>AIDABENCH</UserId><Account>{account}</Account>"
                        "</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>"
                    )
                    return self.answer(200, xml, "text/xml")
                role = form.get("RoleArn", [""])[0]
                other = role.split(":")[4] if role.count(":") >= 5 else OWN
                expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600))
                xml = (
                    '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>'
                    f"<Credentials><AccessKeyId>ASIA{other}</AccessKeyId><SecretAccessKey>bench</SecretAccessKey>"
                    f"<SessionToken>bench</SessionToken><Expiration>{expires}</Expiration></Credentials>"
                    f"<AssumedRoleUser><AssumedRoleId>AROA:ecrctl</AssumedRoleId><Arn>{role}</Arn></AssumedRoleUser>"
                    "</AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>"
                )
                return self.answer(200, xml, "text/xml")
            if service == "kms":
                key = json.loads(body or b"{}").get("KeyId", "")
                manager = "AWS" if key.endswith("bench-0") else "CUSTOMER"
                return self.answer(200, json.dumps({"KeyMetadata": {"KeyId": key, "Arn": key, "KeyManager": manager}}))
            action = self.headers.get("x-amz-target", "")[len(TARGET):]
            req = json.loads(body or b"{}")
            if action == "DescribeRegistry":
                return self.answer(200, json.dumps({"registryId": account, "replicationConfiguration": {"rules": []}}))
            if action == "DescribeRepositories":
                names = repos(account, region)
                start_at = int(req.get("nextToken") or 0)
                size = int(req.get("maxResults") or 100)
                page = names[start_at:start_at + size]
                out = {"repositories": [repository(account, region, n) for n in page]}
                if start_at + size < len(names):
                    out["nextToken"] = str(start_at + size)
                return self.answer(200, json.dumps(out))
            if action == "GetRepositoryPolicy":
                name = req.get("repositoryName", "")
                if int(name.rsplit("-", 1)[-1] or 1) % 5:
                    return self.error("RepositoryPolicyNotFoundException", "no policy")
                policy = {"Version": "2012-10-17", "Statement": [{"Sid": "ci", "Effect": "Allow",
                          "Principal": {"AWS": f"arn:aws:iam::{account}:role/ci"}, "Action": "ecr:BatchGetImage"}]}
                return self.answer(200, json.dumps({"registryId": account, "repositoryName": name,
                                                    "policyText": json.dumps(policy)}))
            if action == "DescribeImages":
                name = req.get("repositoryName", "")
                start_at = int(req.get("nextToken") or 0)
                size = int(req.get("maxResults") or 100)
                details = [
                    {
                        "registryId": account,
                        "repositoryName": name,
                        "imageDigest": "sha256:%064x" % (number(name) * 100_000 + i),
                        "imageTags": [f"v{i}"],
                        "imageSizeInBytes": 10_000_000 + i,
                        "imagePushedAt": 1767225600 + i * 3600,
                        "imageManifestMediaType": "application/vnd.docker.distribution.manifest.v2+json",
                    }
                    for i in range(start_at, min(start_at + size, images))
                ]
                out = {"imageDetails": details}
                if start_at + size < images:
                    out["nextToken"] = str(start_at + size)
                return self.answer(200, json.dumps(out))
            if action == "GetLifecyclePolicy":
                return self.error("LifecyclePolicyNotFoundException", "no lifecycle policy")
            if action == "GetRegistryScanningConfiguration":
                return self.answer(200, json.dumps({"registryId": account, "scanningConfiguration": {"scanType": "BASIC", "rules": []}}))
            if action == "BatchGetRepositoryScanningConfiguration":
                # No registry rules: each repository's own flag is its frequency.
                configs = [{"repositoryName": n, "repositoryArn": f"arn:aws:ecr:{region}:{account}:repository/{n}",
                            "scanOnPush": number(n) % 2 == 1,
                            "scanFrequency": "SCAN_ON_PUSH" if number(n) % 2 == 1 else "MANUAL", "appliedScanFilters": []}
                           for n in req.get("repositoryNames", [])]
                return self.answer(200, json.dumps({"scanningConfigurations": configs, "failures": []}))
            return self.error("UnsupportedOperation", f"the benchmark fake does not answer {action}")

        def log_message(self, *a):
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", lambda: count[0]

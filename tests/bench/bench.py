#!/usr/bin/env python3
"""ecrctl benchmarks against the local ECR emulator: one table, figures side by side.

usage: tests/bench/bench.py [--runs N] [--no-build] [--only SECTION[,SECTION]] [--ecrctl PATH]
                            [--baseline PATH] [--bare PATH]

Sections: startup, repo-list, check-push, audit, audit-fleet (a fake ECR that answers in parallel, 30 ms a request: concurrency, and 20 accounts x 3 regions against one account), images-list (seeding 10,000 images takes about a minute), lifecycle (offline preview of 100,000 images; prune planning on the 10,000-image repository against images list; pruning 1,000 images), login (credential helper get warm and cold, login of three registries against one), copy (images copy of 20 layers / 200 MB between two loopback docker-registry servers against skopeo copy, and the copy again), fleet-plan (not by default: a combined plan over 500 repositories of 200 images each on the fake ECR, against the bare SDK program listing them). Each command runs N times (default 15) after one warm-up; the
table shows medians of wall time, client CPU time (user+sys of that process alone) and peak
memory (max RSS), and the ratios the targets are stated in. Timing is never asserted: these
machines are shared and noisy, so the figures are for reading, not for pass/fail.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOST = "123456789012.dkr.ecr.us-east-1.amazonaws.com"


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def start_emulator():
    proc = subprocess.Popen(
        [sys.executable, os.path.join(ROOT, "tests/support/moto_server.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    port = proc.stdout.readline().strip()
    if not port.isdigit():
        sys.exit("the ECR emulator is not installed: python3 -m pip install -r tests/requirements.txt")
    return proc, f"http://127.0.0.1:{port}"


# The emulator client and the image manifests are the demo's (tests/support/push_image.py).
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
from push_image import client, manifest, put  # noqa: E402


RUSAGE = None


def build_rusage():
    """Compile tests/bench/rusage.c once into target/."""
    global RUSAGE
    out = os.path.join(ROOT, "target", "bench-rusage")
    src = os.path.join(ROOT, "tests", "bench", "rusage.c")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(src):
        sh([os.environ.get("CC", "cc"), "-O2", "-o", out, src])
    RUSAGE = out


def run_once(cmd, env):
    """Wall time, CPU time (user+sys) and max RSS of one run of cmd, for that process alone."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.run([RUSAGE, *cmd], env=env, stdout=subprocess.DEVNULL, stderr=err)
        err.seek(0)
        text = err.read().decode(errors="replace")
    head, _, tail = text.rpartition("\nRUSAGE ")
    wall, user, system, maxrss, code = (int(x) for x in tail.split())
    return wall / 1e6, (user + system) / 1e6, maxrss / 1024.0, code, head


def measure(name, cmd, env, runs, ok_codes=(0,)):
    run_once(cmd, env)  # warm-up: page cache, emulator caches
    walls, cpus, rss = [], [], []
    for _ in range(runs):
        wall, cpu, mem, code, err = run_once(cmd, env)
        if code not in ok_codes:
            sys.exit(f"{name}: exit {code}: {err.strip()}")
        walls.append(wall)
        cpus.append(cpu)
        rss.append(mem)
    return {
        "name": name,
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "rss": max(rss),
    }


def shell_chain(cmds):
    """Several commands run one after the other by a shell, as a CI script does."""
    return ["sh", "-c", " && ".join(" ".join(c) for c in cmds)]


def print_table(rows):
    print(f"{'benchmark':58} {'wall ms':>9} {'cpu ms':>8} {'peak MiB':>9}")
    for r in rows:
        print(f"{r['name']:58} {r['wall'] * 1000:9.1f} {r['cpu'] * 1000:8.1f} {r['rss']:9.1f}")


def ratio_line(label, num, den, target):
    value = num / den if den else float("inf")
    print(f"  {label:70} {value:8.2f}x   (target {target})")


def start_delay_proxy(upstream_port, delay):
    """A loopback TCP proxy that holds each chunk a client sends for `delay` seconds before
    passing it on, as a network round trip would. Returns its port; runs in a daemon thread."""
    import asyncio
    import threading

    ready = threading.Event()
    holder = {}

    async def pipe(reader, writer, wait):
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                if wait:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def handle(client_reader, client_writer):
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", upstream_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, up_writer, delay), pipe(up_reader, client_writer, 0))

    async def serve():
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        holder["port"] = server.sockets[0].getsockname()[1]
        ready.set()
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(serve()), daemon=True).start()
    ready.wait()
    return holder["port"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--only", default="startup,repo-list,check-push,audit,audit-fleet,images-list,lifecycle,login,copy")
    ap.add_argument("--sweep", action="store_true", help="audit: also time --concurrency 4 to 64 behind the proxy")
    ap.add_argument("--images", type=int, default=10_000, help="images in the images-list repository")
    ap.add_argument("--ecrctl", help="the ecrctl binary to measure (default: the release build)")
    ap.add_argument("--bare", help="the bare SDK program to measure against (default: the release build)")
    ap.add_argument("--baseline", help="audit-fleet: also measure this ecrctl binary (an earlier build) on the 500-repository fake")
    args = ap.parse_args()
    sections = set(args.only.split(","))

    if not args.no_build:
        sh(["cargo", "build", "--release", "--quiet", "--bin", "ecrctl", "--example", "bare_sdk"], cwd=ROOT)
    build_rusage()
    ecrctl = args.ecrctl or os.path.join(ROOT, "target/release/ecrctl")
    bare = args.bare or os.path.join(ROOT, "target/release/examples/bare_sdk")
    aws = shutil.which("aws")

    proc, endpoint = start_emulator()
    env = dict(os.environ)
    env.update(
        AWS_ACCESS_KEY_ID="bench",
        AWS_SECRET_ACCESS_KEY="bench",
        AWS_REGION="us-east-1",
        AWS_DEFAULT_REGION="us-east-1",
        AWS_EC2_METADATA_DISABLED="true",
        AWS_ENDPOINT_URL=endpoint,
        AWS_CONFIG_FILE="/nonexistent",
        AWS_SHARED_CREDENTIALS_FILE="/nonexistent",
    )
    ecr = client(endpoint)
    print(f"ecrctl benchmarks, {time.strftime('%Y-%m-%d')}, {args.runs} runs each (medians), emulator {endpoint}")
    print()

    if "startup" in sections:
        print_table([measure("ecrctl --version", [ecrctl, "--version"], env, args.runs)])
        print()

    if "repo-list" in sections:
        for i in range(500):
            ecr.create_repository(repositoryName=f"fleet/svc-{i:03d}")
        rows = [
            measure("ecrctl repo list (500 repositories)", [ecrctl, "repo", "list"], env, args.runs),
        ]
        if aws:
            rows.append(
                measure(
                    "AWS CLI: ecr describe-repositories (500 repositories)",
                    [aws, "ecr", "describe-repositories"],
                    env,
                    max(3, args.runs // 3),
                )
            )
        print_table(rows)
        if aws:
            print("ratios:")
            ratio_line("AWS CLI describe-repositories / ecrctl repo list", rows[1]["wall"], rows[0]["wall"], "informative")
        print()

    def seed_big():
        ecr.create_repository(repositoryName="bench-big")
        started = time.time()
        for i in range(args.images):
            put(ecr, "bench-big", f"build-{i}", 100_000 + i)
        print(f"(seeded {args.images} images in {time.time() - started:.0f} s)")

    if "images-list" in sections:
        seed_big()
        runs = max(5, args.runs // 2)
        rows = [
            measure(f"ecrctl images list ({args.images} images, text)", [ecrctl, "images", "list", "bench-big"], env, runs),
            measure(f"bare SDK program: DescribeImages, all pages", [bare, endpoint, "list", "bench-big"], env, runs),
        ]
        if aws:
            rows.append(
                measure(
                    f"AWS CLI: ecr describe-images ({args.images} images)",
                    [aws, "ecr", "describe-images", "--repository-name", "bench-big"],
                    env,
                    max(3, runs // 2),
                )
            )
        print_table(rows)
        print("ratios:")
        ratio_line("images list wall / bare SDK program wall", rows[0]["wall"], rows[1]["wall"], "<= 1.1")
        if aws:
            ratio_line("AWS CLI client CPU / images list client CPU", rows[2]["cpu"], rows[0]["cpu"], ">= 10")
            ratio_line("images list peak memory / AWS CLI peak memory", rows[0]["rss"], rows[2]["rss"], "<= 0.5")
        print()

    if "audit" in sections:
        existing = {r["repositoryName"] for p in ecr.get_paginator("describe_repositories").paginate() for r in p["repositories"]}
        for i in range(500):
            name = f"fleet/svc-{i:03d}"
            if name not in existing:
                ecr.create_repository(repositoryName=name)
            if i % 5 == 0:
                ecr.set_repository_policy(
                    repositoryName=name,
                    policyText=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/ci"}, "Action": "ecr:BatchGetImage"}]}),
                )
        runs = max(3, args.runs // 3)
        audit_row = measure("ecrctl audit (500 repositories, policy + lifecycle)", [ecrctl, "audit", "fleet/*"], env, runs)
        rows = [audit_row]
        if aws:
            sample = 10
            cmds = []
            for i in range(sample):
                for op in ("get-repository-policy", "get-lifecycle-policy"):
                    cmds.append([aws, "ecr", op, "--repository-name", f"fleet/svc-{i:03d}"])
            loop = measure(
                f"AWS CLI loop, {sample} repositories (2 calls each)",
                ["sh", "-c", "; ".join(" ".join(c) + " >/dev/null 2>&1" for c in cmds) + "; true"],
                env,
                1,
            )
            loop_500 = {"name": "AWS CLI loop, 500 repositories (extrapolated x50)", "wall": loop["wall"] * 50, "cpu": loop["cpu"] * 50, "rss": loop["rss"]}
            rows += [loop, loop_500]
        port = int(endpoint.rsplit(":", 1)[1])
        proxy = f"http://127.0.0.1:{start_delay_proxy(port, 0.030)}"
        slow = dict(env, AWS_ENDPOINT_URL=proxy)
        fast = measure("ecrctl audit via a 30 ms delay proxy (default concurrency)", [ecrctl, "audit", "fleet/*"], slow, runs)
        serial = measure("ecrctl audit via a 30 ms delay proxy, --concurrency 1", [ecrctl, "audit", "fleet/*", "--concurrency", "1"], slow, 1)
        rows += [fast, serial]
        if args.sweep:
            for n in (4, 8, 16, 32, 64):
                rows.append(measure(f"  audit via 30 ms proxy, --concurrency {n}", [ecrctl, "audit", "fleet/*", "--concurrency", str(n)], slow, runs))
        print_table(rows)
        print("ratios:")
        if aws:
            ratio_line("AWS CLI loop (500, extrapolated) / ecrctl audit", loop_500["wall"], audit_row["wall"], ">= 50")
        ratio_line("30 ms latency: --concurrency 1 / default concurrency", serial["wall"], fast["wall"], ">= 8")
        print()

    if "audit-fleet" in sections:
        audit_fleet_section(args, ecrctl, env)

    if "fleet-plan" in sections:
        fleet_plan_section(args, ecrctl, bare, env)

    if "check-push" in sections:
        repos = ["bench-app", "bench-api", "bench-web"]
        for r in repos:
            ecr.create_repository(repositoryName=r, imageTagMutability="IMMUTABLE")
        existing = put(ecr, "bench-app", "v1", 1)
        _, local = manifest(2)
        rows = []
        one_new = measure(
            "ecrctl check-push (1 ref, new tag)",
            [ecrctl, "check-push", f"{HOST}/bench-app:v2", "--digest", local],
            env,
            args.runs,
        )
        one_unchanged = measure(
            "ecrctl check-push (1 ref, unchanged: the tag holds the image)",
            [ecrctl, "check-push", f"{HOST}/bench-app:v1", "--digest", existing],
            env,
            args.runs,
        )
        one_conflict = measure(
            "ecrctl check-push (1 ref, conflict: existing immutable tag)",
            [ecrctl, "check-push", f"{HOST}/bench-app:v1", "--digest", local],
            env,
            args.runs,
            ok_codes=(10,),
        )
        ten = [f"{HOST}/{repos[i % 3]}:t{i}" for i in range(10)]
        ten_refs = measure("ecrctl check-push (10 refs, 3 repositories)", [ecrctl, "check-push", *ten], env, args.runs)
        bare_row = measure("bare SDK program: the same 2 calls, concurrently (new tag)", [bare, endpoint, "check", "bench-app", "v2"], env, args.runs)
        bare_existing = measure("bare SDK program: the same 2 calls, concurrently (existing tag)", [bare, endpoint, "check", "bench-app", "v1"], env, args.runs)
        rows += [one_new, one_unchanged, one_conflict, ten_refs, bare_row, bare_existing]
        # The emulator runs requests one at a time (~3 ms each), so a third concurrent request
        # costs server time here that ECR, answering in parallel, does not charge. Behind a
        # 30 ms delay per request (a CI runner's round trip), the shape of the calls shows.
        proxy_port = start_delay_proxy(int(endpoint.rsplit(":", 1)[1]), 0.030)
        proxied = f"http://127.0.0.1:{proxy_port}"
        slow = dict(env, AWS_ENDPOINT_URL=proxied)
        conflict_30 = measure(
            "  via 30 ms proxy: check-push conflict",
            [ecrctl, "check-push", f"{HOST}/bench-app:v1", "--digest", local],
            slow,
            args.runs,
            ok_codes=(10,),
        )
        new_30 = measure("  via 30 ms proxy: check-push new", [ecrctl, "check-push", f"{HOST}/bench-app:v2", "--digest", local], slow, args.runs)
        bare_30 = measure("  via 30 ms proxy: bare SDK program (existing tag)", [bare, proxied, "check", "bench-app", "v1"], slow, args.runs)
        rows += [conflict_30, new_30, bare_30]
        if aws:
            cli_row = measure(
                "AWS CLI: describe-repositories + batch-get-image",
                shell_chain(
                    [
                        [aws, "ecr", "describe-repositories", "--repository-names", "bench-app"],
                        [aws, "ecr", "batch-get-image", "--repository-name", "bench-app", "--image-ids", "imageTag=v2"],
                    ]
                ),
                env,
                max(3, args.runs // 3),
            )
            rows.append(cli_row)
        print_table(rows)
        print("ratios:")
        ratio_line("check-push 1 ref: new / bare SDK program", one_new["wall"], bare_row["wall"], "<= 1.25")
        ratio_line("check-push 1 ref: unchanged / bare SDK program", one_unchanged["wall"], bare_existing["wall"], "<= 1.25")
        ratio_line("check-push 1 ref: conflict / bare SDK program", one_conflict["wall"], bare_existing["wall"], "<= 1.25")
        ratio_line("30 ms round trips: check-push conflict / bare SDK program", conflict_30["wall"], bare_30["wall"], "<= 1.25")
        ratio_line("30 ms round trips: check-push new / bare SDK program", new_30["wall"], bare_30["wall"], "<= 1.25")
        if aws:
            ratio_line("AWS CLI two-call check / check-push 1 ref", cli_row["wall"], one_new["wall"], ">= 50")
        ratio_line("check-push 10 refs over 3 repos / 1 ref", ten_refs["wall"], one_new["wall"], "< 1.5")
        print()

    if "lifecycle" in sections:
        lifecycle_section(args, ecrctl, env, ecr, seed_big if "images-list" not in sections else None)

    if "login" in sections:
        login_section(args, ecrctl, bare, env, endpoint)

    if "copy" in sections:
        copy_section(args, ecrctl, env)

    proc.stdin.close()
    proc.wait(timeout=10)


def start_registry(root):
    """Debian's docker-registry on a free loopback port, storing under root."""
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = os.path.join(root, "config.yml")
    with open(config, "w") as f:
        f.write(f"version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n"
                f"storage:\n  filesystem:\n    rootdirectory: {root}/data\n"
                f"http:\n  addr: 127.0.0.1:{port}\n")
    proc = subprocess.Popen(["docker-registry", "serve", config],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, f"127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    sys.exit("docker-registry did not start (apt-get install docker-registry)")


def forget_skopeo_blob_locations():
    """skopeo remembers where it has seen each blob (its blob info cache) and mounts a blob
    from an earlier run's repository on the same registry instead of sending it: after the first
    run it would copy almost nothing. ecrctl keeps no such memory, so each skopeo run starts
    without it (the file is only a cache)."""
    for path in ("/var/lib/containers/cache/blob-info-cache-v1.boltdb",
                 os.path.expanduser("~/.local/share/containers/cache/blob-info-cache-v1.boltdb")):
        try:
            os.remove(path)
        except FileNotFoundError:
            pass


def copy_section(args, ecrctl, env):
    """images copy between two loopback registries: an image of 20 layers, 200 MB in all,
    against skopeo copy; then the same copy again (nothing to send)."""
    if not shutil.which("docker-registry") or not shutil.which("skopeo"):
        print("copy: skipped (needs docker-registry and skopeo: apt-get install docker-registry skopeo)")
        return
    runs = max(1, min(args.runs, 5))
    with tempfile.TemporaryDirectory() as a_dir, tempfile.TemporaryDirectory() as b_dir:
        a, a_host = start_registry(a_dir)
        b, b_host = start_registry(b_dir)
        try:
            sh([sys.executable, os.path.join(ROOT, "tests/support/oci_push.py"), f"http://{a_host}",
                "bench/app", "v1", "bench", "--layers", "20", "--layer-size", "10000000"],
               stdout=subprocess.DEVNULL)
            src = f"{a_host}/bench/app:v1"
            rows = {"ecrctl": [], "skopeo": [], "again": []}
            for i in range(runs):
                # A new repository each run: every blob is sent again.
                for tool, cmd in (
                    ("ecrctl", [ecrctl, "images", "copy", src, f"{b_host}/e{i}/app:v1", "-q"]),
                    ("skopeo", ["skopeo", "copy", "--all", "-q", "--src-tls-verify=false",
                                "--dest-tls-verify=false", f"docker://{src}",
                                f"docker://{b_host}/s{i}/app:v1"]),
                    ("again", [ecrctl, "images", "copy", src, f"{b_host}/e{i}/app:v1", "-q"]),
                ):
                    if tool == "skopeo":
                        forget_skopeo_blob_locations()
                    wall, cpu, mem, code, err = run_once(cmd, env)
                    if code != 0:
                        sys.exit(f"copy ({tool}): exit {code}: {err.strip()}")
                    rows[tool].append((wall, cpu, mem))
            table = []
            for tool, label in (("ecrctl", "images copy, 20 layers / 200 MB, new repository"),
                                ("skopeo", "skopeo copy --all, the same"),
                                ("again", "images copy again (unchanged: no blob sent)")):
                r = rows[tool]
                table.append({"name": label, "wall": statistics.median(x[0] for x in r),
                              "cpu": statistics.median(x[1] for x in r), "rss": max(x[2] for x in r)})
            print(f"copy between two loopback registries ({runs} runs, medians)")
            print_table(table)
            ratio_line("images copy / skopeo copy, wall", table[0]["wall"], table[1]["wall"], "<= 1.2x")
            print(f"  {'images copy peak memory (MiB)':70} {table[0]['rss']:8.1f}    (target < 100)")
            print(f"  {'second copy, wall (s)':70} {table[2]['wall']:8.3f}    (target < 0.1)")
            print()
        finally:
            a.kill()
            b.kill()


def audit_fleet_section(args, ecrctl, env):
    """Concurrency where the server is not the limit: a loopback fake ECR (and STS) that answers
    every request after 30 ms, in parallel (tests/bench/fake_fleet.py). 500 repositories with the
    default concurrency against --concurrency 1; then 20 accounts x 3 regions x 50 repositories
    (through --role) against one account with the same 3,000 repositories."""
    import fake_fleet

    regions = ["us-east-1", "eu-west-1", "ap-southeast-2"]
    runs = max(3, args.runs // 3)
    one_url, one_count = fake_fleet.start({fake_fleet.OWN: {"us-east-1": 500}})
    one = dict(env, AWS_ENDPOINT_URL=one_url)

    def requests(binary):
        before = one_count()
        subprocess.run([binary, "audit", "-q"], env=one, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return one_count() - before

    rows = [measure("fake ECR, 30 ms: audit of 500 repositories (default concurrency)", [ecrctl, "audit", "-q"], one, runs)]
    if args.baseline:
        base = measure("  the same, baseline build", [args.baseline, "audit", "-q"], one, runs)
        print(f"  (requests per audit of 500: this build {requests(ecrctl)}, baseline {requests(args.baseline)})")
    rows.append(measure("fake ECR, 30 ms: audit of 500 repositories, --concurrency 1", [ecrctl, "audit", "-q", "--concurrency", "1"], one, 1))
    flat_url, flat_count = fake_fleet.start({fake_fleet.OWN: {r: 1000 for r in regions}})
    flat = dict(env, AWS_ENDPOINT_URL=flat_url)
    region_args = [a for r in regions for a in ("--region", r)]
    rows.append(measure("fake ECR, 30 ms: 1 account x 3 regions x 1,000 repositories", [ecrctl, "audit", "-q", *region_args], flat, runs))
    accounts = [f"{200000000000 + i:012d}" for i in range(20)]
    fleet_url, fleet_count = fake_fleet.start({a: {r: 50 for r in regions} for a in accounts})
    fleet = dict(env, AWS_ENDPOINT_URL=fleet_url)
    fleet_cmd = [ecrctl, "audit", "-q", *region_args, "--accounts", ",".join(accounts), "--role", "Audit"]
    rows.append(measure("fake ECR, 30 ms: 20 accounts x 3 regions x 50 repositories", fleet_cmd, fleet, runs))
    print_table(rows)
    print(f"  (requests per run: one account {flat_count() // (runs + 1)}, 20 accounts {fleet_count() // (runs + 1)})")
    print("ratios:")
    ratio_line("30 ms, parallel server: --concurrency 1 / default concurrency", rows[1]["wall"], rows[0]["wall"], ">= 12")
    ratio_line("20 accounts x 3 regions x 50 / 1 account x 3,000 repositories", rows[3]["wall"], rows[2]["wall"], "<= 1.3")
    if args.baseline:
        print_table([base])
        ratio_line("audit of 500 repositories: this build / baseline build", rows[0]["wall"], base["wall"], "<= 1.2")
    print()


def fleet_plan_section(args, ecrctl, bare, env):
    """A combined plan over a selection against listing what it reads: a loopback fake ECR
    (tests/bench/fake_fleet.py, 30 ms a request, answered in parallel) with 500 repositories of
    200 images each. The baseline is the bare SDK program listing every repository and then the
    images of each, 8 repositories at a time (ecrctl's default --concurrency)."""
    import fake_fleet

    runs = max(3, args.runs // 3)
    url, count = fake_fleet.start({fake_fleet.OWN: {"us-east-1": 500}}, images=200)
    fake = dict(env, AWS_ENDPOINT_URL=url)
    out = tempfile.mkdtemp()
    rows = [
        measure("bare SDK program: 500 repositories, then the 200 images of each (8 at a time)", [bare, url, "list-all", "8"], fake, runs),
        measure("ecrctl images prune --repos 'fleet/*' --keep-last 100 --plan-out (100,000 images)",
                [ecrctl, "images", "prune", "--repos", "fleet/*", "--keep-last", "100", "--plan-out", os.path.join(out, "prune.json"), "-q", "-o", "json"], fake, runs),
        measure("ecrctl repo immutable --repos 'fleet/*' --dry-run (500 repositories)",
                [ecrctl, "repo", "immutable", "--repos", "fleet/*", "--dry-run", "-q", "-o", "json"], fake, runs),
        measure("ecrctl repo list (500 repositories)", [ecrctl, "repo", "list", "-q"], fake, runs),
    ]
    print_table(rows)
    print(f"  (plan file of the prune: {os.path.getsize(os.path.join(out, 'prune.json')) // 1024} KiB)")
    print("ratios:")
    ratio_line("combined prune plan of 500 x 200 images / listing them (bare SDK)", rows[1]["wall"], rows[0]["wall"], "<= 1.3")
    ratio_line("repo immutable plan of 500 / repo list of 500", rows[2]["wall"], rows[3]["wall"], "<= 1.3")
    print()


def token_server():
    """A loopback ECR that hands out a token valid for 12 hours (the emulator's have expired,
    so they are never cached): for the helper's warm path."""
    import base64
    import http.server
    import threading

    token = base64.b64encode(b"AWS:bench-password").decode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("content-length", 0)))
            body = json.dumps({"authorizationData": [{"authorizationToken": token, "expiresAt": time.time() + 12 * 3600,
                                                      "proxyEndpoint": f"https://{HOST}"}]}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/x-amz-json-1.1")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def login_section(args, ecrctl, bare, env, endpoint):
    """The credential helper warm (cached token) and cold (the emulator's expired tokens are
    never cached) against a bare GetAuthorizationToken; login of three registries against one."""
    work = tempfile.mkdtemp(prefix="ecrctl-bench-login-")
    bindir = os.path.join(work, "bin")
    os.makedirs(bindir)
    docker = os.path.join(bindir, "docker")
    with open(docker, "w") as f:
        f.write("#!/bin/sh\ncat >/dev/null\n")
    os.chmod(docker, 0o755)
    helper = os.path.join(bindir, "docker-credential-ecrctl")
    os.symlink(ecrctl, helper)
    lenv = dict(env)
    lenv.update(XDG_CACHE_HOME=os.path.join(work, "cache"), DOCKER_CONFIG=os.path.join(work, "docker"),
                PATH=bindir + ":" + env.get("PATH", ""))
    warm_env = dict(lenv)
    warm_env["AWS_ENDPOINT_URL"] = token_server()
    get = ["sh", "-c", f"echo {HOST} | {helper} get"]
    subprocess.run(get, env=warm_env, stdout=subprocess.DEVNULL, check=True)  # fill the cache
    runs = max(9, args.runs)
    hosts = [HOST, HOST.replace("us-east-1", "eu-west-1"), HOST.replace("us-east-1", "us-west-2")]
    rows = [
        measure("credential helper get, warm cache (sh + echo included)", get, warm_env, runs),
        measure("sh + echo alone", ["sh", "-c", "echo x | cat >/dev/null"], warm_env, runs),
        measure("credential helper get, cold (emulator)", get, lenv, runs),
        measure("bare SDK program: GetAuthorizationToken", [bare, endpoint, "auth", "123456789012"], lenv, runs),
        measure("ecrctl login, 1 registry (stand-in docker)", [ecrctl, "login", hosts[0], "--no-cache"], lenv, runs),
        measure("ecrctl login, 3 registries (stand-in docker)", [ecrctl, "login", *hosts, "--no-cache"], lenv, runs),
    ]
    port = int(endpoint.rsplit(":", 1)[1])
    slow_env = dict(lenv)
    slow_env["AWS_ENDPOINT_URL"] = f"http://127.0.0.1:{start_delay_proxy(port, 0.030)}"
    rows.append(measure("ecrctl login, 1 registry, 30 ms round trips", [ecrctl, "login", hosts[0], "--no-cache"], slow_env, runs))
    rows.append(measure("ecrctl login, 3 registries, 30 ms round trips", [ecrctl, "login", *hosts, "--no-cache"], slow_env, runs))
    print_table(rows)
    print("ratios:")
    warm = rows[0]["wall"] - rows[1]["wall"]
    print(f"  {'credential helper get, warm cache, wall (shell subtracted)':70} {warm * 1000:6.1f} ms   (target <= 5 ms)")
    ratio_line("credential helper get, cold (shell subtracted) / bare SDK program", rows[2]["wall"] - rows[1]["wall"], rows[3]["wall"], "<= 1.2")
    ratio_line("login of 3 registries / 1 (emulator: it answers one request at a time)", rows[5]["wall"], rows[4]["wall"], "<= 1.3")
    ratio_line("login of 3 registries / 1, 30 ms round trips", rows[7]["wall"], rows[6]["wall"], "<= 1.3")
    print()
    shutil.rmtree(work, ignore_errors=True)


def lifecycle_section(args, ecrctl, env, ecr, seed_big):
    """Offline preview of 100,000 images; prune planning against images list on the big
    repository; pruning 1,000 images and counting its BatchDeleteImage calls."""
    work = tempfile.mkdtemp(prefix="ecrctl-bench-")
    images = []
    start = 1_750_000_000
    for i in range(100_000):
        tags = [] if i % 3 == 0 else [("v%d" % i) if i % 10 == 1 else ("dev-%d" % i)]
        images.append({
            "digest": "sha256:%064x" % i,
            "tags": tags,
            "pushedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + i * 60)),
            "sizeBytes": 1000 + i,
        })
    images_file = os.path.join(work, "images.json")
    with open(images_file, "w") as f:
        json.dump(images, f)
    policy = {"rules": [
        {"rulePriority": 1, "description": "Keep releases", "selection": {"tagStatus": "tagged", "tagPatternList": ["v*"], "countType": "imageCountMoreThan", "countNumber": 100000}, "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "Keep 500 dev images", "selection": {"tagStatus": "tagged", "tagPatternList": ["dev-*"], "countType": "imageCountMoreThan", "countNumber": 500}, "action": {"type": "expire"}},
        {"rulePriority": 3, "description": "Expire untagged after 14 days", "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
    ]}
    policy_file = os.path.join(work, "policy.json")
    with open(policy_file, "w") as f:
        json.dump(policy, f)
    offline = [ecrctl, "lifecycle", "preview", "--images", images_file, "--file", policy_file, "--now", "2026-01-01T00:00:00Z"]
    rows = [
        measure("lifecycle preview, offline, 100,000 images (text)", offline, env, max(5, args.runs // 3)),
        measure("lifecycle preview, offline, 100,000 images (json)", offline + ["-o", "json"], env, max(5, args.runs // 3)),
    ]
    if seed_big:
        seed_big()
    runs = max(5, args.runs // 2)
    rows.append(measure(f"images list ({args.images} images)", [ecrctl, "images", "list", "bench-big"], env, runs))
    rows.append(measure(f"images prune --keep-last 100, plan ({args.images} images)", [ecrctl, "images", "prune", "bench-big", "--keep-last", "100"], env, runs))
    ecr.create_repository(repositoryName="bench-prune")
    for i in range(1000):
        text, digest = manifest(500_000 + i)
        ecr.put_image(repositoryName="bench-prune", imageManifest=text, imageDigest=digest)
    wall, cpu, mem, code, err = run_once([ecrctl, "-v", "images", "prune", "bench-prune", "--untagged", "--min-age", "0", "--yes"], env)
    calls = err.count("BatchDeleteImage")
    rows.append({"name": f"images prune --untagged --yes (1,000 images, {calls} BatchDeleteImage calls)", "wall": wall, "cpu": cpu, "rss": mem})
    print_table(rows)
    print("ratios:")
    print(f"  {'offline preview of 100,000 images: wall (text / json)':70} {rows[0]['wall']:.2f} s / {rows[1]['wall']:.2f} s   (target < 1 s)")
    print(f"  {'offline preview of 100,000 images: peak memory (text / json)':70} {rows[0]['rss']:.0f} / {rows[1]['rss']:.0f} MiB   (target < 200 MiB)")
    ratio_line("images prune plan / images list (same repository)", rows[3]["wall"], rows[2]["wall"], "<= 1.2")
    print(f"  {'BatchDeleteImage calls to prune 1,000 images':70} {calls:8d}    (target 10; exit {code})")
    print()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

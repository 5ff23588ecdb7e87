#!/usr/bin/env bash
# One HTTP/TLS stack in the shipped binary: no second hyper, h2, rustls, ring or their glue
# (the SDK crates' default `rustls` feature brings hyper 0.14 + rustls 0.21 beside hyper 1 +
# rustls 0.23). `cargo tree -d` lists every crate compiled in two versions.
set -euo pipefail
cd "$(dirname "$0")/.."
dups=$(cargo tree -d -e normal --depth 0 --prefix none | sort -u)
stack=$(grep -E '^(hyper|hyper-rustls|h2|rustls|rustls-webpki|tokio-rustls|ring|aws-lc-rs|aws-lc-sys) v' <<<"$dups" || true)
if [ -n "$stack" ]; then
  echo "error: two HTTP/TLS stacks are compiled in:" >&2
  echo "$stack" >&2
  echo "hint: \`cargo tree -e normal -i CRATE@VERSION\` shows who brings the second one (an SDK crate with its default features?)" >&2
  exit 1
fi
echo "one HTTP/TLS stack; crates in two versions: $(grep -c . <<<"$dups" || true)"

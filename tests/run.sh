#!/usr/bin/env bash
# Run every test: installs what a fresh machine lacks (the pinned ECR emulator, Debian's jq,
# docker-registry and skopeo),
# then cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import moto.server' 2>/dev/null || python3 -m pip install -q -r tests/requirements.txt
# Debian packages the tests run: jq (the README's recipes pipe `-o json` into it), the CNCF
# distribution registry and skopeo (images copy is tested against real registries).
missing=()
command -v jq >/dev/null || missing+=(jq)
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v skopeo >/dev/null || missing+=(skopeo)
if [ ${#missing[@]} -gt 0 ]; then
  apt=(apt-get)
  [ "$(id -u)" = 0 ] || apt=(sudo apt-get)
  "${apt[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${missing[@]}" >/dev/null
fi
cargo test --all-targets "$@"

#!/usr/bin/env bash
# Run every test: installs the pinned ECR emulator if it is missing, then cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import moto.server' 2>/dev/null || python3 -m pip install -q -r tests/requirements.txt
cargo test --all-targets "$@"

#!/usr/bin/env bash
# The classic scenario, on a local ECR emulator: no AWS account, no Docker.
#   create myapp (mutable) -> push two images to `latest`, the tag moves ->
#   make tags immutable -> a push to an existing tag is now rejected.
# Usage: tests/demo.sh            (builds ecrctl in debug mode unless ECRCTL points at a binary)
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -c 'import moto.server' 2>/dev/null || python3 -m pip install -q -r tests/requirements.txt
if [ -z "${ECRCTL:-}" ]; then
  cargo build -q
  ECRCTL=target/debug/ecrctl
fi

# The emulator serves until this script's end closes its standard input.
coproc MOTO { python3 tests/support/moto_server.py; }
read -r PORT <&"${MOTO[0]}"
ENDPOINT="http://127.0.0.1:$PORT"

export AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo AWS_REGION=us-east-1
export AWS_EC2_METADATA_DISABLED=true AWS_ENDPOINT_URL="$ENDPOINT"
ecrctl() { "$ECRCTL" "$@"; }
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
step() { printf '\n%s$ %s%s\n' "$bold" "$*" "$plain"; }
push() { python3 tests/support/push_image.py "$ENDPOINT" "$@"; }

step "ecrctl repo create myapp"
ecrctl repo create myapp

step "push image 1 as myapp:latest"
first=$(push myapp latest 1); echo "pushed $first"
step "push image 2 as myapp:latest (a mutable tag moves)"
second=$(push myapp latest 2); echo "pushed $second: latest moved from ${first:0:19}… to ${second:0:19}…"

step "ecrctl repo immutable myapp"
ecrctl repo immutable myapp --output table

step "ecrctl repo show myapp"
ecrctl repo show myapp --output table

step "push image 3 as myapp:latest (the tag exists and is now immutable)"
if push myapp latest 3; then
  echo "unexpected: the push succeeded" >&2
  exit 1
else
  echo "rejected, as it should be: tags can no longer move"
fi

step "ecrctl repo immutable myapp --except 'dev-*'   (immutable, except dev builds)"
ecrctl repo immutable myapp --except 'dev-*' --output table
step "ecrctl repo list --output json"
ecrctl repo list --output json

#!/usr/bin/env bash
# The classic scenario, on a local ECR emulator: no AWS account, no Docker.
#   create myapp (mutable) -> push two images to `latest`, the tag moves ->
#   make tags immutable -> check-push says the next push to `latest` will be refused (exit 10),
#   and it is -> a new tag is fine -> the same check as a GitHub Actions step annotates it.
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

third=$(python3 tests/support/push_image.py --digest 3)
step "ecrctl check-push myapp:latest --digest ${third:0:19}…   (before CI pushes image 3)"
status=0
ecrctl check-push myapp:latest --digest "$third" || status=$?
echo "exit status $status: conflict, the push would be refused"
[ "$status" -eq 10 ]

step "push image 3 as myapp:latest anyway (the tag exists and is now immutable)"
if push myapp latest 3; then
  echo "unexpected: the push succeeded" >&2
  exit 1
else
  echo "rejected, as it should be: tags can no longer move"
fi

step "ecrctl check-push myapp:v3 --digest ${third:0:19}…   (a new tag)"
ecrctl check-push myapp:v3 --digest "$third"
echo "exit status $?: a new tag, push away"

step "ecrctl check-push myapp:latest --digest ${third:0:19}… --format github   (in a GitHub Actions step)"
status=0
ecrctl check-push myapp:latest --digest "$third" --format github 2>&1 || status=$?
echo "exit status $status: the ::error line is an annotation on the workflow run"
[ "$status" -eq 10 ]

step "ecrctl repo immutable myapp --except 'dev-*'   (immutable, except dev builds)"
ecrctl repo immutable myapp --except 'dev-*' --output table
step "ecrctl repo list --output json"
ecrctl repo list --output json

#!/usr/bin/env bash
# Checks the example ports against conform, the way any port would be checked:
#   Python (examples/python)
#     (i)   the port against the vectors it covers: every case passes (or is a listed expected failure);
#     (ii)  the deliberately broken port against the same vectors: the run fails and names the failing cases;
#     (iii) the port's own property test, with `conform serve` as the oracle.
#   Node.js (examples/node): (iv) the port passes its vectors, (v) the broken port fails and names the cases.
#   Go (examples/go), only when `go` is on PATH: (vi) the skeleton passes, (vii) its `-tags broken` build fails.
#
# Usage (from anywhere): examples/check.sh [path/to/conform]
# The binary is the argument, else `conform` on PATH, else .build/release/conform (see the README, "Installing").
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [[ $# -ge 1 ]]; then
  [[ -x $1 && -f $1 ]] || { echo "check.sh: $1 is not an executable file" >&2; exit 2; }
  CONFORM=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
elif CONFORM=$(command -v conform); then
  :
elif [[ -x $root/.build/release/conform ]]; then
  CONFORM=$root/.build/release/conform
else
  cat >&2 <<'MESSAGE'
check.sh: no conform binary. Pass its path (examples/check.sh path/to/conform), put `conform` on PATH, or build
.build/release/conform with `swift build -c release` (README.md, "Installing conform", has all three).
MESSAGE
  exit 2
fi
for tool in python3 node; do
  command -v "$tool" >/dev/null \
    || { echo "check.sh: $tool not found; the examples need Python 3 and Node.js 20" >&2; exit 2; }
done
cd "$root"
echo "conform: $CONFORM"

REPORTS=$(mktemp -d)
trap 'rm -rf "$REPORTS"' EXIT
summary() { tail -n 1 "$1"; }

# passes STEP NAME TARGET SELECTION...: the run exits 0.
passes() {
  local step=$1 name=$2 target=$3 status=0
  local report=$REPORTS/${name//[^A-Za-z0-9.-]/_}.txt
  shift 3
  "$CONFORM" run "$@" --target "$target" >"$report" || status=$?
  if [[ $status -ne 0 ]]; then
    cat "$report"
    echo "FAIL ($step) $name against the vectors: exit status $status, expected 0" >&2
    exit 1
  fi
  printf 'ok   %-6s %s vs vectors: %s\n' "($step)" "$name" "$(summary "$report")"
}

# fails STEP NAME TARGET CASE SELECTION...: the run exits 1 and the report has a FAIL block for CASE.
fails() {
  local step=$1 name=$2 target=$3 expected_case=$4 status=0
  local report=$REPORTS/${name//[^A-Za-z0-9.-]/_}.txt
  shift 4
  "$CONFORM" run "$@" --target "$target" >"$report" || status=$?
  if [[ $status -ne 1 ]] || ! grep -qF "FAIL $expected_case  (" "$report"; then
    cat "$report"
    echo "FAIL ($step) $name: exit status $status, expected 1 and a report naming $expected_case" >&2
    exit 1
  fi
  printf 'ok   %-6s %s vs vectors fails as it should: %s\n' "($step)" "$name" "$(summary "$report")"
  # awk reads to the end (head would close the pipe early, and pipefail would end the script).
  grep "^FAIL " "$report" | awk 'NR <= 8 { print "            " $0 }'
  local count
  count=$(grep -c "^FAIL " "$report")
  [[ $count -le 8 ]] || echo "            ... and $((count - 8)) more"
}

# The go-v1 vectors the ports cover: go.v1.evaluate cases that pin nothing but retryRules and maxRetries (the
# ports answer no other member).
GO_V1=(
  vectors/go-v1/retry-rules.json vectors/go-v1/sdk-unit-tests.json --method go.v1.evaluate
  --filter go-v1/rules/ --filter TestRetryDelay --filter TestGetRetryDelay --filter TestCanUseRetryAfter
  --filter TestRequest_NilRetyer
)
# Plus js.v2.calculateRetryDelay: every case of the hand-written and real-SDK files.
PORT_SELECTION=(
  "${GO_V1[@]}"
  vectors/js-v2/edge-cases.json vectors/js-v2/real-sdk-samples.jsonl vectors/js-v2/sdk-specs.json
  vectors/js-v2/verified-vectors.json --method js.v2.calculateRetryDelay --filter js-v2
)

# Python: the non-integer exponents the port refuses are listed in known-differences.txt.
PYTHON_SELECTION=("${PORT_SELECTION[@]}" --expected-failures examples/python/known-differences.txt)
passes i python/retry_port.py "python3 examples/python/retry_port.py" "${PYTHON_SELECTION[@]}"
fails ii python/retry_port_broken.py "python3 examples/python/retry_port_broken.py" \
  go-v1/rules/default/status-500/rc-0-reject-maxint64 "${PYTHON_SELECTION[@]}"

status=0
CONFORM="$CONFORM" python3 examples/python/test_property.py >"$REPORTS/property.txt" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
  cat "$REPORTS/property.txt"
  echo "FAIL (iii) test_property.py against conform serve: exit status $status" >&2
  exit 1
fi
echo "ok   (iii)  python/test_property.py vs conform serve: $(grep '^Ran ' "$REPORTS/property.txt")"
grep -oE '[A-Za-z0-9.]+: [0-9]+ compared(, [0-9]+ non-integer exponents excluded)?' "$REPORTS/property.txt" \
  | sed 's/^/            /'

# Node.js: V8 is the SDK's own runtime, so the port has no known differences and also takes the 10,000
# generated js-v2 cases.
NODE_SELECTION=("${PORT_SELECTION[@]}" vectors/js-v2/generated-js-v2-seed1-n10000.jsonl)
passes iv node/retry_port.js "node examples/node/retry_port.js" "${NODE_SELECTION[@]}"
fails v node/retry_port_broken.js "node examples/node/retry_port_broken.js" js-v2/edge/calc-base/zero \
  "${NODE_SELECTION[@]}"

# Go, when present: build both variants outside the repository, then run them like the others.
if command -v go >/dev/null; then
  export GOFLAGS=-mod=mod
  [[ -n $(go env GOCACHE 2>/dev/null) ]] || export GOCACHE=$REPORTS/go-cache
  (cd examples/go && go build -o "$REPORTS/go-adapter" . && go build -tags broken -o "$REPORTS/go-adapter-broken" .)
  passes vi "go/ ($(go env GOVERSION))" "$REPORTS/go-adapter" "${GO_V1[@]}"
  fails vii "go/ -tags broken" "$REPORTS/go-adapter-broken" go-v1/rules/default/status-500/rc-0-reject-maxint64 \
    "${GO_V1[@]}"
else
  echo "skip (vi)   (vii) examples/go: no go on PATH"
fi

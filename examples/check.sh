#!/usr/bin/env bash
# Checks the Python example port against conform, the way any port would be checked:
#   (i)   the port against the vectors it covers: every case passes (or is a listed expected failure);
#   (ii)  the deliberately broken port against the same vectors: the run fails and names the failing cases;
#   (iii) the port's own property test, with `conform serve` as the oracle.
#
# Usage (from the repository root): examples/check.sh [path/to/conform]   (default: conform on PATH)
set -euo pipefail

CONFORM=${1:-conform}
if [[ $CONFORM == */* ]]; then
  CONFORM=$(cd "$(dirname "$CONFORM")" && pwd)/$(basename "$CONFORM")
else
  CONFORM=$(command -v "$CONFORM") || { echo "check.sh: ${1:-conform} not found; pass the conform binary as \$1" >&2; exit 2; }
fi
cd "$(dirname "$0")/.."

# The vectors the port covers. go.v1.evaluate: only the cases that pin nothing but retryRules and maxRetries
# (the port answers no other member). js.v2.calculateRetryDelay: every case of the hand-written and
# real-SDK files; the non-integer exponents the port refuses are listed in known-differences.txt.
SELECTION=(
  vectors/go-v1/retry-rules.json vectors/go-v1/sdk-unit-tests.json
  vectors/js-v2/edge-cases.json vectors/js-v2/real-sdk-samples.jsonl vectors/js-v2/sdk-specs.json
  vectors/js-v2/verified-vectors.json
  --method go.v1.evaluate --method js.v2.calculateRetryDelay
  --filter go-v1/rules/ --filter TestRetryDelay --filter TestGetRetryDelay --filter TestCanUseRetryAfter
  --filter TestRequest_NilRetyer --filter js-v2
  --expected-failures examples/python/known-differences.txt
)
REPORTS=$(mktemp -d)
trap 'rm -rf "$REPORTS"' EXIT

summary() { tail -n 1 "$1"; }

# (i) The port passes.
status=0
"$CONFORM" run "${SELECTION[@]}" --target "python3 examples/python/retry_port.py" >"$REPORTS/port.txt" || status=$?
if [[ $status -ne 0 ]]; then
  cat "$REPORTS/port.txt"
  echo "FAIL (i) retry_port.py against the vectors: exit status $status, expected 0" >&2
  exit 1
fi
echo "ok   (i)   retry_port.py vs vectors: $(summary "$REPORTS/port.txt")"

# (ii) The broken port fails, and the report says which cases.
status=0
"$CONFORM" run "${SELECTION[@]}" --target "python3 examples/python/retry_port_broken.py" >"$REPORTS/broken.txt" \
  || status=$?
expected_case="go-v1/rules/default/status-500/rc-0-reject-maxint64"
if [[ $status -ne 1 ]] || ! grep -q "^FAIL " "$REPORTS/broken.txt" || ! grep -qF "FAIL $expected_case" "$REPORTS/broken.txt"
then
  cat "$REPORTS/broken.txt"
  echo "FAIL (ii) retry_port_broken.py: exit status $status, expected 1 and a report naming $expected_case" >&2
  exit 1
fi
echo "ok   (ii)  retry_port_broken.py vs vectors fails as it should: $(summary "$REPORTS/broken.txt")"
grep "^FAIL " "$REPORTS/broken.txt" | sed 's/^/       /'

# (iii) The property test agrees with the oracle.
status=0
CONFORM="$CONFORM" python3 examples/python/test_property.py >"$REPORTS/property.txt" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
  cat "$REPORTS/property.txt"
  echo "FAIL (iii) test_property.py against conform serve: exit status $status" >&2
  exit 1
fi
echo "ok   (iii) test_property.py vs conform serve: $(grep '^Ran ' "$REPORTS/property.txt")"
grep -oE '[A-Za-z0-9.]+: [0-9]+ compared(, [0-9]+ non-integer exponents excluded)?' "$REPORTS/property.txt" \
  | sed 's/^/       /'

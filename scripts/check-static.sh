#!/usr/bin/env bash
# Checks that a `conform` binary runs without the Swift toolchain:
#   1. `ldd` lists no Swift library (libswift*, Foundation, Dispatch, BlocksRuntime, ICU);
#   2. a copy of it in an empty temporary directory replays every vector under `env -i` (an empty environment,
#      PATH=/usr/bin:/bin), with the toolchain's directory hidden behind an empty tmpfs when `unshare -m` is
#      permitted (root, or a container that allows it); the check says which of the two it did.
#
# Usage (from anywhere): scripts/check-static.sh BINARY
set -euo pipefail

[[ $# -eq 1 && -f $1 ]] || { echo "usage: scripts/check-static.sh BINARY (a conform binary)" >&2; exit 64; }
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."
root=$(pwd)

# 1. No Swift library among the dynamic dependencies.
libraries=$(ldd "$binary")
if grep -Eiq 'swift|foundation|dispatch|blocksruntime|icu' <<<"$libraries"; then
  echo "$libraries"
  echo "FAIL: $binary links Swift libraries dynamically (build it with scripts/build-static.sh)" >&2
  exit 1
fi
echo "ok   ldd lists no Swift library: $(awk '{print $1}' <<<"$libraries" | paste -sd ' ')"

# 2. A relocated copy replays the vectors with an empty environment and, if possible, no toolchain to be found.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$binary" "$work/conform"
replay=("$work/conform" run "$root/vectors/" --jobs 2)

toolchain=
if swift=$(command -v swift 2>/dev/null); then
  toolchain=$(dirname "$(dirname "$(readlink -f "$swift")")") # .../usr
fi
hidden=
if [[ -n $toolchain && -d $toolchain/lib/swift ]] && unshare -m true 2>/dev/null; then
  # The runtime libraries (lib/swift/linux) and, unless it is a system directory, the toolchain's bin directory.
  masks=("$toolchain/lib/swift")
  [[ $toolchain/bin == /usr/bin || $toolchain/bin == /bin ]] || masks+=("$toolchain/bin")
  mounts=$(printf 'mount -t tmpfs none %q && ' "${masks[@]}")
  script="${mounts}test ! -e $(printf %q "$toolchain/lib/swift/linux") && ! command -v swift >/dev/null && exec \"\$@\""
  status=0
  env -i PATH=/usr/bin:/bin unshare -m sh -c "$script" sh "${replay[@]}" >"$work/replay.txt" 2>&1 || status=$?
  hidden=" with $(printf '%s ' "${masks[@]}")hidden"
else
  status=0
  env -i PATH=/usr/bin:/bin "${replay[@]}" >"$work/replay.txt" 2>&1 || status=$?
  hidden=" (the toolchain stays visible: no swift on PATH or unshare -m not permitted; the ldd check covers it)"
fi
if [[ $status -ne 0 ]] || ! tail -n 1 "$work/replay.txt" | grep -q '^PASSED: '; then
  tail -n 20 "$work/replay.txt"
  echo "FAIL: the relocated binary under env -i$hidden: exit status $status" >&2
  exit 1
fi
echo "ok   relocated copy under env -i$hidden: $(tail -n 1 "$work/replay.txt")"

#!/usr/bin/env bash
# Builds a relocatable `conform` for Linux: the Swift standard library, Foundation (with its ICU data), Dispatch
# and the concurrency runtime are linked statically, so the binary runs on a machine without the Swift toolchain.
# It still links glibc and libstdc++ dynamically (every Debian, Ubuntu or RHEL base system has both; glibc must be
# at least the build machine's). `--static-swift-stdlib` is all Foundation needs with Swift 6: SwiftPM takes
# libFoundation*.a, lib_FoundationICU.a, libdispatch.a and libBlocksRuntime.a from the toolchain's swift_static.
#
# Then it runs scripts/check-static.sh on the result: ldd lists no Swift library, and the binary replays every
# vector under `env -i` with the toolchain hidden.
#
# Usage (from anywhere): scripts/build-static.sh [OUT]      (default OUT: .build/static/conform)
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-.build/static/conform}
# A scratch path of its own: the flag changes every compile command, so sharing .build would rebuild both ways.
swift build -c release --static-swift-stdlib --scratch-path .build/static
mkdir -p "$(dirname "$out")"
if command -v strip >/dev/null; then
  strip -o "$out.tmp" .build/static/release/conform # the debug info is most of its size
else
  cp .build/static/release/conform "$out.tmp"
fi
mv "$out.tmp" "$out"
echo "built $out ($(du -h "$out" | cut -f1))"
scripts/check-static.sh "$out"

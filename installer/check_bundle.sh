#!/usr/bin/env bash
# Build the bundle, make a demo database with the bundle itself, and start the desk from it
# (`--smoke`) in a clean environment: no venv, no PATH beyond /usr/bin:/bin, an empty HOME.
# Usage: installer/check_bundle.sh [python]     Prints the time of each stage.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0
installer/build.sh "$@"
build_s=$SECONDS

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
clean_env=(env -i PATH=/usr/bin:/bin HOME="$tmp" QT_QPA_PLATFORM=offscreen)

SECONDS=0
"${clean_env[@]}" dist/kense/kense demo --db "$tmp/demo.sqlite" --persons 40 --applications 80
demo_s=$SECONDS

SECONDS=0
out=$("${clean_env[@]}" dist/kense/kense --smoke --db "$tmp/demo.sqlite")
smoke_s=$SECONDS
ms=$(printf '%s\n' "$out" | tail -1)
case "$ms" in ''|*[!0-9]*) echo "smoke: no start-up time in the output: $out" >&2; exit 1 ;; esac
"${clean_env[@]}" dist/kense/kense status --db "$tmp/demo.sqlite" --json >/dev/null
test -f "$tmp/.local/state/kense/logs/kense.log" || { echo "no log file written" >&2; exit 1; }

echo "bundle check: build ${build_s} s, demo ${demo_s} s, smoke ${smoke_s} s (start-up ${ms} ms)," \
     "size $(du -sh dist/kense | cut -f1)"

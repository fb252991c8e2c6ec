#!/usr/bin/env bash
# CI: build the wheel, install it (not editable) into a fresh venv outside the checkout, and run
# the program from there: `demo`, `status`, `check`, `python -m desk_app --version`. Proves the
# regulation, fonts, translations, icons and migrations travel inside the package.
# Usage: installer/check_wheel.sh [python]     Prints the time of each stage.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
t0=$EPOCHREALTIME
stage() {
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v n="$1" 'BEGIN { printf "wheel check: %-14s %6.1f s\n", n, b - a }'
  t0=$t1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# setuptools' build/ keeps files the tree no longer has (migrations renumbered away)
rm -rf dist/wheel build/lib build/bdist.*
"$PY" -m pip wheel -q --no-deps . -w dist/wheel 2>&1 | grep -v "^WARNING: Location" || true
whl=$(ls dist/wheel/kense-*.whl)
stage build

python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q "$whl" 2>&1 | grep -v "^WARNING: Location" || true
stage install

cd "$tmp"  # nothing of the checkout on sys.path
clean=(env -i PATH="$tmp/venv/bin:/usr/bin:/bin" HOME="$tmp" QT_QPA_PLATFORM=offscreen)
"${clean[@]}" kense demo --db "$tmp/w.sqlite" --persons 20 --applications 30 >/dev/null
n=$("${clean[@]}" kense status --db "$tmp/w.sqlite" --json | wc -l)
[ "$n" -eq 30 ] || { echo "wheel check FAILED: status lists $n applications, not 30" >&2; exit 1; }
"${clean[@]}" kense check --db "$tmp/w.sqlite" >/dev/null
v=$("${clean[@]}" python -m desk_app --version)
[ -x "$tmp/venv/bin/kense-desk" ] || { echo "wheel check FAILED: no kense-desk gui script" >&2; exit 1; }
stage "run ($v)"

#!/usr/bin/env bash
# CI: the program on Windows code paths, under Debian's wine: the Windows folder built by
# build_windows_folder.sh (official embeddable CPython 3.13 + win_amd64 wheels + the app) runs
# demo, status, print, export, backup + restore, check and the desk's --smoke, each with its
# output redirected to a file (the ANSI code page trap) and each checked, then the desk's
# screenshots (kept in dist/screenshots-wine); prints each one's time.
# Usage: installer/check_windows_cpython.sh [python]   (expects dist/kense-win, else builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
[ -f dist/kense-win/kense-cli.exe ] || installer/build_windows_folder.sh "$PY"
tmp=$(mktemp -d)
export WINEPREFIX=${WINEPREFIX:-$tmp/wine} WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
  QT_QPA_PLATFORM=offscreen
trap 'wineserver -k 2>/dev/null || true; rm -rf "$tmp"' EXIT
win() { printf 'Z:%s' "${1//\//\\}"; }  # a Linux path as wine sees it
fail() { echo "windows check FAILED: $*" >&2; exit 1; }
t0=$EPOCHREALTIME
stage() {
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v n="$1" 'BEGIN { printf "windows check: %-22s %6.1f s\n", n, b - a }'
  t0=$t1
}
wineboot -i >/dev/null 2>&1 || true
stage "wine prefix"

cli=$(win "$PWD/dist/kense-win/kense-cli.exe")
db=$(win "$tmp/office.sqlite")
kense() {  # kense NAME ARGS...: run kense-cli.exe with stdout+stderr in $tmp/NAME.out; exit code kept
  local name=$1; shift
  local rc=0
  # Wine does not pass QT_* variables from the Unix environment: set it inside cmd.
  # A command that acts as a user reads its PIN from stdin: PIN=0000 kense NAME ... pipes it in.
  local feed=""
  [ -n "${PIN:-}" ] && feed="echo $PIN| "
  wine cmd /c "set QT_QPA_PLATFORM=offscreen&& $feed$cli $* > $(win "$tmp/$name.out") 2>&1" </dev/null || rc=$?
  [ "$rc" -eq 0 ] || fail "$name exit $rc: $(cat "$tmp/$name.out")"
  stage "$name"
}

kense demo demo --db "$db" --persons 30 --applications 40
grep -q "Демо кеңсе дайын" "$tmp/demo.out" || fail "demo: no Kazakh in the redirected output"
kense status status --db "$db" --json
[ "$(grep -c '^{"number"' "$tmp/status.out")" -eq 40 ] || fail "status: not 40 applications"
number=$(python3 -c "import json,sys; print([json.loads(l) for l in open(sys.argv[1], encoding='utf-8')
  if json.loads(l)['channel'] == 'center'][0]['number'])" "$tmp/status.out")
PIN=0000 kense print print "$number" --doc receipt --out "$(win "$tmp/receipt.pdf")" --db "$db" \
  --user center_inspector
pdftotext "$tmp/receipt.pdf" - | grep -q "$number" || fail "print: number not in the PDF text"
pdftoppm -r 200 -png -f 1 -l 1 "$tmp/receipt.pdf" "$tmp/receipt"
zbarimg -q --raw "$tmp"/receipt-*.png 2>/dev/null | grep -qx "$number" || fail "print: barcode not decoded"
month=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1], encoding='utf-8').readline())['submitted_at'][:7])" "$tmp/status.out")
kense export export --month "$month" --out "$(win "$tmp/report.xlsx")" --db "$db"
"$PY" -c "import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); assert wb.worksheets[0].max_row > 3" \
  "$tmp/report.xlsx" || fail "export: workbook unreadable"
PIN=0000 kense backup backup --out "$(win "$tmp/backups")" --db "$db" --json
bk=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['backup'])" "$tmp/backup.out")
PIN=0000 kense restore restore "$bk" --db "$db"
kense check check --db "$db"
grep -q "^OK" "$tmp/check.out" || fail "check: $(cat "$tmp/check.out")"
kense smoke --smoke --db "$db"
ms=$(tr -d '\r' <"$tmp/smoke.out" | tail -1)
case "$ms" in ''|*[!0-9]*) fail "smoke: no start-up time: $(cat "$tmp/smoke.out")" ;; esac
# The desk's screenshots as Windows renders them (fonts, Kazakh letters): tools/screenshots.py.
# It exits 1 when a label is clipped — a layout finding reported here, not a broken Windows path.
rc=0
wine cmd /c "set QT_QPA_PLATFORM=offscreen&& $(win "$PWD/dist/kense-win/python/python.exe") \
  $(win "$PWD/tools/screenshots.py") --out $(win "$tmp/shots") --no-pdf > $(win "$tmp/shots.out") 2>&1" \
  </dev/null || rc=$?
[ "$rc" -le 1 ] || fail "screenshots exit $rc: $(cat "$tmp/shots.out")"
[ "$(ls "$tmp"/shots/*.png 2>/dev/null | wc -l)" -ge 10 ] || fail "screenshots: $(cat "$tmp/shots.out")"
tr -d '\r' <"$tmp/shots.out" | tail -1
mkdir -p dist/screenshots-wine && cp "$tmp"/shots/*.png dist/screenshots-wine/
stage screenshots
echo "windows check: OK (desk start-up under wine ${ms} ms)"

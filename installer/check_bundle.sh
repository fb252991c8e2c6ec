#!/usr/bin/env bash
# Build the bundle, then do with the bundle alone what an office does with the desk, in a clean
# environment (env -i: no venv, PATH=/usr/bin:/bin, an empty HOME): a demo office, the desk's
# start (`--smoke`), every document kind printed (pdftotext and zbarimg read each PDF back), the
# monthly export (read back with openpyxl), backup + restore, check, and the scan station over a
# socat pty pair standing in for a serial scanner.
# Usage: installer/check_bundle.sh [python]   (the python only builds and reads the workbook back)
# Prints the time of each stage.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
t0=$EPOCHREALTIME
stage() {  # stage NAME: print the time since the previous stage
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v n="$1" 'BEGIN { printf "bundle check: %-22s %6.1f s\n", n, b - a }'
  t0=$t1
}
fail() { echo "bundle check FAILED: $*" >&2; exit 1; }

installer/build.sh "$@"
stage build

tmp=$(mktemp -d)
scan_pid='' socat_pid=''
cleanup() {
  [ -n "$scan_pid" ] && kill "$scan_pid" 2>/dev/null
  [ -n "$socat_pid" ] && kill "$socat_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
K=("$PWD/dist/kense/kense")
clean=(env -i PATH=/usr/bin:/bin HOME="$tmp" QT_QPA_PLATFORM=offscreen)
db="$tmp/demo.sqlite"

"${clean[@]}" "${K[@]}" demo --db "$db" --persons 40 --applications 80 >/dev/null
stage demo

out=$("${clean[@]}" "${K[@]}" --smoke --db "$db")
ms=$(printf '%s\n' "$out" | tail -1)
case "$ms" in ''|*[!0-9]*) fail "smoke: no start-up time in the output: $out" ;; esac
test -f "$tmp/.local/state/kense/logs/kense.log" || fail "no log file written"
stage "smoke (${ms} ms)"

"${clean[@]}" "${K[@]}" status --db "$db" --json >"$tmp/status.jsonl"
[ "$(wc -l <"$tmp/status.jsonl")" -eq 80 ] || fail "status: expected 80 applications"
stage status

# Every document kind: candidates picked from the status list (best guess first); the first
# application the document exists for is printed. Each PDF must hold its number as text and
# as a Code128 barcode that zbarimg decodes from a 200 dpi rendering.
candidates() {  # candidates KIND -> application numbers, likeliest first
  python3 - "$1" "$tmp/status.jsonl" <<'EOF'
import json, sys
kind, path = sys.argv[1], sys.argv[2]
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
def fits(d):
    sent = any(s["no"] == 2 and s["completed_at"] for s in d["steps"])
    return {"talon": d["channel"] == "direct", "receipt": d["channel"] == "center",
            "register": d["channel"] == "center" and sent,
            "decision": d["result"] == "decision", "notification": d["result"] == "notification",
            "refusal": d["result"] == "refusal", "return": d["result"] == "return",
            "label": d["channel"] == "center"}[kind]
print("\n".join(([d["number"] for d in rows if fits(d)] + [d["number"] for d in rows if not fits(d)])[:12]))
EOF
}
for kind in talon receipt notification decision refusal return register label; do
  pdf="$tmp/$kind.pdf" done=''
  for n in $(candidates "$kind"); do
    # the PIN on stdin: a command that acts as a user signs in (the demo's PINs are 0000)
    if printf '0000\n' | "${clean[@]}" "${K[@]}" print "$n" --doc "$kind" --out "$pdf" --db "$db" \
        --user center_inspector >"$tmp/print.out" 2>"$tmp/print.err"; then done=$n; break; fi
    grep -q "No module named\|Traceback" "$tmp/print.err" && fail "print $kind: $(cat "$tmp/print.err")"
  done
  [ -n "$done" ] || fail "print $kind: no application printed ($(cat "$tmp/print.err"))"
  text=$(pdftotext -layout "$pdf" -)
  grep -q "$done" <<<"$text" || fail "print $kind $done: the number is not in the PDF's text"
  grep -q "■" <<<"$text" && fail "print $kind $done: a glyph came out as a box"
  grep -q "[әғқңөұүһі]" <<<"$text" || fail "print $kind $done: no Kazakh letter in the text"
  pdftoppm -r 200 -png -f 1 -l 1 "$pdf" "$tmp/$kind"
  zbarimg -q --raw "$tmp/$kind"-*.png 2>/dev/null | grep -qx "$done" || fail "print $kind $done: barcode not decoded"
done
stage "print ×8"

month=$(python3 -c "import json;print(json.loads(open('$tmp/status.jsonl').readline())['submitted_at'][:7])")
"${clean[@]}" "${K[@]}" export --month "$month" --out "$tmp/report.xlsx" --db "$db" >/dev/null
"$PY" - "$tmp/report.xlsx" <<'EOF' || fail "export: the workbook does not read back"
import sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cells = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
assert len(wb.worksheets) >= 1 and len(cells) > 20, (wb.sheetnames, len(cells))
assert any(isinstance(c, str) and set(c) & set("әғқңөұүһі") for c in cells), "no Kazakh text"
EOF
stage export

printf '0000\n' | "${clean[@]}" "${K[@]}" backup --out "$tmp/backups" --db "$db" --json >"$tmp/backup.json"
bk=$(python3 -c "import json;print(json.load(open('$tmp/backup.json'))['backup'])")
test -s "$bk" || fail "backup: no file"
printf '0000\n' | "${clean[@]}" "${K[@]}" restore "$bk" --db "$db" --json >/dev/null
"${clean[@]}" "${K[@]}" check --db "$db" >"$tmp/check.out" || fail "check: $(cat "$tmp/check.out")"
stage "backup+restore+check"

# The scan station: socat joins two ptys; the station reads one end, we "scan" into the other.
socat pty,raw,echo=0,link="$tmp/scanner" pty,raw,echo=0,link="$tmp/desk" & socat_pid=$!
for _ in $(seq 50); do [ -e "$tmp/desk" ] && [ -e "$tmp/scanner" ] && break; sleep 0.1; done
printf '0000\n' | "${clean[@]}" "${K[@]}" scan --port "$tmp/desk" --as head --user head --db "$db" \
  >"$tmp/scan.out" 2>"$tmp/scan.err" & scan_pid=$!
number=$(head -1 "$tmp/status.jsonl" | python3 -c "import json,sys;print(json.load(sys.stdin)['number'])")
for _ in $(seq 100); do grep -q '"state": "connected"' "$tmp/scan.err" 2>/dev/null && break; sleep 0.1; done
printf '%s\r' "$number" >"$tmp/scanner"
for _ in $(seq 100); do grep -q '"event": "scan"' "$tmp/scan.out" && break; sleep 0.1; done
kill -TERM "$scan_pid"; wait "$scan_pid" || fail "scan station exit code $?: $(cat "$tmp/scan.err")"
scan_pid=''
grep -q "\"number\": \"$number\"" "$tmp/scan.out" || fail "scan station: no answer ($(cat "$tmp/scan.out" "$tmp/scan.err"))"
stage "scan station"

echo "bundle check: OK; size $(du -sh dist/kense | cut -f1)"

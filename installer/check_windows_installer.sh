#!/usr/bin/env bash
# CI: compile installer/kense.iss with the real Inno Setup compiler (npm innosetup 6.4.1, ISCC under
# wine) over the Windows folder (dist/kense-win from build_windows_folder.sh: PyInstaller cannot
# cross-compile), install it silently under wine, check the shortcuts' targets and arguments and
# the machine-wide kense.ini, run the installed kense-cli.exe (--version, demo and check on the
# machine-wide database), uninstall silently, and check C:\ProgramData\Kense\kense.sqlite survived.
# Usage: installer/check_windows_installer.sh [python]   Prints the time of each stage.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
CACHE=${KENSE_CI_CACHE:-$HOME/.cache/kense-ci}
[ -f dist/kense-win/kense-cli.exe ] || installer/build_windows_folder.sh "$PY"
tmp=$(mktemp -d)
export WINEPREFIX=${WINEPREFIX:-$tmp/wine} WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
xvfb_pid=''
trap 'wineserver -k 2>/dev/null || true; [ -z "$xvfb_pid" ] || kill "$xvfb_pid"; rm -rf "$tmp"' EXIT
win() { printf 'Z:%s' "${1//\//\\}"; }
fail() { echo "installer check FAILED: $*" >&2; exit 1; }
t0=$EPOCHREALTIME
stage() {
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v n="$1" 'BEGIN { printf "installer check: %-20s %6.1f s\n", n, b - a }'
  t0=$t1
}

mkdir -p "$CACHE/npm"
[ -f "$CACHE/npm/node_modules/innosetup/bin/ISCC.exe" ] ||
  (cd "$CACHE/npm" && npm install --silent --no-audit --no-fund innosetup@6.4.1 >/dev/null)
# The setup's wizard form needs a display even when silent ("Error reading
# FPreparingMemo.Lines.Strings" without one): a private Xvfb for this script.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null & xvfb_pid=$!
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$tmp/display")"
wineboot -i >/dev/null 2>&1 || true
winecfg -v win10 </dev/null  # MinVersion=10.0; some prefixes report Windows 7
stage "innosetup + wine"

version=$("$PY" -c "import desk_app; print(desk_app.__version__)")
rm -rf dist/installer
wine "$CACHE/npm/node_modules/innosetup/bin/ISCC.exe" /Q "/DAppVersion=$version" \
  "/DSourceDir=$(win "$PWD/dist/kense-win")" "/DCompression=${KENSE_ISS_COMPRESSION:-lzma2/fast}" \
  "$(win "$PWD/installer/kense.iss")" </dev/null || fail "ISCC did not compile kense.iss"
setup=dist/installer/kense-setup-$version.exe
[ -f "$setup" ] || fail "no $setup"
stage "ISCC ($(du -h "$setup" | cut -f1))"

wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- </dev/null || fail "setup exit $?"
c="$WINEPREFIX/drive_c"
app="$c/Program Files/Kense"
[ -f "$app/kense.exe" ] && [ -f "$app/kense-cli.exe" ] || fail "program files missing in $app"
[ -d "$c/ProgramData/Kense" ] || fail "no C:\\ProgramData\\Kense"
tr -d '\r\357\273\277' <"$c/ProgramData/Kense/kense.ini" | grep -qx 'path=C:\\ProgramData\\Kense\\kense.sqlite' ||
  fail "kense.ini: $(cat "$c/ProgramData/Kense/kense.ini")"
stage install

# The data folder's access list (SDDL), read by the bundle's own Python: nobody beyond Users
# may write, and Users no more than Modify. Wine keeps only mode bits, so the Users grant
# itself is not visible here (tests/test_trust_privacy.py reads it from kense.iss).
printf '@"C:\\Program Files\\Kense\\python\\python.exe" "%s" "C:\\ProgramData\\Kense" > "%s" 2>&1\r\n' \
  "$(win "$PWD/installer/acl_info.py")" "$(win "$tmp/acl.out")" >"$tmp/acl.bat"
wine cmd /c "$(win "$tmp/acl.bat")" </dev/null || fail "data folder ACL: $(cat "$tmp/acl.out")"
echo "data folder ACL: $(tr -d '\r' <"$tmp/acl.out")"
stage "data folder ACL"

# Shortcuts: the desk's (Start menu and desktop) start kense.exe on the machine-wide database.
mapfile -t lnks < <(find "$c/ProgramData/Microsoft/Windows/Start Menu" "$c/users/Public/Desktop" \
  -name '*.lnk' 2>/dev/null)
[ "${#lnks[@]}" -ge 3 ] || fail "expected 3+ shortcuts, found: ${lnks[*]:-none}"
python3 installer/lnk_info.py "${lnks[@]}" >"$tmp/lnk.json"
python3 - "$tmp/lnk.json" <<'PYEOF' || fail "shortcuts: $(cat "$tmp/lnk.json")"
import json, sys
links = json.load(open(sys.argv[1], encoding="utf-8"))
desk = [v for v in links.values() if v.get("target", "").lower().endswith(r"\kense\kense.exe")]
cli = [v for v in links.values() if "kense-cli.exe" in v.get("arguments", "")]
assert len(desk) >= 2, "desk shortcuts (Start menu + desktop)"
for v in desk:
    assert v["arguments"] == r'--db "C:\ProgramData\Kense\kense.sqlite"', v
    assert v["working_dir"] == r"C:\ProgramData\Kense", v
assert cli and cli[0]["target"].lower().endswith(r"\cmd.exe"), cli
assert cli[0]["arguments"] == r'/k "C:\Program Files\Kense\kense-cli.exe" --help', cli
print(f"shortcuts: {len(links)} ok")
PYEOF
stage shortcuts

# The installed CLI, with no --db: it must find the machine-wide database through kense.ini.
run_cli() {
  local rc=0
  # Through a .bat: wine escapes the quotes a path with spaces needs when they are on cmd's line.
  printf '@"C:\\Program Files\\Kense\\kense-cli.exe" %s > %s 2>&1\r\n' "$*" "$(win "$tmp/cli.out")" >"$tmp/cli.bat"
  wine cmd /c "$(win "$tmp/cli.bat")" </dev/null || rc=$?
  [ "$rc" -eq 0 ] || fail "kense-cli $* exit $rc: $(cat "$tmp/cli.out")"
}
run_cli --version
grep -q "kense $version" "$tmp/cli.out" || fail "--version: $(cat "$tmp/cli.out")"
run_cli demo --persons 10 --applications 12
[ -f "$c/ProgramData/Kense/kense.sqlite" ] || fail "demo did not use C:\\ProgramData\\Kense\\kense.sqlite"
run_cli check
grep -q "^OK" "$tmp/cli.out" || fail "check: $(cat "$tmp/cli.out")"
stage "installed CLI"

wine "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART </dev/null || true
for _ in $(seq 120); do [ -e "$app/kense.exe" ] || break; sleep 0.5; done
[ ! -e "$app/kense.exe" ] || fail "uninstall left $app/kense.exe"
[ -z "$(find "$c/ProgramData/Microsoft/Windows/Start Menu" -name '*.lnk' -path '*Кеңсе*' 2>/dev/null)" ] ||
  fail "uninstall left Start-menu shortcuts"
[ -s "$c/ProgramData/Kense/kense.sqlite" ] || fail "uninstall removed C:\\ProgramData\\Kense\\kense.sqlite"
stage "uninstall (database kept)"
echo "installer check: OK"

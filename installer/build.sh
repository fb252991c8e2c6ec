#!/usr/bin/env bash
# Build the one-folder bundle dist/kense/ (executable dist/kense/kense) with PyInstaller.
# Usage: installer/build.sh [python]   (default: the venv's python, else python3)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-${PYTHON:-}}
if [ -z "$PY" ]; then
  for c in .venv/bin/python /work/venv/bin/python python3; do
    if [ -x "$c" ] || command -v "$c" >/dev/null 2>&1; then PY=$c; break; fi
  done
fi
SECONDS=0
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/kense.spec
echo "bundle: dist/kense  $(du -sh dist/kense | cut -f1)  built in ${SECONDS} s"

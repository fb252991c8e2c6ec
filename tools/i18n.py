"""Regenerate the Russian catalogue: pyside6-lupdate over desk_app/ui and forms → .ts, lrelease → .qm.

Kazakh is the source language (the strings in code); translators edit
`resources/translations/kense_ru.ts` (Qt Linguist) and run this again.
`--check` exits 1 when the .ts has unfinished entries or the .qm is older than the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "kense_ru.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files = [p for p in sorted((ROOT / "desk_app" / "ui").rglob("*.py")) if "generated" not in p.parts]
    files += sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def unfinished(ts: Path = TS) -> list[str]:
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            out.append(msg.findtext("source") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    if args.check:
        missing = unfinished()
        for s in missing:
            print(f"untranslated: {s}")
        return 1 if missing else 0
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-source-language",
            "kk_KZ",
            "-target-language",
            "ru_RU",
            *sources(),
            "-ts",
            str(TS.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS.relative_to(ROOT)), "-qm", str(QM.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )
    left = unfinished()
    if left:
        print(f"{len(left)} untranslated string(s); open {TS.relative_to(ROOT)} in pyside6-linguist")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reading printed PDFs back with real tools: pdftotext, pdffonts, pdftoppm + zbarimg."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "zbarimg", "pdfinfo")
missing = [t for t in TOOLS if shutil.which(t) is None]
needs_tools = pytest.mark.skipif(
    bool(missing), reason=f"missing tools: {missing} (apt-get install poppler-utils zbar-tools)"
)


def _write(pdf: bytes, folder: Path, name: str = "doc.pdf") -> Path:
    path = folder / name
    path.write_bytes(pdf)
    return path


def text_of(pdf: bytes, folder: Path) -> str:
    """The text in the order it was written (-raw: the default mode drops a hyphen that
    ends a line, which a hyphenated Kazakh name broken at its hyphen does)."""
    path = _write(pdf, folder)
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def squash(text: str) -> str:
    """Text without any whitespace: wrapped lines join back into the words they came from."""
    return "".join(text.split())


def fonts_of(pdf: bytes, folder: Path) -> list[dict[str, str]]:
    path = _write(pdf, folder)
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3], "line": line})
    return rows


def pages_of(pdf: bytes | Path, folder: Path) -> int:
    path = pdf if isinstance(pdf, Path) else _write(pdf, folder, "pages.pdf")
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def barcodes_of(pdf: bytes, folder: Path, dpi: int = 200) -> list[str]:
    """Every Code128 symbol zbarimg finds on the pages rendered at `dpi`."""
    path = _write(pdf, folder, "scan.pdf")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(folder / "scan")], check=True)
    found: list[str] = []
    for png in sorted(folder.glob("scan*.png")):
        out = subprocess.run(
            ["zbarimg", "-q", "--set", "*.enable=0", "--set", "code128.enable=1", str(png)],
            capture_output=True,
            text=True,
        ).stdout
        found += [line.split(":", 1)[1] for line in out.splitlines() if line.startswith("CODE-128:")]
        png.unlink()
    return found


def word_boxes(pdf: bytes, folder: Path) -> list[tuple[int, float, float, float, float, float, float, str]]:
    """(page, page_w, page_h, xmin, ymin, xmax, ymax, word) for every word pdftotext sees."""
    path = _write(pdf, folder, "bbox.pdf")
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    boxes = []
    page_no, pw, ph = 0, 0.0, 0.0
    for line in html.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if m:
            page_no += 1
            pw, ph = float(m.group(1)), float(m.group(2))
            continue
        m = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
            r"(.*)</word>",
            line,
        )
        if m:
            boxes.append((page_no, pw, ph, *(float(m.group(i)) for i in range(1, 5)), m.group(5)))
    return boxes

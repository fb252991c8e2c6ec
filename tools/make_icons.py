"""Render resources/icons/kense.svg to PNG sizes and a Windows .ico (Qt's SVG renderer, no downloads).

Run after editing the SVG: `QT_QPA_PLATFORM=offscreen python tools/make_icons.py`.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO holding PNG-compressed images (valid since Windows Vista)."""
    head = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs, offset = b"", b"", 6 + 16 * len(pngs)
    for size, png in pngs.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return head + entries + blobs


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kense.svg"))
    if not renderer.isValid():
        print("kense.svg is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {s: render(renderer, s) for s in PNG_SIZES}
    for s, png in pngs.items():
        (ICONS / f"kense-{s}.png").write_bytes(png)
    (ICONS / "kense.png").write_bytes(pngs[256])
    (ICONS / "kense.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(pngs) + 2} files to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

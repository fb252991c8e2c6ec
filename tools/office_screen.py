"""Offscreen Qt with the office's screen: 1366×768 instead of offscreen's default 800×800, so
dialogs size themselves (`desk_app.ui.screen_fit`) as they would on the desk. Call before
Qt starts; a platform other than plain `offscreen` is left alone."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def use_office_screen(width: int = 1366, height: int = 768) -> None:
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = Path(tempfile.gettempdir()) / f"kense-screen-{width}x{height}.json"
    if ":" in str(config):  # a drive letter (C:\...): Qt splits platform options at each colon
        return
    screen = {"name": "office", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

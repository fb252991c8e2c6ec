"""Desk start-up time (`main.py --smoke`) next to a bare PySide6 window measured the same way.

    QT_QPA_PLATFORM=offscreen python bench/gui_startup.py [--runs 5]

Both figures are milliseconds from process start to "window shown, event loop idle".
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget
def age():
    ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
    return int((float(Path("/proc/uptime").read_text().split()[0]) - ticks / os.sysconf("SC_CLK_TCK")) * 1000)
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTabWidget()); w.resize(1366, 768); w.show()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: (print(age()), app.quit())))
app.exec()
"""


def run(cmd: list[str], env: dict[str, str]) -> int:
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    return int(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--db", help="an existing database (e.g. a 1,000,000-card bulk demo); default: a fresh demo office"
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kense-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "KENSE_SETTINGS_DIR": str(tmp / "settings"),
    }
    db = Path(args.db) if args.db else tmp / "demo.sqlite"
    if not args.db:
        subprocess.run(
            [sys.executable, "main.py", "demo", "--db", str(db)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    desk, bare = [], []
    for _ in range(args.runs):
        bare.append(run([sys.executable, "-c", BARE], env))
        desk.append(run([sys.executable, "main.py", "--db", str(db), "--smoke"], env))
    print(f"bare PySide6 window: median {statistics.median(bare)} ms  {bare}")
    print(f"desk ({db.name}):  median {statistics.median(desk)} ms  {desk}")
    print(f"ratio: {statistics.median(desk) / statistics.median(bare):.1f}x (target <= 3x, <= 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

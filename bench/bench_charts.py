"""The head's charts (issue 16.4): figures read and both charts drawn, on a bulk demo office.

Figures, next to a bare baseline measured in the same run:
* `board_figures.executor_bars()` + `service_bars()` vs one bare sqlite3 GROUP BY over the
  open applications (what a chart without the term clock would read);
* the two charts built and painted offscreen (`HeadCharts` without its background twelve
  months) vs a bare QChart with the same bars painted the same way.

`--quick`: 20,000 cards and 3,000 applications; the full run: 1,000,000 and 100,000 (the
target: the charts of a million-card office drawn in <= 300 ms).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import build, header, ms, row  # noqa: E402


def timed(fn, n: int = 5) -> float:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    persons, apps = (20_000, 3_000) if args.quick else (1_000_000, 100_000)
    folder = Path(tempfile.mkdtemp(prefix="kense-charts-"))
    db = folder / "office.sqlite"
    took, counts = build(db, persons, apps)
    print(f"bulk demo: {persons} cards, {apps} applications in {took:.1f} s")

    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desk_app.core import board_figures
    from desk_app.core.db import init_db
    from desk_app.ui.head_charts import HeadCharts

    app = QApplication.instance() or QApplication([])
    init_db(db)
    header(f"Head's charts ({persons:,} cards, {apps:,} applications)")
    figures = timed(board_figures.all_bars)
    con = sqlite3.connect(db)
    bare_sql = (
        "SELECT executor_id, service, COUNT(*) FROM application "
        "WHERE closed_at IS NULL GROUP BY executor_id, service"
    )
    bare = timed(lambda: con.execute(bare_sql).fetchall())
    row("figures (both charts)", ms(figures), ms(bare), figures / bare if bare else None)

    charts = HeadCharts(lambda n: None)
    charts.resize(1000, 600)
    charts._start_trend = lambda: None  # the twelve months run in the background; not timed

    def draw() -> None:
        charts.reload()
        for i in range(2):
            charts.tabs.widget(i).grab()

    drawn = timed(draw, 3)

    bars = board_figures.executor_bars()

    def bare_chart() -> None:
        chart = QChart()
        series = QStackedBarSeries()
        for b in board_figures.BUCKETS:
            s = QBarSet(b)
            s.append([float(x.count(b)) for x in bars])
            series.append(s)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([x.label for x in bars])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.resize(1000, 600)
        view.grab()
        view.grab()  # two charts, as the desk draws

    bare_draw = timed(bare_chart, 3)
    row(
        "charts read and drawn (2 charts)",
        ms(drawn),
        ms(bare_draw + bare),
        drawn / (bare_draw + bare),
        "<= 300 ms",
    )
    charts.shutdown()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

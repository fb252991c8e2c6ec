"""The head's board as pictures (issue 16.4): Qt Charts over `core.board_figures` and the
monthly report's own figures. Each bar opens the list of applications behind it."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import board_figures
from desk_app.core.clock import now

COLOURS = {"on_time": QColor("#4caf50"), "due_soon": QColor("#ffb300"), "overdue": QColor("#e53935")}


def stacked_chart(
    title: str, labels: list[str], sets: list[tuple[str, str, list[int]]], on_click, stacked: bool = True
) -> QChartView:
    """A bar chart (stacked, or grouped side by side); `sets` are (key, legend text, values);
    `on_click(key, index)` when a bar is clicked."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    series = QStackedBarSeries() if stacked else QBarSeries()
    for key, text, values in sets:
        bar = QBarSet(text)
        bar.append([float(v) for v in values])
        if key in COLOURS:
            bar.setColor(COLOURS[key])
        bar.clicked.connect(lambda i, k=key: on_click(k, i))
        series.append(bar)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels or ["—"])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    columns = list(zip(*[s[2] for s in sets], strict=True))
    top = max([sum(v) if stacked else max(v) for v in columns] or [0])
    axis_y.setRange(0, max(1, top))
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


class NumbersDialog(QDialog):
    """The applications behind a bar; double-click (or Enter) opens the status look-up."""

    def __init__(self, title: str, numbers: list[str], open_number, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        self.list.setObjectName("barNumbers")
        self.list.addItems(numbers)
        self.list.itemActivated.connect(lambda item: open_number(item.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Өтініштер: %n", "", len(numbers))))
        lay.addWidget(self.list)
        lay.addWidget(buttons)


class _TrendWorker(QObject):
    """The last twelve months' figures, read on a plain daemon thread that only emits a
    signal (the report's own queries; its database connection closed when done)."""

    done = Signal(list)

    def run(self) -> None:
        from desk_app.core.db import close_thread_connection
        from desk_app.reports import queries as q

        try:
            today = now()
            out = []
            y, m = today.year, today.month
            for _ in range(12):
                w = q.month_window(y, m, today)
                figs = q.service_figures(w)
                out.append(
                    (
                        f"{m:02d}.{y}",
                        {s: (f.received, f.closed, f.overdue) for s, f in figs.items()},
                    )
                )
                y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        except Exception:  # noqa: BLE001 - the chart stays "counting"; the desk goes on
            logging.getLogger(__name__).exception("twelve months' figures failed")
            return
        finally:
            close_thread_connection()
        try:
            self.done.emit(list(reversed(out)))
        except RuntimeError:  # the charts were closed meanwhile
            pass


class HeadCharts(QWidget):
    """Three charts: open work per executor, open work per service, twelve months."""

    def __init__(self, open_number, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("headCharts")
        self.open_number = open_number
        self.tabs = QTabWidget()
        QVBoxLayout(self).addWidget(self.tabs)
        self.last_numbers: list[str] = []
        self._thread: threading.Thread | None = None
        self.trend: list = []

    def bucket_names(self) -> dict[str, str]:
        return {
            "on_time": self.tr("Мерзімінде"),
            "due_soon": self.tr("Мерзімі жақын"),
            "overdue": self.tr("Мерзімі өткен"),
        }

    def reload(self, at: dt.datetime | None = None) -> None:
        self.tabs.clear()
        names = self.bucket_names()
        by_exec, by_svc = board_figures.all_bars(at)
        for title, bars in (
            (self.tr("Орындаушылардағы ашық өтініштер"), by_exec),
            (self.tr("Қызметтер бойынша ашық өтініштер"), by_svc),
        ):
            sets = [(b, names[b], [bar.count(b) for bar in bars]) for b in board_figures.BUCKETS]
            view = stacked_chart(
                title,
                [bar.label for bar in bars],
                sets,
                lambda key, i, bars=bars, title=title: self.show_bar(title, bars[i].numbers[key]),
            )
            self.tabs.addTab(view, title)
        self.trend_view: QWidget = QLabel(self.tr("Он екі ай есептелуде…"))
        self.tabs.addTab(self.trend_view, self.tr("Соңғы 12 ай"))
        self._start_trend()

    def _start_trend(self) -> None:
        worker = _TrendWorker(self)
        worker.done.connect(self._show_trend)
        self._worker = worker
        self._thread = threading.Thread(target=worker.run, name="head-charts", daemon=True)
        self._thread.start()

    def _show_trend(self, months: list) -> None:
        """Received, closed and overdue per month, all services side by side (the monthly
        report's own figures: `reports.queries.service_figures`)."""
        self.trend = months
        names = (self.tr("Түсті"), self.tr("Жабылды"), self.tr("Мерзімі өтті"))
        sets = [
            (str(i), name, [sum(f[i] for f in figs.values()) for _, figs in months])
            for i, name in enumerate(names)
        ]
        view = stacked_chart(
            self.tr("Соңғы 12 ай"), [m for m, _ in months], sets, lambda key, i: None, stacked=False
        )
        index = self.tabs.indexOf(self.trend_view)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, self.tr("Соңғы 12 ай"))
        self.trend_view = view

    def show_bar(self, title: str, numbers: list[str]) -> None:
        self.last_numbers = numbers
        dlg = NumbersDialog(title, numbers, self.open_number, self)
        dlg.setObjectName("barNumbersDialog")
        dlg.open()

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.join(10)

"""The head's board as pictures (issue 16.4): the figures per executor and per service by the
boards' own urgency, and the chart on screen: a real click on a bar lists what is behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from desk_app.core import board_figures, workflow
from desk_app.core.clock import now
from desk_app.ui.head_charts import HeadCharts, NumbersDialog

pytestmark = [
    pytest.mark.usefixtures("kazakh"),
]


@pytest.fixture
def office(users, person):
    """Executor: one on time, one due soon, one late by its step; executor2: one late by the
    term clock only (its open step is on time)."""
    ex, ex2, head, clerk = users["executor"], users["executor2"], users["head"], users["office_clerk"]
    t = now() - dt.timedelta(days=30)
    apps = {}
    a = workflow.submit(person, 3, "direct", clerk, at=now() - dt.timedelta(hours=2))
    apps["on_time"] = workflow.assign(a, head, ex, now() - dt.timedelta(hours=1))
    a = workflow.submit(person, 2, "direct", clerk, at=now() - dt.timedelta(days=17))
    apps["due_soon"] = workflow.assign(a, head, ex, now() - dt.timedelta(days=16, hours=12))
    a = workflow.submit(person, 2, "direct", clerk, at=t)
    apps["step_late"] = workflow.assign(a, head, ex, t + dt.timedelta(hours=1))
    a = workflow.submit(person, 3, "direct", clerk, at=t)
    workflow.assign(a, head, ex2, t + dt.timedelta(hours=1))
    workflow.prepare(a, ex2, "notification", at=t + dt.timedelta(days=2))
    workflow.return_for_rework(a, head, "Қайта қараңыз", t + dt.timedelta(days=2, hours=2))
    apps["term_late"] = workflow.get_application(a.number)
    return apps


def _figures(bars):
    return {b.label: {k: sorted(v) for k, v in b.numbers.items() if v} for b in bars}


def test_bars_by_executor_and_service(users, office):
    got = _figures(board_figures.executor_bars())
    ex, ex2 = users["executor"].short_name, users["executor2"].short_name
    assert got[ex] == {
        "on_time": [office["on_time"].number],
        "due_soon": [office["due_soon"].number],
        "overdue": [office["step_late"].number],
    }
    assert got[ex2] == {"overdue": [office["term_late"].number]}
    by_service = _figures(board_figures.service_bars())
    assert by_service["2"]["overdue"] == [office["step_late"].number]
    assert by_service["3"]["overdue"] == [office["term_late"].number]


def test_clicking_a_bar_lists_the_applications(qtbot, users, office):
    opened = []
    charts = HeadCharts(opened.append)
    qtbot.addWidget(charts)
    charts.resize(900, 600)
    charts.show()
    charts.reload()
    qtbot.waitUntil(lambda: bool(charts.trend), timeout=20000)  # the twelve months, off the GUI thread
    assert charts.tabs.count() == 3 and isinstance(charts.tabs.widget(2), QChartView)
    view = charts.tabs.widget(0)
    series = view.chart().series()[0]
    overdue = next(s for s in series.barSets() if s.label() == "Мерзімі өткен")
    labels = view.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    i = labels.index(users["executor2"].short_name)
    # the middle of executor2's overdue bar, in the view's pixels: a real mouse click there
    point = view.chart().mapToPosition(QPointF(i, 0.5), series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(point))
    qtbot.waitUntil(lambda: charts.findChild(NumbersDialog) is not None)
    dlg = charts.findChild(NumbersDialog)
    assert [dlg.list.item(k).text() for k in range(dlg.list.count())] == [office["term_late"].number]
    dlg.list.setCurrentRow(0)
    qtbot.keyClick(dlg.list, Qt.Key.Key_Return)
    assert opened == [office["term_late"].number]
    assert overdue.at(i) == 1.0
    charts.shutdown()
    QApplication.processEvents()


def test_the_trend_counts_a_return_as_closed(qtbot, users, person):
    """The twelve months' "closed" takes every result: a defective package's return too."""
    ex, head, clerk = users["executor"], users["head"], users["office_clerk"]
    t = now() - dt.timedelta(hours=3)
    a = workflow.submit(person, 2, "direct", clerk, at=t)
    workflow.assign(a, head, ex, t + dt.timedelta(minutes=10))
    grounds = [g.code for g in workflow.service_of(a).defective_return.grounds]
    workflow.prepare(a, ex, "return", grounds, "Құжаттар толық ұсынылмаған.", t + dt.timedelta(minutes=20))
    workflow.sign(a, head, t + dt.timedelta(minutes=30))
    a = workflow.deliver(a, ex, t + dt.timedelta(minutes=40), issued_to="өзі")
    assert a.state == workflow.CLOSED and a.result == "return"
    charts = HeadCharts(lambda number: None)
    qtbot.addWidget(charts)
    charts.reload()
    qtbot.waitUntil(lambda: bool(charts.trend), timeout=20000)
    # summed over the twelve months: the case may straddle a month's first hour
    received, closed = (sum(f[i] for _, figs in charts.trend for f in figs.values()) for i in (0, 1))
    assert received == 1 and closed == 1
    charts.shutdown()
    QApplication.processEvents()

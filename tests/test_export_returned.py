"""The monthly report counts a defective package's return (result "return", R2 p.10) in its
own column: before, such an application fell in no column of the summary."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_person
from export_check import FIGS, expected, figures, summary_rows
from openpyxl import load_workbook
from safe_flow import fast_pins, run_to_end, submit  # noqa: F401 - fast_pins: autouse fixture

from desk_app.core import workflow as wf
from desk_app.core.models import Application
from desk_app.reports import queries as Q
from desk_app.reports.monthly import export_month

MAY = dt.datetime(2025, 5, 12, 10, 0)  # a Monday; the whole cohort is received in May 2025
REASONING = "Мүгедектігі туралы анықтаманың көшірмесі қоса берілмеген."


def _returned(users, person, channel: str, at: dt.datetime) -> Application:
    """Service 2, prepared by the executor as the return of a defective package, signed and
    taken to the end of its path by the real engine."""
    app = run_to_end(submit(users, person, 2, channel, at), users, at, stop_kind="prepare")
    svc = wf.service_of(app)
    assert svc.defective_return is not None and svc.defective_return.result == "return"
    codes = [g.code for g in svc.defective_return.grounds]
    wf.prepare(app, app.executor, "return", codes, REASONING, at + dt.timedelta(days=1))
    return run_to_end(app, users, at + dt.timedelta(days=1, hours=1))


@pytest.fixture
def cohort(users):
    """May 2025: one application of each fate, all received in May."""
    p = make_person(users["admin"])
    apps = {
        "returned": _returned(users, p, "direct", MAY),
        "completed": run_to_end(submit(users, p, 2, "center", MAY), users, MAY),
        "refused": run_to_end(submit(users, p, 3, "direct", MAY), users, MAY, refuse=True),
        "open": run_to_end(submit(users, p, 2, "center", MAY), users, MAY, stop_kind="assign"),
    }
    assert apps["returned"].state == wf.CLOSED and apps["returned"].result == "return"
    assert apps["refused"].result == "refusal" and apps["open"].state != wf.CLOSED
    june = dt.datetime(2025, 6, 1)
    assert all(MAY <= a.submitted_at and (a.closed_at or MAY) < june for a in apps.values())
    return apps


def test_a_return_is_counted_in_the_returned_column(cohort, tmp_path):
    out = tmp_path / "may.xlsx"
    summary = export_month(2025, 5, out)
    got = summary_rows(out)
    assert got["ws"]["G4"].value == "Дәлелді бас тарту берілді"
    assert got["ws"]["H4"].value == "Құжаттар қайтарылды"
    s2, s3, tot = figures(got["services"][2]), figures(got["services"][3]), figures(got["total"])
    assert s2["returned"] == 1 and s2["refused"] == 0 and s2["completed"] == 1
    assert s3["returned"] == 0 and s3["refused"] == 1
    assert tot["returned"] == 1 and summary["total"]["returned"] == 1
    assert summary["services"][2]["returned"] == 1
    # Every application received in the month is in exactly one column: nothing vanishes.
    for row in [*got["services"].values(), got["total"]]:
        f = figures(row)
        assert f["received"] == f["completed"] + f["refused"] + f["returned"] + f["in_progress"], row
    assert tot["received"] == 4 and tot["in_progress"] == 1
    # The independent count from the model rows agrees, column by column.
    exp = expected(2025, 5)["services"]
    for no, row in got["services"].items():
        assert figures(row) == {k: exp[no][k] if no in exp else 0 for k in FIGS}, no


def test_return_grounds_stay_apart_from_refusal_grounds(cohort, tmp_path):
    """The engine stores a return's grounds as RefusalGround rows: the grounds table counts
    them in their own column (D), never among the refusals (C)."""
    out = tmp_path / "may.xlsx"
    summary = export_month(2025, 5, out, lang="ru")
    got = summary_rows(out)
    svc = wf.service_of(cohort["returned"])
    assert svc.defective_return is not None
    (ground,) = svc.defective_return.grounds
    assert got["return_grounds"] == {(2, ground.text.ru): 1}
    assert all(v == 0 for (no, _), v in got["grounds"].items() if no == 2)
    assert sum(got["grounds"].values()) == 1  # the one refusal, of service 3
    assert got["ws"]["D12"].value == "Заявлений с возвратом документов"
    assert summary["services"][2]["return_grounds"] == {ground.code: 1}
    assert summary["services"][2]["grounds"] == {} and summary["total"]["return_grounds"] == {ground.code: 1}
    # The register names the return's ground beside its result.
    reg = {r[0]: r for r in load_workbook(out)["Реестр"].iter_rows(min_row=2, values_only=True)}
    row = reg[cohort["returned"].number]
    assert row[8] == "Мотивированный возврат документов" and row[9] == ground.text.ru


def test_service_figures_close_a_return(cohort):
    """The figures the head's twelve-month chart reads: a return is closed, as a refusal is."""
    w = Q.month_window(2025, 5, dt.datetime(2025, 7, 1))
    figs = Q.service_figures(w)
    assert figs[2].returned == 1 and figs[2].closed == 2 and figs[3].closed == 1
    assert sum(f.closed for f in figs.values()) == 3

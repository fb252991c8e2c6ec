"""The monthly report over the demo office: figures against independent Python counts."""

from __future__ import annotations

import datetime as dt

import pytest
from export_check import FIGS, expected, expected_movements, figures, summary_rows
from openpyxl import load_workbook

from desk_app.core.demo.demo import build_demo
from desk_app.core.models import Application
from desk_app.reports.monthly import export_month

TODAY = dt.datetime(2025, 6, 20, 12, 0)


@pytest.fixture
def demo(db):
    build_demo(seed=7, persons=40, applications=160, today=TODAY)
    return db


def test_demo_months_match_database(demo, tmp_path):
    """One demo office (it takes seconds to build), three months and the trend checked."""
    for year, month in [(2025, 6), (2025, 5), (2024, 12)]:
        _check_month(tmp_path, year, month)
    _check_trend(tmp_path)


def _check_month(tmp_path, year: int, month: int) -> None:
    out = tmp_path / f"{year}-{month}.xlsx"
    summary = export_month(year, month, out)
    exp = expected(year, month)
    got = summary_rows(out)
    tot = dict.fromkeys(FIGS, 0)
    for no, row in got["services"].items():
        e = exp["services"].get(no)
        if e is None:
            assert figures(row) == dict.fromkeys(FIGS, 0)
            continue
        assert figures(row) == {k: e[k] for k in FIGS}, no
        tot = {k: tot[k] + v for k, v in figures(row).items()}
        if e["terms"]:
            assert row[11] == pytest.approx(sum(e["terms"]) / len(e["terms"]), abs=1e-6)
            assert row[12] == pytest.approx(max(e["terms"]), abs=1e-6)
        for kind in ("grounds", "return_grounds"):
            for code, n in e[kind].items():
                assert summary["services"][no][kind][code] == n
            assert sum(v for (s, _), v in got[kind].items() if s == no) == sum(e[kind].values())
    assert figures(got["total"]) == tot
    reg = load_workbook(out).worksheets[1]
    numbers = [r[0] for r in reg.iter_rows(min_row=2, values_only=True)]
    assert numbers == exp["register"]
    moves = [(r[0], r[1]) for r in load_workbook(out).worksheets[3].iter_rows(min_row=2, values_only=True)]
    assert moves == expected_movements(year, month)


def _check_trend(tmp_path) -> None:
    out = tmp_path / "jun.xlsx"
    export_month(2025, 6, out)
    got = summary_rows(out)
    apps = list(Application.select())
    for row in got["trend"]:
        m, y = (int(x) for x in row[1].split("."))
        start = dt.datetime(y, m, 1)
        end = dt.datetime(y + (m == 12), m % 12 + 1, 1)
        assert row[2] == sum(1 for a in apps if start <= a.submitted_at < end)
        assert row[3] == sum(
            1
            for a in apps
            if a.closed_at and start <= a.closed_at < end and a.result in ("notification", "decision")
        )
    assert sum(r[2] for r in got["trend"]) == sum(
        1 for a in apps if a.submitted_at >= dt.datetime(2024, 7, 1)
    )

"""The monthly report over a hand-built month: every figure read back against the database."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import make_person
from export_check import FIGS, expected, expected_movements, figures, summary_rows
from openpyxl import load_workbook

from desk_app.core import workflow as wf
from desk_app.core.models import Application
from desk_app.reports.monthly import ExportCancelled, export_month

T = dt.datetime


def at(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def _center_to_body(app, u, t_dispatch, t_register):
    wf.dispatch(app, u["dispatch_inspector"], at(t_dispatch), payload=app.number)
    return wf.register_received(app, u["office_clerk"], at(t_register), payload=app.number)


@pytest.fixture
def month(users):
    """Applications of May 2025 and its neighbours, in every interesting state at 1 June."""
    u = users
    p1 = make_person(u["admin"])
    p2 = make_person(
        u["admin"], surname="Иванов", name="Сергей", patronymic="Петрович", sex="M", born=dt.date(1970, 5, 2)
    )
    ex, head = u["executor"], u["head"]
    apps = {}
    # a1: April, service 2 via the Center; the result reaches the applicant in May.
    a = wf.submit(p1, 2, "center", u["center_inspector"], at=at("2025-04-28 10:00"))
    _center_to_body(a, u, "2025-04-29 09:00", "2025-04-30 09:00")
    wf.assign(a, head, ex, at("2025-04-30 11:00"))
    wf.prepare(a, ex, "notification", at=at("2025-05-05 12:00"))
    wf.sign(a, head, at("2025-05-06 10:00"))
    wf.deliver(a, ex, at("2025-05-06 15:00"))
    wf.result_arrived(a, u["center_inspector"], at("2025-05-07 10:00"), payload=a.number)
    apps["a1"] = wf.issue(a, u["center_inspector"], "Әбдірахманова", at("2025-05-08 10:00"))
    # a2: May, service 2 via the Center, returned once for rework, issued in May.
    a = wf.submit(p2, 2, "center", u["center_inspector"], at=at("2025-05-05 10:00"))
    _center_to_body(a, u, "2025-05-05 16:00", "2025-05-06 09:30")
    wf.assign(a, head, u["executor2"], at("2025-05-06 12:00"))
    wf.prepare(a, u["executor2"], "notification", at=at("2025-05-12 12:00"))
    wf.return_for_rework(a, head, "Мәтінді нақтылаңыз", at("2025-05-13 10:00"))
    wf.prepare(a, u["executor2"], "notification", at=at("2025-05-14 12:00"))
    wf.sign(a, head, at("2025-05-15 10:00"))
    wf.deliver(a, u["executor2"], at("2025-05-15 15:00"))
    wf.result_arrived(a, u["center_inspector"], at("2025-05-19 10:00"), payload=a.number)
    apps["a2"] = wf.issue(a, u["center_inspector"], "Иванов", at("2025-05-20 10:00"))
    # a3: May, service 3 direct, refused on two grounds, handed over in May.
    a = wf.submit(p1, 3, "direct", u["office_clerk"], at=at("2025-05-06 11:00"))
    wf.assign(a, head, ex, at("2025-05-06 15:00"))
    wf.prepare(
        a,
        ex,
        "refusal",
        ["contraindications", "false_information"],
        "Медициналық қарсы көрсетілім бар, анықтама жалған.",
        at("2025-05-08 10:00"),
    )
    wf.sign(a, head, at("2025-05-08 16:00"))
    apps["a3"] = wf.deliver(a, ex, at("2025-05-12 10:00"), issued_to="Әбдірахманова")
    # a4: May, service 1, decision signed only in June: open and past term at 1 June.
    a = wf.submit(p2, 1, "direct", ex, at=at("2025-05-12 10:00"))
    wf.decide_card(a, ex, True, at=at("2025-05-12 10:10"))
    wf.prepare(a, ex, "decision", at=at("2025-05-30 10:00"))
    apps["a4"] = wf.sign(a, head, at("2025-06-05 10:00"))
    # a5: May, service 4 via the Center, never dispatched: its step 2 is past due.
    apps["a5"] = wf.submit(p1, 4, "center", u["center_inspector"], at=at("2025-05-26 10:00"))
    # a6: June, service 2 direct: a neighbour, not in May's register.
    apps["a6"] = wf.submit(p2, 2, "direct", u["office_clerk"], at=at("2025-06-02 10:00"))
    # a7: May, service 3 via the Center, sent back to the Center late in May, issued in June.
    a = wf.submit(p2, 3, "center", u["center_inspector"], at=at("2025-05-14 10:00"))
    _center_to_body(a, u, "2025-05-14 15:00", "2025-05-15 10:00")
    wf.assign(a, head, ex, at("2025-05-15 12:00"))
    wf.prepare(a, ex, "notification", at=at("2025-05-27 12:00"))
    wf.sign(a, head, at("2025-05-29 10:00"))
    wf.deliver(a, ex, at("2025-05-29 15:00"))
    wf.result_arrived(a, u["center_inspector"], at("2025-06-02 10:00"), payload=a.number)
    apps["a7"] = wf.issue(a, u["center_inspector"], "Иванов", at("2025-06-02 11:00"))
    # a8: March, service 1, still open: counts as in progress, not as received.
    apps["a8"] = wf.submit(p1, 1, "direct", ex, at=at("2025-03-03 10:00"))
    return {k: Application.get_by_id(v.id) for k, v in apps.items()}


def test_summary_figures_match_database(month, tmp_path):
    out = tmp_path / "may.xlsx"
    summary = export_month(2025, 5, out)
    exp = expected(2025, 5)
    got = summary_rows(out)
    assert set(got["services"]) == {1, 2, 3, 4}
    assert got["ws"]["H4"].value == "Құжаттар қайтарылды"  # right after "refused" (G)
    totals = dict.fromkeys(FIGS, 0)
    for no, row in got["services"].items():
        e = exp["services"].get(no) or dict.fromkeys(FIGS, 0)
        assert figures(row) == {k: e[k] for k in FIGS}, no
        for k, v in figures(row).items():
            totals[k] += v
        share = e["overdue"] / e["received"] if e["received"] else None
        assert row[10] == pytest.approx(share) if share is not None else row[10] is None
        terms = e.get("terms") or []
        if terms:
            assert row[11] == pytest.approx(sum(terms) / len(terms), abs=1e-6)
            assert row[12] == pytest.approx(max(terms), abs=1e-6)
        else:
            assert row[11] is None and row[12] is None
        assert summary["services"][no]["received"] == e["received"]
        assert summary["services"][no]["returned"] == e["returned"]
    assert figures(got["total"]) == totals
    # The hand-built month, spelled out: received, center, direct, completed, refused,
    # returned, in progress, overdue.
    s = got["services"]
    assert s[2][2:10] == (1, 1, 0, 2, 0, 0, 0, 0)  # a2 received; a1 and a2 issued in May
    # a3 refused; a7 travels back to the Center past its term's last day, but its term clock
    # stopped when step 7 (not counted) began on 29 May: 28 May 10:00 < 28 May 23:59:59.
    assert s[3][2:10] == (2, 1, 1, 0, 1, 0, 1, 0)
    assert s[1][2:10] == (1, 0, 1, 0, 0, 0, 2, 1)  # a4 past term; a8 from March still open
    assert s[4][2:10] == (1, 1, 0, 0, 0, 0, 1, 0)  # a5 waits for dispatch, term not yet due
    # Refusal grounds: every ground of each service listed, a3's two counted.
    g = got["grounds"]
    assert sum(1 for k in g if k[0] == 3) == 4 and sum(1 for k in g if k[0] == 1) == 2
    assert sum(v for (no, _), v in g.items() if no == 3) == 2
    assert all(v == 0 for (no, _), v in g.items() if no != 3)
    # Service 2's ground for returning a defective package listed too, in its own column.
    assert list(got["return_grounds"].values()) == [0] and list(got["return_grounds"])[0][0] == 2
    # a2's counted term includes both preparations and the signature after rework.
    a2_days = [t for t in exp["services"][2]["terms"]]
    assert max(a2_days) == pytest.approx(got["services"][2][12], abs=1e-6)


def test_register_holds_exactly_the_month(month, tmp_path):
    out = tmp_path / "may.xlsx"
    export_month(2025, 5, out)
    ws = load_workbook(out).worksheets[1]
    rows = list(ws.iter_rows(values_only=True))
    numbers = [r[0] for r in rows[1:]]
    assert numbers == expected(2025, 5)["register"]
    assert month["a1"].number not in numbers and month["a6"].number not in numbers
    assert month["a8"].number not in numbers
    by_no = {r[0]: r for r in rows[1:]}
    a3 = by_no[month["a3"].number]
    assert a3[8] == "Дәлелді бас тарту"
    assert "медициналық қарсы көрсетілімдері" in a3[9] and "Жалған мәліметтер" in a3[9]
    assert a3[7] == month["a3"].closed_at and a3[6] == month["a3"].term_due_at
    a4 = by_no[month["a4"].number]
    assert a4[7] is None and a4[8] is None and a4[10] is None  # closed only in June
    assert a4[11] == "Иә"
    assert by_no[month["a2"].number][11] == "Жоқ"
    assert by_no[month["a2"].number][12] == "Тестов E."  # executor2, surname + initial
    assert by_no[month["a2"].number][4] == "Орталық арқылы"
    # IIN masked by default and stored as text; names as surname + initials.
    iin = month["a3"].person.iin
    assert a3[1] == f"{iin[:4]}******{iin[-2:]}"
    assert a3[2] == "Әбдірахманова Г.С."
    cell = ws.cell(row=numbers.index(month["a3"].number) + 2, column=2)
    assert cell.data_type == "s" and cell.number_format == "@"
    # Dates and numbers formatted; header frozen and filtered.
    assert ws.cell(row=2, column=6).number_format == "DD.MM.YYYY HH:MM"
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == f"A1:M{len(rows)}"
    assert ws.column_dimensions["D"].width == 40


def test_show_iin_and_russian(month, tmp_path):
    out = tmp_path / "may-ru.xlsx"
    export_month(2025, 5, out, lang="ru", show_iin=True)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Сводка", "Реестр", "Просроченные", "Движение документов"]
    reg = wb["Реестр"]
    assert reg["A1"].value == "Номер заявления" and reg["L1"].value == "Срок нарушен"
    iins = {r[0]: r[1] for r in reg.iter_rows(min_row=2, values_only=True)}
    full = month["a3"].person.iin
    assert iins[month["a3"].number] == full
    assert all(isinstance(v, str) and len(v) == 12 for v in iins.values())
    names = wf.regulations().in_force(dt.date(2025, 5, 1)).services
    assert [wb["Сводка"].cell(r, 2).value for r in range(5, 9)] == [names[n].name.ru for n in (1, 2, 3, 4)]
    assert wb["Сводка"].cell(9, 2).value == "Итого"
    assert wb["Сводка"]["H4"].value == "Возвращено документов"
    assert wb["Сводка"]["D12"].value == "Заявлений с возвратом документов"
    grounds = [r[1] for r in wb["Сводка"].iter_rows(min_row=13, max_row=25, values_only=True)]
    back = {n: names[n].defective_return for n in (1, 2, 3, 4)}
    assert grounds == [
        g.text.ru for n in (1, 2, 3, 4) for g in (*names[n].grounds, *(back[n].grounds if back[n] else ()))
    ]


def test_overdue_and_movements_sheets(month, tmp_path):
    out = tmp_path / "may.xlsx"
    summary = export_month(2025, 5, out)
    wb = load_workbook(out)
    over = {r[0]: r for r in wb.worksheets[2].iter_rows(min_row=2, values_only=True)}
    # a4 past term with its head's signature open; a5 past its dispatch step; a8 from March
    # past term at its card step. a7 in transit is on time by the term clock (rule 2).
    assert set(over) == {month[k].number for k in ("a4", "a5", "a8")}
    a5 = over[month["a5"].number]
    assert a5[5].startswith("2.") and a5[8] == "Орталықтың жинақтау бөлімінің инспекторы"
    assert a5[9] == "Тестов D."  # the only dispatch inspector
    assert a5[7] == pytest.approx((dt.datetime(2025, 6, 1) - a5[6]).total_seconds() / 86400, abs=0.01)
    a4 = over[month["a4"].number]
    assert a4[5].startswith("4.") and a4[8] == "Уәкілетті органның басшысы"
    a8 = over[month["a8"].number]
    assert a8[5].startswith("2.") and a8[9] == "Тестов E."
    assert summary["rows"]["overdue"] == 3
    moves = [(r[0], r[1]) for r in wb.worksheets[3].iter_rows(min_row=2, values_only=True)]
    assert moves == expected_movements(2025, 5)
    assert len(moves) == 6  # a1 arrival; a2 sent, received, arrival; a7 sent, received


def test_trend_and_chart(month, tmp_path):
    out = tmp_path / "may.xlsx"
    summary = export_month(2025, 5, out)
    got = summary_rows(out)
    trend = got["trend"]
    assert [r[1] for r in trend] == [
        f"{m:02d}.{y}" for y, m in [(2024, m) for m in range(6, 13)] + [(2025, m) for m in range(1, 6)]
    ]
    counts = {r[1]: (r[2], r[3]) for r in trend}
    assert counts["03.2025"] == (1, 0) and counts["04.2025"] == (1, 0)
    assert counts["05.2025"] == (5, 2)
    assert summary["trend"][-1] == {"month": "2025-05", "received": 5, "completed": 2}
    charts = got["ws"]._charts
    assert len(charts) == 1


def test_cancel_leaves_no_file(month, tmp_path):
    out = tmp_path / "may.xlsx"
    seen = []
    with pytest.raises(ExportCancelled):
        export_month(2025, 5, out, progress=lambda d, t: seen.append((d, t)), cancel=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    seen.clear()
    export_month(2025, 5, out, progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] == 5 + 3 + 6
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cli_json(month, tmp_path, db, capsys):
    from desk_app.cli.main import main

    if not isinstance(db.database, str) or db.database.startswith("kense_test_"):
        pytest.skip("the CLI test runs on the SQLite file")
    out = tmp_path / "cli.xlsx"
    rc = main(
        ["export", "--month", "2025-05", "--out", str(out), "--lang", "ru", "--db", db.database, "--json"]
    )
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["received"] == 5 and data["rows"]["register"] == 5
    assert load_workbook(out).worksheets[0]["C4"].value == "Принято, всего"
    rc = main(["export", "--month", "май", "--out", str(out), "--db", db.database, "--json"])
    assert rc == 2 and json.loads(capsys.readouterr().out)["field"] == "month"


def test_chart_points_at_the_trend_table(month, tmp_path):
    out = tmp_path / "may.xlsx"
    export_month(2025, 5, out)
    got = summary_rows(out)
    ws = got["ws"]
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "06.2024")
    chart = ws._charts[0]
    refs = [s.val.numRef.f for s in chart.series]
    assert refs == [f"'Жиынтық'!$C${first}:$C${first + 11}", f"'Жиынтық'!$D${first}:$D${first + 11}"]
    assert {s.cat.strRef.f for s in chart.series} == {f"'Жиынтық'!$B${first}:$B${first + 11}"}


def test_empty_month_and_bad_months(db, tmp_path):
    from desk_app.core.errors import ValidationError

    out = tmp_path / "empty.xlsx"
    summary = export_month(2024, 2, out)
    assert summary["total"]["received"] == 0 and summary["rows"] == {
        "register": 0,
        "overdue": 0,
        "movements": 0,
    }
    wb = load_workbook(out)
    assert wb.worksheets[1].max_row == 1 and wb.worksheets[1].auto_filter.ref == "A1:M1"
    got = summary_rows(out)
    assert all(r[2:10] == (0,) * 8 and r[10] is None and r[11] is None for r in got["services"].values())
    future = dt.date.today() + dt.timedelta(days=62)
    with pytest.raises(ValidationError):
        export_month(future.year, future.month, tmp_path / "future.xlsx")
    with pytest.raises(ValidationError):
        export_month(2025, 13, tmp_path / "bad.xlsx")
    with pytest.raises(ValidationError):
        export_month(2025, 5, tmp_path / "bad.xlsx", lang="en")
    assert not list(tmp_path.glob("bad*")) and not list(tmp_path.glob("future*"))
    # The running month is taken at the moment of export.
    today = dt.date.today()
    running = export_month(today.year, today.month, tmp_path / "now.xlsx")
    assert dt.datetime.fromisoformat(running["as_of"]) <= dt.datetime.now()

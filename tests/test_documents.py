"""Printed documents read back with real tools: exact Kazakh text, barcodes, fonts, bounds."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from docs_tools import (
    barcodes_of,
    fonts_of,
    needs_tools,
    pages_of,
    squash,
    text_of,
    word_boxes,
)

from desk_app.core import workflow
from desk_app.core.demo import samples
from desk_app.core.errors import ValidationError
from desk_app.core.models import Application, AttachedDocument, AuditLog, OfficeSetting
from desk_app.core.overrides import regulations
from desk_app.documents.data import DocumentUnavailable, gather
from desk_app.documents.journal import OutgoingEntry, PrintedDocument
from desk_app.documents.layout import MARGIN_X
from desk_app.documents.render import render
from desk_app.documents.service import hand_over, history, print_document, reprint

pytestmark = needs_tools

OFFICE = "Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"


@pytest.fixture
def office(db):
    OfficeSetting.create(key="office_name", value=OFFICE)
    OfficeSetting.create(key="office_name_ru", value="Отдел занятости и социальных программ города Кызылорды")


@pytest.fixture
def applicant(users):
    return samples.long_person(users["admin"])


def _full(person) -> str:
    return f"{person.surname} {person.name} {person.patronymic}"


def _assert_in(expected: str, text: str) -> None:
    assert squash(expected) in squash(text), f"missing on the page: {expected!r}"


def _assert_within_page(pdf: bytes, tmp_path) -> None:
    """Every word inside the page's side margins and above its foot: nothing overflows."""
    boxes = word_boxes(pdf, tmp_path)
    assert boxes
    slack = 1.0
    for page, pw, ph, x0, y0, x1, y1, word in boxes:
        assert x0 >= MARGIN_X - slack and x1 <= pw - MARGIN_X + slack, (page, word, x0, x1)
        assert y0 >= 0 and y1 <= ph, (page, word, y0, y1)


def _no_helvetica_all_embedded(pdf: bytes, tmp_path) -> None:
    fonts = fonts_of(pdf, tmp_path)
    assert fonts
    for f in fonts:
        assert "Helvetica" not in f["line"] and "Times" not in f["line"], f["line"]
        assert f["emb"] == "yes" and f["uni"] == "yes", f["line"]


# ---------------------------------------------------------------- talon and receipt


def test_talon_kazakh(office, users, applicant, tmp_path):
    app = samples.submitted(users, applicant, 2, "direct")
    rec, pdf = print_document(app.number, "talon", "kk", users["office_clerk"])
    text = text_of(pdf, tmp_path)
    # the three things the regulation lists, and the heading
    assert "ТАЛОН" in text
    _assert_in(f"Өтініш берілген күні {app.submitted_at:%d.%m.%Y %H:%M}", text)
    _assert_in(f"Мемлекеттік қызметті алатын күні {app.result_due_at or app.term_due_at:%d.%m.%Y}", text)
    _assert_in(
        f"Құжаттарды қабылдаған қызметкердің тегі мен аты "
        f"{users['office_clerk'].surname} {users['office_clerk'].name}",
        text,
    )
    _assert_in(_full(applicant), text)
    _assert_in(OFFICE, text)
    _assert_in(f"Шығыс № {rec.journal_no}", text)
    for letter in samples.KAZAKH_LETTERS:
        assert letter in text, letter
    assert "■" not in text
    assert barcodes_of(pdf, tmp_path) == [app.number]
    _no_helvetica_all_embedded(pdf, tmp_path)
    _assert_within_page(pdf, tmp_path)


def test_talon_russian(office, users, applicant, tmp_path):
    app = samples.submitted(users, applicant, 1, "direct")
    _, pdf = print_document(app.number, "talon", "ru", users["executor"])
    text = text_of(pdf, tmp_path)
    _assert_in(f"Дата подачи заявления {app.submitted_at:%d.%m.%Y %H:%M}", text)
    _assert_in(f"Дата получения государственной услуги {app.result_due_at or app.term_due_at:%d.%m.%Y}", text)
    _assert_in("Отдел занятости и социальных программ города Кызылорды", text)
    _assert_in(regulations().by_code(app.wording).service(1).name.ru, text)
    _assert_in(_full(applicant), text)
    assert barcodes_of(pdf, tmp_path) == [app.number]


def test_receipt_twenty_documents_and_long_names(office, users, applicant, tmp_path):
    docs = samples.documents_for(3, 20)
    app = samples.submitted(users, applicant, 3, "center", docs)
    rec, pdf = print_document(app.number, "receipt", "kk", users["center_inspector"])
    text = text_of(pdf, tmp_path)
    svc = workflow.service_of(app)
    inspector = users["center_inspector"]
    assert "ҚОЛХАТ" in text
    _assert_in(
        f"Өтініштің нөмірі мен қабылданған күні № {app.number}, {app.submitted_at:%d.%m.%Y %H:%M}", text
    )
    _assert_in(f"Сұралатын мемлекеттік қызметтің түрі {svc.name.kk}", text)
    _assert_in("Барлығы: 20 құжат", text)
    titles = [
        d.title
        for d in AttachedDocument.select()
        .where(AttachedDocument.application == app)
        .order_by(AttachedDocument.id)
    ]
    assert len(titles) == 20
    for i, title in enumerate(titles, 1):
        _assert_in(f"{i}. {title}", text)
    _assert_in(
        f"Құжаттарды беру күні мен орны {app.result_due_at or app.term_due_at:%d.%m.%Y}, "
        f"{app.place_of_issue}",
        text,
    )
    _assert_in(f"{inspector.surname} {inspector.name} {inspector.patronymic}".strip(), text)
    _assert_in(_full(applicant), text)
    for letter in samples.KAZAKH_LETTERS:
        assert letter in text, letter
    pages = pages_of(pdf, tmp_path)
    assert pages == rec.pages and pages >= 2  # twenty long titles run onto a second page
    # the barcode and header are on every page
    assert barcodes_of(pdf, tmp_path) == [app.number] * pages
    _no_helvetica_all_embedded(pdf, tmp_path)
    _assert_within_page(pdf, tmp_path)


def test_talon_and_receipt_follow_the_channel(office, users, applicant):
    direct = samples.submitted(users, applicant, 3, "direct")
    center = samples.submitted(users, applicant, 3, "center")
    with pytest.raises(DocumentUnavailable) as e:
        print_document(direct.number, "receipt", "kk", users["office_clerk"])
    assert e.value.kk and e.value.ru and e.value.field == "kind"
    with pytest.raises(DocumentUnavailable):
        print_document(center.number, "talon", "kk", users["center_inspector"])


# ---------------------------------------------------------------- results


def test_notification_signed(office, users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 2, "center", "notification")
    _, pdf = print_document(app.number, "notification", "kk", users["executor"])
    text = text_of(pdf, tmp_path)
    assert "ХАБАРЛАМА" in text
    # R2 p.6: service 2's notification says the citizen is registered as affected by the tests
    _assert_in(
        f"Сіздің {app.submitted_at:%d.%m.%Y} күнгі № {app.number} өтінішіңіз бойынша "
        "Сіз Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап "
        "шеккен азамат ретінде",
        text,
    )
    _assert_in(
        f"Арнайы комиссияның жұмыс органының басшысы Қолы {users['head'].surname} {users['head'].name}", text
    )  # R2 p.14: the working body's head signs
    assert "ЖОБА" not in text
    _assert_in(_full(applicant), text)
    assert barcodes_of(pdf, tmp_path) == [app.number]
    _assert_within_page(pdf, tmp_path)


def test_notification_draft_before_signature(office, users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 4, "direct", "notification", sign=False)
    _, pdf = print_document(app.number, "notification", "ru", users["executor"])
    text = text_of(pdf, tmp_path)
    assert "УВЕДОМЛЕНИЕ" in text and "ПРОЕКТ" in text


def test_decision_service_one(office, users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 1, "direct", "decision")
    assert app.state == workflow.CLOSED
    _, pdf = print_document(app.number, "decision", "kk", users["executor"])
    text = text_of(pdf, tmp_path)
    assert "ШЕШІМ" in text
    _assert_in(f"{_full(applicant)} (ЖСН {applicant.iin}) жұмыссыз ретінде тіркелсін", text)
    _assert_in("«Халықты жұмыспен қамту туралы»", text)
    assert barcodes_of(pdf, tmp_path) == [app.number]
    with pytest.raises(DocumentUnavailable):  # service 1's positive result is a decision
        print_document(app.number, "notification", "kk", users["executor"])


def test_refusal_lists_grounds_reasoning_and_appeal(office, users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 3, "center", "refusal")
    svc = workflow.service_of(app)
    for lang in ("kk", "ru"):
        _, pdf = print_document(app.number, "refusal", lang, users["executor"])
        text = text_of(pdf, tmp_path)
        assert ("ДӘЛЕЛДІ БАС ТАРТУ" if lang == "kk" else "МОТИВИРОВАННЫЙ ОТКАЗ") in text
        for i, g in enumerate(svc.grounds, 1):  # all four chosen
            _assert_in(f"{i}) {g.text.get(lang)} ({g.basis.get(lang)}).", text)
        _assert_in(samples.REASONING, text)
        _assert_in(workflow.wording_of(app).appeal.get(lang), text)
        _assert_in(_full(applicant), text)
        assert barcodes_of(pdf, tmp_path) == [app.number]
        _no_helvetica_all_embedded(pdf, tmp_path)
        _assert_within_page(pdf, tmp_path)
    with pytest.raises(DocumentUnavailable):
        print_document(app.number, "notification", "kk", users["executor"])


def test_result_documents_need_that_result(office, users, applicant):
    fresh = samples.submitted(users, applicant, 2, "direct")
    for kind in ("notification", "refusal", "decision"):
        with pytest.raises(DocumentUnavailable) as e:
            print_document(fresh.number, kind, "kk", users["executor"])
        assert e.value.kk and e.value.ru


# ---------------------------------------------------------------- dispatch register


def test_dispatch_register_barcode_per_line(office, users, tmp_path):
    people = [samples.long_person(users["admin"]) for _ in range(7)]
    apps = samples.bundle(users, people, docs_each=4)
    lone = samples.submitted(users, people[0], 2, "center")
    with pytest.raises(DocumentUnavailable):  # not sent yet
        print_document(lone.number, "register", "kk", users["dispatch_inspector"])
    rec, pdf = print_document(apps[3].number, "register", "kk", users["dispatch_inspector"])
    text = text_of(pdf, tmp_path)
    assert "ТІЗІЛІМ" in text
    for a in apps:
        _assert_in(a.number, text)
    _assert_in(_full(people[0]), text)
    _assert_in("Барлығы: 7 өтініш, 28 құжат", text)
    _assert_in("Жолдаған (жинақтау бөлімінің инспекторы)", text)
    _assert_in("Қабылдаған (уәкілетті орган кеңсесінің қызметкері)", text)
    assert sorted(barcodes_of(pdf, tmp_path)) == sorted(a.number for a in apps)
    _no_helvetica_all_embedded(pdf, tmp_path)
    _assert_within_page(pdf, tmp_path)
    # the same bundle asked from another of its applications is the same paper
    again, pdf2 = print_document(apps[0].number, "register", "kk", users["dispatch_inspector"])
    assert again.journal_no == rec.journal_no and pdf2 == pdf


# ---------------------------------------------------------------- registry and journal


def test_registry_reprint_is_byte_identical(office, users, applicant):
    app = samples.submitted(users, applicant, 2, "direct")
    rec, pdf = print_document(app.number, "talon", "kk", users["office_clerk"])
    assert rec.sha256 == hashlib.sha256(pdf).hexdigest()
    stored = PrintedDocument.get_by_id(rec.id)
    assert stored.pdf_bytes == pdf and stored.user == "office_clerk" and stored.lang == "kk"
    assert stored.application.number == app.number and stored.kind == "talon"
    again, pdf2 = print_document(app.number, "talon", "kk", users["office_clerk"])
    assert again.id == rec.id and pdf2 == pdf
    again, pdf3 = reprint(rec.journal_no, users["office_clerk"])
    assert pdf3 == pdf
    ru, _ = print_document(app.number, "talon", "ru", users["office_clerk"])
    assert ru.id != rec.id  # another language is another document
    fresh, pdf4 = print_document(app.number, "talon", "kk", users["office_clerk"], new=True)
    assert fresh.journal_no != rec.journal_no and pdf4 != pdf
    assert [h.journal_no for h in history(app.number)] == [fresh.journal_no, ru.journal_no, rec.journal_no]
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "document")]
    assert actions.count("document.print") == 3 and actions.count("document.reprint") == 2


def test_journal_numbers_run_per_year(office, users, applicant):
    app = samples.submitted(users, applicant, 2, "direct")
    a, _ = print_document(app.number, "talon", "kk", "office_clerk", at=dt.datetime(2025, 12, 31, 17))
    b, _ = print_document(
        app.number, "talon", "kk", "office_clerk", new=True, at=dt.datetime(2025, 12, 31, 17, 5)
    )
    c, _ = print_document(app.number, "talon", "kk", "office_clerk", new=True, at=dt.datetime(2026, 1, 5, 9))
    assert (a.journal_no, b.journal_no, c.journal_no) == ("2025/00001", "2025/00002", "2026/00001")
    assert OutgoingEntry.select().count() == 3


def test_changed_facts_make_a_new_document(office, users, applicant):
    app = samples.with_result(users, applicant, 2, "direct", "refusal", sign=False)
    first, _ = print_document(app.number, "refusal", "kk", users["executor"])
    app = workflow.return_for_rework(Application.get_by_id(app.id), users["head"], "Нақтылаңыз")
    app = workflow.prepare(
        app,
        users["executor"],
        "refusal",
        ["compensation_paid"],
        "Біржолғы өтемақы 2009 жылы төленген, ісінде құжат бар.",
    )
    second, pdf = print_document(app.number, "refusal", "kk", users["executor"])
    assert second.journal_no != first.journal_no


def test_render_is_deterministic(office, users, applicant):
    app = samples.with_result(users, applicant, 3, "direct", "refusal")
    data = gather("refusal", app, "kk")
    at = dt.datetime(2026, 3, 2, 10, 0)
    assert render(data, "2026/00042", at) == render(data, "2026/00042", at)


def test_hand_over_service_one_result(office, users, applicant):
    app = samples.with_result(users, applicant, 1, "direct", "refusal")
    assert app.state == workflow.CLOSED and app.issued_at is None  # workflow leaves it empty
    rec, _ = print_document(app.number, "refusal", "kk", users["executor"])
    with pytest.raises(ValidationError) as e:
        hand_over(rec.journal_no, users["executor"], " ")
    assert e.value.field == "issued_to"
    at = dt.datetime.now().replace(microsecond=0)
    done = hand_over(rec.journal_no, users["executor"], _full(applicant), at=at)
    assert done.issued_to == _full(applicant)[:300] and done.issued_by == "executor"
    app = Application.get_by_id(app.id)
    assert app.issued_to == _full(applicant)[:300] and app.issued_at == at
    log = AuditLog.select().where(AuditLog.action == "document.hand_over").get()
    assert json.loads(log.after)["application_issued"] is True
    with pytest.raises(ValidationError):  # once only
        hand_over(rec.journal_no, users["executor"], "Басқа адам")


def test_hand_over_needs_signature(office, users, applicant):
    app = samples.with_result(users, applicant, 3, "direct", "notification", sign=False)
    rec, _ = print_document(app.number, "notification", "kk", users["executor"])
    with pytest.raises(DocumentUnavailable):
        hand_over(rec.journal_no, users["executor"], _full(applicant))


def test_office_name_fallback(db, users, applicant, tmp_path):
    app = samples.submitted(users, applicant, 2, "direct")
    _, pdf = print_document(app.number, "talon", "kk", users["office_clerk"])
    _assert_in("Жұмыспен қамту және әлеуметтік бағдарламалар бөлімі", text_of(pdf, tmp_path))


# ---------------------------------------------------------------- command line


def test_cli_print(office, users, applicant, tmp_path, capsys, stdin_pins):
    import peewee as pw

    from desk_app.cli.main import main
    from desk_app.core.models import database

    if not isinstance(database.obj, pw.SqliteDatabase):
        pytest.skip("the CLI test opens the SQLite file by path")
    app = samples.submitted(users, applicant, 3, "center", samples.documents_for(3, 5))
    out = tmp_path / "r.pdf"
    stdin_pins("0000")
    code = main(
        [
            "print",
            app.number,
            "--doc",
            "receipt",
            "--lang",
            "ru",
            "--out",
            str(out),
            "--db",
            database.obj.database,
            "--user",
            "center_inspector",
            "--json",
        ]
    )
    assert code == 0
    info = json.loads(capsys.readouterr().out)
    assert info["kind"] == "receipt" and info["lang"] == "ru" and info["user"] == "center_inspector"
    pdf = out.read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == info["sha256"]
    assert "РАСПИСКА" in text_of(pdf, tmp_path)
    stdin_pins("0000")
    code = main(
        [
            "print",
            app.number,
            "--doc",
            "talon",
            "--out",
            str(out),
            "--db",
            database.obj.database,
            "--user",
            "center_inspector",
            "--json",
        ]
    )
    assert code == 2
    err = json.loads(capsys.readouterr().out)
    assert err["error"] == "DocumentUnavailable" and err["kk"] and err["ru"]

"""Words as the seed has them (issue 12, section 4): the Kazakh і (U+0456) and never a Latin
look-alike inside a Cyrillic word, in the sources, the data and every printed page; the
grounds, appeal, signatories and dates of the papers read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from conftest import make_person
from docs_tools import needs_tools, squash, text_of

from desk_app.core import cards, workflow
from desk_app.core.demo import samples
from desk_app.core.models import Application, Person, RefusalGround
from desk_app.core.names import fold, name_key, one_script, phonetic
from desk_app.core.paths import project_dir, resources_dir
from desk_app.core.search import find_persons
from desk_app.documents.data import DocumentUnavailable
from desk_app.documents.service import print_document
from desk_app.documents.texts import KINDS

CYR = "а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ"
_WORD = re.compile(rf"[A-Za-z{CYR}]+")
_HAS_CYR = re.compile(f"[{CYR}]")
_HAS_LAT = re.compile("[A-Za-z]")
# In source text: escapes (\n, \u0456) and XML entities (&amp;) are not letters of a word.
_NOT_TEXT = re.compile(r"\\[A-Za-z]|&[A-Za-z]+;|&#\w+;")
_BINARY = {".png", ".ico", ".ttf", ".qm", ".pyc", ".svg", ".pdf", ".xlsx", ".sqlite"}


def mixed_words(text: str) -> list[str]:
    """Words that mix Latin and Cyrillic letters (a Latin i typed for the Kazakh і)."""
    return [w for w in _WORD.findall(_NOT_TEXT.sub(" ", text)) if _HAS_CYR.search(w) and _HAS_LAT.search(w)]


def test_mixed_words_detector():
    assert mixed_words("Жұмыссыз азаматтарды т\u0069ркеу") == ["т\u0069ркеу"]
    assert mixed_words("Kense — Кеңсе, ИИН IIN, «Арал тұз» АҚ") == []
    assert mixed_words('"\\nҚабылданды", &amp;Беру') == []


def _text_files() -> list[Path]:
    root = project_dir()
    out = []
    for top in (resources_dir(), root / "desk_app", root / "forms"):
        for path in sorted(top.rglob("*")):
            if path.is_file() and path.suffix not in _BINARY and "__pycache__" not in path.parts:
                out.append(path)
    return out


def test_no_latin_letter_inside_a_cyrillic_word_in_sources_and_data():
    files = _text_files()
    names = {p.name for p in files}
    # the regulation data, the Russian translation, the forms and the generated forms
    assert {"kzo-251-2012-486.json", "kense_ru.ts", "person_form.ui", "ui_person_form.py"} <= names
    bad = []
    for path in files:
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        for n, line in enumerate(text.splitlines(), 1):
            bad += [f"{path.relative_to(project_dir())}:{n}: {w}" for w in mixed_words(line)]
    assert bad == []


# ---------------------------------------------------------------- what people type


def test_one_script_folds_look_alikes():
    lat_i = "\u0069"
    assert one_script(f"Әл{lat_i}ев") == "Әліев"  # the Kazakh і, not the Russian и
    assert one_script("Сәрсенбаeв Aсқар") == "Сәрсенбаев Асқар"
    assert one_script("Ivanоv") == "Ivanov"  # a Latin word with one Cyrillic о
    assert one_script("Smith, Иванов, Müller") == "Smith, Иванов, Müller"
    assert one_script("Sмит") == "Sмит"  # no look-alike for м in lower case: left alone
    assert fold(f"ӘЛ{lat_i.upper()}ЕВ") == fold("Әліев") == "әліев"
    assert name_key(f"Кәр{lat_i}мов", "Ерлан") == "кәрімов ерлан"
    assert phonetic(f"Кәр{lat_i}мов") == phonetic("Кәрімов")


def test_card_names_and_search_keys_are_cyrillic(users):
    lat_i = "\u0069"
    p = make_person(
        users["admin"],
        surname=f"Әл{lat_i}бекова",
        name=f"Гүлн{lat_i}са",
        patronymic="Серікқызы",
        address=f"Қызылорда қ., Әйтеке б{lat_i} көшесі, 5",
        born=dt.date(1950, 3, 21),  # periods start after birth (issue 14)
        nuclear_periods=[
            {
                "kind": "resided",
                "zone": "maximal",
                "place": f"Қайнар ауыл{lat_i}",
                "district": "Абай ауданы",
                "date_from": "1955-01-01",
                "date_to": "1960-12-31",
                "category": "",
            }
        ],
    )
    p = Person.get_by_id(p.id)
    assert (p.surname, p.name) == ("Әлібекова", "Гүлніса")
    assert p.surname_key == "әлібекова" and p.name_key.startswith("әлібекова гүлніса")
    assert p.address == "Қызылорда қ., Әйтеке бі көшесі, 5"
    assert p.nuclear_periods[0].place == "Қайнар ауылі"
    assert mixed_words(" ".join([p.surname, p.name, p.surname_key, p.name_key, p.address])) == []
    # whichever letter the clerk types, the card is found
    for query in (f"Әл{lat_i}бекова", "Әлібекова", f"әл{lat_i}бек", f"Гүлн{lat_i}са"):
        assert [h.id for h in find_persons(query)] == [p.id], query
    # an edit keeps the rule
    cards.update_person(p.id, {"name": f"Гүлнұр{lat_i}"}, users["admin"], p.version)
    assert Person.get_by_id(p.id).name == "Гүлнұрі"


# ---------------------------------------------------------------- every printed kind


@pytest.fixture
def applicant(users):
    return samples.long_person(users["admin"])


def _nuclear_person(users) -> Person:
    return make_person(
        users["admin"],
        surname="Сейітқалиева",
        name="Әйгерім",
        patronymic="Болатқызы",
        address="Семей қ., Абай даңғылы, 3",
        born=dt.date(1945, 3, 21),  # periods start after birth (issue 14)
        nuclear_periods=[
            {
                "kind": "resided",
                "zone": "extreme",
                "place": "Қайнар ауылы",
                "district": "Абай ауданы",
                "date_from": "1949-08-29",
                "date_to": "1962-12-31",
                "category": "1949-1962 жж. тұрғандар",
            },
            {
                "kind": "worked",
                "zone": "increased",
                "place": "Семей қ.",
                "district": "",
                "date_from": "1963-01-01",
                "date_to": "1990-12-31",
                "category": "1963-1990 жж. жұмыс істегендер",
            },
        ],
    )


def _as_return(app: Application) -> Application:
    """Service 2's reasoned return of a defective package (R2 p.10), made from a prepared
    refusal until the engine has its own transition: same rows, result "return"."""
    RefusalGround.delete().where(RefusalGround.application == app).execute()
    RefusalGround.create(application=app, code="documents_defective")
    fields = {"prepared_result": "return"}
    if app.result:
        fields["result"] = "return"
    Application.update(**fields).where(Application.id == app.id).execute()
    return Application.get_by_id(app.id)


def _every_kind(users, person) -> dict[str, Application]:
    apps = {
        "talon": samples.submitted(users, person, 2, "direct"),
        "receipt": samples.submitted(users, person, 3, "center", samples.documents_for(3, 4)),
        "notification": samples.with_result(users, _nuclear_person(users), 2, "direct", "notification"),
        "decision": samples.with_result(users, person, 1, "direct", "decision"),
        "refusal": samples.with_result(users, person, 4, "direct", "refusal"),
        "return": _as_return(
            samples.with_result(users, person, 2, "direct", "refusal", grounds=["incomplete_or_false"])
        ),
    }
    apps["label"] = samples.submitted(users, person, 2, "center")
    sent = samples.submitted(users, person, 4, "center")
    apps["register"] = workflow.dispatch(sent, users["dispatch_inspector"], payload=sent.number)
    return apps


@needs_tools
def test_every_printed_kind_has_only_one_script_words(users, applicant, tmp_path):
    apps = _every_kind(users, applicant)
    assert set(apps) == set(KINDS)
    for kind, app in apps.items():
        for lang in ("kk", "ru"):
            _, pdf = print_document(app.number, kind, lang, users["executor"])
            text = text_of(pdf, tmp_path)
            assert "■" not in text, (kind, lang)
            assert mixed_words(text) == [], (kind, lang, mixed_words(text))
            if lang == "kk":
                assert "\u0456" in text, kind  # Kazakh і is on every Kazakh paper


def test_cli_print_offers_every_kind():
    from desk_app.cli.commands.print import KINDS as CLI_KINDS

    assert set(CLI_KINDS) == set(KINDS) and "return" in KINDS


# ---------------------------------------------------------------- the papers' wording


def _has(expected: str, text: str) -> None:
    assert squash(expected) in squash(text), f"missing on the page: {expected!r}\n{text}"


def _set_result_due(app: Application, when: dt.datetime | None) -> Application:
    Application.update(result_due_at=when).where(Application.id == app.id).execute()
    return Application.get_by_id(app.id)


@needs_tools
def test_talon_prints_the_result_day(users, applicant, tmp_path):
    app = samples.submitted(users, applicant, 3, "direct")
    day = (app.term_due_at + dt.timedelta(days=3)).replace(hour=23, minute=59, second=59)
    app = _set_result_due(app, day)
    _, pdf = print_document(app.number, "talon", "kk", users["office_clerk"])
    text = text_of(pdf, tmp_path)
    _has(f"Өтініш берілген күні {app.submitted_at:%d.%m.%Y %H:%M}", text)
    _has(f"Мемлекеттік қызметті алатын күні {day:%d.%m.%Y}", text)
    assert "23:59" not in text and f"{app.term_due_at:%d.%m.%Y}" not in text
    _has("Тұтынушы", text)
    _, pdf = print_document(app.number, "talon", "ru", users["office_clerk"])
    text = text_of(pdf, tmp_path)
    _has(f"Дата подачи заявления {app.submitted_at:%d.%m.%Y %H:%M}", text)
    _has(f"Дата получения государственной услуги {day:%d.%m.%Y}", text)


@needs_tools
def test_old_rows_without_result_day_print_the_term_day(users, applicant, tmp_path):
    app = _set_result_due(samples.submitted(users, applicant, 2, "direct"), None)
    _, pdf = print_document(app.number, "talon", "kk", users["office_clerk"])
    _has(f"Мемлекеттік қызметті алатын күні {app.term_due_at:%d.%m.%Y}", text_of(pdf, tmp_path))


@needs_tools
def test_receipt_prints_the_day_and_place_of_issue(users, applicant, tmp_path):
    app = samples.submitted(users, applicant, 3, "center", samples.documents_for(3, 2))
    day = dt.datetime(2031, 3, 24, 23, 59, 59)
    app = _set_result_due(app, day)
    _, pdf = print_document(app.number, "receipt", "kk", users["center_inspector"])
    text = text_of(pdf, tmp_path)
    _has(f"Құжаттарды беру күні мен орны 24.03.2031, {app.place_of_issue}", text)
    _has(f"Өтініштің нөмірі мен қабылданған күні № {app.number}, {app.submitted_at:%d.%m.%Y %H:%M}", text)
    assert "23:59" not in text
    _, pdf = print_document(app.number, "receipt", "ru", users["center_inspector"])
    _has(f"Дата и место выдачи документов 24.03.2031, {app.place_of_issue}", text_of(pdf, tmp_path))


@needs_tools
def test_service_two_notification_registers_with_periods(users, tmp_path):
    person = _nuclear_person(users)
    app = samples.with_result(users, person, 2, "direct", "notification")
    signed = max(s.completed_at for s in app.steps if s.outcome == "signed")
    head = users["head"]
    _, pdf = print_document(app.number, "notification", "kk", users["executor"])
    text = text_of(pdf, tmp_path)
    _has(
        f"Сіздің {app.submitted_at:%d.%m.%Y} күнгі № {app.number} өтінішіңіз бойынша Сіз Семей "
        f"ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азамат "
        f"ретінде {signed:%d.%m.%Y} күні № {app.number} болып тіркелдіңіз және есепке "
        f"алындыңыз.",
        text,
    )
    _has(
        "1) тұрған; 29.08.1949 – 31.12.1962; Қайнар ауылы, Абай ауданы; төтенше радиациялық "
        "қатер аймағы; санаты: 1949-1962 жж. тұрғандар.",
        text,
    )
    _has(
        "2) жұмыс істеген; 01.01.1963 – 31.12.1990; Семей қ.; жоғары радиациялық қатер "
        "аймағы; санаты: 1963-1990 жж. жұмыс істегендер.",
        text,
    )
    _has(
        "«Семей ядролық сынақ полигонындағы ядролық сынақтардың салдарынан зардап шеккен "
        "азаматтарды әлеуметтік қорғау туралы»",
        text,
    )
    _has(f"Арнайы комиссияның жұмыс органының басшысы Қолы {head.surname} {head.name}", text)
    assert "Уәкілетті органның басшысы" not in text
    _, pdf = print_document(app.number, "notification", "ru", users["executor"])
    text = text_of(pdf, tmp_path)
    _has(
        f"Вы зарегистрированы и взяты на учёт как гражданин, пострадавший вследствие ядерных "
        f"испытаний на Семипалатинском испытательном ядерном полигоне, {signed:%d.%m.%Y} "
        f"за № {app.number}.",
        text,
    )
    _has("зона чрезвычайного радиационного риска; категория: 1949-1962 жж. тұрғандар", text)
    _has(f"Руководитель рабочего органа специальной комиссии Подпись {head.surname}", text)


@needs_tools
def test_other_services_keep_the_authorized_body_head(users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 4, "direct", "notification")
    _, pdf = print_document(app.number, "notification", "kk", users["executor"])
    text = text_of(pdf, tmp_path)
    _has(f"Уәкілетті органның басшысы Қолы {users['head'].surname}", text)
    assert "Арнайы комиссияның" not in text and "тіркелдіңіз" not in text


@needs_tools
def test_refusal_ground_four_word_for_word(users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 3, "direct", "refusal", grounds=["employer_fault"])
    _, pdf = print_document(app.number, "refusal", "kk", users["executor"])
    text = text_of(pdf, tmp_path)
    _has(
        "1) Жұмыс беруші – жеке кәсіпкер қызметін тоқтатқан немесе заңды тұлға таратылған "
        "жағдайда жұмыс берушінің кінәсінен жұмыста мертігуге ұшыраған немесе кәсіптік ауруға "
        "шалдыққан мүгедектерге, егер олардың қызметі заңнамада белгіленген тәртіппен "
        "тоқтатылмаған жағдайда бас тартылуы мүмкін (Регламенттің 10-тармағының 4) "
        "тармақшасы; стандарттың 16-тармағы).",
        text,
    )
    _has(
        "Шағымдану құқығы: Тұтынушы мемлекеттік қызмет көрсету мәселелері бойынша "
        "стандарттың 5-бөліміне сәйкес шағымдануға құқылы (Регламенттің 18-тармағы).",
        text,
    )
    assert "облыс әкімдігіне" not in text and "сотқа" not in text  # no addressee the seed lacks
    _has(f"Уәкілетті органның басшысы Қолы {users['head'].surname}", text)
    _, pdf = print_document(app.number, "refusal", "ru", users["executor"])
    text = text_of(pdf, tmp_path)
    _has("может быть отказано (Подпункт 4) пункта 10 Регламента; пункт 16 стандарта).", text)
    _has("в соответствии с разделом 5 стандарта (пункт 18 Регламента)", text)
    assert "в суд" not in text


@needs_tools
def test_service_four_ground_one_names_its_devices(users, applicant, tmp_path):
    app = samples.with_result(users, applicant, 4, "direct", "refusal", grounds=["contraindications"])
    _, pdf = print_document(app.number, "refusal", "kk", users["executor"])
    _has(
        "1) Тұтынушының сурдо-тифлотехникалық және міндетті гигиеналық құралдармен "
        "қамтамасыз етуді қабылдауға медициналық қарсы көрсетілімдері болғанда "
        "(Регламенттің 10-тармағының 1) тармақшасы; стандарттың 16-тармағы).",
        text_of(pdf, tmp_path),
    )


@needs_tools
def test_return_notice(users, applicant, tmp_path):
    app = _as_return(
        samples.with_result(users, applicant, 2, "direct", "refusal", grounds=["incomplete_or_false"])
    )
    svc = workflow.service_of(app)
    ground = svc.defective_return.grounds[0]
    head = users["head"]
    _, pdf = print_document(app.number, "return", "kk", users["executor"])
    text = text_of(pdf, tmp_path)
    assert "ҚҰЖАТТАРДЫ ДӘЛЕЛДІ ҚАЙТАРУ" in text and "ЖОБА" not in text
    _has(
        f"Сіздің {app.submitted_at:%d.%m.%Y} күнгі № {app.number} өтінішіңіз бойынша "
        f"«{svc.name.kk}» мемлекеттік қызметін көрсету үшін ұсынылған құжаттар мынадай "
        f"себептер бойынша қайтарылады:",
        text,
    )
    _has(f"1) {ground.text.kk} ({ground.basis.kk}).", text)
    _has(f"Қайтарудың дәлелі: {samples.REASONING}", text)
    _has(
        "Құжаттардағы қателерді түзеткеннен және құжаттар пакетін толықтырғаннан кейін "
        "мемлекеттік қызметті алу үшін қайта жүгінуге құқылысыз.",
        text,
    )
    _has(f"Арнайы комиссияның жұмыс органының басшысы Қолы {head.surname} {head.name}", text)
    assert "Бас тартудың дәлелі" not in text
    _, pdf = print_document(app.number, "return", "ru", users["executor"])
    text = text_of(pdf, tmp_path)
    assert "МОТИВИРОВАННЫЙ ВОЗВРАТ ДОКУМЕНТОВ" in text
    _has(f"1) {ground.text.ru} ({ground.basis.ru}).", text)
    _has("Вы вправе повторно обратиться за получением государственной услуги.", text)


def test_return_only_where_the_service_has_it(users, applicant):
    refused = samples.with_result(users, applicant, 3, "direct", "refusal")
    with pytest.raises(DocumentUnavailable) as e:  # service 3 has no R2 p.10 return
        print_document(refused.number, "return", "kk", users["executor"])
    assert e.value.kk and e.value.ru
    refused2 = samples.with_result(users, applicant, 2, "direct", "refusal")
    with pytest.raises(DocumentUnavailable):  # a refusal is not a return
        print_document(refused2.number, "return", "kk", users["executor"])
    draft = _as_return(samples.with_result(users, applicant, 2, "direct", "refusal", sign=False))
    rec, _ = print_document(draft.number, "return", "kk", users["executor"])
    assert rec.kind == "return"


@needs_tools
def test_typed_latin_i_never_reaches_the_paper(users, applicant, tmp_path):
    lat_i = "\u0069"
    app = samples.with_result(users, applicant, 3, "direct", "refusal", grounds=["false_information"])
    # a card saved before names were folded, and reasoning typed on the English layout
    Person.update(surname=f"Ом{lat_i}рзақова").where(Person.id == applicant.id).execute()
    Application.update(refusal_reasoning=f"Анықтама жалған: мөр{lat_i} жоқ.").where(
        Application.id == app.id
    ).execute()
    _, pdf = print_document(app.number, "refusal", "kk", users["executor"], new=True)
    text = text_of(pdf, tmp_path)
    _has("Омірзақова", text)
    _has("Анықтама жалған: мөрі жоқ.", text)
    assert mixed_words(text) == []


def test_overridden_wording_is_folded_too(users):
    from desk_app.core import overrides

    lat_i = "\u0069"
    row = overrides.set_item(
        users["admin"],
        "kzo-251-2012-486",
        2,
        "ground",
        "compensation_paid",
        f"Өтемақы бұрын төленген (тексер{lat_i}лд{lat_i})",
        "Компенсация выплачена",
    )
    assert row.kk == "Өтемақы бұрын төленген (тексерілді)"


def test_monthly_report_has_only_one_script_words(users, applicant, tmp_path):
    from openpyxl import load_workbook

    from desk_app.reports.monthly import export_month

    lat_i = "\u0069"
    samples.with_result(users, applicant, 3, "direct", "refusal", grounds=["employer_fault"])
    samples.with_result(
        users, make_person(users["admin"], surname=f"Сәт{lat_i}бекова"), 2, "direct", "notification"
    )
    time.sleep(1.1)  # the current month's snapshot is taken at a whole second after the rows
    today = dt.date.today()
    for lang in ("kk", "ru"):
        out = tmp_path / f"report-{lang}.xlsx"
        export_month(today.year, today.month, out, lang=lang, show_iin=True)
        cells = [
            (ws.title, c.coordinate, c.value)
            for ws in load_workbook(out).worksheets
            for row in ws.iter_rows()
            for c in row
            if isinstance(c.value, str)
        ]
        assert any("Сәтібекова" in v for *_, v in cells), lang  # the typed name, folded
        assert any("бас тартылуы мүмкін" in v or "может быть отказано" in v for *_, v in cells)
        assert [c for c in cells if mixed_words(c[2])] == [], lang

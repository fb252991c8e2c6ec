"""The identity card read by the scanner (issue 16.1): the IIN barcode and the TD1 MRZ, their
check digits against the `mrz` package, the scan's outcome, and the scan station over a pty."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from mrz.checker.td1 import TD1CodeChecker
from mrz.generator.td1 import TD1CodeGenerator
from scan_support import db_url
from test_scanner_pty import Station, _scanner, pair  # noqa: F401  (pair is a fixture)

from desk_app.core import idcard, iin
from desk_app.core.scanning import handle_scan

TODAY = dt.date(2026, 12, 1)
IIN = iin.make(dt.date(1985, 3, 15), "F", 123)


def mrz(
    number="045123456",
    birth="850315",
    sex="F",
    expiry="310101",
    opt=IIN,
    surname="ABDIRAKHMANOVA",
    names="GULNUR",
):
    return str(TD1CodeGenerator("ID", "KAZ", number, birth, sex, expiry, "KAZ", surname, names, opt, ""))


def test_check_digits_agree_with_the_mrz_package():
    for number, birth, expiry, sex in [
        ("045123456", "850315", "310101", "F"),
        ("N00000001", "991231", "290630", "M"),
        ("AB1234567", "000229", "350101", "F"),
    ]:
        text = mrz(number, birth, sex, expiry, opt="")
        assert TD1CodeChecker(text)  # the package accepts what it generated
        read = idcard.parse_td1(text, TODAY)
        assert read is not None and read.check_digits_ok, read
        assert read.number == number and read.sex == sex


def test_mrz_read_gives_the_document_and_the_iin():
    for text in (mrz(), mrz().replace("\n", ""), mrz().replace("\n", "\r\n")):
        scan = idcard.read(text, TODAY)
        assert scan is not None and scan.error is None and scan.iin == IIN
        m = scan.mrz
        assert (m.number, m.expires, m.birth_date, m.sex) == (
            "045123456",
            dt.date(2031, 1, 1),
            dt.date(1985, 3, 15),
            "F",
        )
        assert (m.surname_latin, m.names_latin) == ("ABDIRAKHMANOVA", "GULNUR")
        assert scan.mismatches() == [] and not scan.expired(TODAY)


def test_broken_check_digits_and_mismatches_are_named():
    lines = mrz().split("\n")
    bad = lines[0][:14] + str((int(lines[0][14]) + 1) % 10) + lines[0][15:]
    scan = idcard.read("\n".join([bad, *lines[1:]]), TODAY)
    assert scan is not None and scan.error and "number" in scan.error[0]
    assert not TD1CodeChecker("\n".join([bad, *lines[1:]]))  # the package agrees
    other = idcard.read(mrz(birth="850316", sex="M"), TODAY)  # IIN says 15.03.1985, female
    assert other.error is None and other.mismatches() == ["birth_date", "sex"]
    assert idcard.read(mrz(expiry="240101"), TODAY).expired(TODAY)


def test_iin_barcode_and_what_is_not_an_id_card():
    assert idcard.read(IIN).iin == IIN and idcard.read(IIN).error is None
    broken = IIN[:11] + str((int(IIN[11]) + 1) % 10)
    assert idcard.read(broken).error[1].startswith("Контрольная цифра ИИН")
    assert idcard.read("2026-000123") is None and idcard.read("20260001234") is None
    assert idcard.read("ABC") is None


def test_scan_outcome_at_a_desk(users, person):
    out = handle_scan(person.iin + "\r", "center_inspector", users["center_inspector"])
    assert out.outcome == "id_card" and out.iin == person.iin and person.surname in out.kk
    out = handle_scan(mrz(), "office_clerk", users["office_clerk"])
    assert out.outcome == "id_card" and out.iin == IIN and out.check_digits_ok is True
    assert out.document["number"] == "045123456" and out.document["expires"] == "2031-01-01"
    assert "ABDIRAKHMANOVA" not in out.payload  # names stay out of the scan log
    bad = person.iin[:11] + str((int(person.iin[11]) + 1) % 10)
    assert handle_scan(bad, "head", users["head"]).outcome == "refused"


def test_assembler_joins_lines_read_one_by_one():
    asm = idcard.MrzAssembler(window=2.0)
    l1, l2, l3 = mrz().split("\n")
    assert asm.feed(l1 + "\r", 0.0) == [] and asm.feed(l2, 0.3) == []
    assert asm.feed(l3, 0.6) == ["\n".join([l1, l2, l3])]
    assert asm.feed("2026-000001", 1.0) == ["2026-000001"]
    assert asm.feed(l1, 2.0) == [] and asm.stale(5.0) == [l1]  # a half read is reported


def test_station_reports_an_mrz_split_across_reads(db, users, pair):  # noqa: F811
    st = Station(
        ["--port", pair.b, "--as", "center_inspector", "--user", "center_inspector", "--db", db_url(db)],
        tty=False,
    )
    try:
        st.write_pin("0000")
        st.next("state", state="connected")
        dev = _scanner(pair.a)
        for line in mrz().split("\n"):
            dev.write(line.encode() + b"\r")
            dev.flush()
            time.sleep(0.05)
        out = st.next("scan")
        lines = mrz().split("\n")
        broken = lines[1][:6] + str((int(lines[1][6]) + 1) % 10) + lines[1][7:]
        dev.write("\r".join([lines[0], broken, lines[2]]).encode() + b"\r")
        refused = st.next("scan")
        dev.close()
    finally:
        assert st.terminate() == 0
    assert out["outcome"] == "id_card" and out["iin"] == IIN and out["check_digits_ok"] is True
    assert out["document"]["birth_date"] == "1985-03-15" and out["document"]["sex"] == "F"
    assert out["document"]["surname_latin"] == "ABDIRAKHMANOVA"
    assert refused["outcome"] == "refused" and "birth_date" in refused["ru"]


@pytest.mark.parametrize("payload", ["2026-000001", "]C02026-000001"])
def test_application_numbers_are_never_id_cards(payload):
    assert idcard.read(payload) is None


def test_id_document_attached_to_the_card(users, person):
    from desk_app.core import id_documents
    from desk_app.core.errors import ValidationError
    from desk_app.core.models import AuditLog

    clerk = users["office_clerk"]
    born = person.birth_date
    good = mrz(birth=f"{born:%y%m%d}", sex=person.sex, opt=person.iin)
    row = id_documents.attach(person.id, idcard.read(good, TODAY), clerk)
    assert (row.number, row.surname_latin) == ("045123456", "ABDIRAKHMANOVA")
    assert id_documents.latest(person.id).id == row.id
    assert person.surname != row.surname_latin  # the Cyrillic card is untouched
    with pytest.raises(ValidationError):  # another person's card
        id_documents.attach(person.id, idcard.read(mrz(), TODAY), clerk)
    wrong_sex = mrz(birth=f"{born:%y%m%d}", sex="M" if person.sex == "F" else "F", opt=person.iin)
    with pytest.raises(ValidationError) as e:
        id_documents.attach(person.id, idcard.read(wrong_sex, TODAY), clerk)
    assert e.value.field == "sex"
    old = mrz(birth=f"{born:%y%m%d}", sex=person.sex, opt=person.iin, expiry="240101")
    with pytest.raises(id_documents.DocumentExpired):
        id_documents.attach(person.id, idcard.read(old, TODAY), clerk)
    kept = id_documents.attach(person.id, idcard.read(old, TODAY), clerk, accept_expired=True)
    assert kept.expired_accepted
    rows = AuditLog.select().where(AuditLog.action == "card.id_document")
    assert [json.loads(r.after)["expired_accepted"] for r in rows] == [False, True]


def test_our_td1_maker_agrees_with_the_mrz_package():
    ours = idcard.make_td1(
        "045123456", dt.date(1985, 3, 15), "F", dt.date(2031, 1, 1), IIN, "ABDIRAKHMANOVA", "GULNUR"
    )
    assert ours == mrz()
    assert TD1CodeChecker(ours)

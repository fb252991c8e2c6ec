"""Person search: Kazakh letters in any case, ё/е, prefix vs part of the name, IIN."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from conftest import make_person

from desk_app.cli.main import main
from desk_app.core import cards, search
from desk_app.core.demo.demo_bulk import KK_NAMES_F, KK_NAMES_M, KK_SURNAMES, RU_SURNAMES
from desk_app.core.models import Person
from desk_app.core.names import fold
from desk_app.core.search import find_persons, kind_of


@pytest.fixture
def people(users):
    a = users["admin"]
    return {
        "erlan": make_person(a, "Әбдірахманов", "Ерлан", "Серікұлы", dt.date(1980, 5, 2), "M"),
        "gulnur": make_person(a, "Әбдірахманова", "Гүлнұр", "Серікқызы"),
        "semenov": make_person(a, "Семёнов", "Дмитрий", "Сергеевич", dt.date(1975, 1, 9), "M"),
        "semenova": make_person(a, "Семенова", "Ольга", "", dt.date(1979, 2, 3), "F"),
        "erlanov": make_person(a, "Ерланов", "Асқар", "Болатұлы", dt.date(1990, 7, 7), "M"),
        "aigul": make_person(a, "Өтепова", "Айгүл", "Ерланқызы", dt.date(1991, 8, 8), "F"),
        "hyphen": make_person(a, "Сейіт-Қали", "Іңкәр", "", dt.date(2001, 3, 3), "F"),
    }


def ids(hits) -> list[int]:
    return [h.id for h in hits]


def test_kazakh_letters_any_case(people):
    found = ids(find_persons("ӘБДІРАХМАНОВ"))
    assert people["erlan"].id in found and people["gulnur"].id in found  # a prefix of both
    assert ids(find_persons("әбдірахманова")) == [people["gulnur"].id]
    assert ids(find_persons("ӨТЕПОВА АЙГҮЛ")) == [people["aigul"].id]
    assert ids(find_persons("іңкәр")) == [people["hyphen"].id]
    assert ids(find_persons("ІҢКӘР")) == [people["hyphen"].id]


def test_yo_and_ye_are_one_letter(people):
    both = {people["semenov"].id, people["semenova"].id}
    assert set(ids(find_persons("Семенов"))) == both
    assert set(ids(find_persons("СЕМЁНОВ"))) == both
    assert ids(find_persons("семёнова ольга")) == [people["semenova"].id]


def test_part_of_name_in_any_order(people):
    erlan = people["erlan"].id
    assert ids(find_persons("Ерлан Әбдірахманов")) == [erlan]
    assert ids(find_persons("әбдірахманов ерлан")) == [erlan]
    assert ids(find_persons("серікұлы ерлан")) == [erlan]
    assert ids(find_persons("Серікұлы")) == [erlan]
    assert ids(find_persons("қали")) == [people["hyphen"].id]  # a part of a hyphenated surname
    assert find_persons("Ерлан Гүлнұр") == []


def test_prefix_order_surname_then_whole_word_then_word_prefix(people):
    # "Ерлан": the surname Ерланов starts with it, Ерлан is a whole first name,
    # Ерланқызы only starts with it
    assert ids(find_persons("ерлан")) == [people["erlanov"].id, people["erlan"].id, people["aigul"].id]
    assert ids(find_persons("ерлан", limit=1)) == [people["erlanov"].id]


def test_iin_exact_and_prefix(people):
    p = people["semenov"]
    assert ids(find_persons(p.iin)) == [p.id]
    assert ids(find_persons(" " + p.iin[:6] + " ")) == [p.id]  # born 09.01.1975: only him
    assert p.id in ids(find_persons(p.iin[:2]))
    assert find_persons("000000000000") == []
    assert kind_of(p.iin) == "iin" and kind_of("7501") == "iin_prefix"
    assert kind_of("  ") == "empty" and find_persons(" - ") == []


def test_edits_and_deletes_reach_the_index(people, users):
    p = people["semenova"]
    cards.update_person(p.id, {"surname": "Жұмабаева"}, users["admin"], p.version)
    assert ids(find_persons("жұмабаева ольга")) == [p.id]
    assert p.id not in ids(find_persons("ольга семенова"))
    Person.delete_by_id(p.id)
    assert find_persons("жұмабаева") == []


def test_matches_a_brute_force_scan(users):
    """Random cards from the demo's name pools; every query answered as a plain scan would."""
    rng = random.Random(5)
    a = users["admin"]
    for i in range(60):
        m = i % 2 == 0
        sur = rng.choice(KK_SURNAMES[:8] + RU_SURNAMES[:3])
        if not m and sur.endswith(("ов", "ев", "ин")):
            sur += "а"
        name = rng.choice(KK_NAMES_M[:6] if m else KK_NAMES_F[:6])
        make_person(
            a,
            sur,
            name,
            rng.choice(KK_NAMES_M[:5]) + ("ұлы" if m else "қызы"),
            dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
            "M" if m else "F",
        )
    everyone = list(Person.select())

    def brute(q: str) -> set[int]:
        key = fold(q)
        words = key.replace("-", " ").split()
        return {
            p.id
            for p in everyone
            if p.name_key.startswith(key)
            or all(any(t.startswith(w) for t in p.name_key.replace("-", " ").split()) for w in words)
        }

    queries = [
        "а",
        "ахмет",
        "АХМЕТОВА",
        "ерлан",
        "омаров ерлан",
        "ЕРЛАН ОМАРОВ",
        "серік",
        "ұлы",
        "Айгүл",
        "нұрсұлтан жұмабаев",
        "ж",
        "қасымова әйгерім",
        "ким",
    ]
    for q in queries:
        assert set(ids(find_persons(q, limit=1000))) == brute(q), q
        assert len(find_persons(q, limit=3)) == min(3, len(brute(q))), q


def test_cli_find_json(people, db, capsys, tmp_path):
    url = db.database if search.has_fts(db) else None
    if url is None:
        pytest.skip("the CLI test opens the SQLite file")
    assert main(["find", "ӘБДІРАХМАНОВ", "ЕРЛАН", "--json", "--db", url]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["iin"] for r in rows] == [people["erlan"].iin]
    assert rows[0]["surname"] == "Әбдірахманов" and rows[0]["birth_date"] == "1980-05-02"
    assert main(["find", "ерлан", "--limit", "2", "--db", url]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2

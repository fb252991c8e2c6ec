"""The bulk demo's rows: name pools (commoner names first), the column lists it writes, and
a chunk of personal registration cards with valid IINs and folded search keys."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .. import iin
from ..cards import CARD_FIELDS
from ..names import fold, name_key
from .demo import STREETS, TOWNS

# Name pools; earlier entries are commoner (Zipf-like weights), as in a real district.
KK_SURNAMES = (
    "Ахметов Омаров Сейітов Жұмабаев Нұрланов Серікбаев Қасымов Әбдірахманов Бекмағамбетов "
    "Тоқтаров Сәрсенбаев Ермеков Қайратов Оспанов Исабеков Мұхамеджанов Жақсылықов Байжанов "
    "Өтепов Есенғалиев Құдайбергенов Ұлықбеков Түйебаев Шәріпов Смағұлов Әлиев Абдуллаев "
    "Кенжебаев Тұрсынов Мұратов Әміров Бақытжанов Ғабдуллин Дүйсенов Жанұзақов Ізбасаров "
    "Қалиев Мамыров Нұрпейісов Рахымов Садықов Тәжібаев Уәлиханов Хасенов Шоқанов Ысқақов "
    "Әубәкіров Бейсенов Дәулетов Ержанов Жүсіпов Зейноллаев Ілиясов Кәрімов Ләмбеков Мақсұтов "
    "Нығметов Орынбасаров Пердебаев Рысқұлов Сұлтанов Темірбеков Үсенов Файзуллин Хамитов "
    "Шайхиев Әбенов Бөлекбаев Досымов Елеусізов Жолдасов Зұлқарнаев Ибраев Қожахметов "
    "Лесбеков Медеуов Наурызбаев Оразов Палымбетов Рақышев Сыздықов Тілеубердиев Өмірзақов "
    "Ұзақов Шалабаев Әшімов Баймұханов Дариев Есімов Жексенбаев Закиров Ищанов Қонысбаев "
    "Мейрамов Нысанбаев Оңғарбаев Сағынбаев Тлеулесов Үмбетов Шынқожаев Айтбаев Бердібеков "
    "Ғалымжанов Дәуренбеков Жарылғапов Кемелбеков Мырзахметов Сапаров Тұрлыбеков Сейітқали"
).split()
RU_SURNAMES = (
    "Иванов Петров Ким Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков "
    "Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов "
    "Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Цой"
).split()
KK_NAMES_M = (
    "Ерлан Нұрсұлтан Әділет Бауыржан Ғалым Қайрат Айдос Жұмабек Төлеген Серік Болат "
    "Ержан Марат Асқар Дәулет Мұрат Нұрлан Ермек Бекзат Азамат Арман Ақылбек Дархан "
    "Ерболат Жандос Қанат Мейрам Нұржан Олжас Руслан Санжар Талғат Ұлан Өмірзақ Һәміт "
    "Әлібек Бақыт Ғабит Данияр Елдос Жасұлан Ілияс Мақсат Нұрбол Рүстем Сұңқар Тимур "
    "Шыңғыс Ысқақ Абылай"
).split()
KK_NAMES_F = (
    "Әйгерім Гүлнар Мөлдір Ақмарал Жұлдыз Құралай Ұлжан Айгүл Шынар Сәуле Іңкәр Динара "
    "Айжан Гүлжан Ләззат Әсел Мадина Жанар Салтанат Ботагөз Перизат Аружан Дана Ақбота "
    "Балжан Гүлмира Назерке Райхан Толқын Ұлболсын Шолпан Өмірсая Айсұлу Бибігүл "
    "Гауһар Жібек Зере Қарлығаш Күләш Мейіргүл Нұргүл Раушан Сандуғаш Тоты Үміт "
    "Фариза Хадиша Әлия Баян Ләйлә"
).split()
RU_NAMES_M = (
    "Сергей Дмитрий Андрей Александр Алексей Николай Виктор Владимир Игорь Евгений "
    "Михаил Павел Олег Юрий Константин"
).split()
RU_NAMES_F = (
    "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Людмила Галина Екатерина "
    "Юлия Оксана Марина Валентина"
).split()
RU_PATRONYMICS = [
    ("Сергеевич", "Сергеевна"),
    ("Николаевич", "Николаевна"),
    ("Александрович", "Александровна"),
    ("Викторович", "Викторовна"),
    ("Владимирович", "Владимировна"),
    ("Петрович", "Петровна"),
    ("Иванович", "Ивановна"),
    ("Алексеевич", "Алексеевна"),
    ("Андреевич", "Андреевна"),
    ("Юрьевич", "Юрьевна"),
]

# The card's own fields (cards.CARD_FIELDS, names first) with the search keys after the names.
PERSON_COLS = (
    ("id", "iin", *CARD_FIELDS[:3], "surname_key", "name_key")
    + CARD_FIELDS[3:]
    + ("created_at", "updated_at", "version")
)
APP_COLS = (
    "id",
    "number",
    "year",
    "seq",
    "service",
    "channel",
    "wording",
    "person_id",
    "submitted_at",
    "term_due_at",
    "result_due_at",
    "state",
    "current_step",
    "prepared_result",
    "result",
    "refusal_reasoning",
    "executor_id",
    "accepted_by_id",
    "place_of_issue",
    "closed_at",
    "issued_at",
    "issued_to",
    "informed_how",
    "version",
)
STEP_COLS = (
    "application_id",
    "no",
    "role",
    "user_id",
    "started_at",
    "due_at",
    "completed_at",
    "counted",
    "outcome",
    "note",
)
MOVE_COLS = ("application_id", "kind", "role", "user_id", "at", "payload")
DOC_COLS = ("application_id", "code", "title")
GROUND_COLS = ("application_id", "code")


def _female(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ёв", "ин")) else surname


def _zipf(n: int, s: float = 0.8) -> list[float]:
    acc, out = 0.0, []
    for i in range(n):
        acc += 1.0 / (i + 1) ** s
        out.append(acc)
    return out


def _unique_iin(born: dt.date, offset: int, sex: str, serials: dict[tuple[int, str], int]) -> str:
    """The next free IIN for this birth day and sex (serials skip those `iin.make` refuses)."""
    code = None
    while code is None:
        serial = serials.get((offset, sex), 0) + 1
        serials[(offset, sex)] = serial
        code = iin.make(born, sex, serial)
    return code


class _Pool:
    """One language's names with their Zipf-like weights: commoner names first."""

    def __init__(self, surnames: list[str], names_m: list[str], names_f: list[str]) -> None:
        self.sur_m, self.sur_f = surnames, [_female(s) for s in surnames]
        self.names_m, self.names_f = names_m, names_f
        self.cw_sur = _zipf(len(surnames))
        self.cw_m, self.cw_f = _zipf(len(names_m), 0.7), _zipf(len(names_f), 0.7)

    def pick(self, rng: random.Random, male: bool) -> tuple[str, str]:
        """A surname (in the sex's form) and a first name, drawn in that order."""
        i = rng.choices(range(len(self.sur_m)), cum_weights=self.cw_sur)[0]
        surname = self.sur_m[i] if male else self.sur_f[i]
        if male:
            return surname, rng.choices(self.names_m, cum_weights=self.cw_m)[0]
        return surname, rng.choices(self.names_f, cum_weights=self.cw_f)[0]


def person_rows(
    rng: random.Random,
    first_id: int,
    n: int,
    at: str,
    full_names: list[str],
    serials: dict[tuple[int, str], int],
) -> list[tuple[Any, ...]]:
    """`n` cards with valid IINs (`iin.make`), folded keys (`names`), Kazakh and Russian names."""
    kk, ru = _Pool(KK_SURNAMES, KK_NAMES_M, KK_NAMES_F), _Pool(RU_SURNAMES, RU_NAMES_M, RU_NAMES_F)
    surname_keys: dict[str, str] = {}
    base = dt.date(1945, 1, 1)
    rows = []
    for k in range(n):
        sex = "M" if rng.random() < 0.5 else "F"
        m = sex == "M"
        if rng.random() < 0.85:
            surname, name = kk.pick(rng, m)
            father = rng.choices(KK_NAMES_M, cum_weights=kk.cw_m)[0]
            patronymic = father + ("ұлы" if m else "қызы")
        else:
            surname, name = ru.pick(rng, m)
            patronymic = rng.choice(RU_PATRONYMICS)[0 if m else 1]
        offset = rng.randrange(0, 365 * 60)
        code = _unique_iin(base + dt.timedelta(days=offset), offset, sex, serials)
        sk = surname_keys.get(surname)
        if sk is None:
            sk = surname_keys[surname] = fold(surname)
        disabled = rng.random() < 0.3
        group = rng.choice((1, 2, 3)) if disabled else None
        cause = ("work_injury" if rng.random() < 0.2 else "general") if disabled else ""
        full_names.append(f"{surname} {name} {patronymic}")
        rows.append(
            (
                first_id + k,
                code,
                surname,
                name,
                patronymic,
                sk,
                name_key(surname, name, patronymic),
                str(base + dt.timedelta(days=offset)),
                sex,
                f"{TOWNS[k % len(TOWNS)]}, {STREETS[(k // 7) % len(STREETS)]}, {k % 120 + 1}",
                f"+7 70{k % 10} {100 + k % 900} {1000 + k % 9000}",
                "",
                "",
                "",
                group,
                cause,
                "«Қызылордамұнай» ЖШС" if cause == "work_injury" else "",
                "протез; есту аппараты" if disabled else "",
                "",
                None,
                at,
                at,
                1,
            )
        )
    return rows

"""Applications carried to the point where each document exists, through the real workflow.

Used by the tests, the benchmark and to try the preview dialog; the names are the
longest the cards accept and use every Kazakh letter in both cases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from desk_app.core import cards, iin, workflow
from desk_app.core.models import Application, Person, User

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


def _fill(text: str, size: int = 100) -> str:
    """Pad a name with one more hyphenated part up to exactly `size` letters."""
    need = size - len(text)
    if need <= 0:
        return text[:size]
    return text + ("-" + "Шаһизадақызыңғұл" * 8)[:need] if need > 1 else text + "һ"


# 100 characters each: the most a card field holds (cards._name).
LONG_SURNAME = _fill("Әбдіғаппарова-Қоңыратбаева-Өмірзақова-Ұлықбекова-Үкібаева-Һәмитова-Ілиясова-Ңғалиева")
LONG_NAME = _fill("Гүлнұр-Әйгерім-Ақмарал-Құралай-Мөлдір-Ұлжан-Үміт-Һәдия-Іңкәр-Ғалия-Ңұрсұлу-Қарлығаш")
LONG_PATRONYMIC = _fill("ҒАЛЫМҚЫЗЫ-ӘБІЛҚЫЗЫ-ҚАЙРАТҚЫЗЫ-ӨМІРҚЫЗЫ-ҰЛАНҚЫЗЫ-ҮСЕНҚЫЗЫ-ҺӘМИТҚЫЗЫ-ІЛИЯСҚЫЗЫ")
LONG_DOCUMENT = (
    "Мүгедектің жеке оңалту бағдарламасынан үзінді (протездік-ортопедиялық көмек, "
    "сурдо-тифлотехникалық құралдар, міндетті гигиеналық құралдар), "
    "медициналық-әлеуметтік сараптама бөлімінің мөрімен расталған көшірме, "
    "қосымша анықтамалар және Қызылорда облысы бойынша тұрғылықты жері туралы "
    "мекенжай анықтамасы"
)
REASONING = (
    "Ұсынылған анықтамадағы мәліметтер медициналық-әлеуметтік сараптама бөлімінің "
    "деректеріне сәйкес келмейді; жеке оңалту бағдарламасынан үзінді ұсынылмады."
)

_serial = iter(range(500_000, 10**6))


def long_person(by: User, address: str = "Қызылорда қ., Әйтеке би көшесі, 12") -> Person:
    """A card with the longest names, every Kazakh letter in both cases."""
    born, sex = dt.date(1961, 4, 12), "F"
    code = None
    while code is None:
        code = iin.make(born, sex, next(_serial))
    return cards.create_person(
        {
            "iin": code,
            "surname": LONG_SURNAME,
            "name": LONG_NAME,
            "patronymic": LONG_PATRONYMIC,
            "birth_date": born,
            "sex": sex,
            "address": address,
        },
        by,
    )


def documents_for(service_no: int, count: int) -> list[tuple[str | None, str]]:
    """`count` attached documents: the service's list, then long free-text ones."""
    svc = workflow.regulations().in_force(dt.date.today()).service(service_no)
    docs: list[tuple[str | None, str]] = [(d.code, "") for d in svc.documents[:count]]
    while len(docs) < count:
        docs.append((None, f"{len(docs) + 1}-қосымша: {LONG_DOCUMENT}"))
    return docs


def submitted(
    users: Mapping[str, User],
    person: Person,
    service_no: int,
    channel: str,
    documents: Sequence[tuple[str | None, str]] = (("identity", ""),),
) -> Application:
    if channel == "center":
        by = users["center_inspector"]
    else:
        by = users["executor"] if service_no == 1 else users["office_clerk"]
    return workflow.submit(
        person,
        service_no,
        channel,
        by,
        documents,
        place_of_issue="Қызылорда қ., Халыққа қызмет көрсету орталығы, № 3 терезе",
    )


def with_result(
    users: Mapping[str, User],
    person: Person,
    service_no: int,
    channel: str,
    result: str,
    sign: bool = True,
    grounds: Sequence[str] | None = None,
) -> Application:
    """An application whose executor prepared `result` (and the head signed it)."""
    app = submitted(users, person, service_no, channel)
    svc = workflow.service_of(app)
    ex = users["executor"]
    refusing = result == "refusal"
    codes = list(grounds) if grounds is not None else [g.code for g in svc.grounds]
    if channel == "center":
        app = workflow.dispatch(app, users["dispatch_inspector"], payload=app.number)
        app = workflow.register_received(app, users["office_clerk"], payload=app.number)
    if service_no == 1:
        if refusing:
            app = workflow.decide_card(app, ex, False, codes, REASONING)
        else:
            app = workflow.decide_card(app, ex, True)
            app = workflow.prepare(app, ex, "decision")
    else:
        app = workflow.assign(app, users["head"], ex)
        app = workflow.prepare(app, ex, result, codes if refusing else (), REASONING if refusing else "")
    if sign:
        app = workflow.sign(app, users["head"])
    return app


def bundle(users: Mapping[str, User], persons: Sequence[Person], docs_each: int = 3) -> list[Application]:
    """Applications the dispatch inspector sends together today (one register)."""
    apps = []
    for i, person in enumerate(persons):
        app = submitted(users, person, 2 + i % 3, "center", documents_for(2 + i % 3, docs_each))
        apps.append(workflow.dispatch(app, users["dispatch_inspector"], payload=app.number))
    return apps

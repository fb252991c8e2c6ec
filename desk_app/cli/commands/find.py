"""`find QUERY`: person search (IIN, IIN prefix, surname prefix, any part of the name)."""

from __future__ import annotations

import argparse
import json

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "find",
        help="ЖСН немесе аты бойынша карточка іздеу / поиск карточек по ИИН или имени",
        description="find personal registration cards by IIN or name",
        run=run,
    )
    p.add_argument("query", nargs="+", help="IIN (or its first digits), surname, name, ...")
    p.add_argument("--limit", type=int, default=50)


def run(args: argparse.Namespace) -> int:
    from desk_app.core.search import find_persons

    init_db(args.db)
    hits = find_persons(" ".join(args.query), args.limit)
    for h in hits:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": h.id,
                        "iin": h.iin,
                        "surname": h.surname,
                        "name": h.name,
                        "patronymic": h.patronymic,
                        "birth_date": h.birth_date.isoformat(),
                        "sex": h.sex,
                        "address": h.address,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(f"{h.iin}  {h.full_name:45}  {h.birth_date:%d.%m.%Y}  {h.address}")
    return 0

"""`calendar YEAR`: the non-working (and working weekend) days the deadlines use."""

from __future__ import annotations

import argparse
import json

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "calendar",
        help="жылдың жұмыс емес күндері / нерабочие дни года",
        description="the office's non-working days of a year",
        run=run,
    )
    p.add_argument("year", type=int)


def run(args: argparse.Namespace) -> int:
    from desk_app.core.office_calendar import load_calendar

    init_db(args.db)
    for d in load_calendar().year(args.year):
        row = {"date": d.day.isoformat(), "working": d.working, "kind": d.kind, "name": d.name}
        print(
            json.dumps(row, ensure_ascii=False)
            if args.json
            else f"{row['date']}  {'жұмыс / рабочий' if d.working else 'демалыс / выходной':22} "
            f"{d.kind:16} {d.name}"
        )
    return 0

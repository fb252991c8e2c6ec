"""`status [NUMBER]`: the status look-up of para 8."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "status",
        help="өтініш қайда (NUMBER жоқ болса — бәрі) / где заявление (без NUMBER — все)",
        description="where an application is (all without NUMBER)",
        run=run,
    )
    p.add_argument("number", nargs="?")


def _line(d: dict[str, Any]) -> str:
    a = d["applicant"]
    open_steps = [s for s in d["steps"] if s["completed_at"] is None]
    where = (
        f"step {open_steps[-1]['no']} ({open_steps[-1]['role']}), due {open_steps[-1]['due_at']}"
        if open_steps
        else ""
    )
    return (
        f"{d['number']}  service {d['service']}  {d['channel']:6}  {d['state']:12}  "
        f"{d['result'] or '-':12}  {a['surname']} {a['name']}  term {d['term_due_at']}  "
        f"{where}"
    )


def run(args: argparse.Namespace) -> int:
    from desk_app.core.status import all_statuses, status_dict
    from desk_app.core.workflow import get_application

    init_db(args.db)
    rows = [status_dict(get_application(args.number))] if args.number else all_statuses()
    for d in rows:
        print(json.dumps(d, ensure_ascii=False) if args.json else _line(d))
    return 0

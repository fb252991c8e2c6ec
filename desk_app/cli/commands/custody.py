"""`custody`: the chain of custody — Center-channel folders that moved on with no scan."""

from __future__ import annotations

import argparse
import json

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db


def register(sub: Subparsers) -> None:
    command(
        sub,
        "custody",
        help="бумасы сканерсіз жылжыған өтініштер / заявления, чья папка ушла без скана",
        description="applications whose folder moved on without a scan",
        run=run,
    )


def run(args: argparse.Namespace) -> int:
    from desk_app.core.scanning import custody_gaps

    init_db(args.db)
    gaps = custody_gaps()
    for g in gaps:
        if args.json:
            print(json.dumps(g.to_dict(), ensure_ascii=False))
        else:
            how = (
                "белгіленген, сканерсіз / отмечено без скана"
                if g.marked_without_scan
                else "скан жоқ / нет скана"
            )
            print(f"{g.number}  қадам/шаг {g.step}  {g.missing:17}  {g.at:%Y-%m-%d %H:%M}  {how}")
    if not args.json:
        print(f"Барлығы / всего: {len(gaps)}")
    return 0

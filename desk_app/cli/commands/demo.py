"""`demo`: fill an empty database with a realistic office.

Up to a few thousand rows the demo goes through the real workflow engine; above
`demo_bulk.BULK_THRESHOLD` (or with `--bulk`) it replays the same transitions in memory
and writes them in bulk, so a region-sized office (a million cards) takes minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "demo",
        help="бос дерекқорда демо кеңсе құру / создать демо-офис в пустой базе",
        description="build a demo office in an empty database",
        run=run,
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--persons", type=int, default=150)
    p.add_argument("--applications", type=int, default=400)
    p.add_argument(
        "--bulk",
        action="store_true",
        help="bulk load (automatic above a few thousand persons + applications)",
    )
    p.add_argument("--engine", action="store_true", help="always go through the workflow engine")
    p.add_argument(
        "--open-share",
        type=float,
        default=None,
        help="bulk: share of applications left open part-way (default: recent ones)",
    )


def run(args: argparse.Namespace) -> int:
    from desk_app.core.demo.demo import build_demo, check_request
    from desk_app.core.demo.demo_bulk import BULK_THRESHOLD, build_bulk

    init_db(args.db)
    check_request(args.persons, args.applications)
    t0 = time.perf_counter()
    tty = not args.json and sys.stderr.isatty()
    bulk = args.bulk or (not args.engine and args.persons + args.applications > BULK_THRESHOLD)
    if bulk:

        def stage(what: str, done: int, total: int) -> None:
            if tty:
                print(f"\r{what} {done}/{total}  ", end="", file=sys.stderr, flush=True)

        counts = build_bulk(
            seed=args.seed,
            persons=args.persons,
            applications=args.applications,
            open_share=args.open_share,
            progress=stage,
        )
    else:

        def progress(done: int, total: int) -> None:
            if tty and (done % 50 == 0 or done == total):
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        counts = build_demo(
            seed=args.seed, persons=args.persons, applications=args.applications, progress=progress
        )
    report: dict[str, float] = {**counts, "seconds": round(time.perf_counter() - t0, 2)}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"\nДемо кеңсе дайын / демо-офис готов: {report}")
    return 0

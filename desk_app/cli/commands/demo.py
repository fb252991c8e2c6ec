"""`demo`: fill an empty database with a realistic office."""

from __future__ import annotations

import json
import sys
import time

from desk_app.cli.main import add_common
from desk_app.core.db import init_db


def register(sub) -> None:
    p = sub.add_parser("demo", help="build a demo office in an empty database")
    add_common(p)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--persons", type=int, default=150)
    p.add_argument("--applications", type=int, default=400)
    p.set_defaults(func=run)


def run(args) -> int:
    from desk_app.core.demo import build_demo

    init_db(args.db)
    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty() and (done % 50 == 0 or done == total):
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    counts = build_demo(seed=args.seed, persons=args.persons,
                        applications=args.applications, progress=progress)
    counts["seconds"] = round(time.perf_counter() - t0, 2)
    if args.json:
        print(json.dumps(counts))
    else:
        print(f"\nДемо кеңсе дайын / демо-офис готов: {counts}")
    return 0

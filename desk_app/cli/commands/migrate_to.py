"""`migrate-to URL --db FILE`: move an office from its SQLite file to PostgreSQL."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desk_app.cli.main import Subparsers, command


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "migrate-to",
        help="SQLite кеңсесін бос PostgreSQL-ге көшіру / перенести офис SQLite в пустую PostgreSQL",
        description="copy a SQLite office into an empty PostgreSQL database",
        run=run,
    )
    p.add_argument("url", help="postgresql://user:password@host/dbname (created, empty)")
    p.add_argument(
        "--user",
        default="admin",
        help="admin login of the SQLite office; the PIN is "
        "asked on the terminal or read as one line of stdin",
    )


def run(args: argparse.Namespace) -> int:
    from desk_app.cli.signin import sign_in
    from desk_app.core.db import close_db, init_db
    from desk_app.core.paths import default_db_path
    from desk_app.core.safety.move import migrate_to

    source = args.db or default_db_path()
    if Path(source).expanduser().is_file():  # a missing one is refused by migrate_to
        init_db(source, migrate=False)
        try:  # the audit row travels with the copy: the new office knows who moved it
            sign_in(args.user, ("admin",), what="migrate_to", details={"to": _no_password(args.url)})
        finally:
            close_db()
    counts = migrate_to(source, args.url)
    print(
        json.dumps(counts)
        if args.json
        else "Көшірілді / перенесено: " + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 0


def _no_password(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"

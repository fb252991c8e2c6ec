"""`migrate-to URL --db FILE`: move an office from its SQLite file to PostgreSQL."""

from __future__ import annotations

import json

from desk_app.cli.main import add_common


def register(sub) -> None:
    p = sub.add_parser("migrate-to", help="SQLite кеңсесін бос PostgreSQL-ге көшіру / "
                                          "перенести офис SQLite в пустую PostgreSQL",
                       description="copy a SQLite office into an empty PostgreSQL database")
    p.add_argument("url", help="postgresql://user:password@host/dbname (created, empty)")
    add_common(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from desk_app.core.move import migrate_to
    from desk_app.core.paths import default_db_path

    counts = migrate_to(args.db or default_db_path(), args.url)
    print(json.dumps(counts) if args.json else
          "Көшірілді / перенесено: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0

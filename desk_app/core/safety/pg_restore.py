"""Restoring a PostgreSQL office database from a `pg_dump` file.

The dump is restored into a scratch database first and checked there (our tables and
migrations, the audit hash chain); only then is the current database renamed to
`<name>_replaced_YYYYMMDD_HHMMSS` (kept) and the scratch one renamed into its place.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .. import schema
from . import restore_checks
from .restore_checks import BackupError
from .restore_checks import refuse as _refuse


def _params(url: str) -> dict[str, str]:
    u = urlparse(url)
    out = {
        "host": u.hostname or "localhost",
        "port": str(u.port or 5432),
        "user": u.username or "",
        "password": u.password or "",
    }
    out["dbname"] = (u.path or "/").lstrip("/") or "postgres"
    return out


def _connect(p: dict[str, str], dbname: str) -> Any:  # a psycopg2 connection
    import psycopg2

    con = psycopg2.connect(
        host=p["host"], port=p["port"], user=p["user"] or None, password=p["password"] or None, dbname=dbname
    )
    con.autocommit = True
    return con


def _verify(con: Any, p: dict[str, str]) -> dict[str, int]:
    cur = con.cursor()
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    tables = {r[0] for r in cur.fetchall()}
    server = {k: v for k, v in p.items() if k != "dbname" and v}
    return restore_checks.verify(cur, tables, lambda v: schema.pg_differences(cur, server, v))


def restore_postgres(dump: Path, url: str, at: dt.datetime | None = None) -> dict[str, object]:
    exe = shutil.which("pg_restore")
    if exe is None:
        raise BackupError(
            "Қалпына келтіру үшін pg_restore бағдарламасы керек",
            "Для восстановления нужна программа pg_restore",
            "file",
        )
    if not dump.is_file():
        raise _refuse(f"файл жоқ: {dump}", f"нет файла: {dump}")
    with open(dump, "rb") as f:
        if f.read(5) != b"PGDMP":
            raise _refuse("бұл pg_dump файлы емес", "это не файл pg_dump")
    p = _params(url)
    at = (at or dt.datetime.now()).replace(microsecond=0)
    stamp = at.strftime("%Y%m%d_%H%M%S")
    name = p["dbname"]
    scratch = f"{name[:30]}_restore_{stamp}"
    admin = _connect(p, "postgres")
    cur = admin.cursor()
    try:
        cur.execute(f'CREATE DATABASE "{scratch}"')
        env = {**os.environ, "PGPASSWORD": p["password"]} if p["password"] else dict(os.environ)
        res = subprocess.run(
            [
                exe,
                "--no-owner",
                "--exit-on-error",
                "--host",
                p["host"],
                "--port",
                p["port"],
                *(["--username", p["user"]] if p["user"] else []),
                "--dbname",
                scratch,
                str(dump),
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        if res.returncode != 0:
            raise _refuse(
                f"pg_restore қатесі: {res.stderr.strip()[:300]}",
                f"ошибка pg_restore: {res.stderr.strip()[:300]}",
            )
        check = _connect(p, scratch)
        try:
            counts = _verify(check, p)
        finally:
            check.close()
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        kept = None
        if cur.fetchone():
            cur.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = %s", (name,))
            if cur.fetchone()[0]:
                raise _refuse(
                    "дерекқор ашық: алдымен барлық үстелдерді жабыңыз",
                    "база открыта: сначала закройте все рабочие места",
                )
            kept = f"{name[:30]}_replaced_{stamp}"
            cur.execute(f'ALTER DATABASE "{name}" RENAME TO "{kept}"')
        cur.execute(f'ALTER DATABASE "{scratch}" RENAME TO "{name}"')
        scratch = ""
    finally:
        if scratch:
            cur.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        admin.close()
    return {"restored": name, "from": str(dump), "kept": kept, "counts": counts}

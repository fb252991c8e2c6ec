"""`backup`, `restore` and `check`: keeping the office's data safe from the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from desk_app.cli.main import Subparsers, command

_USER_HELP = "admin login (default admin); the PIN is asked on the terminal or read as one line of stdin"
# name: (help, kk / ru; description)
_TEXTS = {
    "backup": (
        "дерекқор көшірмесі (соңғы 30 сақталады) / копия базы (хранятся 30 последних)",
        "copy the database into a folder (kept: newest 30)",
    ),
    "restore": (
        "дерекқорды тексерілген көшірмеден қалпына келтіру / восстановить базу из проверенной копии",
        "replace the database by a checked backup file",
    ),
    "check": (
        "тұтастық, аудит тізбегі, жұмыс ағыны / целостность, цепочка аудита, процессы",
        "integrity, audit chain and workflow invariants",
    ),
}


def register(sub: Subparsers) -> None:
    def add(name: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        help_, description = _TEXTS[name]
        return command(sub, name, help=help_, description=description, run=run)

    p = add("backup", run_backup)
    p.add_argument("--out", help="folder (default: the backup_dir setting or the data folder)")
    p.add_argument("--user", default="admin", help=_USER_HELP)
    p = add("restore", run_restore)
    p.add_argument("file")
    p.add_argument("--user", default="admin", help=_USER_HELP)
    p = add("check", run_check)
    p.add_argument(
        "--anchor",
        action="append",
        default=[],
        help="a monthly report (.xlsx), a backup file or an ID:HASH the chain must "
        "still pass through (repeatable); backups in the backup folder are "
        "checked too",
    )


def run_backup(args: argparse.Namespace) -> int:
    from desk_app.cli.signin import sign_in
    from desk_app.core.db import init_db
    from desk_app.core.safety.backup import make_backup

    init_db(args.db)
    sign_in(args.user, ("admin",), what="backup", details={"out": args.out})
    path = make_backup(args.out)
    from desk_app.core.anchor import read_anchor

    rid, head = read_anchor(str(path))
    mark = f"{rid}:{head}" if rid else None  # write it down: `check --anchor` takes it
    print(
        json.dumps({"backup": str(path), "bytes": path.stat().st_size, "anchor": mark})
        if args.json
        else f"Көшірме / копия: {path}" + (f"  (аудит / аудит {mark})" if mark else "")
    )
    return 0


def _sign_in_to_replace(target: str, login: str) -> str | None:
    """An admin of the database about to be replaced signs in; None when there is none
    (no file yet, or a broken one: whoever holds the backup holds its data anyway)."""
    from desk_app.cli.signin import sign_in
    from desk_app.core.db import close_db, init_db, is_postgres
    from desk_app.core.models import User

    if not is_postgres(target) and not Path(target).expanduser().is_file():
        return None
    try:
        db = init_db(target, migrate=False)
        has_users = db.table_exists(User._meta.table_name) and User.select().exists()
    except Exception:  # a broken file or an unreachable server: restore itself reports it
        close_db()
        return None
    try:
        return sign_in(login, ("admin",), audit_it=False).login if has_users else None
    finally:
        close_db()


def run_restore(args: argparse.Namespace) -> int:
    from desk_app.core import audit
    from desk_app.core.db import close_db, init_db, transaction
    from desk_app.core.paths import default_db_path
    from desk_app.core.safety.backup import preflight, restore

    target = args.db or str(default_db_path())
    preflight(args.file, target)  # refuse a bad file before anyone types a PIN or writes
    who = _sign_in_to_replace(target, args.user)
    out = restore(args.file, target)
    init_db(target, migrate=False)  # the restored office records who restored it
    try:
        with transaction():
            audit.record(
                who or "cli",
                "cli.restore",
                "database",
                "restore",
                None,
                {"from": Path(str(out["from"])).name},
            )
    finally:
        close_db()
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"Қалпына келтірілді / восстановлено: {out['restored']} ← {out['from']}")
        if out["kept"]:
            print(f"Бұрынғы дерекқор сақталды / прежняя база сохранена: {out['kept']}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from desk_app.core.db import init_db
    from desk_app.core.safety.check import run_check

    # Read-only, no migrations: check looks at a possibly suspect file and must not change it
    # (pending migrations are reported instead).
    init_db(args.db, readonly=True)
    report = run_check()
    from desk_app.core import anchor
    from desk_app.core.safety.backup import backup_folder, list_backups

    for source in args.anchor:
        report.audit += anchor.verify(anchor.read_anchor(source), source)
    backups = anchor.compare_backups(
        p for _, p in list_backups(backup_folder())
    )  # copies the forger may not have seen
    report.audit += backups.problems
    if args.json:
        out = report.to_dict()
        out["backups"] = {"compared": backups.checked, "notes": backups.notes}
        print(json.dumps(out, ensure_ascii=False))
    else:
        for note in backups.notes:
            print(f"[backups] {note}")
        for part in ("storage", "audit", "workflow"):
            for line in getattr(report, part):
                print(f"[{part}] {line}")
        print("OK" if report.ok else "ТЕКСЕРУ СӘТСІЗ / ПРОВЕРКА НЕ ПРОЙДЕНА", report.counts)
    return 0 if report.ok else 1

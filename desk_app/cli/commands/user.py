"""`user add|list|deactivate|reset-pin|roles`: user administration (acting as an admin)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desk_app.cli.main import Subparsers, add_common
from desk_app.cli.signin import read_pin, sign_in


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "user",
        help="пайдаланушыларды басқару (әкімші) / управление пользователями (админ)",
        description="manage users (needs an admin login and PIN)",
    )
    usub = p.add_subparsers(dest="user_command", required=True)
    for name, help_ in [
        ("add", "create a user"),
        ("list", "list users"),
        ("deactivate", "switch a user off"),
        ("reset-pin", "set a new PIN"),
        ("roles", "replace a user's roles"),
    ]:
        q = usub.add_parser(name, help=help_)
        add_common(q)
        q.add_argument(
            "--as",
            dest="admin",
            default="admin",
            help="admin login; the admin's PIN is asked on the terminal, or read "
            "as the first line of stdin (a new PIN: the second line)",
        )
        if name != "list":
            q.add_argument("login")
        if name == "add":
            q.add_argument("--surname", required=True)
            q.add_argument("--name", required=True)
            q.add_argument("--patronymic", default="")
        if name in ("add", "roles"):
            q.add_argument("--roles", required=True, help="comma-separated role codes")
        q.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk_app.core import users
    from desk_app.core.db import init_db

    init_db(args.db)
    cmd = args.user_command
    admin = sign_in(
        args.admin, ("admin",), what=f"user.{cmd}", details={"login": getattr(args, "login", None)}
    )
    if cmd == "list":
        rows: list[dict[str, Any]] = [
            {"login": u.login, "name": u.full_name, "roles": sorted(u.role_set), "active": bool(u.active)}
            for u in users.list_users()
        ]
        users.require_admin(admin)
        for r in rows:
            print(
                json.dumps(r, ensure_ascii=False)
                if args.json
                else f"{r['login']:20} {'+' if r['active'] else '-'} {','.join(r['roles']):30} {r['name']}"
            )
        return 0
    if cmd == "add":
        pin = read_pin(f"PIN ({args.login}): ")
        u = users.create(
            admin, args.login, args.surname, args.name, args.roles.split(","), pin, args.patronymic
        )
    elif cmd == "deactivate":
        u = users.deactivate(admin, args.login)
    elif cmd == "reset-pin":
        u = users.reset_pin(admin, args.login, read_pin(f"PIN ({args.login}): "))
    else:
        u = users.set_roles(admin, args.login, args.roles.split(","))
    out = {"login": u.login, "roles": sorted(u.role_set), "active": bool(u.active)}
    print(json.dumps(out, ensure_ascii=False) if args.json else f"OK: {out}")
    return 0

"""`backup`, `restore` and `check`: keeping the office's data safe from the command line."""

from __future__ import annotations

import json

from desk_app.cli.main import add_common


def register(sub) -> None:
    p = sub.add_parser("backup", help="дерекқор көшірмесі (соңғы 30 сақталады) / "
                                      "копия базы (хранятся 30 последних)",
                       description="copy the database into a folder (kept: newest 30)")
    add_common(p)
    p.add_argument("--out", help="folder (default: the backup_dir setting or the data folder)")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("restore", help="дерекқорды тексерілген көшірмеден қалпына келтіру / "
                                       "восстановить базу из проверенной копии",
                       description="replace the database by a checked backup file")
    p.add_argument("file")
    add_common(p)
    p.set_defaults(func=run_restore)

    p = sub.add_parser("check", help="тұтастық, аудит тізбегі, жұмыс ағыны / "
                                     "целостность, цепочка аудита, процессы",
                       description="integrity, audit chain and workflow invariants")
    add_common(p)
    p.set_defaults(func=run_check)


def run_backup(args) -> int:
    from desk_app.core.backup import make_backup
    from desk_app.core.db import init_db

    init_db(args.db)
    path = make_backup(args.out)
    print(json.dumps({"backup": str(path), "bytes": path.stat().st_size}) if args.json
          else f"Көшірме / копия: {path}")
    return 0


def run_restore(args) -> int:
    from desk_app.core.backup import restore
    from desk_app.core.paths import default_db_path

    out = restore(args.file, args.db or str(default_db_path()))
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"Қалпына келтірілді / восстановлено: {out['restored']} ← {out['from']}")
        if out["kept"]:
            print(f"Бұрынғы дерекқор сақталды / прежняя база сохранена: {out['kept']}")
    return 0


def run_check(args) -> int:
    from desk_app.core.check import run_check
    from desk_app.core.db import init_db

    init_db(args.db)
    report = run_check()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        for part in ("storage", "audit", "workflow"):
            for line in getattr(report, part):
                print(f"[{part}] {line}")
        print("OK" if report.ok else "ТЕКСЕРУ СӘТСІЗ / ПРОВЕРКА НЕ ПРОЙДЕНА", report.counts)
    return 0 if report.ok else 1

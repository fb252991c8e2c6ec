"""`export --month YYYY-MM --out FILE.xlsx`: the monthly report for the akimat."""

from __future__ import annotations

import argparse
import json
import sys

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "export",
        help="әкімдікке айлық Excel есебі / месячный отчёт Excel для акимата",
        description="the monthly Excel report for the akimat",
        run=run,
    )
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--out", required=True, help="the .xlsx file to write")
    p.add_argument("--lang", choices=["kk", "ru"], default="kk", help="language of the headers")
    p.add_argument(
        "--show-iin",
        action="store_true",
        help="full IINs (masked by default); needs --user of the head or admin",
    )
    p.add_argument(
        "--user",
        help="login (head or admin) for --show-iin; the PIN is asked on "
        "the terminal or read as one line of stdin",
    )


def run(args: argparse.Namespace) -> int:
    from desk_app.reports.monthly import export_month, parse_month

    year, month = parse_month(args.month)
    init_db(args.db)
    if args.show_iin:  # every citizen's full IIN in one file: only a signed-in head or admin
        from desk_app.cli.signin import sign_in
        from desk_app.core.errors import ValidationError

        if not args.user:
            raise ValidationError(
                "Толық ЖСН үшін --user (басшы немесе әкімші) керек",
                "Для полных ИИН нужен --user (руководитель или администратор)",
                "user",
            )
        sign_in(args.user, ("head", "admin"), what="export", details={"month": args.month, "show_iin": True})
    tty = not args.json and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    summary = export_month(year, month, args.out, lang=args.lang, show_iin=args.show_iin, progress=progress)
    if tty:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    tot = summary["total"]
    print(
        f"{summary['path']}: {summary['month']}, "
        f"қабылданды / принято {tot['received']}, оң нәтиже / положительно {tot['completed']}, "
        f"бас тарту / отказ {tot['refused']}, қайтарылды / возврат {tot['returned']}, "
        f"мерзімі бұзылды / просрочено {tot['overdue']}, "
        f"{summary['seconds']} s"
    )
    return 0

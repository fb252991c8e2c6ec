"""`print NUMBER --doc KIND`: a document of an application as PDF (and to a printer)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import BinaryIO

from desk_app.cli.main import Subparsers, command
from desk_app.core.db import init_db

KINDS = ("talon", "receipt", "notification", "decision", "refusal", "return", "register", "label")


def register(sub: Subparsers) -> None:
    p = command(
        sub,
        "print",
        help="өтініш құжаты: PDF және/немесе принтер / документ заявления: PDF и/или принтер",
        description="a document of an application: PDF file and/or a printer",
        run=run,
    )
    p.add_argument("number", help="application number, e.g. 2026-000012")
    p.add_argument("--doc", required=True, choices=KINDS, help="document kind")
    p.add_argument("--lang", choices=["kk", "ru"], default="kk", help="language (default kk)")
    p.add_argument("--out", help="write the PDF to this file")
    p.add_argument("--printer", help="send the PDF to this printer (CUPS queue name)")
    p.add_argument(
        "--user",
        required=True,
        help="login of the employee printing (recorded in the registry); the PIN "
        "is asked on the terminal or read as one line of stdin",
    )
    p.add_argument(
        "--new", action="store_true", help="a new copy under a new journal number instead of the stored one"
    )


def run(args: argparse.Namespace) -> int:
    from desk_app.cli.signin import sign_in
    from desk_app.core.db import transaction
    from desk_app.documents.printer import print_pdf
    from desk_app.documents.service import print_document, record_sent

    init_db(args.db)
    # The registry records who printed: that must be the person at the keyboard.
    by = sign_in(args.user, audit_it=False)
    # The output file is opened before a journal number is taken, and written inside the
    # same transaction: a bad path or a full disk leaves no number, no stored copy, no file.
    tmp = _open_beside(Path(args.out)) if args.out else None
    try:
        with transaction():
            rec, pdf = print_document(args.number, args.doc, args.lang, by, new=args.new)
            if tmp is not None:
                tmp[1].write(pdf)
                tmp[1].flush()
                os.fsync(tmp[1].fileno())
                tmp[1].close()
        if tmp is not None:
            os.replace(tmp[0], args.out)
    finally:
        if tmp is not None:
            tmp[1].close()
            tmp[0].unlink(missing_ok=True)
    job = None
    if args.printer:
        job = print_pdf(pdf, args.printer, title=f"{rec.kind}-{rec.journal_no.replace('/', '-')}")
        record_sent(rec, by, args.printer, job)
    info = {
        "journal_no": rec.journal_no,
        "kind": rec.kind,
        "lang": rec.lang,
        "application": args.number.strip().upper(),
        "pages": rec.pages,
        "sha256": rec.sha256,
        "bytes": len(pdf),
        "printed_at": rec.printed_at.isoformat(),
        "user": rec.user,
        "out": args.out,
        "printer": args.printer,
        "job": job,
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        print(
            f"{rec.journal_no}  {rec.kind} ({rec.lang})  {info['application']}  "
            f"{rec.pages} p.  sha256 {rec.sha256[:16]}…"
            + (f"  → {args.out}" if args.out else "")
            + (f"  → {args.printer} ({job})" if job else "")
        )
    return 0


def _open_beside(out: Path) -> tuple[Path, BinaryIO]:
    """A temporary file in the target's folder (same file system: the rename is atomic)."""
    from desk_app.core.errors import ValidationError

    folder = out.expanduser().absolute().parent
    if out.is_dir() or not folder.is_dir():
        raise ValidationError(
            f"Файлды жазуға болмайды: {out} (қалта жоқ немесе бұл қалта)",
            f"Нельзя записать файл: {out} (нет папки или это папка)",
            "out",
        )
    tmp = folder / f".{out.name}.{os.getpid()}.partial"
    try:
        return tmp, open(tmp, "wb")  # noqa: SIM115 - closed by the caller
    except OSError as e:  # a read-only folder, a full disk: said of --out, not of the database
        from desk_app.core.failures import EnvironmentFailure, explain

        plain = explain(e)
        if plain is None:
            raise
        raise EnvironmentFailure(plain.kk, plain.ru, "out") from None

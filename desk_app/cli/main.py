"""`main.py` subcommands: the same domain as the GUI, without a display.

Each module in `desk_app.cli.commands` exposes `register(subparsers)` and sets
`func(args) -> int` on its parser; plain `main.py` (or only `--db`) opens the GUI.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeAlias

from desk_app import __version__
from desk_app.core.errors import KenseError

from . import commands

# What `add_subparsers()` returns, handed to each command's `register`.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# Commands that may create the database they are given (everything else refuses a missing one).
CREATES_DB = {"demo"}


def prog_name(argv0: str | None = None) -> str:
    """The name the user typed: `kense`, `kense-cli.exe`, `main.py`, or `python -m desk_app`."""
    name = Path(argv0 if argv0 is not None else (sys.argv[0] if sys.argv else "")).name
    if name in ("__main__.py", "-m", ""):
        return "python -m desk_app"
    return name


def utf8_streams() -> None:
    """UTF-8 stdout/stderr whatever the console code page.

    Redirected output on Windows uses the ANSI code page (cp1252, cp1251), which cannot hold
    ә, қ, ң …: `kense-cli demo > out.txt` or a scheduled task would die on its first Kazakh letter.
    """
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if stream is not None and hasattr(stream, "reconfigure") and enc != "utf8":
            try:
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")
            except (ValueError, OSError):  # already written to in an incompatible way
                pass


def _gui_parser(add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog_name(),
        add_help=add_help,
        description="Кеңсе — мемлекеттік қызметтер / государственные услуги",
    )
    parser.add_argument("--version", action="version", version=f"kense {__version__}")
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (GUI)")
    parser.add_argument(
        "--smoke", action="store_true", help="start the GUI, print start-up milliseconds, exit"
    )
    parser.add_argument("--lang", choices=["kk", "ru"], help="GUI language")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _gui_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"{commands.__name__}.{info.name}")
        mod.register(sub)
    return parser


def command(
    sub: Subparsers,
    name: str,
    help: str,  # noqa: A002 - argparse's own word
    description: str,
    run: Callable[[argparse.Namespace], int],
    json_flag: bool = True,
) -> argparse.ArgumentParser:
    """A subcommand with the options every command takes (`--db`, `--json`) and its runner."""
    p = sub.add_parser(name, help=help, description=description)
    add_common(p, json_flag)
    p.set_defaults(func=run)
    return p


def add_common(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    # SUPPRESS: a --db given before the subcommand is not overwritten by this default
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="SQLite файлы немесе postgresql:// / файл SQLite или postgresql:// "
        "(default: $KENSE_DB, the machine-wide kense.ini, else the per-user file)",
    )
    if json_flag:
        p.add_argument("--json", action="store_true", help="JSON шығару / вывод JSON")


def _report(e: KenseError, args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        print(json.dumps(e.to_dict(), ensure_ascii=False))
    else:
        print(f"Қате: {e.message('kk')}\nОшибка: {e.message('ru')}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    from desk_app.logs import setup_logging

    if argv is None:  # the real program (not a test calling main): crash reports for the CLI too
        from desk_app.crash import install_cli_hook

        install_cli_hook()
        utf8_streams()
    from desk_app.core.paths import secure_process

    secure_process()  # before the first file: logs, database, backups are 0600 in 0700 folders
    setup_logging()
    from desk_app.core.safety.cleanup import clean_at_start

    clean_at_start()  # leftovers of a backup or export killed last time
    argv = list(sys.argv[1:] if argv is None else argv)
    # Opening the desk needs none of the subcommands: skip importing them (start-up time).
    gui_args, rest = _gui_parser(add_help=False).parse_known_args(argv)
    args = build_parser().parse_args(argv) if rest or "-h" in argv or "--help" in argv else gui_args
    from desk_app.core.locate import resolve_db

    try:
        if getattr(args, "command", None) is None:
            # The desk's first run may create the office: only the URL scheme is checked.
            args.db = resolve_db(args.db, must_exist=False)
            from desk_app.ui.app import run_gui

            return run_gui(args)
        args.db = resolve_db(getattr(args, "db", None), must_exist=args.command not in CREATES_DB)
        return int(args.func(args) or 0)
    except KenseError as e:
        return _report(e, args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a full disk, a read-only folder, a server away: say so plainly
        from desk_app.core.failures import explain

        plain = explain(exc)
        if plain is None:
            raise
        import logging

        logging.getLogger("kense").warning("%s failed: %s", args.command, type(plain).__name__)
        return _report(plain, args)
    except BrokenPipeError:  # `main.py status | head`
        sys.stderr.close()
        return 0

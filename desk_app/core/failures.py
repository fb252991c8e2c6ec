"""Failures the office can understand and act on, told plainly instead of as a traceback.

A full disk, a read-only file or folder, a database another desk holds locked, a server
that does not answer, a wrong database password, an unknown URL scheme: each becomes one
`KenseError` with a Kazakh and a Russian message. Anything else is a bug and is left to the
crash report. The real cause is looked for along the exception chain, because SQLite rolls
back by itself on a full disk and the rollback that follows then fails with "cannot rollback
- no transaction is active", which hides it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator

from .errors import KenseError


class EnvironmentFailure(KenseError):
    """The PC, the disk or the server refused: nothing was written half-way."""


DISK_FULL = (
    "Дискіде орын жоқ: ештеңе сақталмады, орын босатып қайталаңыз",
    "Нет места на диске: ничего не сохранено, освободите место и повторите",
)
READ_ONLY = (
    "Файлға немесе қалтаға жазуға рұқсат жоқ (тек оқу үшін): ештеңе сақталмады",
    "Нет права записи в файл или папку (только чтение): ничего не сохранено",
)
LOCKED = (
    "Дерекқорды басқа үстел бұғаттап тұр: біраздан соң қайталаңыз",
    "База занята другим рабочим местом: повторите чуть позже",
)
UNREACHABLE = (
    "Дерекқор серверіне қосылу мүмкін емес: желіні және сервер мекенжайын тексеріңіз",
    "Нет связи с сервером базы данных: проверьте сеть и адрес сервера",
)
BAD_PASSWORD = (
    "Дерекқор серверінің құпиясөзі немесе пайдаланушысы қате",
    "Неверный пароль или пользователь сервера базы данных",
)
NO_FILE = (
    "Дерекқор файлын ашу мүмкін емес: жол мен рұқсаттарды тексеріңіз",
    "Не удаётся открыть файл базы: проверьте путь и права",
)


def unknown_scheme(url: str) -> EnvironmentFailure:
    scheme = url.split("://", 1)[0][:20]
    return EnvironmentFailure(
        f"Дерекқор мекенжайының түрі белгісіз: «{scheme}://» (файл жолы немесе postgresql://)",
        f"Неизвестный тип адреса базы: «{scheme}://» (путь к файлу или postgresql://)",
        "db",
    )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        stack += [e.__cause__, e.__context__, getattr(e, "orig", None)]  # type: ignore[list-item]
        stack += [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]


def _classify(e: BaseException) -> tuple[str, str] | None:
    text = str(e).lower()
    if isinstance(e, OSError) and not isinstance(e, (sqlite3.Error,)):
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
    if "database or disk is full" in text or "disk i/o error" in text and "full" in text:
        return DISK_FULL
    if "readonly database" in text or "read-only" in text and "database" in text:
        return READ_ONLY
    if "database is locked" in text or "database table is locked" in text:
        return LOCKED
    if (
        "password authentication failed" in text
        or "no password supplied" in text
        or ("role" in text and "does not exist" in text)
    ):
        return BAD_PASSWORD
    if (
        "could not connect" in text
        or "connection refused" in text
        or "could not translate host name" in text
        or "server closed the connection" in text
        or "connection to server" in text
        or "timeout expired" in text
    ):
        return UNREACHABLE
    if "unable to open database file" in text:
        return NO_FILE
    return None


def _folder_refuses_writes() -> bool:
    """Whether the open SQLite file's folder refuses a new file: SQLite then cannot create its
    `-wal`/`-shm` and only says "unable to open database file". A real probe, as permission
    bits say nothing for an administrator, a read-only share or an immutable folder."""
    import tempfile
    from pathlib import Path

    from .models import database

    name = getattr(database.obj, "database", None)
    if not isinstance(name, str) or "://" in name or not Path(name).is_file():
        return False
    try:
        fd, probe = tempfile.mkstemp(prefix=".kense-probe-", dir=Path(name).parent)
    except OSError as e:
        return e.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    os.close(fd)
    os.unlink(probe)
    return False


def explain(exc: BaseException) -> KenseError | None:
    """The plain two-language error for an environment failure anywhere in the chain, or None
    (a bug: let it reach the crash report)."""
    found = None
    for e in _chain(exc):
        if isinstance(e, KenseError):
            return e
        kind = _classify(e)
        if kind is DISK_FULL:  # the root cause wins over the failed rollback it caused
            return EnvironmentFailure(*DISK_FULL, "db")
        found = found or kind
    if found is NO_FILE and _folder_refuses_writes():
        found = READ_ONLY
    return EnvironmentFailure(*found, "db") if found else None

"""Sign-in for commands that act as a user or hand out personal data in bulk.

The PIN is never an argument (a command line lands in shell history, `ps` and logs): it
is asked on the terminal, or read as one line of stdin when stdin is not a terminal, as
the scan station does. Each signed-in command leaves an audit row naming who ran it.
"""

from __future__ import annotations

import getpass
import sys
from typing import Any

from desk_app.core.errors import PermissionDenied
from desk_app.core.models import User


def read_pin(prompt: str = "PIN: ") -> str:
    """One PIN: from the terminal without echo, else one line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return (sys.stdin.readline() if sys.stdin else "").strip()


def sign_in(
    login: str,
    roles: tuple[str, ...] = (),
    what: str = "",
    details: dict[str, Any] | None = None,
    audit_it: bool = True,
) -> User:
    """The user `login`, after the right PIN, holding one of `roles` (any role when empty).

    `what` names the command in the audit row (`cli.backup`, …); `details` holds only
    non-secret options.
    """
    from desk_app.core import audit
    from desk_app.core.auth import authenticate
    from desk_app.core.db import transaction

    user = authenticate(login, read_pin(f"PIN ({login}): "))
    if roles and not any(user.has_role(r) for r in roles):
        raise PermissionDenied(
            f"«{user.login}» бұл команданы орындай алмайды",
            f"«{user.login}» не может выполнить эту команду",
            "user",
        )
    if audit_it and what:
        with transaction():
            audit.record(user.login, f"cli.{what}", "user", user.id, None, details or {})
    return user

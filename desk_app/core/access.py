"""Who may see what at the desk (no Qt): tabs per role, the head's read-only view of the
others, settings for the admin, the status look-up for a signed-in user only.

The desk asks these; it never decides by itself. A locked desk (nobody signed in) shows
nothing of the office's data: no tab, no look-up, no settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from . import settings
from .models import User

HEAD_SEES_ALL = "head_sees_all_tabs"  # office setting: "1" lets the head read the other tabs

Access = Literal["act", "read"]


def head_sees_all() -> bool:
    return settings.get(HEAD_SEES_ALL, "0") == "1"


def tab_access(
    user: User | None, roles_on_pc: Iterable[str], head_reads_all: bool | None = None
) -> dict[str, Access]:
    """The tabs of this PC `user` may open: "act" for their own roles, "read" for the
    others when the user is the head and the office allows it; a role not in the result
    is not shown at all."""
    if user is None or not user.active:
        return {}
    if head_reads_all is None:
        head_reads_all = head_sees_all()
    out: dict[str, Access] = {}
    for role in roles_on_pc:
        if user.has_role(role):
            out[role] = "act"
        elif head_reads_all and user.has_role("head"):
            out[role] = "read"
    return out


def may_edit_settings(user: User | None) -> bool:
    """Settings (office name, this PC's tabs, idle lock, scanner) are the admin's."""
    return user is not None and user.active and user.has_role("admin")


def may_look_up(user: User | None) -> bool:
    """The status look-up names a person and their case: only for someone signed in."""
    return user is not None and user.active


def sign_in_logins() -> list[str]:
    """The logins the sign-in box completes: every active user's."""
    return [u.login for u in User.select(User.login).where(User.active).order_by(User.login)]

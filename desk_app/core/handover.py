"""Handing an absent executor's open work over, one application at a time.

Each move is the engine's audited `reassign` (due times kept); a refused one does not stop
the rest. Kept apart from `absence.py`, which the engine itself reads (who is away, who
acts for the head): the batch sits above the engine, the absence rules below it.
"""

from __future__ import annotations

import datetime as dt

from . import workflow
from .errors import KenseError
from .models import User


def reassign_all(
    moves: list[tuple[str, User]], by: User, at: dt.datetime | None = None
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Hand each (number, new executor) over with the engine's audited `reassign`; go on past a
    refused one. Returns (numbers moved, [(number, kk, ru) refused])."""
    done: list[str] = []
    refused: list[tuple[str, str, str]] = []
    for number, executor in moves:
        try:
            workflow.reassign(workflow.get_application(number), by, executor, at)
            done.append(number)
        except KenseError as e:
            refused.append((number, e.kk, e.ru))
    return done, refused

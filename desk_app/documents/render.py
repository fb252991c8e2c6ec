"""Turn a document's data (see `data.gather`) into PDF bytes. Pure: no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable

from . import dispatch_register, label, receipt, results, talon
from .layout import Header, build_pdf
from .texts import kind_title

BUILDERS: dict[str, Callable[[dict[str, Any]], list[Flowable]]] = {
    "talon": talon.story,
    "receipt": receipt.story,
    "notification": results.notification,
    "decision": results.decision,
    "refusal": results.refusal,
    "return": results.return_notice,
    "register": dispatch_register.story,
}


def render(
    data: dict[str, Any], journal_no: str, printed_at: dt.datetime, anchor: str | None = None
) -> tuple[bytes, int]:
    """The PDF and its page count; `anchor` (the audit chain's head) goes in its footer."""
    kind, lang = data["kind"], data["lang"]
    if kind == "label":  # its own small page, no outgoing-journal header
        return label.render(data)
    head = Header(
        office=data["office"],
        journal_no=journal_no,
        printed=printed_at.strftime("%d.%m.%Y"),
        kind_title=kind_title(kind, lang),
        lang=lang,
        barcode_value=data.get("number"),
        anchor=anchor,
    )  # none on a register
    title = f"{kind_title(kind, lang)} {data.get('number') or data.get('day')}"
    return build_pdf(BUILDERS[kind](data), head, title)

"""Errors the office sees: every one carries a Kazakh and a Russian message and names the field."""

from __future__ import annotations


class KenseError(Exception):
    """A refusal to do something, explained to the clerk in both languages."""

    def __init__(self, kk: str, ru: str, field: str | None = None) -> None:
        self.kk = kk
        self.ru = ru
        self.field = field
        super().__init__(f"{kk} / {ru}" if field is None else f"{field}: {kk} / {ru}")

    def message(self, lang: str = "kk") -> str:
        text = self.ru if lang == "ru" else self.kk
        return f"{self.field}: {text}" if self.field else text

    def to_dict(self) -> dict[str, str | None]:
        return {"error": type(self).__name__, "field": self.field, "kk": self.kk, "ru": self.ru}


class ValidationError(KenseError):
    """Bad input in a named field."""


class PermissionDenied(KenseError):
    """The acting user does not hold the role the step needs."""


class TransitionError(KenseError):
    """The application's state does not allow this action."""


class ConcurrencyError(KenseError):
    """Another desk changed the application first."""


class NotFound(KenseError):
    """No such application, person or user."""

"""Кеңсе — the state-services desk of a district social-protection office."""

__version__ = "0.1.0"

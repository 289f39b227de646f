"""Counting words and writing dates the Dutch way, shared by the checks, the window and documents."""

from __future__ import annotations

import re
from datetime import date, datetime

WORD = re.compile(r"\w+(?:[-'’]\w+)*")

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def date_nl(value: date | datetime | None) -> str:
    """'3 maart 2027'; a moment is shown as the local calendar day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"


def datetime_nl(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{date_nl(local)}, {local:%H.%M} uur"


def iso_date(value: date | None) -> str | None:
    """A date as stored and exchanged ("2027-03-01"), or None."""
    return value.isoformat() if value else None

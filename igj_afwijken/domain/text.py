"""Counting words and writing dates in words, shared by the checks, the window and documents."""

from __future__ import annotations

import re
from datetime import date, datetime

from igj_afwijken import i18n

WORD = re.compile(r"\w+(?:[-'’]\w+)*")

MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def long_date(value: date | datetime | None) -> str:
    """'3 maart 2027' (or '3 March 2027'); a moment is shown as the local calendar day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return f"{value.day} {MONTHS[i18n.language()][value.month - 1]} {value.year}"


def long_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    if i18n.language() == "en":
        return f"{long_date(local)}, {local:%H:%M}"
    return f"{long_date(local)}, {local:%H.%M} uur"


def iso_date(value: date | None) -> str | None:
    """A date as stored and exchanged ("2027-03-01"), or None."""
    return value.isoformat() if value else None

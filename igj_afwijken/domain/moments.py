"""The dates and moments the program accepts: only ones it can show, sort and print everywhere."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from igj_afwijken import i18n

# Years of four digits, so stored moments sort as text, and a century short of the end of the
# calendar, so every sum the program makes (an end date fifty years on, a reply date, a local
# clock time) stays inside it. A year mistyped earlier (2300, 1026) still shows, to be mended.
EARLIEST = date(1000, 1, 1)
LATEST = date(9899, 12, 31)
_FIRST_YEAR, _LAST_YEAR = f"{EARLIEST.year:04d}", f"{LATEST.year:04d}"


def checked_date(value: date) -> date:
    """The date itself; ValueError with a reason for the user when it lies outside the range."""
    if not EARLIEST <= value <= LATEST:
        raise ValueError(
            i18n.translate(
                "moments", "de datum {date} ligt niet tussen het jaar {first} en {last}"
            ).format(date=value.isoformat(), first=EARLIEST.year, last=LATEST.year)
        )
    return value


def parse_date(text: object) -> date:
    """A date from its ISO text ("2027-03-01"); ValueError with a reason for the user."""
    if type(text) is str and len(text) == 10 and _FIRST_YEAR <= text[:4] <= _LAST_YEAR:
        try:  # as the program stores a date: read without further checks (the register's 10,000)
            return date.fromisoformat(text)
        except ValueError:
            pass
    try:
        value = date.fromisoformat(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(
            i18n.translate("moments", "'{text}' is geen geldige datum").format(text=text)
        ) from None
    return checked_date(value)


def checked_moment(value: datetime) -> datetime:
    """The moment in UTC, so that stored moments sort as text and show in any time zone;
    ValueError with a reason for the user when it has no time zone or lies outside the range."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            i18n.translate("moments", "het tijdstip {moment} mist een tijdzone").format(
                moment=value.isoformat()
            )
        )
    try:
        in_utc = value.astimezone(UTC)
    except OverflowError:
        in_utc = None
    if in_utc is None or not EARLIEST <= in_utc.date() <= LATEST:
        raise ValueError(
            i18n.translate(
                "moments", "het tijdstip {moment} ligt niet tussen het jaar {first} en {last}"
            ).format(moment=value.isoformat(), first=EARLIEST.year, last=LATEST.year)
        )
    return in_utc


def parse_moment(text: object) -> datetime:
    """A moment from its ISO text with a time zone, in UTC; ValueError with a reason."""
    if (
        type(text) is str
        and len(text) == 25
        and text.endswith("+00:00")
        and _FIRST_YEAR <= text[:4] <= _LAST_YEAR
    ):
        try:  # as the program stores a moment: to the second, in UTC
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    try:
        value = datetime.fromisoformat(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(
            i18n.translate("moments", "'{text}' is geen geldig tijdstip").format(text=text)
        ) from None
    return checked_moment(value)


# --- Dates as people type them -----------------------------------------------------------------

# Month names and their usual short forms in Dutch and English, written without accents or dots.
_MONTH_WORDS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "febr": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
# "1 maart 2027", "1e maart 2027", "1st March 2027", "01-mrt-2027".
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})\s*(?:e|ste|de|st|nd|rd|th)?(?:\s+|\s*-\s*)([a-z]+)\.?,?(?:\s+|\s*-\s*)(\d{2}|\d{4})"
)
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})")


def read_typed_date(text: str) -> date | None:
    """A date as Dutch and English users type it: "1-1-2027", "01/01/2027", "2027-01-01",
    "2027/01/01", "1 januari 2027", "1 jan 2027", "01-jan-2027", "1 January 2027",
    "1st January 2027", "January 1, 2027"; a weekday in front is allowed, a year of two digits
    means this century. None for an empty text; ValueError with a
    reason for the user for anything else."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    folded = _without_weekday(cleaned.casefold())
    parts = _date_parts(folded)
    if parts is None:
        raise ValueError(
            i18n.translate(
                "moments",
                "‘{text}’ is niet te lezen als datum. Typ bijvoorbeeld 1-3-2027 of 1 maart 2027.",
            ).format(text=cleaned)
        )
    year, month, day, year_digits = parts
    if year_digits == 2:  # "1-1-27"; a year written with four digits stays as written
        year += 2000
    try:
        value = date(year, month, day)
    except ValueError:
        raise ValueError(
            i18n.translate("moments", "‘{text}’ bestaat niet als datum.").format(text=cleaned)
        ) from None
    return checked_date(value)


_WEEKDAYS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "ma", "di", "wo", "do", "vr", "za", "zo", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
)  # fmt: skip


def _without_weekday(text: str) -> str:
    first, _, rest = text.partition(" ")
    if rest and first.rstrip(".,") in _WEEKDAYS:
        return rest
    return text


def _date_parts(text: str) -> tuple[int, int, int, int] | None:
    """Year, month, day and the number of digits the year was written with."""
    if found := _ISO.fullmatch(text):
        return int(found[1]), int(found[2]), int(found[3]), 4
    if found := _NUMERIC.fullmatch(text):
        return int(found[3]), int(found[2]), int(found[1]), len(found[3])
    if (found := _DAY_MONTH_YEAR.fullmatch(text)) and found[2] in _MONTH_WORDS:
        return int(found[3]), _MONTH_WORDS[found[2]], int(found[1]), len(found[3])
    if (found := _MONTH_DAY_YEAR.fullmatch(text)) and found[1] in _MONTH_WORDS:
        return int(found[3]), _MONTH_WORDS[found[1]], int(found[2]), len(found[3])
    return None

"""The dates and moments the program accepts: only ones it can show, sort and print everywhere."""

from __future__ import annotations

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

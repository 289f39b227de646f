"""Tests for the range of dates and moments the program accepts."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igj_afwijken import i18n
from igj_afwijken.domain.moments import (
    EARLIEST,
    LATEST,
    checked_date,
    parse_date,
    parse_moment,
)
from igj_afwijken.domain.text import long_date, long_datetime

# Every offset ISO 8601 and Python allow, the whole calendar Python knows.
offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
any_moment = st.datetimes(timezones=offsets)


def _shown_in_every_language(moment: datetime) -> None:
    for language in i18n.LANGUAGES:
        i18n.use_language(language)
        assert long_datetime(moment) and long_date(moment)
        assert moment.astimezone().strftime("%Y-%m-%d %H:%M")


@given(any_moment)
def test_a_moment_is_refused_or_one_that_can_be_shown_sorted_and_printed(moment):
    try:
        accepted = parse_moment(moment.isoformat())
    except ValueError as error:
        assert str(error)
        return
    assert accepted == moment and accepted.tzinfo is UTC
    assert EARLIEST <= accepted.date() <= LATEST
    _shown_in_every_language(accepted)
    assert parse_moment(accepted.isoformat()) == accepted


@given(any_moment, any_moment)
def test_accepted_moments_sort_as_their_stored_text(first, second):
    try:
        a, b = parse_moment(first.isoformat()), parse_moment(second.isoformat())
    except ValueError:
        return
    assert (a < b) == (a.isoformat() < b.isoformat())


@pytest.mark.parametrize(
    "text", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", "2026-01-01T10:00:00"]
)
def test_the_moments_that_bricked_the_store_are_refused(text):
    with pytest.raises(ValueError):
        parse_moment(text)


@given(st.dates())
def test_a_date_is_refused_or_one_the_program_can_compute_with(value):
    try:
        accepted = parse_date(value.isoformat())
    except ValueError as error:
        assert "1000" in str(error)
        return
    assert accepted == value
    assert accepted + timedelta(days=3660) and accepted - timedelta(days=3660)  # no overflow
    for language in i18n.LANGUAGES:
        i18n.use_language(language)
        assert long_date(accepted)


def test_the_edges_of_the_range_are_accepted_and_the_next_day_is_not():
    assert checked_date(EARLIEST) == EARLIEST and checked_date(LATEST) == LATEST
    for outside in (EARLIEST - timedelta(days=1), LATEST + timedelta(days=1), date(1, 1, 1)):
        with pytest.raises(ValueError):
            checked_date(outside)


@pytest.mark.parametrize("text", [None, 5, "", "morgen", "2026-02-30", b"2026-01-01"])
def test_what_is_no_date_says_so(text):
    with pytest.raises(ValueError):
        parse_date(text)


# --- Dates as people type them -------------------------------------------------------------------

typed_dates = st.dates(min_value=EARLIEST, max_value=LATEST)


def _typed_forms(day: date) -> list[str]:
    from igj_afwijken.domain.text import MONTHS

    dutch, english = MONTHS["nl"][day.month - 1], MONTHS["en"][day.month - 1]
    return [
        f"{day.day}-{day.month}-{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        day.isoformat(),
        f"{day.day} {dutch} {day.year}",
        f"{day.day} {dutch[:3]} {day.year}",
        f"{day.day} {dutch[:3]}. {day.year}",
        f"{day.day} {english} {day.year}",
        f"{day.day} {english[:3]} {day.year}",
        f"{english} {day.day}, {day.year}",
        f"  {day.day}  {dutch.upper()}   {day.year} ",
        f"{['maandag', 'Tuesday'][day.day % 2]} {day.day} {dutch} {day.year}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.day}th {english} {day.year}",
        f"{day.day:02d}-{dutch[:3]}-{day.year}",
    ]


@given(typed_dates)
def test_every_usual_way_of_typing_a_date_reads_as_that_date(day):
    from igj_afwijken.domain.moments import read_typed_date

    for form in _typed_forms(day):
        assert read_typed_date(form) == day, form
    for language in i18n.LANGUAGES:
        i18n.use_language(language)
        assert read_typed_date(long_date(day)) == day


@given(st.integers(0, 99), st.integers(1, 12), st.integers(1, 28))
def test_a_year_of_two_digits_is_this_century(year, month, day):
    from igj_afwijken.domain.moments import read_typed_date

    assert read_typed_date(f"{day}-{month}-{year:02d}") == date(2000 + year, month, day)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_an_empty_typed_date_is_no_date(text):
    from igj_afwijken.domain.moments import read_typed_date

    assert read_typed_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "31-02-2027",
        "30 februari 2027",
        "1-13-2027",
        "morgen",
        "1 smarch 2027",
        "0999-01-01",
        "1-1-0099",  # a year of four digits stays as written: not 2099
    ],
)
def test_a_date_that_cannot_be_read_or_does_not_exist_is_refused_with_a_reason(text):
    from igj_afwijken.domain.moments import read_typed_date

    with pytest.raises(ValueError) as refused:
        read_typed_date(text)
    assert str(refused.value)


@given(st.text())
def test_any_typed_text_is_a_date_in_range_nothing_or_refused_with_a_reason(text):
    from igj_afwijken.domain.moments import read_typed_date

    try:
        value = read_typed_date(text)
    except ValueError as refused:
        assert str(refused.value if hasattr(refused, "value") else refused)
        return
    assert value is None or EARLIEST <= value <= LATEST

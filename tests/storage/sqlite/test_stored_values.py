"""Whatever a store file holds (another tool, an older release, a crafted file), the register,
the commands and the documents survive: an unreadable dossier is named as such, the rest works."""

import contextlib
import io
import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken.cli import EXIT_ERROR, EXIT_NOT_READY, EXIT_OK, run
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.readiness import LawGateError, assess
from igj_afwijken.formats import exchange
from igj_afwijken.rendering.templating import render_html
from igj_afwijken.storage.sqlite.connection import open_store
from igj_afwijken.storage.sqlite.repository import DossierRepository, UnreadableDossier
from tests.conftest import VOLUNTEER_EXAMPLE

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Where a value can be stored: (table, column) of the example dossier's rows.
PLACES = [
    ("dossiers", column)
    for column in (
        "title", "organisation", "location", "sector", "rule_kind", "start_date",
        "duration_months", "status", "topics", "next_evaluation", "advice_asked_on", "advice",
        "adopted_on", "ended_on", "end_reason", "created_at", "updated_at", "deleted_at",
        "readiness",
    )
] + [
    ("answers", "text"), ("answers", "updated_at"), ("answers", "question_id"),
    ("checklist_answers", "value"), ("checklist_answers", "updated_at"),
    ("dossier_rows", "data"), ("dossier_rows", "kind"),
    ("versions", "snapshot"), ("versions", "adopted_on"), ("versions", "number"),
    ("attachments", "content"), ("attachments", "added_at"), ("attachments", "name"),
]  # fmt: skip


pytestmark = pytest.mark.slow  # fuzzing every stored value in every column
_offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
stored_values = (
    st.none()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats()
    | st.text(max_size=30)
    | st.binary(max_size=30)
    | st.datetimes(timezones=_offsets).map(lambda moment: moment.isoformat())
    | st.dates().map(lambda day: day.isoformat())
    | st.sampled_from(
        [
            "{}",
            "[]",
            '{"description": 5}',
            "null",
            "{",
            '"x"',
            "wet",
            "beeindigd",
            "[" * 100_000 + "]" * 100_000,
        ]
    )  # fmt: skip
    | st.binary(min_size=1, max_size=10).map(lambda raw: ("not-utf-8", b"\xff" + raw))
)


def _store_with_two_dossiers(data_dir):
    example_dossier = exchange.read_file(VOLUNTEER_EXAMPLE)
    other = example_dossier.copy(id="andere-afwijking", title="Een andere afwijking")
    connection = open_store(data_dir)
    repository = DossierRepository(connection)
    repository.add(example_dossier)
    repository.add(other)
    return connection, repository, example_dossier, other


def _spoil(connection, table, column, dossier_id, value):
    key = "id" if table == "dossiers" else "dossier_id"
    if isinstance(value, tuple):  # bytes that SQLite is told are text: not UTF-8
        sql = f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE {key} = ?"
        value = value[1]
    else:
        sql = f"UPDATE {table} SET {column} = ? WHERE {key} = ?"
    try:
        connection.execute(sql, (value, dossier_id))
    except sqlite3.IntegrityError:  # NOT NULL or a key: SQLite itself keeps that out
        return False
    return True


@SETTINGS
@given(place=st.sampled_from(PLACES), value=stored_values)
def test_any_stored_value_leaves_the_register_and_the_other_dossiers_whole(
    tmp_path_factory, place, value
):
    catalogue = load_catalogue()
    data_dir = tmp_path_factory.mktemp("data")
    connection, repository, example_dossier, other = _store_with_two_dossiers(data_dir)
    _spoil(connection, *place, example_dossier.id, value)

    summaries = {s.id: s for s in repository.summaries() + repository.summaries(deleted=True)}
    assert summaries[other.id].title == other.title and not summaries[other.id].unreadable
    assert repository.get(other.id) == other
    readable, unreadable = repository.dossiers_at("")
    assert other in readable
    repository.due_rows(example_dossier.start_date or other.start_date)
    repository.locations()
    spoiled = summaries.get(example_dossier.id)
    assert spoiled is not None, "a stored dossier vanished from the register"
    try:
        dossier = repository.get(example_dossier.id)
    except UnreadableDossier as error:
        assert example_dossier.id in str(error) and "delete" in str(error)
        assert repository.title_of(example_dossier.id)
        assert spoiled.deleted_at or spoiled in unreadable
        return
    assert not spoiled.unreadable
    assess(dossier, catalogue)
    with contextlib.suppress(LawGateError):
        render_html(dossier, catalogue)
    connection.close()


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@settings(SETTINGS, max_examples=30)
@given(place=st.sampled_from(PLACES), value=stored_values)
def test_the_commands_survive_any_stored_value_and_can_always_remove_the_dossier(
    tmp_path_factory, place, value
):
    data_dir = tmp_path_factory.mktemp("data")
    connection, _, example_dossier, other = _store_with_two_dossiers(data_dir)
    _spoil(connection, *place, example_dossier.id, value)
    connection.close()
    folder = ["--data-dir", str(data_dir)]
    output = tmp_path_factory.mktemp("uit")

    code, out, err = cli(*folder, "list")
    assert code == EXIT_OK and other.id in out
    for command in (
        ("check", example_dossier.id),
        ("render", example_dossier.id, "-o", str(output / "d.html")),
        ("export", example_dossier.id, "-o", str(output / "d.json")),
        ("bundle", "-o", str(output / "b.pdf")),
    ):
        code, out, err = cli(*folder, *command)
        assert code in (EXIT_OK, EXIT_NOT_READY, EXIT_ERROR)
        assert err.count("\n") <= 1
    was_in_bin = place[1] == "deleted_at" and value is not None
    if not was_in_bin:
        assert cli(*folder, "delete", example_dossier.id)[0] == EXIT_OK
    code, out, err = cli(*folder, "purge", example_dossier.id)
    assert code == EXIT_OK, err
    code, out, _ = cli(*folder, "list")
    assert example_dossier.id not in out and other.id in out


_utc_moments = st.datetimes(
    min_value=datetime(1960, 1, 1), max_value=datetime(2045, 12, 31), timezones=st.just(UTC)
).map(lambda moment: moment.replace(microsecond=0).isoformat())
_shaped_like_a_moment = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}+00:00".format,
    st.integers(1969, 2039),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 61),
)


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/St_Johns", "UTC"])
@settings(SETTINGS, max_examples=100)
@given(
    changes=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "updated_at",
                    "next_evaluation",
                    "title",
                    "status",
                    "readiness",
                    "location",
                    "sector",
                    "changed_since_version",
                    "deleted_at",
                ]
            ),  # fmt: skip
            _utc_moments | _shaped_like_a_moment | stored_values,
        ),
        max_size=6,
    )
)
def test_the_list_command_reads_every_row_as_the_register_does(tmp_path_factory, zone, changes):
    """`list` lets SQLite write the local times of plain rows; it must agree with the
    register on every row, readable or not, and on every local time."""
    with _time_zone(zone):
        data_dir = tmp_path_factory.mktemp("data")
        connection, repository, example_dossier, other = _store_with_two_dossiers(data_dir)
        for number, (column, value) in enumerate(changes):
            dossier_id = example_dossier.id if number % 2 else other.id
            _spoil(connection, "dossiers", column, dossier_id, value)
        expected = [
            (
                s.id,
                "" if s.unreadable else s.status,
                "" if s.unreadable else s.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                s.title,
                s.unreadable,
            )
            for s in repository.summaries()
        ]
        assert [tuple(listed) for listed in repository.listing()] == expected
        connection.close()


@contextlib.contextmanager
def _time_zone(zone):
    """The process's local time zone (Python's and SQLite's) for a while, then the one before."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def _clock_changes(year):
    """The moments of `year`, to the quarter of an hour, at which the local clock moved."""
    moment = datetime(year, 1, 1, tzinfo=UTC)
    offset, changes = moment.astimezone().utcoffset(), []
    while moment.year == year:
        moment += timedelta(minutes=15)
        if moment.astimezone().utcoffset() != offset:
            offset = moment.astimezone().utcoffset()
            changes.append(moment)
    return changes


@pytest.mark.parametrize(
    "zone",
    [
        "Europe/Amsterdam",
        "America/St_Johns",
        "Asia/Kathmandu",
        "Australia/Lord_Howe",
        "UTC",
        "ABC-1DEF,M3.5.0/2:30,M10.5.0/3:30",  # whole hours off UTC, moved at half past one
    ],
)
@settings(SETTINGS, max_examples=40)
@given(data=st.data())
def test_list_writes_every_local_time_as_the_register_does(zone, data):
    """`list` works out a local time once for each hour: the times must be those of each moment
    on its own, also in the hours around a change of the clock and in zones half or three
    quarters of an hour off UTC (Lord Howe Island moves its clock by half an hour), and where a
    clock moves in the middle of an hour (a rule of the POSIX kind that TZ may hold)."""
    from igj_afwijken.storage.sqlite.repository import _LocalMinutes

    with _time_zone(zone):
        year = data.draw(st.sampled_from([1971, 2000, 2026, 2036]))
        around = data.draw(
            st.sampled_from(_clock_changes(year) or [datetime(year, 6, 1, tzinfo=UTC)])
        )
        seconds = data.draw(st.lists(st.integers(-3 * 3600, 3 * 3600), min_size=1, max_size=60))
        local_minute = _LocalMinutes()
        for second in sorted(seconds):
            moment = around + timedelta(seconds=second)
            stored = moment.isoformat()
            expected = moment.astimezone().strftime("%Y-%m-%d %H:%M")
            assert local_minute(stored, datetime.fromisoformat(stored)) == expected, stored

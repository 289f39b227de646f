"""Hostile and broken files given to import: never a traceback, only our own message; and
whatever import accepts goes out and comes back identically. IGJ_AFWIJKEN_FUZZ_EXAMPLES raises
the number of generated files for a long run (default 2,000 per test)."""

import json
import os
import re
import sys
from datetime import timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken import i18n
from igj_afwijken.domain.text import long_date, long_datetime
from igj_afwijken.formats import exchange
from igj_afwijken.formats.exchange import ExchangeError
from tests.conftest import EXAMPLES

FUZZ = int(os.environ.get("IGJ_AFWIJKEN_FUZZ_EXAMPLES", "2000"))
FUZZ_SETTINGS = settings(
    max_examples=FUZZ,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
EXAMPLE_DOCUMENTS = [json.loads(path.read_text("utf-8")) for path in EXAMPLES]

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.sampled_from(["", "2026-13-45", "1970-01-01T00:00:00+00:00", "concept", "richtlijn"])
)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=30,
)


def _read(data: bytes):
    """Import the bytes; a Dossier, or None when refused with our own message."""
    try:
        return exchange.loads(data)
    except ExchangeError as error:
        assert str(error) and "Traceback" not in str(error)
        return None


def _round_trips(dossier) -> None:
    text = exchange.dumps(dossier)
    again = exchange.loads(text.encode("utf-8"))
    assert again == dossier
    assert exchange.dumps(again) == text


@FUZZ_SETTINGS
@given(_json)
def test_any_json_is_refused_with_our_message_or_read(value):
    dossier = _read(json.dumps(value).encode("utf-8"))
    if dossier is not None:
        _round_trips(dossier)


@FUZZ_SETTINGS
@given(st.binary(max_size=400) | st.binary(max_size=400).map(lambda b: b"%PDF-1.6\n" + b))
def test_any_bytes_are_refused_with_our_message(tmp_path_factory, data):
    assert _read(data) is None or data.lstrip().startswith((b"{", b"\xef\xbb\xbf"))
    path = tmp_path_factory.mktemp("bestand") / "afwijking.pdf"
    path.write_bytes(data)
    with pytest.raises(ExchangeError):
        exchange.read_file(path)


def _paths(value, prefix=()):
    """Every place in a JSON document: (path, value) pairs, depth first."""
    yield prefix, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def _replaced(document, path, new):
    if not path:
        return new
    copy = document.copy() if isinstance(document, dict) else list(document)
    copy[path[0]] = _replaced(document[path[0]], path[1:], new)
    return copy


@FUZZ_SETTINGS
@given(st.data())
def test_a_valid_file_with_one_part_changed_is_refused_or_read_whole(data):
    document = data.draw(st.sampled_from(EXAMPLE_DOCUMENTS))
    places = list(_paths(document))
    path, old = data.draw(st.sampled_from(places))
    if isinstance(old, str) and data.draw(st.booleans()):
        new = data.draw(st.text(max_size=60))  # another text where a text was: often valid
    elif data.draw(st.booleans()) and isinstance(old, dict | list):
        new = type(old)()  # emptied
    else:
        new = data.draw(_json)
    dossier = _read(json.dumps(_replaced(document, path, new)).encode("utf-8"))
    if dossier is not None:
        _round_trips(dossier)


def test_deep_nesting_is_refused_before_it_can_hurt():
    for depth in (exchange.MAX_NESTING + 1, 1_000, sys.getrecursionlimit() * 10):
        assert _read(b"[" * depth + b"]" * depth) is None
        assert _read(b'{"a":' * depth + b"1" + b"}" * depth) is None


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "groot.json"
    with open(path, "wb") as handle:
        handle.truncate(exchange.MAX_FILE_BYTES + 1)  # sparse: no 40 MB written
    with pytest.raises(ExchangeError, match="te groot"):
        exchange.read_file(path)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.update(format="iets-anders"), "geen uitwisselbestand"),
        (lambda d: d.update(version=99), "nieuwere versie"),
        (lambda d: d["dossier"].update(onbekend="veld"), "klopt niet"),
        (lambda d: d.update(extra={"x": 1}), "klopt niet"),
    ],
)
def test_unknown_structure_is_refused_with_our_error(change, words):
    document = json.loads(json.dumps(EXAMPLE_DOCUMENTS[0]))
    change(document)
    with pytest.raises(ExchangeError, match=words):
        exchange.loads(json.dumps(document))


_offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
_moment_texts = st.datetimes(timezones=_offsets).map(lambda moment: moment.isoformat())
_date_texts = st.dates().map(lambda day: day.isoformat())


@settings(FUZZ_SETTINGS, max_examples=max(200, FUZZ // 10))
@given(st.data())
def test_every_date_and_moment_import_accepts_can_be_shown_sorted_and_printed(data):
    document = data.draw(st.sampled_from(EXAMPLE_DOCUMENTS))
    places = [
        (path, value)
        for path, value in _paths(document)
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value)
    ]
    path, old = data.draw(st.sampled_from(places))
    new = data.draw(_moment_texts if "T" in old else _date_texts)
    dossier = _read(json.dumps(_replaced(document, path, new)).encode("utf-8"))
    if dossier is None:
        return
    moments = [dossier.created_at, dossier.updated_at]
    moments += [a.updated_at for a in dossier.answers.values()]
    moments += [a.added_at for a in dossier.attachments]
    for language in i18n.LANGUAGES:
        i18n.use_language(language)
        for moment in moments:
            assert long_datetime(moment) and moment.astimezone().strftime("%Y-%m-%d %H:%M")
        for day in (dossier.start_date, dossier.next_evaluation, dossier.end_date):
            assert day is None or long_date(day)
    assert sorted(moments) == sorted(moments, key=lambda moment: moment.isoformat())
    _round_trips(dossier)


@FUZZ_SETTINGS
@given(st.data())
def test_a_key_that_repeats_anywhere_is_refused_and_named(data):
    """JSON lets the last of two equal keys win without a word; the program refuses the file."""
    document = data.draw(st.sampled_from(EXAMPLE_DOCUMENTS))
    objects = [
        (path, value) for path, value in _paths(document) if isinstance(value, dict) and value
    ]
    path, chosen = data.draw(st.sampled_from(objects))
    key = data.draw(st.sampled_from(sorted(chosen)))
    text = json.dumps(_replaced(document, path, {**chosen, "__herhaald__": True}))
    text = text.replace('"__herhaald__": true', f"{json.dumps(key)}: {json.dumps(chosen[key])}")
    with pytest.raises(ExchangeError, match="twee keer") as refused:
        exchange.loads(text.encode("utf-8"))
    assert key[:60] in str(refused.value)


@pytest.mark.parametrize(
    "text, words",
    [
        ('{"format": "igj-afwijken-dossier", "version": 3, "dossier": {"title": "\\ud800"}}',
         "ongeldig teken"),
        ('{"format": "igj-afwijken-dossier", "version": 3, "dossier": {"\\udfff": 1}}',
         "ongeldig teken"),
        ('{"format": "igj-afwijken-dossier", "version": 3, "dossier": {"duration_months": '
         + "9" * 4301 + "}}", "te lang"),
    ],
)  # fmt: skip
def test_what_cannot_be_stored_or_printed_is_refused_by_name(text, words):
    with pytest.raises(ExchangeError, match=words):
        exchange.loads(text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(
    st.data(),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]),
)
def test_a_lone_half_of_a_pair_written_out_in_the_file_is_refused_by_name(
    data, surrogate, encoding
):
    """Not only as a \\u escape: written out in the file's own encoding, as a program that does
    not check writes it (json's own decoding would let it through)."""
    document = data.draw(st.sampled_from(EXAMPLE_DOCUMENTS))
    texts = [(path, value) for path, value in _paths(document) if isinstance(value, str)]
    path, old = data.draw(st.sampled_from(texts))
    cut = data.draw(st.integers(0, len(old)))
    changed = _replaced(document, path, old[:cut] + surrogate + old[cut:])
    raw = json.dumps(changed, ensure_ascii=False).encode(encoding, "surrogatepass")
    with pytest.raises(ExchangeError, match="ongeldig teken"):
        exchange.loads(raw)


@pytest.mark.parametrize(
    "raw", [b'{"title": "caf\xe9"}', b'{"title": "\xed\xa0"}', b'{"title": "\xff\xfe\xfd"}']
)
def test_a_file_that_is_not_text_is_still_called_so(raw):
    with pytest.raises(ExchangeError, match="geen tekstbestand"):
        exchange.loads(raw)

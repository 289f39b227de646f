"""Tests for the exchange file: exact round trips and clear refusals of bad files."""

import json
from datetime import UTC, date, datetime

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken import paths
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.model import (
    ADVICE_KINDS,
    CHECKLIST_VALUES,
    PARTIES,
    RULE_KINDS,
    STATUSES,
    Answer,
    ChecklistAnswer,
    CouncilAdvice,
    Dossier,
    Involvement,
    Person,
    Risk,
    Rule,
)
from igj_afwijken.formats import exchange
from tests.conftest import ENGLISH_EXAMPLES, EXAMPLES, VOLUNTEER_EXAMPLE


def _schema():
    return json.loads((paths.resources_dir() / "schema" / "dossier.schema.json").read_text("utf-8"))


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(_schema())


@pytest.mark.parametrize(
    "path", EXAMPLES + ENGLISH_EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_example_matches_the_schema_and_reads(path):
    document = json.loads(path.read_text("utf-8"))
    jsonschema.Draft202012Validator(_schema()).validate(document)
    assert exchange.read_file(path).title


def test_export_import_export_is_identical(repository, tmp_path):
    first = tmp_path / "eerste.json"
    second = tmp_path / "tweede.json"
    original = exchange.read_file(VOLUNTEER_EXAMPLE)
    exchange.write_file(first, original)
    new_id = repository.add_imported(exchange.read_file(first))
    exchange.write_file(second, repository.get(new_id))
    assert second.read_bytes() == first.read_bytes()
    assert first.read_bytes() == VOLUNTEER_EXAMPLE.read_bytes()


_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
_line = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
_moment = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


@st.composite
def dossiers(draw):
    ids = draw(
        st.lists(st.sampled_from(["waarom.knelpunt", "werkwijze.keuze", "oud.vraag"]), unique=True)
    )
    items = draw(
        st.lists(st.sampled_from(["vrijwilligers.achterwacht", "mantelzorg.dossier"]), unique=True)
    )
    return Dossier(
        title=draw(_line),
        organisation=draw(_line),
        location=draw(_line),
        team=draw(_line),
        sector=draw(st.sampled_from(["", "ouderenzorg", "ggz"])),
        rule=Rule(draw(_line), draw(st.sampled_from(RULE_KINDS)), draw(_line), draw(_line)),
        start_date=draw(st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1))),
        duration_months=draw(st.none() | st.integers(1, 600)),
        responsible=Person(draw(_line), draw(_line)),
        answers={i: Answer(i, draw(_text), "2026.1", draw(_line), draw(_moment)) for i in ids},
        status=draw(st.sampled_from(STATUSES)),
        topics=tuple(draw(st.lists(st.sampled_from(["vrijwilligers", "mantelzorg"]), unique=True))),
        next_evaluation=draw(st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1))),
        checklist={
            i: ChecklistAnswer(
                i, draw(st.sampled_from(CHECKLIST_VALUES)), draw(_text), draw(_line), draw(_moment)
            )
            for i in items
        },
        risks=tuple(
            draw(
                st.lists(
                    st.builds(
                        Risk,
                        description=_line,
                        likelihood=st.integers(1, 5),
                        impact=st.integers(1, 5),
                        measures=_text,
                        owner=_line,
                        residual_likelihood=st.none() | st.integers(1, 5),
                        residual_impact=st.none() | st.integers(1, 5),
                    ),
                    max_size=3,
                )
            )
        ),
        involvements=tuple(
            draw(
                st.lists(
                    st.builds(
                        Involvement,
                        party=st.sampled_from(PARTIES),
                        how=_line,
                        on=st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1)),
                        outcome=_text,
                    ),
                    max_size=3,
                )
            )
        ),
        council_advice=CouncilAdvice(
            advice=draw(st.sampled_from(ADVICE_KINDS)), text=draw(_text), follow_up=draw(_text)
        ),
        evaluator=draw(_line),
        created_at=draw(_moment),
        updated_at=draw(_moment),
    )


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_any_dossier_survives_the_exchange_format(dossier):
    text = exchange.dumps(dossier)
    assert exchange.loads(text.encode("utf-8")) == dossier
    assert exchange.dumps(exchange.loads(text)) == text


def test_a_file_of_the_first_format_version_still_reads():
    document = _document()
    document["version"] = 1
    for field in ("topics", "next_evaluation", "checklist"):
        del document["dossier"][field]
    dossier = exchange.from_document(document)
    assert (dossier.topics, dossier.next_evaluation, dossier.checklist) == ((), None, {})
    assert dossier.answers == exchange.read_file(VOLUNTEER_EXAMPLE).answers
    assert json.loads(exchange.dumps(dossier))["version"] == exchange.FORMAT_VERSION


def _document():
    return json.loads(VOLUNTEER_EXAMPLE.read_text("utf-8"))


def _write(tmp_path, content):
    path = tmp_path / "invoer.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    return path


def _broken(change):
    document = _document()
    change(document)
    return document


BAD_FILES = {
    "not json": b"dit is geen json",
    "truncated": VOLUNTEER_EXAMPLE.read_bytes()[:700],
    "not utf-8": b"\xff\xfe\x00{",
    "empty": b"",
    "a list": b"[1, 2, 3]",
    "other format": {"format": "iets-anders", "version": 1},
    "newer version": _broken(lambda d: d.update(version=99)),
    "title wrong type": _broken(lambda d: d["dossier"].update(title=5)),
    "title missing": _broken(lambda d: d["dossier"].pop("title")),
    "unknown kind": _broken(lambda d: d["dossier"]["rule"].update(kind="verordening")),
    "unknown field": _broken(lambda d: d["dossier"].update(geheim="x")),
    "bad date": _broken(lambda d: d["dossier"].update(start_date="2026-02-30")),
    "bad timestamp": _broken(lambda d: d["dossier"].update(created_at="gisteren")),
    "naive timestamp": _broken(lambda d: d["dossier"].update(created_at="2026-01-01T10:00:00")),
    "answer text too long": _broken(
        lambda d: d["dossier"]["answers"][0].update(text="x" * 100_001)
    ),
    "duplicate answers": _broken(
        lambda d: d["dossier"]["answers"].append(dict(d["dossier"]["answers"][0]))
    ),
    "unknown checklist value": _broken(
        lambda d: d["dossier"]["checklist"][0].update(value="misschien")
    ),
    "duplicate checklist items": _broken(
        lambda d: d["dossier"]["checklist"].append(dict(d["dossier"]["checklist"][0]))
    ),
    "bad evaluation date": _broken(lambda d: d["dossier"].update(next_evaluation="morgen")),
    "topic not a word": _broken(lambda d: d["dossier"].update(topics=["Vrij willigers"])),
    "boolean version": _broken(lambda d: d.update(version=True)),
    "deeply nested": b'{"format": "igj-afwijken-dossier", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_are_refused_with_our_own_message(name, tmp_path, repository):
    path = _write(tmp_path, BAD_FILES[name])
    with pytest.raises(exchange.ExchangeError) as caught:
        exchange.read_file(path)
    message = str(caught.value)
    assert "invoer.json" in message
    assert "Traceback" not in message and "\n" not in message
    assert repository.summaries() == []


def test_the_newer_version_message_says_to_update(tmp_path):
    with pytest.raises(exchange.ExchangeError, match="nieuwere versie"):
        exchange.read_file(_write(tmp_path, BAD_FILES["newer version"]))


def test_an_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "groot.json"
    path.write_bytes(b" " * (exchange.MAX_FILE_BYTES + 1))
    with pytest.raises(exchange.ExchangeError, match="te groot"):
        exchange.read_file(path)


def test_missing_files_and_folders_get_a_clear_message(tmp_path):
    with pytest.raises(exchange.ExchangeError, match="bestaat niet"):
        exchange.read_file(tmp_path / "weg.json")
    with pytest.raises(exchange.ExchangeError, match="map"):
        exchange.read_file(tmp_path)


def test_a_file_of_the_previous_format_version_still_reads():
    document = _document()
    document["version"] = 2
    for field in (
        "risks", "involvements", "contacts", "evaluations", "evaluator", "council_advice",
        "adoption", "ending", "attachments", "versions",
    ):  # fmt: skip
        document["dossier"].pop(field, None)
    dossier = exchange.from_document(document)
    assert dossier.checklist and dossier.topics  # what version 2 had is all there
    assert (dossier.risks, dossier.versions, dossier.adoption) == ((), (), None)


def test_a_damaged_attachment_is_refused(tmp_path):
    import base64
    import hashlib

    document = _document()
    content = b"adviesbrief"
    document["dossier"]["attachments"] = [
        {
            "id": "a1",
            "name": "brief.pdf",
            "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
            "added_at": "2026-08-16T10:00:00+00:00",
            "content": base64.b64encode(b"iets anders").decode(),
        }
    ]
    with pytest.raises(exchange.ExchangeError, match="beschadigd"):
        exchange.read_file(_write(tmp_path, document))


def _with_versions(change):
    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import Person

    dossier = exchange.read_file(VOLUNTEER_EXAMPLE)
    catalogue = load_catalogue()
    adopt(dossier, catalogue, Person("A"), date(2026, 12, 1))
    dossier.title = "Anders"
    adopt(dossier, catalogue, Person("A"), date(2026, 12, 2))
    document = exchange.to_document(dossier)
    change(document["dossier"])
    return document


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["versions"][0].update(snapshot={}),
        lambda d: d["versions"].reverse(),
        lambda d: d["versions"][1].update(number=1),
    ],
    ids=["empty snapshot", "versions out of order", "duplicate version number"],
)
def test_a_broken_history_is_refused_whole(change, tmp_path, repository):
    path = _write(tmp_path, _with_versions(change))
    with pytest.raises(exchange.ExchangeError):
        exchange.read_file(path)
    assert repository.summaries() == []


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["adoption"].update(on=None),
        lambda d: d["adoption"].update(on=""),
        lambda d: d["ending"].update(on=None),
        lambda d: d["versions"][0].update(adopted_on=""),
    ],
    ids=["adoption without date", "adoption with empty date", "ending without date", "version"],
)
def test_a_snapshot_missing_a_date_it_must_have_is_not_read_as_whole(change):
    # The store decodes its versions' snapshots with dossier_from_data, without the schema; a
    # snapshot that cannot be decoded makes that version unreadable (the dossier stays
    # readable). An adoption, an ending or a version without its date is such a snapshot, not a
    # dossier whose date is None.
    from igj_afwijken.domain.lifecycle import adopt, end

    dossier = exchange.read_file(VOLUNTEER_EXAMPLE)
    adopt(dossier, load_catalogue(), Person("A"), date(2026, 12, 1))
    end(dossier, date(2027, 6, 1), "terug-naar-norm", "Weer genoeg vrijwilligers.")
    data = exchange.dossier_data(dossier)
    assert exchange.dossier_from_data(data, frozen_version=True).ending.on == date(2027, 6, 1)
    change(data)
    with pytest.raises(ValueError, match="geen geldige datum"):
        exchange.dossier_from_data(data, frozen_version=True)


def test_two_attachments_with_one_id_are_refused(tmp_path):
    import base64
    import hashlib

    content = b"brief"
    item = {
        "id": "a1",
        "name": "brief.pdf",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "added_at": "2026-08-16T10:00:00+00:00",
        "content": base64.b64encode(content).decode(),
    }
    document = _document()
    document["dossier"]["attachments"] = [item, dict(item)]
    with pytest.raises(exchange.ExchangeError, match="kenmerk"):
        exchange.read_file(_write(tmp_path, document))


def test_a_file_named_pdf_that_is_not_one_says_so(tmp_path):
    fake = tmp_path / "nep.pdf"
    fake.write_text("{}", "utf-8")
    with pytest.raises(exchange.ExchangeError, match="nep.pdf is geen geldige PDF"):
        exchange.read_file(fake)

"""The search index keeps no copy of the text, so it must always match the text it reads."""

import dataclasses
import hashlib
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken import paths
from igj_afwijken.domain.model import (
    Answer,
    Attachment,
    ChecklistAnswer,
    new_dossier_id,
    utc_now,
)
from igj_afwijken.domain.rows import ROW_KINDS
from igj_afwijken.formats import exchange
from igj_afwijken.storage.sqlite.connection import open_store, store_path
from igj_afwijken.storage.sqlite.repository import DossierRepository, RegisterFilter
from igj_afwijken.storage.sqlite.schema import migrate
from tests.storage.sqlite.index_check import index_matches_the_text

EXAMPLES = [
    exchange.read_file(path) for path in sorted((paths.resources_dir() / "examples").glob("*.json"))
]
QUESTIONS = ["waarom.knelpunt", "waarom.norm", "extra.vraag"]
CHECKLIST_ITEMS = [*EXAMPLES[0].checklist][:2] + ["extra.punt"]
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["", "bewegingssensoren nacht", "Jansen onderhoudscontract", "cliënt zorg café", "x " * 30]
)

# One change a user can make, as (name, its arguments); `which` picks a stored dossier.
changes = st.one_of(
    st.tuples(st.just("add"), st.integers(0, len(EXAMPLES) - 1)),
    st.tuples(
        st.just("answer"), st.integers(0, 9), st.sampled_from(QUESTIONS), texts, st.booleans()
    ),
    st.tuples(st.just("checklist"), st.integers(0, 9), st.sampled_from(CHECKLIST_ITEMS), texts),
    st.tuples(st.just("rows"), st.integers(0, 9), st.sampled_from(sorted(ROW_KINDS)), texts),
    st.tuples(st.just("facts"), st.integers(0, 9), texts),
    st.tuples(st.just("attach"), st.integers(0, 9), texts),
    st.tuples(st.just("detach"), st.integers(0, 9)),
    st.tuples(st.just("reorder"), st.integers(0, 9)),
    st.tuples(st.just("bin"), st.integers(0, 9)),
    st.tuples(st.just("restore"), st.integers(0, 9)),
    st.tuples(st.just("purge"), st.integers(0, 9)),
    st.tuples(st.just("readiness"), st.integers(0, 9), st.sampled_from(["klaar", "aandacht"])),
)


def _apply(repository: DossierRepository, change: tuple) -> None:
    name, *arguments = change
    if name == "add":
        repository.add(EXAMPLES[arguments[0]].copy(id=new_dossier_id()))
        return
    stored = [s.id for s in repository.summaries()] + [
        s.id for s in repository.summaries(deleted=True)
    ]
    if not stored:
        return
    dossier_id, rest = stored[arguments[0] % len(stored)], arguments[1:]
    if name == "answer":
        question, text, clearing = rest
        answer = Answer(question, text, "2026.1", "Een vraag", utc_now())
        try:
            repository.save_answer(dossier_id, answer, clearing_allowed=clearing)
        except Exception as error:  # refusing to erase a written answer is the store's right
            assert type(error).__name__ == "AnswerWouldBeErased"
    elif name == "checklist":
        item, note = rest
        repository.save_checklist_answer(
            dossier_id, ChecklistAnswer(item, "ja", note, "Een punt", utc_now())
        )
    elif name == "rows":
        kind, text = rest
        rows = getattr(repository.get(dossier_id), kind)
        first_text = next(
            (f.name for f in dataclasses.fields(ROW_KINDS[kind]) if f.type in ("str", str)), None
        )
        if rows and first_text:
            rows = (dataclasses.replace(rows[0], **{first_text: text}), *rows[2:])
        repository.save_rows(dossier_id, kind, rows, utc_now())
    elif name == "facts":
        dossier = repository.get(dossier_id)
        dossier.title, dossier.location = rest[0] or "Zonder titel", rest[0]
        repository.save_facts(dossier)
    elif name == "attach":
        content = rest[0].encode()
        repository.add_attachment(
            dossier_id,
            Attachment(f"{rest[0]}.pdf", content, hashlib.sha256(content).hexdigest(), utc_now()),
        )
    elif name == "detach":
        attachments = repository.get(dossier_id).attachments
        if attachments:
            repository.remove_attachment(dossier_id, attachments[0].id)
    elif name == "reorder":
        attachments = repository.get(dossier_id).attachments
        repository.save_attachments(dossier_id, tuple(reversed(attachments[1:])), utc_now())
    elif name == "bin":
        repository.delete(dossier_id)
    elif name == "restore":
        repository.restore(dossier_id)
    elif name == "purge":
        repository.purge(dossier_id)
    elif name == "readiness":
        repository.set_readiness(dossier_id, rest[0])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(changes, min_size=1, max_size=12))
def test_after_any_changes_the_index_holds_exactly_the_text_of_every_dossier(changes):
    with tempfile.TemporaryDirectory() as folder:
        connection = open_store(Path(folder))
        try:
            repository = DossierRepository(connection)
            repository.add(EXAMPLES[0].copy(id="eerste"))
            for change in changes:
                _apply(repository, change)
            assert index_matches_the_text(connection)
            # and the search itself works on what is there (in all text: three letters on)
            for summary in repository.summaries():
                title_words = [
                    w for w in summary.title.split() if w.isascii() and w.isalpha() and len(w) > 2
                ]
                if title_words:
                    found = repository.summaries(narrow=RegisterFilter(search=title_words[0]))
                    assert summary.id in [s.id for s in found]
        finally:
            connection.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(changes, min_size=1, max_size=10))
def test_an_index_made_before_schema_12_is_the_one_the_text_of_schema_12_gives(changes):
    """Schema 12 puts each dossier's search text together in another way and indexes nothing
    again: the words must be the same, or taking a dossier out would leave some behind."""
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(store_path(Path(folder)), isolation_level=None)
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            migrate(connection, to=11)
            repository = DossierRepository(connection)
            repository.add(EXAMPLES[0].copy(id="eerste"))
            for change in changes:
                _apply(repository, change)
            migrate(connection, to=12)
            assert index_matches_the_text(connection)
            for summary in [*repository.summaries(), *repository.summaries(deleted=True)]:
                repository.purge(summary.id)
            connection.execute(
                "CREATE VIRTUAL TABLE temp.left USING fts5vocab(main, dossier_search, 'instance')"
            )
            assert connection.execute("SELECT count(*) FROM temp.left").fetchone()[0] == 0
        finally:
            connection.close()


def test_an_upsert_would_break_the_index_which_is_why_saves_update_then_insert(
    repository, example_dossier, connection
):
    """The premise of the repository's update-then-insert: an upsert fires the BEFORE halves of
    both the INSERT and the UPDATE trigger, taking the dossier out of the index twice."""
    repository.add(example_dossier)
    question = next(iter(example_dossier.answers))
    try:
        connection.execute(
            "INSERT INTO answers VALUES (?, ?, 'anders', '2026.1', 'v', '2026-01-01')"
            " ON CONFLICT (dossier_id, question_id) DO UPDATE SET text = excluded.text",
            (example_dossier.id, question),
        )
        broken = not index_matches_the_text(connection)
    except sqlite3.DatabaseError:
        broken = True
    assert broken

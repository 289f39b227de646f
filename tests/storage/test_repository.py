"""Tests for reading and writing dossiers in the store."""

import sqlite3
from datetime import date

import pytest

from igj_afwijken.domain.model import Answer, Dossier, Person, Rule, utc_now
from igj_afwijken.storage.sqlite.repository import RegisterFilter, UnknownDossier


def test_a_dossier_comes_back_exactly_as_stored(repository, example_dossier):
    repository.add(example_dossier)
    assert repository.get(example_dossier.id) == example_dossier


def test_a_fresh_dossier_with_empty_fields_round_trips(repository):
    dossier = Dossier(title="Nieuw")
    repository.add(dossier)
    assert repository.get(dossier.id) == dossier


def test_saving_an_answer_is_one_small_write(repository, example_dossier, catalogue, connection):
    repository.add(example_dossier)
    statements = []
    connection.set_trace_callback(statements.append)
    answer = catalogue.make_answer("waarom.knelpunt", "Nieuwe tekst")
    repository.save_answer(example_dossier.id, answer)
    connection.set_trace_callback(None)
    # SQLite repeats a statement in the trace for each trigger step it runs (the search index)
    writes = {s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")}
    assert len(writes) == 2  # the one answer, and the dossier's change time
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"
    stored = repository.get(example_dossier.id)
    assert stored.answer_text("waarom.knelpunt") == "Nieuwe tekst"
    assert stored.updated_at == answer.updated_at
    untouched = {k: v for k, v in stored.answers.items() if k != "waarom.knelpunt"}
    assert untouched == {k: v for k, v in example_dossier.answers.items() if k != "waarom.knelpunt"}


def test_topics_checklist_and_next_evaluation_round_trip(repository, catalogue):
    dossier = Dossier(title="Flexpool", topics=("flexkrachten", "technologie"))
    dossier.next_evaluation = date(2027, 2, 1)
    dossier.set_checklist_answer(
        catalogue.make_checklist_answer("flexkrachten.controle", "ja", "Bij de eerste dienst")
    )
    repository.add(dossier)
    assert repository.get(dossier.id) == dossier
    dossier.topics = ("technologie",)
    dossier.next_evaluation = None
    repository.save_facts(dossier)
    stored = repository.get(dossier.id)
    assert (stored.topics, stored.next_evaluation) == (("technologie",), None)


def test_saving_a_checklist_answer_is_one_small_write(
    repository, example_dossier, catalogue, connection
):
    repository.add(example_dossier)
    statements = []
    connection.set_trace_callback(statements.append)
    answer = catalogue.make_checklist_answer("vrijwilligers.achterwacht", "nee", "Nog regelen")
    repository.save_checklist_answer(example_dossier.id, answer)
    connection.set_trace_callback(None)
    # SQLite repeats a statement in the trace for each trigger step it runs (the search index)
    writes = {s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")}
    assert len(writes) == 2
    stored = repository.get(example_dossier.id)
    assert stored.checklist["vrijwilligers.achterwacht"] == answer
    assert stored.answers == example_dossier.answers
    with pytest.raises(UnknownDossier):
        repository.save_checklist_answer("bestaat-niet", answer)


def test_a_first_answer_is_inserted(repository, catalogue):
    dossier = Dossier(title="Nieuw")
    repository.add(dossier)
    repository.save_answer(dossier.id, catalogue.make_answer("evaluatie.signalen", "Valincidenten"))
    assert repository.get(dossier.id).answer_text("evaluatie.signalen") == "Valincidenten"


def test_saving_an_answer_for_an_unknown_dossier_stores_nothing(repository, catalogue, connection):
    with pytest.raises(UnknownDossier):
        repository.save_answer("bestaat-niet", catalogue.make_answer("waarom.knelpunt", "x"))
    connection.execute("PRAGMA foreign_keys = OFF")  # look past the constraint: nothing was kept
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_saving_the_facts(repository):
    dossier = Dossier(title="Oud")
    repository.add(dossier)
    dossier.title = "Nieuw"
    dossier.rule = Rule(
        name="Kwaliteitskader", kind="kwaliteitskader", source="KK", section="3.1.2"
    )
    dossier.start_date = date(2026, 9, 1)
    dossier.duration_months = 6
    dossier.responsible = Person("Marieke Jansen", "locatiemanager")
    repository.save_facts(dossier)
    assert repository.get(dossier.id) == dossier


def test_summaries_list_the_most_recent_first(repository, catalogue):
    first, second = Dossier(title="Eerste"), Dossier(title="Tweede")
    repository.add(first)
    repository.add(second)
    later = catalogue.make_answer("waarom.knelpunt", "x")
    later = later.__class__(**{**later.__dict__, "updated_at": first.updated_at.replace(year=2099)})
    repository.save_answer(first.id, later)
    assert [s.title for s in repository.summaries()] == ["Eerste", "Tweede"]


def test_ids_resolve_from_an_unambiguous_prefix(repository):
    dossier = Dossier(title="a", id="abcd1234-0000")
    other = Dossier(title="b", id="abcd9999-0000")
    repository.add(dossier)
    repository.add(other)
    assert repository.resolve("abcd1234-0000") == dossier.id
    assert repository.resolve("abcd1") == dossier.id
    with pytest.raises(UnknownDossier, match="meer dan één"):
        repository.resolve("abcd")
    with pytest.raises(UnknownDossier, match="geen afwijking"):
        repository.resolve("abc%")  # a LIKE wildcard is taken literally
    with pytest.raises(UnknownDossier, match="geen afwijking"):
        repository.resolve("abc")  # too short to be a prefix
    with pytest.raises(UnknownDossier, match="geen afwijking"):
        repository.resolve("zzzz")


def test_importing_a_dossier_whose_id_is_taken_gives_it_a_new_id(repository, example_dossier):
    assert repository.add_imported(example_dossier) == example_dossier.id
    copy_id = repository.add_imported(example_dossier)
    assert copy_id != example_dossier.id
    assert repository.get(copy_id).answers == example_dossier.answers


def test_a_failed_add_leaves_nothing_behind(repository, example_dossier, connection):
    repository.add(example_dossier)
    duplicate = example_dossier.copy(title="Anders")
    with pytest.raises(sqlite3.IntegrityError):
        repository.add(duplicate)
    assert repository.get(example_dossier.id).title == example_dossier.title
    assert connection.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 1


def test_a_deleted_dossier_goes_to_the_recycle_bin_and_comes_back_whole(
    repository, example_dossier
):
    repository.add(example_dossier)
    repository.delete(example_dossier.id)
    assert repository.summaries() == []
    [binned] = repository.summaries(deleted=True)
    assert binned.id == example_dossier.id and binned.deleted_at is not None
    with pytest.raises(UnknownDossier):
        repository.resolve(example_dossier.id)
    repository.restore(example_dossier.id)
    assert repository.summaries(deleted=True) == []
    assert repository.get(example_dossier.id) == example_dossier


def test_purging_removes_the_answers_too(repository, example_dossier, connection):
    repository.add(example_dossier)
    repository.delete(example_dossier.id)
    repository.purge(example_dossier.id)
    assert not repository.exists(example_dossier.id)
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_deleting_an_unknown_dossier_is_an_error(repository):
    with pytest.raises(UnknownDossier):
        repository.delete("bestaat-niet")


def test_a_dossier_with_every_part_comes_back_exactly(repository, example_dossier, catalogue):
    import hashlib
    from datetime import UTC, datetime

    from igj_afwijken.domain.lifecycle import adopt, end
    from igj_afwijken.domain.model import (
        Attachment,
        ContactPoint,
        CouncilAdvice,
        EvaluationRecord,
        Involvement,
        PlainSummary,
        Risk,
    )
    from igj_afwijken.domain.rows import ROW_KINDS

    dossier = example_dossier
    dossier.risks = (Risk("Vallen", 2, 4, "Sensor", "teamleider", 1, 3),)
    dossier.involvements = (Involvement("clientenraad", "advies", date(2026, 8, 1), "positief"),)
    dossier.contacts = (ContactPoint("naasten", "S. de Vries", "teamleider", "06-1"),)
    dossier.evaluations = (EvaluationRecord(date(2026, 12, 1), "Goed", "Niets", date(2027, 3, 1)),)
    dossier.plain_summaries = (PlainSummary("waarom", "We vinden te weinig mensen."),)
    dossier.council_advice = CouncilAdvice(date(2026, 8, 1), None, "positief", "Ja", "")
    dossier.evaluator = "Teamleider"
    content = b"brief"
    dossier.attachments = (
        Attachment("brief.pdf", content, hashlib.sha256(content).hexdigest(), datetime.now(UTC)),
    )
    adopt(dossier, catalogue, Person("A", "bestuurder"), date(2026, 9, 1))
    end(dossier, date(2027, 9, 1), "terug-naar-norm", "Weer voltallig")
    dossier.updated_at = dossier.updated_at.replace(microsecond=0)
    assert all(getattr(dossier, kind) for kind in ROW_KINDS)  # every table is in the test
    repository.add(dossier)
    assert repository.get(dossier.id) == dossier


def test_a_written_answer_is_not_replaced_by_nothing_unless_the_user_emptied_it(
    repository, example_dossier, catalogue
):
    from igj_afwijken.storage.sqlite.repository import AnswerWouldBeErased

    repository.add(example_dossier)
    question = next(iter(example_dossier.answers))
    written = example_dossier.answers[question].text
    empty = catalogue.make_answer(question, "  \n")
    with pytest.raises(AnswerWouldBeErased):
        repository.save_answer(example_dossier.id, empty)
    assert repository.get(example_dossier.id).answers[question].text == written
    repository.save_answer(example_dossier.id, empty, clearing_allowed=True)
    assert repository.get(example_dossier.id).answers[question].text == "  \n"
    repository.save_answer(example_dossier.id, catalogue.make_answer(question, ""))  # empty→empty
    assert repository.get(example_dossier.id).answers[question].text == ""


def test_adding_a_dossier_indexes_its_text_once_in_one_transaction(
    repository, example_dossier, catalogue, connection
):
    """Importing a 39 MB file took 220 s: the search index was rebuilt after every answer."""
    answers = {
        f"vraag{number}.deel": Answer(
            f"vraag{number}.deel", f"tekst {number}", "2026.1", "Een vraag", utc_now()
        )
        for number in range(60)
    }
    dossier = example_dossier
    dossier.answers.update(answers)
    statements = []
    connection.set_trace_callback(statements.append)
    repository.add(dossier)
    connection.set_trace_callback(None)
    # FTS5 traces its own work: one row written into the index's content is one indexing.
    indexing = [
        s for s in statements if s.startswith("-- INSERT INTO 'main'.'dossier_search_content'")
    ]
    assert len(indexing) == 1, len(indexing)
    assert [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT")] == [
        "BEGIN IMMEDIATE",
        "COMMIT",
    ]
    found = repository.summaries(narrow=RegisterFilter(search="tekst 59"))
    assert [s.id for s in found] == [dossier.id]


def test_a_version_is_decoded_once_as_its_dossier_is_read(repository, example_dossier, catalogue):
    from igj_afwijken.services.lifecycle import adopt

    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 12, 1))
    repository.add(example_dossier)
    stored = repository.get(example_dossier.id).versions[0]
    assert stored.dossier is not None and stored.dossier.title == example_dossier.title
    assert stored.dossier.versions == () and stored.snapshot["title"] == example_dossier.title


def test_a_stored_version_that_cannot_be_decoded_leaves_the_dossier_readable(
    repository, example_dossier, catalogue, connection
):
    from igj_afwijken.services.lifecycle import adopt

    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 12, 1))
    repository.add(example_dossier)
    connection.execute("UPDATE versions SET snapshot = '{\"title\": 3}'")
    dossier = repository.get(example_dossier.id)
    assert dossier.title == example_dossier.title and dossier.answers == example_dossier.answers
    assert dossier.versions[0].dossier is None and dossier.versions[0].number == 1

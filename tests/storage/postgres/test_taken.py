"""Dossiers taken along from the organisation store: the server keeps who took each, lets only
them change it until it comes back, lets a director take it back, and takes the changes back
in one transaction."""

import psycopg
import pytest

from igj_afwijken.storage.organisation import open_organisation_store
from igj_afwijken.storage.port import ChangedMeanwhile, TakenElsewhere, UnknownDossier
from igj_afwijken.storage.postgres.repository import NoRight

ANCHOR = "Huize Het Anker"


@pytest.fixture
def anna(server):
    store = open_organisation_store(server.person("writer", ANCHOR))
    yield store
    store.close()


@pytest.fixture
def bram(server):
    store = open_organisation_store(server.person("writer", ANCHOR))
    yield store
    store.close()


def test_taking_marks_the_dossier_for_everyone_who_may_read_it(server, anna):
    dossier = anna.take("a1")
    assert dossier == anna.get("a1")
    mark = anna.taken_marks()["a1"]
    reader = open_organisation_store(server.person("reader", ANCHOR))
    try:
        assert reader.taken_marks() == {"a1": mark}
    finally:
        reader.close()
    elsewhere = open_organisation_store(server.person("reader", "De Boei"))
    try:
        assert elsewhere.taken_marks() == {}  # nothing of another location's dossier shows
    finally:
        elsewhere.close()
    assert anna.take("a1") == dossier  # taking it again, as its taker, is harmless


def test_while_taken_only_the_taker_may_change_it_also_in_plain_sql(server, anna, bram, catalogue):
    anna.take("a1")
    with pytest.raises(TakenElsewhere) as refused:
        bram.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Bram schrijft"))
    assert refused.value.dossier_id == "a1"
    assert refused.value.who == anna.taken_marks()["a1"].who
    with pytest.raises(TakenElsewhere):
        bram.take("a1")
    with pytest.raises(TakenElsewhere):
        bram.delete("a1")
    bram.set_readiness("a1", "klaar")  # derived, and quietly left to the taker
    with server.login("writer", ANCHOR) as raw:
        with pytest.raises(psycopg.Error, match="taken along"):
            raw.execute("UPDATE answers SET text = 'psql' WHERE dossier_id = 'a1'")
        with pytest.raises(psycopg.Error):  # nor can a writer end someone else's mark
            raw.execute("INSERT INTO taken (dossier_id, taken_by) VALUES ('a2', 'postgres')")
        assert raw.execute("DELETE FROM taken WHERE dossier_id = 'a1'").rowcount == 0
    with pytest.raises(NoRight, match="directeur"):
        bram.take_back("a1")
    assert anna.get("a1").answer_text("waarom.reden") == "Te weinig personeel"
    assert anna.get("a1").answer_text("waarom.knelpunt") == ""
    anna.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Anna schrijft"))
    assert bram.get("a1").answer_text("waarom.knelpunt") == "Anna schrijft"


def test_a_reader_cannot_take_a_dossier_along(server):
    reader = open_organisation_store(server.person("reader", ANCHOR))
    try:
        with pytest.raises(NoRight):
            reader.take("a1")
        assert reader.taken_marks() == {}
    finally:
        reader.close()
    writer = open_organisation_store(server.person("writer", "De Boei"))
    try:
        with pytest.raises(UnknownDossier):  # another location's is not there for her
            writer.take("a1")
    finally:
        writer.close()


def test_bringing_back_writes_the_changes_and_ends_the_mark(server, anna, bram, catalogue):
    base = anna.take("a1")
    changed = base.copy(title="Nachtzorg op afstand")
    changed.set_answer(catalogue.make_answer("evaluatie.signalen", "Valincidenten per week"))
    del changed.answers["waarom.reden"]
    anna.bring_back(changed, base)
    assert anna.taken_marks() == {}
    stored = bram.get("a1")
    assert stored.title == "Nachtzorg op afstand"
    assert stored.answer_text("evaluatie.signalen") == "Valincidenten per week"
    assert "waarom.reden" not in stored.answers
    bram.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Bram weer"))  # free again
    with server.admin() as admin:
        recorded = admin.execute(
            "SELECT part, field, old_value, new_value FROM changes"
            " WHERE dossier_id = 'a1' AND part = 'taken'"
        ).fetchall()
    who = server_role(anna)
    taken_by = sorted(((old, new) for _, field, old, new in recorded if field == "taken_by"),
                      key=str)  # fmt: skip
    assert taken_by == sorted([(None, who), (who, None)], key=str)
    assert sum(field == "taken_at" for _, field, _, _ in recorded) == 2


def server_role(store):
    return store._db.info.user


def test_bringing_back_refuses_a_dossier_saved_since_it_was_read(server, anna, bram, catalogue):
    base = anna.take("a1")
    director = open_organisation_store(server.person("director"))
    try:
        director.take_back("a1")
    finally:
        director.close()
    bram.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Bram na het terugnemen"))
    with pytest.raises(ChangedMeanwhile):
        anna.bring_back(base.copy(title="Mijn titel"), base)
    assert bram.get("a1").title == "Afwijking a1"
    current = bram.get("a1")
    anna.bring_back(current.copy(title="Mijn titel"), current)  # merged with what is there
    assert bram.get("a1").title == "Mijn titel"
    assert bram.get("a1").answer_text("waarom.knelpunt") == "Bram na het terugnemen"


def test_a_lost_connection_halfway_changes_nothing_and_it_can_be_tried_again(
    server, anna, catalogue
):
    base = anna.take("a1")
    changed = base.copy(title="Nachtzorg op afstand")
    for number in range(5):
        changed.set_answer(catalogue.make_answer("evaluatie.signalen", f"Signaal {number}"))
    changed.set_answer(catalogue.make_answer("waarom.knelpunt", "Nieuwe reden"))
    del changed.answers["waarom.reden"]
    connection = anna._db
    statements = []
    real_execute = connection.execute

    def cut_after_two(query, *arguments, **options):
        statements.append(query)
        if len(statements) == 3:
            with server.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (connection.info.backend_pid,))
        return real_execute(query, *arguments, **options)

    connection.execute = cut_after_two
    with pytest.raises(Exception, match="verbinding"):
        anna.bring_back(changed, base)
    with server.admin() as admin:
        assert admin.execute("SELECT title FROM dossiers WHERE id = 'a1'").fetchone() == (
            "Afwijking a1",
        )
        assert admin.execute(
            "SELECT text FROM answers WHERE dossier_id = 'a1' AND question_id = 'waarom.reden'"
        ).fetchone() == ("Te weinig personeel",)
        assert admin.execute("SELECT count(*) FROM taken").fetchone() == (1,)
    anna.bring_back(changed, base)  # again, on a new connection
    assert anna.get("a1").title == "Nachtzorg op afstand"
    assert anna.taken_marks() == {}


def test_a_director_takes_a_dossier_back_and_it_can_be_changed_again(server, anna, bram, catalogue):
    anna.take("a1")
    director = open_organisation_store(server.person("director"))
    try:
        assert "a1" in director.taken_marks()
        director.take_back("a1")
        assert director.taken_marks() == {}
    finally:
        director.close()
    bram.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Bram na het terugnemen"))
    assert bram.get("a1").answer_text("waarom.knelpunt") == "Bram na het terugnemen"

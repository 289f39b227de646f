"""The organisation store through the program's own port, as people with different rights use
it: each sees and changes what the server lets them, and a refusal is one clear message."""

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from psycopg.conninfo import conninfo_to_dict

from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats import exchange
from igj_afwijken.storage.organisation import (
    ServerError,
    grant,
    init_server,
    open_organisation_store,
)
from igj_afwijken.storage.port import StoreError, UnknownDossier
from igj_afwijken.storage.postgres.repository import NoRight
from igj_afwijken.storage.postgres.server import search_part_queries


def test_a_writer_sees_and_changes_only_the_dossiers_of_her_location(server, catalogue):
    store = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        assert sorted(s.id for s in store.summaries()) == ["a1", "a2"]
        assert store.locations() == ["Huize Het Anker"]
        with pytest.raises(UnknownDossier):  # another location's dossier is not there for her
            store.get("b1")
        dossier = store.get("a1")
        dossier.title = "Nachtzorg met akoestische bewaking"
        store.save_facts(dossier)
        store.save_answer("a1", catalogue.make_answer("evaluatie.signalen", "Valincidenten"))
        assert store.get("a1").answer_text("evaluatie.signalen") == "Valincidenten"
        elsewhere = Dossier(title="Elders", location="De Boei")
        with pytest.raises(NoRight, match="niets veranderd"):
            store.add(elsewhere)
        dossier.location = "De Boei"
        with pytest.raises(NoRight):  # nor can she move one there
            store.save_facts(dossier)
        assert store.get("a1").location == "Huize Het Anker"
        assert [s.id for s in store.summaries(narrow=_search("akoestische"))] == ["a1"]
    finally:
        store.close()
    with server.admin() as admin:
        assert admin.execute("SELECT count(*) FROM dossiers").fetchone() == (3,)


def test_a_reader_reads_and_every_change_is_refused_whole(server, catalogue):
    store = open_organisation_store(server.person("reader", "De Boei"))
    try:
        assert [s.id for s in store.summaries()] == ["b1"]
        dossier = store.get("b1")
        with pytest.raises(NoRight):
            store.save_answer("b1", catalogue.make_answer("evaluatie.signalen", "Iets"))
        with pytest.raises(NoRight):
            store.delete("b1")
        assert store.get("b1") == dossier  # nothing of a refused change was kept
    finally:
        store.close()


def test_a_lost_connection_is_said_and_the_store_is_not_changed(server):
    url = server.person("writer", "De Boei")
    store = open_organisation_store(url)
    try:
        with server.admin() as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (conninfo_to_dict(url)["user"],),
            )
        with pytest.raises(StoreError, match="verbinding met de organisatieserver"):
            store.delete("b1")
    finally:
        store.close()
    with server.admin() as admin:
        assert admin.execute("SELECT deleted_at FROM dossiers WHERE id = 'b1'").fetchone() == (
            None,
        )


def _search(text):
    from igj_afwijken.storage.port import RegisterFilter

    return RegisterFilter(search=text)


def test_a_person_the_server_does_not_know_is_told_in_one_line(server):
    with pytest.raises(ServerError, match="kent dit niet") as refused:
        open_organisation_store(server.cluster.url("niemand", server.database))
    assert "\n" not in str(refused.value)


def test_a_store_made_by_an_older_release_asks_for_server_init_and_gets_it(server, catalogue):
    store = open_organisation_store(server.person("writer", "De Boei"))
    try:
        with server.admin() as admin:  # as a store set up before these and Alembic's record
            admin.execute("DROP FUNCTION igj_save_answer")
            admin.execute("DROP TABLE search_parts")
            admin.execute("DROP TABLE alembic_version")
        with pytest.raises(StoreError, match="server init") as refused:
            store.save_answer("b1", catalogue.make_answer("waarom.knelpunt", "Nieuw"))
        assert "\n" not in str(refused.value)
        with pytest.raises(StoreError, match="server init"):
            store.summaries(narrow=_search("personeel"))
        init_server(server.url)  # the administrator brings it up to date; nothing is lost
        store.save_answer("b1", catalogue.make_answer("waarom.knelpunt", "Nieuw"))
        assert [s.id for s in store.summaries(narrow=_search("personeel"))] == ["b1"]
        assert store.get("b1").answer_text("waarom.knelpunt") == "Nieuw"
    finally:
        store.close()


def test_a_store_of_revision_2_keeps_saving_and_asks_for_server_init_for_the_register(
    postgres, catalogue
):
    """A server the release before the trigram signatures set up, as it left it: until
    `server init` has brought it up to date, the register says in one line that it needs
    it, and saving and reading a dossier go on."""
    from tests.conftest import Server, store_of_revision

    server = Server(postgres, *store_of_revision(postgres, "0002"))
    with server.admin() as admin:
        admin.execute(
            "INSERT INTO dossiers (id, title, location, created_at, updated_at) VALUES ('b1',"
            " 'Afwijking b1', 'De Boei', '2026-12-04T10:00:00+00:00', '2026-12-04T10:00:00+00:00')"
        )
    store = open_organisation_store(server.person("writer", "De Boei"))
    try:
        store.save_answer("b1", catalogue.make_answer("waarom.knelpunt", "Nachtzorg"))
        assert store.get("b1").answer_text("waarom.knelpunt") == "Nachtzorg"
        for words in ("", "af", "nachtzorg"):
            with pytest.raises(StoreError, match="server init") as refused:
                store.summaries(narrow=_search(words))
            assert "\n" not in str(refused.value)
        init_server(server.url)
        assert [s.id for s in store.summaries()] == ["b1"]
        assert [s.id for s in store.summaries(narrow=_search("af nachtzorg"))] == ["b1"]
    finally:
        store.close()


def test_a_missing_or_wrong_password_is_told_in_one_line(server, tmp_path, monkeypatch):
    from psycopg import sql

    address = server.person("reader", "De Boei")
    role = conninfo_to_dict(address)["user"]
    with server.admin() as admin:
        admin.execute(
            sql.SQL("ALTER ROLE {} PASSWORD 'het-goede-wachtwoord'").format(sql.Identifier(role))
        )
    server.cluster.require_password(role)
    passwords = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(passwords))
    for known in ("", f"*:*:*:{role}:een-fout-wachtwoord\n"):  # none, then a wrong one
        passwords.write_text(known)
        passwords.chmod(0o600)
        with pytest.raises(ServerError, match="wachtwoord klopt niet") as refused:
            open_organisation_store(address)
        assert "\n" not in str(refused.value) and "het-goede" not in str(refused.value)
    passwords.write_text(f"*:*:*:{role}:het-goede-wachtwoord\n")
    store = open_organisation_store(address)  # libpq's own password file, nothing of ours
    try:
        assert [s.id for s in store.summaries()] == ["b1"]
    finally:
        store.close()


def test_the_search_text_follows_every_kind_of_write_and_is_read_as_the_dossiers_are(
    server, catalogue, example_dossier
):
    from datetime import UTC, datetime

    store = open_organisation_store(server.url)
    try:
        store.add(example_dossier)
        dossier_id = example_dossier.id
        store.save_answer(dossier_id, catalogue.make_answer("evaluatie.signalen", "Zeeën"))
        store.save_checklist_answer(
            dossier_id,
            catalogue.make_checklist_answer("flexkrachten.controle", "ja", "Onderhoudscontract"),
        )
        store.save_rows(dossier_id, "risks", example_dossier.risks[:1], datetime.now(UTC))
        changed = store.get(dossier_id)
        changed.title = "Nachtzorg met bewegingssensoren"
        store.save_facts(changed)
        store.delete("a2")
        store.purge("a2")
    finally:
        store.close()
    with server.admin() as admin:
        kept = set(admin.execute("SELECT * FROM search_parts").fetchall())
        kept |= {
            (dossier, "names", "", body)
            for dossier, body in admin.execute("SELECT * FROM search_names")
        }
        made = {row for _, query in search_part_queries().values() for row in admin.execute(query)}
        assert kept == made  # each part's row as its text now is, none left of a2
        # the names in a table of their own, and among the parts for the release before
        assert set(admin.execute("SELECT * FROM search_names").fetchall()) == set(
            admin.execute("SELECT dossier_id, body FROM search_parts WHERE part = 'names'")
        )
        assert {row[0] for row in kept} == {"a1", "b1", dossier_id}
        body = " ".join(row[3] for row in kept if row[0] == dossier_id)
        assert "zeeen" in body and "onderhoudscontract" in body and "bewegingssensoren" in body
        admin.execute("SET enable_seqscan = off")  # with so few rows the planner would scan
        plan = " ".join(
            row[0]
            for row in admin.execute(
                "EXPLAIN SELECT dossier_id FROM search_parts WHERE body LIKE '%sensor%'"
            )
        )
        assert "search_parts_words" in plan  # a part of a word is found through the index
        # every trigram of every part is in its dossier's signature, made by the server
        assert _lacking_signature(admin) == []
        assert admin.execute("SELECT count(*) FROM search_signatures").fetchone() == (3,)
    with server.login("writer", "De Boei") as writer:
        assert {r[0] for r in writer.execute("SELECT dossier_id FROM search_parts")} == {"b1"}
        assert _ids(writer, "SELECT dossier_id FROM search_signatures") == ["b1"]
        assert _ids(writer, "SELECT dossier_id FROM search_names") == ["b1"]


def _lacking_signature(admin) -> list[tuple[str, str]]:
    """The parts whose text has a trigram their dossier's signature lacks."""
    return admin.execute(
        "SELECT s.dossier_id, s.part FROM search_parts s"
        " LEFT JOIN search_signatures g ON g.dossier_id = s.dossier_id,"
        " igj_trigram_places(s.body) p"
        " WHERE g.trigrams IS NULL OR get_bit(g.trigrams, p) = 0"
    ).fetchall()


def _ids(connection, query: str) -> list[str]:
    return sorted(row[0] for row in connection.execute(query))


def test_a_signature_only_grows_and_a_dossier_is_read_only_when_its_signature_may_hold_the_words(
    server, catalogue
):
    store = open_organisation_store(server.person("writer", "De Boei"))
    try:
        store.save_answer("b1", catalogue.make_answer("waarom.knelpunt", "Nachtzorg met sensoren"))
        store.save_answer("b1", catalogue.make_answer("waarom.knelpunt", "Avonddiensten"))
        assert [s.id for s in store.summaries(narrow=_search("sensoren"))] == []
        with server.admin() as admin:
            # the words that were in the text are still in the signature: it only grows
            assert admin.execute(
                "SELECT trigrams & igj_trigram_mask(%s) = igj_trigram_mask(%s)"
                " FROM search_signatures WHERE dossier_id = 'b1'",
                (["sensoren"], ["sensoren"]),
            ).fetchone() == (True,)
            assert _lacking_signature(admin) == []
            admin.execute(
                "UPDATE search_signatures SET trigrams = B'0'::bit(8192) WHERE dossier_id = 'b1'"
            )
        assert [s.id for s in store.summaries(narrow=_search("avonddiensten"))] == []  # unread
        with server.admin() as admin:
            admin.execute("DELETE FROM search_signatures WHERE dossier_id = 'b1'")
        # a dossier without a signature has its text read as before
        assert [s.id for s in store.summaries(narrow=_search("avonddiensten"))] == ["b1"]
        assert [s.id for s in store.summaries(narrow=_search("Afwijking avonddiensten"))] == ["b1"]
    finally:
        store.close()


def test_signatures_made_on_a_server_that_makes_them_otherwise_are_not_trusted_and_made_again(
    server, catalogue
):
    """A store restored on a server of another LC_CTYPE or byte order has signatures that lack
    the trigrams asked there: the filter reads every dossier's text until `server init` has
    made them again."""
    store = open_organisation_store(server.person("writer", "De Boei"))
    try:
        store.save_answer("b1", catalogue.make_answer("waarom.knelpunt", "Nachtzorg met sensoren"))
        with server.admin() as admin:  # as made elsewhere: other places, another fingerprint
            admin.execute("UPDATE search_signatures SET trigrams = ~trigrams")
            admin.execute("UPDATE search_signature_basis SET fingerprint = 'elders'")
        assert [s.id for s in store.summaries(narrow=_search("sensoren"))] == ["b1"]
        assert init_server(server.url) is True
        with server.admin() as admin:
            assert _lacking_signature(admin) == []
            made_here = "SELECT igj_signatures_made_here()"
            assert admin.execute(made_here).fetchone() == (True,)
        assert init_server(server.url) is False  # once made, they stay
        assert [s.id for s in store.summaries(narrow=_search("sensoren"))] == ["b1"]
        assert [s.id for s in store.summaries(narrow=_search("avonddiensten"))] == []
    finally:
        store.close()


def test_a_store_of_revision_4_restored_on_another_kind_of_server_is_signed_again(
    postgres, catalogue
):
    """Revision 5 records how the signatures there were made only when a sample of them holds
    their dossiers' trigrams: a store restored elsewhere before it gets them made again."""
    import psycopg

    from tests.conftest import store_of_revision

    _, url = store_of_revision(postgres, "0004")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "INSERT INTO dossiers (id, title, location, created_at, updated_at) VALUES ('b1',"
            " 'Nachtzorg met sensoren', 'De Boei', '2026-12-04T10:00:00+00:00',"
            " '2026-12-04T10:00:00+00:00')"
        )
        admin.execute("UPDATE search_signatures SET trigrams = ~trigrams")  # made elsewhere
    assert init_server(url) is True
    store = open_organisation_store(url)
    try:
        assert [s.id for s in store.summaries(narrow=_search("sensoren"))] == ["b1"]
    finally:
        store.close()
    with psycopg.connect(url) as admin:
        assert _lacking_signature(admin) == []


# Letters that Python's folding of a search and the server's folding of the text agree on.
_FOLDED_ALIKE = "abcdefghijklmnopqrstuvwxyzABCZ0123456789éèëÉжзиклмЖ      -.,'"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), text=st.text(st.sampled_from(_FOLDED_ALIKE), min_size=4, max_size=80))
def test_the_filter_finds_a_dossier_by_any_part_of_its_text(server, catalogue, data, text):
    """A part of an answer's text, cut anywhere, finds the dossier: no signature hides it."""
    from igj_afwijken.storage.records import search_words

    start = data.draw(st.integers(0, len(text) - 4))
    end = data.draw(st.integers(start + 4, len(text)))
    words = [word for word in search_words(text[start:end]) if len(word) >= 4]
    assume(words)
    store = open_organisation_store(server.url)
    try:
        store.save_answer("b1", catalogue.make_answer("evaluatie.signalen", text))
        found = [s.id for s in store.summaries(narrow=_search(" ".join(words)))]
    finally:
        store.close()
    assert "b1" in found


_ADDING_CHILD = """
import sys
from igj_afwijken.domain.model import new_dossier_id
from igj_afwijken.formats import exchange
from igj_afwijken.storage.organisation import open_organisation_store
store = open_organisation_store(sys.argv[1])
from pathlib import Path
example = exchange.read_file(Path(sys.argv[2]))
print("ready", flush=True)
while True:
    store.add(example.copy(id=new_dossier_id()))
"""


def test_a_client_killed_while_saving_leaves_every_dossier_whole_or_absent(server, tmp_path):
    """kill -9 of a program in the middle of adding dossiers, again and again: the server
    rolls back what was not committed, so no dossier is ever half there."""
    import random
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT, VOLUNTEER_EXAMPLE

    answers = len(exchange.read_file(VOLUNTEER_EXAMPLE).answers)
    rng = random.Random(2026)
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", _ADDING_CHILD, server.url, str(VOLUNTEER_EXAMPLE)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
    with server.admin() as admin:
        counts = admin.execute(
            "SELECT d.id, count(a.question_id) FROM dossiers d"
            " LEFT JOIN answers a ON a.dossier_id = d.id"
            " WHERE d.id NOT IN ('a1', 'a2', 'b1') GROUP BY d.id ORDER BY d.id"
        ).fetchall()
        searched = admin.execute(
            "SELECT d.id, count(s.part_key) FROM dossiers d LEFT JOIN search_parts s"
            " ON s.dossier_id = d.id AND s.part = 'answers'"
            " WHERE d.id NOT IN ('a1', 'a2', 'b1') GROUP BY d.id ORDER BY d.id"
        ).fetchall()
    assert counts and all(count == answers for _, count in counts)
    assert searched == counts  # every committed answer's search text was made


def test_a_save_makes_again_only_the_search_parts_whose_text_it_changed(server, catalogue):
    """Every save of an answer also sets the dossier's time of change; the dossier's own parts
    (its facts, its names) are made again only when a field they hold changes."""

    def own_parts() -> dict[str, tuple[str, str]]:
        with server.admin() as admin:
            rows = admin.execute(
                "SELECT part, xmin::text, body FROM search_parts"
                " WHERE dossier_id = 'a1' AND part = 'dossiers'"
                " UNION ALL SELECT 'names', xmin::text, body FROM search_names"
                " WHERE dossier_id = 'a1'"
            ).fetchall()
        return {part: (version, body) for part, version, body in rows}

    store = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        before = own_parts()
        store.save_answer("a1", catalogue.make_answer("evaluatie.signalen", "Valincidenten"))
        assert own_parts() == before  # not written again, not even with the same text
        dossier = store.get("a1")
        dossier.rule = replace(dossier.rule, name="Richtlijn nachtzorg")  # facts, not names
        store.save_facts(dossier)
        after_rule = own_parts()
        assert after_rule["names"] == before["names"]
        assert after_rule["dossiers"] != before["dossiers"]
        assert "richtlijn nachtzorg" in after_rule["dossiers"][1]
        dossier.team = "Team Zeeën"  # in both
        store.save_facts(dossier)
        after_team = own_parts()
        assert after_team["names"][0] != before["names"][0]
        assert "team zeeen" in after_team["names"][1]
        assert "team zeeen" in after_team["dossiers"][1]
        assert [s.id for s in store.summaries(narrow=_search("ze"))] == ["a1"]
    finally:
        store.close()


def test_the_registers_filter_is_planned_for_its_own_words_every_time(server):
    """A filter typed again and again is the same question with other words: with the words as
    parameters, the server may plan it once for any words, and such a plan took 0.9 s a
    keystroke at 100,000 dossiers. The server's register question holds its words as
    constants, so each plan is made for them, also once the program prepared its call (after
    the fifth time). The plans are those the server logs (auto_explain), sent to this client."""
    store = open_organisation_store(server.url)
    logged: list[str] = []
    store._db.add_notice_handler(lambda notice: logged.append(notice.message_primary or ""))
    for setting in ("auto_explain.log_min_duration = 0", "auto_explain.log_nested_statements = on",
                    "client_min_messages = log"):  # fmt: skip
        store._db.execute("LOAD 'auto_explain'")
        store._db.execute(f"SET {setting}")
    try:
        for typed in ["Huize het", "Huize het ank", "Anker huize", "Anker huize he"] * 4:
            logged.clear()
            rows = store.register_rows(narrow=_search(typed))
            assert sorted(row.id for row in rows) == ["a1", "a2"]
            (plan,) = [entry for entry in logged if "search_parts" in entry]
            for word in typed.lower().split():
                if len(word) >= 4:
                    assert f"'%{word}%'::text" in plan
    finally:
        store.close()


# Any text a person could hand the server's register question, quotes and pattern signs too.
_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
_ORDER_COLUMNS = ("changed", "title", "location", "sector", "status", "next_evaluation",
                  "readiness")  # fmt: skip


def test_the_registers_question_shows_a_person_only_what_they_may_read(server):
    """The register's question runs as the store's owner, past row-level security, and checks
    the rights itself: asked straight, with any values, by a writer of one location, it gives
    that location's dossiers only, and never an error; one without a right may not ask it."""
    import psycopg

    with server.admin() as admin:
        admin.execute(
            "INSERT INTO dossiers (id, title, location, created_at, updated_at, deleted_at)"
            " VALUES ('b2', 'Afwijking b2', 'De Boei', '2026-12-04T10:00:00+00:00',"
            " '2026-12-04T10:00:00+00:00', '2026-12-04T11:00:00+00:00')"
        )
    asked = "SELECT id, location FROM igj_register(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    whole_register = (False, "", "", "", [], "changed", True, [], None, None, 0)
    with server.login("writer", "huize het anker") as writer, server.login() as nobody:

        @settings(max_examples=300, deadline=None)
        @given(
            arguments=st.tuples(
                st.booleans(),
                st.one_of(st.none(), _ANY_TEXT, st.just("De Boei")),
                st.one_of(st.none(), _ANY_TEXT),
                st.one_of(st.none(), _ANY_TEXT, st.sampled_from(["De Boei", "Huize Het Anker"])),
                st.one_of(st.none(), st.lists(st.one_of(_ANY_TEXT, st.just("afwijking")))),
                st.one_of(st.none(), _ANY_TEXT, st.sampled_from(_ORDER_COLUMNS)),
                st.booleans(),
                st.one_of(st.none(), st.lists(_ANY_TEXT, max_size=4)),
                st.one_of(st.none(), _ANY_TEXT, st.sampled_from(["a1", "b1", "b2"])),
                st.one_of(st.none(), st.integers(-3, 5)),
                st.one_of(st.none(), st.integers(-3, 5)),
            )
        )
        def only_her_location(arguments):
            rows = writer.execute(asked, arguments).fetchall()
            assert {location for _, location in rows} <= {"Huize Het Anker"}

        only_her_location()
        assert sorted(writer.execute(asked, whole_register).fetchall()) == [
            ("a1", "Huize Het Anker"),
            ("a2", "Huize Het Anker"),
        ]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            nobody.execute(asked, whole_register)
        grant(server.url, writer.info.user, "reader", "DE BOEI")  # a second location
        by_title = (False, "", "", "", [], "title", False, [], None, None, 0)
        assert writer.execute(asked, by_title).fetchall() == [
            ("a1", "Huize Het Anker"),
            ("a2", "Huize Het Anker"),
            ("b1", "De Boei"),
        ]
        removed = (True, "", "", "", [], "changed", True, [], None, None, 0)
        assert writer.execute(asked, removed).fetchall() == [("b2", "De Boei")]


def test_a_writer_sees_where_a_search_matched_in_her_dossiers_only(server, catalogue):
    """The text an excerpt is cut from is read by the server as its owner; it gives a person
    the text of the dossiers they may read, and nothing of another location's, even asked
    straight."""
    with server.admin() as admin:
        admin.execute(
            "UPDATE answers SET text = 'Te weinig nachtpersoneel' WHERE dossier_id = 'b1'"
        )
    store = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        excerpts = store.search_excerpts(["a1", "a2", "b1"], "personeel")
        assert "personeel" in excerpts["a1"] and "personeel" in excerpts["a2"]
        assert excerpts["b1"] == ""
        asked = "SELECT igj_search_text('b1'), igj_search_text('a1')"
        elsewhere, own = store._db.execute(asked).fetchone()
        assert elsewhere is None and "Te weinig personeel" in own
    finally:
        store.close()


def test_a_server_found_away_is_asked_again_only_after_a_pause(server, monkeypatch):
    """A window asks the store several things at once, and each new connection to a server
    that does not answer waits up to 10 s: once found away, it is tried again only after
    RECONNECT_PAUSE, and every question meanwhile gets the same one line at once."""
    import time

    from igj_afwijken.storage.postgres import repository as module

    monkeypatch.setattr(module, "RECONNECT_PAUSE", 0.3)
    store = open_organisation_store(server.url)
    reconnect, tries = store._reconnect, []

    def away():
        tries.append(time.monotonic())
        raise ServerError("de organisatieserver is niet bereikbaar: weg")

    try:
        store._reconnect = away
        store._db.close()
        for _ in range(3):
            with pytest.raises(ServerError, match="niet bereikbaar: weg"):
                store.summaries()
        assert len(tries) == 1
        time.sleep(0.35)
        store._reconnect = reconnect
        assert sorted(s.id for s in store.summaries()) == ["a1", "a2", "b1"]
    finally:
        store.close()


_TITLE_WORDS = ["Bo", "12", "1", "Nachtzorg", "Vaste", "flexschil", "b", "Anker"]
_TEXT_WORDS = ["vaste", "flexschil", "nachtdienst", "sensoren", "inzet", "bo"]


def test_the_registers_two_ways_to_a_page_give_the_same_pages(server, catalogue, monkeypatch):
    """With a word of a name that few dossiers have, the register's question puts those in
    order before it reads their text; with more, it reads the register in its order. Both
    give the same pages, in every order."""
    import random

    from igj_afwijken.domain.model import Dossier
    from igj_afwijken.storage.port import RegisterFilter, RegisterOrder
    from igj_afwijken.storage.postgres import server as server_module

    chosen = random.Random(12)
    store = open_organisation_store(server.url)
    for number in range(40):
        title = " ".join(chosen.sample(_TITLE_WORDS, 3)) + f" {number}"
        store.add(Dossier(id=f"x{number:02}", title=title, location=f"Plek {number % 3}"))
        text = " ".join(chosen.sample(_TEXT_WORDS, 3))
        store.save_answer(f"x{number:02}", catalogue.make_answer("waarom.knelpunt", text))
    with server.admin() as admin:  # the text decides, not the signatures (read as if none)
        admin.execute("DELETE FROM search_signatures")

    def pages(search: str, order: RegisterOrder) -> list[list[str]]:
        narrow = RegisterFilter(search=search)
        return [
            [row[0] for row in store._read_register(False, narrow, order, limit=4, offset=start)]
            for start in range(0, 44, 4)
        ]

    asked = st.tuples(
        st.lists(st.sampled_from(_TITLE_WORDS + _TEXT_WORDS), min_size=1, max_size=3),
        st.sampled_from(["changed", "title", "location", "status"]),
        st.booleans(),
    )
    examples = []

    @settings(max_examples=60, deadline=None, database=None)
    @given(asked)
    def collect(example):
        examples.append(example)

    collect()
    try:
        before = [pages(" ".join(words), RegisterOrder(c, d)) for words, c, d in examples]
        assert any(page for found in before for page in found)
        monkeypatch.setattr(server_module, "FEW_NAMED", 0)  # every word of a name "many"
        (asking,) = [
            statement
            for statement in server_module.register_question_statements()
            if "FUNCTION igj_register(" in statement and "CREATE" in statement
        ]
        with server.admin() as admin:
            admin.execute(asking)
        after = [pages(" ".join(words), RegisterOrder(c, d)) for words, c, d in examples]
    finally:
        store.close()
    assert after == before


def _saves_seen(server) -> None:
    """Have the server say, as a notice to the saving client, each answer a save writes."""
    with server.admin() as admin:
        admin.execute(
            "CREATE FUNCTION test_saved() RETURNS trigger LANGUAGE plpgsql AS"
            " $$ BEGIN RAISE NOTICE 'saved % %', NEW.dossier_id, NEW.question_id; RETURN NULL;"
            " END $$"
        )
        admin.execute(
            "CREATE TRIGGER test_saved AFTER INSERT OR UPDATE ON answers"
            " FOR EACH ROW EXECUTE FUNCTION test_saved()"
        )


def _stored(server) -> list[tuple]:
    with server.admin() as admin:
        return [
            *admin.execute("SELECT * FROM dossiers ORDER BY id").fetchall(),
            *admin.execute("SELECT * FROM answers ORDER BY dossier_id, question_id").fetchall(),
            *admin.execute("SELECT count(*) FROM changes").fetchall(),
            *admin.execute("SELECT * FROM search_parts ORDER BY 1, 2, 3").fetchall(),
        ]


def test_a_rehearsed_save_goes_through_the_save_and_keeps_and_tells_nothing(server):
    """Opening a dossier rehearses a save of its last answer, so that the server's first real
    save on that connection is as quick as the rest: the save runs all the way through its
    triggers, and is rolled back, unseen by anyone listening."""
    _saves_seen(server)
    before = _stored(server)
    store = open_organisation_store(server.person("writer", "Huize Het Anker"))
    seen: list[str] = []
    store._db.add_notice_handler(lambda notice: seen.append(notice.message_primary or ""))
    try:
        with server.admin() as listener:
            listener.execute("LISTEN igj_afwijken")
            store.prepare_saving("a1")
            assert seen == ["saved a1 waarom.reden"]
            assert list(listener.notifies(timeout=0.5)) == []
        assert not store.made_changes
        assert store.get("a1").answer_text("waarom.reden") == "Te weinig personeel"
    finally:
        store.close()
    assert _stored(server) == before


def test_a_rehearsed_save_of_a_dossier_without_answers_adds_none(server):
    _saves_seen(server)
    with server.admin() as admin:
        admin.execute("DELETE FROM answers WHERE dossier_id = 'a2'")
    before = _stored(server)
    store = open_organisation_store(server.person("writer", "Huize Het Anker"))
    seen: list[str] = []
    store._db.add_notice_handler(lambda notice: seen.append(notice.message_primary or ""))
    try:
        store.prepare_saving("a2")
        assert seen == ["saved a2 igj-afwijken.proef"]
        assert store.get("a2").answers == {}
    finally:
        store.close()
    assert _stored(server) == before


def test_a_rehearsal_that_cannot_save_is_silent_and_leaves_saving_as_it_was(server, catalogue):
    """A reader, a dossier of another location, one that does not exist, a long answer being
    saved by someone else (the rehearsal does not wait for it): none says anything, and the
    store saves as before afterwards."""
    _saves_seen(server)
    before = _stored(server)
    reader = open_organisation_store(server.person("reader", "Huize Het Anker"))
    writer = open_organisation_store(server.person("writer", "Huize Het Anker"))
    seen: list[str] = []
    writer._db.add_notice_handler(lambda notice: seen.append(notice.message_primary or ""))
    try:
        reader.prepare_saving("a1")
        writer.prepare_saving("b1")
        writer.prepare_saving("bestaat-niet")
        assert seen == []
        with (
            server.login("writer", "Huize Het Anker") as colleague,
            colleague.transaction(force_rollback=True),
        ):
            colleague.execute("UPDATE dossiers SET title = 'Bezig' WHERE id = 'a1'")
            writer.prepare_saving("a1")  # the colleague's row lock is not waited for
            assert seen == []
        assert _stored(server) == before
        writer.save_answer("a1", catalogue.make_answer("evaluatie.signalen", "Valincidenten"))
        assert writer.get("a1").answer_text("evaluatie.signalen") == "Valincidenten"
    finally:
        reader.close()
        writer.close()

"""The organisation store's rights are the database's: tried with raw connections of each role on
a real PostgreSQL server, the way someone with `psql` would."""

from uuid import uuid4

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from igj_afwijken.storage import migrations
from igj_afwijken.storage.postgres import server as server_module
from igj_afwijken.storage.postgres.server import ServerError, connection_info, grant, init_server
from igj_afwijken.storage.tables import metadata


def _ids(connection, table="dossiers") -> list[str]:
    column = "id" if table == "dossiers" else "dossier_id"
    query = sql.SQL("SELECT {} FROM {} ORDER BY 1").format(
        sql.Identifier(column), sql.Identifier(table)
    )
    return [row[0] for row in connection.execute(query)]


def _add(connection, dossier: str, location: str) -> None:
    connection.execute(
        "INSERT INTO dossiers (id, title, location, created_at, updated_at)"
        " VALUES (%s, 'Nieuw', %s, '2026-12-04T11:00:00+00:00', '2026-12-04T11:00:00+00:00')",
        (dossier, location),
    )


def test_a_writer_of_one_location_reads_and_writes_only_its_dossiers(server):
    with server.login("writer", "Huize Het Anker") as writer:
        assert _ids(writer) == ["a1", "a2"]
        assert _ids(writer, "answers") == ["a1", "a2"]
        writer.execute("UPDATE dossiers SET title = 'Gewijzigd' WHERE id = 'a1'")
        _add(writer, "a3", "huize het anker")  # the location in another case is the same place
        # another location's row is not there for this person: an update finds nothing
        assert writer.execute("UPDATE dossiers SET title = 'x' WHERE id = 'b1'").rowcount == 0
        assert writer.execute("DELETE FROM answers WHERE dossier_id = 'b1'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _add(writer, "b2", "De Boei")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor move one there
            writer.execute("UPDATE dossiers SET location = 'De Boei' WHERE id = 'a2'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor write into its parts
            writer.execute(
                "INSERT INTO answers VALUES ('b1', 'hoe.werkwijze', 'x', '2026.1', 'Hoe?',"
                " '2026-12-04T11:00:00+00:00')"
            )
    with server.admin() as admin:
        assert admin.execute("SELECT title FROM dossiers WHERE id = 'b1'").fetchone() == (
            "Afwijking b1",
        )
        assert admin.execute("SELECT count(*) FROM answers WHERE dossier_id = 'b1'").fetchone() == (
            1,
        )


def test_a_reader_reads_its_location_and_changes_nothing(server):
    with server.login("reader", "De Boei") as reader:
        assert _ids(reader) == ["b1"] and _ids(reader, "answers") == ["b1"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("UPDATE dossiers SET title = 'x' WHERE id = 'b1'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _add(reader, "b2", "De Boei")


def test_a_director_sees_and_writes_every_location(server):
    with server.login("director") as director:
        assert _ids(director) == ["a1", "a2", "b1"]
        _add(director, "b2", "De Boei")
        assert _ids(director) == ["a1", "a2", "b1", "b2"]


def test_a_role_without_a_right_sees_nothing_and_a_reader_made_writer_may_write(server):
    with server.login() as nobody, pytest.raises(psycopg.errors.InsufficientPrivilege):
        _ids(nobody)
    with server.login("reader", "De Boei") as person:
        role = person.info.user
        grant(server.url, role, "writer", "De Boei")
        person.execute("UPDATE dossiers SET title = 'Bijgewerkt' WHERE id = 'b1'")
        grant(server.url, role, "reader", "De Boei")  # and back: the right is replaced
        assert person.execute("UPDATE dossiers SET title = 'x' WHERE id = 'b1'").rowcount == 0


def test_nobody_gives_themselves_more_rights(server):
    with server.login("writer", "Huize Het Anker") as writer:
        role = writer.info.user
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            writer.execute("INSERT INTO location_rights VALUES (%s, 'De Boei', 'writer')", (role,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            writer.execute("SELECT * FROM location_rights")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            writer.execute("SET ROLE igj_director")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            writer.execute(sql.SQL("GRANT igj_director TO {}").format(sql.Identifier(role)))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            writer.execute("ALTER TABLE dossiers DISABLE ROW LEVEL SECURITY")
        assert _ids(writer) == ["a1", "a2"]


def test_where_a_dossier_is_is_told_only_to_those_who_may_read_it(server):
    """The policies ask a function that runs as the owner where a row's dossier is; a member
    may call it too, and it told her where any dossier she named is, at any location."""
    place = "SELECT igj_location_of(%s)"
    with server.login("writer", "De Boei") as writer, server.login("reader", "De Boei") as reader:
        for member in (writer, reader):
            assert member.execute(place, ("a1",)).fetchone() == (None,)
            assert member.execute(place, ("b1",)).fetchone() == ("De Boei",)
    with server.login("director") as director:
        assert director.execute(place, ("a1",)).fetchone() == ("Huize Het Anker",)
    with server.admin() as administrator:  # as in psql, past the rights
        assert administrator.execute(place, ("a1",)).fetchone() == ("Huize Het Anker",)
    with server.login() as nobody, pytest.raises(psycopg.errors.InsufficientPrivilege):
        nobody.execute(place, ("b1",))


def test_a_members_temporary_tables_stand_in_for_nothing_the_server_checks(server):
    """PostgreSQL looks for a table in the caller's temporary schema first, unless a
    function's search path names that schema last: a writer's own temporary rights or
    dossiers would have stood in for the real ones in every check that runs as the owner."""
    with server.login("writer", "Huize Het Anker") as writer:
        writer.execute("CREATE TEMP TABLE location_rights (member name, location text,"
                       " access text)")  # fmt: skip
        writer.execute("INSERT INTO location_rights VALUES (session_user, 'De Boei', 'writer')")
        writer.execute("CREATE TEMP TABLE dossiers (LIKE public.dossiers)")
        writer.execute("INSERT INTO pg_temp.dossiers SELECT * FROM public.dossiers WHERE id = 'a1'")
        writer.execute("UPDATE pg_temp.dossiers SET id = 'b1'")  # b1 as if at her location
        checks = "SELECT igj_may_read('De Boei'), igj_may_write('De Boei'), igj_search_text('b1')"
        assert writer.execute(checks).fetchone() == (False, False, None)
        assert _ids(writer, "answers") == ["a1", "a2"]  # read as unqualified: public's
        assert writer.execute("SELECT dossier_id FROM public.answers WHERE dossier_id = 'b1'"
                              ).fetchall() == []  # fmt: skip
        register = writer.execute(
            "SELECT id FROM igj_register(false, '', '', '', '{}', 'title', false, '{}', NULL,"
            " NULL, 0)"
        ).fetchall()
        assert register == [("a1",), ("a2",)]
        changed = writer.execute("UPDATE public.dossiers SET title = 'x' WHERE id = 'b1'")
        assert changed.rowcount == 0


def test_every_function_that_runs_as_the_owner_looks_in_the_temporary_schema_last(server):
    with server.admin() as admin:
        paths = admin.execute(
            "SELECT p.proname, p.proconfig FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef"
        ).fetchall()
    assert len(paths) >= 10
    for name, configured in paths:
        assert "search_path=pg_catalog, public, pg_temp" in (configured or []), name


def _database_of_its_own_owner(postgres) -> tuple[str, str]:
    """A new database owned by a new role that may create roles, as the README advises an
    organisation to set one up; (database, owner)."""
    database = f"igj_{uuid4().hex[:10]}"
    owner = f"beheer_{uuid4().hex[:6]}"
    with psycopg.connect(postgres.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE").format(sql.Identifier(owner)))
        admin.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(database), sql.Identifier(owner)
            )
        )
    return database, owner


def test_the_stores_owner_reads_the_whole_register_as_in_psql(postgres):
    """Row-level security lets the tables' owner read every row; so does the register's
    question, which checks the rights itself."""
    from igj_afwijken.domain.model import Dossier
    from igj_afwijken.storage.organisation import open_organisation_store

    database, owner = _database_of_its_own_owner(postgres)
    as_owner = postgres.url(owner, database)
    init_server(as_owner)
    store = open_organisation_store(as_owner)
    try:
        store.add(Dossier(id="o1", title="Van de eigenaar", location="Elders"))
        assert [summary.id for summary in store.summaries()] == ["o1"]
        assert store.search_excerpts(["o1"], "eigenaar")["o1"] != ""
    finally:
        store.close()


def test_init_refuses_a_database_where_every_role_may_create_in_the_public_schema(postgres):
    """As PostgreSQL 14 and older have it: a member could make a function there that the
    store's own find before PostgreSQL's, and run it as the store's owner. init closes it
    when it may, and refuses in one line when only the database's administrator may."""
    database, owner = _database_of_its_own_owner(postgres)
    with psycopg.connect(postgres.url(database=database), autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        admin.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        admin.execute("ALTER SCHEMA public OWNER TO CURRENT_USER")  # as on PostgreSQL 14
        admin.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
        admin.execute(sql.SQL("GRANT CREATE ON SCHEMA public TO {}").format(
            sql.Identifier(owner)))  # fmt: skip
    as_owner = postgres.url(owner, database)
    with pytest.raises(ServerError, match="REVOKE CREATE ON SCHEMA public FROM PUBLIC") as refused:
        init_server(as_owner)
    assert "\n" not in str(refused.value)
    init_server(postgres.url(database=database))  # the administrator's: it closes the schema
    with psycopg.connect(postgres.url(database=database)) as admin:
        asked = "SELECT has_schema_privilege('public', 'public', 'CREATE')"
        assert admin.execute(asked).fetchone() == (False,)


def test_init_again_keeps_the_dossiers_and_the_rights(server):
    with server.login("writer", "De Boei") as writer:
        init_server(server.url)
        assert _ids(writer) == ["b1"]


def test_the_stores_connections_are_planned_for_short_questions_on_rows_in_memory(server):
    """PostgreSQL's JIT pays off for long reports, not for the register's short questions;
    and for the register's question a page found through an index costs about what the next
    one in a scan does. The server's own cost of such a page holds for everything else."""
    from psycopg import sql

    from igj_afwijken.storage.postgres.server import connect

    with server.admin() as admin:
        admin.execute(
            sql.SQL("ALTER DATABASE {} SET random_page_cost = 3.5").format(
                sql.Identifier(server.database)
            )
        )
    with connect(server.url) as connection:
        assert connection.execute("SHOW jit").fetchone() == ("off",)
        assert connection.execute("SHOW random_page_cost").fetchone() == ("3.5",)
        (settings,) = connection.execute(
            "SELECT proconfig FROM pg_proc WHERE proname = 'igj_register'"
        ).fetchone()
        assert "random_page_cost=1.1" in settings


def _alembic_record(admin) -> list[str]:
    return [row[0] for row in admin.execute("SELECT version_num FROM alembic_version")]


def test_init_runs_the_revisions_the_server_lacks_and_records_them(server):
    head = migrations.head(migrations.ORGANISATION_REVISIONS)
    with server.admin() as admin:
        assert _alembic_record(admin) == [head]
        admin.execute("DROP TABLE alembic_version")  # a server set up before the record was kept
        admin.execute("DROP TABLE changes CASCADE")
    init_server(server.url)
    with server.admin() as admin:
        assert _alembic_record(admin) == [head]
        assert admin.execute("SELECT to_regclass('changes')").fetchone() == ("changes",)
        admin.execute("DROP TABLE changes CASCADE")  # with the record at its head, nothing runs
    init_server(server.url)
    with server.admin() as admin:
        assert admin.execute("SELECT to_regclass('changes')").fetchone() == (None,)


def test_a_failing_init_changes_nothing_on_the_server(postgres, monkeypatch):
    """All revisions run in one transaction: a server is either set up whole or not at all."""
    first = migrations.revisions(migrations.ORGANISATION_REVISIONS).get_revision("0001")
    database = f"igj_{uuid4().hex[:10]}"
    with psycopg.connect(postgres.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    monkeypatch.setattr(
        first.module,
        "first_release_statements",
        lambda: [*server_module.first_release_statements(), "NOT SQL"],
    )
    with pytest.raises(ServerError, match="weigert") as refused:
        init_server(postgres.url(database=database))
    assert "\n" not in str(refused.value)
    with psycopg.connect(postgres.url(database=database)) as admin:
        tables = admin.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
    assert tables == (0,)


def _triggers(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        return {
            row[0]
            for row in connection.execute(
                "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal"
            )
        }


def test_a_server_of_an_earlier_revision_is_brought_to_what_a_new_one_has(server, postgres):
    """`server init` on a server set up by the first release runs the later revisions: its
    triggers are then those of a server set up new (a dossier's own search parts made again
    only when their fields change), its dossiers get their trigram signatures and their names
    a table of their own."""
    from tests.conftest import store_of_revision

    _, url = store_of_revision(postgres, "0001")
    first = _triggers(url)
    assert not any("searching_changed" in trigger for trigger in first)
    with psycopg.connect(url, autocommit=True) as admin:
        _add(admin, "c1", "De Boei")  # a dossier from before the signatures
        admin.execute(
            "INSERT INTO answers VALUES ('c1', 'waarom.reden', 'Nachtzorg met sensoren',"
            " '2026.1', 'Waarom?', '2026-12-04T11:00:00+00:00')"
        )
    init_server(url)
    with psycopg.connect(url) as admin:
        assert _alembic_record(admin) == [migrations.head(migrations.ORGANISATION_REVISIONS)]
        # its signature was made from its text
        assert admin.execute(
            "SELECT trigrams & igj_trigram_mask(%s) = igj_trigram_mask(%s)"
            " FROM search_signatures WHERE dossier_id = 'c1'",
            (["sensoren", "nacht"], ["sensoren", "nacht"]),
        ).fetchall() == [(True,)]
        # its names in a table of their own
        assert admin.execute(
            "SELECT body FROM search_names WHERE dossier_id = 'c1'"
        ).fetchall() == [(" nieuw de boei ",)]
    assert _triggers(url) == _triggers(server.url) != first


def test_the_server_holds_the_shared_tables(server):
    with server.admin() as admin:
        for table in metadata.sorted_tables:
            columns = admin.execute(
                "SELECT column_name, is_nullable FROM information_schema.columns"
                " WHERE table_name = %s ORDER BY ordinal_position",
                (table.name,),
            ).fetchall()
            assert columns == [(c.name, "YES" if c.nullable else "NO") for c in table.columns]


def test_a_missing_role_or_location_is_said_in_one_line(server):
    with pytest.raises(ServerError, match="bestaat niet op de server"):
        grant(server.url, "niemand_hier", "writer", "De Boei")
    with pytest.raises(ServerError, match="--location"):
        grant(server.url, "niemand_hier", "reader", "  ")


def test_a_server_that_is_not_there_is_said_in_one_line(postgres):
    with pytest.raises(ServerError, match="niet bereikbaar") as refused:
        init_server(postgres.url().replace(f"port={postgres.port}", "port=1"))
    assert "\n" not in str(refused.value)


def test_a_database_that_is_no_store_yet_is_said(postgres):
    with pytest.raises(ServerError, match="server init"):
        grant(postgres.url(database="postgres"), "igj_admin", "writer", "De Boei")


# -- the address --------------------------------------------------------------------------------

hosts = st.from_regex(r"[a-z][a-z0-9\-]{0,20}(\.[a-z]{2,6}){1,2}", fullmatch=True)


@given(host=hosts, mode=st.sampled_from(["", "disable", "allow", "prefer", "require"]))
def test_a_server_elsewhere_is_reached_over_tls_only(host, mode):
    url = f"postgresql://{host}/igj" + (f"?sslmode={mode}" if mode else "")
    if mode in ("disable", "allow", "prefer"):
        with pytest.raises(ServerError, match="TLS"):
            connection_info(url)
    else:
        assert connection_info(url)["sslmode"] == "require"


@given(password=st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1))
def test_a_password_in_the_address_is_refused(password):
    for url in (
        f"postgresql://anna:{password}@localhost/igj",
        f"postgresql:///igj?password={password}",
    ):
        with pytest.raises(ServerError, match="wachtwoord"):
            connection_info(url)


def test_a_service_reaches_its_server_over_tls_unless_it_is_here():
    assert connection_info("postgresql:///?service=igj")["sslmode"] == "require"
    assert "sslmode" not in connection_info("postgresql:///?service=igj&host=/run/postgresql")


@pytest.mark.parametrize(
    "url", ["postgresql:///igj", "postgresql://localhost/igj", "postgresql://127.0.0.1:5433/igj",
            "postgresql://anna@/igj?host=/run/postgresql"],
)  # fmt: skip
def test_a_server_on_this_computer_needs_no_tls(url):
    assert "sslmode" not in connection_info(url)


@pytest.mark.parametrize("url", ["server/igj", "mysql://server/igj", "postgresql://[::1"])
def test_an_address_that_is_no_postgres_address_is_said(url):
    with pytest.raises(ServerError):
        connection_info(url)


# -- who changed what ------------------------------------------------------------------------------


def _history(connection, dossier: str) -> list[tuple]:
    return connection.execute(
        "SELECT part, part_key, field, old_value, new_value, changed_by FROM changes"
        " WHERE dossier_id = %s ORDER BY id",
        (dossier,),
    ).fetchall()


def test_every_change_is_recorded_with_who_made_it(server):
    with server.login("writer", "Huize Het Anker") as writer:
        anna = writer.info.user
        started = writer.execute("SELECT clock_timestamp()").fetchone()[0]
        writer.execute("UPDATE dossiers SET title = 'Nachtzorg', updated_at = 'x' WHERE id = 'a1'")
        writer.execute("UPDATE answers SET text = 'Vacatures' WHERE dossier_id = 'a1'")
        writer.execute(
            "INSERT INTO dossier_rows VALUES ('a1', 'risks', 0, '{\"risk\": \"Vallen\"}')"
        )
        writer.execute("DELETE FROM answers WHERE dossier_id = 'a1'")
        hers = [change for change in _history(writer, "a1") if change[-1] == anna]
        moments = writer.execute(
            "SELECT min(changed_at) FROM changes WHERE changed_by = %s", (anna,)
        ).fetchone()
    removed = [("answers", "waarom.reden", "text", "Vacatures", None, anna)]
    assert hers[:3] == [
        ("dossiers", None, "title", "Afwijking a1", "Nachtzorg", anna),  # not its updated_at
        ("answers", "waarom.reden", "text", "Te weinig personeel", "Vacatures", anna),
        ("dossier_rows", "risks 0", "data", None, '{"risk": "Vallen"}', anna),
    ]
    assert hers[3:] == removed  # a removed answer: its text (its question's words are known)
    assert moments[0] >= started


def test_nobody_writes_or_alters_the_history(server):
    with server.login("director") as director:
        director.execute("UPDATE dossiers SET title = 'Anders' WHERE id = 'b1'")
        for statement in (
            "INSERT INTO changes (dossier_id, location, part, field) VALUES ('b1', 'De Boei', 'x', 'y')",
            "UPDATE changes SET changed_by = 'iemand'",
            "DELETE FROM changes",
            "TRUNCATE changes",
            "ALTER TABLE dossiers DISABLE TRIGGER recording",
            "DROP TRIGGER recording ON dossiers",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                director.execute(statement)
        assert _history(director, "b1")[-1][2:] == (
            "title",
            "Afwijking b1",
            "Anders",
            director.info.user,
        )


def test_the_history_is_read_as_the_dossiers_are(server):
    with server.admin() as admin:
        admin.execute("UPDATE dossiers SET title = 'Gewijzigd' WHERE id = 'a1'")
    with server.login("reader", "De Boei") as reader:
        assert _history(reader, "a1") == [] and _history(reader, "b1") != []
    with server.login("reader", "Huize Het Anker") as reader:
        assert ("dossiers", None, "title", "Afwijking a1", "Gewijzigd", "igj_admin") in _history(
            reader, "a1"
        )


def test_a_committed_change_is_told_to_every_listener_with_who_saved_it(server):
    with server.admin() as listener, server.login("writer", "De Boei") as writer:
        listener.execute("LISTEN igj_afwijken")
        with writer.transaction():
            writer.execute("UPDATE dossiers SET title = 'Anders' WHERE id = 'b1'")
            writer.execute("UPDATE answers SET text = 'Anders' WHERE dossier_id = 'b1'")
            assert list(listener.notifies(timeout=0.3)) == []  # nothing before the commit
        told = [n.payload for n in listener.notifies(timeout=1)]
        assert told == [f"b1 {writer.info.backend_pid}"]  # once, however many rows changed


_CERTIFICATE_CONFIG = """
[ ca ]
default_ca = local
[ local ]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = anything
[ anything ]
commonName = supplied
[ req ]
distinguished_name = name
prompt = no
[ name ]
CN = 127.0.0.1
"""


def _expired_certificate(folder):
    """A self-signed certificate for 127.0.0.1 that was valid for one day in 2020."""
    import subprocess

    (folder / "ca.cnf").write_text(_CERTIFICATE_CONFIG)
    (folder / "index.txt").write_text("")
    (folder / "serial").write_text("01\n")
    for command in (
        ["openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key",
         "-out", "server.csr", "-config", "ca.cnf"],
        ["openssl", "ca", "-batch", "-config", "ca.cnf", "-selfsign", "-keyfile", "server.key",
         "-in", "server.csr", "-out", "server.crt", "-startdate", "20200101000000Z",
         "-enddate", "20200102000000Z"],
    ):  # fmt: skip
        subprocess.run(command, cwd=folder, check=True, capture_output=True, timeout=60)
    return folder / "server.crt", folder / "server.key"


def test_an_expired_certificate_is_told_in_one_line(postgres, tmp_path):
    import shutil

    from igj_afwijken.storage.postgres.server import connect
    from tests import postgres_cluster

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed; Debian's postgresql brings it (ssl-cert)")
    certificate, key = _expired_certificate(tmp_path)
    cluster = postgres_cluster.start()  # a cluster of its own: the others stay as they are
    try:
        cluster.serve_tls(certificate, key)
        address = (
            f"postgresql://{postgres_cluster.ADMIN}@127.0.0.1:{cluster.port}/"
            f"{postgres_cluster.DATABASE}?sslmode=verify-full&sslrootcert={certificate}"
        )
        with pytest.raises(ServerError, match="certificaat van de server") as refused:
            connect(address)
        assert "verlopen" in str(refused.value) and "\n" not in str(refused.value)
    finally:
        cluster.stop()


# -- the search's trigram signatures ------------------------------------------------------------

# Letters a search meets: of one byte and of more (which pg_trgm keeps as a hash), a letter
# that folds to two, marks between words, and everything else Unicode has.
_TEXT_LETTERS = st.one_of(
    st.sampled_from("abcxyz019 é-_.'ßжзиΣσς漢字🙂"),
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
)


def _signature_holds(connection, body: str, words: list[str]) -> bool:
    """Whether the signature the server makes of `body` has every trigram of `words`."""
    (holds,) = connection.execute(
        "SELECT (SELECT coalesce(bit_or(B'1'::bit(8192) >> p), B'0'::bit(8192))"
        " FROM igj_trigram_places(%s) p) & igj_trigram_mask(%s) = igj_trigram_mask(%s)",
        (body, words, words),
    ).fetchone()
    return holds


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), body=st.text(_TEXT_LETTERS, min_size=3, max_size=120))
def test_a_texts_signature_has_every_trigram_of_each_part_of_it(server, data, body):
    """The filter reads a dossier's text only when its signature has every trigram of the
    words: a signature that lacked one would hide a dossier that holds the word."""
    start = data.draw(st.integers(0, len(body) - 3))
    end = data.draw(st.integers(start + 3, len(body)))
    with server.admin() as admin:
        assert _signature_holds(admin, body, [body[start:end]])
        assert _signature_holds(admin, body, [body[start:end], body[:3], body[-3:]])


def test_a_signature_tells_apart_texts_without_the_word(server):
    with server.admin() as admin:
        assert not _signature_holds(admin, "vaste flexschil in de avond", ["nachtzorg"])
        assert not _signature_holds(admin, "vaste flexschil", ["vaste", "nachtzorg"])
        assert _signature_holds(admin, "nachtzorg met sensoren", ["achtzo", "sensor"])
        assert _signature_holds(admin, "anything", ["ab"])  # too short to have a trigram

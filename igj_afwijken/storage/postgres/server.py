"""Setting up the organisation store on PostgreSQL: its tables, three group roles, and rights per
location that the database itself enforces (row-level security)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from igj_afwijken import i18n
from igj_afwijken.storage.port import TEXT_SEARCH_LETTERS, StoreError
from igj_afwijken.storage.records import INFIX_LETTERS

if TYPE_CHECKING:
    import psycopg

# The search path of a function that runs as the store's owner: the caller's temporary schema
# last, where it can stand in for nothing (PostgreSQL looks there first for tables and types
# when the path does not name it).
SAFE_SEARCH_PATH = "SET search_path = pg_catalog, public, pg_temp"

# The group roles a person's own login role is made a member of: reading and writing the
# dossiers of the locations granted to them, or directing (every location).
GROUPS = {"reader": "igj_reader", "writer": "igj_writer", "director": "igj_director"}

_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
_SAFE_SSL_MODES = {"require", "verify-ca", "verify-full"}


class ServerError(StoreError):
    """One line for the user: the server cannot be reached, refuses, or lacks something."""


def connection_info(url: str) -> dict[str, str]:
    """The URL's connection parameters, refused when they would send a password or data in the
    clear: a password belongs in libpq's password file or service file, not in an address that
    stays in a shell's history; and TLS is required unless the server is on this computer."""
    from psycopg import conninfo

    if not url.startswith(("postgresql://", "postgres://")):
        raise ServerError(
            i18n.translate(
                "server", "het adres van de organisatieserver begint met postgresql://: {url}"
            ).format(url=url)
        )
    try:
        info = conninfo.conninfo_to_dict(url)
    except Exception as error:  # psycopg.ProgrammingError, with libpq's own words
        raise ServerError(
            i18n.translate(
                "server", "dit adres van de organisatieserver klopt niet: {reason}"
            ).format(reason=_first_line(error))
        ) from None
    if info.get("password"):
        raise ServerError(
            i18n.translate(
                "server",
                "zet geen wachtwoord in het adres; libpq leest het uit uw wachtwoordbestand "
                "(.pgpass) of servicebestand",
            )
        )
    host = str(info.get("host", ""))
    # no host: libpq's own socket on this computer; but a service file may name any host
    local = all(h in _LOCAL_HOSTS or h.startswith("/") for h in host.split(",")) and not (
        not host and info.get("service")
    )
    mode = str(info.get("sslmode", ""))
    if not local and mode and mode not in _SAFE_SSL_MODES:
        raise ServerError(
            i18n.translate(
                "server",
                "een server op een ander apparaat wordt alleen versleuteld (TLS) gebruikt; "
                "sslmode={mode} kan niet",
            ).format(mode=mode)
        )
    if not local and not mode:
        info["sslmode"] = "require"
    return {key: str(value) for key, value in info.items()}


CHANNEL = "igj_afwijken"  # where the server tells of every committed change (see igj_announce)


def watch(url: str, changed: Callable[[str, int], None], stop: threading.Event) -> None:
    """Until `stop` is set, call `changed(dossier id, connection's process id)` for each change
    others commit on the server; on a connection of its own, made again after a loss (every
    few seconds). Runs in a thread of its own."""
    import psycopg

    while not stop.is_set():
        try:
            with connect(url) as connection:
                connection.execute(f"LISTEN {CHANNEL}")
                while not stop.is_set():
                    for notice in connection.notifies(timeout=0.5):
                        dossier, _, process = notice.payload.rpartition(" ")
                        changed(dossier, int(process) if process.isdigit() else 0)
        except (ServerError, psycopg.Error):
            stop.wait(3)


def connect(url: str) -> psycopg.Connection:
    """A connection to the server, each statement its own transaction unless one is opened;
    one clear line when it cannot be made."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    info = connection_info(url)
    try:
        connection = psycopg.connect(make_conninfo("", **info), connect_timeout=10, autocommit=True)
        # The store asks short questions; compiling one of them (a register filter of three
        # words at 100,000 dossiers) took 60-70 ms, most of its time.
        connection.execute("SET jit = off")
        return connection
    except psycopg.OperationalError as error:
        raise ServerError(_connect_failure(error)) from None


@contextmanager
def connected(url: str) -> Iterator[psycopg.Connection]:
    """A connection to the server, closed afterwards."""
    connection = connect(url)
    try:
        yield connection
    finally:
        connection.close()


def init_server(url: str) -> bool:
    """Make the store's tables, the group roles and the rights per location, by running the
    organisation store's revisions that the server does not have yet, all in one transaction.
    Run again, it changes nothing that is there (roles are kept, rights too), except the
    search's trigram signatures where they were made on a server that makes them otherwise:
    those it makes again afterwards, in a transaction of their own (5-10 ms a dossier; saves
    wait meanwhile), and says so (True). Refuses a database where every role may create
    objects in the schema public (see _close_the_public_schema)."""
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    from igj_afwijken.storage import migrations

    def connection() -> psycopg.Connection:
        opened = connect(url)
        opened.autocommit = False  # SQLAlchemy's transactions, so that the whole upgrade is one
        return opened

    with connected(url) as checking:
        _close_the_public_schema(checking)
    engine = create_engine("postgresql+psycopg://", creator=connection)
    try:
        with engine.connect() as bound:
            migrations.upgrade(bound, migrations.ORGANISATION_REVISIONS)
            signed_again = bool(bound.exec_driver_sql("SELECT igj_sign_again()").scalar())
            bound.commit()
    except (psycopg.Error, DBAPIError) as failure:  # a revision's own SQL, or Alembic's wrapped
        error = failure.orig if isinstance(failure, DBAPIError) and failure.orig else failure
        if isinstance(error, psycopg.errors.InsufficientPrivilege):
            raise ServerError(
                i18n.translate(
                    "server",
                    "u mag op deze server geen rollen en tabellen maken; laat de beheerder van "
                    "de database dit doen (met CREATEROLE en als eigenaar van de database)",
                )
            ) from None
        raise ServerError(_refused(error)) from None
    finally:
        engine.dispose()
    return signed_again


def _close_the_public_schema(connection: psycopg.Connection) -> None:
    """Where every role may create objects in the schema the store's functions look in (as
    on PostgreSQL 14 and older, unless changed), a member could make a function there that
    one of them finds before PostgreSQL's own (`format(text, text)` before `format(text,
    VARIADIC "any")`) and so run code as the store's owner. Close it, or refuse to go on."""
    import psycopg

    def open_to_all() -> bool:
        (answer,) = connection.execute(
            "SELECT has_schema_privilege('public', 'public', 'CREATE')"
        ).fetchone() or (False,)
        return bool(answer)

    if not open_to_all():
        return
    with suppress(psycopg.Error):  # not the schema's owner: said below
        connection.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    if open_to_all():
        raise ServerError(
            i18n.translate(
                "server",
                "in deze database mag iedereen objecten maken in het schema public; zo kan een "
                "gebruiker de rechten per locatie omzeilen. Laat de beheerder van de database "
                "dit eerst sluiten met: REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            )
        )


def first_release_statements() -> list[str]:
    """What the organisation store's first revision runs; idempotent, so that it also brings a
    server set up before the store kept Alembic's record up to date. Later changes go into new
    revisions, never here."""
    return [
        *_table_statements(),
        *_register_statements(),
        *_rights_statements(),
        *_saving_statements(),
        *_taken_statements(),
        *_history_statements(),
        *_search_statements(),
    ]


def grant(url: str, role: str, right: str, location: str = "") -> None:
    """Make `role` (a person's own login role) a reader or writer of one location's dossiers,
    or a director of all; a reader made writer of the same location, or back, is changed."""
    import psycopg
    from psycopg import sql

    if right not in GROUPS:
        raise ValueError(right)
    if right != "director" and not location.strip():
        raise ServerError(i18n.translate("server", "zeg van welke locatie (--location NAAM)"))
    with connected(url) as connection:
        try:
            with connection.transaction():
                exists = connection.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)
                ).fetchone()
                if exists is None:
                    raise ServerError(
                        i18n.translate(
                            "server",
                            "de rol {role} bestaat niet op de server; maak haar eerst aan "
                            "(CREATE ROLE {role} LOGIN)",
                        ).format(role=role)
                    )
                connection.execute(
                    sql.SQL("GRANT {} TO {}").format(
                        sql.Identifier(GROUPS[right]), sql.Identifier(role)
                    )
                )
                if right != "director":
                    connection.execute(
                        "INSERT INTO location_rights (member, location, access)"
                        " VALUES (%s, %s, %s) ON CONFLICT (member, location)"
                        " DO UPDATE SET access = excluded.access",
                        (role, location.strip(), right),
                    )
        except psycopg.errors.UndefinedTable:
            raise ServerError(
                i18n.translate(
                    "server",
                    "deze database is nog geen organisatieregister; maak het eerst met: "
                    "igj-afwijken server init ADRES",
                )
            ) from None
        except psycopg.errors.InsufficientPrivilege:
            raise ServerError(
                i18n.translate(
                    "server",
                    "u mag op deze server geen rechten geven; laat de beheerder van de database "
                    "dit doen",
                )
            ) from None
        except psycopg.Error as error:
            raise ServerError(_refused(error)) from None


def _table_statements() -> list[str]:
    """The tables of the shared definition, in PostgreSQL's words, made only where missing."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from igj_afwijken.storage.tables import metadata

    dialect = postgresql.dialect()
    return [
        str(CreateTable(table, if_not_exists=True).compile(dialect=dialect))
        for table in metadata.sorted_tables
    ]


def _rights_statements() -> list[str]:
    """Group roles, the rights table and the policies; each may run again over what is there.

    The checks run as the functions' owner (SECURITY DEFINER), so no member needs to read the
    rights table; they ask about `session_user`, the role that logged in, which SET ROLE cannot
    change."""
    from igj_afwijken.storage.tables import metadata

    groups = ", ".join(GROUPS.values())
    statements = [
        *(
            f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN;"
            " EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            for group in GROUPS.values()
        ),
        "CREATE TABLE IF NOT EXISTS location_rights ("
        " member name NOT NULL, location text NOT NULL,"
        " access text NOT NULL CHECK (access IN ('reader', 'writer')),"
        " PRIMARY KEY (member, location))",
        "REVOKE ALL ON location_rights FROM PUBLIC",
        "CREATE OR REPLACE FUNCTION igj_is_director() RETURNS boolean"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS"
        " $$ SELECT pg_has_role(session_user, 'igj_director', 'MEMBER') $$",
        "CREATE OR REPLACE FUNCTION igj_may_read(place text) RETURNS boolean"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS"
        " $$ SELECT igj_is_director() OR EXISTS (SELECT 1 FROM location_rights"
        " WHERE member = session_user AND lower(location) = lower(place)) $$",
        "CREATE OR REPLACE FUNCTION igj_may_write(place text) RETURNS boolean"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS"
        " $$ SELECT igj_is_director() OR EXISTS (SELECT 1 FROM location_rights"
        " WHERE member = session_user AND lower(location) = lower(place)"
        " AND access = 'writer') $$",
        # a part of a dossier is where its dossier is; read as the owner, past the policies
        "CREATE OR REPLACE FUNCTION igj_location_of(dossier text) RETURNS text"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS"
        " $$ SELECT location FROM dossiers WHERE id = dossier $$",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
        # what the search folds its text with, as the local store's index does
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        # a table row's JSON, or nothing where a row holds something else: one bad row must
        # not fail every search
        "CREATE OR REPLACE FUNCTION igj_json(data text) RETURNS jsonb"
        " LANGUAGE plpgsql IMMUTABLE AS"
        " $$ BEGIN RETURN data::jsonb; EXCEPTION WHEN others THEN RETURN NULL; END $$",
    ]
    for function in ("igj_is_director()", "igj_may_read(text)", "igj_may_write(text)",
                     "igj_location_of(text)"):  # fmt: skip
        statements += [
            f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {function} TO {groups}",
        ]
    for table in metadata.sorted_tables:
        name = table.name
        where = "location" if name == "dossiers" else "igj_location_of(dossier_id)"
        statements += [
            f"GRANT SELECT ON {name} TO igj_reader",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO igj_writer, igj_director",
            f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
            *(
                f"DROP POLICY IF EXISTS {p} ON {name}"
                for p in ("reading", "adding", "changing", "removing")
            ),  # fmt: skip
            f"CREATE POLICY reading ON {name} FOR SELECT USING (igj_may_read({where}))",
            f"CREATE POLICY adding ON {name} FOR INSERT WITH CHECK (igj_may_write({where}))",
            f"CREATE POLICY changing ON {name} FOR UPDATE USING (igj_may_write({where}))"
            f" WITH CHECK (igj_may_write({where}))",
            f"CREATE POLICY removing ON {name} FOR DELETE USING (igj_may_write({where}))",
        ]
    return statements


# How each table names the part of a dossier a row holds, for the history; and the columns it
# leaves out: those of that name, the moment of every save, the question's or item's own words
# kept with an answer, and contents kept whole elsewhere (a file is known by its SHA-256, an
# adopted version by its number and summary).
_HISTORY_KEYS = {
    "dossiers": ("NULL", ("updated_at",)),
    "answers": ("question_id", ("question_id", "updated_at", "catalogue_version", "question_text")),
    "checklist_answers": ("item_id", ("item_id", "updated_at", "item_text")),
    "dossier_rows": ("kind || ' ' || position", ("kind", "position")),
    "versions": ("number::text", ("number", "snapshot")),
    "attachments": ("id", ("content",)),
    "taken": ("NULL", ()),
}


def _register_statements() -> list[str]:
    """Indexes for the register: its first page in the usual order (last change first) read
    without sorting every dossier, its list of locations, and the evaluations that are due."""
    return [
        "CREATE INDEX IF NOT EXISTS register_changed ON dossiers"
        " (updated_at DESC, lower(title), id) WHERE deleted_at IS NULL",
        "CREATE INDEX IF NOT EXISTS register_locations ON dossiers (location)"
        " WHERE deleted_at IS NULL",
        "CREATE INDEX IF NOT EXISTS register_due ON dossiers (next_evaluation)"
        " WHERE deleted_at IS NULL AND next_evaluation IS NOT NULL",
    ]


def _saving_statements() -> list[str]:
    """The save of one answer as one statement, so that a save is one exchange with the server
    and holds its locks for no longer: with twenty programs saving at once, a save in five
    exchanges (begin, read, touch, write, commit) waited behind the others' locks."""
    return [
        # Writes the answer and touches its dossier, as the person who logged in (so the
        # rights and the guard on a dossier taken along apply), when the stored text is one
        # the writer knew (or `known` is NULL) and a blank text would not erase a written
        # one unasked (`may_blank`). Returns whether it wrote, and the stored text when not.
        """CREATE OR REPLACE FUNCTION igj_save_answer(
            dossier text, question text, new_text text, version text, wording text,
            at text, known text[], may_blank boolean, OUT saved boolean, OUT stored text)
        LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
        BEGIN
            saved := false;
            IF known IS NOT NULL OR NOT may_blank THEN
                SELECT a.text INTO stored FROM answers a
                WHERE a.dossier_id = dossier AND a.question_id = question FOR UPDATE;
                IF known IS NOT NULL AND coalesce(stored, '') <> new_text
                        AND coalesce(stored, '') <> ALL (known) THEN
                    RETURN;
                END IF;
                IF NOT may_blank AND coalesce(stored, '') !~ '^[[:space:]]*$' THEN
                    RETURN;
                END IF;
            END IF;
            UPDATE dossiers SET updated_at = at WHERE id = dossier;
            IF NOT FOUND THEN
                stored := NULL;
                RETURN;
            END IF;
            INSERT INTO answers (dossier_id, question_id, text, catalogue_version,
                                 question_text, updated_at)
            VALUES (dossier, question, new_text, version, wording, at)
            ON CONFLICT (dossier_id, question_id) DO UPDATE SET text = excluded.text,
                catalogue_version = excluded.catalogue_version,
                question_text = excluded.question_text, updated_at = excluded.updated_at;
            saved := true;
        END $$""",
    ]


TAKEN_STATE = "IGJ01"  # the SQLSTATE of a write refused because someone took the dossier along


def _taken_statements() -> list[str]:
    """Dossiers taken along to work offline: who took each, since when. While a dossier is
    taken, only its taker may change it, which the database enforces; a director may take it
    back (ending the mark); the taker's changes are merged in when they bring it back."""
    from igj_afwijken.storage.tables import metadata

    statements = [
        "CREATE TABLE IF NOT EXISTS taken ("
        " dossier_id text PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,"
        " taken_by name NOT NULL DEFAULT session_user,"
        " taken_at timestamptz NOT NULL DEFAULT now())",
        "REVOKE ALL ON taken FROM PUBLIC",
        f"GRANT SELECT ON taken TO {', '.join(GROUPS.values())}",
        "GRANT INSERT, DELETE ON taken TO igj_writer, igj_director",
        "ALTER TABLE taken ENABLE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS {p} ON taken" for p in ("reading", "adding", "removing")),
        "CREATE POLICY reading ON taken FOR SELECT"
        " USING (igj_may_read(igj_location_of(dossier_id)))",
        "CREATE POLICY adding ON taken FOR INSERT"
        " WITH CHECK (taken_by = session_user AND igj_may_write(igj_location_of(dossier_id)))",
        "CREATE POLICY removing ON taken FOR DELETE"
        " USING (taken_by = session_user OR igj_is_director())",
        f"""CREATE OR REPLACE FUNCTION igj_refuse_taken() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            dossier text;
            holder name;
        BEGIN
            EXECUTE 'SELECT ($1).' || quote_ident(TG_ARGV[0]) INTO dossier
                USING CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            SELECT taken_by INTO holder FROM taken WHERE dossier_id = dossier;
            IF holder IS NOT NULL AND holder <> session_user THEN
                RAISE EXCEPTION 'dossier % is taken along by %', dossier, holder
                    USING ERRCODE = '{TAKEN_STATE}', DETAIL = holder, HINT = dossier;
            END IF;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$""",
        "REVOKE ALL ON FUNCTION igj_refuse_taken() FROM PUBLIC",
    ]
    for table in metadata.sorted_tables:
        key = "id" if table.name == "dossiers" else "dossier_id"
        statements += [
            f"DROP TRIGGER IF EXISTS guarding ON {table.name}",
            f"CREATE TRIGGER guarding BEFORE INSERT OR UPDATE OR DELETE ON {table.name}"
            f" FOR EACH ROW EXECUTE FUNCTION igj_refuse_taken('{key}')",
        ]
    return statements


def _history_statements() -> list[str]:
    """Who changed what: a trigger on every table writes each changed field (old and new value,
    `session_user`, the moment) into `changes`, which members may read for the locations they
    may read, and nobody but the store's owner may write or alter."""
    statements = [
        "CREATE TABLE IF NOT EXISTS changes ("
        " id bigserial PRIMARY KEY, dossier_id text NOT NULL, location text NOT NULL,"
        " part text NOT NULL, part_key text, field text NOT NULL,"
        " old_value text, new_value text,"
        " changed_by name NOT NULL DEFAULT session_user,"
        " changed_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX IF NOT EXISTS changes_by_dossier ON changes (dossier_id, id)",
        "REVOKE ALL ON changes FROM PUBLIC",
        "REVOKE ALL ON SEQUENCE changes_id_seq FROM PUBLIC",
        f"GRANT SELECT ON changes TO {', '.join(GROUPS.values())}",
        "ALTER TABLE changes ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS reading ON changes",
        "CREATE POLICY reading ON changes FOR SELECT USING (igj_may_read(location))",
        # TG_ARGV: how the row names its part of the dossier, and the fields not recorded
        """CREATE OR REPLACE FUNCTION igj_record_change() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            before jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}' ELSE to_jsonb(OLD) END;
            after jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}' ELSE to_jsonb(NEW) END;
            subject jsonb := CASE WHEN TG_OP = 'DELETE' THEN before ELSE after END;
            dossier text := subject ->> CASE WHEN TG_TABLE_NAME = 'dossiers' THEN 'id'
                                         ELSE 'dossier_id' END;
            place text := coalesce(
                CASE WHEN TG_TABLE_NAME = 'dossiers' THEN subject ->> 'location' END,
                igj_location_of(dossier), '');
            part_key text;
            field text;
        BEGIN
            EXECUTE 'SELECT ' || TG_ARGV[0] || ' FROM (SELECT ($1).*) AS r'
                INTO part_key USING CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            FOR field IN SELECT jsonb_object_keys(before || after) LOOP
                CONTINUE WHEN field = ANY (TG_ARGV[1:]) OR field IN ('id', 'dossier_id');
                CONTINUE WHEN before ->> field IS NOT DISTINCT FROM after ->> field;
                INSERT INTO changes (dossier_id, location, part, part_key, field, old_value,
                                     new_value)
                VALUES (dossier, place, TG_TABLE_NAME, part_key, field, before ->> field,
                        after ->> field);
            END LOOP;
            RETURN NULL;
        END $$""",
        "REVOKE ALL ON FUNCTION igj_record_change() FROM PUBLIC",
    ]
    for table, (key, left_out) in _HISTORY_KEYS.items():
        arguments = ", ".join(_literal(a) for a in (key, *left_out))
        statements += [
            f"DROP TRIGGER IF EXISTS recording ON {table}",
            f"CREATE TRIGGER recording AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION igj_record_change({arguments})",
        ]
    return statements


# The fields of a dossier's own row that its "names" part is made of.
_NAME_FIELDS = ("title", "location", "team")

# What the search reads of a table's row `r`, part by part: the table, the column that names
# its dossier, how the row names its part of the dossier, and its text (the local store's index
# holds the same: the facts, answers, checklist notes, every text in the tables and the files'
# names). "names" are the words a search of one or two letters looks at the start of, each
# after a space (see search_part_queries), so that a LIKE '% wo%' finds them through a trigram
# index of their own.
_SEARCHED_PARTS = {
    "dossiers": ("dossiers", "id", "''", "concat_ws(' ', {facts})"),
    "names": (
        "dossiers",
        "id",
        "''",
        f"concat_ws(' ', {', '.join(f'r.{f}' for f in _NAME_FIELDS)})",
    ),
    "answers": ("answers", "dossier_id", "r.question_id", "r.text"),
    "checklist_answers": ("checklist_answers", "dossier_id", "r.item_id", "r.note"),
    "dossier_rows": (
        "dossier_rows",
        "dossier_id",
        "r.kind || ' ' || r.position",
        "(SELECT string_agg(v #>> '{{}}', ' ') FROM jsonb_path_query(igj_json(r.data),"
        " 'strict $.**') v WHERE jsonb_typeof(v) = 'string')",
    ),
    "attachments": ("attachments", "dossier_id", "r.id", "r.name"),
}


def own_search_part_statements() -> list[str]:
    """The organisation store's second revision: a dossier's own two search parts (its facts
    and its names) are made again when one of the fields they hold changes, not at every change
    of its row. Every save of an answer also sets the dossier's time of change, and folding and
    indexing its facts and names again at each such save was half of what the save cost the
    server (1.0 ms against 0.5 ms with one writer)."""
    from igj_afwijken.storage.records import SEARCHED_FACTS

    statements = []
    queries = search_part_queries(one_row=True)
    for part, fields in (("dossiers", SEARCHED_FACTS), ("names", _NAME_FIELDS)):
        table, query = queries[part]
        trigger = _search_trigger(part, table)
        before = ", ".join(f"OLD.{field}" for field in fields)
        after = ", ".join(f"NEW.{field}" for field in fields)
        statements += [
            f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
            f"DROP TRIGGER IF EXISTS {trigger}_changed ON {table}",
            f"CREATE TRIGGER {trigger} AFTER INSERT OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION igj_search_part({_literal(query)})",
            f"CREATE TRIGGER {trigger}_changed AFTER UPDATE ON {table} FOR EACH ROW"
            f" WHEN (ROW({before}) IS DISTINCT FROM ROW({after}))"
            f" EXECUTE FUNCTION igj_search_part({_literal(query)})",
        ]
    return statements


# How many places a dossier's trigram signature has. A dossier of the examples' size has about
# 1,500 different trigrams, which set a sixth of them.
SIGNATURE_PLACES = 8192


def trigram_signature_statements() -> list[str]:
    """The organisation store's third revision: each dossier's trigram signature, a bit for
    every trigram its search text has held (hashed onto SIGNATURE_PLACES places). The
    register's filter reads a dossier's text only when its signature has every trigram of the
    words: at 100,000 dossiers, "Vaste flexschil 12" read the whole text of the 2,200 dossiers
    with a name word "12" that lack "flexschil" (90-130 ms). A signature only grows: a trigram
    no longer in the text costs a needless read, never a missed dossier. hashtext is the same
    on every server of the same byte order, across versions (pg_upgrade keeps hash indexes)."""
    places = SIGNATURE_PLACES
    one, none = f"B'1'::bit({places})", f"B'0'::bit({places})"
    return [
        "CREATE TABLE IF NOT EXISTS search_signatures ("
        " dossier_id text PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,"
        f" trigrams bit({places}) NOT NULL)",
        # the places of a text's trigrams, as pg_trgm makes them (lower case, per word, padded)
        "CREATE OR REPLACE FUNCTION igj_trigram_places(body text) RETURNS SETOF integer"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public AS"
        f" $$ SELECT DISTINCT hashtext(t) & {places - 1} FROM unnest(show_trgm(body)) t $$",
        # the places a dossier's signature must have if its text holds every word: only the
        # trigrams inside each word, since in the text a word may be part of a longer one. A
        # trigram of three letters in a row is the one of show_trgm that neither of its pairs
        # makes (one of several letters of more than one byte is shown as a hash).
        "CREATE OR REPLACE FUNCTION igj_trigram_mask(words text[]) RETURNS bit varying"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public AS"
        f" $$ SELECT coalesce(bit_or({one} >> (hashtext(t) & {places - 1})), {none})"
        " FROM unnest(words) w, generate_series(1, length(w) - 2) i,"
        " LATERAL (SELECT substr(w, i, 3) AS three) x, unnest(show_trgm(x.three)) t"
        " WHERE t <> ALL (show_trgm(left(x.three, 2)) || show_trgm(right(x.three, 2))) $$",
        # a search part's new trigrams, set in its dossier's signature by the server
        f"""CREATE OR REPLACE FUNCTION igj_sign() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            known bit({places});
            more bit({places});
        BEGIN
            SELECT trigrams INTO known FROM search_signatures
                WHERE dossier_id = NEW.dossier_id;
            SELECT bit_or({one} >> p) INTO more FROM igj_trigram_places(NEW.body) p
                WHERE known IS NULL OR get_bit(known, p) = 0;
            IF more IS NOT NULL THEN
                INSERT INTO search_signatures VALUES (NEW.dossier_id, more)
                ON CONFLICT (dossier_id) DO UPDATE
                SET trigrams = search_signatures.trigrams | excluded.trigrams;
            END IF;
            RETURN NULL;
        END $$""",
        "REVOKE ALL ON FUNCTION igj_sign() FROM PUBLIC",
        "DROP TRIGGER IF EXISTS signing ON search_parts",
        "CREATE TRIGGER signing AFTER INSERT OR UPDATE OF body ON search_parts"
        " FOR EACH ROW EXECUTE FUNCTION igj_sign()",
        _sign_every_dossier(),
        *_read_as_its_dossier("search_signatures"),
    ]


def _sign_every_dossier() -> str:
    """The signatures of the dossiers there, each of its parts' text joined by spaces (pg_trgm
    makes no trigram across words): 5-10 ms a dossier of the examples' size."""
    one = f"B'1'::bit({SIGNATURE_PLACES})"
    return (
        "INSERT INTO search_signatures SELECT id, trigrams FROM (SELECT d.id,"
        f" (SELECT bit_or({one} >> p) FROM igj_trigram_places((SELECT string_agg(s.body, ' ')"
        " FROM search_parts s WHERE s.dossier_id = d.id)) p) AS trigrams FROM dossiers d) made"
        " WHERE trigrams IS NOT NULL ON CONFLICT DO NOTHING"
    )


# Words whose trigrams, and where they fall in a signature, tell how this server makes them:
# which letters count as letters and how they are made lower case (the database's LC_CTYPE),
# and how it hashes (its byte order).
_SIGNATURE_PROBE = "ARRAY['zorg', 'één', 'straße', 'ÉCOLE', 'жильё', 'ǅungla', '12ab', 'x²y']"


def _signature_basis_statements() -> list[str]:
    """What the signatures were made with, and making them again on a server that makes them
    otherwise: a store restored on a server of another LC_CTYPE or byte order would have
    signatures that lack the trigrams the filter asks there, and the filter would silently
    miss dossiers. Until `server init` has made them again, the filter reads every dossier's
    text as if it had none."""
    return [
        "CREATE TABLE IF NOT EXISTS search_signature_basis ("
        " one boolean PRIMARY KEY DEFAULT true CHECK (one), fingerprint text NOT NULL)",
        "REVOKE ALL ON search_signature_basis FROM PUBLIC",
        "CREATE OR REPLACE FUNCTION igj_signature_fingerprint() RETURNS text"
        " LANGUAGE sql STABLE SET search_path = pg_catalog, public AS"
        f" $$ SELECT md5(igj_trigram_mask({_SIGNATURE_PROBE})::text) $$",
        "CREATE OR REPLACE FUNCTION igj_signatures_made_here() RETURNS boolean"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS"
        " $$ SELECT coalesce((SELECT fingerprint FROM search_signature_basis)"
        " = igj_signature_fingerprint(), false) $$",
        f"""CREATE OR REPLACE FUNCTION igj_sign_again() RETURNS boolean
        LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
        BEGIN
            IF igj_signatures_made_here() THEN
                RETURN false;
            END IF;
            DELETE FROM search_signatures;
            {_sign_every_dossier()};
            INSERT INTO search_signature_basis VALUES (true, igj_signature_fingerprint())
            ON CONFLICT (one) DO UPDATE SET fingerprint = excluded.fingerprint;
            RETURN true;
        END $$""",
        *(
            f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC"
            for function in (
                "igj_signature_fingerprint",
                "igj_signatures_made_here",
                "igj_sign_again",
            )
        ),  # fmt: skip
        # the signatures there were made on this server, by revision 3 and its trigger, if
        # those of 50 dossiers drawn at random hold every trigram of their parts; else none
        # is trusted, and `server init` makes them again (at once, see init_server)
        "INSERT INTO search_signature_basis SELECT true, igj_signature_fingerprint()"
        " WHERE NOT EXISTS (SELECT 1 FROM (SELECT * FROM search_signatures"
        " ORDER BY random() LIMIT 50) g JOIN search_parts s ON s.dossier_id = g.dossier_id,"
        " igj_trigram_places(s.body) p WHERE get_bit(g.trigrams, p) = 0)"
        " ON CONFLICT DO NOTHING",
    ]


def search_names_statements() -> list[str]:
    """The organisation store's fourth revision: the names a word of one or two letters is
    looked for in (title, location, team, each word after a space) in a table of their own,
    one row a dossier. Among the search rows the planner had no figures of their own: at
    100,000 dossiers it guessed 15,100 dossiers for "no", which none has, and read the whole
    register in its order looking for them (0.45 s), and 2,546 for "14", which 35,556 have.
    The names stay among the search rows too, for programs of the release before."""
    fields = ", ".join(f"NEW.{field}" for field in _NAME_FIELDS)
    before = ", ".join(f"OLD.{field}" for field in _NAME_FIELDS)
    _, every = search_part_queries()["names"]
    return [
        "CREATE TABLE IF NOT EXISTS search_names ("
        " dossier_id text PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,"
        " body text NOT NULL)",
        "CREATE INDEX IF NOT EXISTS search_names_words ON search_names"
        " USING gin (body gin_trgm_ops)",
        f"""CREATE OR REPLACE FUNCTION igj_search_names() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            INSERT INTO search_names VALUES (NEW.id, {_folded("names", f"concat_ws(' ', {fields})")})
            ON CONFLICT (dossier_id) DO UPDATE SET body = excluded.body;
            RETURN NULL;
        END $$""",
        "REVOKE ALL ON FUNCTION igj_search_names() FROM PUBLIC",
        "DROP TRIGGER IF EXISTS naming ON dossiers",
        "DROP TRIGGER IF EXISTS naming_changed ON dossiers",
        "CREATE TRIGGER naming AFTER INSERT ON dossiers"
        " FOR EACH ROW EXECUTE FUNCTION igj_search_names()",
        "CREATE TRIGGER naming_changed AFTER UPDATE ON dossiers FOR EACH ROW"
        f" WHEN (ROW({before}) IS DISTINCT FROM ROW({fields}))"
        " EXECUTE FUNCTION igj_search_names()",
        "INSERT INTO search_names SELECT made.dossier_id, made.body"
        f" FROM ({every}) AS made (dossier_id, part, part_key, body) ON CONFLICT DO NOTHING",
        *_read_as_its_dossier("search_names"),
        "ANALYZE search_names",  # the planner's figures from the start
    ]


# How many dossiers a word of a name may find for the register to put them in order before it
# reads their text (see igj_register): each costs about 7 microseconds at 100,000 dossiers;
# more, and reading the register in its order until a page is full is the better way.
FEW_NAMED = 5000


def register_question_statements() -> list[str]:
    """The organisation store's fifth revision: the register's question (filter, order, page)
    asked by the server as the store's owner, with the reader's rights checked in the question
    itself. Asked as the person, the row-level security of the search tables came first: their
    trigram indexes go unused under it (LIKE is not leakproof), and each row's right was
    checked by a function call, so that at 100,000 dossiers a director's filter read all
    100,000 names and took 1.2-3 s. The question is built from its values only (quoted as
    data, columns from a fixed list).

    Its question is planned for rows read through indexes from memory or a solid-state disk,
    where a page found by index costs little more than the next one in a scan (PostgreSQL's
    advice for such storage, random_page_cost 1.1): with the server's default of 4 the planner
    read all 100,000 dossiers' names for the filter "Vaste flexschil 12" rather than the 3,333
    its index finds (68-73 ms against 35-42 ms). Set on the function only, the server's own
    setting holds for everything else."""
    return [
        *_signature_basis_statements(),
        # who reads every dossier: as the row-level security has it, a director, and the
        # tables' owner and roles that pass it (superusers, BYPASSRLS), as in psql
        f"""CREATE OR REPLACE FUNCTION igj_reads_everything() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {SAFE_SEARCH_PATH} AS $$
        SELECT igj_is_director() OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
            WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls
            OR r.oid = (SELECT c.relowner FROM pg_catalog.pg_class c
                        WHERE c.oid = 'public.dossiers'::pg_catalog.regclass))) $$""",
        "REVOKE ALL ON FUNCTION igj_reads_everything() FROM PUBLIC",
        # the locations in the register, one index probe each (see register_locations) as
        # the owner: through the row-level security a writer's probes passed over every
        # other location's dossiers, one right checked a row (1.1 s at 100,000 dossiers)
        f"""CREATE OR REPLACE FUNCTION igj_locations() RETURNS SETOF text
        LANGUAGE sql STABLE SECURITY DEFINER {SAFE_SEARCH_PATH} AS $$
        WITH RECURSIVE found(location) AS (
            (SELECT location FROM dossiers WHERE deleted_at IS NULL AND location > ''
             ORDER BY location LIMIT 1)
            UNION ALL SELECT (SELECT d.location FROM dossiers d WHERE d.deleted_at IS NULL
                AND d.location > found.location ORDER BY d.location LIMIT 1)
            FROM found WHERE found.location IS NOT NULL)
        SELECT location FROM found WHERE location IS NOT NULL AND (igj_reads_everything()
            OR lower(location) IN (SELECT lower(r.location) FROM location_rights r
                                   WHERE r.member = session_user)) $$""",
        "REVOKE ALL ON FUNCTION igj_locations() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION igj_locations() TO {', '.join(GROUPS.values())}",
        # the text a hit's excerpt is cut from, for every member, of a dossier they may read
        # (the owner's only before: nobody else saw where a search matched)
        _search_text_function(" AND (igj_reads_everything() OR igj_may_read(d.location))"),
        "REVOKE ALL ON FUNCTION igj_search_text(text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION igj_search_text(text) TO {', '.join(GROUPS.values())}",
        r"""CREATE OR REPLACE FUNCTION igj_register(
            removed boolean, narrow_status text, narrow_sector text, narrow_location text,
            words text[], order_column text, descending boolean, ranks text[],
            only_id text, row_limit integer, row_offset integer)
        RETURNS SETOF dossiers
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        SET random_page_cost = 1.1 SET standard_conforming_strings = on AS $$
        DECLARE
            conditions text[] := ARRAY[CASE WHEN removed THEN 'd.deleted_at IS NOT NULL'
                                       ELSE 'd.deleted_at IS NULL' END];
            in_text text[] := ARRAY(SELECT w FROM unnest(words) w
                                    WHERE char_length(w) >= {text});
            word text;
            direction text := CASE WHEN descending THEN 'DESC' ELSE 'ASC' END;
            changed text := CASE WHEN removed THEN 'deleted_at' ELSE 'updated_at' END;
            ordering text;
            places text[];
            named text[] := '{{}}';  -- conditions on search_names' body
            confirming text[] := '{{}}';  -- conditions on a dossier's search parts
            page text;
            candidates integer;
        BEGIN
            IF NOT igj_reads_everything() THEN  -- as the policy reading of dossiers
                places := ARRAY(SELECT lower(r.location) FROM location_rights r
                                WHERE r.member = session_user);
                -- one place as an equality, so that its index gives its dossiers in order
                conditions := conditions || CASE WHEN cardinality(places) = 1
                    THEN format('lower(d.location) = %L', places[1])
                    ELSE format('lower(d.location) = ANY(%L::text[])', places) END;
            END IF;
            IF only_id IS NOT NULL THEN
                conditions := conditions || format('d.id = %L', only_id);
            END IF;
            IF narrow_status <> '' THEN
                conditions := conditions || format('d.status = %L', narrow_status);
            END IF;
            IF narrow_sector <> '' THEN
                conditions := conditions || format('d.sector = %L', narrow_sector);
            END IF;
            IF narrow_location <> '' THEN
                conditions := conditions || format('d.location = %L', narrow_location);
            END IF;
            -- a dossier without a signature is read, and so is every one whose signature
            -- was made on a server that makes them otherwise
            IF cardinality(in_text) > 0 AND igj_signatures_made_here() THEN
                conditions := conditions || format('coalesce((SELECT s.trigrams'
                    ' & (SELECT igj_trigram_mask(%1$L::text[]))'
                    ' = (SELECT igj_trigram_mask(%1$L::text[]))'
                    ' FROM search_signatures s WHERE s.dossier_id = d.id), true)', in_text);
            END IF;
            FOREACH word IN ARRAY coalesce(words, '{{}}') LOOP
                IF char_length(word) < {text} THEN  -- at the start of a word of a name
                    named := named || format('body LIKE %L',
                        '% ' || regexp_replace(word, '([\\%_])', '\\\1', 'g') || '%');
                    conditions := conditions || format('d.id IN (SELECT dossier_id'
                        ' FROM search_names WHERE %s)', named[cardinality(named)]);
                ELSIF char_length(word) < {infix} THEN  -- at the start of a word of the text
                    confirming := confirming || format('d.id IN (SELECT dossier_id'
                        ' FROM search_parts WHERE body ~ %L)', '(^|[^[:alnum:]])'
                        || regexp_replace(word, '([^[:alnum:]])', '\\\1', 'g'));
                ELSE
                    confirming := confirming || format('d.id IN (SELECT dossier_id'
                        ' FROM search_parts WHERE body LIKE %L)',
                        '%' || regexp_replace(word, '([\\%_])', '\\\1', 'g') || '%');
                END IF;
            END LOOP;
            -- as storage.records.register_order, so that the first page in the usual order
            -- is read from the index register_changed
            IF order_column IN ('title', 'location') THEN
                ordering := format('lower(d.%I) %s, ', order_column, direction);
            ELSIF order_column = 'next_evaluation' THEN
                ordering := format('coalesce(d.next_evaluation, %L) %s, ', '9999', direction);
            ELSIF order_column IN ('sector', 'status', 'readiness')
                    AND cardinality(ranks) > 0 THEN
                ordering := format('coalesce(array_position(%L::text[], d.%I) - 1, %s) %s, ',
                    ranks, order_column, cardinality(ranks), direction);
            ELSIF order_column IN ('sector', 'status', 'readiness') THEN
                ordering := format('d.%I %s, ', order_column, direction);
            END IF;
            ordering := CASE WHEN ordering IS NULL
                THEN format('d.%I %s, lower(d.title), d.id', changed, direction)
                ELSE ordering || format('d.%I DESC, lower(d.title), d.id', changed) END;
            page := format(' ORDER BY %s LIMIT %s OFFSET %s', ordering,
                CASE WHEN row_limit IS NULL THEN 'ALL' ELSE greatest(row_limit, 0)::text END,
                coalesce(greatest(row_offset, 0), 0));
            -- Words of a name found in at most FEW dossiers: those dossiers are put in order
            -- first, and the text of the words of the text read of them in that order until
            -- the page is full. The server would rather read the text of every one of them
            -- and then order the ones that have it ("Vaste flexschil 12" at 100,000 dossiers:
            -- 3,333 with "12", 1,111 of them read through, 52 ms against 30 ms); or, without
            -- words of the text, read the register in its order until it has met a page of
            -- them, which is long where they are all far down ("12": 140 ms against 15 ms).
            IF cardinality(named) > 0 AND only_id IS NULL THEN
                EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM search_names WHERE %s'
                    ' LIMIT {few} + 1) few', array_to_string(named, ' AND ')) INTO candidates;
                IF candidates <= {few} AND cardinality(confirming) > 0 THEN
                    RETURN QUERY EXECUTE format('SELECT d.* FROM (SELECT d.* FROM dossiers d'
                        ' WHERE %s ORDER BY %s OFFSET 0) d WHERE %s', array_to_string(
                        conditions, ' AND '), ordering, array_to_string(confirming, ' AND '))
                        || page;
                    RETURN;
                ELSIF candidates <= {few} THEN  -- made whole first, else the server reads on
                    RETURN QUERY EXECUTE format('WITH found AS MATERIALIZED (SELECT d.*'
                        ' FROM dossiers d WHERE %s) SELECT d.* FROM found d',
                        array_to_string(conditions, ' AND ')) || page;
                    RETURN;
                END IF;
            END IF;
            RETURN QUERY EXECUTE format('SELECT d.* FROM dossiers d WHERE %s',
                array_to_string(conditions || confirming, ' AND ')) || page;
        END $$""".replace("{text}", str(TEXT_SEARCH_LETTERS))
        .replace("{infix}", str(INFIX_LETTERS))
        .replace("{few}", str(FEW_NAMED))
        .replace("{{}}", "{}"),
        # a location's first page in the usual order, read without sorting its dossiers
        "CREATE INDEX IF NOT EXISTS register_changed_at ON dossiers"
        " (lower(location), updated_at DESC, lower(title), id) WHERE deleted_at IS NULL",
        # the planner's figures of how many dossiers a location has (those of the index
        # above go unused: it is partial), from the start
        "CREATE STATISTICS IF NOT EXISTS register_places ON (lower(location)) FROM dossiers",
        "ANALYZE dossiers",
        "REVOKE ALL ON FUNCTION igj_register(boolean, text, text, text, text[], text, boolean,"
        " text[], text, integer, integer) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION igj_register(boolean, text, text, text, text[], text,"
        f" boolean, text[], text, integer, integer) TO {', '.join(GROUPS.values())}",
        # Every function that runs as the owner looks for tables and types in the caller's
        # temporary schema first, unless pg_temp is named last: a member's temporary
        # location_rights or dossiers would have stood in for the real ones, in the policies
        # too. Named last now, for the functions of every revision.
        f"""DO $$ DECLARE f regprocedure; BEGIN
            FOR f IN SELECT p.oid FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
                AND p.proowner = (SELECT oid FROM pg_catalog.pg_roles
                                  WHERE rolname = current_user)
            LOOP
                EXECUTE format('ALTER FUNCTION %s {SAFE_SEARCH_PATH}', f);
            END LOOP;
        END $$""",
    ]


def location_told_statements() -> list[str]:
    """The organisation store's sixth revision. igj_location_of, which the row-level policies
    of a dossier's parts and of the taken-along marks ask where a row's dossier is, runs as
    the owner, and so told anyone with a right anywhere who named a dossier's id where that
    dossier is, at any location. It now tells only those who may read the dossier. What the
    policies decide stays the same: they ask whether that location may be read or written,
    and where a person may not read, they may not write either.

    In PL/pgSQL, whose statements are planned once a connection: the policies call it for
    every row a person reads, and as an SQL function, planned at every call, the check made
    reading a dossier as a writer take 3.2-3.7 ms instead of 1.9-2.9 ms (2.3-3.3 ms now); a
    save takes as long as before."""
    return [
        f"""CREATE OR REPLACE FUNCTION igj_location_of(dossier text) RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_SEARCH_PATH} AS $$
        DECLARE
            place text;
        BEGIN
            SELECT d.location INTO place FROM dossiers d WHERE d.id = dossier;
            IF place IS NULL OR EXISTS (SELECT 1 FROM location_rights r
                    WHERE r.member = session_user AND lower(r.location) = lower(place))
                    OR igj_reads_everything() THEN
                RETURN place;
            END IF;
            RETURN NULL;
        END $$""",
    ]


def _read_as_its_dossier(table: str) -> list[str]:
    """A table of the search, kept by the server's triggers: read by each person as the
    dossier its row belongs to may be read, written by nobody."""
    return [
        f"REVOKE ALL ON {table} FROM PUBLIC",
        f"GRANT SELECT ON {table} TO {', '.join(GROUPS.values())}",
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS reading ON {table}",
        f"CREATE POLICY reading ON {table} FOR SELECT"
        " USING (igj_may_read(igj_location_of(dossier_id)))",
    ]


def _search_trigger(part: str, table: str) -> str:
    return "searching" if part == table else f"searching_{part}"


def search_part_queries(one_row: bool = False) -> dict[str, tuple[str, str]]:
    """For each part, its table and the query of the search's rows the table's rows make:
    (dossier, part, key, the text folded as the search folds it: lower case, without accents);
    of all its rows, or (`one_row`) of the one row given as $1."""
    return {
        part: (
            table,
            f"SELECT r.{owner}, '{part}', {key}, {_folded(part, text.format(facts=_facts('r')))}"
            f" FROM {'(SELECT ($1).*)' if one_row else table} r",
        )
        for part, (table, owner, key, text) in _SEARCHED_PARTS.items()
    }


def _folded(part: str, text: str) -> str:
    folded = f"igj_fold({text})"
    if part == "names":
        return f"' ' || regexp_replace({folded}, '[^[:alnum:]]+', ' ', 'g')"
    return folded


def _facts(row: str) -> str:
    from igj_afwijken.storage.records import SEARCHED_FACTS

    return ", ".join(f"{row}.{column}" for column in SEARCHED_FACTS)


def _search_text_function(rights: str = "") -> str:
    """The whole text of a dossier, unfolded, from which a hit's excerpt is cut; `rights` a
    further condition on the dossier `d`."""
    return """CREATE OR REPLACE FUNCTION igj_search_text(dossier text) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT concat_ws(' ', {facts},
            (SELECT string_agg(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id),
            (SELECT string_agg(c.note, ' ') FROM checklist_answers c
             WHERE c.dossier_id = d.id AND c.note <> ''),
            (SELECT string_agg(v #>> '{{}}', ' ') FROM dossier_rows r,
                jsonb_path_query(igj_json(r.data), 'strict $.**') v
             WHERE r.dossier_id = d.id AND jsonb_typeof(v) = 'string'),
            (SELECT string_agg(f.name, ' ') FROM attachments f WHERE f.dossier_id = d.id))
        FROM dossiers d WHERE d.id = dossier{rights} $$""".format(facts=_facts("d"), rights=rights)


def _search_statements() -> list[str]:
    """The search's own table: the folded text of each part of each dossier (its facts, each
    answer, checklist note, table row and file name), with a trigram index (pg_trgm) for parts
    of words. A trigger keeps the row of the part a change touches, and only that one: a save
    of one answer folds that answer, not the whole dossier."""
    statements = [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        # the earlier shape, one row a dossier made again at every commit: replaced
        "DROP TABLE IF EXISTS dossier_search CASCADE",
        "DROP FUNCTION IF EXISTS igj_search_stale() CASCADE",
        "DROP FUNCTION IF EXISTS igj_search_remake() CASCADE",
        "CREATE OR REPLACE FUNCTION igj_fold(text) RETURNS text"
        " LANGUAGE sql STABLE SET search_path = pg_catalog, public AS"
        " $$ SELECT lower(unaccent(coalesce($1, ''))) $$",
        # the whole text of a dossier, unfolded, from which a hit's excerpt is cut
        _search_text_function(),
        "REVOKE ALL ON FUNCTION igj_search_text(text) FROM PUBLIC",
        "CREATE TABLE IF NOT EXISTS search_parts ("
        " dossier_id text NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
        " part text NOT NULL, part_key text NOT NULL, body text NOT NULL,"
        " PRIMARY KEY (dossier_id, part, part_key))",
        "CREATE INDEX IF NOT EXISTS search_parts_words ON search_parts"
        " USING gin (body gin_trgm_ops)",
        # the names alone, for a word of one or two letters at the start of one of them
        "DROP INDEX IF EXISTS search_parts_names",
        "CREATE INDEX IF NOT EXISTS search_parts_name_words ON search_parts"
        " USING gin (body gin_trgm_ops) WHERE part = 'names'",
        *_read_as_its_dossier("search_parts"),
        # TG_ARGV[0]: the query of search_part_queries for one row
        """CREATE OR REPLACE FUNCTION igj_search_part() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            made search_parts;
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                EXECUTE TG_ARGV[0] INTO made USING OLD;
                DELETE FROM search_parts WHERE dossier_id = made.dossier_id
                    AND part = made.part AND part_key = made.part_key;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                EXECUTE TG_ARGV[0] INTO made USING NEW;
                INSERT INTO search_parts VALUES (made.*)
                ON CONFLICT (dossier_id, part, part_key) DO UPDATE SET body = excluded.body;
            END IF;
            RETURN NULL;
        END $$""",
        "REVOKE ALL ON FUNCTION igj_search_part() FROM PUBLIC",
    ]
    for (part, (table, one)), (_, every) in zip(
        search_part_queries(one_row=True).items(), search_part_queries().values(), strict=True
    ):
        trigger = _search_trigger(part, table)
        statements += [
            f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
            f"CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION igj_search_part({_literal(one)})",
            # a store made before the search had this table: every part's text, once
            f"INSERT INTO search_parts {every} ON CONFLICT DO NOTHING",
        ]
    # Others' saves, told to every open window when they are committed: which dossier, and
    # the connection that saved it (a window does not refresh for its own saves). Anyone
    # listening learns a dossier's id and that it changed, nothing of what it holds.
    statements.append(
        """CREATE OR REPLACE FUNCTION igj_announce() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            dossier text;
        BEGIN
            EXECUTE 'SELECT ($1).' || quote_ident(TG_ARGV[0]) INTO dossier
                USING CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            PERFORM pg_notify('igj_afwijken', dossier || ' ' || pg_backend_pid());
            RETURN NULL;
        END $$"""
    )
    statements += _row_triggers("announcing", "igj_announce", tuple(_HISTORY_KEYS))
    return statements


def _row_triggers(name: str, function: str, tables: tuple[str, ...]) -> list[str]:
    """A trigger after every change of a row of each table, told which column names the row's
    dossier; made again when it is there."""
    statements = []
    for table in tables:
        key = "id" if table == "dossiers" else "dossier_id"
        statements += [
            f"DROP TRIGGER IF EXISTS {name} ON {table}",
            f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {function}('{key}')",
        ]
    return statements


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _connect_failure(error: BaseException) -> str:
    """What a failed connection means to the user, in one line."""
    text = str(error)
    if "password authentication failed" in text or "no password supplied" in text:
        return i18n.translate(
            "server",
            "de server weigert u: gebruikersnaam of wachtwoord klopt niet (zie uw .pgpass)",
        )
    if "certificate" in text:
        return i18n.translate(
            "server",
            "het certificaat van de server wordt niet vertrouwd: het is verlopen, staat op een "
            "andere naam, of is niet ondertekend door een instantie die deze computer vertrouwt "
            "(vraag het de beheerder): {reason}",
        ).format(reason=_first_line(error))
    if "does not exist" in text:
        return i18n.translate("server", "de server kent dit niet: {reason}").format(
            reason=_first_line(error)
        )
    return i18n.translate("server", "de organisatieserver is niet bereikbaar: {reason}").format(
        reason=_first_line(error)
    )


def _refused(error: BaseException) -> str:
    return i18n.translate("server", "de server weigert dit: {reason}").format(
        reason=_first_line(error)
    )

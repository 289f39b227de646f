"""The store's schema, one migration per release, and bringing a store up to date."""

from __future__ import annotations

import sqlite3

from igj_afwijken import i18n
from igj_afwijken.storage.port import StoreError
from igj_afwijken.storage.records import SEARCHED_FACTS
from igj_afwijken.storage.sqlite.transactions import transaction

# The dossier's own fields the search looks in, besides its answers, notes, tables and files.


def _unindex(rowid: str) -> str:
    """Take a dossier out of the search index. The index reads the dossier's text from the
    view to know what to remove, so this runs before that text changes (a BEFORE trigger)."""
    return f"DELETE FROM dossier_search WHERE rowid = {rowid};"


def _index(rowid: str) -> str:
    return (
        "INSERT INTO dossier_search(rowid, body)"
        f" SELECT rowid, body FROM dossier_search_body WHERE rowid = {rowid};"
    )


def _around(table: str, event: str, rowid: str, when: str = "") -> tuple[str, str]:
    """A BEFORE trigger that takes the dossier out of the index and an AFTER trigger that puts
    it back, for one kind of change to one table."""
    name = f"dossier_search_{table}_{event.split()[0].lower()}"
    condition = f"WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER {name}_before BEFORE {event} ON {table} {condition}"
        f" BEGIN {_unindex(rowid)} END",
        f"CREATE TRIGGER {name}_after AFTER {event} ON {table} {condition}"
        f" BEGIN {_index(rowid)} END",
    )


def _around_part(table: str, event: str) -> tuple[str, str]:
    """The trigger pair for a part of a dossier (an answer, a checklist answer). A dossier being
    added gets its parts first, and is indexed once when its own row follows; asking the index
    about a dossier that is not there yet cost a millisecond per part."""
    row = "old" if event == "DELETE" else "new"
    return _around(
        table,
        event,
        f"(SELECT rowid FROM dossiers WHERE id = {row}.dossier_id)",
        when=f"EXISTS (SELECT 1 FROM dossiers WHERE id = {row}.dossier_id)",
    )


# Schema 9: the index keeps no copy of the text it indexes but reads it from the view when it
# needs it (an excerpt, or removing a dossier from the index). Writing that copy, one value of
# the dossier's whole text, cost more than the index itself in a 40 MB import. The price: the
# view must give, when a dossier is taken out, exactly the text that was put in, so every change
# to what the view reads is wrapped in a trigger pair (or, for tables stored whole, in the
# repository's own pair), and no statement may fire the BEFORE half twice (no upserts).
_SEARCH_WITHOUT_A_COPY: tuple[str, ...] = (
    *(
        f"DROP TRIGGER {name}"
        for name in (
            "dossier_search_insert",
            "dossier_search_update",
            "dossier_search_delete",
            "dossier_search_answer_insert",
            "dossier_search_answer_update",
            "dossier_search_checklist_insert",
            "dossier_search_checklist_update",
        )
    ),
    "DROP TABLE dossier_search",
    """
    CREATE VIRTUAL TABLE dossier_search USING fts5(
        body, content = 'dossier_search_body', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    f"CREATE TRIGGER dossier_search_dossiers_insert_after AFTER INSERT ON dossiers BEGIN"
    f" {_index('new.rowid')} END",
    *_around("dossiers", f"UPDATE OF {', '.join(SEARCHED_FACTS)}", "old.rowid"),
    f"CREATE TRIGGER dossier_search_dossiers_delete_before BEFORE DELETE ON dossiers BEGIN"
    f" {_unindex('old.rowid')} END",
    *_around_part("answers", "INSERT"),
    *_around_part("answers", "UPDATE OF text"),
    *_around_part("answers", "DELETE"),
    *_around_part("checklist_answers", "INSERT"),
    *_around_part("checklist_answers", "UPDATE OF note"),
    *_around_part("checklist_answers", "DELETE"),
    # not FTS5's 'rebuild', which cannot read a view that uses json_tree (SQLite 3.40)
    "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
    # The register reads a count and a page of rows in its order, with 100,000 dossiers at
    # every keystroke: this index holds what its filters look at, so neither reads the table.
    "CREATE INDEX dossiers_register ON dossiers(deleted_at, updated_at, status, sector, location,"
    " title, team)",
)

# Each entry brings the store from the previous schema version to its own number. Released
# entries never change: a store made by any earlier release must keep opening.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """
        CREATE TABLE dossiers (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            rule_name TEXT NOT NULL DEFAULT '',
            rule_kind TEXT NOT NULL DEFAULT 'richtlijn',
            rule_source TEXT NOT NULL DEFAULT '',
            rule_section TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            duration_months INTEGER,
            responsible_name TEXT NOT NULL DEFAULT '',
            responsible_role TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'concept',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE answers (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            text TEXT NOT NULL,
            catalogue_version TEXT NOT NULL,
            question_text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (dossier_id, question_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX dossiers_by_update ON dossiers(updated_at)",
    ),
    2: ("ALTER TABLE dossiers ADD COLUMN deleted_at TEXT",),  # the recycle bin
    3: (  # topic checklists and the date of the next evaluation
        "ALTER TABLE dossiers ADD COLUMN topics TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN next_evaluation TEXT",
        """
        CREATE TABLE checklist_answers (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value TEXT NOT NULL,
            note TEXT NOT NULL,
            item_text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (dossier_id, item_id)
        ) WITHOUT ROWID
        """,
    ),
    4: (  # risks, involvement, evaluations, lifecycle, versions, attachments and search
        "ALTER TABLE dossiers ADD COLUMN evaluator TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN advice_asked_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN advice_given_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN advice TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN advice_text TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN advice_follow_up TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN adopted_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN adopted_by_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN adopted_by_role TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN ended_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN end_explanation TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN replaced_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN readiness TEXT NOT NULL DEFAULT ''",
        # Rows of a dossier's tables keep their order in `position`; `data` holds the row's
        # fields as JSON, so a new field needs no migration of these tables.
        """
        CREATE TABLE dossier_rows (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (dossier_id, kind, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE versions (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            adopted_on TEXT NOT NULL,
            adopted_by_name TEXT NOT NULL,
            adopted_by_role TEXT NOT NULL,
            summary TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            PRIMARY KEY (dossier_id, number)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE attachments (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (dossier_id, id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX dossiers_by_next_evaluation ON dossiers(next_evaluation)",
        # Full-text search over a dossier's title, place and answers: one row per dossier, with
        # the dossier's rowid, kept up to date by triggers so no save can forget it.
        """
        CREATE VIRTUAL TABLE dossier_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE VIEW dossier_search_body AS
        SELECT d.rowid AS rowid,
               d.title || ' ' || d.organisation || ' ' || d.location || ' ' || d.team || ' '
               || d.rule_name || ' ' || coalesce(
                   (SELECT group_concat(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id), ''
               ) AS body,
               d.id AS id
        FROM dossiers d
        """,
        """
        CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossiers BEGIN
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_update AFTER UPDATE OF title, organisation, location, team,
            rule_name ON dossiers BEGIN
            DELETE FROM dossier_search WHERE rowid = new.rowid;
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_delete AFTER DELETE ON dossiers BEGIN
            DELETE FROM dossier_search WHERE rowid = old.rowid;
        END
        """,
        """
        CREATE TRIGGER dossier_search_answer_insert AFTER INSERT ON answers BEGIN
            DELETE FROM dossier_search
            WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_answer_update AFTER UPDATE ON answers BEGIN
            DELETE FROM dossier_search
            WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
        END
        """,
        "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
    ),
    5: (  # what the readiness check needs to know beyond the answers
        "ALTER TABLE dossiers ADD COLUMN rule_built_on_law INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE dossiers ADD COLUMN has_supervisory_board INTEGER",
        "ALTER TABLE dossiers ADD COLUMN stop_criterion TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN direction TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN direction_plan TEXT NOT NULL DEFAULT ''",
        # the fingerprints of the plain texts checked for privacy, separated by spaces
        "ALTER TABLE dossiers ADD COLUMN privacy_checked TEXT NOT NULL DEFAULT ''",
    ),
    6: (  # the register says when a dossier changed since its last adopted version
        "ALTER TABLE dossiers ADD COLUMN changed_since_version INTEGER",
    ),
    7: (  # the search covers every text of a dossier: its facts, tables, notes and files
        "DROP VIEW dossier_search_body",
        f"""
        CREATE VIEW dossier_search_body AS
        SELECT d.rowid AS rowid,
               {" || ' ' || ".join(f"d.{column}" for column in SEARCHED_FACTS)}
               || ' ' || coalesce(
                   (SELECT group_concat(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id), ''
               ) || ' ' || coalesce(
                   (SELECT group_concat(c.note, ' ') FROM checklist_answers c
                    WHERE c.dossier_id = d.id AND c.note != ''), ''
               ) || ' ' || coalesce(
                   (SELECT group_concat(j.value, ' ') FROM dossier_rows r,
                        json_tree(CASE WHEN json_valid(r.data) THEN r.data ELSE '[]' END) j
                    WHERE r.dossier_id = d.id AND j.type = 'text'), ''
               ) || ' ' || coalesce(
                   (SELECT group_concat(f.name, ' ') FROM attachments f
                    WHERE f.dossier_id = d.id), ''
               ) AS body,
               d.id AS id
        FROM dossiers d
        """,
        "DROP TRIGGER dossier_search_update",
        f"""
        CREATE TRIGGER dossier_search_update AFTER UPDATE OF {", ".join(SEARCHED_FACTS)}
            ON dossiers BEGIN
            DELETE FROM dossier_search WHERE rowid = new.rowid;
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.id;
        END
        """,
        # One checklist answer is saved at a time, so a trigger reindexes once per save; tables
        # and files are saved whole, and the repository reindexes once for all their rows.
        """
        CREATE TRIGGER dossier_search_checklist_insert AFTER INSERT ON checklist_answers BEGIN
            DELETE FROM dossier_search
            WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_checklist_update AFTER UPDATE OF note ON checklist_answers
        BEGIN
            DELETE FROM dossier_search
            WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
        END
        """,
        "DELETE FROM dossier_search",
        "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
        # Adopted dossiers of an earlier store: whether they changed since is not known yet
        # (-1); the register works it out once (services.open_register).
        "UPDATE dossiers SET changed_since_version = -1 WHERE changed_since_version IS NULL"
        " AND EXISTS (SELECT 1 FROM versions v WHERE v.dossier_id = dossiers.id)",
        # so that looking for them at every start reads an index of those few, not the table
        "CREATE INDEX dossiers_change_unknown ON dossiers(id) WHERE changed_since_version = -1",
    ),
    8: (  # the same search text, answers last: each || copies what is before it, so the
        # long part is copied once instead of once per short part after it (a 40 MB import)
        "DROP VIEW dossier_search_body",
        f"""
        CREATE VIEW dossier_search_body AS
        SELECT d.rowid AS rowid,
               {" || ' ' || ".join(f"d.{column}" for column in SEARCHED_FACTS)}
               || ' ' || coalesce(
                   (SELECT group_concat(c.note, ' ') FROM checklist_answers c
                    WHERE c.dossier_id = d.id AND c.note != ''), ''
               ) || ' ' || coalesce(
                   (SELECT group_concat(j.value, ' ') FROM dossier_rows r,
                        json_tree(CASE WHEN json_valid(r.data) THEN r.data ELSE '[]' END) j
                    WHERE r.dossier_id = d.id AND j.type = 'text'), ''
               ) || ' ' || coalesce(
                   (SELECT group_concat(f.name, ' ') FROM attachments f
                    WHERE f.dossier_id = d.id), ''
               ) || ' ' || coalesce(
                   (SELECT group_concat(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id), ''
               ) AS body,
               d.id AS id
        FROM dossiers d
        """,
    ),
    9: _SEARCH_WITHOUT_A_COPY,
}
SCHEMA_VERSION = max(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer_schema(connection: sqlite3.Connection) -> None:
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise StoreError(
            i18n.translate(
                "database",
                "De gegevens zijn gemaakt met een nieuwere versie van IGJ Afwijken "
                "(schema {schema}); werk het programma bij om ze te openen.",
            ).format(schema=current)
        )


def migrate(connection: sqlite3.Connection) -> None:
    refuse_newer_schema(connection)
    current = schema_version(connection)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with transaction(connection):
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")

"""Schema 4 of the local store: risks, involvement, evaluations, lifecycle, versions, attachments and search."""

from igj_afwijken.storage.migrations import run

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = (
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
)


def upgrade() -> None:
    run(STATEMENTS)

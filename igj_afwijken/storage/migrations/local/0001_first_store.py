"""Schema 1 of the local store: the dossiers and their answers."""

from igj_afwijken.storage.migrations import run

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = (
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
)


def upgrade() -> None:
    run(STATEMENTS)

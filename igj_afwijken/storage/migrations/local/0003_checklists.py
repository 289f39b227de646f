"""Schema 3 of the local store: topic checklists and the date of the next evaluation."""

from igj_afwijken.storage.migrations import run

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = (
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
)


def upgrade() -> None:
    run(STATEMENTS)

"""Schema 2 of the local store: the recycle bin."""

from igj_afwijken.storage.migrations import run

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = ("ALTER TABLE dossiers ADD COLUMN deleted_at TEXT",)


def upgrade() -> None:
    run(STATEMENTS)

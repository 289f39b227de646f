"""Schema 6 of the local store: the register says when a dossier changed since its last adopted version."""

from igj_afwijken.storage.migrations import run

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = ("ALTER TABLE dossiers ADD COLUMN changed_since_version INTEGER",)


def upgrade() -> None:
    run(STATEMENTS)

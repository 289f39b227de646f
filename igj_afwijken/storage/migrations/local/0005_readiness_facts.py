"""Schema 5 of the local store: what the readiness check needs to know beyond the answers."""

from igj_afwijken.storage.migrations import run

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE dossiers ADD COLUMN rule_built_on_law INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE dossiers ADD COLUMN has_supervisory_board INTEGER",
    "ALTER TABLE dossiers ADD COLUMN stop_criterion TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE dossiers ADD COLUMN direction TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE dossiers ADD COLUMN direction_plan TEXT NOT NULL DEFAULT ''",
    # the fingerprints of the plain texts checked for privacy, separated by spaces
    "ALTER TABLE dossiers ADD COLUMN privacy_checked TEXT NOT NULL DEFAULT ''",
)


def upgrade() -> None:
    run(STATEMENTS)

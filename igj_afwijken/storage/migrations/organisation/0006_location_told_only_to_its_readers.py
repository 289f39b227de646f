"""Revision 6 of the organisation store: where a dossier is, told only to those who may read it."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.postgres.server import location_told_statements

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(location_told_statements())

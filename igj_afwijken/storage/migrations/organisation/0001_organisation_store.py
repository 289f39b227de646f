"""Revision 1 of the organisation store: tables, group roles, rights per location, history,
taking along and search, as the first release set them up."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.postgres.server import first_release_statements

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(first_release_statements())

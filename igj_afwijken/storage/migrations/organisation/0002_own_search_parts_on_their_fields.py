"""Revision 2 of the organisation store: a dossier's own search parts are made again only when their fields change."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.postgres.server import own_search_part_statements

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(own_search_part_statements())

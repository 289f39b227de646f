"""Revision 4 of the organisation store: the names a short word is looked for in get a table of their own, so the planner knows how many dossiers such a word has."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.postgres.server import search_names_statements

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(search_names_statements())

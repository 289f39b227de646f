"""Revision 5 of the organisation store: the server asks the register's question as the store's owner, with the reader's rights checked in it, so that the search's indexes are used."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.postgres.server import register_question_statements

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(register_question_statements())

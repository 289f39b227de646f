"""Revision 3 of the organisation store: each dossier's trigram signature, so that the register's filter reads the text only of dossiers that may hold its words."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.postgres.server import trigram_signature_statements

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(trigram_signature_statements())

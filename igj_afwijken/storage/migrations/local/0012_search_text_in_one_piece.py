"""Schema 12 of the local store: a dossier's search text is put together in one piece."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.records import SEARCHED_FACTS

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Schema 8 joined the parts with ||, which copies what is before it: the answers, gathered by
# their own group_concat, were copied once more into a new text. One group_concat over all the
# parts writes each part once. Indexing a 40 MB import read the text in 0.315 s instead of
# 0.336 s. The parts, their order and the words in them are those of schema 8; only the
# spaces between them differ (none for notes, rows, attachments or answers that a dossier has
# none of; an empty fact still gets one), and a space is no word, so the index made from the
# old text is exactly the one the new text gives (the index reads the text again to take a
# dossier out: see schema 9). The facts are all NOT NULL, so no dossier's text was NULL before
# and none is now.
_FIRST, *_OTHER_FACTS = SEARCHED_FACTS
_PARTS = " UNION ALL ".join(
    [
        f"SELECT d.{_FIRST} AS part",  # a compound SELECT's column is named by its first part
        *(f"SELECT d.{column}" for column in _OTHER_FACTS),
        "SELECT c.note FROM checklist_answers c WHERE c.dossier_id = d.id AND c.note != ''",
        "SELECT j.value FROM dossier_rows r,"
        " json_tree(CASE WHEN json_valid(r.data) THEN r.data ELSE '[]' END) j"
        " WHERE r.dossier_id = d.id AND j.type = 'text'",
        "SELECT f.name FROM attachments f WHERE f.dossier_id = d.id",
        "SELECT a.text FROM answers a WHERE a.dossier_id = d.id",
    ]
)

STATEMENTS: tuple[str, ...] = (
    "DROP VIEW dossier_search_body",
    f"""
    CREATE VIEW dossier_search_body AS
    SELECT d.rowid AS rowid,
           (SELECT group_concat(part, ' ') FROM ({_PARTS})) AS body,
           d.id AS id
    FROM dossiers d
    """,
)


def upgrade() -> None:
    run(STATEMENTS)

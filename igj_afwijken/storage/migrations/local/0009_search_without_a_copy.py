"""Schema 9 of the local store: the search index keeps no copy of the text it indexes."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.records import SEARCHED_FACTS

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _unindex(rowid: str) -> str:
    """Take a dossier out of the search index. The index reads the dossier's text from the
    view to know what to remove, so this runs before that text changes (a BEFORE trigger)."""
    return f"DELETE FROM dossier_search WHERE rowid = {rowid};"


def _index(rowid: str) -> str:
    return (
        "INSERT INTO dossier_search(rowid, body)"
        f" SELECT rowid, body FROM dossier_search_body WHERE rowid = {rowid};"
    )


def _around(table: str, event: str, rowid: str, when: str = "") -> tuple[str, str]:
    """A BEFORE trigger that takes the dossier out of the index and an AFTER trigger that puts
    it back, for one kind of change to one table."""
    name = f"dossier_search_{table}_{event.split()[0].lower()}"
    condition = f"WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER {name}_before BEFORE {event} ON {table} {condition}"
        f" BEGIN {_unindex(rowid)} END",
        f"CREATE TRIGGER {name}_after AFTER {event} ON {table} {condition}"
        f" BEGIN {_index(rowid)} END",
    )


def _around_part(table: str, event: str) -> tuple[str, str]:
    """The trigger pair for a part of a dossier (an answer, a checklist answer). A dossier being
    added gets its parts first, and is indexed once when its own row follows; asking the index
    about a dossier that is not there yet cost a millisecond per part."""
    row = "old" if event == "DELETE" else "new"
    return _around(
        table,
        event,
        f"(SELECT rowid FROM dossiers WHERE id = {row}.dossier_id)",
        when=f"EXISTS (SELECT 1 FROM dossiers WHERE id = {row}.dossier_id)",
    )


# The index keeps no copy of the text it indexes but reads it from the view when it
# needs it (an excerpt, or removing a dossier from the index). Writing that copy, one value of
# the dossier's whole text, cost more than the index itself in a 40 MB import. The price: the
# view must give, when a dossier is taken out, exactly the text that was put in, so every change
# to what the view reads is wrapped in a trigger pair (or, for tables stored whole, in the
# repository's own pair), and no statement may fire the BEFORE half twice (no upserts).
STATEMENTS: tuple[str, ...] = (
    *(
        f"DROP TRIGGER {name}"
        for name in (
            "dossier_search_insert",
            "dossier_search_update",
            "dossier_search_delete",
            "dossier_search_answer_insert",
            "dossier_search_answer_update",
            "dossier_search_checklist_insert",
            "dossier_search_checklist_update",
        )
    ),
    "DROP TABLE dossier_search",
    """
    CREATE VIRTUAL TABLE dossier_search USING fts5(
        body, content = 'dossier_search_body', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    f"CREATE TRIGGER dossier_search_dossiers_insert_after AFTER INSERT ON dossiers BEGIN"
    f" {_index('new.rowid')} END",
    *_around("dossiers", f"UPDATE OF {', '.join(SEARCHED_FACTS)}", "old.rowid"),
    f"CREATE TRIGGER dossier_search_dossiers_delete_before BEFORE DELETE ON dossiers BEGIN"
    f" {_unindex('old.rowid')} END",
    *_around_part("answers", "INSERT"),
    *_around_part("answers", "UPDATE OF text"),
    *_around_part("answers", "DELETE"),
    *_around_part("checklist_answers", "INSERT"),
    *_around_part("checklist_answers", "UPDATE OF note"),
    *_around_part("checklist_answers", "DELETE"),
    # not FTS5's 'rebuild', which cannot read a view that uses json_tree (SQLite 3.40)
    "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
    # The register reads a count and a page of rows in its order, with 100,000 dossiers at
    # every keystroke: this index holds what its filters look at, so neither reads the table.
    "CREATE INDEX dossiers_register ON dossiers(deleted_at, updated_at, status, sector, location,"
    " title, team)",
)


def upgrade() -> None:
    run(STATEMENTS)

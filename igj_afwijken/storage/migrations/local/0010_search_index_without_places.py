"""Schema 10 of the local store: the search index records which dossiers hold a word, not where."""

from igj_afwijken.storage.migrations import run

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The search asks only which dossiers hold a word or a word's start (it makes its own
# excerpts), so the index need not keep where in the text each word stands (FTS5's
# detail=full). Without the places, indexing a 40 MB import took 0.21 s instead of 0.34 s, and
# the index of that text was 0.2 MB instead of 15.5 MB. detail=column, not none: at 100,000
# dossiers a search of two words took 3.6 ms with it, 4.8 ms with detail=full and 15.5 ms
# with detail=none. The price: the index cannot answer a phrase ("a b"), so a search must give
# it single words (see the repository).
STATEMENTS: tuple[str, ...] = (
    "DROP TABLE dossier_search",
    """
    CREATE VIRTUAL TABLE dossier_search USING fts5(
        body, content = 'dossier_search_body', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', detail = column
    )
    """,
    # the triggers of schema 9 keep it up to date: they name the table, not this instance of it
    "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
)


def upgrade() -> None:
    run(STATEMENTS)

"""Whether the search index holds exactly what indexing every dossier's text now would give."""

import sqlite3


def _instances(connection: sqlite3.Connection, schema: str, table: str) -> set[tuple]:
    name = f"{schema}_{table}_instances"
    connection.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} USING fts5vocab({schema}, {table},"
        " 'instance')"
    )
    return set(connection.execute(f"SELECT term, doc, col, offset FROM temp.{name}"))


def index_matches_the_text(connection: sqlite3.Connection) -> bool:
    """Every word of every dossier, compared with an index built afresh (the index keeps which
    dossiers hold a word, not where in them: schema 10), and the number of words in each."""
    connection.execute("DROP TABLE IF EXISTS temp.fresh")
    connection.execute(
        "CREATE VIRTUAL TABLE temp.fresh USING fts5(body,"
        " tokenize = 'unicode61 remove_diacritics 2', detail = column)"
    )
    connection.execute(
        "INSERT INTO temp.fresh(rowid, body) SELECT rowid, body FROM main.dossier_search_body"
    )
    # and as many words in each as indexing its text now counts (what FTS5 keeps per dossier)
    return _instances(connection, "main", "dossier_search") == _instances(
        connection, "temp", "fresh"
    ) and set(connection.execute("SELECT id, sz FROM main.dossier_search_docsize")) == set(
        connection.execute("SELECT id, sz FROM temp.fresh_docsize")
    )

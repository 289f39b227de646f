"""Schema 7 of the local store: the search covers every text of a dossier: its facts, tables, notes and files."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.records import SEARCHED_FACTS

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STATEMENTS: tuple[str, ...] = (
    "DROP VIEW dossier_search_body",
    f"""
    CREATE VIEW dossier_search_body AS
    SELECT d.rowid AS rowid,
           {" || ' ' || ".join(f"d.{column}" for column in SEARCHED_FACTS)}
           || ' ' || coalesce(
               (SELECT group_concat(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id), ''
           ) || ' ' || coalesce(
               (SELECT group_concat(c.note, ' ') FROM checklist_answers c
                WHERE c.dossier_id = d.id AND c.note != ''), ''
           ) || ' ' || coalesce(
               (SELECT group_concat(j.value, ' ') FROM dossier_rows r,
                    json_tree(CASE WHEN json_valid(r.data) THEN r.data ELSE '[]' END) j
                WHERE r.dossier_id = d.id AND j.type = 'text'), ''
           ) || ' ' || coalesce(
               (SELECT group_concat(f.name, ' ') FROM attachments f
                WHERE f.dossier_id = d.id), ''
           ) AS body,
           d.id AS id
    FROM dossiers d
    """,
    "DROP TRIGGER dossier_search_update",
    f"""
    CREATE TRIGGER dossier_search_update AFTER UPDATE OF {", ".join(SEARCHED_FACTS)}
        ON dossiers BEGIN
        DELETE FROM dossier_search WHERE rowid = new.rowid;
        INSERT INTO dossier_search(rowid, body)
        SELECT rowid, body FROM dossier_search_body WHERE id = new.id;
    END
    """,
    # One checklist answer is saved at a time, so a trigger reindexes once per save; tables
    # and files are saved whole, and the repository reindexes once for all their rows.
    """
    CREATE TRIGGER dossier_search_checklist_insert AFTER INSERT ON checklist_answers BEGIN
        DELETE FROM dossier_search
        WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
        INSERT INTO dossier_search(rowid, body)
        SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
    END
    """,
    """
    CREATE TRIGGER dossier_search_checklist_update AFTER UPDATE OF note ON checklist_answers
    BEGIN
        DELETE FROM dossier_search
        WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
        INSERT INTO dossier_search(rowid, body)
        SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
    END
    """,
    "DELETE FROM dossier_search",
    "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
    # Adopted dossiers of an earlier store: whether they changed since is not known yet
    # (-1); the register works it out once (services.open_register).
    "UPDATE dossiers SET changed_since_version = -1 WHERE changed_since_version IS NULL"
    " AND EXISTS (SELECT 1 FROM versions v WHERE v.dossier_id = dossiers.id)",
    # so that looking for them at every start reads an index of those few, not the table
    "CREATE INDEX dossiers_change_unknown ON dossiers(id) WHERE changed_since_version = -1",
)


def upgrade() -> None:
    run(STATEMENTS)

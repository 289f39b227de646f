"""Schema 8 of the local store: the same search text with the answers last, so that the long part is copied once."""

from igj_afwijken.storage.migrations import run
from igj_afwijken.storage.records import SEARCHED_FACTS

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Each || copies what is before it, so the long part (the answers) goes last and is copied
# once instead of once per short part after it (a 40 MB import).
STATEMENTS: tuple[str, ...] = (
    "DROP VIEW dossier_search_body",
    f"""
    CREATE VIEW dossier_search_body AS
    SELECT d.rowid AS rowid,
           {" || ' ' || ".join(f"d.{column}" for column in SEARCHED_FACTS)}
           || ' ' || coalesce(
               (SELECT group_concat(c.note, ' ') FROM checklist_answers c
                WHERE c.dossier_id = d.id AND c.note != ''), ''
           ) || ' ' || coalesce(
               (SELECT group_concat(j.value, ' ') FROM dossier_rows r,
                    json_tree(CASE WHEN json_valid(r.data) THEN r.data ELSE '[]' END) j
                WHERE r.dossier_id = d.id AND j.type = 'text'), ''
           ) || ' ' || coalesce(
               (SELECT group_concat(f.name, ' ') FROM attachments f
                WHERE f.dossier_id = d.id), ''
           ) || ' ' || coalesce(
               (SELECT group_concat(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id), ''
           ) AS body,
           d.id AS id
    FROM dossiers d
    """,
)


def upgrade() -> None:
    run(STATEMENTS)

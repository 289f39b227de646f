"""Reading and writing dossiers in the organisation store on PostgreSQL, one transaction per
change, as the person who logged in: the server's rights decide what they see and may write."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from igj_afwijken import i18n
from igj_afwijken.domain.model import (
    Answer,
    Attachment,
    ChecklistAnswer,
    Dossier,
    Version,
    check_values,
    new_dossier_id,
    utc_now,
)
from igj_afwijken.domain.moments import parse_date, parse_moment
from igj_afwijken.domain.rows import ROW_KINDS
from igj_afwijken.domain.text import search_excerpt
from igj_afwijken.storage.port import (
    TEXT_SEARCH_LETTERS,
    ChangedMeanwhile,
    DossierSummary,
    HistoryEntry,
    ListedDossier,
    PagedRows,
    RegisterFilter,
    RegisterOrder,
    StoreError,
    SummaryRows,
    TakenElsewhere,
    TakenMark,
    UnknownDossier,
    UnreadableDossier,
)
from igj_afwijken.storage.postgres.server import TAKEN_STATE, ServerError
from igj_afwijken.storage.records import (
    ANSWER_COLUMNS,
    CHECKLIST_COLUMNS,
    FACT_COLUMNS,
    INFIX_LETTERS,
    answer_values,
    attachment_values,
    check_answer,
    check_checklist,
    check_facts,
    check_rows,
    checklist_values,
    collector_paused,
    dossier_from_records,
    dossiers_at,
    fact_values,
    facts_to_write,
    no_such_dossier,
    resolved,
    row_data,
    search_words,
    summary_of,
    version_values,
)

if TYPE_CHECKING:
    import psycopg

_SUMMARY_COLUMNS = (
    "id, title, status, location, updated_at, deleted_at, sector, next_evaluation, readiness,"
    " changed_since_version"
)


# Seconds between attempts to reach a server found away (see _connected_again).
RECONNECT_PAUSE = 3.0

_SAVE_ANSWER = "SELECT * FROM igj_save_answer(%s, %s, %s, %s, %s, %s, %s, %s)"
# A rehearsed save (see prepare_saving) changes an answer of at most this many characters, or
# adds one to this question, so that it never sends a long text to and fro.
REHEARSED_LENGTH = 20_000
REHEARSED_QUESTION = "igj-afwijken.proef"


class NoRight(StoreError):
    """The server refused: the person who logged in may not do this (at this location)."""


class PostgresRepository:
    """The storage port on a PostgreSQL connection (see storage.port.DossierStore)."""

    def __init__(
        self,
        connection: psycopg.Connection,
        readiness_of: Callable[[Dossier], str] | None = None,
        changed_since_of: Callable[[Dossier], int | None] | None = None,
        reconnect: Callable[[], psycopg.Connection] | None = None,
        address: str = "",
    ) -> None:
        """`reconnect` makes a new connection when the server was restarted or the network
        was lost: the next read or write after that makes it again. `address` is the store's
        (see connection_info), as a data folder remembers where a dossier was taken from."""
        self._db = connection
        self.address = address
        self._readiness_of = readiness_of
        self._changed_since_of = changed_since_of
        self._reconnect = reconnect
        self._changes = 0
        self._in_changes = 0  # a read inside a change is told as the change's failure
        # The server was found away, and when to try again: a window asks the store several
        # things at once, and each new connection waits up to 10 s for an answer.
        self._away: tuple[float, str] | None = None

    @property
    def process_id(self) -> int:
        """The server's process for this connection, as change notices name it (0 while
        there is no connection)."""
        return 0 if self._db.closed or self._db.broken else int(self._db.info.backend_pid)

    @property
    def made_changes(self) -> bool:
        """Whether anything was written through this store since it was opened."""
        return self._changes > 0

    def close(self) -> None:
        self._db.close()

    # -- the register ------------------------------------------------------------------------

    def summaries(self, deleted: bool = False, narrow: RegisterFilter | None = None) -> SummaryRows:
        rows = self._read_register(deleted, narrow, RegisterOrder())
        return SummaryRows(rows, summary_of, itemgetter(0))

    def register_rows(
        self,
        deleted: bool = False,
        narrow: RegisterFilter | None = None,
        order: RegisterOrder | None = None,
    ) -> SummaryRows:
        def read_page(offset: int, limit: int) -> list[tuple]:
            return self._read_register(deleted, narrow, order, limit=limit, offset=offset)

        def holds(dossier_id: str) -> bool:
            return bool(self._read_register(deleted, narrow, order, only_id=dossier_id))

        return SummaryRows(PagedRows(read_page, holds), summary_of, itemgetter(0))

    def prepare_search(self) -> None:
        """Nothing to read beforehand: the server finds parts of words through its own index."""

    def listing(self) -> list[ListedDossier]:
        with collector_paused():
            return self._listing()

    def _listing(self) -> list[ListedDossier]:
        listed = []
        for row in self._read_register(False, None, None):  # past the row-level security
            summary = summary_of(row)
            if summary.unreadable:
                listed.append(ListedDossier(summary.id, "", "", summary.title, True))
            else:
                changed = summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
                listed.append(
                    ListedDossier(summary.id, summary.status, changed, summary.title, False)
                )
        return listed

    def search_excerpts(self, dossier_ids: Sequence[str], search: str) -> dict[str, str]:
        words = [word for word in search_words(search) if len(word) >= TEXT_SEARCH_LETTERS]
        excerpts = dict.fromkeys(dossier_ids, "")
        if not words or not dossier_ids:
            return excerpts
        rows = self._read(
            "SELECT id, igj_search_text(id) FROM dossiers WHERE id = ANY(%s)", [list(dossier_ids)]
        )
        for dossier_id, body in rows:
            excerpts[dossier_id] = search_excerpt(body, words, inside_from=INFIX_LETTERS)
        return excerpts

    def dossiers_at(self, location: str = "") -> tuple[list[Dossier], list[DossierSummary]]:
        return dossiers_at(self, location)

    def due_rows(self, until: date) -> list[tuple[str, str, str, date, str]]:
        due = []
        for dossier_id, title, location, next_evaluation, status in self._read(
            "SELECT id, title, location, next_evaluation, status FROM dossiers"
            " WHERE deleted_at IS NULL AND next_evaluation IS NOT NULL AND next_evaluation <= %s"
            " AND status <> 'beeindigd' ORDER BY next_evaluation",
            [until.isoformat()],
        ):
            try:
                due.append((dossier_id, title, location, parse_date(next_evaluation), status))
            except ValueError:
                continue
        return due

    def history(self, dossier_id: str, most: int = 1000) -> list[HistoryEntry]:
        """Who changed what in the dossier, newest first, as the server recorded it (only what
        the person may read)."""
        return [
            HistoryEntry(*row)
            for row in self._read(
                "SELECT changed_at, changed_by, part, coalesce(part_key, ''), field, old_value,"
                " new_value FROM changes WHERE dossier_id = %s ORDER BY id DESC LIMIT %s",
                [dossier_id, most],
            )
        ]

    def anything_stored(self) -> bool:
        return bool(self._read("SELECT 1 FROM dossiers LIMIT 1"))

    def locations(self) -> list[str]:
        # one index probe a location, not a scan of every dossier (see igj_locations)
        rows = self._read(
            "SELECT place FROM igj_locations() WITH ORDINALITY AS found(place, n) ORDER BY n"
        )
        return [location for (location,) in rows]

    def title_of(self, dossier_id: str) -> str:
        rows = self._read("SELECT title FROM dossiers WHERE id = %s", [dossier_id])
        if not rows:
            raise no_such_dossier(dossier_id)
        return str(rows[0][0])

    def exists(self, dossier_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM dossiers WHERE id = %s", [dossier_id]))

    def is_active(self, dossier_id: str) -> bool:
        return bool(
            self._read("SELECT 1 FROM dossiers WHERE id = %s AND deleted_at IS NULL", [dossier_id])
        )

    def resolve(self, id_or_prefix: str, in_bin: bool = False) -> str:
        """The full id for an id or an unambiguous beginning of one (at least four characters),
        among the dossiers in use or those in the recycle bin."""
        if len(id_or_prefix) >= 4:
            rows = self._read(
                "SELECT id FROM dossiers WHERE starts_with(id, %s)"
                f" AND deleted_at IS {'NOT NULL' if in_bin else 'NULL'}"
                " ORDER BY id <> %s LIMIT 2",
                [id_or_prefix, id_or_prefix],
            )
            return resolved(id_or_prefix, [row[0] for row in rows])
        raise no_such_dossier(id_or_prefix)

    # -- one dossier -------------------------------------------------------------------------

    def get(self, dossier_id: str) -> Dossier:
        """The whole dossier; UnreadableDossier when something stored in it makes no sense."""
        try:
            return self._get(dossier_id)
        except UnknownDossier:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            raise UnreadableDossier(dossier_id, self.title_of(dossier_id), error) from None

    def _get(self, dossier_id: str) -> Dossier:
        from psycopg.rows import dict_row

        with self._changing(), self._db.cursor(row_factory=dict_row) as cursor:
            row = cursor.execute("SELECT * FROM dossiers WHERE id = %s", [dossier_id]).fetchone()
            if row is None:
                raise no_such_dossier(dossier_id)
            if row["deleted_at"] is not None:
                parse_moment(row["deleted_at"])  # the recycle bin shows when
            parts = {}
            for table, order in (
                ("answers", "question_id"),
                ("checklist_answers", "item_id"),
                ("versions", "number"),
                ("attachments", "position"),
            ):
                parts[table] = cursor.execute(
                    f"SELECT * FROM {table} WHERE dossier_id = %s ORDER BY {order}", [dossier_id]
                ).fetchall()
            row_items = [
                (item["kind"], item["data"])
                for item in cursor.execute(
                    "SELECT kind, data FROM dossier_rows WHERE dossier_id = %s"
                    " ORDER BY kind, position",
                    [dossier_id],
                )
            ]
        dossier = dossier_from_records(
            row,
            parts["answers"],
            parts["checklist_answers"],
            row_items,
            parts["versions"],
            parts["attachments"],
        )
        check_values(dossier)
        return dossier

    def add(self, dossier: Dossier) -> None:
        """Store a whole new dossier with all its parts, all or nothing."""
        readiness = None if self._readiness_of is None else self._readiness_of(dossier)
        changed_since = None if self._changed_since_of is None else self._changed_since_of(dossier)
        with self._changing(), self._db.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO dossiers (id, {', '.join(FACT_COLUMNS)}, readiness,"
                f" changed_since_version) VALUES ({', '.join(['%s'] * (len(FACT_COLUMNS) + 3))})",
                [dossier.id, *fact_values(dossier), readiness or "", changed_since],
            )
            cursor.executemany(
                "INSERT INTO answers VALUES (%s, %s, %s, %s, %s, %s)",
                [(dossier.id, *answer_values(a)) for a in dossier.answers.values()],
            )
            cursor.executemany(
                "INSERT INTO checklist_answers VALUES (%s, %s, %s, %s, %s, %s)",
                [(dossier.id, *checklist_values(c)) for c in dossier.checklist.values()],
            )
            for kind in ROW_KINDS:
                self._insert_rows(cursor, dossier.id, kind, getattr(dossier, kind))
            for version in dossier.versions:
                self._insert_version(cursor, dossier.id, version)
            for position, attachment in enumerate(dossier.attachments):
                self._insert_attachment(cursor, dossier.id, position, attachment)

    def add_imported(self, dossier: Dossier) -> str:
        if self.exists(dossier.id):
            dossier = dossier.copy(id=new_dossier_id())
        self.add(dossier)
        return dossier.id

    def save_facts(self, dossier: Dossier, known: Sequence[Dossier] = ()) -> None:
        """As the local store's: with `known`, only the fields this writer changed, each
        checked against someone else's change (the row locked while it is read)."""
        dossier.updated_at = utc_now()
        with self._changing():
            if not known:
                self._update_facts(dossier)
                return
            changed = facts_to_write(dossier, known)
            row = self._db.execute(
                f"SELECT {', '.join(c for c, _ in changed)} FROM dossiers WHERE id = %s FOR UPDATE",
                [dossier.id],
            ).fetchone()
            if row is None:
                raise no_such_dossier(dossier.id)
            check_facts(dossier.id, known, changed, row)
            self._db.execute(
                f"UPDATE dossiers SET {', '.join(f'{c} = %s' for c, _ in changed)} WHERE id = %s",
                [*(v for _, v in changed), dossier.id],
            )

    def _update_facts(self, dossier: Dossier) -> None:
        assignments = ", ".join(f"{column} = %s" for column in FACT_COLUMNS)
        cursor = self._db.execute(
            f"UPDATE dossiers SET {assignments} WHERE id = %s", [*fact_values(dossier), dossier.id]
        )
        if cursor.rowcount != 1:
            raise no_such_dossier(dossier.id)

    def prepare_saving(self, dossier_id: str) -> None:
        """Rehearse a save of the dossier's last answer, a space added, in a transaction
        that is always rolled back. A server connection compiles the functions and triggers of a
        save, and plans their statements, the first time it saves: with twenty programs saving
        at once, that first save took 33-118 ms (median 57), the next ones 5-10 ms. Rehearsed
        when a dossier opens, the first save a person makes is as quick as the rest. Nothing is
        kept, no one is told of a change, a row someone else is changing is not waited for, and
        a reader, a dossier taken along or a server away merely leave the first save slower."""
        import psycopg

        if self._db.closed or self._db.broken:
            return
        try:
            with self._db.transaction(force_rollback=True):
                self._db.execute("SET LOCAL lock_timeout = '100ms'")
                self._db.execute("SET LOCAL statement_timeout = '5s'")
                last = self._db.execute(
                    "SELECT question_id, text, catalogue_version, question_text FROM answers"
                    " WHERE dossier_id = %s AND length(text) <= %s ORDER BY updated_at DESC LIMIT 1",
                    [dossier_id, REHEARSED_LENGTH],
                ).fetchone() or (REHEARSED_QUESTION, "", "", "")
                question, text, version, wording = last
                at = utc_now().isoformat()
                self._db.execute(
                    _SAVE_ANSWER,
                    [dossier_id, question, text + " ", version, wording, at, [text], True],
                ).fetchone()
        except psycopg.Error:
            return

    def save_answer(
        self,
        dossier_id: str,
        answer: Answer,
        clearing_allowed: bool = False,
        known: Sequence[str] | None = None,
    ) -> None:
        """As the local store's, in one statement (see igj_save_answer): the stored answer is
        locked while it is compared, and when it is not one this writer knew, the same check
        as the local store's says why nothing was written."""
        may_blank = clearing_allowed or bool(answer.text.strip())
        with self._speaking():
            saved, _ = self._db.execute(
                _SAVE_ANSWER,
                [dossier_id, *answer_values(answer), None if known is None else list(known),
                 may_blank],
            ).fetchone() or (False, None)  # fmt: skip
        if saved:
            self._changes += 1
            return
        # Not written: read again, locked, and let the local store's check say why (the
        # server's idea of a blank text is not quite Python's; where they differ, this writes).
        with self._changing():
            row = self._db.execute(
                "SELECT text FROM answers WHERE dossier_id = %s AND question_id = %s FOR UPDATE",
                [dossier_id, answer.question_id],
            ).fetchone()
            check_answer(dossier_id, answer, None if row is None else row[0], known,
                         clearing_allowed)  # fmt: skip
            self._touch(dossier_id, answer.updated_at)
            self._upsert("answers", ANSWER_COLUMNS, dossier_id, answer_values(answer))

    def save_checklist_answer(
        self,
        dossier_id: str,
        answer: ChecklistAnswer,
        known: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        """As the local store's; the dossier is locked (touched) before the item is read."""
        with self._changing():
            self._touch(dossier_id, answer.updated_at)
            if known is not None:
                stored = self._db.execute(
                    "SELECT value, note FROM checklist_answers"
                    " WHERE dossier_id = %s AND item_id = %s",
                    [dossier_id, answer.item_id],
                ).fetchone()
                check_checklist(dossier_id, answer, None if stored is None else tuple(stored),
                                known)  # fmt: skip
            self._upsert(
                "checklist_answers",
                CHECKLIST_COLUMNS,
                dossier_id,
                checklist_values(answer),
            )

    def _upsert(self, table: str, columns: tuple[str, ...], dossier_id: str, values: tuple) -> None:
        """One row of a part of a dossier, added or changed in place; the first column is its
        key."""
        key, *changed = columns
        self._db.execute(
            f"INSERT INTO {table} (dossier_id, {', '.join(columns)})"
            f" VALUES ({', '.join(['%s'] * (len(columns) + 1))})"
            f" ON CONFLICT (dossier_id, {key}) DO UPDATE SET"
            f" {', '.join(f'{column} = excluded.{column}' for column in changed)}",
            [dossier_id, *values],
        )

    def save_rows(
        self,
        dossier_id: str,
        kind: str,
        rows: tuple,
        at: datetime,
        known: Sequence[tuple] | None = None,
    ) -> None:
        """As the local store's; the dossier is locked (touched) before its table is read."""
        with self._changing(), self._db.cursor() as cursor:
            self._touch(dossier_id, at)
            if known is not None:
                stored = cursor.execute(
                    "SELECT data FROM dossier_rows WHERE dossier_id = %s AND kind = %s"
                    " ORDER BY position",
                    [dossier_id, kind],
                ).fetchall()
                check_rows(dossier_id, kind, rows, [data for (data,) in stored], known)
            cursor.execute(
                "DELETE FROM dossier_rows WHERE dossier_id = %s AND kind = %s", [dossier_id, kind]
            )
            self._insert_rows(cursor, dossier_id, kind, rows)

    def add_version(self, dossier: Dossier, version: Version) -> None:
        with self._changing(), self._db.cursor() as cursor:
            self._update_facts(dossier)
            self._insert_version(cursor, dossier.id, version)

    def save_attachments(self, dossier_id: str, attachments: tuple, at: datetime) -> None:
        with self._changing(), self._db.cursor() as cursor:
            self._touch(dossier_id, at)
            kept = {a.id for a in attachments}
            stored = {
                row[0]
                for row in cursor.execute(
                    "SELECT id FROM attachments WHERE dossier_id = %s", [dossier_id]
                ).fetchall()
            }
            for gone in stored - kept:
                cursor.execute(
                    "DELETE FROM attachments WHERE dossier_id = %s AND id = %s", [dossier_id, gone]
                )
            for position, attachment in enumerate(attachments):
                if attachment.id in stored:  # the content never changes; only its place
                    cursor.execute(
                        "UPDATE attachments SET position = %s WHERE dossier_id = %s AND id = %s",
                        [position, dossier_id, attachment.id],
                    )
                else:
                    self._insert_attachment(cursor, dossier_id, position, attachment)

    def add_attachment(self, dossier_id: str, attachment: Attachment) -> None:
        with self._changing(), self._db.cursor() as cursor:
            self._touch(dossier_id, attachment.added_at)
            (position,) = cursor.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM attachments WHERE dossier_id = %s",
                [dossier_id],
            ).fetchone() or (0,)
            self._insert_attachment(cursor, dossier_id, position, attachment)

    def remove_attachment(self, dossier_id: str, attachment_id: str) -> None:
        with self._changing():
            self._touch(dossier_id, utc_now())
            self._db.execute(
                "DELETE FROM attachments WHERE dossier_id = %s AND id = %s",
                [dossier_id, attachment_id],
            )

    def set_readiness(
        self, dossier_id: str, readiness: str, changed_since_version: int | None = None
    ) -> None:
        """Remember the outcome of the readiness check; an unchanged outcome writes nothing."""
        with self._changing():
            self._db.execute(
                "UPDATE dossiers SET readiness = %s, changed_since_version = %s WHERE id = %s"
                " AND (readiness IS DISTINCT FROM %s"
                " OR changed_since_version IS DISTINCT FROM %s)"
                # a reader's window may work it out too; whoever took it along keeps it
                " AND NOT EXISTS (SELECT 1 FROM taken WHERE dossier_id = dossiers.id"
                " AND taken_by <> session_user)",
                [readiness, changed_since_version, dossier_id, readiness, changed_since_version],
            )

    # -- taken along to work offline ----------------------------------------------------------

    def taken_marks(self) -> dict[str, TakenMark]:
        """Which dossiers (of those the person may read) are taken along, by whom, since when."""
        return {
            dossier_id: TakenMark(str(who), since)
            for dossier_id, who, since in self._read(
                "SELECT dossier_id, taken_by, taken_at FROM taken"
            )
        }

    def take(self, dossier_id: str) -> Dossier:
        """Mark the dossier as taken along by the person who logged in, and return it as it is
        then; from now on only they may change it. TakenElsewhere when someone else has it."""
        with self._changing():
            marked = self._db.execute(
                "INSERT INTO taken (dossier_id) SELECT id FROM dossiers WHERE id = %s"
                " ON CONFLICT (dossier_id) DO NOTHING RETURNING taken_by",
                [dossier_id],
            ).fetchone()
            if marked is None:
                self._refuse_if_taken_by_another(dossier_id)
            return self.get(dossier_id)

    def bring_back(self, dossier: Dossier, since: Dossier) -> None:
        """Write `dossier` where the server held `since` when it was read, and end the mark,
        in one transaction (see write_back)."""
        self.write_back(dossier, since, end_taking=True)

    def write_back(self, dossier: Dossier, since: Dossier, end_taking: bool = False) -> None:
        """Write `dossier` where the server held `since` when it was read (the parts that
        differ), and with `end_taking` end the mark of its taking along, all in one
        transaction: a lost connection halfway changes nothing, and it can be tried again.
        ChangedMeanwhile when someone saved the dossier after `since` was read; TakenElsewhere
        when someone else has it taken along."""
        at = utc_now()
        with self._changing(), self._db.cursor() as cursor:
            stored = cursor.execute(
                "SELECT updated_at FROM dossiers WHERE id = %s FOR UPDATE", [dossier.id]
            ).fetchone()
            if stored is None:
                raise no_such_dossier(dossier.id)
            if parse_moment(stored[0]) != since.updated_at:
                raise ChangedMeanwhile(dossier.id, "updated_at", "")
            self._refuse_if_taken_by_another(dossier.id)
            self._update_facts(dossier.copy(updated_at=at))
            for part, columns, values in (
                ("answers", ANSWER_COLUMNS, answer_values),
                ("checklist_answers", CHECKLIST_COLUMNS, checklist_values),
            ):
                new, old = (
                    getattr(d, "checklist" if part == "checklist_answers" else "answers")
                    for d in (dossier, since)
                )
                for key in old.keys() - new.keys():
                    cursor.execute(
                        f"DELETE FROM {part} WHERE dossier_id = %s AND {columns[0]} = %s",
                        [dossier.id, key],
                    )
                for key, item in new.items():
                    if key not in old or values(old[key]) != values(item):
                        self._upsert(part, columns, dossier.id, values(item))
            for kind in ROW_KINDS:
                if getattr(dossier, kind) != getattr(since, kind):
                    self.save_rows(dossier.id, kind, getattr(dossier, kind), at)
            known = {version.number for version in since.versions}
            for version in dossier.versions:
                if version.number not in known:
                    self._insert_version(cursor, dossier.id, version)
            if dossier.attachments != since.attachments:
                self.save_attachments(dossier.id, dossier.attachments, at)
            if end_taking:
                cursor.execute("DELETE FROM taken WHERE dossier_id = %s", [dossier.id])

    def take_back(self, dossier_id: str) -> None:
        """End the mark of a dossier taken along, as a director (or its taker) may: it can be
        changed here again, and the taker's changes are merged in when they bring it back."""
        with self._changing():
            ended = self._db.execute(
                "DELETE FROM taken WHERE dossier_id = %s", [dossier_id]
            ).rowcount
            if not ended and self._read("SELECT 1 FROM taken WHERE dossier_id = %s", [dossier_id]):
                raise NoRight(
                    i18n.translate(
                        "server",
                        "Alleen een directeur kan een meegenomen afwijking terugnemen. Er is "
                        "niets veranderd.",
                    )
                )

    def _refuse_if_taken_by_another(self, dossier_id: str) -> None:
        holder = self._db.execute(
            "SELECT taken_by FROM taken WHERE dossier_id = %s AND taken_by <> session_user",
            [dossier_id],
        ).fetchone()
        if holder is not None:
            raise TakenElsewhere(dossier_id, str(holder[0]))
        if not self.exists(dossier_id):
            raise no_such_dossier(dossier_id)

    def delete(self, dossier_id: str) -> None:
        self._set_deleted(dossier_id, utc_now().isoformat())

    def restore(self, dossier_id: str) -> None:
        self._set_deleted(dossier_id, None)

    def purge(self, dossier_id: str) -> None:
        with self._changing():
            self._db.execute("DELETE FROM dossiers WHERE id = %s", [dossier_id])

    # -- helpers ----------------------------------------------------------------------------

    def _read(self, query: str, parameters: Sequence[Any] = ()) -> list[tuple]:
        with self._speaking(reading=not self._in_changes), self._db.cursor() as cursor:
            return cursor.execute(query, parameters).fetchall()

    def _read_register(
        self,
        deleted: bool,
        narrow: RegisterFilter | None,
        order: RegisterOrder | None,
        limit: int | None = None,
        offset: int = 0,
        only_id: str | None = None,
    ) -> list[tuple]:
        """The register's rows as the server's igj_register finds them, in its order (see
        register_question_statements). It writes the words into its question, so that the
        server plans it for them each time: a question with the words as parameters may be
        planned once for any words (at 100,000 dossiers 0.9-1.2 s for "Vaste flexschil 1"
        filtered after "Vaste flexschil 12", against 13-19 ms planned for its own words)."""
        narrow = narrow or RegisterFilter()
        order = order or RegisterOrder()
        return self._read(
            f"SELECT {_SUMMARY_COLUMNS} FROM igj_register(%s, %s, %s, %s, %s, %s, %s, %s, %s,"
            " %s, %s) WITH ORDINALITY ORDER BY ordinality",
            [
                deleted,
                narrow.status,
                narrow.sector,
                narrow.location,
                search_words(narrow.search),
                order.column,
                order.descending,
                list(order.ranks),
                only_id,
                limit,
                offset,
            ],
        )

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """One transaction: all of it is kept, or nothing."""
        with self._speaking(), self._db.transaction():
            self._in_changes += 1
            try:
                yield
            finally:
                self._in_changes -= 1
        self._changes += 1

    def _connected_again(self) -> psycopg.Connection:
        """A new connection; while the server is away (ServerError, a StoreError), asked at
        most once every RECONNECT_PAUSE seconds."""
        assert self._reconnect is not None
        if self._away is not None and time.monotonic() < self._away[0]:
            raise ServerError(self._away[1])
        try:
            connection = self._reconnect()
        except StoreError as error:
            self._away = (time.monotonic() + RECONNECT_PAUSE, str(error))
            raise
        self._away = None
        return connection

    @contextmanager
    def _speaking(self, reading: bool = False) -> Iterator[None]:
        """The server's refusals as StoreErrors with a message for the user, said of a read
        when `reading`, else of a change; a connection that was lost is made again first."""
        import psycopg

        if (self._db.closed or self._db.broken) and self._reconnect is not None:
            self._db = self._connected_again()
        try:
            yield
        except psycopg.errors.InsufficientPrivilege:
            raise NoRight(
                i18n.translate(
                    "server",
                    "U mag dit niet wijzigen: voor deze locatie heeft u op de organisatieserver "
                    "alleen leesrecht, of geen recht. Er is niets veranderd. De beheerder kan u "
                    "het recht geven (igj-afwijken server grant).",
                )
            ) from None
        except (psycopg.errors.UndefinedFunction, psycopg.errors.UndefinedTable):
            raise StoreError(
                i18n.translate(
                    "server",
                    "Dit organisatieregister is nog niet ingericht voor deze versie van het "
                    "programma (of nog helemaal niet). De beheerder richt het in met: "
                    "igj-afwijken server init ADRES",
                )
                if reading
                else i18n.translate(
                    "server",
                    "Dit organisatieregister is nog niet ingericht voor deze versie van het "
                    "programma (of nog helemaal niet). Er is niets veranderd. De beheerder "
                    "richt het in met: igj-afwijken server init ADRES",
                )
            ) from None
        except psycopg.errors.UniqueViolation:
            raise StoreError(
                i18n.translate(
                    "server",
                    "Een afwijking met hetzelfde id staat al in het organisatieregister, op een "
                    "locatie die u niet mag zien. Er is niets veranderd.",
                )
            ) from None
        except psycopg.Error as error:
            if error.sqlstate == TAKEN_STATE:
                raise TakenElsewhere(
                    error.diag.message_hint or "", error.diag.message_detail or ""
                ) from None
            reason = " ".join(str(error).split())[:200]
            if isinstance(error, psycopg.OperationalError) and reading:
                raise StoreError(
                    i18n.translate(
                        "server",
                        "De verbinding met de organisatieserver is verbroken ({reason}). Het "
                        "register kan nu niet worden gelezen.",
                    ).format(reason=reason)
                ) from None
            if isinstance(error, psycopg.OperationalError):
                raise StoreError(
                    i18n.translate(
                        "server",
                        "De verbinding met de organisatieserver is verbroken ({reason}). Deze "
                        "wijziging is nog niet opgeslagen.",
                    ).format(reason=reason)
                ) from None
            raise StoreError(
                i18n.translate(
                    "server", "De organisatieserver weigert dit ({reason}). Er is niets veranderd."
                ).format(reason=reason)
            ) from None

    def _touch(self, dossier_id: str, at: datetime) -> None:
        cursor = self._db.execute(
            "UPDATE dossiers SET updated_at = %s WHERE id = %s", [at.isoformat(), dossier_id]
        )
        if cursor.rowcount != 1:
            raise no_such_dossier(dossier_id)

    def _set_deleted(self, dossier_id: str, deleted_at: str | None) -> None:
        with self._changing():
            cursor = self._db.execute(
                "UPDATE dossiers SET deleted_at = %s WHERE id = %s", [deleted_at, dossier_id]
            )
            if cursor.rowcount != 1:
                raise no_such_dossier(dossier_id)

    @staticmethod
    def _insert_rows(cursor: psycopg.Cursor, dossier_id: str, kind: str, rows: tuple) -> None:
        cursor.executemany(
            "INSERT INTO dossier_rows VALUES (%s, %s, %s, %s)",
            [(dossier_id, kind, position, row_data(row)) for position, row in enumerate(rows)],
        )

    @staticmethod
    def _insert_version(cursor: psycopg.Cursor, dossier_id: str, version: Version) -> None:
        cursor.execute(
            "INSERT INTO versions VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [dossier_id, *version_values(version)],
        )

    @staticmethod
    def _insert_attachment(
        cursor: psycopg.Cursor, dossier_id: str, position: int, attachment: Attachment
    ) -> None:
        cursor.execute(
            "INSERT INTO attachments VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [dossier_id, *attachment_values(position, attachment)],
        )

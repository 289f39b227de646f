"""Reading and writing dossiers in the store, one small transaction per change."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from datetime import date, datetime, timedelta
from operator import itemgetter
from pathlib import Path

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
    DossierSummary,
    ListedDossier,
    PagedRows,
    RegisterFilter,
    RegisterOrder,
    SummaryRows,
    UnknownDossier,
    UnreadableDossier,
)
from igj_afwijken.storage.records import (
    ANSWER_COLUMNS,
    CHECKLIST_COLUMNS,
    FACT_COLUMNS,
    INFIX_LETTERS,
    MOST_INFIX_TERMS,
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
    must_read_answer,
    no_such_dossier,
    register_order,
    resolved,
    row_data,
    search_words,
    summary_of,
    unreadable_text,
    version_values,
)
from igj_afwijken.storage.sqlite.transactions import transaction

# Characters of answers from which a dossier being added is long: it is checked in a thread
# while SQLite writes it, with room in SQLite's page cache for its text.
_LONG_TEXT = 1_000_000


class DossierRepository:
    def __init__(
        self,
        connection: sqlite3.Connection,
        readiness_of: Callable[[Dossier], str] | None = None,
        changed_since_of: Callable[[Dossier], int | None] | None = None,
    ) -> None:
        """`readiness_of` gives the register's readiness of a dossier that is added whole, and
        `changed_since_of` the adopted version it differs from."""
        self._db = connection
        self._readiness_of = readiness_of
        self._changed_since_of = changed_since_of
        # What the register asks for at every keystroke, kept until the store changes (by
        # this connection or another, see _version): the index's list of words (read on the
        # first search for part of a word), the locations and the due evaluations.
        self._terms: tuple[tuple[int, int], IndexWords] | None = None
        self._terms_beside: tuple[tuple[int, int], Future[IndexWords]] | None = None
        self._readers: list[threading.Thread] = []  # the threads reading them, with their files
        self._locations: tuple[tuple[int, int], list[str]] | None = None
        self._due: tuple[tuple, list[tuple[str, str, str, date, str]]] | None = None
        self._last_match: tuple[str, str] = ("", "")
        self._column_types: dict[str, dict[str, tuple[type | None, bool]]] = {}

    @property
    def connection(self) -> sqlite3.Connection:
        return self._db

    @property
    def made_changes(self) -> bool:
        """Whether anything was written through this store since it was opened."""
        return self._db.total_changes > 0

    def close(self) -> None:
        """Close the store, once the index's words being read beside it are read: a file that
        is still open cannot be replaced on Windows, and putting a backup back replaces it."""
        for reader in self._readers:
            reader.join()
        self._db.close()

    def summaries(self, deleted: bool = False, narrow: RegisterFilter | None = None) -> SummaryRows:
        """The dossiers in use, newest change first; or those in the recycle bin. Filtering and
        full-text search happen in SQL, so the register stays quick with thousands of dossiers."""
        conditions, parameters = self._register_conditions(deleted, narrow or RegisterFilter())
        rows = self._read(
            f"SELECT {_SUMMARY_COLUMNS} FROM dossiers WHERE {' AND '.join(conditions)}"
            f" ORDER BY {'deleted_at' if deleted else 'updated_at'} DESC, title",
            parameters,
        )
        return SummaryRows(rows, summary_of, itemgetter(0))

    def register_rows(
        self,
        deleted: bool = False,
        narrow: RegisterFilter | None = None,
        order: RegisterOrder | None = None,
    ) -> SummaryRows:
        """The rows the register shows, as summaries() but read a page at a time as the view
        scrolls, in the order asked: with 100,000 dossiers a keystroke reads one page."""
        conditions, parameters = self._register_conditions(deleted, narrow or RegisterFilter())
        where = " AND ".join(conditions)
        query = (
            f"SELECT {_SUMMARY_COLUMNS} FROM dossiers WHERE {where}"
            f" ORDER BY {register_order(order or RegisterOrder(), deleted, '{} COLLATE NOCASE')}"
        )

        def read_page(offset: int, limit: int) -> list[tuple]:
            return self._read(f"{query} LIMIT {int(limit)} OFFSET {int(offset)}", parameters)

        def holds(dossier_id: str) -> bool:
            return bool(
                self._read(
                    f"SELECT 1 FROM dossiers WHERE id = ? AND {where}", [dossier_id, *parameters]
                )
            )

        return SummaryRows(PagedRows(read_page, holds), summary_of, itemgetter(0))

    def _register_conditions(
        self, deleted: bool, narrow: RegisterFilter
    ) -> tuple[list[str], list[str]]:
        conditions = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        parameters: list[str] = []
        for column in ("status", "sector", "location"):
            value = getattr(narrow, column)
            if value:
                conditions.append(f"{column} = ?")
                parameters.append(value)
        query = self._search_match(narrow.search, fresh=True)
        if query:
            # + keeps SQLite from reading every match's row and sorting them: it walks the
            # register's index in order and looks each row up in the matches instead
            conditions.append(
                "+rowid IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?)"
            )
            parameters.append(query)
        for word in search_words(narrow.search):
            if len(word) < TEXT_SEARCH_LETTERS:
                # after a space or at the start: LIKE is 5x quicker here than a GLOB for any
                # sign that is no letter, on 100,000 dossiers where few match the rest
                conditions.append(
                    "(' ' || title || ' ' || location || ' ' || team) LIKE ? ESCAPE '\\'"
                )
                parameters.append("% " + re.sub(r"([\\%_])", r"\\\1", word) + "%")
        return conditions, parameters

    def listing(self) -> list[ListedDossier]:
        """The dossiers in use, newest change first, as `list` prints them.

        The rows that plainly hold what the program stores are listed as they are read (making
        a summary of each took three times as long as reading them), with their local times
        worked out once an hour (see _LocalMinutes). Any other row is read as the register
        reads it, so both call the same rows unreadable."""
        with collector_paused():
            return self._listing()

    def _listing(self) -> list[ListedDossier]:
        rows = self._read(
            "SELECT id, title, status, updated_at, next_evaluation, location, sector, readiness,"
            " changed_since_version, rowid FROM dossiers WHERE deleted_at IS NULL"
            " ORDER BY updated_at DESC, title"
        )
        listed: list[ListedDossier] = []
        plainly = tuple.__new__  # a NamedTuple's own __new__ took a tenth of the listing
        local_minute = _LocalMinutes()
        for (
            dossier_id, title, status, updated, planned, location, sector, readiness, since,
            rowid,
        ) in rows:  # fmt: skip
            # Text that is not UTF-8 comes as another type (see _read); the types are checked
            # here, not by SQLite's typeof(), which took longer. A change time as the program
            # writes it (a UTC moment to the second), in the years where every system's clock
            # knows the time zone rules (1970-2037); its date must exist too.
            if (
                type(dossier_id) is str
                and type(title) is str
                and type(status) is str
                and type(location) is str
                and type(sector) is str
                and type(readiness) is str
                and (since is None or type(since) is int)
                and type(updated) is str
                and len(updated) == 25
                and updated.endswith("+00:00")
                and "1971" <= updated < "2037"
                and (
                    planned is None
                    or (type(planned) is str and len(planned) == 10 and "1000" <= planned < "9900")
                )
            ):
                try:
                    moment = datetime.fromisoformat(updated)
                    if planned is not None:
                        date.fromisoformat(planned)
                except ValueError:
                    pass
                else:
                    changed = local_minute(updated, moment)
                    listed.append(
                        plainly(ListedDossier, (dossier_id, status, changed, title, False))
                    )
                    continue
            listed.append(self._listed_as_summary(rowid))
        return listed

    def _listed_as_summary(self, rowid: int) -> ListedDossier:
        """A row `listing` does not take as plain, read as the register reads it."""
        (row,) = self._read(f"SELECT {_SUMMARY_COLUMNS} FROM dossiers WHERE rowid = ?", (rowid,))
        summary = summary_of(row)
        if summary.unreadable:
            return ListedDossier(summary.id, "", "", summary.title, True)
        local = summary.updated_at.astimezone()
        return ListedDossier(
            summary.id, summary.status, local.strftime("%Y-%m-%d %H:%M"), summary.title, False
        )

    def _search_match(self, search: str, fresh: bool = False) -> str:
        """The FTS5 query for what the user typed: each word as the start of a word, or inside
        one of the words the index holds (a part of a Dutch compound: "sensor" finds
        "bewegingssensoren"), looked up in the index's own list of words."""
        if not fresh and self._last_match[0] == search:  # the excerpts ask for it per row
            return self._last_match[1]
        query = self._build_search_match(search)
        self._last_match = (search, query)
        return query

    def _build_search_match(self, search: str) -> str:
        """Words shorter than TEXT_SEARCH_LETTERS are left out: as the start of a word they
        match nearly every dossier's text, and working that out took the index 50 ms per
        dossier's excerpt. They match the start of a word of the title, location or team."""
        words = [word for word in search_words(search) if len(word) >= TEXT_SEARCH_LETTERS]
        if not words:
            return ""
        parts = []
        for word in words:
            pieces = self._index_pieces(word)
            if len(pieces) != 1:
                # The index keeps no places (schema 10), so it cannot look for a phrase: the
                # pieces of a word it cuts ("ab_c") are looked for each on its own.
                if pieces:
                    parts.append(" AND ".join(f'"{piece}"*' for piece in pieces))
                continue
            inside: list[str] = []
            if len(word) >= INFIX_LETTERS:
                inside = self._index_terms().holding_inside(word, MOST_INFIX_TERMS)
            alternatives = [f'"{word}"*', *(f'"{term}"' for term in inside)]
            parts.append(f"({' OR '.join(alternatives)})" if inside else alternatives[0])
        return " AND ".join(parts)

    def _index_pieces(self, word: str) -> list[str]:
        """What the index's tokenizer cuts a typed word into. Python's letters and the
        tokenizer's differ in "_" and a few letters newer than its Unicode tables; in ASCII
        only "_" differs, so only other words are given to the tokenizer itself."""
        if word.isascii():
            return _ASCII_PIECES.findall(word)
        return self._tokenized(word)

    def _tokenized(self, word: str) -> list[str]:
        self._db.execute(_TYPED_TABLE)
        self._db.execute(_TYPED_WORDS_TABLE)
        self._db.execute("DELETE FROM temp.search_typed")
        with suppress(UnicodeEncodeError):  # a lone surrogate is no word
            self._db.execute("INSERT INTO temp.search_typed(rowid, words) VALUES (1, ?)", (word,))
        return [
            term
            for (term,) in self._db.execute(
                "SELECT term FROM temp.search_typed_words ORDER BY offset"
            )
        ]

    def _index_terms(self) -> IndexWords:
        """The words the search index holds. Reading them walks the whole index (0.8 s with
        100,000 dossiers of the examples' size), so they are kept until the store changes, and
        read beside the window once the register shows a changed store (see
        prepare_search); a search waits only for what is left of that."""
        version = self._version()
        if self._terms is not None and self._terms[0] == version:
            return self._terms[1]
        terms = None
        if self._terms_beside is not None and self._terms_beside[0] == version:
            with suppress(sqlite3.Error):  # else read here, as any text that is not UTF-8 is
                terms = self._terms_beside[1].result()
        if terms is None:
            self._db.execute(_TERMS_TABLE)
            rows = self._read("SELECT term FROM temp.dossier_search_terms")
            terms = IndexWords(term for (term,) in rows if isinstance(term, str))
        self._terms = (version, terms)
        return terms

    def prepare_saving(self, dossier_id: str) -> None:
        """Nothing to prepare: SQLite reads its statements again at each save, in microseconds."""

    def prepare_search(self) -> None:
        """Start reading the index's words on a connection of their own in a thread, if the
        words kept are not those of the store as it is now: the window asks once its register
        shows, so that a search for part of a word that follows need not wait for them. Only
        with a write-ahead log, where reading never holds up a save."""
        version = self._version()
        if (self._terms is not None and self._terms[0] == version) or (
            self._terms_beside is not None and self._terms_beside[0] == version
        ):
            return
        if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return
        path = self._db.execute("PRAGMA database_list").fetchone()[2]
        if not path:
            return
        result: Future[IndexWords] = Future()

        def read() -> None:
            try:
                connection = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True)
                try:
                    terms = _read_terms(connection)
                finally:
                    connection.close()
            except sqlite3.Error as error:
                result.set_exception(error)
            else:
                result.set_result(terms)

        # a daemon: a program that closes does not wait for the words
        reader = threading.Thread(target=read, name="zoekwoorden", daemon=True)
        reader.start()
        self._readers = [*(r for r in self._readers if r.is_alive()), reader]
        self._terms_beside = (version, result)

    def search_excerpts(self, dossier_ids: Sequence[str], search: str) -> dict[str, str]:
        """For each of the dossiers, a few words around where the search matched, each
        matching word between ‹ and ›; "" when it does not match.

        Made here from the dossier's searched text, not by FTS5's snippet(): for a word that
        is the start of many others, the index works out the whole match again for each
        dossier, 24 ms each at 100,000 dossiers."""
        words = [word for word in search_words(search) if len(word) >= TEXT_SEARCH_LETTERS]
        excerpts = dict.fromkeys(dossier_ids, "")
        if not words or not dossier_ids:
            return excerpts
        rows = self._read(
            "SELECT id, body FROM dossier_search_body"
            f" WHERE id IN ({', '.join('?' for _ in dossier_ids)})",
            dossier_ids,
        )
        for dossier_id, body in rows:
            if isinstance(body, str):
                excerpts[dossier_id] = search_excerpt(body, words, inside_from=INFIX_LETTERS)
        return excerpts

    def dossiers_at(self, location: str = "") -> tuple[list[Dossier], list[DossierSummary]]:
        return dossiers_at(self, location)

    def due_rows(self, until: date) -> list[tuple[str, str, str, date, str]]:
        """Dossiers in use whose next evaluation is on or before `until` (an index finds them).
        A dossier whose row cannot be read is left out here; the register names it. Read again
        only after a change to the store: the register asks at every keystroke."""
        key = (self._version(), until)
        if self._due is None or self._due[0] != key:
            self._due = (key, self._read_due(until))
        return list(self._due[1])

    def _read_due(self, until: date) -> list[tuple[str, str, str, date, str]]:
        # + keeps SQLite from reading every dossier in use through the register's index, which
        # it took for the narrower one (8 ms at every start with 10,000 dossiers): it reads the
        # index of evaluation dates up to `until` instead
        rows = self._read(
            "SELECT id, title, location, next_evaluation, status FROM dossiers"
            " WHERE +deleted_at IS NULL AND next_evaluation IS NOT NULL AND next_evaluation <= ?"
            " AND status != 'beeindigd' ORDER BY next_evaluation",
            (until.isoformat(),),
        )
        due = []
        for dossier_id, title, location, next_evaluation, status in rows:
            try:
                planned = parse_date(next_evaluation)
            except ValueError:
                continue
            if all(type(value) is str for value in (dossier_id, title, location, status)):
                due.append((dossier_id, title, location, planned, status))
        return due

    def anything_stored(self) -> bool:
        """Whether there is any dossier at all, in use or in the recycle bin."""
        return self._db.execute("SELECT 1 FROM dossiers LIMIT 1").fetchone() is not None

    def locations(self) -> list[str]:
        """The locations of the dossiers in use, for the register's choice; read again only
        after a change to the store, one index probe a location (see schema 11)."""
        version = self._version()
        if self._locations is None or self._locations[0] != version:
            rows = self._read(
                "WITH RECURSIVE found(location) AS ("
                " SELECT (SELECT location FROM dossiers WHERE deleted_at IS NULL AND location > ''"
                " ORDER BY location LIMIT 1)"
                " UNION ALL SELECT (SELECT d.location FROM dossiers d WHERE d.deleted_at IS NULL"
                " AND d.location > found.location ORDER BY d.location LIMIT 1)"
                " FROM found WHERE found.location IS NOT NULL)"
                " SELECT location FROM found WHERE location IS NOT NULL"
            )
            self._locations = (version, [loc for (loc,) in rows if type(loc) is str])
        return list(self._locations[1])

    def _version(self) -> tuple[int, int]:
        """Changes whenever the store changed: by this connection, or by another one."""
        (other_writers,) = self._db.execute("PRAGMA data_version").fetchone()
        return other_writers, self._db.total_changes

    def title_of(self, dossier_id: str) -> str:
        """The dossier's title, also when the rest of it cannot be read."""
        rows = self._read("SELECT title FROM dossiers WHERE id = ?", (dossier_id,))
        if not rows:
            raise no_such_dossier(dossier_id)
        title = rows[0][0]
        return title if type(title) is str else unreadable_text()

    def _read(self, sql: str, parameters: Sequence = ()) -> list[tuple]:
        """The rows of a query as plain tuples. Text that is not UTF-8 (written into the file by
        something else) comes back marked as unreadable instead of failing the whole query."""
        cursor = self._db.cursor()
        cursor.row_factory = None  # plain tuples: quicker than named rows for 10,000 of them
        try:
            return cursor.execute(sql, parameters).fetchall()
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
        previous = self._db.text_factory
        self._db.text_factory = _lenient_text
        try:
            return cursor.execute(sql, parameters).fetchall()
        finally:
            self._db.text_factory = previous

    def exists(self, dossier_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        return row is not None

    def is_active(self, dossier_id: str) -> bool:
        """The dossier exists and is not in the recycle bin."""
        row = self._db.execute(
            "SELECT 1 FROM dossiers WHERE id = ? AND deleted_at IS NULL", (dossier_id,)
        ).fetchone()
        return row is not None

    def resolve(self, id_or_prefix: str, in_bin: bool = False) -> str:
        """The full id for an id or an unambiguous beginning of one (at least four characters),
        among the dossiers in use or those in the recycle bin."""
        if len(id_or_prefix) >= 4:
            pattern = id_or_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self._read(
                "SELECT id FROM dossiers WHERE id LIKE ? ESCAPE '\\'"
                f" AND deleted_at IS {'NOT NULL' if in_bin else 'NULL'}"
                " ORDER BY id != ? LIMIT 2",
                (pattern + "%", id_or_prefix),
            )
            return resolved(id_or_prefix, [row[0] for row in rows])
        raise no_such_dossier(id_or_prefix)

    def get(self, dossier_id: str) -> Dossier:
        """The whole dossier; UnreadableDossier when something stored in it makes no sense."""
        try:
            return self._get(dossier_id)
        except UnknownDossier:
            raise
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            OverflowError,
            RecursionError,  # JSON nested deeper than Python reads
        ) as error:
            raise UnreadableDossier(dossier_id, self.title_of(dossier_id), error) from None
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
            not_text = i18n.translate("repository", "er staat tekst in die geen UTF-8 is")
            raise UnreadableDossier(dossier_id, self.title_of(dossier_id), not_text) from None

    def _get(self, dossier_id: str) -> Dossier:
        row = self._db.execute("SELECT * FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        if row is None:
            raise no_such_dossier(dossier_id)
        self._check_types("dossiers", row)
        if row["deleted_at"] is not None:
            parse_moment(row["deleted_at"])  # the recycle bin shows when
        answers = self._db.execute(
            "SELECT * FROM answers WHERE dossier_id = ?", (dossier_id,)
        ).fetchall()
        checklist = self._db.execute(
            "SELECT * FROM checklist_answers WHERE dossier_id = ?", (dossier_id,)
        ).fetchall()
        row_items = self._db.execute(
            "SELECT kind, data FROM dossier_rows WHERE dossier_id = ? ORDER BY kind, position",
            (dossier_id,),
        ).fetchall()
        versions = self._db.execute(
            "SELECT * FROM versions WHERE dossier_id = ? ORDER BY number", (dossier_id,)
        ).fetchall()
        attachments = self._db.execute(
            "SELECT * FROM attachments WHERE dossier_id = ? ORDER BY position", (dossier_id,)
        ).fetchall()
        for table, stored in (
            ("answers", answers),
            ("checklist_answers", checklist),
            ("versions", versions),
            ("attachments", attachments),
        ):
            for item in stored:
                self._check_types(table, item)
        dossier = dossier_from_records(row, answers, checklist, row_items, versions, attachments)
        check_values(dossier)
        return dossier

    def _check_types(self, table: str, row: sqlite3.Row) -> None:
        """ValueError when a stored value is not of its column's declared type."""
        if table not in self._column_types:
            self._column_types[table] = {
                name: (_DECLARED_TYPES.get(declared.upper()), bool(not_null))
                for _, name, declared, not_null, *_ in self._read(f"PRAGMA table_info({table})")
            }
        for column, (declared, not_null) in self._column_types[table].items():
            value = row[column]
            if declared is None or (value is None and not not_null):
                continue
            if type(value) is not declared:
                raise ValueError(
                    i18n.translate(
                        "repository", "het veld {column} heeft een onverwachte waarde"
                    ).format(column=column)
                )

    def add(self, dossier: Dossier) -> None:
        """Store a whole new dossier with its answers, all or nothing.

        The dossier's own row goes in last: the search index is then built once, from all its
        text, instead of again after every answer (each answer finds no dossier yet to index;
        SQLite checks that it belongs to one at COMMIT)."""
        placeholders = ", ".join("?" for _ in range(len(FACT_COLUMNS) + 1))
        characters = sum(len(answer.text) for answer in dossier.answers.values())
        with self._cache_room(characters), transaction(self._db):
            self._db.execute("PRAGMA defer_foreign_keys = ON")
            self._db.executemany(
                "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                [(dossier.id, *answer_values(a)) for a in dossier.answers.values()],
            )
            self._db.executemany(
                "INSERT INTO checklist_answers VALUES (?, ?, ?, ?, ?, ?)",
                [(dossier.id, *checklist_values(c)) for c in dossier.checklist.values()],
            )
            for kind in ROW_KINDS:
                self._insert_rows(dossier.id, kind, getattr(dossier, kind))
            for version in dossier.versions:
                self._insert_version(dossier.id, version)
            for position, attachment in enumerate(dossier.attachments):
                self._insert_attachment(dossier.id, position, attachment)
            # started here, beside the long write of the index, since binding each row above
            # needs Python too
            assessed = self._assess_beside_writing(dossier, characters)
            self._db.execute(
                f"INSERT INTO dossiers (id, {', '.join(FACT_COLUMNS)}) VALUES ({placeholders})",
                (dossier.id, *fact_values(dossier)),
            )
            readiness, changed_since = assessed()
            if readiness is not None:
                self._db.execute(
                    "UPDATE dossiers SET readiness = ? WHERE id = ?", (readiness, dossier.id)
                )
            if changed_since is not None:
                self._db.execute(
                    "UPDATE dossiers SET changed_since_version = ? WHERE id = ?",
                    (changed_since, dossier.id),
                )

    @contextmanager
    def _cache_room(self, characters: int) -> Iterator[None]:
        """Room in SQLite's page cache for a long text while it is written, so that indexing it
        reads it back from memory, not from the file (0.07 s of a 40 MB import); the cache is
        made as small as it was afterwards."""
        if characters < _LONG_TEXT:
            yield
            return
        (before,) = self._db.execute("PRAGMA cache_size").fetchone()
        # in KiB; two bytes a character leaves room for the index and accents
        self._db.execute(f"PRAGMA cache_size = -{2 * characters // 1024 + 2048}")
        try:
            yield
        finally:
            self._db.execute(f"PRAGMA cache_size = {int(before)}")

    def _assess_beside_writing(
        self, dossier: Dossier, characters: int
    ) -> Callable[[], tuple[str | None, int | None]]:
        """A call that gives the dossier's readiness and changed-since version. For a dossier
        with a lot of text they are worked out in a thread while SQLite writes it: SQLite lets go
        of Python while it writes, so the check then costs no time of its own."""

        def assess() -> tuple[str | None, int | None]:
            return (
                None if self._readiness_of is None else self._readiness_of(dossier),
                None if self._changed_since_of is None else self._changed_since_of(dossier),
            )

        if characters < _LONG_TEXT:
            return assess
        pool = ThreadPoolExecutor(max_workers=1)
        future = pool.submit(assess)
        pool.shutdown(wait=False)  # the thread ends with the check; nothing else is sent to it
        return future.result

    def add_imported(self, dossier: Dossier) -> str:
        """Store an imported dossier under its own id, or under a new one if that id is taken."""
        if self.exists(dossier.id):
            dossier = dossier.copy(id=new_dossier_id())
        self.add(dossier)
        return dossier.id

    def save_facts(self, dossier: Dossier, known: Sequence[Dossier] = ()) -> None:
        """Store the dossier's own fields (not its answers); stamps the time of the change.

        With `known` (what the writer read, and wrote since) only the fields it changed are
        written, and ChangedMeanwhile says when someone else changed one of them too."""
        dossier.updated_at = utc_now()
        with transaction(self._db):
            if not known:
                self._update_facts(dossier)
                return
            changed = facts_to_write(dossier, known)
            row = self._db.execute(
                f"SELECT {', '.join(c for c, _ in changed)} FROM dossiers WHERE id = ?",
                (dossier.id,),
            ).fetchone()
            if row is None:
                raise no_such_dossier(dossier.id)
            check_facts(dossier.id, known, changed, row)
            self._db.execute(
                f"UPDATE dossiers SET {', '.join(f'{c} = ?' for c, _ in changed)} WHERE id = ?",
                (*(v for _, v in changed), dossier.id),
            )

    def _update_facts(self, dossier: Dossier) -> None:
        assignments = ", ".join(f"{column} = ?" for column in FACT_COLUMNS)
        cursor = self._db.execute(
            f"UPDATE dossiers SET {assignments} WHERE id = ?",
            (*fact_values(dossier), dossier.id),
        )
        if cursor.rowcount != 1:
            raise no_such_dossier(dossier.id)

    def save_answer(
        self,
        dossier_id: str,
        answer: Answer,
        clearing_allowed: bool = False,
        known: Sequence[str] | None = None,
    ) -> None:
        """Store one answer: a single small write, however large the dossier is.

        A written answer is replaced by an empty one only when `clearing_allowed` says the user
        emptied it; otherwise AnswerWouldBeErased is raised and the stored text stays. With
        `known` (the texts the writer read and wrote since), ChangedMeanwhile is raised when
        the stored text is someone else's."""
        with transaction(self._db):
            if must_read_answer(answer, clearing_allowed, known):
                stored = self._db.execute(
                    "SELECT text FROM answers WHERE dossier_id = ? AND question_id = ?",
                    (dossier_id, answer.question_id),
                ).fetchone()
                stored_text = None if stored is None else stored[0]
                check_answer(dossier_id, answer, stored_text, known, clearing_allowed)
            self._touch(dossier_id, answer.updated_at)
            self._update_else_insert(
                "answers",
                ANSWER_COLUMNS,
                dossier_id,
                answer_values(answer),
            )

    def save_checklist_answer(
        self,
        dossier_id: str,
        answer: ChecklistAnswer,
        known: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        """Store one checklist answer, as small a write as an answer; with `known` (the value
        and note this writer read or saved), not over someone else's (see check_checklist)."""
        with transaction(self._db):
            self._touch(dossier_id, answer.updated_at)
            if known is not None:
                stored = self._db.execute(
                    "SELECT value, note FROM checklist_answers"
                    " WHERE dossier_id = ? AND item_id = ?",
                    (dossier_id, answer.item_id),
                ).fetchone()
                check_checklist(dossier_id, answer, None if stored is None else tuple(stored),
                                known)  # fmt: skip
            self._update_else_insert(
                "checklist_answers",
                CHECKLIST_COLUMNS,
                dossier_id,
                checklist_values(answer),
            )

    def _update_else_insert(
        self, table: str, columns: tuple[str, ...], dossier_id: str, values: tuple
    ) -> None:
        """One row of a part of a dossier, changed in place or added; the first column is its
        key. Not an upsert: that takes the dossier out of the search index twice (its INSERT
        and its UPDATE trigger both fire), which breaks the index (see schema 9)."""
        key, *changed = columns
        updated = self._db.execute(
            f"UPDATE {table} SET {', '.join(f'{column} = ?' for column in changed)}"
            f" WHERE dossier_id = ? AND {key} = ?",
            (*values[1:], dossier_id, values[0]),
        )
        if updated.rowcount == 0:
            self._db.execute(
                f"INSERT INTO {table} (dossier_id, {', '.join(columns)})"
                f" VALUES ({', '.join('?' for _ in range(len(columns) + 1))})",
                (dossier_id, *values),
            )

    def save_rows(
        self,
        dossier_id: str,
        kind: str,
        rows: tuple,
        at: datetime,
        known: Sequence[tuple] | None = None,
    ) -> None:
        """Store one table of a dossier (its risks, say) whole: a few rows in one transaction.
        With `known` (the tables this writer read or saved), ChangedMeanwhile when the stored
        one is none of them."""
        with transaction(self._db):
            self._touch(dossier_id, at)
            if known is not None:
                stored = self._db.execute(
                    "SELECT data FROM dossier_rows WHERE dossier_id = ? AND kind = ?"
                    " ORDER BY position",
                    (dossier_id, kind),
                ).fetchall()
                check_rows(dossier_id, kind, rows, [data for (data,) in stored], known)
            with self._reindexed(dossier_id):
                self._db.execute(
                    "DELETE FROM dossier_rows WHERE dossier_id = ? AND kind = ?",
                    (dossier_id, kind),
                )
                self._insert_rows(dossier_id, kind, rows)

    @contextmanager
    def _reindexed(self, dossier_id: str) -> Iterator[None]:
        """Take a dossier out of the search index before its tables or files change, and put
        it back after: once for them all (a trigger per row would do it once for every row).
        The index reads what to remove from the text as it still is (see schema 9)."""
        self._db.execute(
            "DELETE FROM dossier_search WHERE rowid = (SELECT rowid FROM dossiers WHERE id = ?)",
            (dossier_id,),
        )
        yield
        self._db.execute(
            "INSERT INTO dossier_search(rowid, body)"
            " SELECT rowid, body FROM dossier_search_body WHERE id = ?",
            (dossier_id,),
        )

    def add_version(self, dossier: Dossier, version: Version) -> None:
        """Freeze an adopted version together with the dossier's facts at that moment."""
        with transaction(self._db):
            self._update_facts(dossier)
            self._insert_version(dossier.id, version)

    def save_attachments(self, dossier_id: str, attachments: tuple, at: datetime) -> None:
        """Store the dossier's attachments as they now are (added, removed or reordered)."""
        with transaction(self._db):
            self._touch(dossier_id, at)
            kept = {a.id for a in attachments}
            stored = {
                row["id"]
                for row in self._db.execute(
                    "SELECT id FROM attachments WHERE dossier_id = ?", (dossier_id,)
                )
            }
            with self._reindexed(dossier_id):
                for gone in stored - kept:
                    self._db.execute(
                        "DELETE FROM attachments WHERE dossier_id = ? AND id = ?",
                        (dossier_id, gone),
                    )
                for position, attachment in enumerate(attachments):
                    if attachment.id in stored:  # the content never changes; only its place
                        self._db.execute(
                            "UPDATE attachments SET position = ? WHERE dossier_id = ? AND id = ?",
                            (position, dossier_id, attachment.id),
                        )
                    else:
                        self._insert_attachment(dossier_id, position, attachment)

    def add_attachment(self, dossier_id: str, attachment: Attachment) -> None:
        with transaction(self._db):
            self._touch(dossier_id, attachment.added_at)
            position = self._db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM attachments WHERE dossier_id = ?",
                (dossier_id,),
            ).fetchone()[0]
            with self._reindexed(dossier_id):
                self._insert_attachment(dossier_id, position, attachment)

    def remove_attachment(self, dossier_id: str, attachment_id: str) -> None:
        with transaction(self._db):
            self._touch(dossier_id, utc_now())
            with self._reindexed(dossier_id):
                self._db.execute(
                    "DELETE FROM attachments WHERE dossier_id = ? AND id = ?",
                    (dossier_id, attachment_id),
                )

    def note_unknown_changes(self) -> None:
        """Work out, once, whether the adopted dossiers of a store from an earlier version
        changed since their last version (the migration marked them -1: not known)."""
        if self._changed_since_of is None:
            return
        for (dossier_id,) in self._read("SELECT id FROM dossiers WHERE changed_since_version = -1"):
            try:
                changed_since = self._changed_since_of(self.get(dossier_id))
            except (UnreadableDossier, UnknownDossier):
                changed_since = None
            with transaction(self._db):
                self._db.execute(
                    "UPDATE dossiers SET changed_since_version = ? WHERE id = ?",
                    (changed_since, dossier_id),
                )

    def set_readiness(
        self, dossier_id: str, readiness: str, changed_since_version: int | None = None
    ) -> None:
        """Remember the outcome of the readiness check, and the adopted version the dossier now
        differs from, for the register (no change time).

        An unchanged outcome writes nothing, so merely opening a dossier changes no data."""
        with transaction(self._db):
            self._db.execute(
                "UPDATE dossiers SET readiness = ?, changed_since_version = ? WHERE id = ?"
                " AND (readiness IS NOT ? OR changed_since_version IS NOT ?)",
                (readiness, changed_since_version, dossier_id, readiness, changed_since_version),
            )

    def _insert_rows(self, dossier_id: str, kind: str, rows: tuple) -> None:
        self._db.executemany(
            "INSERT INTO dossier_rows VALUES (?, ?, ?, ?)",
            [(dossier_id, kind, position, row_data(row)) for position, row in enumerate(rows)],
        )

    def _insert_version(self, dossier_id: str, version: Version) -> None:
        self._db.execute(
            "INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?)",
            (dossier_id, *version_values(version)),
        )

    def _insert_attachment(self, dossier_id: str, position: int, attachment: Attachment) -> None:
        self._db.execute(
            "INSERT INTO attachments VALUES (?, ?, ?, ?, ?, ?, ?)",
            (dossier_id, *attachment_values(position, attachment)),
        )

    def delete(self, dossier_id: str) -> None:
        """Move a dossier to the recycle bin; it keeps everything and can be restored."""
        self._set_deleted(dossier_id, utc_now().isoformat())

    def restore(self, dossier_id: str) -> None:
        self._set_deleted(dossier_id, None)

    def purge(self, dossier_id: str) -> None:
        """Remove a dossier and its answers for good."""
        with transaction(self._db):
            self._db.execute("DELETE FROM dossiers WHERE id = ?", (dossier_id,))

    def _touch(self, dossier_id: str, at: datetime) -> None:
        cursor = self._db.execute(
            "UPDATE dossiers SET updated_at = ? WHERE id = ?", (at.isoformat(), dossier_id)
        )
        if cursor.rowcount != 1:
            raise no_such_dossier(dossier_id)

    def _set_deleted(self, dossier_id: str, deleted_at: str | None) -> None:
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE dossiers SET deleted_at = ? WHERE id = ?", (deleted_at, dossier_id)
            )
            if cursor.rowcount != 1:
                raise no_such_dossier(dossier_id)


_TERMS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.dossier_search_terms"
    " USING fts5vocab(main, dossier_search, 'row')"
)


# What the index's tokenizer makes of a word typed in the search (see _index_pieces).
_TYPED_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_typed"
    " USING fts5(words, tokenize = 'unicode61 remove_diacritics 2')"
)
_TYPED_WORDS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_typed_words"
    " USING fts5vocab(temp, search_typed, 'instance')"
)
_ASCII_PIECES = re.compile(r"[a-z0-9]+")


class _LocalMinutes:
    """The local time, to the minute, of UTC moments as the program stores them
    ("2026-11-17T10:03:00+00:00" becomes "2026-11-17 11:03" in Amsterdam), as the register shows
    them. Worked out once for each hour, which all its moments share where the time zone is
    whole hours off UTC all through that hour, and else for each moment: SQLite's 'localtime'
    took 8 of the 44 ms of `list` with 10,000 dossiers."""

    def __init__(self) -> None:
        self._hours: dict[str, str | None] = {}

    def __call__(self, stored: str, moment: datetime) -> str:
        hour = stored[:13]
        try:
            local_hour = self._hours[hour]
        except KeyError:
            local_hour = self._hours[hour] = _local_hour(moment)
        if local_hour is None:
            return moment.astimezone().strftime("%Y-%m-%d %H:%M")
        return local_hour + stored[13:16]


def _local_hour(moment: datetime) -> str | None:
    """The local date and hour of the UTC hour `moment` is in ("2026-11-17 11"), or None where
    the zone's offset is not the same whole number of hours all through that hour."""
    start = moment.replace(minute=0, second=0)
    first, last = start.astimezone(), (start + timedelta(seconds=3599)).astimezone()
    offset = first.utcoffset()
    if offset is None or offset != last.utcoffset() or offset % timedelta(hours=1):
        return None
    return first.strftime("%Y-%m-%d %H")


def _read_terms(connection: sqlite3.Connection) -> IndexWords:
    connection.execute(_TERMS_TABLE)
    return IndexWords(
        term for (term,) in connection.execute("SELECT term FROM temp.dossier_search_terms")
    )


class IndexWords:
    """The words the search index holds, in its order, as one text: finding those that hold a
    typed word inside them is then one search through that text, not a Python call for every
    word (0.1 instead of 2 ms for each word typed, at the 34,000 words of 100,000 dossiers)."""

    def __init__(self, words: Iterable[str]) -> None:
        # the tokenizer never keeps a line break in a word, so it can mark where each ends
        self._text = "\n" + "\n".join(words) + "\n"

    def holding_inside(self, part: str, most: int) -> list[str]:
        """Up to `most` of the words that hold `part` after their first letter, in order."""
        text = self._text
        found: list[str] = []
        at = text.find(part)
        while at != -1 and len(found) < most:
            start = text.rfind("\n", 0, at) + 1
            if at == start:  # at the start of this word: it may still hold it further on
                at = text.find(part, at + 1)
                continue
            end = text.find("\n", at)
            found.append(text[start:end])
            at = text.find(part, end)
        return found


# What summary_of makes a register row of.
_SUMMARY_COLUMNS = (
    "id, title, status, location, updated_at, deleted_at, sector, next_evaluation, readiness,"
    " changed_since_version"
)


class _UndecodableText(str):
    """Text read from the store that was not UTF-8; shown with replacement marks."""


def _lenient_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _UndecodableText(raw.decode("utf-8", errors="replace"))


# The Python type each declared column type must come back as; SQLite itself does not enforce
# them, so a file changed by another tool may hold anything.
_DECLARED_TYPES = {"TEXT": str, "INTEGER": int, "BLOB": bytes}

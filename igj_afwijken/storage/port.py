"""The storage port: what any store of dossiers offers, and the errors and register rows it
speaks in. The window and the command line know stores only by this."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, Protocol, overload

from igj_afwijken import i18n
from igj_afwijken.domain.model import Answer, Attachment, ChecklistAnswer, Dossier, Version


class StoreError(Exception):
    """The store cannot be opened or used; the message is meant for the user."""


class DamagedStoreError(StoreError):
    """The store file is damaged. It is left exactly as it is; a backup can be put back."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            i18n.translate(
                "database",
                "De gegevensopslag {name} in {folder} is beschadigd ({detail}). Er is "
                "niets aan veranderd. Zet een reservekopie terug: in het programma via Bestand > "
                "Back-up terugzetten, of met ‘igj-afwijken restore’; het beschadigde bestand "
                "wordt dan apart gezet, niet weggegooid.",
            ).format(name=path.name, folder=path.parent, detail=detail)
        )
        self.path = path


class DiskFullError(StoreError):
    """The disk holding the data folder is full; nothing was changed."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            i18n.translate(
                "database",
                "De schijf met de gegevensmap {folder} is vol. Er is niets aan uw gegevens "
                "veranderd; maak ruimte vrij op die schijf en probeer het dan opnieuw.",
            ).format(folder=data_dir)
        )


class AnswerWouldBeErased(StoreError):
    """A save would have replaced a written answer with nothing, without the user emptying it."""


class ChangedMeanwhile(StoreError):
    """Someone else saved this field since this writer last knew it; nothing was written.
    `field` is a question's id, a column of the dossier's own facts, a kind of table (risks,
    …) or "checklist:" and an item's id; `theirs` is what the store now holds (of a table:
    "", read the dossier)."""

    def __init__(self, dossier_id: str, field: str, theirs: str) -> None:
        super().__init__(
            i18n.translate(
                "repository",
                "Iemand anders heeft dit intussen gewijzigd; uw tekst is nog niet opgeslagen.",
            )
        )
        self.dossier_id = dossier_id
        self.field = field
        self.theirs = theirs


class TakenElsewhere(StoreError):
    """The dossier is taken along by someone to work on offline; until it is brought back,
    only they may change it."""

    def __init__(self, dossier_id: str, who: str) -> None:
        super().__init__(
            i18n.translate(
                "repository",
                "Deze afwijking is meegenomen door {who} om zonder verbinding aan te werken. U "
                "kunt haar lezen, maar pas wijzigen als zij is teruggebracht. Er is niets "
                "veranderd.",
            ).format(who=who)
        )
        self.dossier_id = dossier_id
        self.who = who


class TakenMark(NamedTuple):
    """Who took a dossier of the organisation store along, and since when."""

    who: str
    since: datetime


CHECKLIST_PREFIX = "checklist:"  # how ChangedMeanwhile names a checklist item


class UnknownDossier(LookupError):
    """No dossier (or more than one) matches the id the user gave."""


class UnreadableDossier(StoreError):
    """A stored dossier holds something the program cannot read (written by another tool, or
    by an older release without today's checks); it can still be deleted or exported raw."""

    def __init__(self, dossier_id: str, title: str, reason: BaseException | str) -> None:
        detail = " ".join(str(reason).split())[:200]
        super().__init__(
            i18n.translate(
                "repository",
                "De afwijking ‘{title}’ ({id}) kan niet worden gelezen: {detail}. De andere "
                "afwijkingen zijn in orde. Zet een reservekopie terug, of verwijder deze "
                "afwijking (in het overzicht, of met ‘igj-afwijken delete {id}’).",
            ).format(title=title, id=dossier_id, detail=detail)
        )
        self.dossier_id = dossier_id


@dataclass(frozen=True)
class DossierSummary:
    """What the register shows of a dossier, without loading its answers."""

    id: str
    title: str
    status: str
    location: str
    updated_at: datetime
    deleted_at: datetime | None = None
    sector: str = ""
    next_evaluation: date | None = None
    readiness: str = ""  # "klaar", "aandacht" or "open"; "" while never checked
    changed_since_version: int | None = None  # the adopted version it now differs from
    unreadable: bool = False  # the stored row makes no sense; it can be deleted, not opened


class SummaryRows(Sequence[DossierSummary]):
    """The register's rows as the store read them, each made into a DossierSummary only when
    it is asked for: a window shows a few dozen of 10,000, and making them all took longer than
    reading them."""

    def __init__(
        self,
        rows: Sequence[Any],
        make: Callable[[Any], DossierSummary],
        id_of: Callable[[Any], object],
    ) -> None:
        self._rows = rows
        self._make = make
        self._id_of = id_of
        self._made: dict[int, DossierSummary] = {}

    @classmethod
    def of(cls, summaries: Iterable[DossierSummary]) -> SummaryRows:
        return cls(list(summaries), lambda summary: summary, lambda summary: summary.id)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> DossierSummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[DossierSummary]: ...

    def __getitem__(self, index: int | slice) -> DossierSummary | list[DossierSummary]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._rows)
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = self._make(self._rows[index])
        return made

    def __eq__(self, other: object) -> bool:
        """Equal to a list (or other rows) of the same summaries, as the list it stands for."""
        if isinstance(other, SummaryRows | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list

    @property
    def more(self) -> bool:
        """Whether the store has rows after these that are not read yet (see PagedRows)."""
        return isinstance(self._rows, PagedRows) and self._rows.more

    def next_page(self, limit: int = 0) -> list[Any]:
        return self._rows.next_page(limit) if isinstance(self._rows, PagedRows) else []

    def holds(self, dossier_id: str) -> bool:
        """Whether a dossier is among the rows, also among those not read yet."""
        if isinstance(self._rows, PagedRows):
            return self._rows.holds(dossier_id)
        return self.position_of(dossier_id) is not None

    def append(self, rows: list[Any]) -> None:
        if isinstance(self._rows, PagedRows):
            self._rows.append(rows)

    def __add__(self, other: Sequence[DossierSummary]) -> list[DossierSummary]:
        """The rows of both, one after the other, as a list does."""
        return [*self, *other]

    def position_of(self, dossier_id: str, start: int = 0) -> int | None:
        """Where a dossier is in the rows, from `start` on, found without making the rows
        before it (of rows read a page at a time, among those read so far)."""
        for position in range(start, len(self._rows)):
            if self._id_of(self._rows[position]) == dossier_id:
                return position
        return None


class ListedDossier(NamedTuple):
    """A dossier in use as the command line lists it: its last change in local time
    ("2026-08-01 12:00"), "" when the dossier cannot be read."""

    id: str
    status: str
    changed: str
    title: str
    unreadable: bool


class HistoryEntry(NamedTuple):
    """One field of a dossier changed, as the organisation store's server recorded it."""

    when: datetime
    who: str  # the login role that saved it
    part: str  # "dossiers", "answers", "dossier_rows", …
    key: str  # which answer, row or file; "" for the dossier's own facts
    field: str
    old: str | None
    new: str | None


class PagedRows(Sequence[Any]):
    """A store's rows for the register, read a page at a time as the view scrolls to them
    (as Qt's own SQL models do): a window shows a few dozen of 100,000, and reading them all,
    or even counting them, took longer than a keystroke may."""

    PAGE = 200

    def __init__(
        self, read_page: Callable[[int, int], list[Any]], holds: Callable[[str], bool]
    ) -> None:
        """`read_page(offset, limit)` reads rows in their order; `holds(id)` says whether a
        dossier is among all the rows, also those not read yet."""
        self._read_page = read_page
        self._holds = holds
        self._rows: list[Any] = []
        self.more = True
        self._asked = self.PAGE
        self.append(self.next_page())

    def next_page(self, limit: int = 0) -> list[Any]:
        """The rows after those read so far, `limit` of them or a page (not yet added: see
        append)."""
        self._asked = limit or self.PAGE
        return self._read_page(len(self._rows), self._asked) if self.more else []

    def append(self, rows: list[Any]) -> None:
        self._rows += rows
        self.more = len(rows) == self._asked

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        return self._rows[index]

    def holds(self, dossier_id: str) -> bool:
        return self._holds(dossier_id)


@dataclass(frozen=True)
class RegisterOrder:
    """How the register is sorted: by "changed", "title", "location", "sector", "status",
    "next_evaluation" or "readiness", then by last change. For a column of codes (status,
    sector, readiness), `ranks` lists the codes in the order their names sort in the user's
    language."""

    column: str = "changed"
    descending: bool = True
    ranks: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegisterFilter:
    """What the register is narrowed to; empty fields do not narrow."""

    # Words that must all occur: one of TEXT_SEARCH_LETTERS letters or more anywhere in the
    # dossier's text, also inside a compound; a shorter one at the start of a word of the
    # title, location or team (in all text it would match nearly everything).
    search: str = ""
    status: str = ""
    sector: str = ""
    location: str = ""

    @property
    def searches_text(self) -> bool:
        """Whether the search looks in the dossiers' text, so that where it matched can be
        shown."""
        return any(len(word) >= TEXT_SEARCH_LETTERS for word in re.findall(r"\w+", self.search))


TEXT_SEARCH_LETTERS = 3


class DossierStore(Protocol):
    """A register of dossiers: read whole or as register rows, and changed one small write at a
    time, each all or nothing. Every method may raise StoreError (or OSError) with a message for
    the user; a dossier that cannot be read raises UnreadableDossier, an unknown id
    UnknownDossier."""

    def summaries(
        self, deleted: bool = False, narrow: RegisterFilter | None = None
    ) -> SummaryRows: ...

    def listing(self) -> list[ListedDossier]: ...

    def register_rows(
        self,
        deleted: bool = False,
        narrow: RegisterFilter | None = None,
        order: RegisterOrder | None = None,
    ) -> SummaryRows: ...

    # Read beside the window, in a thread of its own, what a search for part of a word will
    # need (the local store's list of the index's words), if the store changed since.
    def prepare_search(self) -> None: ...

    # Make the first save to a dossier just opened as quick as the saves after it; changes
    # nothing, and says nothing when it cannot (the store's next save says what is wrong).
    def prepare_saving(self, dossier_id: str) -> None: ...

    def dossiers_at(self, location: str = "") -> tuple[list[Dossier], list[DossierSummary]]: ...

    def due_rows(self, until: date) -> list[tuple[str, str, str, date, str]]: ...

    def anything_stored(self) -> bool: ...

    def locations(self) -> list[str]: ...

    def title_of(self, dossier_id: str) -> str: ...

    def exists(self, dossier_id: str) -> bool: ...

    def is_active(self, dossier_id: str) -> bool: ...

    def resolve(self, id_or_prefix: str, in_bin: bool = False) -> str: ...

    def get(self, dossier_id: str) -> Dossier: ...

    def add(self, dossier: Dossier) -> None: ...

    def add_imported(self, dossier: Dossier) -> str: ...

    def save_facts(self, dossier: Dossier, known: Sequence[Dossier] = ()) -> None: ...

    def save_answer(
        self,
        dossier_id: str,
        answer: Answer,
        clearing_allowed: bool = False,
        known: Sequence[str] | None = None,
    ) -> None: ...

    def save_checklist_answer(
        self,
        dossier_id: str,
        answer: ChecklistAnswer,
        known: Sequence[tuple[str, str]] | None = None,
    ) -> None: ...

    def save_rows(
        self,
        dossier_id: str,
        kind: str,
        rows: tuple,
        at: datetime,
        known: Sequence[tuple] | None = None,
    ) -> None: ...

    def add_version(self, dossier: Dossier, version: Version) -> None: ...

    def save_attachments(self, dossier_id: str, attachments: tuple, at: datetime) -> None: ...

    def add_attachment(self, dossier_id: str, attachment: Attachment) -> None: ...

    def remove_attachment(self, dossier_id: str, attachment_id: str) -> None: ...

    def set_readiness(
        self, dossier_id: str, readiness: str, changed_since_version: int | None = None
    ) -> None: ...

    def search_excerpts(self, dossier_ids: Sequence[str], search: str) -> dict[str, str]: ...

    def delete(self, dossier_id: str) -> None: ...

    def restore(self, dossier_id: str) -> None: ...

    def purge(self, dossier_id: str) -> None: ...

    @property
    def made_changes(self) -> bool: ...

    def close(self) -> None: ...

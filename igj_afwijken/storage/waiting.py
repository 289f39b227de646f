"""The data folder's record of changes that wait for the organisation store's server: the open
dossier as the window had it when the server went away, and what the window knew the server
to hold, so that the changes are written when it is back, also after a crash."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats.exchange import dossier_data, dossier_from_data
from igj_afwijken.storage.kept_records import RecordFolder


@dataclass(frozen=True)
class Waiting:
    """The changes to one dossier that wait: the store's address; the dossier as the window
    read it, and as the user has it now; the texts the window knew each answer to hold (read
    or saved), and the facts likewise (each a dossier of facts alone)."""

    address: str
    opened: Dossier
    mine: Dossier
    known_answers: dict[str, list[str]] = field(default_factory=dict)
    known_facts: tuple[Dossier, ...] = ()
    since: datetime | None = None

    @property
    def dossier_id(self) -> str:
        return self.mine.id


class WaitingFolder(RecordFolder):
    """The records in a data folder (`wachtrij/`), one file per dossier."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir, "wachtrij", "igj-afwijken-wachtrij")

    def put(self, waiting: Waiting) -> None:
        self.write(
            waiting.dossier_id,
            {
                "address": waiting.address,
                "since": None if waiting.since is None else waiting.since.isoformat(),
                "opened": dossier_data(waiting.opened),
                "mine": dossier_data(waiting.mine),
                "known_answers": waiting.known_answers,
                "known_facts": [dossier_data(facts) for facts in waiting.known_facts],
            },
        )

    def get(self, dossier_id: str) -> Waiting | None:
        record = self.read(dossier_id)
        if record is None:
            return None
        try:
            known_answers = {
                str(question): [str(text) for text in texts]
                for question, texts in dict(record["known_answers"]).items()
            }
            since = record["since"]
            return Waiting(
                str(record["address"]),
                dossier_from_data(record["opened"]),
                dossier_from_data(record["mine"]),
                known_answers,
                tuple(dossier_from_data(facts) for facts in record["known_facts"]),
                None if since is None else datetime.fromisoformat(since),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise self.unreadable(dossier_id, error) from None

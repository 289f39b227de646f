"""The data folder's record of dossiers taken along from the organisation store: where from,
when, and each dossier as it was taken, the common base when the changes go back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats.exchange import dossier_data, dossier_from_data
from igj_afwijken.storage.kept_records import RecordFolder


@dataclass(frozen=True)
class TakenAlong:
    """One dossier taken along: the organisation store's address, who took it, when, and the
    dossier as the server held it then."""

    address: str
    who: str
    since: datetime
    base: Dossier

    @property
    def dossier_id(self) -> str:
        return self.base.id


class TakenAlongFolder(RecordFolder):
    """The records in a data folder (`meegenomen/`), one file per dossier."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir, "meegenomen", "igj-afwijken-meegenomen")

    def put(self, taken: TakenAlong) -> None:
        self.write(
            taken.dossier_id,
            {
                "address": taken.address,
                "who": taken.who,
                "since": taken.since.isoformat(),
                "base": dossier_data(taken.base),
            },
        )

    def get(self, dossier_id: str) -> TakenAlong | None:
        record = self.read(dossier_id)
        if record is None:
            return None
        try:
            return TakenAlong(
                str(record["address"]),
                str(record["who"]),
                datetime.fromisoformat(record["since"]),
                dossier_from_data(record["base"]),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise self.unreadable(dossier_id, error) from None

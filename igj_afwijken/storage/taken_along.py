"""The data folder's record of dossiers taken along from the organisation store: where from,
when, and each dossier as it was taken, the common base when the changes go back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.domain.model import Dossier
from igj_afwijken.fileio import write_atomic
from igj_afwijken.formats.exchange import dossier_data, dossier_from_data
from igj_afwijken.storage.port import StoreError

FOLDER = "meegenomen"
_FORMAT = "igj-afwijken-meegenomen"


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


class TakenAlongFolder:
    """The records in a data folder, one file per dossier, each written whole or not at all."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / FOLDER

    def put(self, taken: TakenAlong) -> None:
        self.folder.mkdir(mode=0o700, exist_ok=True)
        record = {
            "format": _FORMAT,
            "address": taken.address,
            "who": taken.who,
            "since": taken.since.isoformat(),
            "base": dossier_data(taken.base),
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        write_atomic(self._path(taken.dossier_id), data, private=True)

    def get(self, dossier_id: str) -> TakenAlong | None:
        path = self._path(dossier_id)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise self._unreadable(path, error) from None
        try:
            if record.get("format") != _FORMAT:
                raise ValueError(record.get("format"))
            return TakenAlong(
                str(record["address"]),
                str(record["who"]),
                datetime.fromisoformat(record["since"]),
                dossier_from_data(record["base"]),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise self._unreadable(path, error) from None

    def dossier_ids(self) -> list[str]:
        """The ids of the dossiers taken along, by the names of their records."""
        if not self.folder.is_dir():
            return []
        return sorted(path.stem for path in self.folder.glob("*.json"))

    def remove(self, dossier_id: str) -> None:
        self._path(dossier_id).unlink(missing_ok=True)

    def _path(self, dossier_id: str) -> Path:
        if not dossier_id or not all(c.isalnum() or c in "-_" for c in dossier_id):
            raise StoreError(f"unexpected dossier id {dossier_id!r}")
        return self.folder / f"{dossier_id}.json"

    @staticmethod
    def _unreadable(path: Path, error: BaseException) -> StoreError:
        return StoreError(
            i18n.translate(
                "repository",
                "Wat u van de organisatieserver meenam staat in {path}, maar dat bestand kan niet "
                "worden gelezen ({reason}). Er is niets veranderd.",
            ).format(path=path, reason=" ".join(str(error).split())[:200])
        )

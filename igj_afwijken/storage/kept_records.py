"""Records a data folder keeps beside its store, one JSON file per dossier in a folder of their
own, each written whole or not at all; a damaged one is named in one clear message."""

from __future__ import annotations

import json
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.fileio import write_atomic
from igj_afwijken.storage.port import StoreError


class RecordFolder:
    """The records of one kind (`kind`, written into each) in `data_dir / folder`."""

    def __init__(self, data_dir: Path, folder: str, kind: str) -> None:
        self.folder = Path(data_dir) / folder
        self._kind = kind

    def write(self, dossier_id: str, record: dict) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = json.dumps({"format": self._kind, **record}, ensure_ascii=False).encode("utf-8")
        write_atomic(self._path(dossier_id), data, private=True)

    def read(self, dossier_id: str) -> dict | None:
        """The record, None when there is none; StoreError when it cannot be read."""
        path = self._path(dossier_id)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise self.unreadable(dossier_id, error) from None
        if not isinstance(record, dict) or record.get("format") != self._kind:
            raise self.unreadable(dossier_id, "format")
        return record

    def dossier_ids(self) -> list[str]:
        """The ids of the dossiers with a record, by the names of the records."""
        if not self.folder.is_dir():
            return []
        return sorted(path.stem for path in self.folder.glob("*.json"))

    def remove(self, dossier_id: str) -> None:
        self._path(dossier_id).unlink(missing_ok=True)

    def _path(self, dossier_id: str) -> Path:
        if not dossier_id or not all(c.isalnum() or c in "-_" for c in dossier_id):
            raise StoreError(f"unexpected dossier id {dossier_id!r}")
        return self.folder / f"{dossier_id}.json"

    def unreadable(self, dossier_id: str, error: BaseException | str) -> StoreError:
        return StoreError(
            i18n.translate(
                "repository",
                "Wat het programma voor deze afwijking op deze computer bewaarde, staat in "
                "{path}, maar dat bestand kan niet worden gelezen ({reason}). Er is niets "
                "veranderd.",
            ).format(path=self._path(dossier_id), reason=" ".join(str(error).split())[:200])
        )

"""The whole store checked beside the window after it opened, since opening checks only its head."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from igj_afwijken.services.dossiers import find_damage


class StoreCheck(QObject):
    """Runs `find_damage` in a thread of its own and emits `damaged(text)` when it found any;
    the window stays usable meanwhile."""

    damaged = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False  # also for whoever looks after the check may already have finished

    def start(self, data_dir: Path) -> None:
        threading.Thread(target=self._run, args=(data_dir,), daemon=True).start()

    def _run(self, data_dir: Path) -> None:
        try:
            damage = find_damage(data_dir)
        except Exception:  # noqa: BLE001 - a check that cannot run says nothing about damage
            damage = None
        if damage is not None:
            self.damaged.emit(str(damage))
        self.done = True
        self.finished.emit()

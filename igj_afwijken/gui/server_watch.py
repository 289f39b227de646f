"""What others save in the organisation store, told to the window as it is committed."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from igj_afwijken.services.organisation import watch_changes


class ServerWatch(QObject):
    """Listens to the server in a thread of its own; `changed(dossier id, process)` arrives on
    the window's thread, for every change committed by any connection."""

    changed = Signal(str, int)

    def __init__(self, address: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        threading.Thread(
            target=watch_changes, args=(address, self.changed.emit, self._stop), daemon=True
        ).start()

    def stop(self) -> None:
        self._stop.set()

"""Autosave: changes are noted while the user types and written by a background thread."""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal

from igj_afwijken.errors import explain
from igj_afwijken.services.dossiers import (
    STORE_FAILURES,
    AnswerWouldBeErased,
    ChangedMeanwhile,
    DossierStore,
    open_writer,
)

# A job writes one change through the repository. It is built on the GUI thread when the user
# pauses (a snapshot of the text at that moment) and runs on the writer thread.
Job = Callable[[DossierStore], None]
JobFactory = Callable[[], Job]

SAVE_DELAY_MS = 600  # after the last keystroke
MAX_WAIT_MS = 1500  # while typing without a pause
RETRY_DELAY_MS = 4000


def _again(job: Job) -> JobFactory:
    """A factory that hands back a job built before: to retry the snapshot that failed."""
    return lambda: job


class SaveState(enum.Enum):
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class Autosaver(QObject):
    """Debounces changes and writes them in order on one writer thread with its own connection."""

    stateChanged = Signal(object, str)  # SaveState, the error message when it failed
    # the saves refused because someone else changed that field meanwhile (ChangedMeanwhile)
    conflicted = Signal(list)
    _batchDone = Signal(object, str, list)  # the jobs left unsaved, the error message, conflicts

    def __init__(self, data_dir: Path, parent: QObject | None = None, address: str = "") -> None:
        """Writes to the data folder's store, or to the organisation store at `address`."""
        super().__init__(parent)
        self._repository = open_writer(data_dir, address)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="igj-autosave")
        self._dirty: dict[Hashable, JobFactory] = {}
        self._in_flight = 0
        self._dirty_since = QElapsedTimer()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.save_now)
        self._batchDone.connect(self._on_batch_done)
        self.state = SaveState.SAVED
        self.error = ""
        self._closed = False

    @property
    def repository(self):
        """The writer's own store."""
        return self._repository

    @property
    def made_changes(self) -> bool:
        return self._repository.made_changes

    def mark_dirty(self, key: Hashable, job_factory: JobFactory) -> None:
        """Note a change; costs almost nothing, so typing never waits for the disk."""
        if self._closed:
            return
        if not self._dirty:
            self._dirty_since.start()
        self._dirty[key] = job_factory
        if self.state is SaveState.FAILED:
            if not self._timer.isActive():
                self._timer.start(RETRY_DELAY_MS)
            return
        if not self._timer.isActive() or self._dirty_since.elapsed() < MAX_WAIT_MS:
            self._timer.start(SAVE_DELAY_MS)
        self._set_state(SaveState.PENDING)

    def prepare(self, dossier_id: str) -> None:
        """Let the store prepare its first save to a dossier just opened, on the writer thread,
        before anything the person types is saved there (see the store's prepare_saving)."""
        if not self._closed:
            self._executor.submit(self._repository.prepare_saving, dossier_id)

    def save_now(self) -> None:
        """Hand everything noted so far to the writer thread."""
        self._timer.stop()
        if not self._dirty or self._closed:
            return
        dirty, self._dirty = self._dirty, {}  # building a job may note another change
        jobs = [(key, factory, factory()) for key, factory in dirty.items()]
        self._in_flight += 1
        future = self._executor.submit(self._write, jobs)
        future.add_done_callback(lambda done: self._batchDone.emit(*done.result()))

    def _write(self, jobs: list) -> tuple[list, str, list]:
        """Runs on the writer thread: the jobs left unsaved, an error message, and the saves
        refused because someone else changed the field meanwhile.

        Each job stands alone (one field, one table), so one that fails does not hold back the
        others. A refused erasure is not retried: the stored answer is what should stay."""
        unsaved, message, conflicts = [], "", []
        for entry in jobs:
            try:
                entry[2](self._repository)
            except AnswerWouldBeErased as error:
                message = message or str(error)
            except ChangedMeanwhile as conflict:  # not retried: the user settles it
                conflicts.append(conflict)
            except STORE_FAILURES as error:
                unsaved.append(entry)
                message = message or explain(error)
        return unsaved, message, conflicts

    def _on_batch_done(self, unsaved: list, error: str, conflicts: list) -> None:
        self._in_flight -= 1
        if conflicts:
            self.conflicted.emit(conflicts)
        for key, _, job in unsaved:
            # Retry the snapshot that failed, unless the user changed that field again since.
            self._dirty.setdefault(key, _again(job))
        if error:
            self.error = error
            self._set_state(SaveState.FAILED, error)
            self._timer.start(RETRY_DELAY_MS)
        elif self._dirty:
            self._set_state(SaveState.PENDING)
            if not self._timer.isActive():
                self._timer.start(SAVE_DELAY_MS)
        elif self._in_flight == 0:
            self.error = ""
            self._set_state(SaveState.SAVED)

    def flush(self) -> bool:
        """Write everything now and wait for it; True when nothing is left unsaved."""
        self.save_now()
        self._executor.submit(lambda: None).result()
        QCoreApplication.sendPostedEvents(self)  # take in the writer thread's results
        return not self.has_unsaved()

    def has_unsaved(self) -> bool:
        return bool(self._dirty) or self._in_flight > 0 or self.state is SaveState.FAILED

    def close(self) -> None:
        self.flush()
        self._closed = True  # a late timer of a closing window has nowhere left to save to
        self._timer.stop()
        self._executor.shutdown(wait=True)
        self._repository.close()

    def _set_state(self, state: SaveState, message: str = "") -> None:
        if state is self.state and not message:
            return
        self.state = state
        self.stateChanged.emit(state, message)

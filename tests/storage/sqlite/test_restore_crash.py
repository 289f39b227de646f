"""Killing a restore at random moments: after the next start has finished or undone it, the store
opens and holds the old data or the restored data, whole, and nothing is ever missing.
IGJ_AFWIJKEN_RESTORE_KILLS raises the number of kills for a long run."""

import hashlib
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from igj_afwijken.domain.model import Attachment, Dossier
from igj_afwijken.storage.sqlite import backups
from igj_afwijken.storage.sqlite.backups import (
    is_good,
    is_unchanged,
    list_backups,
    make_backup,
    recover_data_folder,
    restore_backup,
)
from igj_afwijken.storage.sqlite.connection import open_store, store_path
from igj_afwijken.storage.sqlite.repository import DossierRepository
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # fifty kills of a 52 MB restore, and of backups

KILLS = int(os.environ.get("IGJ_AFWIJKEN_RESTORE_KILLS", "50"))
STORE_BYTES = 52 * 1024 * 1024
CHILD = """
import sys
from pathlib import Path
from igj_afwijken.storage.sqlite.backups import list_backups, restore_backup
folder = Path(sys.argv[1])
[backup] = [b for b in list_backups(folder) if b.path.name == sys.argv[2]]
print("ready", flush=True)
restore_backup(folder, backup)
print("done", flush=True)
"""


def _fill(connection, title: str, megabytes: int, seed: int) -> None:
    """A dossier with attachments of random bytes (no compression, no page reuse)."""
    rng = random.Random(seed)
    attachments = []
    for number in range(megabytes // 8 + 1):
        content = rng.randbytes(8 * 1024 * 1024)
        attachments.append(
            Attachment(
                f"bijlage-{number}.pdf", content, hashlib.sha256(content).hexdigest(), _now()
            )
        )
    DossierRepository(connection).add(Dossier(title=title, attachments=tuple(attachments)))


def _now():
    from igj_afwijken.domain.model import utc_now

    return utc_now()


def _contents(data_dir: Path) -> tuple:
    """What the store holds, checked whole: its titles and a digest of every attachment."""
    connection = open_store(data_dir)  # checks the store for damage first
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = tuple(r[0] for r in connection.execute("SELECT title FROM dossiers ORDER BY 1"))
        digest = hashlib.sha256()
        for content, stored_sha in connection.execute(
            "SELECT content, sha256 FROM attachments ORDER BY dossier_id, position"
        ):
            assert hashlib.sha256(content).hexdigest() == stored_sha  # no torn page
            digest.update(content)
        return titles, digest.hexdigest()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def two_states(tmp_path_factory):
    """A data folder whose store and backups hold two states A and B of over 50 MB each."""
    data_dir = tmp_path_factory.mktemp("herstel") / "data"
    connection = open_store(data_dir)
    _fill(connection, "Toestand A", STORE_BYTES // 2**20, seed=1)
    a = make_backup(connection, data_dir, "handmatig")
    _fill(connection, "Toestand B", 2, seed=2)
    b = make_backup(connection, data_dir, "handmatig")
    connection.close()
    assert a.size >= 50 * 1024 * 1024 and b.size >= 50 * 1024 * 1024
    return data_dir, {"A": a, "B": b}


def _kill_during_restore(data_dir: Path, backup_name: str, delay: float) -> bool:
    """Run a restore in a child and SIGKILL it `delay` seconds in; whether it was cut short."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), backup_name],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate()
    return b"done" not in output


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_restored_store_whole(two_states):
    data_dir, made = two_states
    expected = {}
    for name, backup in made.items():
        expected[name] = _contents_of_backup(backup.path)
    rng = random.Random(2027)
    started = time.monotonic()
    restore_backup(data_dir, made["A"])  # once whole, to learn how long it takes
    whole = time.monotonic() - started
    started = time.monotonic()
    assert is_unchanged(made["B"]) and is_good(made["B"].path)
    checking = time.monotonic() - started  # before this, nothing has been touched yet
    _remove_kept_aside(data_dir)
    current = "A"
    killed = outcomes = 0
    seen = {"old": 0, "restored": 0}
    while killed < KILLS:
        outcomes += 1
        assert outcomes < KILLS * 3, "the restore finished before almost every kill"
        other = "B" if current == "A" else "A"
        # Half the kills fall anywhere, half after the checks, where files change.
        delay = rng.uniform(0, whole) if rng.random() < 0.5 else rng.uniform(checking, whole)
        killed += _kill_during_restore(data_dir, made[other].path.name, delay)
        recover_data_folder(data_dir)  # what the next start does
        assert store_path(data_dir).exists(), "the store file went missing"
        holds = _contents(data_dir)
        assert holds in (expected[current], expected[other]), "the store holds neither state"
        seen["restored" if holds == expected[other] else "old"] += 1
        current = other if holds == expected[other] else current
        assert not (data_dir / backups.RESTORE_STAGING).exists()
        assert not (data_dir / backups.RESTORE_MARKER).exists()
        _remove_kept_aside(data_dir)
    assert seen["old"] > 0


def _contents_of_backup(path: Path) -> tuple:
    folder = path.parent.parent.parent / f"lezen-{path.stem}"
    folder.mkdir(exist_ok=True)
    copy = folder / "afwijkingen.sqlite3"
    copy.write_bytes(path.read_bytes())
    return _contents(folder)


def _remove_kept_aside(data_dir: Path) -> None:
    """The user keeps the data set aside by each restore; the test cannot keep 50 of them."""
    for path in data_dir.glob("afwijkingen-apart-gezet-*"):
        path.unlink()


def _restore_then_crash_at(data_dir: Path, backup_name: str, crash_at: str) -> None:
    """Run a restore in a forked child that dies (as if the power failed) at one step."""
    [backup] = [b for b in list_backups(data_dir) if b.path.name == backup_name]
    store = store_path(data_dir)
    real_replace, real_unlink = os.replace, os.unlink

    def replace(source, target):
        if crash_at == "rename" and Path(target) == store:
            os._exit(9)
        return real_replace(source, target)

    def unlink(path, *args, **kwargs):
        if crash_at == "marker" and Path(path).name == backups.RESTORE_MARKER:
            os._exit(9)
        return real_unlink(path, *args, **kwargs)

    backups.os.replace, backups.os.unlink = replace, unlink
    restore_backup(data_dir, backup)
    os._exit(0)


@pytest.mark.parametrize(
    "crash_at, outcome, words",
    [("rename", "old", "ongedaan gemaakt"), ("marker", "restored", "afgemaakt")],
)
def test_the_next_start_says_whether_it_undid_or_finished_the_restore(
    two_states, crash_at, outcome, words
):
    data_dir, made = two_states
    before = _contents(data_dir)
    target = made["A"] if before[0] == ("Toestand A", "Toestand B") else made["B"]
    child = multiprocessing.get_context("fork").Process(
        target=_restore_then_crash_at, args=(data_dir, target.path.name, crash_at)
    )
    child.start()
    child.join()
    assert child.exitcode == 9
    notice = recover_data_folder(data_dir)
    assert notice and words in notice
    holds = _contents(data_dir)
    assert (holds == before) == (outcome == "old")
    assert recover_data_folder(data_dir) is None  # done once, not again
    if outcome == "restored":
        [aside] = data_dir.glob("afwijkingen-apart-gezet-*.sqlite3")
        assert str(aside) in notice
    _remove_kept_aside(data_dir)


def test_a_start_removes_what_an_interrupted_backup_left(two_states):
    data_dir, _ = two_states
    folder = backups.backups_dir(data_dir)
    leftovers = [
        folder / ".afwijkingen-20261203-101010-000000-afsluiten.sqlite3.k3j4.tmp",
        folder / ".afwijkingen-20261203-101010-000000-afsluiten.sqlite3.k3j4.tmp-journal",
        data_dir / ".afwijkingen-apart-gezet-20261203.sqlite3.x9.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"\0" * 1024)
    recover_data_folder(data_dir)
    assert not any(leftover.exists() for leftover in leftovers)
    assert store_path(data_dir).exists() and list_backups(data_dir)


def test_a_restore_in_progress_elsewhere_is_not_touched_while_the_lock_is_held(tmp_path):
    """Only the program holding the folder's lock finishes or undoes a restore."""
    from igj_afwijken.cli import run

    data_dir = tmp_path / "data"
    open_store(data_dir).close()
    (data_dir / backups.RESTORE_MARKER).write_text('{"backup": "", "aside": "", "had_store": true}')
    (data_dir / backups.RESTORE_STAGING).write_bytes(b"half a copy")
    from igj_afwijken.instance_lock import lock_data_dir

    lock = lock_data_dir(data_dir)
    try:
        import io

        err = io.StringIO()
        code = run(["--data-dir", str(data_dir), "list"], io.StringIO(), err)
        assert code == 2 and "al open" in err.getvalue()
        assert (data_dir / backups.RESTORE_STAGING).exists()
    finally:
        lock.unlock()
    err = io.StringIO()
    assert run(["--data-dir", str(data_dir), "list"], io.StringIO(), err) == 0
    assert "ongedaan gemaakt" in err.getvalue()
    assert not (data_dir / backups.RESTORE_STAGING).exists()


def test_sqlite_can_read_the_store_kept_aside(two_states):
    """The data set aside by a restore is a store of its own, to look into or put back."""
    data_dir, made = two_states
    before = _contents(data_dir)
    target = made["A"] if before[0] == ("Toestand A", "Toestand B") else made["B"]
    _, aside = restore_backup(data_dir, target)
    check = sqlite3.connect(aside)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    _remove_kept_aside(data_dir)


BACKUP_CHILD = """
import sys
from pathlib import Path
from igj_afwijken.storage.sqlite.backups import make_backup
from igj_afwijken.storage.sqlite.connection import open_store
folder = Path(sys.argv[1])
connection = open_store(folder)
print("ready", flush=True)
make_backup(connection, folder, "handmatig")
print("done", flush=True)
"""


def test_a_backup_killed_at_any_moment_leaves_only_whole_listed_backups(two_states):
    """An interrupted backup left a hidden copy of 100 MB behind for good; the next start
    removes it, and every backup that is listed is whole and the program's own."""
    data_dir, _ = two_states
    folder = backups.backups_dir(data_dir)
    rng = random.Random(17)
    left_behind = 0
    for _ in range(max(10, KILLS // 3)):
        child = subprocess.Popen(
            [sys.executable, "-c", BACKUP_CHILD, str(data_dir)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        left_behind += any(p.name.startswith(".") for p in folder.iterdir())
        recover_data_folder(data_dir)  # what the next start does
        assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]
        for backup in list_backups(data_dir):
            assert is_unchanged(backup) and is_good(backup.path), backup.path.name
    assert len(list_backups(data_dir)) <= backups.KEEP + 1
    assert left_behind > 0  # some kills did fall in the middle of a backup

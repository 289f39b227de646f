"""Writing output files atomically: a reader sees the old file or the new one, never half of it."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_user_umask: int | None = None  # the user's own, before use_private_umask took its place


def use_private_umask() -> None:
    """From now on every file and folder this process makes is the user's alone (0600, 0700)
    from the moment it exists: the store with its journal files, the settings, backups,
    temporary files. A document the user exports still gets the usual permissions (see
    atomic_target). The program calls this first thing; POSIX only."""
    global _user_umask
    if os.name != "posix":
        return
    previous = os.umask(0o077)
    if _user_umask is None:
        _user_umask = previous


def _export_mode() -> int:
    """The permissions any new file of the user's would get: what an exported document gets."""
    if _user_umask is not None:
        return 0o666 & ~_user_umask
    current = os.umask(0o022)
    os.umask(current)
    return 0o666 & ~current


@contextlib.contextmanager
def atomic_target(path: Path, private: bool = False) -> Iterator[Path]:
    """A temporary path beside `path` to write to; it replaces `path` only if the block succeeds.

    A `private` file is readable by its owner only (it holds the user's dossiers)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
        if os.name == "posix":
            temporary_path.chmod(0o600 if private else _export_mode())
        _fsync_file(temporary_path)
        os.replace(temporary_path, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary_path.unlink()
        raise
    # The new file is complete and in place; a folder that cannot be synced (some network and
    # FAT drives) only makes the rename less certain to survive a power cut, so it is no error.
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes, private: bool = False) -> None:
    with atomic_target(path, private=private) as temporary:
        temporary.write_bytes(data)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# Below this much free space the program treats a disk as full: SQLite alone needs some tens of
# kilobytes to open a store, and a message that names the cause beats a failure halfway.
MIN_FREE_BYTES = 1024 * 1024


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding `folder` (or its nearest existing parent) has no room left for
    the user (space reserved for the system administrator does not count)."""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        return False


def failed_write(path: Path) -> OSError:
    """The error for a write that a library reported only as "did not work": the disk being
    full where it is, else a plain input/output error."""
    code = errno.ENOSPC if disk_is_full(path.parent) else errno.EIO
    return OSError(code, os.strerror(code), str(path))

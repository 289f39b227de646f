"""Rotating, verified backups of the store made with SQLite's backup API, and putting one back."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.errors import explain
from igj_afwijken.fileio import atomic_target, fsync_dir, write_atomic
from igj_afwijken.paths import ensure_private_dir
from igj_afwijken.storage.port import StoreError
from igj_afwijken.storage.sqlite.store_file import read_only_uri, store_path

BACKUPS_FOLDER = "reservekopieen"
# The backups this program wrote and checked, with their SHA-256: only these are ever put back.
MANIFEST = "overzicht.json"
MANIFEST_FORMAT = "igj-afwijken-reservekopieen"
KEEP = 10
_NAME = re.compile(r"^afwijkingen-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm", "-journal")
_JOURNALS = ("-wal", "-journal")  # the side files that hold data (the -shm is an index)
# What an interrupted write leaves: atomic_target's hidden temporary files and their journals.
_LEFTOVER = re.compile(r"^\..+\.tmp(-journal|-wal|-shm)?$")
# A restore in progress: the backup copied beside the store, and what it is about to do.
RESTORE_STAGING = "afwijkingen.sqlite3.terugzetten"
RESTORE_MARKER = "terugzetten.json"
_CHUNK = 1024 * 1024
_ASIDE_NAME = re.compile(r"^afwijkingen-apart-gezet-[0-9-]+\.sqlite3$")


class BackupError(StoreError):
    """A backup cannot be made, read or put back; the message is meant for the user."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str  # "afsluiten", "voor-schema-5", "voor-terugzetten"…
    size: int
    sha256: str = ""  # as the manifest has it


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_FOLDER


def make_backup(
    connection: sqlite3.Connection, data_dir: Path, reason: str, keep: Path | None = None
) -> Backup:
    """Copy the store into a new backup file, check the copy, and keep only the newest KEEP
    (and `keep`, a backup about to be put back, whatever its age).

    SQLite's backup API copies a consistent state even while the store is in use; the copy is
    checked with `PRAGMA integrity_check` and entered in the manifest with its SHA-256 before
    it gets its name, so a listed backup is good and is known to be this program's own."""
    made_at = datetime.now(UTC)
    folder = backups_dir(data_dir)
    path = folder / f"afwijkingen-{made_at:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    try:
        _check_folder(folder, create=True)
        remove_leftovers(folder)
        manifest = _manifest(folder)
        with atomic_target(path, private=True) as temporary:
            copy = sqlite3.connect(temporary)
            try:
                connection.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                if not _is_sound(copy, "integrity_check"):
                    raise BackupError(
                        i18n.translate("backups", "De reservekopie is na het maken niet in orde.")
                    )
            finally:
                copy.close()
            manifest[path.name] = {"sha256": _sha256(temporary), "size": temporary.stat().st_size}
            _write_manifest(folder, manifest)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            i18n.translate("backups", "De reservekopie kon niet worden gemaakt: {reason}").format(
                reason=explain(error)
            )
        ) from error
    _rotate(folder, keep)
    return _backup_at(path, manifest[path.name])


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups this program made in the data folder, newest first. BackupError when the
    backup folder is not the user's own (a link elsewhere, or another user's folder)."""
    folder = backups_dir(data_dir)
    if not _check_folder(folder, create=False):
        return []
    try:
        manifest = _manifest(folder)
    except OSError as error:
        raise BackupError(
            i18n.translate(
                "backups", "De lijst van reservekopieën kan niet worden gelezen: {reason}."
            ).format(reason=explain(error))
        ) from error
    found = [
        _backup_at(folder / name, entry)
        for name, entry in manifest.items()
        if _made_at(name) is not None and _is_own_file(folder / name)
    ]
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def is_good(path: Path) -> bool:
    """Whether a store or backup file opens and passes SQLite's full integrity check."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return _is_sound(connection, "integrity_check")
    except (sqlite3.Error, UnicodeDecodeError):  # the message may quote the damaged bytes
        return False
    finally:
        connection.close()


def is_unchanged(backup: Backup) -> bool:
    """Whether the backup file still holds exactly what the program wrote (its SHA-256)."""
    try:
        return _is_own_file(backup.path) and _sha256(backup.path) == backup.sha256
    except OSError:
        return False


def newest_good_backup(data_dir: Path) -> Backup | None:
    return next((b for b in list_backups(data_dir) if is_unchanged(b) and is_good(b.path)), None)


def restore_backup(data_dir: Path, backup: Backup | None = None) -> tuple[Backup, Path | None]:
    """Put a backup (by default the newest good one) in place of the store.

    At every instant the store file is the old one or the restored one, whole: the backup is
    copied beside it and renamed over it, and a start after an interruption finishes or undoes
    the restore (finish_interrupted_restore). Nothing is thrown away: the current store is kept
    aside under a new name, which is returned with the backup used. Every connection to the
    store must be closed, and the folder's lock held, while this runs."""
    chosen = backup or newest_good_backup(data_dir)
    if chosen is None:
        raise BackupError(
            i18n.translate("backups", "Er is geen bruikbare reservekopie om terug te zetten.")
        )
    if not is_unchanged(chosen):
        raise BackupError(
            i18n.translate(
                "backups",
                "De reservekopie {name} is beschadigd, of is niet meer het bestand dat dit "
                "programma maakte; ze wordt niet teruggezet. Kies een andere.",
            ).format(name=chosen.path.name)
        )
    if not is_good(chosen.path):
        raise BackupError(
            i18n.translate(
                "backups", "De reservekopie {name} is beschadigd; kies een andere."
            ).format(name=chosen.path.name)
        )
    store = store_path(data_dir)
    aside = data_dir / f"afwijkingen-apart-gezet-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.sqlite3"
    plan = {"backup": chosen.path.name, "aside": aside.name, "had_store": store.exists()}
    staging = data_dir / RESTORE_STAGING
    try:
        write_atomic(data_dir / RESTORE_MARKER, json.dumps(plan).encode("utf-8"), private=True)
        _copy_checked(chosen, staging)
        if plan["had_store"]:
            _keep_aside(store, aside)
        for suffix in _SIDE_FILES:  # they belong to the old store, which now has them aside
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{store}{suffix}")
        os.replace(staging, store)  # the one step that changes which data the store holds
    except (OSError, BackupError) as error:
        _undo_restore(data_dir, plan)
        raise BackupError(
            i18n.translate(
                "backups", "De reservekopie kon niet worden teruggezet: {reason}."
            ).format(reason=explain(error))
            + " "
            + i18n.translate("backups", "Uw gegevens staan zoals ze waren.")
        ) from error
    # The backup is in place: from here on nothing is undone. A marker that cannot go yet is
    # found by the next start, which then only finishes.
    with contextlib.suppress(OSError):
        fsync_dir(data_dir)
    with contextlib.suppress(OSError):
        os.unlink(data_dir / RESTORE_MARKER)
    return chosen, aside if plan["had_store"] else None


def finish_interrupted_restore(data_dir: Path) -> str | None:
    """After a restore was interrupted (a crash, a power cut): finish it when the backup was
    already in place, else undo it; what was done, in a sentence for the user, or None when no
    restore was interrupted. Call it holding the folder's lock, before opening the store."""
    marker = data_dir / RESTORE_MARKER
    try:
        plan = json.loads(marker.read_bytes())
        plan_is_ours = isinstance(plan, dict) and {"backup", "aside", "had_store"} <= set(plan)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        plan_is_ours = False
    if plan_is_ours and not _ASIDE_NAME.match(str(plan["aside"])):
        plan_is_ours = False  # it names something else than a store set aside by a restore
    if not plan_is_ours:  # a marker we cannot read names nothing to finish: undo what we can
        plan = {"backup": "", "aside": "", "had_store": True}
    staging = data_dir / RESTORE_STAGING
    aside = data_dir / str(plan["aside"])
    renamed = not staging.exists() and (
        aside.is_file() if plan["had_store"] else store_path(data_dir).exists()
    )
    if plan_is_ours and renamed:
        with contextlib.suppress(OSError):
            os.unlink(marker)
        with contextlib.suppress(OSError):  # some network and FAT drives cannot sync a folder
            fsync_dir(data_dir)
        done = i18n.translate(
            "backups",
            "Het terugzetten van de reservekopie {name} werd onderbroken, maar was al zo goed "
            "als klaar; het is nu afgemaakt. De gegevens van daarvóór staan apart in {aside}.",
        )
        return done.format(name=plan["backup"], aside=aside if plan["had_store"] else "-")
    _undo_restore(data_dir, plan)
    return i18n.translate(
        "backups",
        "Het terugzetten van een reservekopie werd onderbroken en is ongedaan gemaakt: uw "
        "gegevens staan zoals ze vóór het terugzetten waren.",
    )


def recover_data_folder(data_dir: Path) -> str | None:
    """What a start does first, holding the folder's lock: finish or undo a restore that was
    interrupted, and remove what interrupted writes left behind. A sentence for the user when
    there was a restore to finish or undo."""
    notice = finish_interrupted_restore(data_dir)
    remove_leftovers(data_dir)
    remove_leftovers(backups_dir(data_dir))
    return notice


def restore_was_interrupted(data_dir: Path) -> bool:
    return (data_dir / RESTORE_MARKER).exists()


def _copy_checked(backup: Backup, target: Path) -> None:
    """Copy the backup to `target`, on disk before it returns; OSError when the copy does not
    match the backup as it was made."""
    digest = hashlib.sha256()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    with open(backup.path, "rb") as source, os.fdopen(os.open(target, flags, 0o600), "wb") as out:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != backup.sha256:
        raise BackupError(
            i18n.translate("backups", "de reservekopie veranderde tijdens het kopiëren")
        )


def _keep_aside(store: Path, aside: Path) -> None:
    """Give the current store a second name before it is replaced, with copies of its journal
    files (a write-ahead log holds part of its data); the store itself is not written to."""
    try:
        os.link(store, aside)  # the same file under a second name: no copy, and at once
    except OSError:
        with atomic_target(aside, private=True) as temporary:
            shutil.copyfile(store, temporary)
    for suffix in _JOURNALS:
        side = Path(f"{store}{suffix}")
        if side.exists():
            with atomic_target(Path(f"{aside}{suffix}"), private=True) as temporary:
                shutil.copyfile(side, temporary)
    with contextlib.suppress(OSError):  # some network and FAT drives cannot sync a folder
        fsync_dir(store.parent)


def _undo_restore(data_dir: Path, plan: dict) -> None:
    """Take back a restore that did not reach its rename: the store was never replaced. The
    second name goes first, so that an interruption here is still recognised as unfinished."""
    store = store_path(data_dir)
    aside = data_dir / str(plan["aside"]) if plan["aside"] else None
    if aside is not None:
        for suffix in _JOURNALS:  # journal files removed just before the rename come back
            kept, own = Path(f"{aside}{suffix}"), Path(f"{store}{suffix}")
            if kept.exists() and not own.exists():
                with contextlib.suppress(OSError):
                    os.replace(kept, own)  # whole, in one step
        for suffix in ("", *_SIDE_FILES):
            with contextlib.suppress(OSError):
                os.unlink(f"{aside}{suffix}")
    for leftover in (data_dir / RESTORE_STAGING, data_dir / RESTORE_MARKER):
        with contextlib.suppress(OSError):
            os.unlink(leftover)
    with contextlib.suppress(OSError):
        fsync_dir(data_dir)


def remove_leftovers(folder: Path) -> list[str]:
    """Remove what interrupted writes left in a folder of the program (hidden temporary files
    and their journals); the names removed. Only the program holding the folder's lock, or
    making a backup, may call this: nothing else is writing such files then."""
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if _LEFTOVER.match(name) and (folder / name).is_file():
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
                removed.append(name)
    return removed


def _check_folder(folder: Path, create: bool) -> bool:
    """Whether the backup folder exists; BackupError when it is a link to elsewhere or belongs
    to someone else (who could then plant a "backup" for the user to put back)."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        if not create:
            return False
        ensure_private_dir(folder)
        return True
    except OSError as error:
        raise BackupError(_folder_refused(folder, explain(error))) from error
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise BackupError(
            _folder_refused(
                folder, i18n.translate("backups", "het is een koppeling of geen gewone map")
            )
        )
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise BackupError(
            _folder_refused(folder, i18n.translate("backups", "de map is van een andere gebruiker"))
        )
    if os.name == "posix" and info.st_mode & 0o077:
        folder.chmod(0o700)  # the user's own folder of backups: private again
    return True


def _folder_refused(folder: Path, reason: str) -> str:
    return i18n.translate(
        "backups",
        "De map met reservekopieën {folder} wordt niet gebruikt: {reason}. Hernoem of verwijder "
        "die map; het programma maakt dan een nieuwe.",
    ).format(folder=folder, reason=reason)


def _is_own_file(path: Path) -> bool:
    """A regular file (no link) of the user's own."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISREG(info.st_mode) and owner_ok


def _manifest(folder: Path) -> dict[str, dict]:
    """The backups the program wrote, by name. Backups made before there was a manifest are
    taken in once: the folder is the user's own and private, so only the program wrote them."""
    try:
        document = json.loads((folder / MANIFEST).read_bytes())
        if document.get("format") == MANIFEST_FORMAT and isinstance(document["backups"], dict):
            return {
                name: entry
                for name, entry in document["backups"].items()
                if isinstance(entry, dict)
                and isinstance(entry.get("sha256"), str)
                and isinstance(entry.get("size"), int)
            }
    except FileNotFoundError:
        pass
    except (ValueError, AttributeError, KeyError, TypeError):
        pass  # not a manifest (a damaged disk block): as if there were none, taken in again
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return {}
    found = {}
    for name in names:
        path = folder / name
        if _made_at(name) is not None and _is_own_file(path):
            with contextlib.suppress(OSError):
                found[name] = {"sha256": _sha256(path), "size": path.stat().st_size}
    if found:
        with contextlib.suppress(OSError):
            _write_manifest(folder, found)
    return found


def _write_manifest(folder: Path, entries: dict[str, dict]) -> None:
    document = {"format": MANIFEST_FORMAT, "backups": dict(sorted(entries.items()))}
    write_atomic(folder / MANIFEST, json.dumps(document, indent=1).encode("utf-8"), private=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _is_sound(connection: sqlite3.Connection, pragma: str) -> bool:
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    return [tuple(row) for row in rows] == [("ok",)]


def _made_at(name: str) -> datetime | None:
    """When a backup was made, from its name; None for a name no backup of ours has."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    except ValueError:
        return None


def _backup_at(path: Path, entry: dict) -> Backup:
    match = _NAME.match(path.name)
    made_at = _made_at(path.name)
    assert match is not None and made_at is not None  # only names _made_at accepts come here
    return Backup(
        path=path,
        made_at=made_at,
        reason=match.group(2),
        size=entry["size"],
        sha256=entry["sha256"],
    )


def _rotate(folder: Path, keep: Path | None) -> None:
    backups = list_backups(folder.parent)
    gone = [b for b in backups[KEEP:] if keep is None or b.path != keep]
    if not gone:
        return
    for old in gone:
        with contextlib.suppress(OSError):  # one that cannot go now goes at the next rotation
            old.path.unlink()
    kept = {b.path.name: {"sha256": b.sha256, "size": b.size} for b in backups if b.path.exists()}
    with contextlib.suppress(OSError):
        _write_manifest(folder, kept)

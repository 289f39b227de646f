"""The organisation store: setting it up on a server, who may do what, and moving a data
folder's dossiers into it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from igj_afwijken.storage.organisation import GROUPS, ServerError, grant, init_server, watch
from igj_afwijken.storage.port import DossierStore, StoreError, UnreadableDossier

RIGHTS = tuple(GROUPS)  # reader, writer, director

__all__ = [
    "RIGHTS",
    "Migration",
    "ServerError",
    "grant_right",
    "init_organisation_store",
    "migrate",
    "watch_changes",
]


def watch_changes(url: str, changed: Callable[[str, int], None], stop: threading.Event) -> None:
    """Tell `changed(dossier id, saving connection's process)` of each change committed on
    the server at `url`, until `stop` is set (see storage.postgres.server.watch)."""
    watch(url, changed, stop)


def init_organisation_store(url: str) -> bool:
    """Make (or bring up to date) the organisation store on the server at `url`; whether the
    search's signatures were made again for this server (see init_server)."""
    return init_server(url)


def grant_right(url: str, role: str, right: str, location: str = "") -> None:
    """Let a person's login role read or write one location's dossiers, or direct them all."""
    grant(url, role, right, location)


@dataclass
class Migration:
    """What moving a data folder into the organisation store did, dossier by dossier: (id,
    title) of those copied, already there the same, there but different (never overwritten),
    left in the recycle bin, and refused or unreadable, with why."""

    copied: list[tuple[str, str]] = field(default_factory=list)
    already_there: list[tuple[str, str]] = field(default_factory=list)
    different: list[tuple[str, str]] = field(default_factory=list)
    in_bin: list[tuple[str, str]] = field(default_factory=list)
    not_copied: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether every dossier in use is now in the organisation store as it is here."""
        return not (self.different or self.not_copied)


def migrate(local: DossierStore, organisation: DossierStore) -> Migration:
    """Copy every dossier in use from the local store into the organisation store, whole (its
    answers, tables, adopted versions and files), each in a transaction of its own. A dossier
    that is there already is compared and left as it is; running it twice copies nothing
    twice."""
    done = Migration()
    done.in_bin = [(s.id, s.title) for s in local.summaries(deleted=True)]
    for summary in local.summaries():
        named = (summary.id, summary.title)
        try:
            dossier = local.get(summary.id)
            if organisation.exists(dossier.id):
                same = organisation.get(dossier.id) == dossier
                (done.already_there if same else done.different).append(named)
                continue
            organisation.add(dossier)
            done.copied.append(named)
        except (UnreadableDossier, StoreError) as error:
            done.not_copied.append((*named, str(error)))
    return done

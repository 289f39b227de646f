"""The organisation store on a PostgreSQL server, opened by its address: the same port as the
local store, with the server's rights deciding what the person who logs in sees."""

from __future__ import annotations

from collections.abc import Callable

from igj_afwijken.domain.model import Dossier
from igj_afwijken.storage.postgres.repository import PostgresRepository
from igj_afwijken.storage.postgres.server import (
    GROUPS,
    ServerError,
    connect,
    connection_info,
    grant,
    init_server,
    watch,
)

__all__ = [
    "GROUPS",
    "OrganisationStore",
    "ServerError",
    "connection_info",
    "grant",
    "init_server",
    "open_organisation_store",
    "watch",
]

OrganisationStore = PostgresRepository


def open_organisation_store(
    url: str,
    readiness_of: Callable[[Dossier], str] | None = None,
    changed_since_of: Callable[[Dossier], int | None] | None = None,
) -> OrganisationStore:
    """The organisation store at `url`, as the person libpq logs in as (see `connect`)."""
    return PostgresRepository(
        connect(url),
        readiness_of=readiness_of,
        changed_since_of=changed_since_of,
        reconnect=lambda: connect(url),
        address=url,
    )

"""The organisation store's set-up, for the command line: the server's tables and who may do what."""

from __future__ import annotations

from igj_afwijken.storage.organisation import GROUPS, ServerError, grant, init_server

RIGHTS = tuple(GROUPS)  # reader, writer, director

__all__ = ["RIGHTS", "ServerError", "grant_right", "init_organisation_store"]


def init_organisation_store(url: str) -> None:
    """Make (or bring up to date) the organisation store on the server at `url`."""
    init_server(url)


def grant_right(url: str, role: str, right: str, location: str = "") -> None:
    """Let a person's login role read or write one location's dossiers, or direct them all."""
    grant(url, role, right, location)

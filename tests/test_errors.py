"""What went wrong, in one plain sentence: the operating system's errors and a store's own."""

import errno
import sqlite3

from igj_afwijken.errors import explain, register_explainer


def test_an_operating_system_error_is_said_plainly():
    assert explain(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert "foutcode 9999" in explain(OSError(9999, "strange"))


def test_the_local_store_says_what_its_database_errors_mean():
    import igj_afwijken.storage.sqlite  # noqa: F401  (the store registers its explanations)

    assert explain(sqlite3.OperationalError("database or disk is full")) == "de schijf is vol"
    assert explain(sqlite3.DatabaseError("database disk image is malformed")) == (
        "het gegevensbestand is beschadigd"
    )


def test_a_store_can_register_what_its_errors_mean(monkeypatch):
    class ServerGone(Exception):
        pass

    monkeypatch.setattr("igj_afwijken.errors._EXPLAINERS", {})
    assert explain(ServerGone("connection reset")) == "connection reset"
    register_explainer(ServerGone, lambda error: "de server is niet bereikbaar")
    assert explain(ServerGone("connection reset")) == "de server is niet bereikbaar"

"""Data the tests (and the benchmark) fill a store with, written straight to its tables."""

from __future__ import annotations

REGISTER_DOSSIERS = 10_000


def insert_many_dossiers(connection, count: int = REGISTER_DOSSIERS, start: int = 0) -> None:
    """Put `count` small dossiers straight into a store: "Afwijking n", odd ones in Noord, even
    ones in Zuid, sector ggz; every thousandth answer mentions "nachtdienst"."""
    rows = [
        (f"id-{n:05d}", f"Afwijking {n}", "Noord" if n % 2 else "Zuid", "ggz", "concept")
        for n in range(start, start + count)
    ]
    moment = "2026-01-01T00:00:00+00:00"
    with connection:
        connection.executemany(
            "INSERT INTO dossiers (id, title, location, sector, status, created_at, updated_at)"
            f" VALUES (?, ?, ?, ?, ?, '{moment}', '{moment}')",
            rows,
        )
        connection.executemany(
            f"INSERT INTO answers VALUES (?, 'waarom.knelpunt', ?, '2026.1', 'v', '{moment}')",
            [
                (row[0], "nachtdienst" if n % 1000 == 0 else "dagdienst")
                for n, row in enumerate(rows, start=start)
            ],
        )

"""A fresh organisation store on the tests' PostgreSQL cluster, with dossiers at two locations,
and people logging in with a right of their own."""

from dataclasses import dataclass
from uuid import uuid4

import psycopg
import pytest
from psycopg import sql

from igj_afwijken.storage.postgres.server import grant, init_server


@dataclass
class Server:
    cluster: object
    database: str
    url: str

    def person(self, right: str | None = None, location: str = "") -> str:
        """A new person's own login role, given `right`; the store's address as that person."""
        role = f"p_{uuid4().hex[:10]}"
        with self.admin() as admin:
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        if right:
            grant(self.url, role, right, location)
        return self.cluster.url(role, self.database)

    def login(self, right: str | None = None, location: str = "") -> psycopg.Connection:
        """A raw connection as a new person with `right`, as `psql` would make it."""
        return psycopg.connect(self.person(right, location), autocommit=True)

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True)


@pytest.fixture
def server(postgres) -> Server:
    """A new database on the test cluster, made an organisation store by `server init`."""
    database = f"igj_{uuid4().hex[:10]}"
    with psycopg.connect(postgres.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    made = Server(postgres, database, postgres.url(database=database))
    init_server(made.url)
    with made.admin() as admin:
        for dossier, location in (("a1", "Huize Het Anker"), ("a2", "Huize Het Anker"),
                                  ("b1", "De Boei")):  # fmt: skip
            admin.execute(
                "INSERT INTO dossiers (id, title, location, created_at, updated_at)"
                " VALUES (%s, %s, %s, '2026-12-04T10:00:00+00:00', '2026-12-04T10:00:00+00:00')",
                (dossier, f"Afwijking {dossier}", location),
            )
            admin.execute(
                "INSERT INTO answers VALUES (%s, 'waarom.reden', 'Te weinig personeel', '2026.1',"
                " 'Waarom?', '2026-12-04T10:00:00+00:00')",
                (dossier,),
            )
    return made

"""Bringing a store's schema up to date with Alembic: one tool for the local and the organisation store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Alembic and SQLAlchemy are read only when a store is behind
    from alembic.runtime.migration import MigrationContext, MigrationInfo
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

# Each folder holds one store's revisions, numbered from 0001; a released one never changes.
LOCAL_REVISIONS = Path(__file__).parent / "local"
ORGANISATION_REVISIONS = Path(__file__).parent / "organisation"

StepDone = Callable[["Connection", str], None]


def run(statements: Iterable[str]) -> None:
    """Run a revision's statements as written, in the revision's transaction: straight to the
    driver, without parameters, so that a ':' or '%' in the SQL stays what it is."""
    from alembic import op

    cursor = op.get_bind().connection.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


@cache
def revisions(folder: Path) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(folder), version_locations=[str(folder)])


def head(folder: Path) -> str:
    return revisions(folder).get_current_head() or ""


def current(connection: Connection) -> str:
    """The revision a store is at by Alembic's own record, or "" when it has none."""
    from alembic.runtime.migration import MigrationContext

    began = not connection.in_transaction()
    revision = MigrationContext.configure(connection).get_current_revision() or ""
    if began:  # an upgrade inside a transaction begun before it would never be committed
        connection.rollback()
    return revision


def stamp(connection: Connection, folder: Path, revision: str) -> None:
    """Record that a store made before Alembic kept its record is at REVISION."""
    from alembic.runtime.migration import MigrationContext

    MigrationContext.configure(connection).stamp(revisions(folder), revision)
    connection.commit()


def upgrade(
    connection: Connection,
    folder: Path,
    to: str = "head",
    each_in_its_own_transaction: bool = False,
    step_done: StepDone | None = None,
) -> None:
    """Run the revisions from where the store is up to TO. STEP_DONE runs inside each step's
    transaction, after the step, with the revision it reached. CONNECTION must not be inside a
    transaction: Alembic commits only the transactions it begins itself."""
    from alembic.config import Config
    from alembic.runtime.environment import EnvironmentContext

    scripts = revisions(folder)

    def steps(reached: Any, context: Any) -> Any:
        return scripts._upgrade_revs(to, reached)

    def applied(ctx: MigrationContext, step: MigrationInfo, heads: Any, run_args: Any) -> None:
        if step_done is not None and ctx.connection is not None and step.up_revision_id:
            step_done(ctx.connection, step.up_revision_id)

    with EnvironmentContext(Config(), scripts, fn=steps, destination_rev=to) as environment:
        environment.configure(
            connection=connection,
            transaction_per_migration=each_in_its_own_transaction,
            on_version_apply=applied,
        )
        with environment.begin_transaction():
            environment.run_migrations()

"""Alembic brings both stores up to date: the local store's revisions, its version kept twice in
step, and the runner itself on a folder of its own."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from igj_afwijken.storage import migrations
from igj_afwijken.storage.port import StoreError
from igj_afwijken.storage.sqlite.connection import open_store, schema_version, store_path
from igj_afwijken.storage.sqlite.schema import SCHEMA_VERSION, migrate


def _alembic_record(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute("SELECT version_num FROM alembic_version")]
    finally:
        db.close()


@pytest.mark.parametrize(
    "folder", [migrations.LOCAL_REVISIONS, migrations.ORGANISATION_REVISIONS], ids=["local", "org"]
)
def test_the_revisions_are_one_numbered_chain_each_file_named_by_its_number(folder):
    scripts = migrations.revisions(folder)
    chain = list(reversed(list(scripts.walk_revisions())))
    numbers = [f"{n:04d}" for n in range(1, len(chain) + 1)]
    assert [script.revision for script in chain] == numbers
    assert [script.down_revision for script in chain] == [None, *numbers[:-1]]
    for script in chain:
        assert Path(script.path).name.startswith(script.revision + "_")
    assert scripts.get_heads() == [numbers[-1]]


def test_the_schema_version_the_store_opens_at_is_the_newest_local_revision():
    assert f"{SCHEMA_VERSION:04d}" == migrations.head(migrations.LOCAL_REVISIONS)


def test_a_new_store_is_made_by_every_revision_and_says_so_in_both_records(isolated_data_dir):
    open_store(isolated_data_dir).close()
    assert _alembic_record(store_path(isolated_data_dir)) == [f"{SCHEMA_VERSION:04d}"]
    db = sqlite3.connect(store_path(isolated_data_dir))
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_an_upgrade_can_stop_at_an_earlier_revision_and_go_on_later(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    db = sqlite3.connect(store_path(isolated_data_dir), isolation_level=None)
    migrate(db, to=3)
    assert schema_version(db) == 3
    columns = {row[1] for row in db.execute("PRAGMA table_info(dossiers)")}
    assert "topics" in columns and "evaluator" not in columns  # revision 3 ran, 4 did not
    migrate(db)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()
    assert _alembic_record(store_path(isolated_data_dir)) == [f"{SCHEMA_VERSION:04d}"]


def test_a_store_at_the_newest_revision_opens_without_loading_alembic(isolated_data_dir):
    open_store(isolated_data_dir).close()
    opened = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from igj_afwijken.storage.sqlite.connection import open_store\n"
            "open_store(Path(sys.argv[1])).close()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy')))",
            str(isolated_data_dir),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert opened.stdout.strip() == "[]"


def test_a_failing_revision_keeps_the_steps_before_it_and_both_records_agree(
    isolated_data_dir, monkeypatch
):
    fourth = migrations.revisions(migrations.LOCAL_REVISIONS).get_revision("0004")
    monkeypatch.setattr(
        fourth.module, "STATEMENTS", ("ALTER TABLE dossiers ADD COLUMN evaluator TEXT", "NOT SQL")
    )
    with pytest.raises(StoreError):
        open_store(isolated_data_dir)
    db = sqlite3.connect(store_path(isolated_data_dir))
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "evaluator" not in {row[1] for row in db.execute("PRAGMA table_info(dossiers)")}
    db.close()
    assert _alembic_record(store_path(isolated_data_dir)) == ["0003"]
    monkeypatch.undo()
    open_store(isolated_data_dir).close()  # the next start goes on from there
    assert _alembic_record(store_path(isolated_data_dir)) == [f"{SCHEMA_VERSION:04d}"]


def _write_revision(folder: Path, number: int, statements: tuple[str, ...]) -> None:
    down = f'"{number - 1:04d}"' if number > 1 else "None"
    (folder / f"{number:04d}_step.py").write_text(
        "from igj_afwijken.storage.migrations import run\n"
        f'revision = "{number:04d}"\n'
        f"down_revision = {down}\n"
        f"STATEMENTS = {statements!r}\n"
        "def upgrade():\n"
        "    run(STATEMENTS)\n",
        "utf-8",
    )


def test_statements_run_as_written_and_each_step_is_reported_in_its_transaction(tmp_path):
    """A ':name' or '%s' in a revision's SQL is text, not a parameter to bind."""
    folder = tmp_path / "revisions"
    folder.mkdir()
    _write_revision(folder, 1, ("CREATE TABLE said (text TEXT)",))
    _write_revision(folder, 2, ("INSERT INTO said VALUES (':name %s %(x)s 10:30')",))
    engine = create_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    reached: list[tuple[str, bool]] = []
    with engine.connect() as bound:
        migrations.upgrade(
            bound,
            folder,
            each_in_its_own_transaction=True,
            step_done=lambda connection, revision: reached.append(
                (revision, connection.in_transaction())
            ),
        )
        assert bound.exec_driver_sql("SELECT text FROM said").scalar() == ":name %s %(x)s 10:30"
        assert migrations.current(bound) == "0002"
    engine.dispose()
    assert reached == [("0001", True), ("0002", True)]

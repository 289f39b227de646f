"""The benchmark keeps working: a quick run prints its table and writes every figure as JSON.
(It checks the benchmark's output, never how fast anything was: these machines are shared.)"""

import importlib.util
import json
from pathlib import Path

import pytest

from tests import postgres_cluster
from tools import bench

pytestmark = pytest.mark.slow  # the whole benchmark at its quick sizes


def test_a_quick_benchmark_run_reports_every_figure(tmp_path, capsys):
    output = tmp_path / "bench.json"
    assert bench.main(["--quick", "--json", str(output)]) == 0
    figures = json.loads(output.read_text("utf-8"))
    names = [figure["name"] for figure in figures]
    areas = ["cold start", "bare Qt, a window with the same widgets", "render", "keystroke",
             "autosave", "register", "filter", "full-text", "memory", "bytes on disk",
             "save of an answer", "import a"]  # fmt: skip
    if postgres_cluster.binaries() is not None:  # scripts/test.sh and scripts/bench.sh install it
        areas += ["programs each saving", "as fast as they can", "lost or merged away"]
    for area in areas:
        assert any(area in name for name in names), area
    for lost in (f for f in figures if "lost or merged away" in f["name"]):
        assert lost["value"] == 0, lost  # every save of every program is on the server
    for figure in figures:
        assert set(figure) == {"name", "value", "unit", "floor", "ratio", "target", "met",
                               "at_least"}  # fmt: skip
        assert figure["value"] >= 0 and isinstance(figure["met"], bool)
        if figure["floor"] is not None:
            assert figure["floor"] > 0
            assert figure["ratio"] == round(figure["value"] / figure["floor"], 3)
    printed = capsys.readouterr().out
    assert printed.count("\n") >= len(figures) + 1 and "met" in printed


def test_the_programs_timed_processes_start_from_compiled_modules():
    """As an installed program does: every module compiled from its source as it is now (a
    compiled module records its source's time and size)."""
    package = bench.compile_program()
    sources = sorted(package.rglob("*.py"))
    assert any(source.parent.name == "gui" for source in sources)
    for source in sources:
        compiled = Path(importlib.util.cache_from_source(str(source)))
        header = compiled.read_bytes()[:16]
        stat = source.stat()
        assert int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF, source
        assert int.from_bytes(header[12:16], "little") == stat.st_size & 0xFFFFFFFF, source


def test_the_benchmarks_organisation_store_has_the_search_rows_its_saves_would_make(postgres):
    """Its copies are made on the server past the triggers; their trigram signatures must
    still hold every trigram of their text, or the filter would be timed on less work."""
    from uuid import uuid4

    import psycopg
    from psycopg import sql

    from igj_afwijken.storage.postgres.server import init_server, search_part_queries

    database = f"igj_{uuid4().hex[:10]}"
    with psycopg.connect(postgres.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    address = postgres.url(database=database)
    init_server(address)
    bench._server_of_many_examples(address, 12)
    with psycopg.connect(address) as admin:
        assert admin.execute("SELECT count(*) FROM search_signatures").fetchone() == (12,)
        names = set(admin.execute("SELECT * FROM search_names").fetchall())
        made = admin.execute(search_part_queries()["names"][1]).fetchall()
        lacking = admin.execute(
            "SELECT s.dossier_id, s.part FROM search_parts s"
            " JOIN search_signatures g ON g.dossier_id = s.dossier_id,"
            " igj_trigram_places(s.body) p WHERE get_bit(g.trigrams, p) = 0"
        ).fetchall()
    assert lacking == []
    assert names == {(dossier, body) for dossier, _, _, body in made} and len(names) == 12

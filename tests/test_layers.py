"""The layers keep to their rules (import-linter's contracts), the data layers stay free of Qt,
no database name leaves the SQLite store, and the packaging ships every package."""

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "igj_afwijken"
WIDGET_FREE = ["domain", "storage", "rendering", "formats", "services"]
QT_FREE_MODULES = [
    "igj_afwijken.domain.model",
    "igj_afwijken.domain.catalogue",
    "igj_afwijken.domain.readiness",
    "igj_afwijken.domain.lifecycle",
    "igj_afwijken.storage.port",
    "igj_afwijken.storage.local",
    "igj_afwijken.storage.sqlite.connection",
    "igj_afwijken.storage.sqlite.repository",
    "igj_afwijken.formats.exchange",
    "igj_afwijken.rendering.templating",
    "igj_afwijken.rendering.markdown",
    "igj_afwijken.rendering.document",
    "igj_afwijken.services.dossiers",
    "igj_afwijken.services.documents",
]


def _imports(path):
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_domain_storage_and_rendering_never_import_widgets():
    offenders = [
        (str(path.relative_to(ROOT)), name)
        for layer in WIDGET_FREE
        for path in (PACKAGE / layer).rglob("*.py")
        for name in _imports(path)
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport"))
    ]
    assert offenders == []


def test_the_data_layers_and_jinja_part_load_no_qt_at_all():
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in QT_FREE_MODULES)
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_resource_folder_is_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    folders = {
        "igj_afwijken.resources." + p.name for p in (ROOT / "resources").iterdir() if p.is_dir()
    }
    assert folders <= set(config["packages"])
    for package in folders:
        assert config["package-dir"][package] == package.replace("igj_afwijken.", "").replace(
            ".", "/"
        )
        assert package in config["package-data"]


def test_the_layer_contracts_hold():
    """The contracts in .importlinter: domain is plain Python; rendering knows no store, file
    format or window; storage no documents or window; the window and the command line reach
    storage only through services."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# A statement of SQL in a string, as a store's code would hold it.
_SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX"
    r"|TRIGGER|VIEW|VIRTUAL)|PRAGMA\s|BEGIN\s+IMMEDIATE)\b",
    re.S,
)


def _database_names(path):
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            for name in names:
                if name and (name.split(".")[0] in {"sqlite3", "psycopg", "sqlalchemy"}):
                    yield node.lineno, name
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _SQL.search(node.value)
        ):
            yield node.lineno, node.value[:40]


def test_no_sql_and_no_database_module_outside_the_stores():
    stores = (
        PACKAGE / "storage" / "sqlite",
        PACKAGE / "storage" / "postgres",
        PACKAGE / "storage" / "migrations",  # both stores' revisions
    )
    shared_tables = PACKAGE / "storage" / "tables.py"
    offenders = [
        (str(path.relative_to(ROOT)), line, name)
        for path in PACKAGE.rglob("*.py")
        if path != shared_tables and not any(store in path.parents for store in stores)
        for line, name in _database_names(path)
    ]
    assert offenders == []


def test_the_sql_check_sees_sql():
    found = list(_database_names(PACKAGE / "storage" / "sqlite" / "repository.py"))
    assert any(name == "sqlite3" for _, name in found)
    assert any("SELECT" in str(name) for _, name in found)


def test_every_package_is_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    packages = {
        ".".join(path.parent.relative_to(ROOT).parts) for path in PACKAGE.rglob("__init__.py")
    }
    assert packages <= set(config["packages"])


def test_the_domain_tests_need_no_qapplication():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/domain"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "IGJ_AFWIJKEN_EXPECT_NO_QT": "1"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]

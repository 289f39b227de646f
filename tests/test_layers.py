"""The data layers stay free of widgets, and the packaging ships every resource folder."""

import ast
import subprocess
import sys
import tomllib

from tests.conftest import ROOT

PACKAGE = ROOT / "igj_afwijken"
WIDGET_FREE = ["domain", "storage", "rendering"]
QT_FREE_MODULES = [
    "igj_afwijken.domain.model",
    "igj_afwijken.domain.catalogue",
    "igj_afwijken.domain.readiness",
    "igj_afwijken.storage.sqlite.connection",
    "igj_afwijken.storage.sqlite.repository",
    "igj_afwijken.formats.exchange",
    "igj_afwijken.rendering.templating",
    "igj_afwijken.rendering.markdown",
    "igj_afwijken.rendering.document",
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

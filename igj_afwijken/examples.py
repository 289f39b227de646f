"""The example dossiers in resources/examples: to look at, to learn from, or to start from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from igj_afwijken import i18n, paths
from igj_afwijken.formats import exchange

DEFAULT_EXAMPLE = "vrijwilliger-oud-verpleegkundige"


@dataclass(frozen=True)
class ExampleFile:
    name: str  # the file name without .json; stable, used in settings and tests
    path: Path
    title: str
    sector: str


def examples_dir() -> Path:
    """The examples in the program's language: Dutch at the top, others in a folder each."""
    folder = paths.resources_dir() / "examples"
    if i18n.language() != i18n.SOURCE_LANGUAGE and (folder / i18n.language()).is_dir():
        return folder / i18n.language()
    return folder


def example_files(folder: Path | None = None) -> list[ExampleFile]:
    """Every readable example, the default one first; an unreadable file is left out. Only the
    title and sector are read here (this runs at start-up); opening an example validates it."""
    found = []
    for path in sorted((folder or examples_dir()).glob(f"*{exchange.FILE_SUFFIX}")):
        try:
            document = json.loads(path.read_bytes())
            dossier = document["dossier"]
            if document.get("format") != exchange.FORMAT:
                continue
            found.append(
                ExampleFile(path.stem, path, str(dossier["title"]), str(dossier["sector"]))
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda example: example.name != DEFAULT_EXAMPLE)

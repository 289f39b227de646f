"""Refresh the translation files from the code and the templates, keeping what is translated.

pyside6-lupdate finds every tr(), self.tr() and translate() in the code; the templates' _() and
{% trans %} texts are handed to it as translate("templates", …) lines, since it cannot read
Jinja. pyside6-lrelease then compiles each .ts into the .qm file the program loads."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from igj_afwijken import i18n  # noqa: E402 (after the path is set)
from igj_afwijken.rendering.templating import TEMPLATES_CONTEXT, environment  # noqa: E402


def template_texts(templates: Path) -> list[str]:
    env = environment(templates)
    texts: list[str] = []
    for path in sorted([*templates.glob("*.html.j2"), *templates.glob("*.typ.j2")]):
        for _line, _function, message in env.extract_translations(path.read_text("utf-8")):
            forms = message if isinstance(message, tuple) else (message,)  # ngettext: both
            texts.extend(text for text in forms if text and text not in texts)
    return texts


def refresh(folder: Path) -> None:
    tools = Path(sys.executable).parent
    sources = sorted(str(path) for path in (ROOT / "igj_afwijken").rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        stub = Path(scratch) / "templates.py"
        stub.write_text(
            "".join(
                f"translate({TEMPLATES_CONTEXT!r}, {text!r})\n"
                for text in template_texts(ROOT / "templates")
            ),
            encoding="utf-8",
        )
        for language in i18n.LANGUAGES:
            if language == i18n.SOURCE_LANGUAGE:
                continue
            ts = folder / f"igj_afwijken_{language}.ts"
            lupdate = [tools / "pyside6-lupdate", "-locations", "none", "-no-obsolete"]
            lupdate += ["-source-language", i18n.SOURCE_LANGUAGE, "-target-language", language]
            subprocess.run([*lupdate, *sources, str(stub), "-ts", str(ts)], check=True)
            lrelease = [tools / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))]
            subprocess.run(lrelease, check=True)
        for supplement in sorted(folder.glob("qtbase_aanvulling_*.ts")):  # kept by hand
            qm = str(supplement.with_suffix(".qm"))
            subprocess.run([tools / "pyside6-lrelease", str(supplement), "-qm", qm], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folder",
        type=Path,
        default=ROOT / "resources" / "translations",
        help="where the files go",
    )
    refresh(parser.parse_args().folder)


if __name__ == "__main__":
    main()

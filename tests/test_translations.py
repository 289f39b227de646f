"""The English translation file: current with the code and templates, complete, and compiled."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from igj_afwijken import i18n
from tests.conftest import ROOT

TRANSLATED = [language for language in i18n.LANGUAGES if language != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\d|%n|%\(\w+\)s|\{\w*\}")
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → its translation, or its plural forms."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = []
            elif message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[(name, message.findtext("source"))] = forms
    return found


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.fixture(scope="module")
def fresh_folder(tmp_path_factory):
    """The translation files the refresh script makes from the code as it is now."""
    folder = tmp_path_factory.mktemp("translations")
    script = ROOT / "scripts" / "update_translations.py"
    subprocess.run([sys.executable, script, "--folder", folder], check=True, capture_output=True)
    return folder


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_translation_file_holds_exactly_the_texts_of_the_code_and_templates(
    language, fresh_folder
):
    committed = messages(i18n.translations_dir() / f"igj_afwijken_{language}.ts")
    current = messages(fresh_folder / f"igj_afwijken_{language}.ts")
    assert sorted(set(current) - set(committed)) == [], "run scripts/translations.sh"
    assert sorted(set(committed) - set(current)) == [], "run scripts/translations.sh"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_with_its_placeholders_and_shortcut(language):
    for (context, source), forms in messages(
        i18n.translations_dir() / f"igj_afwijken_{language}.ts"
    ).items():
        where = f"{context}: {source}"
        assert forms and all(form.strip() for form in forms), f"untranslated: {where}"
        for form in forms:
            assert Counter(PLACEHOLDER.findall(form)) == Counter(PLACEHOLDER.findall(source)), where
            assert accelerators(form) == accelerators(source), where


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_file_is_made_from_the_translation_file(language, tmp_path):
    ts = i18n.translations_dir() / f"igj_afwijken_{language}.ts"
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", ts, "-qm", compiled], check=True, capture_output=True
    )
    assert compiled.read_bytes() == i18n.translation_file(language).read_bytes()

"""The program's language, Dutch or English, for the window, the commands and the documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken import paths

if TYPE_CHECKING:  # Qt loads only when a translation is needed: the domain stays free of it
    from PySide6.QtCore import QTranslator

SOURCE_LANGUAGE = "nl"  # the language the program is written in; it needs no translation file
LANGUAGES = ("nl", "en")
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each name in its own language
LANGUAGE_KEY = "display/language"  # in the data folder's settings file
LOCALES = {"nl": "nl_NL", "en": "en_GB"}


class LanguageError(Exception):
    """A language the program does not speak, or whose translation file is missing."""


_language = SOURCE_LANGUAGE
_translator: QTranslator | None = None


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def translation_file(language: str) -> Path:
    return translations_dir() / f"igj_afwijken_{language}.qm"


def use_language(language: str) -> None:
    """Speak this language from now on: in words the program shows, writes and prints."""
    global _language, _translator
    if language not in LANGUAGES:
        raise LanguageError(f"unknown language {language!r}: choose from {', '.join(LANGUAGES)}")
    translator = None
    if language != SOURCE_LANGUAGE:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        if not translator.load(str(translation_file(language))):
            raise LanguageError(f"cannot read the translation {translation_file(language)}")
    _language, _translator = language, translator


def language() -> str:
    return _language


def translator() -> QTranslator | None:
    """The loaded translation, for the window to install; None for the program's own language."""
    return _translator


def translate_in(language: str, context: str, text: str) -> str:
    """The text in another language than the current one (to ask about switching to it)."""
    if language == _language:
        return translate(context, text)
    if language == SOURCE_LANGUAGE:
        return text
    from PySide6.QtCore import QTranslator

    other = QTranslator()
    if not other.load(str(translation_file(language))):
        return text
    return other.translate(context, text) or text


def translate(context: str, text: str) -> str:
    """The text in the current language; the text itself where no translation exists."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def settings_file(data_dir: Path) -> Path:
    return data_dir / "instellingen.ini"


def saved_language(data_dir: Path) -> str:
    """The language chosen in Instellingen for this data folder, or Dutch."""
    if not settings_file(data_dir).exists():
        return SOURCE_LANGUAGE
    from PySide6.QtCore import QSettings

    return known_language(
        QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat).value(LANGUAGE_KEY)
    )


def known_language(value: object) -> str:
    """A stored language, or Dutch when it is none the program speaks."""
    return str(value) if value in LANGUAGES else SOURCE_LANGUAGE

"""Spelling: which words the dictionary of a language knows, what it suggests for the others,
and the words the user added to the word list of the data folder."""

from __future__ import annotations

import threading
import time
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken import paths
from igj_afwijken.domain.laws import load_laws
from igj_afwijken.fileio import write_atomic

if TYPE_CHECKING:
    from spylls.hunspell import Dictionary

WORD_LIST_FILE = "woordenlijst.txt"
# The Hunspell dictionary of each language the program speaks: OpenTaal's Dutch, and British
# English (the program's English is British). See resources/dictionaries/README.md.
DICTIONARIES = {"nl": "nl", "en": "en_GB"}
MOST_SUGGESTIONS = 5
# Some misspellings send Hunspell's n-gram search through the whole word list for seconds; a menu
# waits for suggestions no longer than this.
SUGGESTION_SECONDS = 1.5


class SpellingUnavailable(Exception):
    """The dictionary of a language cannot be read; the message says which and why."""


class Speller:
    """Looks words up in one dictionary per language, loaded when first needed (a few seconds,
    so a window does it off its own thread), and in the user's word list."""

    def __init__(self, data_dir: Path, dictionaries: Path | None = None) -> None:
        self._word_list = Path(data_dir) / WORD_LIST_FILE
        self._folder = dictionaries or paths.resources_dir() / "dictionaries"
        self._unwritable: OSError | None = None
        self._word_list_bytes = b""
        self._own_lines = self._read_word_list()
        self._own = {line.casefold() for line in self._own_lines if line.strip()}

    def knows(self, word: str, language: str) -> bool:
        """Whether the word is spelled right: in the dictionary, the word list or the laws'
        own abbreviations; a hyphenated word when each of its parts is."""
        word = word.replace("’", "'")
        if word.casefold() in self._own or word.casefold() in _law_words(language):
            return True
        self.dictionary(language)  # loaded, or SpellingUnavailable
        if _in_dictionary(self._dictionary_path(language), word):
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(part and self.knows(part, language) for part in parts)

    def suggestions(self, word: str, language: str) -> list[str]:
        """Up to MOST_SUGGESTIONS words the dictionary offers instead, best first."""
        found: list[str] = []
        stop_at = time.monotonic() + SUGGESTION_SECONDS
        for suggestion in self.dictionary(language).suggest(word.replace("’", "'")):
            if suggestion not in found:
                found.append(suggestion)
            if len(found) == MOST_SUGGESTIONS or time.monotonic() > stop_at:
                break
        return found

    def add_word(self, word: str) -> None:
        """Add the word to the data folder's word list: from now on it is spelled right. The
        list is only added to, so whatever else it holds (edited by hand, another encoding)
        stays exactly as it was."""
        if word.casefold() in self._own:
            return
        if self._unwritable is not None:
            raise self._unwritable
        before = self._word_list_bytes
        if before and not before.endswith(b"\n"):
            before += b"\n"
        after = before + word.encode("utf-8") + b"\n"
        write_atomic(self._word_list, after, private=True)
        self._word_list_bytes = after
        self._own_lines.append(word)
        self._own.add(word.casefold())

    @property
    def own_words(self) -> list[str]:
        return [line for line in self._own_lines if line.strip()]

    def dictionary(self, language: str) -> Dictionary:
        path = self._dictionary_path(language)
        try:
            return _load_dictionary(path)
        except (OSError, ValueError, LookupError) as error:
            raise SpellingUnavailable(f"{path.name}: {error}") from error

    def _dictionary_path(self, language: str) -> Path:
        return self._folder / DICTIONARIES.get(language, DICTIONARIES["nl"])

    def _read_word_list(self) -> list[str]:
        try:
            self._word_list_bytes = self._word_list.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as error:  # kept as it is: adding a word would write over it
            self._unwritable = error
            return []
        text = self._word_list_bytes.decode("utf-8", "replace")
        return [line.strip() for line in text.split("\n")]


_loading = threading.Lock()


def _load_dictionary(path: Path) -> Dictionary:
    """A dictionary, read once for the whole program (a few seconds and about 160 MB for
    Dutch), whichever window or thread asks first."""
    from spylls.hunspell import Dictionary  # not at start-up: the register needs none

    with _loading:
        if path not in _loaded:
            _loaded[path] = Dictionary.from_files(str(path))
        return _loaded[path]


_loaded: dict[Path, Dictionary] = {}


@lru_cache(maxsize=200_000)
def _in_dictionary(path: Path, word: str) -> bool:
    """A word looked up once for every window (a lookup takes a few tenths of a millisecond)."""
    return bool(_load_dictionary(path).lookup(word))


@cache
def _law_words(language: str) -> frozenset[str]:
    """The laws' abbreviations and names as words (Wzd, Wkkgz), which no dictionary holds."""
    return frozenset(
        word.casefold()
        for law in load_laws(language)
        for form in law.forms
        for word in form.replace("’", "'").split()
    )

"""Spelling: which words the dictionary of a language knows, what it suggests for the others,
and the words the user added to the word list of the data folder; the dictionaries may be
consulted in a process of their own."""

from __future__ import annotations

import multiprocessing
import threading
import time
from functools import cache, lru_cache
from multiprocessing.connection import Connection
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

    def __init__(self, data_dir: Path | None, dictionaries: Path | None = None) -> None:
        """Without a data folder, only the dictionaries are consulted."""
        self._word_list = None if data_dir is None else Path(data_dir) / WORD_LIST_FILE
        self._folder = dictionaries or paths.resources_dir() / "dictionaries"
        self._unwritable: OSError | None = None
        self._word_list_bytes = b""
        self._own_lines = self._read_word_list()
        self._own = {line.casefold() for line in self._own_lines if line.strip()}

    def knows(self, word: str, language: str) -> bool:
        """Whether the word is spelled right: in the dictionary, the word list or the laws'
        own abbreviations; a hyphenated word when each of its parts is."""
        word = word.replace("’", "'")
        if self.in_word_list(word) or word.casefold() in _law_words(language):
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
        if self._word_list is None:
            raise OSError("no data folder for a word list")
        before = self._word_list_bytes
        if before and not before.endswith(b"\n"):
            before += b"\n"
        after = before + word.encode("utf-8") + b"\n"
        write_atomic(self._word_list, after, private=True)
        self._word_list_bytes = after
        self._own_lines.append(word)
        self._own.add(word.casefold())

    def in_word_list(self, word: str) -> bool:
        return word.replace("’", "'").casefold() in self._own

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
        if self._word_list is None:
            return []
        try:
            self._word_list_bytes = self._word_list.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as error:  # kept as it is: adding a word would write over it
            self._unwritable = error
            return []
        text = self._word_list_bytes.decode("utf-8", "replace")
        return [line.strip() for line in text.split("\n")]


class SpellingProcess:
    """The dictionaries consulted in a process of their own: reading one takes seconds of
    Python, and in a thread that would make the window wait for its turn at every keystroke.
    Used from one thread at a time; a process that stopped is started again on the next
    question."""

    def __init__(self, dictionaries: Path | None = None) -> None:
        self._dictionaries = dictionaries
        self._connection: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None

    def knows(self, words: list[str], language: str) -> dict[str, bool]:
        return self._ask(("knows", language, words))

    def suggestions(self, word: str, language: str) -> list[str]:
        return self._ask(("suggest", language, word))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()  # the process ends when its end of the pipe closes
            self._connection = None
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
            self._process = None

    def _ask(self, question: tuple):  # noqa: ANN202 - the answer's type depends on the question
        if self._process is None or not self._process.is_alive():
            self.close()
            try:
                self._start()
            except (OSError, RuntimeError, ValueError) as error:  # no process can be made
                raise SpellingUnavailable(f"no spelling process ({error})") from error
        assert self._connection is not None
        try:
            self._connection.send(question)
            kind, answer = self._connection.recv()
        except (EOFError, OSError) as error:
            self.close()
            raise SpellingUnavailable(f"the spelling process stopped ({error!r})") from error
        if kind == "unavailable":
            raise SpellingUnavailable(answer)
        return answer

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=serve, args=(theirs, self._dictionaries), name="igj-spelling", daemon=True
        )
        process.start()
        theirs.close()
        self._connection, self._process = ours, process


def serve(connection: Connection, dictionaries: Path | None) -> None:
    """The spelling process: answers questions until the program closes its end of the pipe."""
    speller = Speller(None, dictionaries)
    while True:
        try:
            kind, language, subject = connection.recv()
        except (EOFError, OSError):
            return
        try:
            if kind == "knows":
                answer: object = {word: _judged(speller, word, language) for word in subject}
            else:
                answer = speller.suggestions(subject, language)
            connection.send(("ok", answer))
        except SpellingUnavailable as error:
            connection.send(("unavailable", str(error)))
        except Exception:  # noqa: BLE001 - a word the checker trips over gets no suggestions
            connection.send(("ok", []))


def _judged(speller: Speller, word: str, language: str) -> bool:
    """Whether to leave the word alone: spelled right, or a word the checker trips over (a
    word that cannot be judged is not marked wrong)."""
    try:
        return speller.knows(word, language)
    except SpellingUnavailable:
        raise
    except Exception:  # noqa: BLE001
        return True


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

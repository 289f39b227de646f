"""Laws a care provider cannot deviate from, known by name: recognised in a rule and in answers."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from igj_afwijken import i18n, paths
from igj_afwijken.domain.catalogue import ID_PATTERN, CatalogueError
from igj_afwijken.domain.model import Rule

LAWS_FILE = "wetten"

# What may stand between the words of a name: spaces, a comma, a hyphen or a slash.
_SEPARATOR = r"[\s,\-‐–—/]+"
_KEYS = frozenset(
    {"id", "name", "abbreviations", "names", "requires", "source", "triggers", "trigger_message"}
)


@dataclass(frozen=True)
class Law:
    """A law by its names, what it requires and where it is published."""

    id: str
    name: str
    abbreviations: tuple[str, ...]
    names: tuple[str, ...]
    requires: str
    source: str
    triggers: tuple[str, ...] = ()  # words in answers that point at the law
    trigger_message: str = ""  # the point of attention, with {trigger} for the word found

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the law is written: its name, abbreviations and other names."""
        return (self.name, *self.abbreviations, *self.names)

    @property
    def title(self) -> str:
        """The name with the first abbreviation: "Wet zorg en dwang (Wzd)"."""
        if not self.abbreviations:
            return self.name
        return f"{self.name} ({self.abbreviations[0]})"


def laws_path(language: str) -> Path:
    return paths.resources_dir() / "catalogue" / f"{LAWS_FILE}.{language}.toml"


def load_laws(language: str = "") -> tuple[Law, ...]:
    """The laws, described in a language (the program's current one by default), read once."""
    return _load_laws(language or i18n.language())


@cache
def _load_laws(language: str) -> tuple[Law, ...]:
    return read_laws(laws_path(language))


def read_laws(path: Path) -> tuple[Law, ...]:
    """Read and check a list of laws; a malformed file raises a CatalogueError naming the entry."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise CatalogueError(f"cannot read the list of laws {path}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"the list of laws {path} is not valid TOML: {error}") from error
    entries = data.get("laws")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(f"the list of laws {path} has no [[laws]]")
    laws = tuple(_law(entry, number, path) for number, entry in enumerate(entries, start=1))
    ids: set[str] = set()
    seen: dict[str, str] = {}
    for law in laws:
        if law.id in ids:
            raise CatalogueError(f"the list of laws {path}: the id {law.id!r} is used twice")
        ids.add(law.id)
        for form in law.forms:
            key = _key(form)
            if key in seen and seen[key] != law.id:
                raise CatalogueError(
                    f"the list of laws {path}: {form!r} of {law.id!r} is already"
                    f" listed under {seen[key]!r}"
                )
            seen[key] = law.id
    return laws


def _law(entry: object, number: int, path: Path) -> Law:
    where = f"the list of laws {path}, law {number}"
    if not isinstance(entry, dict):
        raise CatalogueError(f"{where} is not a table")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise CatalogueError(f"{where} has unknown keys {unknown}")
    law_id = entry.get("id")
    if not isinstance(law_id, str) or not ID_PATTERN.match(law_id) or "." in law_id:
        raise CatalogueError(f"{where} lacks an `id` of lower-case letters")
    where = f"{where} ({law_id!r})"
    texts: dict[str, str] = {}
    for key in ("name", "requires", "source"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(f"{where} lacks a `{key}`")
        texts[key] = value
    words = {}
    for key in ("abbreviations", "names", "triggers"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, str) and re.search(r"\w", v) for v in value
        ):
            raise CatalogueError(f"{where}: `{key}` must be a list of words")
        words[key] = tuple(" ".join(v.split()) for v in value)
    message = entry.get("trigger_message", "")
    if not isinstance(message, str):
        raise CatalogueError(f"{where}: `trigger_message` must be a text")
    if words["triggers"] and "{trigger}" not in message:
        raise CatalogueError(f"{where} has `triggers` but no `trigger_message` with {{trigger}}")
    try:
        message.format(trigger="")
    except (KeyError, IndexError, ValueError) as error:
        raise CatalogueError(f"{where}: `trigger_message` has a wrong placeholder") from error
    return Law(
        id=law_id,
        name=" ".join(texts["name"].split()),
        abbreviations=words["abbreviations"],
        names=words["names"],
        requires=" ".join(texts["requires"].split()),
        source=" ".join(texts["source"].split()),
        triggers=words["triggers"],
        trigger_message=" ".join(message.split()),
    )


# --- Recognising laws --------------------------------------------------------------------------


def fold(text: str) -> str:
    """Text as the search sees it: without accents, in lower case ("Cliënten" → "clienten")."""
    if text.isascii():
        return text.lower()
    # Folding works character by character, so each distinct non-ASCII character is folded once
    # and replaced throughout: one pass per such character over a long answer, not a Python call
    # for every character of it.
    # Once no other character is left the rest need not be searched: isascii() is free.
    position = 0
    while not text.isascii() and (found := _NON_ASCII.search(text, position)) is not None:
        character = found.group()
        folded = _fold_character(character)
        if folded != character:
            text = text.replace(character, folded)
        position = found.start() + len(folded)
    return text.casefold()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@cache
def _fold_character(character: str) -> str:
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key(form: str) -> str:
    return " ".join(re.findall(r"\w+", fold(form)))


def _words(form: str) -> str:
    """A regular expression for the words of a form, whatever stands between them."""
    return _SEPARATOR.join(re.escape(word) for word in re.findall(r"\w+", fold(form)))


@cache
def _name_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the forms as a whole word: "BIG" in "Wet BIG" and "BIG-register", not in "bigger"."""
    alternatives = sorted({_words(form) for form in forms}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@cache
def _start_pattern(form: str) -> re.Pattern[str]:
    """A form at the start of a word: "sensor" in "sensoren", not in "bewegingssensor"."""
    words = re.findall(r"\w+", fold(form))
    if not words:
        return re.compile(r"(?!)")  # a form without letters names nothing
    first, *rest = words
    return re.compile(_SEPARATOR.join([at_word_start(first), *(re.escape(w) for w in rest)]))


def at_word_start(literal: str) -> str:
    r"""A regular expression for `literal` where a word starts, the same as `(?<!\w)literal`.

    The literal comes first and the look-behind after it, so that a search can skip ahead to the
    literal; a look-behind in front makes it try every position of a long answer."""
    escaped = re.escape(literal)
    return escaped + r"(?<!\w" + escaped + ")"


def _all_forms(language: str) -> dict[str, tuple[str, ...]]:
    """Every law's forms by id, from this language's list and the others'."""
    forms: dict[str, list[str]] = {law.id: list(law.forms) for law in load_laws(language)}
    for other in i18n.LANGUAGES:
        if other == language:
            continue
        for law in load_laws(other):
            if law.id in forms:
                forms[law.id] += [f for f in law.forms if f not in forms[law.id]]
    return {law_id: tuple(found) for law_id, found in forms.items()}


def is_acronym(form: str) -> bool:
    """An abbreviation written in capitals ("BIG", "AVG"): found only in capitals, because in
    lower case it is often an everyday word ("a big room", "avg." for average)."""
    return " " not in form and form.isupper()


@cache
def _acronym_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(form) for form in forms), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def named_law(rule: Rule, language: str = "") -> Law | None:
    """The first law whose name or abbreviation the rule's name, source or section holds."""
    language = language or i18n.language()
    texts = [text for text in (rule.source, rule.name, rule.section) if text.strip()]
    if not texts:
        return None
    folded = [fold(text) for text in texts]
    forms = _all_forms(language)
    for law in load_laws(language):
        words = tuple(form for form in forms[law.id] if not is_acronym(form))
        acronyms = tuple(form for form in forms[law.id] if is_acronym(form))
        if words and any(_name_pattern(words).search(text) for text in folded):
            return law
        if acronyms and any(_acronym_pattern(acronyms).search(text) for text in texts):
            return law
    return None


def deviates_from_law(rule: Rule, language: str = "") -> bool:
    """Whether the rule is a law: so marked, or a law named and not confirmed to be the
    organisation's own guideline or protocol built on that law."""
    return rule.is_law or (named_law(rule, language) is not None and not rule.built_on_law)


def law_triggers(texts: Iterable[str], language: str = "") -> list[tuple[Law, str]]:
    """For each law with triggers, the first of its trigger words that the texts hold, if any.

    The texts are read once for the words they hold, and a trigger is searched for only in
    the texts that hold its first word: searching every text for each trigger read a dossier
    once per trigger (23 in Dutch, 42 in English), 0.46 s for 40 MB."""
    folded = [fold(text) for text in texts if text and text.strip()]
    starts = _WordStarts(folded)
    found = []
    for law in load_laws(language or i18n.language()):
        for trigger in law.triggers:
            first, *rest = re.findall(r"\w+", fold(trigger)) or [""]
            if not first or not starts.has_word_starting(first):
                continue
            # the first word alone is the trigger found; more words must follow it as written
            pattern = _start_pattern(trigger)
            if not rest or any(pattern.search(text) for text in folded if first in text):
                found.append((law, trigger))
                break
    return found


class _WordStarts:
    """The words of some texts (runs of letters and digits), sorted, to ask which start with
    what. Made when first asked: most texts name no law at all."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._words: list[str] | None = None

    def has_word_starting(self, start: str) -> bool:
        if self._words is None:
            pieces: set[str] = set()
            for text in self._texts:
                pieces.update(text.split())  # in C: far quicker than a regular expression
            self._words = sorted(set(re.findall(r"\w+", " ".join(pieces))))
        at = bisect_left(self._words, start)
        return at < len(self._words) and self._words[at].startswith(start)

"""How readable a Dutch answer is: the Flesch-Douma score, long sentences and unexplained jargon."""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import CatalogueError, catalogue_dir
from igj_afwijken.domain.text import WORD, count_words

JARGON_FILE = "jargon"
LONG_SENTENCE = 20  # more words than this and the sentence gets a hint
EXCERPT_WORDS = 8  # how much of a long sentence a hint quotes

# Abbreviations whose full stop does not end a sentence. Runs of single letters with full stops
# ("o.a.", "d.w.z.", "i.p.v.") and single initials ("J. de Vries") are recognised without a list.
ABBREVIATIONS = frozenset((
    "bijv.", "bv.", "enz.", "etc.", "evt.", "incl.", "excl.", "ca.", "nr.", "nrs.", "art.",
    "blz.", "pag.", "vgl.", "zgn.", "resp.", "dhr.", "mevr.", "mw.", "mr.", "dr.", "drs.", "ir.",
    "ing.", "prof.", "jl.", "max.", "min.", "gem.", "ong.", "tel.", "vs.", "afd.", "mln.", "mld.",
))  # fmt: skip

# Flesch-Douma bands after Douma's table: the lower bound of each band and its name (in Dutch;
# level() gives it in the program's language).
LEVELS = (
    (90.0, "zeer makkelijk"),
    (80.0, "makkelijk"),
    (70.0, "redelijk makkelijk"),
    (60.0, "gemiddeld"),
    (45.0, "redelijk moeilijk"),
    (30.0, "moeilijk"),
)
LOWEST_LEVEL = "zeer moeilijk"


def _level_names() -> dict[str, str]:
    """The bands' names in the program's current language."""
    return {
        "zeer makkelijk": i18n.translate("readability", "zeer makkelijk"),
        "makkelijk": i18n.translate("readability", "makkelijk"),
        "redelijk makkelijk": i18n.translate("readability", "redelijk makkelijk"),
        "gemiddeld": i18n.translate("readability", "gemiddeld"),
        "redelijk moeilijk": i18n.translate("readability", "redelijk moeilijk"),
        "moeilijk": i18n.translate("readability", "moeilijk"),
        "zeer moeilijk": i18n.translate("readability", "zeer moeilijk"),
    }


def _split_advice(parts: int) -> str:
    """How to split a long sentence, for a sentence that needs `parts` sentences."""
    advice = {
        2: i18n.translate("readability", "maak er twee zinnen van"),
        3: i18n.translate("readability", "maak er drie zinnen van"),
        4: i18n.translate("readability", "maak er vier zinnen van"),
        5: i18n.translate("readability", "maak er vijf zinnen van"),
    }
    return advice.get(parts) or i18n.translate("readability", "maak er kortere zinnen van")


class JargonError(CatalogueError):
    """The jargon list is missing or does not have the expected shape."""


@dataclass(frozen=True)
class JargonTerm:
    term: str
    explanation: str
    variants: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.variants)


@dataclass(frozen=True)
class Hint:
    kind: str  # "lang" (a long sentence) or "vakterm" (jargon a reader may not know)
    text: str  # what to tell the writer, in the program's language
    excerpt: str  # where in the text: the start of the sentence, or the word as written


@dataclass(frozen=True)
class Report:
    score: float | None  # Flesch-Douma, not clipped to 0–100; None for a text without words
    level: str  # "" when there is no score
    hints: tuple[Hint, ...]
    words: int = 0
    sentences: int = 0


# --- Sentences -------------------------------------------------------------------------------

_BLOCK_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z]\))\s+)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)|`+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")  # "J.", "o.a.", "d.w.z."
_OPENING = "([{\"'‘“"


def split_sentences(text: str) -> list[str]:
    """The sentences of a plain or Markdown text; every line and list item ends a sentence."""
    sentences = []
    for line in text.splitlines():
        for sentence in _split_line(_plain_line(line)):
            if WORD.search(sentence):
                sentences.append(sentence)
    return sentences


def _plain_line(line: str) -> str:
    """A line without its Markdown: list markers, heading hashes, quote marks, links, emphasis."""
    while True:
        stripped = _BLOCK_MARKER.sub("", line, count=1)
        if stripped == line:
            break
        line = stripped
    line = _LINK.sub(r"\1", line)
    return _EMPHASIS.sub("", line).strip()


def _split_line(line: str) -> list[str]:
    sentences = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        if end.group().rstrip("\"'”’)]") == "." and _is_abbreviation(line[start : end.start()]):
            continue
        sentences.append(line[start : end.end()].strip())
        start = end.end()
    sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def _is_abbreviation(before: str) -> bool:
    """Whether the word before a full stop is an abbreviation ("bijv", "o.a", "J")."""
    words = before.split()
    if not words:
        return False
    token = words[-1].lstrip(_OPENING).lower() + "."
    return token in ABBREVIATIONS or _INITIALS.fullmatch(token) is not None


# --- Syllables and the score -----------------------------------------------------------------

_ACCENTS = str.maketrans("áàâéèêíìîóòôúùûý", "aaaeeeiiiooouuuy")  # stress, not a new syllable
_DIAERESIS = frozenset("äëïöüÿ")
_VOWEL_RUN = re.compile(r"(?:ij|[aeiouyäëïöüÿ])+")
# Vowel groups that sound as one syllable, longest first so "eeuw" is not read as "ee" + "u".
_CLUSTERS = (
    "eeu", "ieu", "aai", "ooi", "oei",
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au",
)  # fmt: skip
_VOWELS = frozenset("aeiouy") | _DIAERESIS


def syllables_nl(word: str) -> int:
    """A Dutch word's syllables, counted by vowel groups; a heuristic, at least 1."""
    word = word.lower().translate(_ACCENTS)
    if len(word) > 1 and word[0] == "y" and word[1] in _VOWELS:
        word = word[1:]  # "yoga": a consonant y
    count = sum(_syllables_in_run(run) for run in _VOWEL_RUN.findall(word))
    return max(count, 1)


def _syllables_in_run(run: str) -> int:
    count = 0
    i = 0
    while i < len(run):
        count += 1
        if run[i] in _DIAERESIS:  # "cliënt", "ideeën": the diaeresis starts a new syllable
            i += 1
            continue
        i += next((len(c) for c in _CLUSTERS if run.startswith(c, i)), 1)
    return count


_EN_VOWEL_RUN = re.compile(r"[aeiouy]+")


def syllables_en(word: str) -> int:
    """An English word's syllables, counted by vowel groups less a silent final e ("care",
    "makes", "used"); a heuristic, at least 1."""
    word = word.lower()
    count = len(_EN_VOWEL_RUN.findall(word))
    if re.search(r"[^aeiouy](e|es|ed)$", word) and not re.search(r"([^aeiouy]le|[td]ed)$", word):
        count -= 1
    return max(count, 1)


def _score(sentences: int, words: list[str]) -> float | None:
    """Flesch-Douma for Dutch text; for English (when the program speaks English, its users
    write in English) Flesch's own Reading Ease, whose bands Douma's follow."""
    if not sentences or not words:
        return None
    if i18n.language() == "en":
        syllables = sum(syllables_en(word) for word in words)
        return 206.835 - 1.015 * (len(words) / sentences) - 84.6 * (syllables / len(words))
    syllables = sum(syllables_nl(word) for word in words)
    return 206.835 - 0.93 * (len(words) / sentences) - 77 * (syllables / len(words))


def flesch_douma(text: str) -> float | None:
    """206.835 − 0.93 × words per sentence − 77 × syllables per word; None without words."""
    sentences = split_sentences(text)
    return _score(len(sentences), [w for s in sentences for w in WORD.findall(s)])


def level(score: float) -> str:
    """The Flesch-Douma band of a score, from "zeer makkelijk" to "zeer moeilijk" (in the
    program's language)."""
    names = _level_names()
    for lower, name in LEVELS:
        if score >= lower:
            return names[name]
    return names[LOWEST_LEVEL]


# --- The check -------------------------------------------------------------------------------


def check(text: str, jargon: Iterable[JargonTerm] | None = None) -> Report:
    """Score a text and list its long sentences and its jargon (from load_jargon() by default)."""
    if jargon is None:
        jargon = load_jargon()
    sentences = split_sentences(text)
    words = [w for s in sentences for w in WORD.findall(s)]
    score = _score(len(sentences), words)
    hints = [_long_sentence_hint(s) for s in sentences if count_words(s) > LONG_SENTENCE]
    found = []  # (where the term first occurs, its hint)
    for term in jargon:
        match = _pattern(term.forms).search(text)
        if match:
            hint = Hint("vakterm", f"‘{term.term}’: {term.explanation}", match.group())
            found.append((match.start(), hint))
    hints += [hint for _, hint in sorted(found, key=lambda item: item[0])]
    return Report(
        score=score,
        level="" if score is None else level(score),
        hints=tuple(hints),
        words=len(words),
        sentences=len(sentences),
    )


def _long_sentence_hint(sentence: str) -> Hint:
    words = list(WORD.finditer(sentence))
    parts = math.ceil(len(words) / LONG_SENTENCE)
    excerpt = sentence
    if len(words) > EXCERPT_WORDS:
        excerpt = sentence[: words[EXCERPT_WORDS - 1].end()] + " …"
    text = i18n.translate("readability", "Deze zin heeft {count} woorden; {advice}.").format(
        count=len(words), advice=_split_advice(parts)
    )
    return Hint("lang", text, excerpt)


@cache
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the forms as a whole word, in any case, with or without "'s" ("VOG's").

    A hyphen separates words ("BIG" is found in "BIG-register"); an apostrophe within a word
    does not ("zzp" is not found in "zzp'ers", that is a variant of its own).
    """
    alternatives = sorted((_form_regex(f) for f in forms), key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?<!\w['’])(?:" + "|".join(alternatives) + r")(?:['’]s)?(?!['’]?\w)",
        re.IGNORECASE,
    )


def _form_regex(form: str) -> str:
    escaped = re.escape(_normal(form).strip())
    return escaped.replace(r"\ ", r"\s+").replace("'", "['’]")


def _normal(form: str) -> str:
    return " ".join(form.replace("’", "'").split())


# --- The jargon list -------------------------------------------------------------------------

_TERM_KEYS = frozenset({"term", "variants", "explanation"})


def load_jargon(language: str = "") -> tuple[JargonTerm, ...]:
    """The jargon list, explained in a language (the program's current one by default)."""
    return _load_jargon(language or i18n.language())


@cache
def _load_jargon(language: str) -> tuple[JargonTerm, ...]:
    return read_jargon(catalogue_dir() / f"{JARGON_FILE}.{language}.toml")


def read_jargon(path: Path) -> tuple[JargonTerm, ...]:
    """Read and check a jargon list; a malformed file raises a JargonError that names the entry."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise JargonError(f"cannot read the jargon list {path}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise JargonError(f"the jargon list {path} is not valid TOML: {error}") from error
    entries = data.get("terms")
    if not isinstance(entries, list) or not entries:
        raise JargonError(f"the jargon list {path} has no [[terms]]")
    terms = tuple(_term(entry, number, path) for number, entry in enumerate(entries, start=1))
    seen: dict[str, str] = {}
    for term in terms:
        for form in term.forms:
            key = _normal(form).casefold()
            if key in seen:
                raise JargonError(
                    f"the jargon list {path}: {form!r} of {term.term!r} is already"
                    f" listed under {seen[key]!r}"
                )
            seen[key] = term.term
    return terms


def _term(entry: object, number: int, path: Path) -> JargonTerm:
    where = f"the jargon list {path}, term {number}"
    if not isinstance(entry, dict):
        raise JargonError(f"{where} is not a table")
    unknown = sorted(set(entry) - _TERM_KEYS)
    if unknown:
        raise JargonError(f"{where} has unknown keys {unknown}")
    term, explanation = entry.get("term"), entry.get("explanation")
    variants = entry.get("variants", [])
    if not isinstance(term, str) or not term.strip():
        raise JargonError(f"{where} lacks a `term`")
    if not isinstance(explanation, str) or not explanation.strip():
        raise JargonError(f"{where} ({term!r}) lacks an `explanation`")
    if not isinstance(variants, list) or not all(
        isinstance(v, str) and v.strip() for v in variants
    ):
        raise JargonError(f"{where} ({term!r}): `variants` must be a list of words")
    return JargonTerm(
        term=term.strip(),
        explanation=" ".join(explanation.split()),
        variants=tuple(v.strip() for v in variants),
    )

"""Counting words and writing dates in words, shared by the checks, the window and documents."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import cache

from igj_afwijken import i18n

WORD = re.compile(r"\w+(?:[-'’]\w+)*")

MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def long_date(value: date | datetime | None) -> str:
    """'3 maart 2027' (or '3 March 2027'); a moment is shown as the local calendar day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return f"{value.day} {MONTHS[i18n.language()][value.month - 1]} {value.year}"


def long_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    if i18n.language() == "en":
        return f"{long_date(local)}, {local:%H:%M}"
    return f"{long_date(local)}, {local:%H.%M} uur"


def iso_date(value: date | None) -> str | None:
    """A date as stored and exchanged ("2027-03-01"), or None."""
    return value.isoformat() if value else None


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `text` as (start, end) positions of the text itself, ignoring
    case and accents ("clientenraad" finds "Cliëntenraad")."""
    wanted = "".join(_folded_character(c) for c in query.strip())
    if not wanted:
        return []
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the position of the one it came from
    for position, character in enumerate(text):
        for part in _folded_character(character):
            folded.append(part)
            origin.append(position)
    haystack = "".join(folded)
    found, start = [], haystack.find(wanted)
    while start != -1:
        end = start + len(wanted)
        found.append((origin[start], origin[end - 1] + 1))
        start = haystack.find(wanted, end)
    return found


@cache
def _folded_character(character: str) -> str:
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Letters, with an apostrophe or hyphen between them ("cliënt's", "zorg-medewerker").
_SPELLED_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Addresses and names of things that are not words: a web or e-mail address, a file name, or
# letters with digits or underscores stuck to them (EVV2, nacht_dienst).
_NOT_WORDS = re.compile(
    r"\b(?:https?://|www\.)\S+|\S+@\S+|\b\w+\.(?:pdf|docx?|odt|xlsx?|png|jpe?g|txt|html?)\b"
    r"|\w*[\d_]\w*",
    re.IGNORECASE,
)


def words_to_spell(text: str) -> list[tuple[int, str]]:
    """The words of a text a spelling checker should look at, with where each starts: not
    abbreviations in capitals (IGJ, EVV), single letters, addresses, or words with digits."""
    skipped = [match.span() for match in _NOT_WORDS.finditer(text)]
    words, next_skipped = [], 0
    for match in _SPELLED_WORD.finditer(text):
        word, start = match.group(), match.start()
        while next_skipped < len(skipped) and skipped[next_skipped][1] <= start:
            next_skipped += 1  # both are in reading order: walk them side by side
        if next_skipped < len(skipped) and skipped[next_skipped][0] <= start:
            continue
        if len(word) < 2 or (word.isupper() and "-" not in word):
            continue
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            continue  # with a number sign such as ½, or an accent typed apart: no word to judge
        words.append((start, word))
    return words


def search_excerpt(text: str, words: list[str], inside_from: int, width: int = 12) -> str:
    """About `width` words of `text` around the first place a search matched, each matching
    word between ‹ and ›, with "…" where the text goes on; "" when nothing matches.

    `words` are folded as the search folds them; each matches the start of a word, and one of
    `inside_from` letters or more also the inside of one, as the register's search does."""
    if not words:
        return ""
    folded = _one_for_one_fold(text)
    pattern = re.compile(
        "|".join(
            re.escape(word) if len(word) >= inside_from else r"(?<!\w)" + re.escape(word)
            for word in sorted(words, key=len, reverse=True)
        )
    )
    first = pattern.search(folded)
    if first is None:
        return ""
    # the words near the match only: a dossier's text runs to many thousands of words
    near = max(0, first.start() - _NEAR), first.start() + _NEAR
    spans = [m.span() for m in _WORD.finditer(text, *near)]
    if near[0] > 0:
        spans = spans[1:]  # it may be the end of a word
    hit = next((n for n, (_, end) in enumerate(spans) if end > first.start()), None)
    if hit is None:  # the match was in a sign that only folds to a letter
        return ""
    begin = max(0, hit - width // 3)
    shown = spans[begin : begin + width]
    pieces, written_to = [], shown[0][0]
    for start, end in shown:
        word = text[start:end]
        pieces.append(text[written_to:start])  # what stands between the words, as written
        pieces.append(f"‹{word}›" if pattern.search(folded, start, end) else word)
        written_to = end
    excerpt = " ".join("".join(pieces).split())
    if shown[0][0] > 0 and _WORD.search(text, 0, shown[0][0]):
        excerpt = "… " + excerpt
    if _WORD.search(text, shown[-1][1]):
        excerpt += " …"
    return excerpt


_WORD = re.compile(r"\w+")
_NEAR = 400  # characters each side of a match that hold the words an excerpt shows


def _one_for_one_fold(text: str) -> str:
    """The text in lower case and without accents, one character for each of the text's, so
    that a place in one is the same place in the other."""
    if not text.isascii():  # one pass per distinct accented character: a few, not thousands
        for character in set(_NOT_ASCII.findall(text)):
            text = text.replace(character, (_folded_character(character) or character)[0])
    return text.lower()


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")

"""Tests for the Dutch readability check: syllables, sentences, the score and the hints."""

import pytest

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import CatalogueError
from igj_afwijken.domain.readability import (
    Hint,
    JargonError,
    JargonTerm,
    check,
    flesch_douma,
    level,
    load_jargon,
    read_jargon,
    split_sentences,
    syllables_en,
    syllables_nl,
)

VOG = JargonTerm("VOG", "Een verklaring omtrent het gedrag.")
ZZP = JargonTerm("zzp'er", "Een zelfstandige zonder personeel.", ("zzp'ers", "zzp"))
JARGON = (VOG, ZZP)


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("zorg", 1),
        ("Zorg", 1),
        ("cliënt", 2),
        ("verpleegkundige", 5),  # ver-pleeg-kun-di-ge
        ("mantelzorger", 4),  # man-tel-zor-ger
        ("ouderen", 3),  # ou-de-ren
        ("bijvoorbeeld", 3),  # bij-voor-beeld
        ("afwijking", 3),  # af-wij-king
        ("evaluatie", 5),  # e-va-lu-a-tie: "ua" is two vowels
        ("situatie", 4),  # si-tu-a-tie
        ("nieuw", 1),  # "ieuw" is one sound
        ("eeuwen", 2),  # eeu-wen
        ("ideeën", 3),  # i-dee-ën: the diaeresis starts a syllable
        ("geëvalueerd", 5),  # ge-ë-va-lu-eerd
        ("coördinator", 5),  # co-ör-di-na-tor
        ("mooie", 2),  # mooi-e
        ("kwaliteit", 3),  # kwa-li-teit
        ("medewerkers", 4),  # me-de-wer-kers
        ("één", 1),  # an accent for stress is not a diaeresis
        ("'s", 1),  # no vowel, still a syllable
    ],
)
def test_dutch_syllables_are_counted_by_vowel_groups(word, count):
    assert syllables_nl(word) == count


def test_abbreviations_and_norm_numbers_do_not_end_a_sentence():
    text = (
        "We zetten bijv. o.a. invalkrachten in, d.w.z. mensen uit de flexpool e.d. "
        "Zie norm 3.1.2 van het kader, enz. en art. 5. Klopt dat? Ja! Dhr. J. de Vries belt."
    )
    assert split_sentences(text) == [
        "We zetten bijv. o.a. invalkrachten in, d.w.z. mensen uit de flexpool e.d. "
        "Zie norm 3.1.2 van het kader, enz. en art. 5.",
        "Klopt dat?",
        "Ja!",
        "Dhr. J. de Vries belt.",
    ]


def test_list_items_and_line_breaks_end_a_sentence_and_markdown_is_dropped():
    text = (
        "## Onze aanpak\n"
        "We doen drie dingen\n"
        "- een **vaste** kracht per dienst\n"
        "* een [achterwacht](https://example.org) op afroep. Die komt binnen tien minuten.\n"
        "\n"
        "1. wekelijks overleg\n"
        "2) een evaluatie na drie maanden\n"
        "---\n"
    )
    assert split_sentences(text) == [
        "Onze aanpak",
        "We doen drie dingen",
        "een vaste kracht per dienst",
        "een achterwacht op afroep.",
        "Die komt binnen tien minuten.",
        "wekelijks overleg",
        "een evaluatie na drie maanden",
    ]


def test_a_known_text_scores_as_computed_by_hand():
    # 2 sentences, 14 words, 22 syllables (De cli-ën-ten-raad geeft ad-vies o-ver het nieu-we
    # roos-ter / Wij zijn blij met dat ad-vies): 206.835 − 0.93 × 7 − 77 × 22/14 = 79.325.
    text = "De cliëntenraad geeft advies over het nieuwe rooster. Wij zijn blij met dat advies."
    assert flesch_douma(text) == pytest.approx(79.325, abs=0.001)
    report = check(text, ())
    assert report.level == "redelijk makkelijk"
    assert (report.words, report.sentences) == (14, 2)


def test_a_simple_text_scores_higher_than_a_complex_one():
    simple = "Wij werken in kleine teams. Elke dag is er een vaste kracht. Zij kent de mensen goed."
    complex_ = (
        "De implementatie van de gewijzigde deskundigheidsmix vereist een zorgvuldige "
        "risicoanalyse, waarbij de verantwoordelijkheidsverdeling tussen verpleegkundigen en "
        "verzorgenden nauwkeurig wordt geëvalueerd."
    )
    assert flesch_douma(simple) > 80 > 30 > flesch_douma(complex_)
    assert check(simple, ()).level in ("makkelijk", "zeer makkelijk")
    assert check(complex_, ()).level == "zeer moeilijk"


@pytest.mark.parametrize(
    ("score", "name"),
    [
        (120.0, "zeer makkelijk"),
        (90.0, "zeer makkelijk"),
        (85.0, "makkelijk"),
        (75.0, "redelijk makkelijk"),
        (65.0, "gemiddeld"),
        (50.0, "redelijk moeilijk"),
        (30.0, "moeilijk"),
        (29.9, "zeer moeilijk"),
        (-15.0, "zeer moeilijk"),
    ],
)
def test_levels_follow_the_flesch_douma_bands(score, name):
    assert level(score) == name


def test_a_sentence_over_twenty_words_gets_a_hint_with_its_start():
    long = " ".join(["Wij"] + ["werken"] * 25 + ["samen"]) + "."
    exact = " ".join(["Dit"] + ["is"] * 18 + ["kort"]) + "."
    report = check(f"{exact} {long}", ())
    assert report.hints == (
        Hint(
            "lang",
            "Deze zin heeft 27 woorden; maak er twee zinnen van.",
            "Wij werken werken werken werken werken werken werken …",
        ),
    )
    very_long = " ".join(["woord"] * 45) + "."
    (hint,) = check(very_long, ()).hints
    assert hint.text == "Deze zin heeft 45 woorden; maak er drie zinnen van."


def test_each_jargon_term_is_named_once_in_order_of_appearance():
    text = "Iedere zzp'er heeft een vog nodig. Zonder VOG geen dienst."
    report = check(text, JARGON)
    assert report.hints == (
        Hint("vakterm", "‘zzp'er’: Een zelfstandige zonder personeel.", "zzp'er"),
        Hint("vakterm", "‘VOG’: Een verklaring omtrent het gedrag.", "vog"),
    )


def test_jargon_is_found_through_variants_and_as_whole_words_only():
    assert [h.excerpt for h in check("Wij huren zzp’ers in.", JARGON).hints] == ["zzp’ers"]
    assert [h.excerpt for h in check("De VOG's zijn binnen.", JARGON).hints] == ["VOG's"]
    assert [h.excerpt for h in check("Een ‘VOG’ is nodig.", JARGON).hints] == ["VOG"]
    assert [h.excerpt for h in check("De VOG-aanvraag loopt.", JARGON).hints] == ["VOG"]
    assert [h.excerpt for h in check("Het zzp-loket is open.", JARGON).hints] == ["zzp"]
    assert check("Een vogel in de tuin, vogels en een avogadro.", JARGON).hints == ()


def test_the_shipped_jargon_list():
    jargon = load_jargon()
    assert load_jargon() is jargon
    assert 30 <= len(jargon) <= 50
    assert all(term.explanation.endswith(".") for term in jargon)
    forms = {form.casefold() for term in jargon for form in term.forms}
    assert {"vog", "big", "zzp'ers", "wkkgz", "veldnorm", "achterwacht"} <= forms
    assert "cliëntenraad" not in forms
    hints = check("Wij huren zzp'ers in met een VOG. De cliëntenraad is akkoord.").hints
    assert [h.text.split("’")[0] for h in hints] == ["‘zzp'er", "‘VOG"]


@pytest.mark.parametrize("text", ["", "   \n\n", "- \n---\n", "…"])
def test_a_text_without_words_has_no_score(text):
    assert flesch_douma(text) is None
    report = check(text, JARGON)
    assert (report.score, report.level, report.hints) == (None, "", ())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("terms = [", "not valid TOML"),
        ("title = 'geen termen'", "no [[terms]]"),
        ("[[terms]]\nterm = 'VOG'", "lacks an `explanation`"),
        ("[[terms]]\nexplanation = 'Uitleg.'", "lacks a `term`"),
        ("[[terms]]\nterm = 'VOG'\nexplanation = 'Uitleg.'\nuitleg = 'x'", "unknown keys"),
        ("[[terms]]\nterm = 'VOG'\nexplanation = 'Uitleg.'\nvariants = 'VOGs'", "`variants`"),
        (
            "[[terms]]\nterm = 'VOG'\nexplanation = 'Uitleg.'\n"
            "[[terms]]\nterm = 'ECD'\nexplanation = 'Uitleg.'\nvariants = ['vog']",
            "already listed under 'VOG'",
        ),
    ],
)
def test_a_malformed_jargon_list_is_reported(tmp_path, content, message):
    path = tmp_path / "jargon.nl.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(JargonError, match=message.replace("[", r"\[")) as error:
        read_jargon(path)
    assert isinstance(error.value, CatalogueError)
    with pytest.raises(JargonError, match="cannot read"):
        read_jargon(tmp_path / "missing.toml")


def test_the_english_jargon_list_explains_in_english_and_leaves_everyday_words_alone():
    english = load_jargon("en")
    dutch_terms = {term.term for term in load_jargon("nl")}
    assert {t.term for t in english} == (dutch_terms - {"BIG", "OR"}) | {"BIG-register"}
    report = check("We have a big team or a small one. The BIG-register helps.", english)
    assert [hint.excerpt for hint in report.hints] == ["BIG-register"]
    assert "official list of care professionals" in report.hints[0].text


@pytest.mark.parametrize(
    ("word", "count"),
    [("make", 1), ("care", 1), ("used", 1), ("people", 2), ("table", 2), ("staff", 1)],
)
def test_english_syllables_leave_a_silent_e_out(word, count):
    assert syllables_en(word) == count


def test_in_english_plain_english_reads_as_easy_by_flesch_reading_ease():
    text = "We care for the people who live here. Each night a nurse is on call."
    i18n.use_language("en")
    english = check(text)
    assert english.score > 80 and english.level in ("easy", "very easy")
    i18n.use_language("nl")
    assert check(text).score < english.score  # Douma's Dutch counts find it harder

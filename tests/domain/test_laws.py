"""Laws known by name: the lists in both languages, recognising them in a rule and in answers."""

import re
import string
import unicodedata
from dataclasses import replace
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import CatalogueError
from igj_afwijken.domain.laws import (
    deviates_from_law,
    fold,
    is_acronym,
    law_triggers,
    laws_path,
    load_laws,
    named_law,
    read_laws,
)
from igj_afwijken.domain.model import RULE_KINDS, Rule

DUTCH = load_laws("nl")
ENGLISH = load_laws("en")
EVERY_FORM = sorted({(law.id, form) for law in (*DUTCH, *ENGLISH) for form in law.forms})


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


KEYS = {_key(form) for _, form in EVERY_FORM}


def _law(law_id: str, language: str = "nl"):
    return next(law for law in load_laws(language) if law.id == law_id)


# --- The lists --------------------------------------------------------------------------------


def test_both_languages_list_the_same_laws_in_the_same_order():
    assert [law.id for law in DUTCH] == [law.id for law in ENGLISH]
    assert {"wzd", "big", "wgbo", "wkkgz", "wmcz", "avg", "vog"} <= {law.id for law in DUTCH}


def test_the_english_list_keeps_the_dutch_names():
    for dutch, english in zip(DUTCH, ENGLISH, strict=True):
        assert english.name == dutch.name
        assert english.abbreviations == dutch.abbreviations
        assert set(dutch.names) <= set(english.names)


def test_every_law_says_what_it_requires_and_where_it_stands():
    for law in (*DUTCH, *ENGLISH):
        assert law.name and law.requires and law.source
        for address in re.findall(r"https://wetten\.overheid\.nl/\S+", law.source):
            assert re.fullmatch(r"https://wetten\.overheid\.nl/BWBR\d{7}", address.rstrip(";"))


def test_a_name_means_the_same_law_in_both_lists():
    owners: dict[str, str] = {}
    for law_id, form in EVERY_FORM:
        assert owners.setdefault(_key(form), law_id) == law_id, form


def test_the_wzd_has_triggers_and_a_message_naming_the_trigger():
    for language in ("nl", "en"):
        wzd = _law("wzd", language)
        assert {"bedsensor", "camera", "domotica", "leefcirkel", "GPS"} <= set(wzd.triggers)
        assert "{trigger}" in wzd.trigger_message
        assert "Wzd" in wzd.trigger_message.format(trigger="camera")


def test_a_law_shows_its_name_with_its_abbreviation():
    assert _law("wzd").title == "Wet zorg en dwang (Wzd)"


# --- Recognising a law in a rule ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "law_id"),
    [
        ("Wzd", "wzd"),
        ("Beleid onvrijwillige zorg volgens de Wzd, stappenplan", "wzd"),
        ("wet zorg en dwang", "wzd"),
        ("Wet BIG", "big"),
        ("Het BIG-register", "big"),
        ("Wet op de beroepen in de individuele gezondheidszorg", "big"),
        ("WGBO", "wgbo"),
        ("Wkkgz artikel 11", "wkkgz"),
        ("Wet kwaliteit klachten en geschillen zorg", "wkkgz"),
        ("Wmcz 2018", "wmcz"),
        ("Wet medezeggenschap clienten zorginstellingen 2018", "wmcz"),  # no diaeresis
        ("Wet   medezeggenschap\u00a0cliënten\tzorginstellingen", "wmcz"),  # odd spaces
        ("AVG", "avg"),
        ("de AVG's eisen", "avg"),
        ("GDPR", "avg"),  # an English name, recognised in Dutch too
        ("VOG-beleid", "vog"),
    ],
)
def test_a_law_is_recognised_by_name_or_abbreviation(source, law_id):
    assert named_law(Rule(source=source), "nl").id == law_id
    assert named_law(Rule(source=source), "en").id == law_id


@pytest.mark.parametrize(
    "source", ["bigger", "gavg", "Wzdx", "xWzd", "AVGs", "Kwaliteitskader Verpleeghuiszorg", ""]
)
def test_no_law_inside_other_words(source):
    assert named_law(Rule(source=source), "nl") is None


@pytest.mark.parametrize(
    "source", ["Big rooms need two carers", "a big team", "avg. shift length", "Vog in de tuin"]
)
def test_an_abbreviation_in_capitals_is_not_an_everyday_word_in_lower_case(source):
    for language in ("nl", "en"):
        assert named_law(Rule(source=source), language) is None


def test_a_protocol_names_no_law():
    rule = Rule(name="Protocol medicatieveiligheid", source="Kwaliteitskader Verpleeghuiszorg")
    assert named_law(rule) is None
    assert not deviates_from_law(rule)


def test_the_name_and_the_section_count_too():
    assert named_law(Rule(name="Afspraken over de Wzd")).id == "wzd"
    assert named_law(Rule(section="artikel 2 Wet BIG")).id == "big"


def test_the_law_is_described_in_the_language_asked():
    rule = Rule(source="Wzd")
    assert named_law(rule, "nl").requires == _law("wzd", "nl").requires
    assert named_law(rule, "en").requires == _law("wzd", "en").requires
    i18n.use_language("en")
    assert named_law(rule).requires == _law("wzd", "en").requires


def test_deviates_from_law():
    assert deviates_from_law(Rule(kind="wet"))
    assert deviates_from_law(Rule(kind="wet", built_on_law=True))
    assert deviates_from_law(Rule(kind="richtlijn", source="Wzd"))
    assert not deviates_from_law(Rule(kind="protocol", source="Wzd", built_on_law=True))
    assert not deviates_from_law(Rule(kind="richtlijn", source="Kwaliteitskader"))
    assert not deviates_from_law(Rule(built_on_law=True))
    for kind in RULE_KINDS:
        assert deviates_from_law(Rule(kind=kind)) == (kind == "wet")


# --- Property checks ----------------------------------------------------------------------------

FILLER = st.text(alphabet=" .,;:()0123456789\n", max_size=12)
GAPS = st.sampled_from([" ", "  ", "\t", "\u00a0", " \n ", "-"])


@given(st.sampled_from(EVERY_FORM), st.data(), FILLER, FILLER, st.sampled_from(["nl", "en"]))
def test_any_casing_spacing_and_place_of_a_name_is_recognised(
    owner_and_form, data, before, after, language
):
    law_id, form = owner_and_form
    words = form.split()
    gaps = [data.draw(GAPS) for _ in words[1:]]
    written = words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=True))
    if not is_acronym(form):  # an abbreviation in capitals counts only in capitals
        written = "".join(c.upper() if data.draw(st.booleans()) else c.lower() for c in written)
    field = data.draw(st.sampled_from(["source", "name", "section"]))
    rule = Rule(**{field: f"{before} {written} {after}"})
    assert named_law(rule, language).id == law_id
    assert deviates_from_law(rule, language)
    assert not deviates_from_law(replace(rule, built_on_law=True), language)


VOCABULARY = st.sampled_from(
    ["zorg", "bigger", "gavg", "wzdx", "vogel", "wetten", "protocol", "norm", "3.1.2", "BIGS",
     "Kwaliteitskader", "cliënt", "avgs", "wet", "dwang", "-", ",", "é"]
)  # fmt: skip


@given(st.lists(st.one_of(VOCABULARY, st.text(max_size=8)), max_size=12))
def test_text_without_any_name_names_no_law(parts):
    text = " ".join(parts)
    plain = " " + " ".join(re.findall(r"\w+", fold(text))) + " "
    if any(f" {key} " in plain for key in KEYS):
        return  # it does name a law after all
    assert named_law(Rule(name=text, source=text, section=text)) is None
    assert not deviates_from_law(Rule(source=text))


SINGLE_WORDS = sorted(
    {abbreviation for law in DUTCH for abbreviation in law.abbreviations if " " not in abbreviation}
)
GLUE = st.text(alphabet=string.ascii_letters + string.digits + "_éëï", max_size=5)


@given(st.sampled_from(SINGLE_WORDS), GLUE, GLUE)
def test_an_abbreviation_glued_inside_a_longer_word_is_not_recognised(abbreviation, left, right):
    word = left + abbreviation + right
    if not (left or right) or _key(word) in KEYS:
        return  # not glued, or itself a name ("UAVG")
    assert named_law(Rule(source=f"De {word} regel")) is None


# --- Trigger words in answers -------------------------------------------------------------------


def test_a_trigger_word_in_an_answer_points_at_the_wzd():
    [(law, trigger)] = law_triggers(["We gebruiken Bedsensoren en een camera 's nachts."], "nl")
    assert law.id == "wzd"
    assert trigger == "bedsensor"  # the first of the list that is found
    assert "bedsensor" in law.trigger_message.format(trigger=trigger)


def test_a_glucose_sensor_is_not_a_wzd_trigger():
    """Care technology that restricts no one (a glucose sensor, an alarm the client wears
    by choice) is not what the Wzd is about; only its specific words count."""
    texts = ["De glucosesensor geeft een alarm.", "De bewoner leest zelf zijn sensor uit."]
    assert law_triggers(texts, "nl") == []
    assert law_triggers(["The glucose sensor gives an alarm."], "en") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Cameratoezicht in de huiskamer", "camera"),
        ("De DEUREN   OP SLOT na 22 uur", "deuren op slot"),
        ("Uitluisteren via akoestische bewaking", "akoestische bewaking"),
        ("Een bewegingssensor bij het bed", "bewegingssensor"),
        ("leefcirkels in de domotica", "leefcirkel"),
        ("een GPS-tracker", "GPS"),
    ],
)
def test_trigger_words_match_at_the_start_of_a_word(text, trigger):
    assert [(law.id, found) for law, found in law_triggers([text], "nl")] == [("wzd", trigger)]


def test_no_trigger_inside_a_word_or_in_plain_answers():
    assert law_triggers(["Meer vrijwilligers in de avonddienst.", ""], "nl") == []
    assert law_triggers(["een zaklampcamera"], "nl") == []  # not at the start of the word


def test_english_answers_find_english_and_dutch_trigger_words():
    assert [t for _, t in law_triggers(["A motion sensor by the bed"], "en")] == ["motion sensor"]
    assert [t for _, t in law_triggers(["Via domotica"], "en")] == ["domotica"]


def test_triggers_across_several_texts_give_one_point_per_law():
    found = law_triggers(["camera", "bedsensor", "GPS"], "nl")
    assert len(found) == 1


def _plain_fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_fold_is_the_plain_definition_of_folding(text):
    assert fold(text) == _plain_fold(text)


@given(
    st.lists(st.sampled_from(["Cliënt", "ÉÉN", "naïef", "ﬁets", "Straße", "İ", "ǅ", "Ωμέγα"])).map(
        " ".join
    )
)
def test_fold_of_accented_dutch_and_other_scripts(text):
    assert fold(text) == _plain_fold(text)


_LAW_WORDS = ["sensor", "camera", "deuren", "op", "slot", "bewegingssensor", "gps", "leefcirkel"]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_LAW_WORDS),
            st.text(alphabet="abcënsor-/ ,", max_size=6),
        ),
        max_size=12,
    ).map(" ".join),
    st.lists(st.sampled_from(_LAW_WORDS), min_size=1, max_size=3).map(" ".join),
)
def test_a_trigger_is_found_exactly_where_its_words_start_a_word(text, trigger):
    plain = re.compile(
        r"(?<!\w)" + r"[\s,\-‐–—/]+".join(re.escape(w) for w in re.findall(r"\w+", trigger))
    )
    laws = [replace(DUTCH[0], triggers=(trigger,), trigger_message="{trigger}")]
    with patch("igj_afwijken.domain.laws.load_laws", return_value=laws):
        found = law_triggers([text], "nl")
    assert bool(found) == bool(plain.search(fold(text)))


def _plain_start(trigger: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)" + r"[\s,\-‐–—/]+".join(re.escape(w) for w in re.findall(r"\w+", fold(trigger)))
    )


_PIECES = st.one_of(
    st.sampled_from(sorted({t for law in (*DUTCH, *ENGLISH) for t in law.triggers})),
    st.sampled_from(["Bed", "SENSOREN", "deur", "op", "slot", "zaklamp", "fixatie2", "ë", "İ"]),
    st.sampled_from(["\u0301", "\u19b0", "ß", "ﬁ", "_", "²", "Ωμέγα", "\u00a0", "\u2028"]),
    st.text(max_size=4),
)
_SEPARATORS = st.sampled_from(["", " ", "  ", "-", ",", "/", "\n", "_", "'", "–", ". "])


@given(
    st.lists(
        st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=10).map(
            lambda pairs: "".join(piece + separator for piece, separator in pairs)
        ),
        max_size=4,
    ),
    st.sampled_from(["nl", "en"]),
)
def test_the_triggers_found_are_those_a_search_of_every_text_for_each_finds(texts, language):
    """The texts are read once for their words; what is found is what searching each text for
    each trigger, as before, found: for each law the first of its triggers in any text."""
    folded = [fold(text) for text in texts if text.strip()]
    expected = []
    for law in load_laws(language):
        found = next(
            (t for t in law.triggers if any(_plain_start(t).search(f) for f in folded)), None
        )
        if found is not None:
            expected.append((law, found))
    assert law_triggers(texts, language) == expected


# --- Malformed lists --------------------------------------------------------------------------

GOOD = """
[[laws]]
id = "wzd"
name = "Wet zorg en dwang"
abbreviations = ["Wzd"]
requires = "U volgt het stappenplan."
source = "Wet zorg en dwang"
"""


def _write(tmp_path, text):
    path = tmp_path / "wetten.nl.toml"
    path.write_text(text, "utf-8")
    return path


def test_a_small_list_reads(tmp_path):
    [law] = read_laws(_write(tmp_path, GOOD))
    assert law.id == "wzd" and law.names == () and law.triggers == ()


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("[[laws", "not valid TOML"),
        ("title = 'x'", "no [[laws]]"),
        (GOOD.replace('requires = "U volgt het stappenplan."', ""), "lacks a `requires`"),
        (GOOD + "colour = 'rood'", "unknown keys"),
        (GOOD.replace('id = "wzd"', 'id = "Wet zorg"'), "`id`"),
        (GOOD + GOOD.replace('"Wzd"', '"WZD2"'), "used twice"),
        (GOOD + GOOD.replace('id = "wzd"', 'id = "ander"'), "already listed"),
        (GOOD.replace('["Wzd"]', '"Wzd"'), "list of words"),
        (GOOD + "triggers = ['camera']", "trigger_message"),
        (GOOD + "triggers = ['camera']\ntrigger_message = 'Let op {iets}'", "trigger_message"),
    ],
)
def test_a_malformed_list_is_refused_with_a_reason(tmp_path, text, complaint):
    with pytest.raises(CatalogueError, match=re.escape(complaint)):
        read_laws(_write(tmp_path, text))


def test_a_missing_list_is_refused(tmp_path):
    with pytest.raises(CatalogueError, match="cannot read"):
        read_laws(tmp_path / "wetten.nl.toml")


def test_the_lists_are_where_the_program_looks():
    assert laws_path("nl").is_file() and laws_path("en").is_file()

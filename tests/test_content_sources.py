"""The program's own words stay true to the public sources they are written from.

These tests read the catalogue, guide and example files as they are shipped, in both languages:
the form of address, what the law says about reserved procedures, how the sources are named,
the scale words of the risk matrix, and examples that do not point to one client.
"""

import ast
import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.model import Dossier, Rule
from igj_afwijken.rendering.templating import render_html

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
CATALOGUE = RESOURCES / "catalogue"
LANGUAGES = ("nl", "en")
EXAMPLE_FILES = {
    "nl": sorted((RESOURCES / "examples").glob("*.json")),
    "en": sorted((RESOURCES / "examples" / "en").glob("*.json")),
}
ALL_EXAMPLES = EXAMPLE_FILES["nl"] + EXAMPLE_FILES["en"]
VOLUNTEER = "vrijwilliger-oud-verpleegkundige.json"

# The publications the program is written from, as they are titled (seeds 000 to 004).
PUBLICATIONS = (
    "Zorg, jeugdhulp en toezicht in tijden van personeelstekorten",
    "Handreiking voor zorgvuldige inzet van flexibele krachten in de ouderenzorg",
    "Zorg voor de toekomst",
    "Werken in de Zorg",
)
SLIDE_HEADING = "Ruimte om de zorg anders te organiseren"


def _toml(name: str, language: str) -> dict:
    with (CATALOGUE / f"{name}.{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _strings(value) -> list[str]:
    """Every string inside a parsed TOML or JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _example(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))["dossier"]


def _shipped_texts() -> dict[Path, str]:
    """The texts a user reads: catalogue, guide, examples and templates."""
    files = [
        *CATALOGUE.glob("*.toml"),
        *(RESOURCES / "help").glob("*.md"),
        *ALL_EXAMPLES,
        *(ROOT / "templates").glob("*.j2"),
    ]
    return {path: path.read_text("utf-8") for path in files}


# --- Form of address -------------------------------------------------------------------------

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf|jullie)\b", re.IGNORECASE)


@pytest.mark.parametrize("name", ["vragen", "checklists", "jargon", "controle"])
def test_the_dutch_catalogue_addresses_the_reader_as_u(name):
    found = [s for s in _strings(_toml(name, "nl")) if INFORMAL.search(s)]
    assert not found, found


def test_the_five_questions_ask_u():
    texts = [q["text"] for q in _toml("vragen", "nl")["questions"]]
    assert texts[0] == "Waarom doet u het anders dan de richtlijn?"
    assert texts[2] == "Hoe borgt u dat er nog steeds sprake is van veilige en verantwoorde zorg?"


def test_the_dutch_guide_addresses_the_reader_as_u():
    guide = (RESOURCES / "help" / "handleiding.nl.md").read_text("utf-8")
    assert not INFORMAL.search(guide)


def test_dates_are_called_datums_not_data():
    for name in ("vragen", "checklists", "controle"):
        assert not [s for s in _strings(_toml(name, "nl")) if re.search(r"\b[Dd]ata\b", s)]


# --- Norms 3.1 and 2.1 are the inspectorate's, not a framework's --------------------------------

NORM_NUMBER = re.compile(r"\b[23]\.1(\.\d)?\b")


def test_no_text_attributes_the_inspectorates_norms_to_the_quality_framework():
    for path, text in _shipped_texts().items():
        if path.suffix == ".json":
            strings = _strings(json.loads(text))
        elif path.suffix == ".toml":
            strings = _strings(tomllib.loads(text))
        else:
            strings = text.split("\n\n")
        wrong = [s for s in strings if "kwaliteitskader" in s.lower() and NORM_NUMBER.search(s)]
        assert not wrong, (path.name, wrong)


def test_the_start_steps_placeholders_name_no_norm_number():
    tree = ast.parse((ROOT / "igj_afwijken" / "gui" / "start_page.py").read_text("utf-8"))
    shown = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert any(text.startswith("Bijvoorbeeld") for text in shown)
    assert not [text for text in shown if NORM_NUMBER.search(text)]


# --- Reserved procedures, the BIG register and the VOG ---------------------------------------


def _explanation(language: str, term: str) -> str:
    return next(t["explanation"] for t in _toml("jargon", language)["terms"] if t["term"] == term)


def test_a_reserved_procedure_needs_competence_and_authority_or_an_assignment():
    dutch = _explanation("nl", "voorbehouden handeling")
    assert re.search(r"bekwaam.*\bén\b.*zelfstandig bevoegd.*\bof\b.*opdracht", dutch), dutch
    english = _explanation("en", "voorbehouden handeling")
    assert re.search(
        r"competent.*\band\b.*independently authorised.*\bor\b.*assignment", english
    ), english
    for language, word in (("nl", "opdracht"), ("en", "assignment")):
        assert word in _explanation(language, "bevoegd")
    assert "opgeleid" not in dutch and "trained" not in english


def test_the_big_register_protects_a_title_and_is_no_licence_to_practise():
    dutch = _explanation("nl", "BIG")
    english = _explanation("en", "BIG-register")
    assert "beroepstitel" in dutch and "uitoefenen" not in dutch
    assert "professional title" in english and "practise" not in english


def test_the_vog_is_named_and_issued_as_it_is():
    dutch = _explanation("nl", "VOG")
    english = _explanation("en", "VOG")
    assert "Verklaring Omtrent het Gedrag" in dutch and "Justis" in dutch
    assert "Verklaring Omtrent het Gedrag" in english and "Justis" in english


def test_catheterisation_is_named_not_catheter_care():
    for path, text in _shipped_texts().items():
        assert not re.search(r"katheterzorg|catheter care", text, re.IGNORECASE), path.name


# --- Sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_source_on_every_justification_names_the_publications(language):
    source = _toml("vragen", language)["source"]
    assert SLIDE_HEADING not in source
    assert "Leg aan ons uit" in source
    for title in PUBLICATIONS:
        assert title in source, title


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_checklist_cites_the_slide_heading_as_a_publication(language):
    checklists = _toml("checklists", language)
    for topic in checklists["topics"]:
        assert SLIDE_HEADING not in topic["source"], topic["id"]
    flex = next(t for t in checklists["topics"] if t["id"] == "flexkrachten")
    assert PUBLICATIONS[1] in flex["source"]


def test_no_framework_update_that_is_not_in_the_sources():
    for path, text in _shipped_texts().items():
        assert not re.search(r"actualisatie 2021|2021 update", text, re.IGNORECASE), path.name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_work_programme_is_used_where_the_way_of_working_is_described(language):
    questions = _toml("vragen", language)["questions"]
    way = next(q for q in questions if q["id"] == "werkwijze")
    helps = " ".join(s["help"] for s in way["subquestions"])
    assert "job carving" in helps
    assert ("taakherschikking" if language == "nl" else "task reallocation") in helps


# --- Sector tips are the inspectorate's good examples, not its problem cases -----------------

PROBLEM_CASES = re.compile(
    r"waarnemer|jeugdbescherming|locum|child protection|lijkschouw|wachttijden", re.IGNORECASE
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sector_tips_are_no_problem_cases(language):
    tips = _toml("vragen", language)["sector_tips"]
    assert tips
    assert not [t["text"] for t in tips if PROBLEM_CASES.search(t["text"])]


def test_the_guide_marks_the_programs_own_examples_as_illustrations():
    dutch = " ".join((RESOURCES / "help" / "handleiding.nl.md").read_text("utf-8").split())
    english = " ".join((RESOURCES / "help" / "handleiding.en.md").read_text("utf-8").split())
    assert "ter illustratie" in dutch.lower() and "geen voorbeelden" in dutch
    assert "for illustration" in english.lower() and "not examples" in english


# --- What the sources ask that the program now carries ----------------------------------------


def _question(language: str, question_id: str) -> dict:
    return next(q for q in _toml("vragen", language)["questions"] if q["id"] == question_id)


def _sub(language: str, sub_id: str) -> dict:
    question = _question(language, sub_id.split(".")[0])
    return next(s for s in question["subquestions"] if s["id"] == sub_id)


def test_care_must_stay_accessible_too():
    assert "toegankelijk" in _question("nl", "veiligheid")["help"]
    assert "accessible" in _question("en", "veiligheid")["help"]


def test_question_5_says_what_to_do_when_deviating_is_not_enough():
    for language, words in (
        ("nl", ("contact op met de inspectie", "zorgkantoor", "gemeente", "NZa")),
        ("en", ("contact the inspectorate", "care office", "municipality", "NZa")),
    ):
        text = _sub(language, "evaluatie.bijsturen")["help"]
        assert all(word in text for word in words), (language, text)


def test_question_5_asks_to_bring_a_new_way_of_working_to_the_norm_setters():
    assert "beroepsvereniging" in _question("nl", "evaluatie")["help"]
    assert "professional association" in _question("en", "evaluatie")["help"]


def test_signals_build_on_existing_records():
    assert "al bijhoudt" in _sub("nl", "evaluatie.signalen")["help"]
    assert "already keep" in _sub("en", "evaluatie.signalen")["help"]


NEW_ITEMS = {
    "flexkrachten.steekproef",
    "flexkrachten.voorbeeldrol",
    "flexkrachten.opvang",
    "vrijwilligers.opdracht",
    "deskundigheidsmix.netwerk",
    "registratie.bestaand",
}
EARLIER_ITEMS = {
    "flexkrachten.controle",
    "flexkrachten.aanspreekpunt",
    "vrijwilligers.bekwaam",
    "vrijwilligers.achterwacht",
    "mantelzorg.dossier",
    "deskundigheidsmix.regio",
    "registratie.signaleren",
    "technologie.invoering",
}


def test_the_checklists_carry_the_new_points_in_both_languages_and_keep_the_old_ids():
    ids = {
        language: [
            (item["id"], item["question"])
            for topic in _toml("checklists", language)["topics"]
            for item in topic["items"]
        ]
        for language in LANGUAGES
    }
    assert ids["nl"] == ids["en"]
    names = [name for name, _ in ids["nl"]]
    assert len(names) == len(set(names))
    assert set(names) >= NEW_ITEMS | EARLIER_ITEMS


# --- Examples --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_volunteer_does_reserved_procedures_on_a_doctors_assignment(language):
    dossier = _example(RESOURCES / "examples" / ("en" if language == "en" else "") / VOLUNTEER)
    answers = {a["question_id"]: a["text"] for a in dossier["answers"]}
    way = answers["werkwijze.beschrijving"] + answers["werkwijze.taken"]
    word, who = {
        "nl": ("opdracht", "specialist ouderengeneeskunde"),
        "en": ("assignment", "elderly care physician"),
    }[language]
    assert word in way and who in way
    checklist = {c["item_id"]: c for c in dossier["checklist"]}
    assert checklist["vrijwilligers.opdracht"]["value"] == "ja"


# A client is pointed to by a name or initial with an age, or by an age with a diagnosis.
IDENTIFYING = [
    re.compile(r"\b\w+\.? \(\d{1,3}(,| jaar|\))"),  # "Daan (19, …", "J. (21 jaar)", "Bakker (67)"
    re.compile(r"\bis \d{1,3}( jaar\b|\.(?!\d)| years? old)", re.IGNORECASE),  # "J. is 21."
    re.compile(r"\b\d{1,3}[- ]jarige?\b|\b\d{1,3}-year-old\b|\baged \d{1,3}\b", re.IGNORECASE),
    re.compile(r"sinds zijn \w+de\b|since he was \w+", re.IGNORECASE),  # "since he was twelve"
    re.compile(r"(?<![\w.])[A-Z]\.(?= |,|'s)"),  # a bare initial standing for a person: "J."
]


def _example_texts() -> list[tuple[str, str]]:
    texts = [(path.name, s) for path in ALL_EXAMPLES for s in _strings(_example(path))]
    for language in LANGUAGES:
        for question in _toml("vragen", language)["questions"]:
            for sub in question["subquestions"]:
                texts += [(sub["id"], example["text"]) for example in sub["examples"]]
    return texts


def test_no_example_points_to_one_client():
    found = [
        (where, pattern.pattern, text)
        for where, text in _example_texts()
        for pattern in IDENTIFYING
        if pattern.search(text)
    ]
    assert not found, found


def test_the_identifying_patterns_would_catch_what_they_are_for():
    for text in (
        "Sinds oktober woont Daan (19, verstandelijke beperking en diabetes) op woning De Boog.",
        "J. (21 jaar) heeft een verstandelijke beperking en diabetes type 1.",
        "J. is 21 jaar en heeft suikerziekte.",
        "Mrs Anna Bakker (67), a nurse until 2024",
        "The parents have given J. insulin since he was twelve.",
    ):
        assert any(pattern.search(text) for pattern in IDENTIFYING), text


RISK_WORDS = {
    "nl": re.compile(r"\(kans ([a-z ]+?), gevolg ([a-z ]+?)(?: voor [^)]*)?\)"),
    "en": re.compile(r"\(likelihood ([a-z ]+?), impact ([a-z ]+?)(?: for [^)]*)?\)"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_risk_wording_uses_the_risk_matrixs_own_scale(language):
    vragen = _toml("vragen", language)
    likelihood = {label.lower(): int(n) for n, label in vragen["likelihood"].items()}
    impact = {label.lower(): int(n) for n, label in vragen["impact"].items()}
    catalogue_texts = [
        example["text"]
        for question in vragen["questions"]
        for sub in question["subquestions"]
        for example in sub["examples"]
    ]
    for text in catalogue_texts:
        for chance, effect in RISK_WORDS[language].findall(text):
            assert chance in likelihood and effect in impact, (chance, effect)
    for path in EXAMPLE_FILES[language]:
        dossier = _example(path)
        answer = next(a for a in dossier["answers"] if a["question_id"] == "veiligheid.risicos")
        worded = RISK_WORDS[language].findall(answer["text"])
        assert len(worded) == len(dossier["risks"]), path.name
        for (chance, effect), risk in zip(worded, dossier["risks"], strict=True):
            assert (likelihood.get(chance), impact.get(effect)) == (
                risk["likelihood"],
                risk["impact"],
            ), (path.name, chance, effect)


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_example_answer_records_the_current_catalogue_and_wording(path):
    language = "en" if path.parent.name == "en" else "nl"
    vragen = _toml("vragen", language)
    wording = {s["id"]: s["text"] for q in vragen["questions"] for s in q["subquestions"]}
    items = {
        item["id"]: item["text"]
        for topic in _toml("checklists", language)["topics"]
        for item in topic["items"]
    }
    dossier = _example(path)
    for answer in dossier["answers"]:
        assert answer["catalogue_version"] == vragen["version"], answer["question_id"]
        assert answer["question_text"] == wording[answer["question_id"]], answer["question_id"]
    chosen = {item_id for item_id in items if item_id.split(".")[0] in dossier["topics"]}
    assert {c["item_id"] for c in dossier["checklist"]} == chosen
    for answer in dossier["checklist"]:
        assert answer["item_text"] == items[answer["item_id"]], answer["item_id"]


def test_both_languages_have_the_same_catalogue_version():
    assert _toml("vragen", "nl")["version"] == _toml("vragen", "en")["version"]


# --- Durations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("nl", "1 maand", "18 maanden"), ("en", "1 month", "18 months")],
)
def test_a_duration_of_one_month_is_singular_in_the_justification(language, one, many):
    i18n.use_language(language)
    catalogue = load_catalogue(language)
    dossier = Dossier(
        title="Avonddienst",
        rule=Rule(name="Twee verzorgenden per avonddienst", kind="richtlijn"),
        start_date=date(2026, 9, 1),
        duration_months=1,
    )
    html = render_html(dossier, catalogue)
    assert f"{one} (" in html and f"{one}s (" not in html and f"{one}en (" not in html
    dossier.duration_months = 18
    assert f"{many} (" in render_html(dossier, catalogue)

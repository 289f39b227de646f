"""Tests for the readiness check ("Klaar voor het inspectiebezoek?") and the law gate."""

import copy
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken.domain import readiness
from igj_afwijken.domain.model import (
    CouncilAdvice,
    Dossier,
    Involvement,
    Person,
    PlainSummary,
    Risk,
    Rule,
)
from igj_afwijken.domain.readiness import (
    ATTENTION_LEFT,
    NOT_READY,
    READY,
    LawGateError,
    assess,
    check_law_gate,
    is_ready,
    question_progress,
    readiness_state,
    readiness_state_of,
    start_progress,
)

TODAY = date(2026, 12, 1)


def _answer(catalogue, dossier, question_id, text):
    dossier.set_answer(catalogue.make_answer(question_id, text))


def _without_tables(dossier):
    """Leave only the answers to name risks and stakeholders, as the text rules read them."""
    dossier.risks, dossier.involvements = (), ()
    dossier.council_advice = CouncilAdvice()
    return dossier


def _rules_found(dossier, catalogue):
    return {finding.rule for finding in assess(dossier, catalogue, TODAY)}


# Each readiness rule of controle.nl.toml, with a change to the complete example that
# triggers it. A rule added to the data without a case here fails the coverage test below.
TRIGGERS = {
    "wet": lambda c, d: setattr(d, "rule", Rule(name="Wet zorg en dwang", kind="wet")),
    "onbeantwoord": lambda c, d: _answer(c, d, "veiligheid.maatregelen", "  "),
    "titel": lambda c, d: setattr(d, "title", ""),
    "regel": lambda c, d: setattr(d, "rule", Rule(name="", kind="protocol")),
    "verantwoordelijke": lambda c, d: setattr(d, "responsible", Person("", "locatiemanager")),
    "evaluatiedatum": lambda c, d: setattr(d, "next_evaluation", None),
    "clientenraad": lambda c, d: (
        _answer(c, d, "betrokkenheid.wie", "De medewerkers van het team en de raad van toezicht."),
        _answer(c, d, "betrokkenheid.inspraak", "Iedereen kon reageren in twee bijeenkomsten."),
    ),
    "medewerkers": lambda c, d: (
        _answer(c, d, "betrokkenheid.wie", "De cliëntenraad en de raad van toezicht gaven advies."),
        _answer(c, d, "betrokkenheid.inspraak", "Iedereen kon reageren in twee bijeenkomsten."),
    ),
    "raad_van_toezicht": lambda c, d: setattr(
        d, "involvements", tuple(i for i in d.involvements if i.party != "raad-van-toezicht")
    ),
    "risico": lambda c, d: _answer(
        c, d, "veiligheid.risicos", "Wij zien voor de bewoners geen bijzonderheden in deze aanpak."
    ),
    "basisoorzaken": lambda c, d: _answer(
        c, d, "waarom.oorzaken", "Er zijn in de regio te weinig mensen voor de avonddiensten."
    ),
    "stopcriterium": lambda c, d: setattr(d, "outlook", replace(d.outlook, stop_criterion=" ")),
    "vervolg": lambda c, d: setattr(d, "outlook", replace(d.outlook, direction="")),
    "kort_antwoord": lambda c, d: _answer(c, d, "werkwijze.taken", "Zie de overeenkomst."),
    "checklist_open": lambda c, d: d.checklist.pop(next(iter(d.checklist))),
    "bron": lambda c, d: setattr(d, "rule", replace(d.rule, source="")),
    "startdatum": lambda c, d: setattr(d, "start_date", None),
    "duur": lambda c, d: setattr(d, "duration_months", None),
    "verlopen": lambda c, d: setattr(d, "start_date", date(2024, 3, 1)),
    "checklist_nee": lambda c, d: d.set_checklist_answer(
        c.make_checklist_answer(c.chosen_topics(d.topics)[0].items[0].id, "nee", "")
    ),
    "risico_maatregel": lambda c, d: setattr(
        d, "risks", (Risk("Een verkeerde dosering", 2, 3, measures="", owner="Teamleider"),)
    ),
    "risico_hoog": lambda c, d: setattr(
        d, "risks", (Risk("Een val in de nacht", 4, 4, "Sensor bij het bed", "Teamleider", 4, 3),)
    ),
    "advies_clientenraad": lambda c, d: setattr(
        d, "council_advice", replace(d.council_advice, advice="negatief", follow_up="")
    ),
    "vooraf_betrokken": lambda c, d: setattr(
        d, "involvements", (*d.involvements, Involvement("medewerkers", "Teamoverleg", None))
    ),
    "aanspreekpunt_clienten": lambda c, d: setattr(
        d, "contacts", tuple(x for x in d.contacts if x.audience == "medewerkers")
    ),
    "aanspreekpunt_medewerkers": lambda c, d: setattr(
        d, "contacts", tuple(x for x in d.contacts if x.audience in ("clienten", "naasten"))
    ),
    "wet_genoemd": lambda c, d: _answer(
        c, d, "werkwijze.taken", "Elke nacht zetten we een bewegingssensor bij het bed aan."
    ),
    "gewone_woorden": lambda c, d: setattr(d, "plain_summaries", d.plain_summaries[1:]),
    "samenvatting_vaktermen": lambda c, d: setattr(
        d, "risks", (replace(d.risks[0], measures="Altijd achterwacht."), *d.risks[1:])
    ),
    "advies_op_tijd": lambda c, d: setattr(
        d, "council_advice", replace(d.council_advice, asked_on=d.start_date)
    ),
    "privacy": lambda c, d: setattr(
        d,
        "plain_summaries",
        (
            PlainSummary("waarom", "Mevrouw Jansen van 87 jaar heeft 's nachts vaak hulp nodig."),
            *d.plain_summaries[1:],
        ),
    ),
}


def test_the_complete_example_has_no_findings(example_dossier, catalogue):
    assert assess(example_dossier, catalogue, TODAY) == []


def test_every_rule_of_the_catalogue_has_a_trigger_case(catalogue):
    assert {rule.id for rule in catalogue.rules} == set(TRIGGERS)


@pytest.mark.parametrize("rule_id", sorted(TRIGGERS))
def test_each_rule_triggers_on_its_gap_and_only_there(rule_id, example_dossier, catalogue):
    rule = next(r for r in catalogue.rules if r.id == rule_id)
    document = rule.documents[0] if rule.documents else ""
    if rule.kind == "mentions":  # the text rules, read without the tables that also satisfy them
        _without_tables(example_dossier)
    assert rule_id not in {f.rule for f in assess(example_dossier, catalogue, TODAY, document)}
    TRIGGERS[rule_id](catalogue, example_dossier)
    findings = [f for f in assess(example_dossier, catalogue, TODAY, document) if f.rule == rule_id]
    assert len(findings) == 1
    assert findings[0].weight == rule.weight
    assert findings[0].message and "{" not in findings[0].message
    assert catalogue.field_label(findings[0].field) != findings[0].field  # a place in words


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(gaps=st.sets(st.sampled_from(sorted(TRIGGERS))))
def test_the_register_word_is_the_verdict_of_every_finding(gaps, example_dossier, catalogue):
    """Whatever mix of gaps a dossier has, the word the register keeps is the one that all the
    findings give, also where it asks only some of the rules."""
    dossier = copy.deepcopy(example_dossier)
    for rule_id in sorted(gaps):
        TRIGGERS[rule_id](catalogue, dossier)
    expected = readiness_state(assess(dossier, catalogue, TODAY))
    assert readiness_state_of(dossier, catalogue, TODAY) == expected


@pytest.mark.parametrize(
    ("gaps", "word", "texts_read"),
    [
        ((), READY, True),
        (("wet_genoemd",), ATTENTION_LEFT, True),
        (("wet_genoemd", "onbeantwoord"), NOT_READY, False),  # an answer is missing anyway
        (("wet_genoemd", "titel"), ATTENTION_LEFT, False),  # a point of attention anyway
    ],
)
def test_the_register_word_reads_the_texts_for_law_words_only_where_they_could_change_it(
    gaps, word, texts_read, example_dossier, catalogue, monkeypatch
):
    asked = []
    read_for_law_words = readiness._CHECKS["law_triggers"]

    def counted(rule, context):
        asked.append(rule.id)
        yield from read_for_law_words(rule, context)

    monkeypatch.setitem(readiness._CHECKS, "law_triggers", counted)
    for rule_id in gaps:
        TRIGGERS[rule_id](catalogue, example_dossier)
    assert readiness_state_of(example_dossier, catalogue, TODAY) == word
    assert bool(asked) == texts_read


def test_every_unanswered_subquestion_blocks(catalogue):
    dossier = Dossier(title="Leeg", rule=Rule(name="Richtlijn X"))
    blocking = [f for f in assess(dossier, catalogue, TODAY) if f.is_blocking]
    assert [f.field for f in blocking] == [s.id for s in catalogue.subquestions()]
    assert catalogue.subquestions()[0].text in blocking[0].message
    assert not is_ready(blocking)


def test_blocking_findings_come_first(example_dossier, catalogue):
    example_dossier.responsible = Person()
    del example_dossier.answers["evaluatie.signalen"]
    findings = assess(example_dossier, catalogue, TODAY)
    assert [f.is_blocking for f in findings] == [True, False]


def test_an_evaluation_date_in_the_past_is_named(example_dossier, catalogue):
    example_dossier.next_evaluation = date(2026, 3, 4)
    (finding,) = assess(example_dossier, catalogue, TODAY)
    assert finding.field == "next_evaluation" and "4 maart 2026" in finding.message
    example_dossier.next_evaluation = TODAY
    assert assess(example_dossier, catalogue, TODAY) == []


def test_words_count_where_a_word_starts_and_short_ones_only_whole(example_dossier, catalogue):
    _without_tables(example_dossier)

    def staff_finding(text):
        _answer(catalogue, example_dossier, "betrokkenheid.wie", text)
        _answer(catalogue, example_dossier, "betrokkenheid.inspraak", "Cliëntenraad en RvT.")
        return "medewerkers" in _rules_found(example_dossier, catalogue)

    assert not staff_finding("Alle Medewerkers van de afdeling en de cliëntenraad.")
    assert not staff_finding("De OR gaf instemming; de raad van toezicht keek mee.")
    assert staff_finding("De orde van de dag is besproken met de raad van toezicht.")


def _rules_for(catalogue, dossier, fields_and_texts):
    for question_id, text in fields_and_texts.items():
        _answer(catalogue, dossier, question_id, text)
    return _rules_found(dossier, catalogue)


STAKEHOLDER_RULES = {"clientenraad", "medewerkers"}


def test_compound_words_count_and_common_phrases_do_not(example_dossier, catalogue):
    d, c = _without_tables(example_dossier), catalogue
    risks, who, say = "veiligheid.risicos", "betrokkenheid.wie", "betrokkenheid.inspraak"
    found = _rules_for(c, d, {risks: "Het valrisico en het aantal medicatiefouten stijgen."})
    assert "risico" not in found
    found = _rules_for(c, d, {risks: "Als gevolg van de krapte valt de avonddienst weg."})
    assert "risico" in found
    found = _rules_for(
        c, d, {who: "De zorgmedewerkers, wijkverpleegkundigen en het nachtteam.", say: "In mei."}
    )
    assert "medewerkers" not in found
    found = _rules_for(c, d, {who: "De CCR, de OR en de RvT gaven advies.", say: "In mei."})
    assert not STAKEHOLDER_RULES & found


def test_line_breaks_and_pasted_accents_do_not_hide_a_word(example_dossier, catalogue):
    _without_tables(example_dossier)
    decomposed = "clie\u0308ntenraad"  # e + combining diaeresis, as some pasted text has it
    texts = {
        "betrokkenheid.wie": f"De {decomposed}, de medewerkers en de raad van\ntoezicht.",
        "betrokkenheid.inspraak": "Iedereen kon reageren in twee bijeenkomsten.",
    }
    assert not STAKEHOLDER_RULES & _rules_for(catalogue, example_dossier, texts)


def test_a_short_answer_is_named_once_even_where_a_stricter_rule_applies(
    example_dossier, catalogue
):
    _answer(catalogue, example_dossier, "waarom.oorzaken", "Te weinig mensen.")
    findings = assess(example_dossier, catalogue, TODAY)
    assert [(f.rule, f.field) for f in findings] == [("basisoorzaken", "waarom.oorzaken")]
    assert "3 woorden" in findings[0].message


def test_an_unanswered_question_is_not_also_reported_as_lacking_words(example_dossier, catalogue):
    del example_dossier.answers["betrokkenheid.wie"]
    assert [f.rule for f in assess(example_dossier, catalogue, TODAY)] == ["onbeantwoord"]


def test_open_checklist_points_are_counted_per_topic(example_dossier, catalogue):
    example_dossier.topics = (*example_dossier.topics, "technologie")
    (finding,) = assess(example_dossier, catalogue, TODAY)
    topic = catalogue.topic("technologie")
    assert finding.field == topic.items[0].id
    assert f"nog open: {len(topic.items)}" in finding.message and topic.title in finding.message
    for item in topic.items:
        example_dossier.set_checklist_answer(catalogue.make_checklist_answer(item.id, "nvt", ""))
    assert assess(example_dossier, catalogue, TODAY) == []


def test_law_gate_blocks_with_an_explanation(example_dossier, catalogue):
    example_dossier.rule = Rule(name="Wet zorg en dwang", kind="wet")
    findings = assess(example_dossier, catalogue, TODAY)
    assert findings[0].is_blocking and findings[0].field == "rule.kind"
    assert "niet van de wet" in findings[0].message
    with pytest.raises(LawGateError, match="niet van de wet"):
        check_law_gate(example_dossier, catalogue)


def test_progress_of_the_start_step_and_of_each_question(example_dossier, catalogue):
    assert start_progress(example_dossier) == (7, 7)
    assert start_progress(Dossier(title="Alleen een titel")) == (1, 7)
    del example_dossier.answers["veiligheid.risicos"]
    progress = question_progress(example_dossier, catalogue)
    assert progress["veiligheid"] == (2, 3)
    assert progress["waarom"] == (3, 3)


def test_the_tables_count_as_naming_risks_and_stakeholders(example_dossier, catalogue):
    from igj_afwijken.domain.model import Involvement, Risk

    d, c = _without_tables(example_dossier), catalogue
    silent = "Wij hebben hier niets over te melden aan de lezer."
    for field in ("veiligheid.risicos", "betrokkenheid.wie", "betrokkenheid.inspraak"):
        _answer(c, d, field, silent)
    assert {"risico", *STAKEHOLDER_RULES} <= _rules_found(d, c)
    d.risks = (Risk("Medicatiefout", 2, 4),)
    d.involvements = (Involvement("medewerkers"), Involvement("raad-van-toezicht"))
    d.council_advice = CouncilAdvice(advice="positief")
    assert not ({"risico", *STAKEHOLDER_RULES} & _rules_found(d, c))


def test_the_summary_names_jargon_in_the_risks_and_contacts_it_prints(example_dossier, catalogue):
    from igj_afwijken.domain.model import ContactPoint
    from igj_afwijken.domain.readiness import document_findings

    example_dossier.contacts = (
        *example_dossier.contacts,
        ContactPoint("naasten", "De EVV", "vast aanspreekpunt", "op de afdeling"),
        ContactPoint("medewerkers", "De EVV", "voor het team", "in het teamoverleg"),
    )
    from igj_afwijken.domain.risk import main_risks

    printed = {number - 1 for number, _ in main_risks(example_dossier.risks)}
    (lowest,) = set(range(len(example_dossier.risks))) - printed
    risks = list(example_dossier.risks)
    risks[lowest] = replace(risks[lowest], measures="Met intercollegiale toetsing.")
    example_dossier.risks = tuple(risks)
    findings = document_findings(example_dossier, catalogue, "clientenraad")
    # the staff line and a risk the summary leaves out are not printed, so not named
    assert [(f.field, "EVV" in f.message) for f in findings] == [("contacts", True)]
    assert "het aanspreekpunt ‘De EVV’" in findings[0].message
    assert document_findings(example_dossier, catalogue, "verantwoording") == []


def test_the_advice_request_says_when_the_council_cannot_answer_in_time(example_dossier, catalogue):
    from datetime import timedelta

    from igj_afwijken.domain.advice import reply_by
    from igj_afwijken.domain.readiness import document_findings

    start = example_dossier.start_date
    for days_before, in_time in ((60, True), (10, True), (2, True), (1, False), (0, False)):
        asked = start - timedelta(days=days_before)
        example_dossier.council_advice = replace(example_dossier.council_advice, asked_on=asked)
        findings = document_findings(example_dossier, catalogue, "adviesaanvraag", today=asked)
        assert (findings == []) == in_time, days_before
        reply = reply_by(example_dossier, catalogue.advice_reply_days, asked)
        assert reply <= asked + timedelta(days=catalogue.advice_reply_days)
        if in_time:
            assert asked < reply < start  # a reply date before the start, after the request

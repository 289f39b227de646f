"""The findings an inspector would raise: each fires on its gap, stays quiet where the gap is
closed, and a dossier with any of these gaps is never "klaar"."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.model import (
    ContactPoint,
    CouncilAdvice,
    Ending,
    Involvement,
    PlainSummary,
    Risk,
    Rule,
    privacy_fingerprint,
)
from igj_afwijken.domain.readiness import (
    READY,
    LawGateError,
    assess,
    by_step,
    check_law_gate,
    document_findings,
    identifies_a_client,
    readiness_state,
    verdict,
)

TODAY = date(2026, 12, 1)


def _found(dossier, catalogue, rule_id, document=""):
    return [f for f in assess(dossier, catalogue, TODAY, document) if f.rule == rule_id]


def _rule(catalogue, rule_id):
    return next(rule for rule in catalogue.rules if rule.id == rule_id)


def _say_no(catalogue, dossier, note):
    item = catalogue.chosen_topics(dossier.topics)[0].items[0]
    dossier.set_checklist_answer(catalogue.make_checklist_answer(item.id, "nee", note))
    return item


# -- checklist ---------------------------------------------------------------------------------


def test_a_no_needs_what_is_done_instead_and_by_when(example_dossier, catalogue):
    item = _say_no(catalogue, example_dossier, "")
    (finding,) = _found(example_dossier, catalogue, "checklist_nee")
    assert finding.field == item.id and item.text in finding.message
    _say_no(catalogue, example_dossier, "Een collega van het team neemt het over.")
    (finding,) = _found(example_dossier, catalogue, "checklist_nee")
    assert "wanneer" in finding.message
    for note in (
        "Een collega neemt het over; geregeld vóór 1 maart 2027.",
        "De teamleider regelt vervanging binnen twee weken.",
        "Vanaf januari neemt de regiopool het over.",
    ):
        _say_no(catalogue, example_dossier, note)
        assert _found(example_dossier, catalogue, "checklist_nee") == [], note


def test_yes_and_not_applicable_need_no_note(example_dossier, catalogue):
    item = catalogue.chosen_topics(example_dossier.topics)[0].items[0]
    for value in ("ja", "nvt"):
        example_dossier.set_checklist_answer(catalogue.make_checklist_answer(item.id, value, ""))
        assert _found(example_dossier, catalogue, "checklist_nee") == []


# -- risks -------------------------------------------------------------------------------------


def test_a_risk_names_its_measure_and_its_owner(example_dossier, catalogue):
    example_dossier.risks = (Risk("Vergeten medicatie", 2, 3, measures="", owner=""),)
    (finding,) = _found(example_dossier, catalogue, "risico_maatregel")
    assert "maatregel" in finding.message and "wie" in finding.message
    assert "Vergeten medicatie" in finding.message and finding.field == "risks"
    example_dossier.risks = (Risk("Vergeten medicatie", 2, 3, "Dubbele controle", "EVV"),)
    assert _found(example_dossier, catalogue, "risico_maatregel") == []


@pytest.mark.parametrize(
    ("risk", "found"),
    [
        (Risk("Val", 4, 4, "Sensor", "EVV", 4, 3), True),  # 12 after the measures: high
        (Risk("Val", 4, 4, "Sensor", "EVV", 5, 5), True),  # very high
        (Risk("Val", 4, 4, "Sensor", "EVV", 2, 3), False),  # 6 after the measures: medium
        (Risk("Val", 4, 4, "Sensor", "EVV", 4, 3, explanation="Besloten door de RvB."), False),
        (Risk("Val", 4, 4, "Sensor", "EVV"), True),  # high, and no estimate after the measures
        (Risk("Val", 3, 3, "Sensor", "EVV"), False),  # medium, no estimate needed to be calm
    ],
)
def test_a_risk_that_stays_high_needs_an_explanation(risk, found, example_dossier, catalogue):
    example_dossier.risks = (risk,)
    assert bool(_found(example_dossier, catalogue, "risico_hoog")) is found


# -- the client council, involvement, contact points -------------------------------------------


@pytest.mark.parametrize("advice", ["negatief", "positief-onder-voorwaarden"])
def test_negative_or_conditional_advice_needs_a_follow_up(advice, example_dossier, catalogue):
    example_dossier.council_advice = CouncilAdvice(
        asked_on=date(2026, 7, 1), given_on=date(2026, 7, 20), advice=advice, text="…"
    )
    assert len(_found(example_dossier, catalogue, "advies_clientenraad")) == 1
    example_dossier.council_advice = replace(
        example_dossier.council_advice, follow_up="We namen elke voorwaarde over."
    )
    assert _found(example_dossier, catalogue, "advies_clientenraad") == []


def test_positive_advice_needs_no_follow_up(example_dossier, catalogue):
    example_dossier.council_advice = CouncilAdvice(advice="positief", given_on=date(2026, 7, 2))
    assert _found(example_dossier, catalogue, "advies_clientenraad") == []


def test_advice_asked_but_not_given_counts_once_the_deviation_has_started(
    example_dossier, catalogue
):
    example_dossier.council_advice = CouncilAdvice(asked_on=date(2026, 11, 2))
    example_dossier.start_date = date(2027, 1, 1)
    assert _found(example_dossier, catalogue, "advies_clientenraad") == []
    example_dossier.start_date = date(2026, 11, 20)
    (finding,) = _found(example_dossier, catalogue, "advies_clientenraad")
    assert "2 november 2026" in finding.message


def test_parties_are_involved_before_the_start_and_with_a_date(example_dossier, catalogue):
    start = example_dossier.start_date
    example_dossier.involvements = (Involvement("clientenraad", "Overleg", start),)
    assert _found(example_dossier, catalogue, "vooraf_betrokken") == []  # on the day is in time
    example_dossier.involvements = (Involvement("clientenraad", "Overleg", date(2026, 10, 3)),)
    (late,) = _found(example_dossier, catalogue, "vooraf_betrokken")
    assert "3 oktober 2026" in late.message and "1 september 2026" in late.message
    example_dossier.involvements = (Involvement("raad-van-toezicht", "Vergadering", None),)
    (undated,) = _found(example_dossier, catalogue, "vooraf_betrokken")
    assert catalogue.parties["raad-van-toezicht"] in undated.message
    example_dossier.involvements = (Involvement("naasten", "Informatieavond", None),)
    assert _found(example_dossier, catalogue, "vooraf_betrokken") == []  # not asked beforehand


def test_the_supervisory_board_is_in_the_register_where_there_is_one(example_dossier, catalogue):
    example_dossier.involvements = ()
    example_dossier.has_supervisory_board = True
    (finding,) = _found(example_dossier, catalogue, "raad_van_toezicht")
    assert finding.field == "involvements"
    example_dossier.has_supervisory_board = None  # not said: ask at Start
    (finding,) = _found(example_dossier, catalogue, "raad_van_toezicht")
    assert finding.field == "has_supervisory_board"
    example_dossier.has_supervisory_board = False
    assert _found(example_dossier, catalogue, "raad_van_toezicht") == []
    example_dossier.has_supervisory_board = None
    example_dossier.involvements = (Involvement("raad-van-toezicht", "Vergadering"),)
    assert _found(example_dossier, catalogue, "raad_van_toezicht") == []


def test_one_contact_point_for_everyone_serves_clients_and_staff(example_dossier, catalogue):
    example_dossier.contacts = ()
    assert {f.rule for f in assess(example_dossier, catalogue, TODAY)} >= {
        "aanspreekpunt_clienten",
        "aanspreekpunt_medewerkers",
    }
    example_dossier.contacts = (ContactPoint("iedereen", "Locatiemanager"),)
    found = {f.rule for f in assess(example_dossier, catalogue, TODAY)}
    assert not found & {"aanspreekpunt_clienten", "aanspreekpunt_medewerkers"}


# -- the period, the start facts, question 5 ---------------------------------------------------


def test_an_expired_deviation_still_running_is_named_until_it_is_ended(example_dossier, catalogue):
    example_dossier.start_date, example_dossier.duration_months = date(2024, 2, 1), 6
    (finding,) = _found(example_dossier, catalogue, "verlopen")
    assert "1 augustus 2024" in finding.message
    example_dossier.ending = Ending(on=date(2024, 8, 1), reason="terug-naar-norm")
    assert _found(example_dossier, catalogue, "verlopen") == []
    example_dossier.ending = None
    example_dossier.start_date = date(2026, 6, 1)  # ends in June 2027
    assert _found(example_dossier, catalogue, "verlopen") == []


@pytest.mark.parametrize(
    ("direction", "plan_word"),
    [("terug-naar-norm", "teruggaat"), ("blijvend-anders", "veldnorm")],
)
def test_question_5_asks_the_way_back_or_where_the_new_way_is_brought_in(
    direction, plan_word, example_dossier, catalogue
):
    example_dossier.outlook = replace(example_dossier.outlook, direction=direction, plan="")
    (finding,) = _found(example_dossier, catalogue, "vervolg")
    assert plan_word in finding.message and finding.field == "outlook.plan"
    example_dossier.outlook = replace(example_dossier.outlook, plan="Via de brancheorganisatie.")
    assert _found(example_dossier, catalogue, "vervolg") == []


def test_the_examples_stop_criterion_no_longer_depends_on_a_word_list(example_dossier, catalogue):
    example_dossier.set_answer(
        catalogue.make_answer("evaluatie.bijsturen", "Elke maand kijken we samen naar de cijfers.")
    )
    assert _found(example_dossier, catalogue, "stopcriterium") == []
    example_dossier.outlook = replace(example_dossier.outlook, stop_criterion="")
    assert _found(example_dossier, catalogue, "stopcriterium")


# -- laws --------------------------------------------------------------------------------------


def test_a_rule_that_names_a_law_blocks_until_it_is_confirmed_as_built_on_it(
    example_dossier, catalogue
):
    example_dossier.rule = Rule(
        name="Inzet van domotica", kind="protocol", source="Wet zorg en dwang, stappenplan"
    )
    (finding,) = _found(example_dossier, catalogue, "wet")
    assert finding.is_blocking and finding.field == "rule.built_on_law"
    assert "Wet zorg en dwang" in finding.message
    with pytest.raises(LawGateError, match="Wet zorg en dwang"):
        check_law_gate(example_dossier, catalogue)
    example_dossier.rule = replace(example_dossier.rule, built_on_law=True)
    assert _found(example_dossier, catalogue, "wet") == []
    check_law_gate(example_dossier, catalogue)
    example_dossier.rule = replace(example_dossier.rule, kind="wet")  # a law stays a law
    assert _found(example_dossier, catalogue, "wet")


def test_a_wzd_trigger_asks_for_the_wzd_until_an_answer_names_it(example_dossier, catalogue):
    catalogue.make_answer("werkwijze.taken", "x")
    example_dossier.set_answer(
        catalogue.make_answer(
            "werkwijze.taken", "'s Nachts gaat de deur op slot en letten we op met camera's."
        )
    )
    (finding,) = _found(example_dossier, catalogue, "wet_genoemd")
    assert finding.field == "werkwijze.taken" and "Wzd" in finding.message
    example_dossier.set_answer(
        catalogue.make_answer(
            "werkwijze.taken",
            "'s Nachts gaat de deur op slot. Dat is onvrijwillige zorg: we volgen het "
            "stappenplan van de Wzd, met de Wzd-arts, en leggen het vast in het zorgplan.",
        )
    )
    assert _found(example_dossier, catalogue, "wet_genoemd") == []


# -- the documents for the client council, privacy ---------------------------------------------


def test_the_council_documents_need_their_plain_texts(example_dossier, catalogue):
    example_dossier.plain_summaries = example_dossier.plain_summaries[:1]
    assert _found(example_dossier, catalogue, "gewone_woorden") == []  # no document chosen
    assert _found(example_dossier, catalogue, "gewone_woorden", "verantwoording") == []
    for document in ("clientenraad", "adviesaanvraag"):
        (finding,) = document_findings(example_dossier, catalogue, document)
        assert "2, 3, 4, 5" in finding.message
        assert catalogue.document_kinds[document] in finding.message
        assert finding.field == "plain.werkwijze"
        assert catalogue.step_of(finding.field) == "werkwijze"


NAMES = st.sampled_from(["Jansen", "De Vries", "Bakker", "El Amrani", "Visser", "Öztürk"])
TITLES = st.sampled_from(["Mevrouw", "mevrouw", "Meneer", "Dhr.", "Mw.", "de heer"])
AGES = st.integers(min_value=2, max_value=109)
DIAGNOSES = st.sampled_from(["dementie", "diabetes type 1", "epilepsie", "COPD", "Parkinson"])


@settings(max_examples=150, deadline=None)
@given(title=TITLES, name=NAMES, age=AGES, diagnosis=DIAGNOSES, which=st.integers(0, 3))
def test_a_plain_text_that_points_at_one_client_is_named(title, name, age, diagnosis, which):
    catalogue = load_catalogue("nl")
    rule = _rule(catalogue, "privacy")
    sentence = [
        f"{title} {name} ({age} jaar) krijgt 's avonds hulp van haar dochter.",
        f"{title} {name} heeft {diagnosis} en krijgt 's nachts hulp.",
        f"Bij J.{name[0]}. ({age}) en {age}-jarige A.B. letten we extra op.".replace(
            f"({age})", f"({age} jaar)"
        ),
        f"Een {age}-jarige bewoner met {diagnosis} van de Vlindergroep krijgt hulp.",
    ][which]
    assert identifies_a_client(sentence, rule), sentence


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners krijgen 's nachts hulp van een vaste collega uit het team.",
        "Wij werken al 12 jaar met vrijwilligers; in 2026 zijn het er 40.",
        "Mensen met dementie hebben baat bij vaste gezichten.",
        "Meneer en mevrouw: iedereen kan bij de teamleider terecht.",
        "De Wzd-arts kijkt mee; het protocol van 2024 geldt.",
    ],
)
def test_anonymous_plain_texts_are_left_alone(text, catalogue):
    assert not identifies_a_client(text, _rule(catalogue, "privacy"))


def test_a_checked_text_stays_quiet_until_it_changes(example_dossier, catalogue):
    text = "Mevrouw Bakker (92 jaar) krijgt hulp bij het eten."
    example_dossier.plain_summaries = (PlainSummary("waarom", text),)
    (finding,) = _found(example_dossier, catalogue, "privacy")
    assert finding.field == "plain.waarom"
    example_dossier.privacy_checked = (privacy_fingerprint("plain.waarom", text),)
    assert _found(example_dossier, catalogue, "privacy") == []
    example_dossier.plain_summaries = (PlainSummary("waarom", text + " Ze is 92."),)
    assert _found(example_dossier, catalogue, "privacy")


# -- what the users met ----------------------------------------------------------------


GAPS = {
    "a checklist point answered no, without a note": lambda c, d: _say_no(c, d, ""),
    "negative advice without a follow-up": lambda c, d: setattr(
        d, "council_advice", CouncilAdvice(advice="negatief", given_on=date(2026, 8, 1))
    ),
    "risks without a measure and an owner": lambda c, d: setattr(
        d, "risks", tuple(replace(r, measures="", owner="") for r in d.risks)
    ),
    "no contact points": lambda c, d: setattr(d, "contacts", ()),
    "an expired deviation": lambda c, d: (
        setattr(d, "start_date", date(2024, 1, 15)),
        setattr(d, "duration_months", 6),
    ),
    "no start date": lambda c, d: setattr(d, "start_date", None),
    "no rule source": lambda c, d: setattr(d, "rule", replace(d.rule, source="")),
    "no duration": lambda c, d: setattr(d, "duration_months", None),
    "no stop criterion": lambda c, d: setattr(d, "outlook", replace(d.outlook, stop_criterion="")),
}


@pytest.mark.parametrize("gap", sorted(GAPS))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dossier_with_a_gap_an_inspector_finds_is_never_klaar(gap, language, example_dossier):
    catalogue = load_catalogue(language)
    assert readiness_state(assess(example_dossier, catalogue, TODAY)) == READY
    GAPS[gap](catalogue, example_dossier)
    findings = assess(example_dossier, catalogue, TODAY)
    assert readiness_state(findings) != READY
    assert findings and verdict(findings, catalogue) != catalogue.readiness["ready"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_findings_read_like_advice_grouped_per_step(language, example_dossier):
    catalogue = load_catalogue(language)
    example_dossier.contacts, example_dossier.start_date = (), None
    del example_dossier.answers["werkwijze.keuze"]
    findings = assess(example_dossier, catalogue, TODAY)
    steps = by_step(findings, catalogue)
    assert [step for step, _ in steps] == ["start", "werkwijze", "betrokkenheid"]
    assert catalogue.step_title("werkwijze").startswith("2. ")
    texts = [verdict(findings, catalogue), *(f.message for f in findings)]
    texts += [t for rule in catalogue.rules for t in (rule.message, *rule.messages.values())]
    for text in texts:
        assert "(en)" not in text and "blokkerend" not in text.lower(), text
        assert not text.lower().startswith(("bij vraag", "vraag ", "in question", "question ")), (
            text
        )

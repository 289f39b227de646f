"""Tests for the Jinja environment and the justification template."""

import os
import re
from datetime import datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from igj_afwijken import paths
from igj_afwijken.domain.model import Answer, Rule
from igj_afwijken.domain.readiness import LawGateError
from igj_afwijken.rendering.templating import (
    TemplateError,
    environment,
    render_html,
    template_names,
)

REFERENCE = Path(__file__).resolve().parents[1] / "reference" / "verantwoording-vrijwilliger.html"
PRINTED_AT = datetime(2026, 9, 2, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))


def test_every_template_autoescapes_and_is_strict():
    env = environment()
    assert env.autoescape is True
    assert env.undefined.__name__ == "StrictUndefined"


def test_templates_are_listed_by_name():
    assert "verantwoording" in template_names()


@pytest.mark.parametrize("template", template_names())
def test_the_example_renders_as_the_reference(template, example_dossier, catalogue, amsterdam_time):
    html = render_html(example_dossier, catalogue, template, printed_at=PRINTED_AT)
    reference = REFERENCE.with_name(f"{template}-vrijwilliger.html")
    if os.environ.get("UPDATE_REFERENCE"):
        reference.write_text(html, "utf-8")
    assert html == reference.read_text("utf-8")


def test_every_kind_of_document_has_a_name_and_there_are_four(catalogue):
    names = template_names()
    assert {"verantwoording", "clientenraad", "adviesaanvraag", "evaluatie"} <= set(names)
    assert all(name in catalogue.document_kinds for name in names)


def test_the_advice_request_asks_its_questions_and_names_a_reply_date(example_dossier, catalogue):
    html = unescape(render_html(example_dossier, catalogue, "adviesaanvraag", PRINTED_AT))
    for question in catalogue.advice_questions:
        assert question in html
    asked = example_dossier.council_advice.asked_on
    from datetime import timedelta

    from igj_afwijken.domain.text import long_date

    assert f"uiterlijk <b>{long_date(asked + timedelta(days=catalogue.advice_reply_days))}" in html


def test_the_evaluation_report_holds_the_plan_and_every_evaluation(example_dossier, catalogue):
    from datetime import date

    from igj_afwijken.domain.model import EvaluationRecord

    example_dossier.evaluations = (
        EvaluationRecord(date(2026, 12, 1), "Twee meldingen", "Extra overdracht", date(2027, 3, 1)),
    )
    html = unescape(render_html(example_dossier, catalogue, "evaluatie", PRINTED_AT))
    assert "Twee meldingen" in html and "Extra overdracht" in html and "1 maart 2027" in html
    for sub in catalogue.questions[4].subquestions:
        assert sub.text in html


def test_the_document_holds_facts_rule_questions_answers_and_version(example_dossier, catalogue):
    html = unescape(render_html(example_dossier, catalogue, printed_at=PRINTED_AT))
    for text in (
        "Zorggroep De Waterlelie",
        "Marieke Jansen",
        "Protocol voorbehouden en risicovolle handelingen",
        "1 september 2026",
        "tot 1 september 2027",
        f"versie {catalogue.version}",
    ):
        assert text in html
    for question in catalogue.questions:
        assert question.text.split("?")[0] in html
        for sub in question.subquestions:
            assert sub.text in html


def test_the_checklist_answers_appear_in_the_document(example_dossier, catalogue):
    example_dossier.topics = ("vrijwilligers", "technologie")
    item = catalogue.topic("vrijwilligers").items[0]
    example_dossier.set_checklist_answer(
        catalogue.make_checklist_answer(item.id, "nee", "Afspraak <nog> maken & ondertekenen")
    )
    html = render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    text = unescape(html)
    assert "Checklists" in text and catalogue.topic("technologie").title in text
    assert "Afspraak <nog> maken & ondertekenen" in text
    assert "&lt;nog&gt;" in html  # a note is text, never markup
    assert item.text in text and 'class="value-nee">Nee<' in html
    for open_item in catalogue.topic("technologie").items:
        assert open_item.text in text
    assert text.count(catalogue.checklist_values[""]) >= len(catalogue.topic("technologie").items)
    assert "Volgende evaluatie" in text and "Onderwerpen" in text


def test_without_topics_there_is_no_checklist_section(example_dossier, catalogue):
    example_dossier.topics = ()
    assert "Checklists" not in render_html(example_dossier, catalogue, printed_at=PRINTED_AT)


def test_unanswered_questions_are_marked_open(catalogue, example_dossier):
    del example_dossier.answers["evaluatie.bijsturen"]
    html = render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    assert html.count("Nog niet beantwoord.") == 1
    assert "Van de 15 deelvragen zijn er 14 beantwoord." in html


def test_an_old_answer_keeps_the_wording_it_was_given_under(catalogue, example_dossier):
    old = example_dossier.answers["waarom.knelpunt"]
    example_dossier.answers["waarom.knelpunt"] = Answer(
        old.question_id, old.text, "2025.1", "Wat was het probleem?", old.updated_at
    )
    html = render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    assert "<h3>Wat was het probleem? *</h3>" in html
    assert catalogue.subquestion("waarom.knelpunt").text not in html
    assert "eerdere versie van de vragenlijst" in html


@pytest.mark.parametrize("wording", ["", "  "])
def test_an_answer_that_kept_no_wording_stands_under_the_current_question(
    wording, catalogue, example_dossier
):
    # The exchange format allows an empty question_text (a file made by another program):
    # that is no earlier wording to show, so the answer stands under the question as it is
    # now, not under an empty heading marked as asked earlier.
    old = example_dossier.answers["waarom.knelpunt"]
    example_dossier.answers["waarom.knelpunt"] = Answer(
        old.question_id, old.text, "2025.1", wording, old.updated_at
    )
    html = render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    assert f"<h3>{catalogue.subquestion('waarom.knelpunt').text}</h3>" in html
    assert "eerdere versie van de vragenlijst" not in html


def test_answers_to_questions_no_longer_asked_are_kept(catalogue, example_dossier):
    example_dossier.answers["oud.vraag"] = Answer(
        "oud.vraag",
        "Een oud antwoord",
        "2025.1",
        "Een vraag van vroeger?",
        example_dossier.updated_at,
    )
    html = render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    assert "Een vraag van vroeger?" in html and "Een oud antwoord" in html


def test_a_law_gets_no_justification(catalogue, example_dossier):
    example_dossier.rule = Rule(name="Wet zorg en dwang", kind="wet")
    with pytest.raises(LawGateError, match="niet van de wet"):
        render_html(example_dossier, catalogue)


def test_unknown_template_is_a_clear_error(catalogue, example_dossier):
    with pytest.raises(TemplateError, match="Onbekend sjabloon 'bestaatniet'"):
        render_html(example_dossier, catalogue, template="bestaatniet")
    with pytest.raises(TemplateError, match="Onbekend sjabloon"):
        render_html(example_dossier, catalogue, template="../README")


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


INJECTION = '<script>alert("x")</script><img src=x onerror=alert(1)> & [link](javascript:alert(2))'


def test_script_injection_comes_out_escaped(catalogue, example_dossier):
    example_dossier.title = INJECTION
    example_dossier.organisation = "<b onmouseover=alert(3)>Org</b>"
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", INJECTION))
    html = render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    parsed = _Collector()
    parsed.feed(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    assert not [value for _, value in parsed.attributes if value and "javascript:" in value]
    text = "".join(parsed.text)
    assert '<script>alert("x")</script>' in text
    assert "<b onmouseover=alert(3)>Org</b>" in text


def test_every_question_id_a_template_names_exists(catalogue):
    known = catalogue.all_ids()
    for template in paths.templates_dir().glob("*.j2"):
        source = template.read_text("utf-8")
        named = set(re.findall(r"""["']([a-z]+\.[a-z_]+)["']""", source))
        assert named <= known, (template.name, named - known)


def _lived_in(dossier, catalogue):
    """The example after a year: risks, involvement, advice, evaluations, an attachment, two
    versions and a change since the second."""
    import hashlib
    from datetime import UTC, date

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import (
        Attachment,
        ContactPoint,
        CouncilAdvice,
        EvaluationRecord,
        Involvement,
        Person,
        Risk,
    )

    dossier.risks = (
        Risk("Handeling gaat mis <zonder> collega", 2, 5, "Achterwacht", "teamleider", 1, 4),
        Risk("Vaardigheid raakt weg", 2, 3, "Jaarlijkse toets", "specialist"),
    )
    dossier.involvements = (Involvement("clientenraad", "adviesaanvraag", date(2026, 8, 1)),)
    dossier.council_advice = CouncilAdvice(
        date(2026, 8, 1), date(2026, 8, 15), "positief-onder-voorwaarden", "Doe **dit**.", "Gedaan."
    )
    dossier.contacts = (ContactPoint("naasten", "Sanne de Vries", "teamleider", "06-1"),)
    dossier.evaluator = "Teamleider"
    content = b"brief"
    dossier.attachments = (
        Attachment(
            "Adviesbrief.pdf",
            content,
            hashlib.sha256(content).hexdigest(),
            datetime(2026, 8, 16, tzinfo=UTC),
        ),
    )
    adopt(dossier, catalogue, Person("A. de Vries", "bestuurder"), date(2026, 9, 1))
    dossier.evaluations = (
        EvaluationRecord(date(2026, 12, 1), "Geen incidenten", "Overdracht aangepast"),
    )
    adopt(dossier, catalogue, Person("A. de Vries", "bestuurder"), date(2026, 12, 2))
    dossier.set_answer(catalogue.make_answer("waarom.knelpunt", "Een nieuw knelpunt."))
    return dossier


def test_the_document_shows_version_adoption_and_what_changed(example_dossier, catalogue):
    html = unescape(
        render_html(_lived_in(example_dossier, catalogue), catalogue, printed_at=PRINTED_AT)
    )
    assert "concept voor versie 3; versie 2 vastgesteld op 2 december 2026 door A. de Vries" in (
        " ".join(html.split())
    )
    assert "Sinds versie 2: Gewijzigd: vraag 1 (1 wijziging)." in html
    assert "Eerste vastgestelde versie." in html and "vraag 5 (1 wijziging)" in html


def test_the_document_holds_risks_involvement_advice_evaluations_and_attachments(
    example_dossier, catalogue
):
    raw = render_html(_lived_in(example_dossier, catalogue), catalogue, printed_at=PRINTED_AT)
    html = unescape(raw)
    assert "&lt;zonder&gt;" in raw  # a risk is text, never markup
    for text in (
        "Risicomatrix",
        "Na de maatregelen",
        "Positief onder voorwaarden",
        "<strong>dit</strong>",
        "Sanne de Vries",
        "Geen incidenten",
        "Overdracht aangepast",
        "Adviesbrief.pdf",
        "Teamleider",
    ):
        assert text in html, text


def test_the_matrix_places_each_risk_in_its_cell(example_dossier, catalogue):
    from igj_afwijken.rendering.templating import risk_matrix

    dossier = _lived_in(example_dossier, catalogue)
    rows = dict(risk_matrix(dossier))  # impact → the five cells by likelihood
    assert rows[5][1].numbers == "1" and rows[3][1].numbers == "2"
    assert sum(bool(cell.numbers) for cells in rows.values() for cell in cells) == 2
    residual = dict(risk_matrix(dossier, residual=True))
    assert residual[4][0].numbers == "1"  # risk 2 has no residual assessment yet
    assert sum(bool(cell.numbers) for cells in residual.values() for cell in cells) == 1
    assert rows[5][4].colour != rows[1][0].colour


def test_the_printed_matrix_has_the_colours_of_the_screen(example_dossier, catalogue):
    from igj_afwijken.domain.risk import LEVEL_COLOURS, level_colour
    from igj_afwijken.rendering.templating import risk_matrix

    rows = dict(risk_matrix(_lived_in(example_dossier, catalogue)))
    for impact, cells in rows.items():
        for likelihood, cell in enumerate(cells, start=1):
            assert cell.colour == level_colour(likelihood * impact)
    assert {cell.colour for cells in rows.values() for cell in cells} == set(LEVEL_COLOURS)

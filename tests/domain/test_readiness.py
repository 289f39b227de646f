"""Tests for the readiness check and the law gate."""

import pytest

from igj_afwijken.domain.model import Dossier, Rule
from igj_afwijken.domain.readiness import (
    LawGateError,
    NotReadyError,
    adopt,
    assess,
    check_law_gate,
    is_ready,
)


def test_the_complete_example_is_ready(example_dossier, catalogue):
    findings = assess(example_dossier, catalogue)
    assert is_ready(findings)
    assert findings == []


def test_every_unanswered_subquestion_blocks(catalogue):
    dossier = Dossier(title="Leeg", rule=Rule(name="Richtlijn X"))
    findings = assess(dossier, catalogue)
    assert [f.field for f in findings] == [s.id for s in catalogue.subquestions()]
    assert all(f.is_blocking for f in findings)
    assert "Vraag 1" in findings[0].message
    assert not is_ready(findings)


def test_a_missing_rule_name_is_a_point_of_attention_only(example_dossier, catalogue):
    example_dossier.rule = Rule(name="", kind="richtlijn")
    findings = assess(example_dossier, catalogue)
    assert [(f.weight, f.field) for f in findings] == [("aandachtspunt", "rule.name")]
    assert is_ready(findings)


def test_law_gate_blocks_with_an_explanation(example_dossier, catalogue):
    example_dossier.rule = Rule(name="Wet zorg en dwang", kind="wet")
    findings = assess(example_dossier, catalogue)
    assert findings[0].is_blocking
    assert findings[0].field == "rule.kind"
    assert "niet van de wet" in findings[0].message
    with pytest.raises(LawGateError, match="niet van de wet"):
        check_law_gate(example_dossier, catalogue)


def test_a_law_cannot_be_adopted_even_when_complete(example_dossier, catalogue):
    example_dossier.rule = Rule(name="Wet", kind="wet")
    with pytest.raises(LawGateError):
        adopt(example_dossier, catalogue)
    assert example_dossier.status == "concept"


def test_adoption_needs_every_question_answered(catalogue, example_dossier):
    incomplete = Dossier(title="Half", rule=Rule(name="Protocol"))
    with pytest.raises(NotReadyError):
        adopt(incomplete, catalogue)
    assert incomplete.status == "concept"
    adopt(example_dossier, catalogue)
    assert example_dossier.status == "vastgesteld"


def test_a_missing_title_is_a_point_of_attention(example_dossier, catalogue):
    example_dossier.title = "  "
    findings = assess(example_dossier, catalogue)
    assert [(f.weight, f.field) for f in findings] == [("aandachtspunt", "title")]


def test_progress_of_the_start_step_and_of_each_question(example_dossier, catalogue):
    from igj_afwijken.domain.readiness import question_progress, start_progress

    assert start_progress(example_dossier) == (7, 7)
    assert start_progress(Dossier(title="Alleen een titel")) == (1, 7)
    del example_dossier.answers["veiligheid.risicos"]
    progress = question_progress(example_dossier, catalogue)
    assert progress["veiligheid"] == (2, 3)
    assert progress["waarom"] == (3, 3)

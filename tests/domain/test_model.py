"""Tests for the dossier model."""

from datetime import UTC, date, datetime

from igj_afwijken.domain.model import RULE_KINDS, Answer, Dossier, Rule


def test_rule_kinds_are_the_literal_values_of_the_domain():
    assert RULE_KINDS == (
        "wet", "veldnorm", "richtlijn", "protocol", "kwaliteitskader", "interne-afspraak"
    )  # fmt: skip


def test_only_a_law_is_a_law():
    assert Rule(kind="wet").is_law
    assert not any(Rule(kind=kind).is_law for kind in RULE_KINDS if kind != "wet")


def test_end_date_adds_the_intended_duration():
    dossier = Dossier(title="t", start_date=date(2026, 1, 31), duration_months=1)
    assert dossier.end_date == date(2026, 2, 28)
    dossier.duration_months = 12
    assert dossier.end_date == date(2027, 1, 31)
    dossier.duration_months = None
    assert dossier.end_date is None


def test_setting_an_answer_moves_the_change_time_forward_only():
    dossier = Dossier(title="t", updated_at=datetime(2026, 5, 1, tzinfo=UTC))
    later = Answer("waarom.knelpunt", "x", "1", "vraag", datetime(2026, 6, 1, tzinfo=UTC))
    dossier.set_answer(later)
    assert dossier.updated_at == later.updated_at
    earlier = Answer("waarom.oorzaken", "y", "1", "vraag", datetime(2026, 4, 1, tzinfo=UTC))
    dossier.set_answer(earlier)
    assert dossier.updated_at == later.updated_at
    assert dossier.answer_text("waarom.oorzaken") == "y"
    assert dossier.answer_text("nergens.id") == ""


def test_whitespace_is_not_an_answer():
    assert not Answer("a.b", "  \n ", "1", "v", datetime.now(UTC)).is_answered


def test_new_dossiers_get_distinct_ids():
    assert Dossier(title="a").id != Dossier(title="a").id

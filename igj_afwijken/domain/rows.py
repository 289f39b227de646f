"""The rows of a dossier's tables as plain JSON data, shared by the store and the exchange file."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from functools import cache
from typing import Any, get_type_hints

from igj_afwijken import i18n
from igj_afwijken.domain.model import (
    AUDIENCES,
    PARTIES,
    SCALE,
    ContactPoint,
    Dossier,
    EvaluationRecord,
    Involvement,
    PlainSummary,
    Risk,
)
from igj_afwijken.domain.moments import parse_date

ROW_KINDS: dict[str, type] = {
    "risks": Risk,
    "involvements": Involvement,
    "contacts": ContactPoint,
    "evaluations": EvaluationRecord,
    "plain_summaries": PlainSummary,
}
# The question of the catalogue whose step each kind of row belongs with: where the window
# shows its table and where a comparison of versions reports its changes.
ROW_QUESTIONS: dict[str, str] = {
    "risks": "veiligheid",
    "involvements": "betrokkenheid",
    "contacts": "betrokkenheid",
    "evaluations": "evaluatie",
}
_DATES = {"on", "held_on", "next_date"}
_CHOICES = {"party": PARTIES, "audience": AUDIENCES}
_SCALES = {"likelihood", "impact", "residual_likelihood", "residual_impact"}


def row_to_data(row: Any) -> dict:
    data = {}
    for f in fields(row):
        value = getattr(row, f.name)
        data[f.name] = value.isoformat() if isinstance(value, date) else value
    return data


def row_from_data(kind: str, data: dict) -> Any:
    """A row from its JSON data; raises ValueError with a reason for the user when a
    value is wrong."""
    cls = ROW_KINDS[kind]
    values = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in _DATES and value is not None:
            value = parse_date(value)
        elif _text_fields(cls).get(f.name) and not isinstance(value, str):
            raise ValueError(
                i18n.translate("rows", "'{value}' is geen tekst").format(value=str(value)[:40])
            )
        if f.name in _CHOICES and value not in _CHOICES[f.name]:
            raise ValueError(
                i18n.translate("rows", "'{value}' is geen bekende keuze").format(value=value)
            )
        if (
            f.name in _SCALES
            and value is not None
            and (type(value) is not int or value not in SCALE)
        ):
            raise ValueError(
                i18n.translate("rows", "{value} ligt niet tussen 1 en 5").format(value=value)
            )
        values[f.name] = value
    return cls(**values)


@cache
def _text_fields(cls: type) -> dict[str, bool]:
    """Which fields of a row class hold plain text."""
    return {name: hint is str for name, hint in get_type_hints(cls).items()}


def rows_of(dossier: Dossier, kind: str) -> tuple:
    return getattr(dossier, kind)


CLIENT_AUDIENCES = ("clienten", "naasten", "iedereen")  # contacts the council's summary names
_COUNCIL = ("cliëntenraad", "clientenraad", "client council")


def client_contacts(dossier: Dossier) -> list[ContactPoint]:
    """The contact points for clients and their families, as the client council's summary
    names them: no lines for staff, and not the council itself."""
    return [
        contact
        for contact in dossier.contacts
        if contact.audience in CLIENT_AUDIENCES
        and not any(word in f"{contact.name} {contact.role}".casefold() for word in _COUNCIL)
    ]

"""The single-file exchange format (JSON) for mailing, archiving and re-opening one dossier."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken import __version__, i18n, paths
from igj_afwijken.domain.model import (
    Adoption,
    Answer,
    Attachment,
    ChecklistAnswer,
    CouncilAdvice,
    Dossier,
    Ending,
    Outlook,
    Person,
    Rule,
    Version,
)
from igj_afwijken.domain.moments import parse_date, parse_moment
from igj_afwijken.domain.rows import ROW_KINDS, row_from_data, row_to_data
from igj_afwijken.domain.text import iso_date
from igj_afwijken.errors import explain
from igj_afwijken.fileio import write_atomic

if TYPE_CHECKING:  # pypdf and jsonschema load when a file is read, not at start-up
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

FORMAT = "igj-afwijken-dossier"
# 2 added topics, their checklist and the next evaluation date; 3 added risks, involvement,
# contact points, the client council's advice, evaluations, adoption, ending, versions and
# attachments; 4 added the rule built on a law, the supervisory board, question 5's stop
# criterion and direction, a risk's explanation and the plain texts checked for privacy.
# Every earlier version still reads: what it lacks is empty.
FORMAT_VERSION = 4
MAX_FILE_BYTES = 40 * 1024 * 1024  # attachments travel inside the file
MAX_NESTING = 12
FILE_SUFFIX = ".json"
EMBEDDED_NAME = "afwijking.json"  # the exchange file's name inside a PDF


class ExchangeError(Exception):
    """A file that is not a readable dossier; the message is meant for the user."""


def to_document(dossier: Dossier) -> dict:
    """The exchange document for a dossier: plain JSON types, in a fixed order."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "dossier": dossier_data(dossier),
    }


def snapshot(dossier: Dossier) -> dict:
    """The dossier as an adopted version freezes it: no history, attachments by name only."""
    return dossier_data(dossier, history=False)


def version_snapshot(version: Version) -> dict:
    """A version's dossier in the shape it is stored in: as it was read, or frozen anew."""
    if version.snapshot is not None:
        return version.snapshot
    assert version.dossier is not None  # a version is either read from a snapshot or adopted
    return snapshot(version.dossier)


def dossier_data(dossier: Dossier, history: bool = True) -> dict:
    data = {
        "id": dossier.id,
        "title": dossier.title,
        "organisation": dossier.organisation,
        "location": dossier.location,
        "team": dossier.team,
        "sector": dossier.sector,
        "rule": {
            "name": dossier.rule.name,
            "kind": dossier.rule.kind,
            "source": dossier.rule.source,
            "section": dossier.rule.section,
            "built_on_law": dossier.rule.built_on_law,
        },
        "start_date": iso_date(dossier.start_date),
        "duration_months": dossier.duration_months,
        "responsible": {"name": dossier.responsible.name, "role": dossier.responsible.role},
        "status": dossier.status,
        "topics": list(dossier.topics),
        "next_evaluation": iso_date(dossier.next_evaluation),
        "created_at": dossier.created_at.isoformat(),
        "updated_at": dossier.updated_at.isoformat(),
        "answers": [
            {
                "question_id": answer.question_id,
                "text": answer.text,
                "catalogue_version": answer.catalogue_version,
                "question_text": answer.question_text,
                "updated_at": answer.updated_at.isoformat(),
            }
            for answer in sorted(dossier.answers.values(), key=lambda a: a.question_id)
        ],
        "checklist": [
            {
                "item_id": item.item_id,
                "value": item.value,
                "note": item.note,
                "item_text": item.item_text,
                "updated_at": item.updated_at.isoformat(),
            }
            for item in sorted(dossier.checklist.values(), key=lambda c: c.item_id)
        ],
        **{kind: [row_to_data(row) for row in getattr(dossier, kind)] for kind in ROW_KINDS},
        "evaluator": dossier.evaluator,
        "council_advice": {
            "asked_on": iso_date(dossier.council_advice.asked_on),
            "given_on": iso_date(dossier.council_advice.given_on),
            "advice": dossier.council_advice.advice,
            "text": dossier.council_advice.text,
            "follow_up": dossier.council_advice.follow_up,
        },
        "outlook": {
            "stop_criterion": dossier.outlook.stop_criterion,
            "direction": dossier.outlook.direction,
            "plan": dossier.outlook.plan,
        },
        "has_supervisory_board": dossier.has_supervisory_board,
        "privacy_checked": list(dossier.privacy_checked),
        "adoption": (
            {
                "on": dossier.adoption.on.isoformat(),
                "by": {"name": dossier.adoption.by.name, "role": dossier.adoption.by.role},
            }
            if dossier.adoption
            else None
        ),
        "ending": (
            {
                "on": dossier.ending.on.isoformat(),
                "reason": dossier.ending.reason,
                "explanation": dossier.ending.explanation,
                "replaced_by": dossier.ending.replaced_by,
            }
            if dossier.ending
            else None
        ),
    }
    attachments = []
    for attachment in dossier.attachments:
        item = {
            "id": attachment.id,
            "name": attachment.name,
            "size": attachment.size,
            "sha256": attachment.sha256,
            "added_at": attachment.added_at.isoformat(),
        }
        if history:
            item["content"] = base64.b64encode(attachment.content).decode("ascii")
        attachments.append(item)
    data["attachments"] = attachments
    if history:
        data["versions"] = [
            {
                "number": version.number,
                "adopted_on": version.adopted_on.isoformat(),
                "adopted_by": {"name": version.adopted_by.name, "role": version.adopted_by.role},
                "summary": version.summary,
                "snapshot": version_snapshot(version),
            }
            for version in dossier.versions
        ]
    return data


def dumps(dossier: Dossier) -> str:
    return json.dumps(to_document(dossier), ensure_ascii=False, indent=2) + "\n"


def write_file(path: Path, dossier: Dossier) -> None:
    write_atomic(path, dumps(dossier).encode("utf-8"))


def read_file(path: Path) -> Dossier:
    """Read and validate an exchange file; raises ExchangeError with a message for the user."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError(
                i18n.translate(
                    "exchange",
                    "Het bestand {name} is te groot ({size} kB) voor een afwijking; "
                    "het maximum is {maximum} MB.",
                ).format(name=path.name, size=size // 1024, maximum=MAX_FILE_BYTES // (1024 * 1024))
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(
            i18n.translate("exchange", "Het bestand {path} bestaat niet.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise ExchangeError(
            i18n.translate("exchange", "{path} is een map, geen bestand.").format(path=path)
        ) from None
    except OSError as error:
        raise ExchangeError(
            i18n.translate(
                "exchange", "Het bestand {path} kan niet worden gelezen: {reason}."
            ).format(path=path, reason=explain(error))
        ) from None
    if data.startswith(b"%PDF"):
        data = _embedded_exchange_file(data, path.name)
    elif path.suffix.lower() == ".pdf":
        raise ExchangeError(
            i18n.translate("exchange", "{name} is geen geldige PDF.").format(name=path.name)
        )
    return loads(data, name=path.name)


def _embedded_exchange_file(pdf: bytes, name: str) -> bytes:
    """The exchange file a PDF made by this program carries inside it."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        encrypted = reader.is_encrypted
        found = None if encrypted else reader.attachments.get(EMBEDDED_NAME)
    except Exception:  # noqa: BLE001 - a PDF parser given any bytes can fail in any way
        raise ExchangeError(
            i18n.translate("exchange", "{name} is een beschadigde of onleesbare PDF.").format(
                name=name
            )
        ) from None
    if encrypted:  # the program never encrypts its PDFs: someone protected this one since
        raise ExchangeError(
            i18n.translate(
                "exchange",
                "{name} is beveiligd (versleuteld of met een wachtwoord), dus de afwijking erin "
                "kan niet worden gelezen. Lees de oorspronkelijke PDF of het uitwisselbestand "
                "(.json) in.",
            ).format(name=name)
        )
    if not found:
        raise ExchangeError(
            i18n.translate(
                "exchange",
                "{name} bevat geen afwijking om in te lezen. Alleen de volledige verantwoording "
                "en het evaluatieverslag die met IGJ Afwijken als PDF zijn gemaakt dragen de "
                "afwijking in zich (de samenvatting en de adviesaanvraag niet).",
            ).format(name=name)
        )
    return found[0]


def _the_file(name: str) -> str:
    """The name a message uses for the file: its own name, or "the file" in the current language."""
    return name or i18n.translate("exchange", "Het bestand")


def loads(data: bytes | str, name: str = "") -> Dossier:
    """The dossier in an exchange document; `name` (the file's) is for the messages."""
    name = _the_file(name)
    too_deep = i18n.translate("exchange", "{name} is te diep genest om een afwijking te zijn.")
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            i18n.translate("exchange", "{name} is te groot voor een afwijking.").format(name=name)
        )
    try:
        text = data if isinstance(data, str) else data.decode(json.detect_encoding(data))
        document = json.loads(text, object_pairs_hook=_refuse_repeated_keys)
    except UnicodeDecodeError:
        if isinstance(data, bytes) and _decodes_with_lone_surrogates(data):
            raise _lone_surrogate(name) from None
        raise ExchangeError(
            i18n.translate("exchange", "{name} is geen tekstbestand (geen UTF-8).").format(
                name=name
            )
        ) from None
    except json.JSONDecodeError as error:
        raise ExchangeError(
            i18n.translate(
                "exchange",
                "{name} is geen geldig JSON-bestand (fout op regel {line}, kolom {column}); "
                "misschien is het onvolledig of beschadigd.",
            ).format(name=name, line=error.lineno, column=error.colno)
        ) from None
    except _RepeatedKey as repeated:
        raise ExchangeError(
            i18n.translate(
                "exchange",
                "{name} is dubbelzinnig: het veld ‘{key}’ staat twee keer in hetzelfde deel; "
                "het is niet te zeggen welke waarde geldt.",
            ).format(name=name, key=repeated.key)
        ) from None
    except ValueError:  # an integer of thousands of digits: Python refuses to read it
        raise ExchangeError(
            i18n.translate("exchange", "{name} bevat een getal dat te lang is.").format(name=name)
        ) from None
    except RecursionError:
        raise ExchangeError(too_deep.format(name=name)) from None
    if _depth(document) > MAX_NESTING:
        raise ExchangeError(too_deep.format(name=name))
    if (isinstance(data, str) or _ESCAPED_SURROGATE.search(text)) and _has_lone_surrogate(document):
        raise _lone_surrogate(name)
    return from_document(document, name)


def _lone_surrogate(name: str) -> ExchangeError:
    return ExchangeError(
        i18n.translate(
            "exchange",
            "{name} bevat een ongeldig teken (een losse helft van een tekenpaar, zoals "
            "\\ud800); zo'n teken kan niet worden bewaard of afgedrukt.",
        ).format(name=name)
    )


def _decodes_with_lone_surrogates(data: bytes) -> bool:
    """Whether the file is text apart from halves of UTF-16 pairs written out on their own,
    which json's own decoding would let through ('surrogatepass')."""
    try:
        data.decode(json.detect_encoding(data), "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def from_document(document: object, name: str = "") -> Dossier:
    name = _the_file(name)
    wrong = i18n.translate("exchange", "{name} klopt niet: {problem}.")
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError(
            i18n.translate("exchange", "{name} is geen uitwisselbestand van IGJ Afwijken.").format(
                name=name
            )
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ExchangeError(
            i18n.translate(
                "exchange",
                "{name} is gemaakt met een nieuwere versie van IGJ Afwijken (formaatversie "
                "{version}); werk het programma bij om het te openen.",
            ).format(name=name, version=version)
        )
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(document))
    if error is not None:
        raise ExchangeError(wrong.format(name=name, problem=_describe(error)))
    try:
        return dossier_from_data(document["dossier"])
    except (ValueError, TypeError, KeyError) as problem:
        raise ExchangeError(wrong.format(name=name, problem=problem)) from None


def dossier_from_data(data: dict, frozen_version: bool = False) -> Dossier:
    """A dossier from the exchange format's "dossier" object (already validated). A frozen
    version's snapshot names its attachments without their content."""
    answers: dict[str, Answer] = {}
    for item in data["answers"]:
        if item["question_id"] in answers:
            raise ValueError(
                i18n.translate("exchange", "de vraag '{question}' heeft twee antwoorden").format(
                    question=item["question_id"]
                )
            )
        answers[item["question_id"]] = Answer(
            question_id=item["question_id"],
            text=item["text"],
            catalogue_version=item["catalogue_version"],
            question_text=item["question_text"],
            updated_at=_timestamp(item["updated_at"]),
        )
    checklist: dict[str, ChecklistAnswer] = {}
    for item in data.get("checklist", ()):
        if item["item_id"] in checklist:
            raise ValueError(
                i18n.translate(
                    "exchange", "het checklistpunt '{item}' heeft twee antwoorden"
                ).format(item=item["item_id"])
            )
        checklist[item["item_id"]] = ChecklistAnswer(
            item_id=item["item_id"],
            value=item["value"],
            note=item["note"],
            item_text=item["item_text"],
            updated_at=_timestamp(item["updated_at"]),
        )
    attachment_ids = [item["id"] for item in data.get("attachments", ())]
    if len(set(attachment_ids)) != len(attachment_ids):
        raise ValueError(i18n.translate("exchange", "twee bijlagen hebben hetzelfde kenmerk"))
    numbers = [item["number"] for item in data.get("versions", ())]
    if numbers != sorted(set(numbers)):
        raise ValueError(i18n.translate("exchange", "de versies zijn niet oplopend genummerd"))
    rule = data["rule"]
    responsible = data.get("responsible", {})
    return Dossier(
        id=data["id"],
        title=data["title"],
        organisation=data.get("organisation", ""),
        location=data.get("location", ""),
        team=data.get("team", ""),
        sector=data.get("sector", ""),
        rule=Rule(
            name=rule["name"],
            kind=rule["kind"],
            source=rule.get("source", ""),
            section=rule.get("section", ""),
            built_on_law=rule.get("built_on_law", False),
        ),
        start_date=_date(data.get("start_date")),
        duration_months=data.get("duration_months"),
        responsible=Person(name=responsible.get("name", ""), role=responsible.get("role", "")),
        answers=answers,
        status=data["status"],
        **{
            kind: tuple(row_from_data(kind, item) for item in data.get(kind, ()))
            for kind in ROW_KINDS
        },
        evaluator=data.get("evaluator", ""),
        council_advice=_council_advice(data.get("council_advice") or {}),
        outlook=_outlook(data.get("outlook") or {}),
        has_supervisory_board=data.get("has_supervisory_board"),
        privacy_checked=tuple(data.get("privacy_checked", ())),
        adoption=_adoption(data.get("adoption")),
        ending=_ending(data.get("ending")),
        versions=tuple(_version(item) for item in data.get("versions", ())),
        attachments=tuple(
            _attachment_named(item) if frozen_version else _attachment(item)
            for item in data.get("attachments", ())
        ),
        topics=tuple(data.get("topics", ())),
        next_evaluation=_date(data.get("next_evaluation")),
        checklist=checklist,
        created_at=_timestamp(data["created_at"]),
        updated_at=_timestamp(data["updated_at"]),
    )


def _council_advice(data: dict) -> CouncilAdvice:
    return CouncilAdvice(
        asked_on=_date(data.get("asked_on")),
        given_on=_date(data.get("given_on")),
        advice=data.get("advice", ""),
        text=data.get("text", ""),
        follow_up=data.get("follow_up", ""),
    )


def _outlook(data: dict) -> Outlook:
    return Outlook(
        stop_criterion=data.get("stop_criterion", ""),
        direction=data.get("direction", ""),
        plan=data.get("plan", ""),
    )


def _person(data: dict) -> Person:
    return Person(name=data.get("name", ""), role=data.get("role", ""))


def _adoption(data: dict | None) -> Adoption | None:
    if not data:
        return None
    return Adoption(by=_person(data["by"]), on=parse_date(data["on"]))


def _ending(data: dict | None) -> Ending | None:
    if not data:
        return None
    return Ending(
        on=parse_date(data["on"]),
        reason=data["reason"],
        explanation=data.get("explanation", ""),
        replaced_by=data.get("replaced_by", ""),
    )


def _version(data: dict) -> Version:
    return Version(
        number=data["number"],
        adopted_on=parse_date(data["adopted_on"]),
        adopted_by=_person(data["adopted_by"]),
        summary=data["summary"],
        snapshot=data["snapshot"],
        dossier=dossier_from_data(data["snapshot"], frozen_version=True),  # it must read
    )


def _attachment_named(data: dict) -> Attachment:
    size = data.get("size")
    return Attachment(
        name=data["name"],
        content=b"",
        sha256=data["sha256"],
        added_at=_timestamp(data["added_at"]),
        id=data["id"],
        known_size=size if type(size) is int and size >= 0 else None,
    )


def _attachment(data: dict) -> Attachment:
    if "content" not in data:
        raise ValueError(
            i18n.translate("exchange", "de bijlage '{name}' mist haar inhoud").format(
                name=data["name"]
            )
        )
    try:
        content = base64.b64decode(data["content"], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(
            i18n.translate("exchange", "de bijlage '{name}' is beschadigd").format(
                name=data["name"]
            )
        ) from None
    if hashlib.sha256(content).hexdigest() != data["sha256"] or len(content) != data["size"]:
        raise ValueError(
            i18n.translate("exchange", "de bijlage '{name}' is beschadigd of onvolledig").format(
                name=data["name"]
            )
        )
    return Attachment(
        name=data["name"],
        content=content,
        sha256=data["sha256"],
        added_at=_timestamp(data["added_at"]),
        id=data["id"],
    )


def _date(text: str | None) -> date | None:
    return parse_date(text) if text else None


def _timestamp(text: str) -> datetime:
    return parse_moment(text)


@cache
def _validator() -> Validator:
    from jsonschema.validators import validator_for

    schema = json.loads(
        (paths.resources_dir() / "schema" / "dossier.schema.json").read_text("utf-8")
    )
    cls = validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _describe(error: ValidationError) -> str:
    where = "/".join(str(part) for part in error.absolute_path) or i18n.translate(
        "exchange", "het geheel"
    )
    kind = error.validator
    if kind == "required":
        missing = next((f for f in error.validator_value if f not in error.instance), "?")
        return i18n.translate("exchange", "het veld '{field}' ontbreekt in {where}").format(
            field=missing, where=where
        )
    if kind == "additionalProperties":
        text = i18n.translate("exchange", "{where} bevat een onbekend veld")
    elif kind == "type":
        text = i18n.translate("exchange", "{where} heeft het verkeerde type")
    elif kind in ("enum", "const"):
        text = i18n.translate("exchange", "{where} heeft een onbekende waarde")
    elif kind in ("maxLength", "maxItems"):
        text = i18n.translate("exchange", "{where} is te lang")
    elif kind == "minLength":
        text = i18n.translate("exchange", "{where} is leeg")
    elif kind in ("format", "pattern"):
        text = i18n.translate("exchange", "{where} heeft een ongeldige vorm")
    else:
        text = i18n.translate("exchange", "{where} heeft een ongeldige waarde")
    return text.format(where=where)


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object whose keys are all different; JSON itself would let the last one win."""
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKey(key[:60])
            seen.add(key)
    return document


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A file's text is decoded strictly, so a surrogate can reach it only through a \\u escape.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(value: object) -> bool:
    """Whether any text (or key) holds half of a UTF-16 pair, which JSON's \\u escapes allow
    but no file, database or printer can take."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _LONE_SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _depth(value: object) -> int:
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, level + 1) for child in item)
    return deepest

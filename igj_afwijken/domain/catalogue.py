"""The question catalogue: the five IGJ questions and their sub-questions, read from resources/."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from igj_afwijken import paths
from igj_afwijken.domain.model import RULE_KINDS, STATUSES, Answer, utc_now

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")


class CatalogueError(Exception):
    """The catalogue file is missing or does not have the expected shape."""


@dataclass(frozen=True)
class SubQuestion:
    id: str
    text: str
    help: str
    example: str


@dataclass(frozen=True)
class Question:
    id: str
    number: int
    short: str  # a few words for navigation
    text: str
    help: str
    subquestions: tuple[SubQuestion, ...]


@dataclass(frozen=True)
class Catalogue:
    version: str
    language: str
    title: str
    source: str
    law_gate_title: str
    law_gate_explanation: str
    rule_kinds: dict[str, str]
    statuses: dict[str, str]
    sectors: dict[str, str]
    readiness: dict[str, str]
    step_intros: dict[str, str]
    questions: tuple[Question, ...]

    def subquestions(self) -> list[SubQuestion]:
        return [sub for question in self.questions for sub in question.subquestions]

    def subquestion(self, question_id: str) -> SubQuestion:
        for sub in self.subquestions():
            if sub.id == question_id:
                return sub
        raise KeyError(question_id)

    def question_of(self, subquestion_id: str) -> Question:
        for question in self.questions:
            if any(sub.id == subquestion_id for sub in question.subquestions):
                return question
        raise KeyError(subquestion_id)

    def all_ids(self) -> set[str]:
        return {q.id for q in self.questions} | {s.id for s in self.subquestions()}

    def make_answer(self, question_id: str, text: str, at: datetime | None = None) -> Answer:
        """An answer stamped with this catalogue's version and the question's current wording."""
        return Answer(
            question_id=question_id,
            text=text,
            catalogue_version=self.version,
            question_text=self.subquestion(question_id).text,
            updated_at=at or utc_now(),
        )


def catalogue_path(language: str = "nl") -> Path:
    return paths.resources_dir() / "catalogue" / f"vragen.{language}.toml"


@cache
def load_catalogue(language: str = "nl") -> Catalogue:
    """The catalogue for a language, parsed once per process."""
    return read_catalogue(catalogue_path(language))


def read_catalogue(path: Path) -> Catalogue:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise CatalogueError(f"cannot read the question catalogue {path}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"the question catalogue {path} is not valid TOML: {error}") from error
    try:
        catalogue = _build(data)
    except (KeyError, TypeError, ValueError) as error:
        raise CatalogueError(f"the question catalogue {path} is malformed: {error}") from error
    _check(catalogue, path)
    return catalogue


def _build(data: dict) -> Catalogue:
    questions = tuple(
        Question(
            id=q["id"],
            number=int(q["number"]),
            short=q["short"],
            text=q["text"],
            help=q["help"],
            subquestions=tuple(
                SubQuestion(id=s["id"], text=s["text"], help=s["help"], example=s["example"])
                for s in q["subquestions"]
            ),
        )
        for q in data["questions"]
    )
    return Catalogue(
        version=str(data["version"]),
        language=data["language"],
        title=data["title"],
        source=data["source"],
        law_gate_title=data["law_gate"]["title"],
        law_gate_explanation=data["law_gate"]["explanation"],
        rule_kinds=dict(data["rule_kinds"]),
        statuses=dict(data["statuses"]),
        sectors=dict(data["sectors"]),
        readiness=dict(data["readiness"]),
        step_intros=dict(data["steps"]),
        questions=questions,
    )


def _check(catalogue: Catalogue, path: Path) -> None:
    ids = [q.id for q in catalogue.questions] + [s.id for s in catalogue.subquestions()]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CatalogueError(f"{path}: duplicate question ids {duplicates}")
    bad = [i for i in ids if not ID_PATTERN.match(i)]
    if bad:
        raise CatalogueError(f"{path}: malformed question ids {bad}")
    for question in catalogue.questions:
        if not question.subquestions:
            raise CatalogueError(f"{path}: question {question.id} has no sub-questions")
        for sub in question.subquestions:
            if not sub.id.startswith(question.id + "."):
                raise CatalogueError(f"{path}: {sub.id} does not belong to {question.id}")
    if set(catalogue.rule_kinds) != set(RULE_KINDS):
        raise CatalogueError(f"{path}: rule_kinds must name exactly {list(RULE_KINDS)}")
    if set(catalogue.statuses) != set(STATUSES):
        raise CatalogueError(f"{path}: statuses must name exactly {list(STATUSES)}")

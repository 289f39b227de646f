"""The bundle for an inspection visit: a cover, contents and every running justification in one
PDF, typeset by Typst with one page numbering through the whole file."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.laws import deviates_from_law
from igj_afwijken.domain.model import Dossier
from igj_afwijken.fileio import write_atomic
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.templating import document_context, typst_context, typst_environment
from igj_afwijken.rendering.typst_markup import TypstCode

FRONT_TEMPLATE = "_bundel.typ.j2"
SECTION_TEMPLATES = ("_pagina.typ.j2", "_verantwoording.typ.j2")
RUNNING = ("vastgesteld", "in-evaluatie")  # adopted, or adopted and being evaluated


@dataclass(frozen=True)
class BundleEntry:
    title: str
    place: str
    status: str
    version: str
    concept: bool  # not (or no longer) the adopted text: marked CONCEPT on its pages
    marker: str  # where its justification starts, for the page number in the contents


@dataclass(frozen=True)
class BundleResult:
    pages: int
    included: list[str]  # dossier ids, in the bundle's order
    skipped: list[str]  # titles of dossiers left out (a law has no justification)


class BundleCancelled(Exception):
    """The user stopped the bundle before it was written; nothing was written."""


# Told how many of the dossiers are ready (done, total); returns False to stop.
Progress = Callable[[int, int], bool]


def bundle_dossiers(dossiers: list[Dossier], with_concepts: bool = False) -> list[Dossier]:
    """The dossiers a bundle holds: those that run (adopted or in evaluation), and the concepts
    too when asked; ordered by location and title."""
    wanted = RUNNING + (("concept",) if with_concepts else ())
    running = [d for d in dossiers if d.status in wanted]
    return sorted(running, key=lambda d: (d.location.casefold(), d.title.casefold()))


def write_bundle(
    path: Path,
    dossiers: list[Dossier],
    catalogue: Catalogue,
    location: str = "",
    printed_at: datetime | None = None,
    house: HouseStyle | None = None,
    progress: Progress | None = None,
) -> BundleResult:
    """Write the bundle atomically; raises BundleCancelled when `progress` says stop, TemplateError
    when Typst cannot set it, and OSError when it cannot be written."""
    from pypdf import PdfReader

    from igj_afwijken.rendering import typesetting

    printed_at = printed_at or datetime.now().astimezone()
    house = house or HouseStyle()
    included = [d for d in dossiers if not deviates_from_law(d.rule)]
    skipped = [d.title for d in dossiers if deviates_from_law(d.rule)]
    env = typst_environment()
    sections, entries = [], []
    for number, dossier in enumerate(included, start=1):
        if progress is not None and not progress(number - 1, len(included)):
            raise BundleCancelled
        context = document_context(dossier, catalogue, printed_at, house)
        context.update(typst_context(HouseStyle(house.organisation, house.accent), {}))
        context["in_bundle"] = True
        marker = f"afwijking-{number}"
        sections.append(
            TypstCode(
                env.get_template(SECTION_TEMPLATES[0]).render(context)
                + f'#metadata("{marker}")\n'
                + env.get_template(SECTION_TEMPLATES[1]).render(context)
            )
        )
        entries.append(_entry(dossier, catalogue, context["is_concept"], marker))
    if progress is not None and not progress(len(included), len(included)):
        raise BundleCancelled
    title = (
        i18n.translate("bundle", "Bundel afwijkingen {location}").format(location=location).strip()
    )
    front = document_context(included[0], catalogue, printed_at, house) if included else {}
    front.update(typst_context(house, {}))
    front.update(
        doc_title=title,
        entries=entries,
        sections=sections,
        organisations=sorted({d.organisation for d in included if d.organisation}),
        location=location,
        skipped=skipped,
        with_concepts=any(entry.concept for entry in entries),
        concept_count=sum(entry.concept for entry in entries),
        printed_at=printed_at,
        catalogue=catalogue,
        language=i18n.language(),
    )
    files: dict[str, bytes] = {}
    if house.logo:
        files.update({front["logo_file"]: house.logo})
    source = env.get_template(FRONT_TEMPLATE).render(front)
    pdf = typesetting.compile_pdf(source, files, timestamp=printed_at)
    write_atomic(path, pdf)
    return BundleResult(len(PdfReader(io.BytesIO(pdf)).pages), [d.id for d in included], skipped)


def _entry(dossier: Dossier, catalogue: Catalogue, concept: bool, marker: str) -> BundleEntry:
    return BundleEntry(
        title=dossier.title,
        place=" · ".join(p for p in (dossier.location, dossier.team) if p),
        status=catalogue.statuses.get(dossier.status, dossier.status),
        version=(
            str(dossier.version_number) if dossier.versions else i18n.translate("bundle", "concept")
        ),
        concept=concept,
        marker=marker,
    )

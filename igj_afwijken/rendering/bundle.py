"""The bundle for an inspection visit: a cover, contents and every running justification in one PDF."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from igj_afwijken import APP_NAME, __version__, i18n
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.laws import deviates_from_law
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.text import long_date
from igj_afwijken.fileio import atomic_target, failed_write
from igj_afwijken.rendering.document import page_decoration
from igj_afwijken.rendering.templating import environment, render_html

FRONT_TEMPLATE = "_bundel.html.j2"


@dataclass(frozen=True)
class BundleEntry:
    title: str
    place: str
    status: str
    version: str
    page: int


@dataclass(frozen=True)
class BundleResult:
    pages: int
    included: list[str]  # dossier ids, in the bundle's order
    skipped: list[str]  # titles of dossiers left out (a law has no justification)


def bundle_dossiers(dossiers: list[Dossier]) -> list[Dossier]:
    """The dossiers a bundle holds: those that run (not ended), ordered by location and title."""
    running = [d for d in dossiers if d.status != "beeindigd"]
    return sorted(running, key=lambda d: (d.location.casefold(), d.title.casefold()))


def write_bundle(
    path: Path,
    dossiers: list[Dossier],
    catalogue: Catalogue,
    location: str = "",
    printed_at: datetime | None = None,
) -> BundleResult:
    """Write the bundle atomically. Page numbers in the contents are those of the finished file."""
    from PySide6.QtGui import QPdfWriter  # Qt loads only when a PDF is made

    from igj_afwijken.rendering.pdf import (
        PageDecoration,
        Section,
        check_written_pdf,
        ensure_gui_application,
        paint_sections,
        section_page_counts,
    )

    printed_at = printed_at or datetime.now().astimezone()
    included = [d for d in dossiers if not deviates_from_law(d.rule)]
    skipped = [d.title for d in dossiers if deviates_from_law(d.rule)]
    bodies = [render_html(d, catalogue, printed_at=printed_at) for d in included]
    title = (
        i18n.translate("bundle", "Bundel afwijkingen {location}").format(location=location).strip()
    )
    ensure_gui_application()
    with atomic_target(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator(f"{APP_NAME} {__version__}")
        counts = section_page_counts(writer, bodies)
        front = _front(included, counts, 0, catalogue, location, skipped, printed_at)
        front_pages = section_page_counts(writer, [front])[0]
        front = _front(included, counts, front_pages, catalogue, location, skipped, printed_at)
        footer = i18n.translate("bundle", "Afgedrukt op {date}").format(date=long_date(printed_at))
        sections = [
            Section(
                front,
                PageDecoration(header=title, footer=footer),
            )
        ]
        sections += [
            Section(body, page_decoration(dossier, catalogue, printed_at))
            for dossier, body in zip(included, bodies, strict=True)
        ]
        try:
            pages = sum(paint_sections(writer, sections))
        except OSError as error:
            if error.errno != errno.EIO:  # not the painter's own "cannot paint": as it is
                raise
            raise failed_write(temporary) from None
        del writer
        check_written_pdf(temporary)
    return BundleResult(pages, [d.id for d in included], skipped)


def _front(
    dossiers: list[Dossier],
    counts: list[int],
    front_pages: int,
    catalogue: Catalogue,
    location: str,
    skipped: list[str],
    printed_at: datetime,
) -> str:
    entries = []
    page = front_pages + 1
    for dossier, count in zip(dossiers, counts, strict=True):
        entries.append(
            BundleEntry(
                title=dossier.title,
                place=" · ".join(p for p in (dossier.location, dossier.team) if p),
                status=catalogue.statuses.get(dossier.status, dossier.status),
                version=(
                    str(dossier.version_number)
                    if dossier.versions
                    else i18n.translate("bundle", "concept")
                ),
                page=page,
            )
        )
        page += count
    organisations = sorted({d.organisation for d in dossiers if d.organisation})
    return (
        environment()
        .get_template(FRONT_TEMPLATE)
        .render(
            entries=entries,
            organisations=organisations,
            location=location,
            skipped=skipped,
            printed_at=printed_at,
            catalogue=catalogue,
            language=i18n.language(),
        )
    )

"""The bundle for an inspection visit: a cover with contents, and every running justification as
it prints on its own, one after another in one PDF.

Each justification is typeset on its own and added to the file at once, so that memory does
not grow with the number of dossiers (Typst would hold the layout of the whole bundle). Every
page names its page in the bundle in its header; the contents refer to those numbers."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken import APP_NAME, i18n
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.laws import deviates_from_law
from igj_afwijken.domain.lifecycle import changed_since_adoption
from igj_afwijken.domain.model import Dossier
from igj_afwijken.fileio import atomic_target
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.templating import (
    document_context,
    is_concept,
    render_typst,
    typst_context,
    typst_environment,
)

if TYPE_CHECKING:
    from igj_afwijken.rendering.streamed_pdf import Bookmark

FRONT_TEMPLATE = "_bundel.typ.j2"
SECTION_TEMPLATE = "verantwoording"
RUNNING = ("vastgesteld", "in-evaluatie")  # adopted, or adopted and being evaluated


@dataclass(frozen=True)
class BundleEntry:
    title: str
    place: str
    status: str
    version: str
    concept: bool  # not (or no longer) the adopted text: marked CONCEPT on its pages
    page: int  # the bundle's page where its justification starts (0 while not yet known)


@dataclass(frozen=True)
class BundleResult:
    pages: int
    included: list[str]  # dossier ids, in the bundle's order
    skipped: list[str]  # titles of dossiers left out (a law has no justification)


class BundleCancelled(Exception):
    """The user stopped the bundle before it was written; nothing was written."""


class NothingToBundle(Exception):
    """Every dossier asked for deviates from a law, which has no justification; nothing was
    written. `skipped` holds their titles."""

    def __init__(self, skipped: list[str]) -> None:
        super().__init__(", ".join(skipped))
        self.skipped = skipped


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
    """Write the bundle atomically; raises BundleCancelled when `progress` says stop,
    NothingToBundle when no dossier can be in it, TemplateError when Typst cannot set it, and
    OSError when it cannot be written."""
    import pikepdf

    from igj_afwijken.rendering import typesetting
    from igj_afwijken.rendering.streamed_pdf import StreamedPdf

    printed_at = printed_at or datetime.now().astimezone()
    house = house or HouseStyle()
    included = [d for d in dossiers if not deviates_from_law(d.rule)]
    skipped = [d.title for d in dossiers if deviates_from_law(d.rule)]
    if not included:
        raise NothingToBundle(skipped)
    title = (
        i18n.translate("bundle", "Bundel afwijkingen {location}").format(location=location).strip()
    )
    entries = [_entry(dossier, catalogue, 0) for dossier in included]

    def front(entries: list[BundleEntry]) -> pikepdf.Pdf:
        source = (
            typst_environment()
            .get_template(FRONT_TEMPLATE)
            .render(
                _front_context(included, entries, catalogue, location, skipped, printed_at, house)
                | {"doc_title": title}
            )
        )
        return pikepdf.open(io.BytesIO(typesetting.compile_pdf(source, _logo(house))))

    # The cover's length decides where the first justification starts; the page numbers in its
    # contents do not change it, so it is set once with none, and again with them at the end.
    front_pages = len(front(entries).pages)
    bookmarks: list[Bookmark] = []
    with atomic_target(path) as temporary, temporary.open("wb") as output:
        bundle = StreamedPdf(output)  # each justification written as it is set, tags and all
        pages = 0
        for number, dossier in enumerate(included):
            if progress is not None and not progress(number, len(included)):
                raise BundleCancelled
            typeset = render_typst(
                dossier,
                catalogue,
                SECTION_TEMPLATE,
                printed_at=printed_at,
                house=house,
                extra={"bundle_offset": front_pages + pages, "bundle_label": _page_word()},
            )
            compiled = typesetting.compile_pdf(typeset.source, typeset.files)
            with pikepdf.open(io.BytesIO(compiled)) as section:
                entries[number] = _entry(dossier, catalogue, front_pages + pages + 1)
                bookmarks += _moved_outline(section, front_pages + pages)
                bundle.add(section)
                pages += len(section.pages)
        if progress is not None and not progress(len(included), len(included)):
            raise BundleCancelled
        with front(entries) as cover:
            if len(cover.pages) != front_pages:  # cannot happen with the template as it is
                raise RuntimeError("the bundle's cover changed its length")
            bundle.add(cover, first=True)
        pages = bundle.finish(
            title,
            _organisations(included) or [APP_NAME],
            _language_tag(),
            bookmarks,
            printed_at,
        )
    return BundleResult(pages, [d.id for d in included], skipped)


def _moved_outline(section, start: int) -> list[Bookmark]:  # noqa: ANN001 (a pikepdf.Pdf)
    """The section's own bookmarks (its title, and the questions under it), pointing at its
    pages in the bundle."""
    import pikepdf

    from igj_afwijken.rendering.streamed_pdf import Bookmark

    def moved(item: pikepdf.OutlineItem) -> Bookmark:
        page = 0
        destination = item.destination  # Typst's: [the page, /XYZ, left, top, zoom]
        if isinstance(destination, pikepdf.Array) and len(destination):
            page = section.pages.index(pikepdf.Page(destination[0]))
        return Bookmark(item.title, start + page, [moved(child) for child in item.children])

    with section.open_outline() as outline:
        return [moved(item) for item in outline.root]


def _front_context(
    included: list[Dossier],
    entries: list[BundleEntry],
    catalogue: Catalogue,
    location: str,
    skipped: list[str],
    printed_at: datetime,
    house: HouseStyle,
) -> dict:
    context = document_context(included[0], catalogue, printed_at, house)
    context.update(typst_context(house, {}))
    context.update(
        entries=entries,
        organisations=_organisations(included),
        location=location,
        skipped=skipped,
        with_concepts=any(entry.concept for entry in entries),
        concept_count=sum(entry.concept for entry in entries),
        bundle_label=_page_word(),
    )
    return context


def _organisations(dossiers: list[Dossier]) -> list[str]:
    return sorted({d.organisation for d in dossiers if d.organisation})


def _logo(house: HouseStyle) -> dict[str, bytes]:
    return {f"logo.{house.logo_type}": house.logo} if house.logo else {}


def _page_word() -> str:
    return i18n.translate("bundle", "bundel blz.")


def _language_tag() -> str:
    return "nl-NL" if i18n.language() == "nl" else "en-GB"


def _entry(dossier: Dossier, catalogue: Catalogue, page: int) -> BundleEntry:
    changes = changed_since_adoption(dossier, catalogue)
    return BundleEntry(
        title=dossier.title,
        place=" · ".join(p for p in (dossier.location, dossier.team) if p),
        status=catalogue.statuses.get(dossier.status, dossier.status),
        version=(
            str(dossier.version_number) if dossier.versions else i18n.translate("bundle", "concept")
        ),
        concept=is_concept(dossier, bool(changes)),
        page=page,
    )

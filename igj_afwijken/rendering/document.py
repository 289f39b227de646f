"""Rendering a dossier to a file in one of the output formats (HTML, PDF, PDF/A, Word, Markdown)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.fileio import write_atomic
from igj_afwijken.rendering import FORMATS
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE, long_date, render_html


def page_header(dossier: Dossier, house: HouseStyle | None = None) -> str:
    organisation = (house.organisation if house else "") or dossier.organisation
    return " · ".join(part for part in (dossier.title, organisation) if part)


def page_footer(dossier: Dossier, catalogue: Catalogue, printed_at: datetime) -> str:
    status = catalogue.statuses.get(dossier.status, dossier.status)
    version = (
        i18n.translate("document", "versie {number}").format(number=dossier.version_number)
        if dossier.versions
        else i18n.translate("document", "nog geen versie")
    )
    return i18n.translate("document", "Afgedrukt op {date} · {status} · {version}").format(
        date=long_date(printed_at), status=status, version=version
    )


def render_to_file(
    dossier: Dossier,
    catalogue: Catalogue,
    output: Path,
    output_format: str,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
    embedded: dict[str, bytes] | None = None,
) -> None:
    """Write the document; raises LawGateError, TemplateError or OSError, leaving no partial file.

    `user_dir` holds the user's own templates; `house` is the organisation's house style;
    `embedded` are files a PDF carries inside it (a PDF/A for the archive carries none)."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown output format {output_format!r}")
    printed_at = printed_at or datetime.now().astimezone()
    html = render_html(
        dossier, catalogue, template, printed_at=printed_at, user_dir=user_dir, house=house
    )
    if output_format == "html":
        write_atomic(output, html.encode("utf-8"))
        return
    if output_format == "md":
        from igj_afwijken.rendering.markdown_export import html_to_markdown

        write_atomic(output, html_to_markdown(html).encode("utf-8"))
        return
    if output_format == "docx":
        from igj_afwijken.rendering.docx import html_to_docx

        header = page_header(dossier, house)
        footer = page_footer(dossier, catalogue, printed_at)
        style = house or HouseStyle()
        docx = html_to_docx(
            html,
            header=header,
            footer=footer,
            accent=style.accent.lstrip("#"),
            logo_png=style.logo_png(),
        )
        write_atomic(output, docx)
        return
    from igj_afwijken.rendering.pdf import PageDecoration, write_pdf  # Qt loads only for PDF

    decoration = PageDecoration(
        header=page_header(dossier, house), footer=page_footer(dossier, catalogue, printed_at)
    )
    archive = output_format == "pdfa"
    write_pdf(
        output,
        html,
        decoration,
        title=dossier.title,
        attachments=None if archive else embedded,
        archive=archive,
    )

"""Turning a dossier into a justification document: HTML through Jinja, PDF through Typst."""

from igj_afwijken import i18n
from igj_afwijken.rendering.writers import format_names

# Here rather than beside the code that uses them, so the command line's options are known
# without loading Jinja and Typst. The formats and their writers are registered in
# rendering/writers.py; FORMATS are their names as the program starts: html, pdf, pdfa, docx
# and md (code that must see a format registered later asks writers.format_names()).
FORMATS = format_names()
DEFAULT_TEMPLATE = "verantwoording"
# Documents for the client council's volunteers: they need not carry the whole dossier.
VOLUNTEER_TEMPLATES = frozenset({"clientenraad", "adviesaanvraag"})


def embeds_dossier_by_default(template: str) -> bool:
    """Whether a PDF of this kind of document carries the dossier unless the user says otherwise:
    the full documents do, those for volunteers (VOLUNTEER_TEMPLATES) do not."""
    return template not in VOLUNTEER_TEMPLATES


def page_label() -> str:
    """The page number below each page of a PDF or Word document, with {page} and {pages}, in
    the program's language."""
    return i18n.translate("rendering", "pagina {page} van {pages}")

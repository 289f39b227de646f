"""Turning a dossier into a justification document: HTML through Jinja, PDF through Qt."""

from igj_afwijken import i18n

# Here rather than beside the code that uses them, so the command line's options are known
# without loading Jinja and Qt's printing.
# "pdf" carries the dossier's exchange file inside it, so `import` can read it back;
# "pdfa" is PDF/A-1b for the archive, which allows no embedded files.
FORMATS = ("html", "pdf", "pdfa", "docx", "md")
DEFAULT_TEMPLATE = "verantwoording"


def page_label() -> str:
    """The page number below each page of a PDF or Word document, with {page} and {pages}, in
    the program's language."""
    return i18n.translate("rendering", "pagina {page} van {pages}")

"""The Jinja environment over templates/ and the document context built from the domain model."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from html import unescape
from pathlib import Path

import jinja2
from jinja2.sandbox import SecurityError

from igj_afwijken import APP_NAME, __version__, i18n, paths
from igj_afwijken.domain import advice
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.lifecycle import changed_since_adoption, summarise, version_summaries
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import check_law_gate
from igj_afwijken.domain.risk import level_colour, main_risks
from igj_afwijken.domain.rows import client_contacts
from igj_afwijken.domain.text import long_date, long_datetime
from igj_afwijken.rendering import DEFAULT_TEMPLATE, page_label, typst_markup
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.markdown import sanitise_document, to_html
from igj_afwijken.rendering.sandbox import (
    MAX_TEMPLATE_BYTES,
    MAX_TEXT,
    TEMPLATE_SUFFIX,
    USER_TEMPLATE_SECONDS,
    LimitedSandbox,
    RenderRequest,
    Sandbox,
    TemplateTimeout,
    render_in_child,
    time_limit,
    timeout_detail,
)

USER_TEMPLATES_FOLDER = "sjablonen"  # in the data folder: the user's own templates


def user_templates_dir(data_dir: Path) -> Path:
    """The folder of the user's own templates, which override or add to the built-in ones."""
    return data_dir / USER_TEMPLATES_FOLDER


class TemplateError(Exception):
    """A template is unknown or cannot be rendered; the message is meant for the user."""


@dataclass(frozen=True)
class PartView:
    """One sub-question as the document shows it."""

    id: str
    text: str
    answer: str
    answered: bool
    asked_in_version: str | None  # set when the answer was given under other wording


@dataclass(frozen=True)
class QuestionView:
    id: str
    number: int
    text: str
    parts: tuple[PartView, ...]


@dataclass(frozen=True)
class ChecklistRowView:
    text: str
    value: str  # "", "ja", "nee" or "nvt"
    value_label: str
    note: str


@dataclass(frozen=True)
class TopicView:
    id: str
    title: str
    source: str
    rows: tuple[ChecklistRowView, ...]


def _user_template_files(user_dir: Path | None) -> tuple[str, ...]:
    """The template files in the user's folder, as part of the environment's cache key."""
    if user_dir is None:
        return ()
    try:
        return tuple(sorted(n for n in os.listdir(user_dir) if n.endswith(TEMPLATE_SUFFIX)))
    except OSError:  # no folder (yet), or not readable: no user templates
        return ()


def environment(
    templates_dir: Path | None = None, user_dir: Path | None = None
) -> jinja2.Environment:
    """One sandboxed environment per pair of folders, shared by every render (templates compile
    once). A template in `user_dir` overrides the built-in one of the same name.

    A template edited while the program runs is reloaded by Jinja (auto_reload checks the
    file's time); a template added or removed changes the list of files in `user_dir`, which is
    part of the cache key, so the next render gets a fresh environment that sees it."""
    return _environment(
        templates_dir or paths.templates_dir(), user_dir, _user_template_files(user_dir)
    )


@lru_cache(maxsize=8)
def _environment(
    templates_dir: Path, user_dir: Path | None, _files: tuple[str, ...]
) -> jinja2.Environment:
    folders = [templates_dir] if user_dir is None else [user_dir, templates_dir]
    kind = Sandbox if user_dir is None else LimitedSandbox  # the user's own: every limit
    env = kind(loader=jinja2.FileSystemLoader(folders), autoescape=True, **_OPTIONS)
    _install_common(env)
    env.filters["markdown"] = to_html
    # Defaults for templates rendered without a document context (the bundle's front page).
    env.globals["logo_uri"] = ""
    if isinstance(env, LimitedSandbox):
        env.guard_filters()
    return env


def typst_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """The environment of the Typst templates (`*.typ.j2`): every `{{ … }}` is placed as a
    Typst string literal, never as markup, unless the program itself made it Typst code (the
    `markdown` filter, `lit` for a literal in Typst code)."""
    return _typst_environment(templates_dir or paths.templates_dir())


@lru_cache(maxsize=4)
def _typst_environment(templates_dir: Path) -> jinja2.Environment:
    env = Sandbox(
        loader=jinja2.FileSystemLoader([templates_dir]),
        autoescape=False,
        finalize=typst_markup.text,
        keep_trailing_newline=True,  # an included part ends its last line, as Typst needs
        **_OPTIONS,
    )
    _install_common(env)
    env.filters["markdown"] = typst_markup.markdown
    env.filters["lit"] = typst_markup.literal
    return env


# What both kinds of environment share besides their folders and their escaping.
_OPTIONS: dict = {
    "undefined": jinja2.StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "auto_reload": True,
    "extensions": ["jinja2.ext.i18n"],
}


def _install_common(env: jinja2.Environment) -> None:
    """What every template may use: `_("…")` and `{% trans %}` in the program's current
    language (see i18n.py), and the date filters."""
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
        gettext=translate_template_text,
        ngettext=lambda singular, plural, n: translate_template_text(
            singular if n == 1 else plural
        ),
        newstyle=True,
    )
    env.filters["long_date"] = long_date
    env.filters["long_datetime"] = long_datetime
    # The names of these two filters before the program spoke English; users' templates use them.
    env.filters["date_nl"] = long_date
    env.filters["datetime_nl"] = long_datetime
    env.globals["house"] = HouseStyle()


TEMPLATES_CONTEXT = "templates"  # where the templates' words are in the translation files


def translate_template_text(text: str) -> str:
    return i18n.translate(TEMPLATES_CONTEXT, text)


def template_names(templates_dir: Path | None = None, user_dir: Path | None = None) -> list[str]:
    """The kinds of document: the built-in templates and the user's own, without partials."""
    folder = templates_dir or paths.templates_dir()
    files = {p.name for p in folder.iterdir()} | set(_user_template_files(user_dir))
    return sorted(
        name.removesuffix(TEMPLATE_SUFFIX)
        for name in files
        if name.endswith(TEMPLATE_SUFFIX) and not name.startswith(("_", "."))
    )


def question_views(dossier: Dossier, catalogue: Catalogue) -> list[QuestionView]:
    views = []
    for question in catalogue.questions:
        parts = []
        for sub in question.subquestions:
            answer = dossier.answers.get(sub.id)
            if answer is None or not answer.is_answered:
                parts.append(PartView(sub.id, sub.text, "", False, None))
                continue
            # An answer shows the wording it was given under, if it kept one and it differs.
            reworded = bool(answer.question_text.strip()) and answer.question_text != sub.text
            parts.append(
                PartView(
                    id=sub.id,
                    text=answer.question_text if reworded else sub.text,
                    answer=answer.text,
                    answered=True,
                    asked_in_version=answer.catalogue_version if reworded else None,
                )
            )
        views.append(QuestionView(question.id, question.number, question.text, tuple(parts)))
    return views


def checklist_views(dossier: Dossier, catalogue: Catalogue) -> list[TopicView]:
    """The checklists of the dossier's topics; an answered item keeps the wording it had."""
    views = []
    for topic in catalogue.chosen_topics(dossier.topics):
        rows = []
        for item in topic.items:
            answer = dossier.checklist.get(item.id)
            value = answer.value if answer else ""
            rows.append(
                ChecklistRowView(
                    text=answer.item_text if answer and answer.is_answered else item.text,
                    value=value,
                    value_label=catalogue.checklist_values[value],
                    note=answer.note if answer else "",
                )
            )
        views.append(TopicView(topic.id, topic.title, topic.source, tuple(rows)))
    return views


@dataclass(frozen=True)
class MatrixCell:
    likelihood: int
    numbers: str  # the numbers of the risks in this cell, "1, 3"
    colour: str


def risk_matrix(dossier: Dossier, residual: bool = False) -> list[tuple[int, list[MatrixCell]]]:
    """The 5 × 5 matrix as rows from impact 5 down to 1, each with its five cells."""
    placed: dict[tuple[int, int], list[str]] = {}
    for number, risk in enumerate(dossier.risks, start=1):
        if residual:
            if risk.residual_likelihood is None or risk.residual_impact is None:
                continue
            where = (risk.residual_likelihood, risk.residual_impact)
        else:
            where = (risk.likelihood, risk.impact)
        placed.setdefault(where, []).append(str(number))
    return [
        (
            impact,
            [
                MatrixCell(
                    likelihood,
                    ", ".join(placed.get((likelihood, impact), [])),
                    level_colour(likelihood * impact),
                )
                for likelihood in range(1, 6)
            ],
        )
        for impact in range(5, 0, -1)
    ]


@dataclass(frozen=True)
class PlainView:
    heading: str  # the question in plain words
    text: str


def plain_views(dossier: Dossier, catalogue: Catalogue) -> list[PlainView]:
    """Each question with its summary in plain words, for the client council's version."""
    return [
        PlainView(catalogue.plain_headings.get(q.id, q.text), dossier.plain_summary(q.id))
        for q in catalogue.questions
    ]


def document_context(
    dossier: Dossier, catalogue: Catalogue, printed_at: datetime, house: HouseStyle | None = None
) -> dict:
    questions = question_views(dossier, catalogue)
    known = catalogue.all_ids()
    changes = changed_since_adoption(dossier, catalogue)
    parts = [part for question in questions for part in question.parts]
    house = house or HouseStyle()
    return {
        "house": house,
        "logo_uri": house.logo_uri,
        "app_name": APP_NAME,
        "app_version": __version__,
        "catalogue": catalogue,
        "dossier": dossier,
        "rule_kind": catalogue.rule_kinds.get(dossier.rule.kind, dossier.rule.kind),
        "status": catalogue.statuses.get(dossier.status, dossier.status),
        "sector": catalogue.sectors.get(dossier.sector, dossier.sector),
        "questions": questions,
        "topics": checklist_views(dossier, catalogue),
        "matrix": risk_matrix(dossier),
        "residual_matrix": risk_matrix(dossier, residual=True),
        "has_residual": any(r.residual_score is not None for r in dossier.risks),
        "changes_since_adoption": summarise(changes, catalogue) if changes else "",
        "last_version": dossier.versions[-1] if dossier.versions else None,
        "version_summaries": version_summaries(dossier, catalogue),
        "plain": plain_views(dossier, catalogue),
        "main_risks": [risk for _, risk in main_risks(dossier.risks)],
        "risk_numbers": {risk.id: number for number, risk in enumerate(dossier.risks, start=1)},
        "advice_asked_on": dossier.council_advice.asked_on or printed_at.date(),
        "advice_reply_by": advice.reply_by(dossier, catalogue.advice_reply_days, printed_at.date()),
        "letter_plain": [
            view
            for question, view in zip(
                catalogue.questions, plain_views(dossier, catalogue), strict=True
            )
            if view.text.strip() and question.id not in LETTER_LEAVES_OUT
        ],
        "client_contacts": client_contacts(dossier),
        "answered_count": sum(part.answered for part in parts),
        "part_count": len(parts),
        "has_earlier_wording": any(part.asked_in_version for part in parts),
        "earlier_answers": sorted(
            (a for a in dossier.answers.values() if a.question_id not in known and a.is_answered),
            key=lambda a: a.question_id,
        ),
        "printed_at": printed_at,
        "language": i18n.language(),
        "paper_status": paper_status(dossier, catalogue, bool(changes)),
        "page_header": page_header(dossier, house),
        "page_footer": page_footer(printed_at, paper_status(dossier, catalogue, bool(changes))),
        "is_concept": is_concept(dossier, bool(changes)),
    }


# The advice request is written before the advice exists: it leaves out the plain summary of
# question 4, which tells how the council and others were involved and what they advised.
LETTER_LEAVES_OUT = {"betrokkenheid"}


def page_header(dossier: Dossier, house: HouseStyle | None = None) -> str:
    """The running header of every page: the dossier's title and organisation."""
    organisation = (house.organisation if house else "") or dossier.organisation
    return " · ".join(part for part in (dossier.title, organisation) if part)


def page_footer(printed_at: datetime, status: str) -> str:
    """The running footer of every page (before its page number): when it was printed, and the
    dossier's status as paper_status states it."""
    return i18n.translate("document", "Afgedrukt op {date} · {status}").format(
        date=long_date(printed_at), status=status
    )


def is_concept(dossier: Dossier, changed_since_adoption: bool) -> bool:
    """Whether the document shows a text that is not (or no longer) the adopted one."""
    return not dossier.versions or changed_since_adoption


def paper_status(dossier: Dossier, catalogue: Catalogue, changed_since_adoption: bool) -> str:
    """The dossier's status as a document states it: never plain "Vastgesteld" for a text that
    was changed after its adoption."""
    status = catalogue.statuses.get(dossier.status, dossier.status)
    if not dossier.versions:
        return i18n.translate("templating", "Concept, nog niet vastgesteld")
    last = dossier.versions[-1]
    adopted = i18n.translate("templating", "versie {number} vastgesteld op {date}").format(
        number=last.number, date=long_date(last.adopted_on)
    )
    if changed_since_adoption:
        return i18n.translate("templating", "Concept voor versie {next} ({adopted})").format(
            next=last.number + 1, adopted=adopted
        )
    return f"{status} ({adopted})"


def render_html(
    dossier: Dossier,
    catalogue: Catalogue,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    templates_dir: Path | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
) -> str:
    """The document as HTML; raises LawGateError for a deviation from a law, and TemplateError
    (naming the file and line) for a template that is unknown, wrong or not allowed.

    A document that uses one of the user's own templates is made in a child process with a
    limit on time and memory, and what it makes is sanitised like an answer is."""
    check_law_gate(dossier, catalogue)
    templates_dir = templates_dir or paths.templates_dir()
    printed_at = printed_at or datetime.now().astimezone()
    if template not in template_names(templates_dir, user_dir):
        known = ", ".join(template_names(templates_dir, user_dir))
        raise TemplateError(
            i18n.translate(
                "templating", "Onbekend sjabloon '{template}'; beschikbaar: {known}."
            ).format(template=template, known=known)
        )
    if user_dir is not None and uses_user_templates(user_dir, template):
        request = RenderRequest(
            template,
            templates_dir,
            user_dir,
            i18n.language(),
            dossier,
            catalogue,
            printed_at,
            house,
        )
        outcome, text = render_in_child(request)
        if outcome != "ok":
            raise TemplateError(text)
        return sanitise_document(text, i18n.language())
    file_name = template + TEMPLATE_SUFFIX
    try:
        compiled = environment(templates_dir).get_template(file_name)
        return compiled.render(document_context(dossier, catalogue, printed_at, house))
    except Exception as error:  # a built-in template is tested; still never a blank document
        raise _located(error, file_name) from None


TYPST_SUFFIX = ".typ.j2"
# An invisible link beside each question's heading, only in the pages for the screen: the
# preview finds in each SVG page which questions start there, to follow the step being edited.
STEP_LINK = "igj-stap:"
LOGO_FILE = "logo"  # the house style's logo among a Typst document's files, with its suffix


@dataclass(frozen=True)
class TypstDocument:
    """A document's Typst source and the files it reads (its logo, the embedded files)."""

    source: str
    files: dict[str, bytes]
    printed_at: datetime | None = None  # the PDF's date


def render_typst(
    dossier: Dossier,
    catalogue: Catalogue,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    house: HouseStyle | None = None,
    embedded: dict[str, bytes] | None = None,
    templates_dir: Path | None = None,
    step_links: bool = False,
    extra: dict | None = None,
    user_dir: Path | None = None,
) -> TypstDocument:
    """The document as Typst source from the built-in `*.typ.j2` template; raises LawGateError,
    and TemplateError for a kind of document without one.

    A document from the organisation's own HTML templates in `user_dir` is made as HTML (in the
    sandbox, under every limit, sanitised) and then rebuilt as Typst content on the program's
    own pages, so that it prints, previews and archives like the built-in documents."""
    check_law_gate(dossier, catalogue)
    templates_dir = templates_dir or paths.templates_dir()
    printed_at = printed_at or datetime.now().astimezone()
    house = house or HouseStyle()
    file_name = template + TYPST_SUFFIX
    if uses_user_templates(user_dir, template):
        html = render_html(dossier, catalogue, template, printed_at, templates_dir, user_dir, house)
        body, pictures = typst_markup.html_document(html)
        file_name = OWN_TEMPLATE
        extra = {
            **(extra or {}),
            "body": body,
            "doc_title": _html_title(html) or dossier.title,
        }
        embedded = {**(embedded or {}), **pictures}
    elif not (templates_dir / file_name).is_file():
        raise TemplateError(
            i18n.translate(
                "templating", "Onbekend sjabloon '{template}'; beschikbaar: {known}."
            ).format(template=template, known=", ".join(template_names(templates_dir)))
        )
    files = dict(embedded or {})
    context = document_context(dossier, catalogue, printed_at, house)
    context.update(typst_context(house, files))
    context["step_link"] = STEP_LINK if step_links else ""
    context.update(extra or {})  # what a bundle adds: the page numbers of the whole bundle
    try:
        source = typst_environment(templates_dir).get_template(file_name).render(context)
    except Exception as error:  # a built-in template is tested; still never a blank document
        raise _located(error, file_name) from None
    return TypstDocument(source, files, printed_at)


OWN_TEMPLATE = "_eigen_sjabloon.typ.j2"  # the page around an organisation's own HTML template


def _html_title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    return " ".join(unescape(found.group(1)).split()) if found else ""


def typst_context(house: HouseStyle, files: dict[str, bytes]) -> dict:
    """What the Typst templates need beside the document's context: the names of the embedded
    files, the logo's file (added to `files`), the page label and the language's region."""
    embedded = sorted(files)
    logo_file = ""
    if house.logo:
        logo_file = f"{LOGO_FILE}.{house.logo_type}"
        files[logo_file] = house.logo
    return {
        "embedded_files": embedded,
        "logo_file": logo_file,
        "page_number": typst_markup.page_number(page_label()),
        "region": "NL" if i18n.language() == "nl" else "GB",
    }


def uses_user_templates(user_dir: Path | None, template: str) -> bool:
    """Whether the document comes from the organisation's own templates in `user_dir`: the
    chosen one, or a part (`_….html.j2`) that the built-in templates include."""
    return user_dir is not None and any(
        name == template + TEMPLATE_SUFFIX or name.startswith("_")
        for name in _user_template_files(user_dir)
    )


def render_limited(request: RenderRequest, seconds: float) -> str:
    """Render with the user's templates under every limit (in the child process that
    render_in_child starts); raises TemplateError with the message for the user."""
    file_name = request.template + TEMPLATE_SUFFIX
    for name in _user_template_files(request.user_dir):
        if (request.user_dir / name).stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                i18n.translate(
                    "templating", "Het sjabloon ‘{template}’ is groter dan {size} kB."
                ).format(template=name, size=MAX_TEMPLATE_BYTES // 1024)
            )
    env = environment(request.templates_dir, request.user_dir)
    try:
        compiled = env.get_template(file_name)
        context = document_context(
            request.dossier, request.catalogue, request.printed_at, request.house
        )
        parts, length = [], 0
        with time_limit(seconds, request.seconds):
            for part in compiled.generate(context):
                length += len(part)
                if length > MAX_TEXT:
                    raise SecurityError(
                        i18n.translate("templating", "een document van meer dan een miljoen tekens")
                    )
                parts.append(part)
        return "".join(parts)
    except MemoryError:
        raise
    except Exception as error:  # a user's template can fail in any way; never a blank document
        raise _located(error, file_name) from None


def _located(error: Exception, file_name: str) -> TemplateError:
    """The error as a message for the user naming the template file and line where it happened."""
    where, line = file_name, None
    if isinstance(error, jinja2.TemplateSyntaxError):
        where, line = Path(error.filename or error.name or file_name).name, error.lineno
    else:  # Jinja rewrites the traceback so that template frames carry the template's line
        trace = error.__traceback__
        while trace is not None:
            name = trace.tb_frame.f_code.co_filename
            if name.endswith(TEMPLATE_SUFFIX):
                where, line = Path(name).name, trace.tb_lineno
            trace = trace.tb_next
    if isinstance(error, SecurityError):
        detail = i18n.translate(
            "templating", "dit is in een sjabloon niet toegestaan ({error})"
        ).format(error=error)
    elif isinstance(error, jinja2.UndefinedError):
        detail = i18n.translate("templating", "onbekende naam of eigenschap ({error})").format(
            error=error
        )
    elif isinstance(error, jinja2.TemplateNotFound):
        detail = i18n.translate("templating", "het sjabloon ‘{name}’ bestaat niet").format(
            name=error.name
        )
    elif isinstance(error, jinja2.TemplateSyntaxError):
        detail = error.message or str(error)
    elif isinstance(error, TemplateTimeout):
        detail = timeout_detail(error.args[0] if error.args else USER_TEMPLATE_SECONDS)
    elif isinstance(error, RecursionError):
        detail = i18n.translate("templating", "een macro roept zichzelf steeds opnieuw aan")
    else:
        detail = f"{type(error).__name__}: {error}"
    if len(detail) > 300:  # a message may quote a whole object
        detail = detail[:300] + "…"
    if line:
        return TemplateError(
            i18n.translate(
                "templating", "Het sjabloon ‘{template}’ bevat een fout op regel {line}: {detail}"
            ).format(template=where, line=line, detail=detail)
        )
    return TemplateError(
        i18n.translate("templating", "Het sjabloon ‘{template}’ bevat een fout: {detail}").format(
            template=where, detail=detail
        )
    )

"""The headless commands: list, import, export, check, render, bundle, templates, backup, restore."""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn, TextIO

from igj_afwijken import APP_NAME, __version__, exchange, paths
from igj_afwijken.domain.catalogue import CatalogueError, load_catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import LawGateError, assess, is_ready, readiness_state
from igj_afwijken.rendering import DEFAULT_TEMPLATE, FORMATS
from igj_afwijken.storage.backups import backups_dir, list_backups, make_backup, restore_backup
from igj_afwijken.storage.database import StoreError, open_store
from igj_afwijken.storage.errors import explain
from igj_afwijken.storage.repository import DossierRepository, UnknownDossier

EXIT_OK = 0
EXIT_NOT_READY = 1
EXIT_ERROR = 2

COMMANDS = (
    "list",
    "import",
    "export",
    "check",
    "render",
    "bundle",
    "templates",
    "backup",
    "restore",
)


class CliError(Exception):
    """A problem to report to the user in one line, with exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one Dutch line and exit code 2."""

    _TRANSLATIONS = (
        (r"the following arguments are required: (.*)", r"dit ontbreekt nog: \1"),
        (
            r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
            r"\1: '\2' kan niet, kies uit \3",
        ),
        (r"unrecognized arguments: (.*)", r"onbekend: \1"),
        (r"argument (\S+): expected one argument", r"\1 heeft een waarde nodig"),
    )

    def error(self, message: str) -> NoReturn:
        for pattern, replacement in self._TRANSLATIONS:
            message = re.sub(pattern, replacement, message)
        self.exit(EXIT_ERROR, f"{self.prog}: fout: {message} (zie --help)\n")


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = (
        "map met de gegevens (standaard de gebruikersmap van het programma, "
        f"of ${paths.DATA_DIR_ENV})"
    )
    parser = _Parser(
        prog="igj-afwijken",
        description=f"{APP_NAME}: onderbouwd afwijken van een richtlijn, uitgelegd aan de inspectie. "
        "Zonder opdracht opent het programmavenster.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="MAP", help=data_dir_help)
    # --data-dir may also follow the command: `list --data-dir X`.
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="MAP", default=argparse.SUPPRESS, help=data_dir_help)
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    commands.add_parser("list", parents=[common], help="toon alle afwijkingen")

    imp = commands.add_parser("import", parents=[common], help="lees een uitwisselbestand in")
    imp.add_argument("file", metavar="BESTAND")

    exp = commands.add_parser(
        "export", parents=[common], help="schrijf een afwijking naar een uitwisselbestand"
    )
    exp.add_argument("id", metavar="ID")
    exp.add_argument("--output", "-o", metavar="BESTAND", required=True)

    chk = commands.add_parser(
        "check",
        parents=[common],
        help="wat ontbreekt er nog? (0 = klaar, 1 = niet klaar, 2 = fout)",
    )
    chk.add_argument("source", metavar="BESTAND|ID")

    ren = commands.add_parser(
        "render", parents=[common], help="maak een document (verantwoording, samenvatting…)"
    )
    ren.add_argument("source", metavar="BESTAND|ID")
    ren.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="html, pdf, pdfa (archief), docx (Word) of md (standaard: volgens --output)",
    )
    ren.add_argument("--template", "-t", default=DEFAULT_TEMPLATE, metavar="NAAM")
    ren.add_argument("--output", "-o", metavar="BESTAND", required=True)

    bun = commands.add_parser(
        "bundle",
        parents=[common],
        help="één PDF met voorblad, inhoud en alle lopende verantwoordingen (voor een bezoek)",
    )
    bun.add_argument("--location", "-l", metavar="LOCATIE", default="")
    bun.add_argument("--output", "-o", metavar="BESTAND", required=True)

    commands.add_parser("templates", parents=[common], help="toon de namen van de sjablonen")

    commands.add_parser("backup", parents=[common], help="maak nu een reservekopie van de gegevens")
    res = commands.add_parser(
        "restore",
        parents=[common],
        help="zet een reservekopie terug (standaard de nieuwste goede); de huidige gegevens "
        "worden apart gezet",
    )
    res.add_argument("backup", metavar="KOPIE", nargs="?", help="naam van de reservekopie")
    res.add_argument("--list", action="store_true", help="toon de reservekopieën")
    return parser


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = build_parser().parse_args(argv)
    args.warn = lambda text: print(f"igj-afwijken: let op: {text}", file=err)
    try:
        return _dispatch(args, out)
    except CliError as error:
        print(f"igj-afwijken: fout: {error}", file=err)
        return EXIT_ERROR
    except LawGateError as error:
        print(f"igj-afwijken: {error}", file=err)
        return EXIT_NOT_READY


def _dispatch(args: argparse.Namespace, out: TextIO) -> int:
    if args.command is None:  # the window is app.main's business; here: say what is possible
        build_parser().print_help(out)
        return EXIT_OK
    # Loaded here, not at the top: starting the window parses the options too, and should not
    # wait for the documents' libraries.
    from igj_afwijken.rendering.templating import TemplateError

    try:
        handler = _HANDLERS[args.command]
        return handler(args, out)
    except (
        exchange.ExchangeError,
        StoreError,
        TemplateError,
        UnknownDossier,
        CatalogueError,
    ) as error:
        raise CliError(_one_line(error)) from None
    except sqlite3.Error as error:
        raise CliError(f"de gegevens konden niet worden opgeslagen: {explain(error)}") from None
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        raise CliError(f"bestand kan niet worden gebruikt{where}: {explain(error)}") from None


def _one_line(error: Exception) -> str:
    text = str(error.args[0]) if error.args else str(error)
    return " ".join(text.split())


def _repository(args: argparse.Namespace) -> DossierRepository:
    catalogue = load_catalogue()
    return DossierRepository(
        open_store(paths.data_dir(args.data_dir)),
        readiness_of=lambda dossier: readiness_state(assess(dossier, catalogue)),
    )


def _load(args: argparse.Namespace) -> Dossier:
    """The dossier named by a FILE or ID argument: a file if it exists, else an id in the store."""
    source = Path(args.source)
    if source.is_file():
        return exchange.read_file(source)
    if source.suffix.lower() == exchange.FILE_SUFFIX or source.is_dir():
        return exchange.read_file(source)  # raises the proper "does not exist" message
    repository = _repository(args)
    return repository.get(repository.resolve(args.source))


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    summaries = _repository(args).summaries()
    if not summaries:
        print("Nog geen afwijkingen. Lees er een in met: igj-afwijken import BESTAND", file=out)
        return EXIT_OK
    catalogue = load_catalogue()
    for summary in summaries:
        status = catalogue.statuses.get(summary.status, summary.status)
        changed = summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{summary.id}  {status:<13}  {changed}  {summary.title}", file=out)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    dossier = exchange.read_file(Path(args.file))
    with _folder_lock(paths.data_dir(args.data_dir)):  # one program writes a data folder
        new_id = _repository(args).add_imported(dossier)
    print(new_id, file=out)
    return EXIT_OK


@contextmanager
def _folder_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's lock, as the window does; refused while another program has it."""
    from igj_afwijken.instance_lock import FolderInUse, lock_data_dir

    try:
        lock = lock_data_dir(data_dir)
    except FolderInUse as error:
        raise CliError(_one_line(error)) from None
    try:
        yield
    finally:
        lock.unlock()


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    repository = _repository(args)
    dossier = repository.get(repository.resolve(args.id))
    output = _output_path(args.output)
    exchange.write_file(output, dossier)
    print(f"Opgeslagen: {output}", file=out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    dossier = _load(args)
    catalogue = load_catalogue()
    findings = assess(dossier, catalogue)
    texts = catalogue.readiness
    print(f"{texts['title']}  {dossier.title}", file=out)
    for finding in findings:
        weight = texts["blocking" if finding.is_blocking else "attention"]
        where = catalogue.field_label(finding.field)
        print(f"- {weight.upper()} ({where}): {finding.message}", file=out)
    if is_ready(findings):
        print(texts["ready_with_attention" if findings else "ready"], file=out)
        return EXIT_OK
    print(texts["not_ready"].format(count=sum(f.is_blocking for f in findings)), file=out)
    return EXIT_NOT_READY


def _cmd_render(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.rendering.document import render_to_file
    from igj_afwijken.rendering.house_style import load_house_style
    from igj_afwijken.rendering.templating import template_names, user_templates_dir

    output = _output_path(args.output)
    output_format = args.format or output.suffix.lower().lstrip(".")
    if output_format not in FORMATS:
        raise CliError(
            "kies --format html, pdf, pdfa, docx of md (of geef het bestand de extensie "
            ".html, .pdf, .docx of .md)"
        )
    data_dir = paths.data_dir(args.data_dir)
    user_dir = user_templates_dir(data_dir)
    if args.template not in template_names(user_dir=user_dir):
        known = ", ".join(template_names(user_dir=user_dir))
        raise CliError(f"onbekend sjabloon '{args.template}'; beschikbaar: {known}")
    dossier = _load(args)
    render_to_file(
        dossier,
        load_catalogue(),
        output,
        output_format,
        template=args.template,
        user_dir=user_dir,
        house=load_house_style(data_dir, report=args.warn),
    )
    print(f"Opgeslagen: {output}", file=out)
    return EXIT_OK


def _cmd_bundle(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.rendering.bundle import bundle_dossiers, write_bundle

    output = _output_path(args.output)
    repository = _repository(args)
    chosen = [
        repository.get(summary.id)
        for summary in repository.summaries()
        if not args.location or summary.location.casefold() == args.location.casefold()
    ]
    dossiers = bundle_dossiers(chosen)
    if not dossiers:
        where = f" op locatie '{args.location}'" if args.location else ""
        raise CliError(f"er zijn geen lopende afwijkingen{where}; er is geen bundel gemaakt")
    result = write_bundle(output, dossiers, load_catalogue(), args.location)
    print(
        f"Opgeslagen: {output} ({len(result.included)} afwijkingen, {result.pages} pagina's)",
        file=out,
    )
    for title in result.skipped:
        print(f"Niet opgenomen (afwijking van een wet): {title}", file=out)
    return EXIT_OK


def _cmd_templates(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.rendering.templating import template_names, user_templates_dir

    for name in template_names(user_dir=user_templates_dir(paths.data_dir(args.data_dir))):
        print(name, file=out)
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = paths.data_dir(args.data_dir)
    connection = open_store(data_dir)
    try:
        backup = make_backup(connection, data_dir, "handmatig")
    finally:
        connection.close()
    print(f"Reservekopie gemaakt: {backup.path}", file=out)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = paths.data_dir(args.data_dir)
    backups = list_backups(data_dir)
    if args.list:
        if not backups:
            print(f"Nog geen reservekopieën in {backups_dir(data_dir)}.", file=out)
        for backup in backups:
            made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            size = f"{backup.size / 1024:.0f} kB"
            print(f"{backup.path.name}  {made}  {backup.reason:<16} {size:>9}", file=out)
        return EXIT_OK
    chosen = None
    if args.backup:
        chosen = next((b for b in backups if b.path.name == Path(args.backup).name), None)
        if chosen is None:
            raise CliError(f"geen reservekopie ‘{args.backup}’ (zie: restore --list)")
    with _folder_lock(data_dir):
        used, aside = restore_backup(data_dir, chosen)
    made = used.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    print(f"Teruggezet: de reservekopie van {made} ({used.path.name}).", file=out)
    if aside is not None:
        print(f"De vorige gegevens staan apart in {aside}.", file=out)
    return EXIT_OK


def _output_path(value: str) -> Path:
    output = Path(value).expanduser()
    if output.is_dir():
        raise CliError(f"{output} is een map; geef een bestandsnaam")
    if not output.parent.is_dir():
        raise CliError(f"de map {output.parent} bestaat niet")
    return output


_HANDLERS = {
    "list": _cmd_list,
    "import": _cmd_import,
    "export": _cmd_export,
    "check": _cmd_check,
    "render": _cmd_render,
    "bundle": _cmd_bundle,
    "templates": _cmd_templates,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}

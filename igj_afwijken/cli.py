"""The headless commands (list, import, export, check, render, bundle, backup, delete…)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path
from typing import NoReturn, TextIO

from igj_afwijken import APP_NAME, __version__, i18n, paths
from igj_afwijken.domain.catalogue import Catalogue, CatalogueError, load_catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import (
    Finding,
    LawGateError,
    assess,
    is_ready,
    report_lines,
    verdict,
)
from igj_afwijken.errors import explain
from igj_afwijken.formats import exchange
from igj_afwijken.rendering import DEFAULT_TEMPLATE, writers
from igj_afwijken.services.dossiers import (
    DATABASE_ERRORS,
    DossierStore,
    LocalStore,
    OrganisationStore,
    ServerError,
    StoreError,
    UnknownDossier,
    backups_dir,
    export_exchange_file,
    import_dossier,
    list_backups,
    make_backup,
    open_organisation_register,
    open_register,
    open_store,
    purge_for_good,
    read_exchange_file,
    recover_data_folder,
    restore_backup,
    restore_was_interrupted,
)
from igj_afwijken.services.take_along import bring_back, conflict_label, take_along, take_back

EXIT_OK = 0
EXIT_NOT_READY = 1
EXIT_ERROR = 2


class CliError(Exception):
    """A problem to report to the user in one line, with exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line in the program's language and exit code 2."""

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
        if i18n.language() == "nl":  # in English, argparse's own words are the right ones
            for pattern, replacement in self._TRANSLATIONS:
                message = re.sub(pattern, replacement, message)
        line = i18n.translate("cli", "{program}: fout: {message} (zie --help)")
        self.exit(EXIT_ERROR, line.format(program=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The options and commands, with their help in the current language (choose it first)."""
    folder, file = i18n.translate("cli", "MAP"), i18n.translate("cli", "BESTAND")
    file_or_id = i18n.translate("cli", "BESTAND|ID")
    data_dir_help = i18n.translate(
        "cli",
        "map met de gegevens (standaard de gebruikersmap van het programma, of ${variable})",
    ).format(variable=paths.DATA_DIR_ENV)
    parser = _Parser(
        prog="igj-afwijken",
        description=i18n.translate(
            "cli",
            "{app}: onderbouwd afwijken van een richtlijn, uitgelegd aan de inspectie. "
            "Zonder opdracht opent het programmavenster.",
        ).format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    lang_help = i18n.translate(
        "cli", "taal van het programma en de documenten: nl (Nederlands) of en (English)"
    )
    store_help = i18n.translate(
        "cli",
        "werk in het organisatieregister op deze PostgreSQL-server "
        "(bijvoorbeeld postgresql://server/igj) in plaats van in de gegevensmap",
    )
    address = i18n.translate("cli", "ADRES")
    parser.add_argument("--data-dir", metavar=folder, help=data_dir_help)
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=lang_help)
    parser.add_argument("--store", metavar=address, help=store_help)
    # --data-dir and --lang may also follow the command: `list --data-dir X`.
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar=folder, default=argparse.SUPPRESS, help=data_dir_help)
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=lang_help)
    common.add_argument("--store", metavar=address, default=argparse.SUPPRESS, help=store_help)
    commands = parser.add_subparsers(
        dest="command", metavar=i18n.translate("cli", "OPDRACHT"), parser_class=_Parser
    )

    commands.add_parser(
        "list", parents=[common], help=i18n.translate("cli", "toon alle afwijkingen")
    )

    imp = commands.add_parser(
        "import", parents=[common], help=i18n.translate("cli", "lees een uitwisselbestand in")
    )
    imp.add_argument("file", metavar=file)

    exp = commands.add_parser(
        "export",
        parents=[common],
        help=i18n.translate("cli", "schrijf een afwijking naar een uitwisselbestand"),
    )
    exp.add_argument("id", metavar="ID")
    exp.add_argument("--output", "-o", metavar=file, required=True)

    chk = commands.add_parser(
        "check",
        parents=[common],
        help=i18n.translate("cli", "wat ontbreekt er nog? (0 = klaar, 1 = niet klaar, 2 = fout)"),
    )
    chk.add_argument("source", metavar=file_or_id)
    chk.add_argument(
        "--document",
        default="",
        metavar=i18n.translate("cli", "SJABLOON"),
        help=i18n.translate(
            "cli", "ook de punten voor dit soort document, zoals clientenraad of adviesaanvraag"
        ),
    )

    ren = commands.add_parser(
        "render",
        parents=[common],
        help=i18n.translate("cli", "maak een document (verantwoording, samenvatting…)"),
    )
    ren.add_argument("source", metavar=file_or_id)
    ren.add_argument(
        "--format",
        "-f",
        choices=writers.format_names(),
        help=i18n.translate("cli", "{formats}; standaard: volgens --output").format(
            formats=_one_of(
                entry.name
                if entry.label().lower() == entry.name
                else f"{entry.name} ({entry.label()})"
                for entry in writers.WRITERS
            )
        ),
    )
    ren.add_argument(
        "--template", "-t", default=DEFAULT_TEMPLATE, metavar=i18n.translate("cli", "NAAM")
    )
    ren.add_argument("--output", "-o", metavar=file, required=True)
    embed = ren.add_mutually_exclusive_group()
    embed.add_argument(
        "--with-dossier",
        dest="embed_dossier",
        action="store_const",
        const=True,
        help=i18n.translate(
            "cli",
            "de PDF draagt het dossier in zich (standaard behalve voor de samenvatting "
            "en de adviesaanvraag)",
        ),
    )
    embed.add_argument(
        "--without-dossier",
        dest="embed_dossier",
        action="store_const",
        const=False,
        help=i18n.translate("cli", "de PDF draagt het dossier niet in zich"),
    )

    bun = commands.add_parser(
        "bundle",
        parents=[common],
        help=i18n.translate(
            "cli",
            "één PDF met voorblad, inhoud en alle lopende verantwoordingen (voor een bezoek)",
        ),
    )
    bun.add_argument("--location", "-l", metavar=i18n.translate("cli", "LOCATIE"), default="")
    bun.add_argument("--output", "-o", metavar=file, required=True)
    bun.add_argument(
        "--concepts",
        action="store_true",
        help=i18n.translate(
            "cli", "neem ook afwijkingen op die nog niet zijn vastgesteld (gemarkeerd als concept)"
        ),
    )

    commands.add_parser(
        "templates", parents=[common], help=i18n.translate("cli", "toon de namen van de sjablonen")
    )

    dele = commands.add_parser(
        "delete",
        parents=[common],
        help=i18n.translate(
            "cli", "zet een afwijking in de prullenbak (ook een die niet te lezen is)"
        ),
    )
    dele.add_argument("id", metavar="ID")
    pur = commands.add_parser(
        "purge",
        parents=[common],
        help=i18n.translate(
            "cli",
            "verwijder een afwijking uit de prullenbak voorgoed (na een reservekopie van alles)",
        ),
    )
    pur.add_argument("id", metavar="ID")

    commands.add_parser(
        "backup",
        parents=[common],
        help=i18n.translate("cli", "maak nu een reservekopie van de gegevens"),
    )
    res = commands.add_parser(
        "restore",
        parents=[common],
        help=i18n.translate(
            "cli",
            "zet een reservekopie terug (standaard de nieuwste goede); de huidige gegevens "
            "worden apart gezet",
        ),
    )
    res.add_argument(
        "backup",
        metavar=i18n.translate("cli", "KOPIE"),
        nargs="?",
        help=i18n.translate("cli", "naam van de reservekopie"),
    )
    res.add_argument(
        "--list", action="store_true", help=i18n.translate("cli", "toon de reservekopieën")
    )

    mig = commands.add_parser(
        "migrate",
        parents=[common],
        help=i18n.translate(
            "cli",
            "zet de afwijkingen van de gegevensmap over naar het organisatieregister "
            "(wat er al staat wordt niet overschreven)",
        ),
    )
    mig.add_argument("--to", metavar=address, required=True, dest="to")

    tak = commands.add_parser(
        "take",
        parents=[common],
        help=i18n.translate(
            "cli",
            "neem een afwijking uit het organisatieregister (--store) mee naar de gegevensmap, "
            "om zonder verbinding aan te werken; anderen kunnen haar dan alleen lezen",
        ),
    )
    tak.add_argument("id", metavar="ID")
    bri = commands.add_parser(
        "bring-back",
        parents=[common],
        help=i18n.translate(
            "cli",
            "breng een meegenomen afwijking met uw wijzigingen terug naar het "
            "organisatieregister (--store)",
        ),
    )
    bri.add_argument("id", metavar="ID")
    bri.add_argument(
        "--keep",
        choices=("mine", "theirs"),
        help=i18n.translate(
            "cli",
            "wat te houden waar u en een ander hetzelfde veld verschillend wijzigden: mine "
            "(uw tekst) of theirs (die op de server); zonder deze keuze wordt dan niets "
            "teruggebracht en worden de velden genoemd",
        ),
    )
    bac = commands.add_parser(
        "take-back",
        parents=[common],
        help=i18n.translate(
            "cli",
            "neem als directeur een meegenomen afwijking terug, zodat zij in het "
            "organisatieregister (--store) weer gewijzigd kan worden",
        ),
    )
    bac.add_argument("id", metavar="ID")

    ser = commands.add_parser(
        "server",
        parents=[common],
        help=i18n.translate(
            "cli", "richt het organisatieregister op een PostgreSQL-server in, of geef rechten"
        ),
    )
    actions = ser.add_subparsers(dest="action", metavar=i18n.translate("cli", "ACTIE"))
    actions.required = True
    ini = actions.add_parser(
        "init",
        help=i18n.translate(
            "cli", "maak de tabellen, de drie groepsrollen en de rechten per locatie"
        ),
    )
    ini.add_argument(
        "url", metavar=address, help=i18n.translate("cli", "bijvoorbeeld postgresql://server/igj")
    )
    gra = actions.add_parser(
        "grant",
        help=i18n.translate(
            "cli", "laat een rol de afwijkingen van een locatie lezen of schrijven, of alle leiden"
        ),
    )
    gra.add_argument("role", metavar=i18n.translate("cli", "ROL"))
    gra.add_argument("--location", "-l", metavar=i18n.translate("cli", "LOCATIE"), default="")
    gra.add_argument("--as", dest="right", choices=("reader", "writer", "director"), required=True)
    gra.add_argument("--store", metavar=address, required=True)
    return parser


def use_language_of(argv: Sequence[str]) -> None:
    """Speak the language asked for with --lang, else the one chosen for the data folder."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    known, _ = early.parse_known_args(argv)
    # No --lang, or one the full parser will refuse with its own message: the saved choice.
    wanted = known.lang if known.lang in i18n.LANGUAGES else None
    wanted = wanted or i18n.saved_language(paths.data_dir(known.data_dir))
    try:
        i18n.use_language(wanted)
    except i18n.LanguageError as error:  # a damaged installation: still usable, in Dutch
        print(f"igj-afwijken: let op / note: {error}; Nederlands / Dutch", file=sys.stderr)
        i18n.use_language(i18n.SOURCE_LANGUAGE)


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    use_language_of(argv)
    args = build_parser().parse_args(argv)
    args.err = err  # for a progress line, on a terminal only
    args.opened = []  # the stores a command opened: closed when it ends
    args.warn = lambda text: print(
        i18n.translate("cli", "igj-afwijken: let op: {message}").format(message=text), file=err
    )
    try:
        return _dispatch(args, out)
    except CliError as error:
        print(
            i18n.translate("cli", "igj-afwijken: fout: {message}").format(message=error), file=err
        )
        return EXIT_ERROR
    except LawGateError as error:
        print(f"igj-afwijken: {error}", file=err)
        return EXIT_NOT_READY
    finally:  # closed now, not whenever Python collects it: its WAL file is folded in and gone
        for store in args.opened:
            store.close()


def _dispatch(args: argparse.Namespace, out: TextIO) -> int:
    if args.command is None:  # the window is app.main's business; here: say what is possible
        build_parser().print_help(out)
        return EXIT_OK
    # Loaded here, not at the top: starting the window parses the options too, and should not
    # wait for the documents' libraries.
    from igj_afwijken.rendering.house_style import HouseStyleError
    from igj_afwijken.rendering.templating import TemplateError

    try:
        handler = _HANDLERS[args.command]
        return handler(args, out)
    except (
        exchange.ExchangeError,
        StoreError,
        TemplateError,
        HouseStyleError,
        UnknownDossier,
        CatalogueError,
    ) as error:
        raise CliError(_one_line(error)) from None
    except DATABASE_ERRORS as error:
        raise CliError(
            i18n.translate("cli", "de gegevens konden niet worden opgeslagen: {reason}").format(
                reason=explain(error)
            )
        ) from None
    except OSError as error:
        if error.filename:
            message = i18n.translate("cli", "bestand kan niet worden gebruikt ({file}): {reason}")
        else:
            message = i18n.translate("cli", "bestand kan niet worden gebruikt: {reason}")
        raise CliError(message.format(file=error.filename, reason=explain(error))) from None


def _backup_reason(reason: str) -> str:
    """Why a backup was made, as the listing shows it: the stored word, in Dutch as it is."""
    if reason == "afsluiten":
        return i18n.translate("cli", "afsluiten")
    if reason == "handmatig":
        return i18n.translate("cli", "handmatig")
    if reason == "voor-terugzetten":
        return i18n.translate("cli", "voor-terugzetten")
    if reason == "voor-verwijderen":
        return i18n.translate("cli", "voor-verwijderen")
    if reason.startswith("voor-schema-"):
        return i18n.translate("cli", "voor-schema-{version}").format(
            version=reason.removeprefix("voor-schema-")
        )
    return reason


def _one_line(error: Exception) -> str:
    text = str(error.args[0]) if error.args else str(error)
    return " ".join(text.split())


def _repository(args: argparse.Namespace) -> DossierStore:
    """The store the command works in: the data folder's, or the organisation store."""
    catalogue = load_catalogue()
    if args.store:
        try:
            organisation = open_organisation_register(args.store, catalogue)
        except ServerError as error:
            raise CliError(str(error)) from None
        args.opened.append(organisation)
        return organisation
    return _local_repository(args)


def _local_repository(args: argparse.Namespace) -> LocalStore:
    catalogue = load_catalogue()
    data_dir = paths.data_dir(args.data_dir)
    if restore_was_interrupted(data_dir):  # finished or undone before anything reads the store
        with _folder_lock(data_dir, args.warn):
            pass
    store = open_register(data_dir, catalogue)
    args.opened.append(store)
    return store


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
    listed = _repository(args).listing()
    if not listed:
        print(
            i18n.translate(
                "cli", "Nog geen afwijkingen. Lees er een in met: igj-afwijken import BESTAND"
            ),
            file=out,
        )
        return EXIT_OK
    catalogue = load_catalogue()
    unreadable = i18n.translate("cli", "onleesbaar")
    lines, any_unreadable = [], False
    # each status's column once, not at every row: a register may hold 100,000 dossiers
    columns = {code: f"{label:<13}" for code, label in catalogue.statuses.items()}
    for dossier_id, status, changed, title, is_unreadable in listed:  # one pass, one write
        if is_unreadable:
            any_unreadable = True
            lines.append(f"{dossier_id}  {unreadable:<13}  {'':16}  {title}")
            continue
        column = columns.get(status)
        if column is None:
            column = f"{status:<13}"
        lines.append(f"{dossier_id}  {column}  {changed}  {title}")
    out.write("\n".join(lines) + "\n")
    if any_unreadable:
        args.warn(
            i18n.translate(
                "cli",
                "een afwijking die ‘onleesbaar’ is kan niet worden geopend; zet een reservekopie "
                "terug (restore) of zet haar in de prullenbak met: igj-afwijken delete ID",
            )
        )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.domain.attachments import file_type

    dossier = read_exchange_file(Path(args.file))  # a bad file is said before the lock is taken
    with _writing(args):  # one program writes a data folder
        imported = import_dossier(_repository(args), dossier)
    print(imported.id, file=out)
    for attachment in imported.misleading_attachments:
        args.warn(
            i18n.translate(
                "cli",
                "de bijlage ‘{name}’ doet zich voor als een ander soort bestand dan het is "
                "(een .{kind}-bestand); open het alleen als u weet waar het vandaan komt",
            ).format(name=attachment.name, kind=file_type(attachment.name))
        )
    return EXIT_OK


@contextmanager
def _writing(args: argparse.Namespace) -> Iterator[None]:
    """What a command that writes holds: the data folder's lock, or nothing for the
    organisation store, where the server keeps writers apart."""
    if args.store:
        yield
    else:
        with _folder_lock(paths.data_dir(args.data_dir), args.warn):
            yield


def _local_only(args: argparse.Namespace) -> None:
    if args.store:
        raise CliError(
            i18n.translate(
                "cli",
                "reservekopieën van het organisatieregister maakt de beheerder van de server "
                "(met pg_dump of bij de aanbieder); dit werkt alleen voor de gegevensmap",
            )
        )


@contextmanager
def _folder_lock(data_dir: Path, warn: Callable[[str], None]) -> Iterator[None]:
    """Hold the data folder's lock, as the window does; refused while another program has it.
    Like the window's start, it first finishes what a crash may have interrupted."""
    from igj_afwijken.instance_lock import FolderInUse, lock_data_dir

    try:
        lock = lock_data_dir(data_dir)
    except FolderInUse as error:
        raise CliError(_one_line(error)) from None
    try:
        notice = recover_data_folder(data_dir)
        if notice:
            warn(notice)
        yield
    finally:
        lock.unlock()


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    repository = _repository(args)
    dossier = repository.get(repository.resolve(args.id))
    output = _output_path(args.output)
    export_exchange_file(dossier, output)
    print(i18n.translate("cli", "Opgeslagen: {path}").format(path=output), file=out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    dossier = _load(args)
    catalogue = load_catalogue()
    findings = assess(dossier, catalogue, document=args.document)
    print_findings(dossier, findings, catalogue, out)
    return EXIT_OK if is_ready(findings) else EXIT_NOT_READY


def print_findings(
    dossier: Dossier, findings: list[Finding], catalogue: Catalogue, out: TextIO
) -> None:
    """The readiness check as the overview shows it: the verdict, then the points per step."""
    print(f"{catalogue.readiness['title']}  {dossier.title}", file=out)
    print(verdict(findings, catalogue), file=out)
    for line in report_lines(findings, catalogue):
        print(line if line.startswith(" ") else f"\n{line}", file=out)


def _cmd_render(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.rendering.house_style import load_house_style
    from igj_afwijken.rendering.templating import template_names, user_templates_dir
    from igj_afwijken.services.documents import render_to_file

    output = _output_path(args.output)
    writer = (
        writers.writer(args.format) if args.format else writers.writer_for_suffix(output.suffix)
    )
    if writer is None:
        raise CliError(
            i18n.translate(
                "cli", "kies --format {formats} (of geef het bestand de extensie {suffixes})"
            ).format(
                formats=_one_of(writers.format_names()),
                suffixes=_one_of(dict.fromkeys(entry.suffix for entry in writers.WRITERS)),
            )
        )
    data_dir = paths.data_dir(args.data_dir)
    user_dir = user_templates_dir(data_dir)
    if args.template not in template_names(user_dir=user_dir):
        known = ", ".join(template_names(user_dir=user_dir))
        raise CliError(
            i18n.translate("cli", "onbekend sjabloon '{name}'; beschikbaar: {names}").format(
                name=args.template, names=known
            )
        )
    dossier = _load(args)
    render_to_file(
        dossier,
        load_catalogue(),
        output,
        writer.name,
        template=args.template,
        user_dir=user_dir,
        house=load_house_style(data_dir, report=args.warn),
        embed_dossier=args.embed_dossier,
    )
    print(i18n.translate("cli", "Opgeslagen: {path}").format(path=output), file=out)
    return EXIT_OK


def _cmd_bundle(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.rendering.bundle import NothingToBundle, write_bundle
    from igj_afwijken.rendering.house_style import load_house_style
    from igj_afwijken.services.documents import bundle_choice

    output = _output_path(args.output)
    choice = bundle_choice(_repository(args), args.location, with_concepts=args.concepts)
    for summary in choice.unreadable:
        print(
            i18n.translate("cli", "Niet opgenomen (onleesbaar): {title} ({id})").format(
                title=summary.title, id=summary.id
            ),
            file=out,
        )
    dossiers = choice.dossiers
    hint = "" if args.concepts else i18n.translate("cli", " (concepten komen mee met --concepts)")
    if not dossiers and args.location:
        raise CliError(
            i18n.translate(
                "cli",
                "er zijn geen lopende afwijkingen op locatie '{location}'; "
                "er is geen bundel gemaakt",
            ).format(location=args.location)
            + hint
        )
    if not dossiers:
        raise CliError(
            i18n.translate("cli", "er zijn geen lopende afwijkingen; er is geen bundel gemaakt")
            + hint
        )

    def progress(done: int, total: int) -> bool:
        line = i18n.translate("cli", "Bundel: {done} van {total} afwijkingen…").format(
            done=done, total=total
        )
        print(f"\r{line}", end="" if done < total else "\n", file=args.err, flush=True)
        return True

    try:
        result = write_bundle(
            output,
            dossiers,
            load_catalogue(),
            args.location,
            house=load_house_style(paths.data_dir(args.data_dir), report=args.warn),
            progress=progress if args.err.isatty() else None,
        )
    except NothingToBundle as error:
        raise CliError(
            i18n.translate(
                "cli",
                "elke lopende afwijking hier wijkt af van een wet en heeft dus geen "
                "verantwoording: {titles}; er is geen bundel gemaakt",
            ).format(titles=", ".join(error.skipped))
        ) from None
    saved = i18n.translate("cli", "Opgeslagen: {path} ({count} afwijkingen, {pages} pagina's)")
    print(saved.format(path=output, count=len(result.included), pages=result.pages), file=out)
    for title in result.skipped:
        print(
            i18n.translate("cli", "Niet opgenomen (afwijking van een wet): {title}").format(
                title=title
            ),
            file=out,
        )
    return EXIT_OK


def _cmd_templates(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.rendering.templating import template_names, user_templates_dir

    for name in template_names(user_dir=user_templates_dir(paths.data_dir(args.data_dir))):
        print(name, file=out)
    return EXIT_OK


def _cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    with _writing(args):
        repository = _repository(args)
        dossier_id = repository.resolve(args.id)
        title = repository.title_of(dossier_id)
        repository.delete(dossier_id)
    print(
        i18n.translate(
            "cli", "In de prullenbak: {title} ({id}). Terugzetten kan in het programma."
        ).format(title=title, id=dossier_id),
        file=out,
    )
    return EXIT_OK


def _cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = paths.data_dir(args.data_dir)
    with _writing(args):
        repository = _repository(args)
        try:
            dossier_id = repository.resolve(args.id, in_bin=True)
        except UnknownDossier:
            repository.resolve(args.id)  # says so when there is no such dossier at all
            raise CliError(
                i18n.translate(
                    "cli",
                    "‘{id}’ staat niet in de prullenbak; zet de afwijking er eerst in met: "
                    "igj-afwijken delete {id}",
                ).format(id=args.id)
            ) from None
        title = repository.title_of(dossier_id)
        backup = purge_for_good(repository, data_dir, dossier_id)
    if backup is None:
        done = i18n.translate(
            "cli",
            "Definitief verwijderd: {title} ({id}). De geschiedenis op de server bewaart wat "
            "er in elk veld stond (bijlagen met naam en vingerafdruk); de bijlagen zelf staan in "
            "de back-ups van de server.",
        )
    else:
        done = i18n.translate(
            "cli", "Definitief verwijderd: {title} ({id}). Een reservekopie van daarvoor: {path}"
        )
    print(done.format(title=title, id=dossier_id, path=backup and backup.path.name), file=out)
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    _local_only(args)
    data_dir = paths.data_dir(args.data_dir)
    with _folder_lock(data_dir, args.warn):
        store = open_store(data_dir)
        try:
            backup = make_backup(store, data_dir, "handmatig")
        finally:
            store.close()
    print(i18n.translate("cli", "Reservekopie gemaakt: {path}").format(path=backup.path), file=out)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    _local_only(args)
    data_dir = paths.data_dir(args.data_dir)
    backups = list_backups(data_dir)
    if args.list:
        if not backups:
            print(
                i18n.translate("cli", "Nog geen reservekopieën in {folder}.").format(
                    folder=backups_dir(data_dir)
                ),
                file=out,
            )
        for backup in backups:
            made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            size = f"{backup.size / 1024:.0f} kB"
            reason = _backup_reason(backup.reason)
            print(f"{backup.path.name}  {made}  {reason:<16} {size:>9}", file=out)
        return EXIT_OK
    chosen = None
    if args.backup:
        chosen = next((b for b in backups if b.path.name == Path(args.backup).name), None)
        if chosen is None:
            raise CliError(
                i18n.translate("cli", "geen reservekopie ‘{name}’ (zie: restore --list)").format(
                    name=args.backup
                )
            )
    with _folder_lock(data_dir, args.warn):
        used, aside = restore_backup(data_dir, chosen)
    made = used.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    restored = i18n.translate("cli", "Teruggezet: de reservekopie van {made} ({name}).")
    print(restored.format(made=made, name=used.path.name), file=out)
    if aside is not None:
        print(
            i18n.translate("cli", "De vorige gegevens staan apart in {folder}.").format(
                folder=aside
            ),
            file=out,
        )
    return EXIT_OK


def _one_of(items: Iterable[str]) -> str:
    """ "html, pdf of md": the choices in a sentence, in the program's language."""
    *others, last = items
    if not others:
        return last
    return i18n.translate("cli", "{items} of {last}").format(items=", ".join(others), last=last)


def _output_path(value: str) -> Path:
    output = Path(value).expanduser()
    if output.is_dir():
        raise CliError(
            i18n.translate("cli", "{path} is een map; geef een bestandsnaam").format(path=output)
        )
    if not output.parent.is_dir():
        raise CliError(
            i18n.translate("cli", "de map {folder} bestaat niet").format(folder=output.parent)
        )
    return output


def _cmd_migrate(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.services.organisation import migrate

    data_dir = paths.data_dir(args.data_dir)
    with _folder_lock(data_dir, args.warn):
        local = _local_repository(args)
        try:
            organisation = open_organisation_register(args.to, load_catalogue())
        except ServerError as error:
            raise CliError(str(error)) from None
        args.opened.append(organisation)
        done = migrate(local, organisation)
    lines = [
        i18n.translate(
            "cli",
            "Overgezet: {copied}; stond er al zo: {there}; verschilt, niet overschreven: "
            "{different}; niet overgezet: {not_copied}; in de prullenbak gelaten: {bin}.",
        ).format(
            copied=len(done.copied),
            there=len(done.already_there),
            different=len(done.different),
            not_copied=len(done.not_copied),
            bin=len(done.in_bin),
        )
    ]
    different = i18n.translate("cli", "Verschilt, niet overschreven: {title} ({id})")
    lines += [different.format(id=i, title=t) for i, t in done.different]
    not_copied = i18n.translate("cli", "Niet overgezet: {title} ({id}): {reason}")
    lines += [not_copied.format(id=i, title=t, reason=r) for i, t, r in done.not_copied]
    print("\n".join(lines), file=out)
    return EXIT_OK if done.complete else EXIT_NOT_READY


def _organisation(args: argparse.Namespace) -> OrganisationStore:
    """The organisation store named with --store; a command that needs it says so without."""
    if not args.store:
        raise CliError(
            i18n.translate("cli", "zeg met --store ADRES om welk organisatieregister het gaat")
        )
    store = _repository(args)
    assert isinstance(store, OrganisationStore)
    return store


def _cmd_take(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = paths.data_dir(args.data_dir)
    with _folder_lock(data_dir, args.warn):
        organisation = _organisation(args)
        local = _local_repository(args)
        dossier_id = organisation.resolve(args.id)
        kept_apart = take_along(organisation, local, data_dir, dossier_id)
        title = local.title_of(dossier_id)
    print(
        i18n.translate(
            "cli",
            "Meegenomen naar de gegevensmap: {title} ({id}). Anderen kunnen haar nu alleen "
            "lezen. Breng haar terug met: igj-afwijken bring-back {id} --store ADRES",
        ).format(title=title, id=dossier_id),
        file=out,
    )
    if kept_apart:
        print(
            i18n.translate(
                "cli",
                "De gegevensmap had een andere, oudere versie van deze afwijking; die staat "
                "nu in de prullenbak onder {id}.",
            ).format(id=kept_apart),
            file=out,
        )
    return EXIT_OK


def _cmd_bring_back(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = paths.data_dir(args.data_dir)
    catalogue = load_catalogue()
    with _folder_lock(data_dir, args.warn):
        organisation = _organisation(args)
        local = _local_repository(args)
        dossier_id = local.resolve(args.id)
        title = local.title_of(dossier_id)
        keep = None if args.keep is None else attrgetter(args.keep)
        done = bring_back(organisation, local, data_dir, dossier_id, keep)
    if done.written:
        print(
            i18n.translate(
                "cli", "Teruggebracht naar het organisatieregister: {title} ({id})."
            ).format(title=title, id=dossier_id),
            file=out,
        )
        return EXIT_OK
    lines = [
        i18n.translate(
            "cli",
            "Niet teruggebracht: u en een ander wijzigden dezelfde velden verschillend. Kies "
            "met --keep mine (uw tekst) of --keep theirs (die op de server), of breng haar "
            "terug in het programma om per veld te kiezen:",
        )
    ]
    lines += [f"- {conflict_label(conflict, catalogue)}" for conflict in done.conflicts]
    print("\n".join(lines), file=out)
    return EXIT_NOT_READY


def _cmd_take_back(args: argparse.Namespace, out: TextIO) -> int:
    organisation = _organisation(args)
    dossier_id = organisation.resolve(args.id)
    take_back(organisation, dossier_id)
    print(
        i18n.translate(
            "cli",
            "Teruggenomen: {title} ({id}) kan in het organisatieregister weer worden gewijzigd. "
            "Wat er intussen elders aan is veranderd, komt erbij als het wordt teruggebracht.",
        ).format(title=organisation.title_of(dossier_id), id=dossier_id),
        file=out,
    )
    return EXIT_OK


def _cmd_server(args: argparse.Namespace, out: TextIO) -> int:
    from igj_afwijken.services.organisation import (
        ServerError,
        grant_right,
        init_organisation_store,
    )

    try:
        if args.action == "init":
            signed_again = init_organisation_store(args.url)
            print(i18n.translate("cli", "Organisatieregister ingericht."), file=out)
            if signed_again:
                print(
                    i18n.translate(
                        "cli",
                        "De zoekgegevens zijn opnieuw opgebouwd: het register kwam van een "
                        "server die woorden anders indeelt.",
                    ),
                    file=out,
                )
        else:
            grant_right(args.store, args.role, args.right, args.location)
            print(i18n.translate("cli", "Recht gegeven."), file=out)
    except ServerError as error:
        raise CliError(str(error)) from None
    return EXIT_OK


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
    "delete": _cmd_delete,
    "purge": _cmd_purge,
    "server": _cmd_server,
    "migrate": _cmd_migrate,
    "take": _cmd_take,
    "bring-back": _cmd_bring_back,
    "take-back": _cmd_take_back,
}

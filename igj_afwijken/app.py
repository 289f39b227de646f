"""Start-up: a headless command when one is given, otherwise the program window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from igj_afwijken import i18n, paths
from igj_afwijken.cli import build_parser, run, use_language_of
from igj_afwijken.fileio import use_private_umask


def main(argv: Sequence[str] | None = None) -> int:
    use_private_umask()  # before anything makes a file: private from the first byte
    if getattr(sys, "frozen", False):  # the built program starts itself again to run a user's
        import multiprocessing  # template apart (see sandbox.py); elsewhere this is not needed

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    use_language_of(args)
    options = build_parser().parse_args(args)
    if options.command is not None:
        return run(args)
    if not _display_available():
        print(
            i18n.translate(
                "app",
                "igj-afwijken: fout: er is geen beeldscherm om het venster op te tonen (DISPLAY "
                "is niet gezet); start het programma op een bureaublad, of gebruik een opdracht "
                "zoals 'render' (zie --help)",
            ),
            file=sys.stderr,
        )
        return 2
    from igj_afwijken.gui.application import run_gui  # Qt widgets load only for the window

    return run_gui(paths.data_dir(options.data_dir))


def _display_available() -> bool:
    """False on a Linux machine without any screen, where Qt would abort with a cryptic error."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

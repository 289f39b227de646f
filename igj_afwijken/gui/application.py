"""Starting the desktop program: the Qt application, the store and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from igj_afwijken import APP_NAME, __version__
from igj_afwijken.domain.catalogue import CatalogueError, load_catalogue
from igj_afwijken.storage.database import StoreError


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return app


def run_gui(data_dir: Path) -> int:
    """Open the main window on a data folder and run until the user quits; the exit code."""
    app = create_application()
    try:
        from igj_afwijken.gui.main_window import MainWindow

        window = MainWindow(data_dir, load_catalogue())
    except (StoreError, CatalogueError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    window.show()
    return app.exec()

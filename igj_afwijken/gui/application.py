"""Starting the desktop program: the Qt application, the folder's lock, the store and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from igj_afwijken import APP_NAME, __version__, i18n, paths
from igj_afwijken.domain.catalogue import Catalogue, CatalogueError, load_catalogue
from igj_afwijken.errors import explain
from igj_afwijken.gui.widgets import tr
from igj_afwijken.services.dossiers import DamagedStoreError, StoreError, is_network_folder


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else [sys.argv[0]])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "igj-afwijken.png")))
    install_translations(app)
    return app


_installed: list[QTranslator] = []  # the translations the application holds now


def install_translations(app: QApplication) -> None:
    """Speak i18n's current language: the program's words, and Qt's own in its dialogs
    (Annuleren/Cancel, the file and print dialogs), with dates and numbers to match."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(i18n.LOCALES[i18n.language()])
    QLocale.setDefault(locale)
    qt_words = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(locale, "qtbase", "_", folder):
        _installed.append(qt_words)
    # Installed later, so asked first: the file dialog's texts that Qt's own translation lacks.
    supplement = QTranslator(app)
    if supplement.load(str(i18n.translations_dir() / f"qtbase_aanvulling_{i18n.language()}.qm")):
        _installed.append(supplement)
    if (words := i18n.translator()) is not None:
        _installed.append(words)
    for translator in _installed:
        app.installTranslator(translator)


def run_gui(data_dir: Path) -> int:
    """Open the main window on a data folder and run until the user quits; the exit code."""
    from igj_afwijken.instance_lock import FolderInUse, lock_data_dir

    app = create_application()
    try:
        lock = lock_data_dir(data_dir)
    except FolderInUse as error:
        QMessageBox.warning(None, APP_NAME, str(error))
        return 2
    except OSError as error:
        QMessageBox.warning(
            None,
            APP_NAME,
            tr("De gegevensmap %1 kan niet worden gebruikt: %2.")
            .replace("%1", str(data_dir))
            .replace("%2", explain(error)),
        )
        return 2
    from igj_afwijken.services.dossiers import recover_data_folder

    notice = recover_data_folder(data_dir)
    if notice:
        QMessageBox.information(None, APP_NAME, notice)
    try:
        catalogue = load_catalogue()
    except CatalogueError as error:
        lock.unlock()
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    try:
        if is_network_folder(data_dir):
            QMessageBox.warning(None, APP_NAME, network_folder_warning(data_dir))
        return _run_windows(app, data_dir, catalogue)
    finally:
        lock.unlock()


def network_folder_warning(data_dir: Path) -> str:
    return tr(
        "De gegevensmap %1 staat op een netwerkschijf. Daar kan het programma niet zo snel en "
        "veilig opslaan als op de eigen schijf; het gebruikt daarom een voorzichtiger manier "
        "van opslaan. Zet de gegevensmap liever op deze computer (met schijfversleuteling)."
    ).replace("%1", str(data_dir))


def _run_windows(app: QApplication, data_dir: Path, catalogue: Catalogue) -> int:
    """Open the window; again after a backup was put back, which needs the store closed."""
    from igj_afwijken.gui.backup_actions import offer_restore_after_damage
    from igj_afwijken.gui.main_window import MainWindow

    while True:
        try:
            window = MainWindow(data_dir, catalogue)
        except DamagedStoreError as error:
            if offer_restore_after_damage(None, data_dir, error):
                continue
            return 2
        except StoreError as error:
            QMessageBox.critical(None, APP_NAME, str(error))
            return 2
        window.show()
        window.when_painted(window.check_store_in_background)
        code = app.exec()
        if not window.restart_requested:
            return code
        if window.restart_language:
            i18n.use_language(window.restart_language)
            install_translations(app)
            catalogue = load_catalogue()

"""The "Instellingen" dialog: organisation defaults, text size, language, data folder and backups.

Like the house style dialog it works without exec(): tests build it, fill it and call `save()`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken import i18n
from igj_afwijken.errors import explain
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.backup_actions import describe
from igj_afwijken.gui.settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE, AppSettings
from igj_afwijken.gui.widgets import (
    ChoiceField,
    NumberField,
    explanation,
    plain_label,
    save_and_cancel_buttons,
)
from igj_afwijken.rendering.house_style import (
    MAX_ORGANISATION_CHARS,
    HouseStyleError,
    load_house_style,
    save_house_style,
)
from igj_afwijken.services.dossiers import (
    Backup,
    BackupError,
    ServerError,
    backups_dir,
    check_organisation_address,
    list_backups,
)


class SettingsDialog(QDialog):
    """Changes take effect on "Opslaan"; "Annuleren" leaves everything as it was."""

    houseStyleRequested = Signal()  # noqa: N815 - Qt's naming
    restoreRequested = Signal()  # noqa: N815

    def __init__(
        self,
        data_dir: Path,
        settings: AppSettings,
        make_backup_now: Callable[[], Backup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self._make_backup_now = make_backup_now
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(560)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._organisation_tab(), self.tr("&Organisatie"))
        self.tabs.addTab(self._display_tab(), self.tr("&Weergave"))
        self.tabs.addTab(self._data_tab(), self.tr("&Gegevens en back-ups"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van de instellingen"))

        buttons = save_and_cancel_buttons(self, self._save_and_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._load()

    # -- tabs ----------------------------------------------------------------------------------

    def _organisation_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(MAX_ORGANISATION_CHARS)
        self.organisation.setAccessibleName(self.tr("Naam van de organisatie"))
        self.locations = QPlainTextEdit()
        self.locations.setTabChangesFocus(True)
        self.locations.setAccessibleName(self.tr("Locaties"))
        self.locations.setAccessibleDescription(self.tr("Eén locatie per regel"))
        self.locations.setPlaceholderText(self.tr("Eén locatie per regel"))
        self.responsible_name = QLineEdit()
        self.responsible_name.setAccessibleName(self.tr("Standaard verantwoordelijke"))
        self.responsible_role = QLineEdit()
        self.responsible_role.setAccessibleName(self.tr("Functie van de verantwoordelijke"))
        house_style = QPushButton(self.tr("&Huisstijl: kleur en logo…"))
        house_style.setAccessibleDescription(
            self.tr("Opent de huisstijl van de documenten; de instellingen worden eerst bewaard")
        )
        house_style.clicked.connect(lambda: self._save_and_ask(self.houseStyleRequested))
        form.addRow(
            explanation(
                self.tr(
                    "Wat u hier invult, staat al klaar in elke nieuwe afwijking. U kunt het per "
                    "afwijking nog aanpassen."
                )
            )
        )
        form.addRow(self.tr("&Naam organisatie:"), self.organisation)
        form.addRow(self.tr("&Locaties:"), self.locations)
        form.addRow(self.tr("&Verantwoordelijke:"), self.responsible_name)
        form.addRow(self.tr("&Functie:"), self.responsible_role)
        form.addRow("", house_style)
        return page

    def _display_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.text_scale = NumberField()
        self.text_scale.setRange(MIN_TEXT_SCALE, MAX_TEXT_SCALE)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.text_scale.setAccessibleName(self.tr("Tekstgrootte"))
        form.addRow(
            explanation(
                self.tr(
                    "De tekst volgt de grootte die op deze computer is ingesteld (100 %). "
                    "Groter of kleiner kan ook met Ctrl + en Ctrl −; Ctrl 0 zet hem terug."
                )
            )
        )
        form.addRow(self.tr("&Tekstgrootte:"), self.text_scale)
        self.language = ChoiceField()
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.setAccessibleDescription(
            self.tr("De taal van het programma en van de documenten die het maakt")
        )
        form.addRow(
            explanation(
                self.tr(
                    "Het programma en de documenten die het maakt zijn in het Nederlands of in "
                    "het Engels. Het venster opent daarvoor opnieuw; er gaat niets verloren."
                )
            )
        )
        # The label also in English, so someone who reads no Dutch can find it.
        form.addRow(self.tr("T&aal / Language:"), self.language)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.data_folder = plain_label(str(self.data_dir))
        self.data_folder.setAccessibleName(self.tr("Gegevensmap"))
        open_data = QPushButton(self.tr("&Map openen"))
        open_data.setAccessibleDescription(self.tr("Opent de gegevensmap in de verkenner"))
        open_data.clicked.connect(lambda: self._open_folder(self.data_dir))
        form.addRow(
            explanation(
                self.tr(
                    "Alle afwijkingen staan in deze map op deze computer. Een andere map kiest u "
                    "bij het starten met --data-dir MAP."
                )
            )
        )
        form.addRow(self.tr("Gegevensmap:"), self.data_folder)
        form.addRow("", open_data)

        self.backup_state = plain_label("")
        self.backup_state.setAccessibleName(self.tr("Back-ups"))
        backup_now = QPushButton(self.tr("Nu een &back-up maken"))
        backup_now.clicked.connect(self.back_up_now)
        open_backups = QPushButton(self.tr("Map met back-ups &openen"))
        open_backups.clicked.connect(lambda: self._open_folder(backups_dir(self.data_dir)))
        restore = QPushButton(self.tr("Back-up &terugzetten…"))
        restore.clicked.connect(lambda: self._save_and_ask(self.restoreRequested))
        column = QVBoxLayout()  # one under the other, so no label is cut off at any text size
        for button in (backup_now, open_backups, restore):
            column.addWidget(button)
        form.addRow(
            explanation(
                self.tr(
                    "Bij elk afsluiten maakt het programma een gecontroleerde back-up in de "
                    "gegevensmap; de nieuwste blijven bewaard."
                )
            )
        )
        form.addRow(self.tr("Back-ups:"), self.backup_state)
        form.addRow("", column)

        self.store_address = QLineEdit()
        self.store_address.setPlaceholderText("postgresql://server/igj")
        self.store_address.setAccessibleName(self.tr("Adres van het organisatieregister"))
        form.addRow(
            explanation(
                self.tr(
                    "Werkt uw organisatie met één gedeeld register op een PostgreSQL-server, "
                    "vul dan het adres in dat de beheerder u gaf. U ziet en wijzigt er de "
                    "afwijkingen van de locaties waarvoor u rechten heeft. Uw wachtwoord staat "
                    "niet hier maar in uw .pgpass-bestand. Leeg: de gegevensmap op deze computer."
                )
            )
        )
        form.addRow(self.tr("Organisatie&register:"), self.store_address)
        return page

    # -- loading and saving --------------------------------------------------------------------

    def _load(self) -> None:
        problems: list[str] = []
        self._house_style = load_house_style(self.data_dir, report=problems.append)
        self.organisation.setText(self._house_style.organisation)
        self.locations.setPlainText("\n".join(self.settings.locations()))
        name, role = self.settings.default_responsible()
        self.responsible_name.setText(name)
        self.responsible_role.setText(role)
        self.text_scale.setValue(self.settings.text_scale())
        self.language.setCurrentIndex(self.language.findData(self.settings.language()))
        self.store_address.setText(self.settings.organisation_store())
        self._show_backups()

    def _show_backups(self) -> None:
        try:
            backups = list_backups(self.data_dir)
        except BackupError as error:
            self.backup_state.setText(str(error))
            return
        if backups:
            text = self.tr("%1 back-ups; de nieuwste: %2").replace("%1", str(len(backups)))
            text = text.replace("%2", describe(backups[0]))
        else:
            text = self.tr("Nog geen back-ups.")
        self.backup_state.setText(text)

    def save(self) -> bool:
        """Store what the dialog shows; False (after saying why) when it could not be written."""
        address = self.store_address.text().strip()
        if address:
            try:
                check_organisation_address(address)
            except ServerError as error:
                self.tabs.setCurrentIndex(2)
                self.store_address.setFocus()
                dialogs.warn(self, self.tr("Adres klopt niet"), str(error))
                return False
        self.settings.set_organisation_store(address)
        self.settings.set_locations(self.locations.toPlainText().splitlines())
        self.settings.set_default_responsible(
            self.responsible_name.text(), self.responsible_role.text()
        )
        self.settings.set_text_scale(self.text_scale.value())
        self.settings.set_language(self.language.currentData())
        self.settings.sync()
        organisation = self.organisation.text().strip()
        if organisation != self._house_style.organisation:
            try:
                style = replace(self._house_style, organisation=organisation)
                save_house_style(self.data_dir, style)
            except (OSError, HouseStyleError) as error:
                dialogs.warn(
                    self,
                    self.tr("Niet opgeslagen"),
                    self.tr("De naam van de organisatie kon niet worden opgeslagen: %1").replace(
                        "%1", explain(error) if isinstance(error, OSError) else str(error)
                    ),
                )
                return False
            self._house_style = style
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    # -- buttons -------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        try:
            backup = self._make_backup_now()
        except BackupError as error:
            dialogs.warn(self, self.tr("Geen back-up gemaakt"), str(error))
            return
        self._show_backups()
        self.backup_state.setToolTip(str(backup.path))

    def _save_and_ask(self, request: SignalInstance) -> None:
        """Save and close, then ask the window for what has its own dialog."""
        if self.save():
            self.accept()
            request.emit()

    def _open_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            dialogs.inform(
                self,
                self.tr("Map bestaat nog niet"),
                self.tr("De map %1 is er nog niet.").replace("%1", str(folder)),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

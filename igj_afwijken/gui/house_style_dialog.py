"""The "Huisstijl" dialog: the organisation's name, accent colour and logo for every document,
and the way to the folder with the user's own templates.

The dialog works without exec(), so tests build it, fill it and call `save()` directly;
`edit_house_style` opens it modally for the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.errors import explain
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.widgets import problem_style, save_and_cancel_buttons
from igj_afwijken.rendering.house_style import (
    MAX_ORGANISATION_CHARS,
    HouseStyle,
    HouseStyleError,
    load_house_style,
    logo_from_file,
    save_house_style,
)
from igj_afwijken.rendering.templating import TEMPLATE_SUFFIX, user_templates_dir

LOGO_PREVIEW_HEIGHT = 48


class HouseStyleDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.folder = folder or str(Path.home())  # where the logo chooser starts
        self.setWindowTitle(self.tr("Huisstijl"))
        problems: list[str] = []
        style = load_house_style(data_dir, report=problems.append)
        self._accent = style.accent
        self._logo, self._logo_type = style.logo, style.logo_type

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De naam, de kleur en het logo van uw organisatie staan in elk document dat "
                "het programma maakt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem = QLabel("\n".join(problems))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(problem_style(self.problem.palette()))
        self.problem.setVisible(bool(problems))
        layout.addWidget(self.problem)

        form = QFormLayout()
        self.organisation = QLineEdit(style.organisation)
        self.organisation.setMaxLength(MAX_ORGANISATION_CHARS)
        self.organisation.setPlaceholderText(self.tr("zoals in de afwijking ingevuld"))
        form.addRow(self.tr("&Organisatie:"), self.organisation)

        self.accent_button = QPushButton()
        self.accent_button.setAccessibleName(self.tr("Accentkleur"))
        self.accent_button.clicked.connect(self.choose_accent)
        form.addRow(self.tr("&Accentkleur:"), self.accent_button)

        self.logo_preview = QLabel()
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.logo_preview.setMinimumHeight(LOGO_PREVIEW_HEIGHT)
        self.choose_logo_button = QPushButton(self.tr("&Logo kiezen…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Logo &verwijderen"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        form.addRow(self.tr("Logo:"), logo_row)
        layout.addLayout(form)

        templates_note = QLabel(
            self.tr(
                "Eigen sjablonen: zet een bestand ‘naam%1’ in de map met eigen sjablonen. "
                "Heeft het de naam van een ingebouwd sjabloon (bijvoorbeeld "
                "‘verantwoording%1’), dan vervangt het dat; anders komt er een soort "
                "document bij."
            ).replace("%1", TEMPLATE_SUFFIX)
        )
        templates_note.setWordWrap(True)
        layout.addWidget(templates_note)
        self.templates_button = QPushButton(self.tr("&Map met eigen sjablonen openen"))
        self.templates_button.clicked.connect(self.open_templates_folder)
        templates_row = QHBoxLayout()
        templates_row.addWidget(self.templates_button)
        templates_row.addStretch(1)
        layout.addLayout(templates_row)

        buttons = save_and_cancel_buttons(self, self._save_and_close)
        layout.addWidget(buttons)

        self.set_accent(self._accent)
        self._show_logo()

    # -- the form ------------------------------------------------------------------------------

    def set_accent(self, colour: str) -> None:
        self._accent = QColor(colour).name()  # "#rrggbb"
        light = QColor(self._accent).lightnessF() > 0.6
        self.accent_button.setText(self._accent)
        self.accent_button.setStyleSheet(
            f"background-color: {self._accent}; color: {'#000000' if light else '#ffffff'};"
            " padding: 4px 16px;"
        )

    def choose_accent(self) -> None:
        colour = QColorDialog.getColor(QColor(self._accent), self, self.tr("Accentkleur kiezen"))
        if colour.isValid():
            self.set_accent(colour.name())

    def choose_logo(self) -> None:
        path = dialogs.open_file_path(
            self, self.tr("Logo kiezen"), self.folder, self.tr("Logo's (*.png *.svg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Take the logo from a file; a file that cannot be used is explained and left out."""
        try:
            self._logo, self._logo_type = logo_from_file(path)
        except HouseStyleError as error:
            dialogs.warn(self, self.tr("Logo niet gebruikt"), str(error))
            return False
        except OSError as error:
            dialogs.warn(
                self,
                self.tr("Logo niet gebruikt"),
                self.tr("%1 kan niet worden gelezen: %2")
                .replace("%1", path.name)
                .replace("%2", explain(error)),
            )
            return False
        self.folder = str(path.parent)
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self._logo, self._logo_type = b"", ""
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            pixmap = pixmap.scaledToHeight(
                LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
            )
            self.logo_preview.setPixmap(pixmap)
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(geen logo)") if not self._logo else "")
        self.remove_logo_button.setEnabled(bool(self._logo))

    def house_style(self) -> HouseStyle:
        return HouseStyle(
            organisation=self.organisation.text().strip(),
            accent=self._accent,
            logo=self._logo,
            logo_type=self._logo_type,
        )

    # -- saving and the templates folder -------------------------------------------------------

    def save(self) -> bool:
        """Write the house style to the data folder; False (after saying why) if that fails."""
        try:
            save_house_style(self.data_dir, self.house_style())
        except (HouseStyleError, OSError) as error:
            dialogs.warn(self, self.tr("Opslaan mislukt"), str(error))
            return False
        self.problem.hide()
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def templates_folder(self) -> Path:
        return user_templates_dir(self.data_dir)

    def open_templates_folder(self) -> None:
        folder = self.templates_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            dialogs.warn(self, self.tr("Map niet geopend"), str(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def edit_house_style(parent: QWidget | None, data_dir: Path, folder: str = "") -> bool:
    """Open the dialog; True when the user saved a house style."""
    dialog = HouseStyleDialog(data_dir, parent, folder)
    return dialog.exec() == QDialog.DialogCode.Accepted

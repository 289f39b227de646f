"""The program's own settings (window layout, last step, folders), kept in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import SupportsInt

from PySide6.QtCore import QByteArray, QSettings

from igj_afwijken import i18n
from igj_afwijken.paths import make_private

MAX_RECENT_FILES = 8
MIN_TEXT_SCALE, MAX_TEXT_SCALE = 80, 200


class AppSettings:
    """An INI file beside the store, so nothing lands in the Windows registry."""

    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(i18n.settings_file(data_dir)), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._settings.sync()
        make_private(Path(self._settings.fileName()))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def organisation_store(self) -> str:
        """The organisation store's address; "" for the data folder on this computer."""
        return str(self._settings.value("organisatieregister/adres", "") or "").strip()

    def set_organisation_store(self, address: str) -> None:
        self._settings.setValue("organisatieregister/adres", address.strip())

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter_{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/splitter_{name}", value)

    def preview_visible(self) -> bool:
        return str(self._settings.value("window/preview", "true")).lower() == "true"

    def set_preview_visible(self, visible: bool) -> None:
        self._settings.setValue("window/preview", "true" if visible else "false")

    def guidance_visible(self) -> bool:
        """Whether the question steps show their help beside each field."""
        return str(self._settings.value("window/guidance", "true")).lower() == "true"

    def set_guidance_visible(self, visible: bool) -> None:
        self._settings.setValue("window/guidance", "true" if visible else "false")

    def last_dossier(self) -> str:
        return str(self._settings.value("session/dossier", "") or "")

    def set_last_dossier(self, dossier_id: str) -> None:
        self._settings.setValue("session/dossier", dossier_id)

    def _int(self, key: str, default: int) -> int:
        value = self._settings.value(key, default)
        try:
            return int(value) if isinstance(value, str | SupportsInt) else default
        except (TypeError, ValueError):
            return default

    def _texts(self, key: str) -> list[str]:
        """A list of texts; one text is a list of one (as QSettings reads it back), anything
        else in a settings file changed by hand is no list."""
        value = self._settings.value(key, [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def step_of(self, dossier_id: str) -> int:
        return self._int(f"steps/{dossier_id}", 0)

    def set_step_of(self, dossier_id: str, step: int) -> None:
        self._settings.setValue(f"steps/{dossier_id}", step)

    def last_folder(self) -> str:
        return str(self._settings.value("files/last_folder", "") or str(Path.home()))

    def set_last_folder(self, folder: str) -> None:
        self._settings.setValue("files/last_folder", folder)

    def remember_recent(self) -> bool:
        """Off unless the user turns it on: file names often carry a dossier's title."""
        return str(self._settings.value("files/remember_recent", "false")).lower() == "true"

    def set_remember_recent(self, remember: bool) -> None:
        self._settings.setValue("files/remember_recent", "true" if remember else "false")
        if not remember:
            self._settings.remove("files/recent")

    def recent_files(self) -> list[str]:
        if not self.remember_recent():
            return []
        return [item for item in self._texts("files/recent") if item]

    def add_recent_file(self, path: str) -> None:
        if not self.remember_recent():
            return
        recent = [p for p in self.recent_files() if p != path]
        self._settings.setValue("files/recent", [path, *recent][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue("files/recent", [p for p in self.recent_files() if p != path])

    # -- the organisation's defaults and the display, chosen in "Instellingen" ---------------

    def locations(self) -> list[str]:
        """The organisation's locations, offered in a dossier's location field."""
        return [item for item in self._texts("organisation/locations") if item.strip()]

    def set_locations(self, locations: list[str]) -> None:
        cleaned = list(dict.fromkeys(item.strip() for item in locations if item.strip()))
        self._settings.setValue("organisation/locations", cleaned)

    def default_responsible(self) -> tuple[str, str]:
        """Name and role filled in as the responsible person of a new dossier."""
        name = str(self._settings.value("organisation/responsible_name", "") or "")
        role = str(self._settings.value("organisation/responsible_role", "") or "")
        return name, role

    def set_default_responsible(self, name: str, role: str) -> None:
        self._settings.setValue("organisation/responsible_name", name.strip())
        self._settings.setValue("organisation/responsible_role", role.strip())

    def text_scale(self) -> int:
        """The text size in percent of the system's; 100 follows the system."""
        scale = self._int("display/text_scale", 100)
        return min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, scale))

    def set_text_scale(self, percent: int) -> None:
        self._settings.setValue(
            "display/text_scale", min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, percent))
        )

    def language(self) -> str:
        """The language chosen for the program and its documents: "nl" or "en"."""
        return i18n.known_language(self._settings.value(i18n.LANGUAGE_KEY))

    def set_language(self, language: str) -> None:
        if language in i18n.LANGUAGES:
            self._settings.setValue(i18n.LANGUAGE_KEY, language)

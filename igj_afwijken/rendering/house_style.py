"""The organisation's house style: its name, an accent colour and a logo, kept in the data folder.

Headless: the documents, the command line and the window all read it from here. A broken or
unsafe house style never stops a document: `load_house_style` falls back to the default style
and reports what was wrong."""

from __future__ import annotations

import base64
import json
import logging
import re
import struct
import xml.etree.ElementTree as ElementTree
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.fileio import write_atomic
from igj_afwijken.paths import ensure_data_dir

STYLE_FILE = "huisstijl.json"
LOGO_STEM = "huisstijl-logo"
LOGO_TYPES = {"png": "image/png", "svg": "image/svg+xml"}
MAX_LOGO_BYTES = 1024 * 1024
MAX_ORGANISATION_CHARS = 200
DEFAULT_ACCENT = "#1f3a5f"

_ACCENT = re.compile(r"#[0-9a-fA-F]{6}")
# what not every document format can hold in a name: control characters, halves of UTF-16 pairs
# (which a hand-edited huisstijl.json can bring in as \\u escapes) and the two non-characters
# that XML refuses
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object"}
_SVG_SAFE_LINKS = ("#", "data:image/png;", "data:image/jpeg;")

log = logging.getLogger(__name__)


def _shown(value: object) -> str:
    """A wrong value as a message can quote it on its one line: short, and printable."""
    text = str(value)
    return text if text.isprintable() and len(text) <= 40 else "…"


class HouseStyleError(ValueError):
    """The house style or its logo cannot be used; the message is meant for the user."""


@dataclass(frozen=True)
class HouseStyle:
    organisation: str = ""
    accent: str = DEFAULT_ACCENT
    logo: bytes = b""
    logo_type: str = ""  # "png" or "svg" when there is a logo

    def __post_init__(self) -> None:
        if not isinstance(self.organisation, str) or len(self.organisation) > (
            MAX_ORGANISATION_CHARS
        ):
            raise HouseStyleError(
                i18n.translate(
                    "house_style",
                    "De naam van de organisatie is te lang (meer dan {count} tekens).",
                ).format(count=MAX_ORGANISATION_CHARS)
            )
        if _UNPRINTABLE.search(self.organisation):
            raise HouseStyleError(
                i18n.translate(
                    "house_style",
                    "De naam van de organisatie bevat een teken dat niet kan worden afgedrukt "
                    "(een stuurteken of een losse helft van een tekenpaar, zoals \\ud800).",
                )
            )
        if not isinstance(self.accent, str) or not _ACCENT.fullmatch(self.accent):
            raise HouseStyleError(
                i18n.translate(
                    "house_style", "De accentkleur ‘{colour}’ is geen kleur in de vorm #rrggbb."
                ).format(colour=_shown(self.accent))
            )
        if self.logo or self.logo_type:
            check_logo(self.logo, self.logo_type)

    @property
    def logo_uri(self) -> str:
        """The logo as a data: URI for an <img>, or "" without a logo."""
        if not self.logo:
            return ""
        encoded = base64.b64encode(self.logo).decode("ascii")
        return f"data:{LOGO_TYPES[self.logo_type]};base64,{encoded}"

    def logo_png(self, height_px: int = 240) -> bytes:
        """The logo as PNG bytes, an SVG drawn at `height_px` high; b"" without a logo.

        Word files take no SVG pictures, so the Word export uses this."""
        if not self.logo or self.logo_type == "png":
            return self.logo
        return svg_to_png(self.logo, height_px)


def svg_to_png(svg: bytes, height_px: int) -> bytes:
    """Draw an SVG on a transparent PNG of the given height, keeping its proportions."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from igj_afwijken.rendering.qt_text import ensure_gui_application

    ensure_gui_application()
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise HouseStyleError(
            i18n.translate("house_style", "Het SVG-logo kan niet worden getekend.")
        )
    size = renderer.defaultSize()
    ratio = size.width() / size.height() if size.height() > 0 and size.width() > 0 else 1.0
    ratio = min(max(ratio, 1 / MAX_SVG_RATIO), MAX_SVG_RATIO)
    image = QImage(max(1, round(height_px * ratio)), height_px, QImage.Format.Format_ARGB32)
    if image.isNull():
        raise HouseStyleError(
            i18n.translate("house_style", "Het SVG-logo kan niet worden getekend.")
        )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub says bytes; PySide6 takes str
    return bytes(buffer.data().data())


def check_logo(data: bytes, logo_type: str) -> None:
    """Raise HouseStyleError unless `data` is a PNG, or an SVG without scripts or outside links."""
    if logo_type not in LOGO_TYPES:
        raise HouseStyleError(
            i18n.translate("house_style", "Een logo moet een PNG- of SVG-bestand zijn.")
        )
    if not data:
        raise HouseStyleError(i18n.translate("house_style", "Het logobestand is leeg."))
    if len(data) > MAX_LOGO_BYTES:
        raise HouseStyleError(
            i18n.translate("house_style", "Het logo is groter dan 1 MB; kies een kleiner bestand.")
        )
    if logo_type == "png":
        _check_png(data)
        return
    _check_svg(data)


MAX_LOGO_PIXELS = 4000  # on each side: far more than a logo on paper needs
MAX_SVG_DEPTH = 64
MAX_SVG_RATIO = 20.0  # a logo at most twenty times as wide as it is high, or the other way


def _check_png(data: bytes) -> None:
    """A whole PNG: its chunks intact (their checksums), a sensible size, and picture data that
    unpacks to what that size needs, no more."""
    wrong = HouseStyleError(i18n.translate("house_style", "Het logo is geen geldig PNG-bestand."))
    if not data.startswith(_PNG_SIGNATURE):
        raise wrong
    position, chunks, pictures = len(_PNG_SIGNATURE), [], []
    while position < len(data):
        if position + 12 > len(data):
            raise wrong
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        end = position + 8 + length
        if end + 4 > len(data):
            raise wrong
        body, (checksum,) = data[position + 8 : end], struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + body) != checksum:
            raise wrong
        chunks.append(kind)
        if kind == b"IDAT":
            pictures.append(body)
        position = end + 4
    if not chunks or chunks[0] != b"IHDR" or chunks[-1] != b"IEND" or not pictures:
        raise wrong
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= MAX_LOGO_PIXELS and 0 < height <= MAX_LOGO_PIXELS):
        raise HouseStyleError(
            i18n.translate(
                "house_style", "Het logo is groter dan {pixels} bij {pixels} beeldpunten."
            ).format(pixels=MAX_LOGO_PIXELS)
        )
    # Eight bytes a pixel is the most any PNG needs (16-bit RGBA), plus a filter byte for each
    # row of each of the seven passes of an interlaced picture.
    needed = height * (width * 8 + 7)
    unpacker = zlib.decompressobj()
    try:
        unpacked = unpacker.decompress(b"".join(pictures), needed + 1)
    except zlib.error:
        raise wrong from None
    if len(unpacked) > needed or not unpacked:
        raise wrong


def _check_svg(data: bytes) -> None:
    head = data.lower()
    if b"<!doctype" in head or b"<!entity" in head:
        raise HouseStyleError(
            i18n.translate(
                "house_style", "Het SVG-logo bevat een DOCTYPE of ENTITY; dat is niet toegestaan."
            )
        )
    try:
        root = _parse_shallow(data)
    except ElementTree.ParseError as error:
        raise HouseStyleError(
            i18n.translate("house_style", "Het logo is geen geldig SVG-bestand ({error}).").format(
                error=error
            )
        ) from None
    if _local(root.tag) != "svg":
        raise HouseStyleError(i18n.translate("house_style", "Het logo is geen SVG-bestand."))
    width, height = _svg_size(root)
    if width <= 0 or height <= 0 or max(width / height, height / width) > MAX_SVG_RATIO:
        raise HouseStyleError(
            i18n.translate(
                "house_style",
                "Het SVG-logo heeft geen bruikbare breedte en hoogte (of is meer dan twintig keer "
                "zo breed als hoog).",
            )
        )
    for element in root.iter():
        name = _local(element.tag)
        if name in _SVG_FORBIDDEN_ELEMENTS:
            raise HouseStyleError(
                i18n.translate(
                    "house_style", "Het SVG-logo bevat <{element}>; dat is niet toegestaan."
                ).format(element=name)
            )
        for attribute, value in element.attrib.items():
            key = _local(attribute)
            if key.startswith("on"):
                raise HouseStyleError(
                    i18n.translate(
                        "house_style",
                        "Het SVG-logo bevat het attribuut ‘{attribute}’; dat is niet toegestaan.",
                    ).format(attribute=key)
                )
            if key == "href" and not value.strip().lower().startswith(_SVG_SAFE_LINKS):
                raise HouseStyleError(
                    i18n.translate(
                        "house_style",
                        "Het SVG-logo verwijst naar iets buiten het bestand; "
                        "dat is niet toegestaan.",
                    )
                )
            if "javascript:" in value.lower() or "url(http" in value.replace(" ", "").lower():
                raise HouseStyleError(
                    i18n.translate(
                        "house_style", "Het SVG-logo bevat een verwijzing die niet is toegestaan."
                    )
                )


def _parse_shallow(data: bytes) -> ElementTree.Element:
    """The SVG's root, refusing nesting deeper than MAX_SVG_DEPTH (a drawing program makes a
    few levels; thousands only serve to exhaust whatever draws it)."""
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("start", "end")
    )
    depth, root = 0, None
    parser.feed(data)
    parser.close()
    for event in parser.read_events():
        match event:  # only the events asked for: ("start", element) and ("end", element)
            case ("start", ElementTree.Element() as element):
                depth += 1
                root = element if root is None else root
                if depth > MAX_SVG_DEPTH:
                    raise HouseStyleError(
                        i18n.translate(
                            "house_style", "Het SVG-logo is dieper genest dan {depth} lagen."
                        ).format(depth=MAX_SVG_DEPTH)
                    )
            case _:
                depth -= 1
    if root is None:
        raise ElementTree.ParseError("no element found")
    return root


def _svg_size(root: ElementTree.Element) -> tuple[float, float]:
    """The drawing's width and height: from its viewBox, else its width and height, else 1:1."""
    box = re.split(r"[\s,]+", root.get("viewBox", "").strip())
    try:
        if len(box) == 4:
            return float(box[2]), float(box[3])
        width, height = root.get("width"), root.get("height")
        if width is None or height is None:
            return 1.0, 1.0
        return _length(width), _length(height)
    except ValueError:
        return 0.0, 0.0


def _length(text: str) -> float:
    number = re.match(r"\s*([0-9.eE+-]+)", text)
    if number is None:
        raise ValueError(text)
    return float(number.group(1))


def _local(name: object) -> str:
    """An XML name without its namespace, in lower case ("{http://…}onload" → "onload")."""
    return str(name).rsplit("}", 1)[-1].lower()


def logo_from_file(path: Path) -> tuple[bytes, str]:
    """A logo file's content and type ("png" or "svg"); raises HouseStyleError or OSError."""
    logo_type = path.suffix.lower().lstrip(".")
    if logo_type not in LOGO_TYPES:
        raise HouseStyleError(
            i18n.translate("house_style", "Een logo moet een PNG- of SVG-bestand zijn.")
        )
    if path.stat().st_size > MAX_LOGO_BYTES:
        raise HouseStyleError(
            i18n.translate("house_style", "Het logo is groter dan 1 MB; kies een kleiner bestand.")
        )
    data = path.read_bytes()
    check_logo(data, logo_type)
    return data, logo_type


def read_house_style(data_dir: Path) -> HouseStyle:
    """The house style in the data folder (the default when there is none); raises
    HouseStyleError when a file is there but cannot be used."""
    style_file = data_dir / STYLE_FILE
    fields: dict = {}
    try:
        if style_file.is_file():
            fields = json.loads(style_file.read_text("utf-8"))
            if not isinstance(fields, dict):
                raise ValueError(i18n.translate("house_style", "geen object"))
        logos = [data_dir / f"{LOGO_STEM}.{kind}" for kind in LOGO_TYPES]
        logo_file = next((p for p in logos if p.is_file()), None)
        logo, logo_type = logo_from_file(logo_file) if logo_file else (b"", "")
    except HouseStyleError as error:
        raise HouseStyleError(
            i18n.translate(
                "house_style", "De huisstijl kan niet worden gebruikt: {problem}"
            ).format(problem=error)
        ) from None
    except (OSError, ValueError) as error:  # also UnicodeDecodeError and JSONDecodeError
        raise HouseStyleError(
            i18n.translate(
                "house_style", "Het bestand ‘{file}’ kan niet worden gelezen ({error})."
            ).format(file=STYLE_FILE, error=error)
        ) from None
    organisation = fields.get("organisatie", "")
    accent = fields.get("accentkleur", DEFAULT_ACCENT)
    if not isinstance(organisation, str) or not isinstance(accent, str):
        problem = i18n.translate("house_style", "Het bestand ‘{file}’ bevat een onjuiste waarde.")
        raise HouseStyleError(problem.format(file=STYLE_FILE))
    try:
        return HouseStyle(organisation.strip(), accent, logo, logo_type)
    except HouseStyleError as error:
        raise HouseStyleError(
            i18n.translate(
                "house_style", "De huisstijl kan niet worden gebruikt: {problem}"
            ).format(problem=error)
        ) from None


def load_house_style(
    data_dir: Path | None, report: Callable[[str], None] | None = None
) -> HouseStyle:
    """The house style for a document; never fails. A problem gives the default style, and its
    description goes to `report` (or, without one, to the log)."""
    if data_dir is None:
        return HouseStyle()
    try:
        return read_house_style(data_dir)
    except HouseStyleError as error:
        message = i18n.translate(
            "house_style", "{problem} De standaardhuisstijl wordt gebruikt."
        ).format(problem=error)
        if report is None:
            log.warning("%s", message)
        else:
            report(message)
        return HouseStyle()


def save_house_style(data_dir: Path, style: HouseStyle) -> None:
    """Write the house style to the data folder, each file atomically; raises OSError."""
    ensure_data_dir(data_dir)
    if style.logo:
        write_atomic(data_dir / f"{LOGO_STEM}.{style.logo_type}", style.logo, private=True)
    for kind in LOGO_TYPES:
        if kind != style.logo_type:
            (data_dir / f"{LOGO_STEM}.{kind}").unlink(missing_ok=True)
    fields = {"organisatie": style.organisation, "accentkleur": style.accent}
    text = json.dumps(fields, ensure_ascii=False, indent=2) + "\n"
    write_atomic(data_dir / STYLE_FILE, text.encode("utf-8"), private=True)

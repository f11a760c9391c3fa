"""Registers the bundled fonts so Russian and Chinese render, and print as text, anywhere.

Needs a QGuiApplication; it touches fonts only, never widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sco_desktop.core.infra import locations

BUNDLED_FONTS = (
    "NotoSans-SCO-Regular.ttf",
    "NotoSans-SCO-Bold.ttf",
    "NotoSansSC-SCO-Regular.otf",
    "NotoSansSC-SCO-Bold.otf",
)
_registered: list[str] | None = None


def bundled_families() -> list[str]:
    """Registers the bundled fonts once; their family names, Latin and Cyrillic first."""
    global _registered
    if _registered is None:
        families: dict[str, None] = {}
        for name in BUNDLED_FONTS:
            font_id = QFontDatabase.addApplicationFont(
                str(locations.resources_folder() / "fonts" / name)
            )
            if font_id >= 0:
                families.update(dict.fromkeys(QFontDatabase.applicationFontFamilies(font_id)))
        _registered = list(families)
    return list(_registered)


def install_fallback(app: QGuiApplication) -> list[str]:
    """Keeps the system's interface font and falls back to the bundled fonts for missing glyphs."""
    families = bundled_families()
    font = app.font()
    font.setFamilies([*font.families(), *(f for f in families if f not in font.families())])
    app.setFont(font)
    return families


LIGATURE_FEATURES = ("liga", "clig", "dlig")


def without_ligatures(font: QFont) -> QFont:
    """The font with its ligatures off: a PDF's text layer then holds "fi", not one glyph
    that extracts as "ﬁ" or nothing, so "figures" and every address can be found and copied."""
    for feature in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


def document_font(point_size: float) -> QFont:
    """The font of printed sheets: the bundled fonts only, so every PDF embeds the same ones."""
    font = QFont()
    font.setFamilies(bundled_families() or QGuiApplication.font().families())
    font.setPointSizeF(point_size)
    return without_ligatures(font)

"""Registers the bundled font so Russian and Chinese render on machines without such fonts.

Needs a QGuiApplication; it touches fonts only, never widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from sco_desktop import locations

BUNDLED_FONT = "NotoSansSC-SCO-subset.otf"


def bundled_font_family() -> str | None:
    """Registers the bundled font once; returns its family name, or None if it cannot be loaded."""
    path = locations.resources_folder() / "fonts" / BUNDLED_FONT
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def install_fallback(app: QGuiApplication) -> str | None:
    """Makes the bundled font the fallback of the application font for missing glyphs."""
    family = bundled_font_family()
    if family:
        font = app.font()
        font.setFamilies([*font.families(), family])
        app.setFont(font)
    return family

"""The colour schemes of the window: light and dark palettes, and which one is in effect.

Every widget, the panes' rich text (links included), the search pop-up and the charts take
their colours from the application palette, so switching it switches them all. Both palettes
keep text at a contrast of at least 4.5:1 (WCAG AA); a test measures them. Nothing here
decides what a pane shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from sco_desktop.ui.common.settings import THEMES

STYLE = "Fusion"
"""The one style that draws every widget from the palette on every platform."""

Role = QPalette.ColorRole
_COLOURS = {
    "light": {
        Role.Window: "#efefef",
        Role.WindowText: "#1a1a1a",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f4f4f4",
        Role.Text: "#1a1a1a",
        Role.Button: "#e6e6e6",
        Role.ButtonText: "#1a1a1a",
        Role.BrightText: "#ffffff",
        Role.Highlight: "#1f5fa8",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#0b57a8",
        Role.LinkVisited: "#6a3d9a",
        Role.ToolTipBase: "#ffffe1",
        Role.ToolTipText: "#1a1a1a",
        Role.PlaceholderText: "#5e5e5e",
        Role.Light: "#ffffff",
        Role.Midlight: "#f5f5f5",
        Role.Mid: "#b8b8b8",
        Role.Dark: "#9f9f9f",
        Role.Shadow: "#767676",
    },
    "dark": {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e8e8e8",
        Role.Base: "#1e1e1e",
        Role.AlternateBase: "#262626",
        Role.Text: "#e8e8e8",
        Role.Button: "#353535",
        Role.ButtonText: "#e8e8e8",
        Role.BrightText: "#ffffff",
        Role.Highlight: "#2f65b0",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c9a0f5",
        Role.ToolTipBase: "#3a3a3a",
        Role.ToolTipText: "#f0f0f0",
        Role.PlaceholderText: "#a3a3a3",
        Role.Light: "#505050",
        Role.Midlight: "#404040",
        Role.Mid: "#5c5c5c",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#0d0d0d",
    },
}
_DISABLED_TEXT = {"light": "#8a8a8a", "dark": "#7d7d7d"}
"""Disabled controls are exempt from the contrast rule, and are meant to look faint."""
_INDICATOR_WINDOW = {"light": "#a5a5a5", "dark": "#a8a8a8"}
"""The window colour a check box's outline is drawn from: the style darkens the window colour
for it, which on either palette's own window leaves a box too faint to find (under the 3:1
that WCAG asks of a control's outline)."""
_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


class _Style(QProxyStyle):
    """The one style, with check boxes and radio buttons outlined visibly on both palettes."""

    def __init__(self, scheme: str) -> None:
        super().__init__(QStyleFactory.create(STYLE))
        self.scheme = scheme

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element in _INDICATORS:
            option = type(option)(option)
            option.palette.setColor(Role.Window, QColor(_INDICATOR_WINDOW[self.scheme]))
        super().drawPrimitive(element, option, painter, widget)


def palette(scheme: str) -> QPalette:
    """The palette of a scheme, "light" or "dark"."""
    result = QPalette()
    for role, colour in _COLOURS[scheme].items():
        result.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[scheme]))
    return result


def system_scheme() -> str:
    """The scheme the system asks for: dark only when it says so."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(choice: str) -> str:
    """The scheme a choice of View > Theme (system, light, dark) means now."""
    return system_scheme() if choice == THEMES[0] else choice


def apply(choice: str) -> str:
    """Gives the application the palette of `choice`; the scheme now in effect."""
    scheme = resolve(choice)
    app = QApplication.instance()
    style = app.style()
    if not isinstance(style, _Style) or style.scheme != scheme:
        app.setStyle(_Style(scheme))
    app.setPalette(palette(scheme))
    return scheme

"""Zoom, themes and layout of the real window, driven by keys and the mouse wheel."""

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from sco_desktop.app import build_main_window
from sco_desktop.core.domain.kinds import VIEW_KIND
from sco_desktop.core.infra import locations
from sco_desktop.core.present import html as pane_html
from sco_desktop.output.chart import DARK_PAPER, LIGHT_PAPER
from sco_desktop.output.map_picture import DARK_MAP, LIGHT_MAP
from sco_desktop.output.palette import PALETTE
from sco_desktop.ui.shell import theme
from sco_desktop.ui.trade.models import KeyRole

Role = QPalette.ColorRole


def _font_points(window) -> dict[str, float]:
    """The size, in points, of the pane's body text and heading as laid out, and the tree's."""
    document = window.detail_view.document()
    block, sizes = document.begin(), {}
    while block.isValid():
        text = block.text()
        fragment_font = block.charFormat().font()
        iterator = block.begin()
        if not iterator.atEnd():
            fragment_font = iterator.fragment().charFormat().font()
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.text() == "[1]" and "citation" not in sizes:
                sizes["citation"] = fragment.charFormat().font().pointSizeF()
            fragments += 1
        if text == "Kazakhstan" and "h1" not in sizes:
            sizes["h1"] = fragment_font.pointSizeF()
        elif text.startswith("A Shanghai Five founder") and "body" not in sizes:
            sizes["body"] = fragment_font.pointSizeF()
        block = block.next()
    sizes["tree"] = window.navigator.tree.font().pointSizeF()
    return sizes


def test_ctrl_plus_minus_and_zero_scale_all_text_and_are_remembered(qtbot, settings):
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach an active window only
        window.show()
    window.show_entity("state", "KAZ")
    window.detail_view.setFocus()
    before = _font_points(window)
    for _ in range(3):  # 100 → 110 → 125 → 150
        qtbot.keyClick(window.detail_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 150
    after = _font_points(window)
    for part in ("h1", "body", "citation", "tree"):
        assert after[part] == pytest.approx(before[part] * 1.5, rel=0.02), part
    qtbot.keyClick(window.detail_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 125
    window.close()
    again = build_main_window(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    with qtbot.waitActive(again):
        again.show()
    again.show_entity("state", "KAZ")
    again.detail_view.setFocus()
    assert again.zoom == 125
    assert _font_points(again)["body"] == pytest.approx(before["body"] * 1.25, rel=0.02)
    qtbot.keyClick(again.detail_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert _font_points(again) == pytest.approx(before)


def test_ctrl_wheel_zooms_the_pane_and_the_navigator_together(window):
    window.show_entity("state", "KAZ")
    before = _font_points(window)
    viewport = window.detail_view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(QPoint(10, 10))),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    assert window.zoom == 110
    after = _font_points(window)
    assert after["h1"] == pytest.approx(before["h1"] * 1.1, rel=0.02)
    assert after["body"] == pytest.approx(before["body"] * 1.1, rel=0.02)
    assert after["tree"] == pytest.approx(before["tree"] * 1.1, rel=0.02)


def contrast(foreground: QColor, background: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


TEXT_ON = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
    (Role.PlaceholderText, Role.Base),
]


def _css_colours() -> set[str]:
    """Every colour a pane's stylesheet or templates give text."""
    texts = [(locations.resources_folder() / "styles" / "detail.css").read_text("utf-8")]
    templates = locations.resources_folder().parent / "sco_desktop" / "core" / "present"
    texts += [p.read_text("utf-8") for p in (templates / "templates").glob("*.html")]
    found = set()
    for text in texts:
        found |= set(re.findall(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)", text))
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa(scheme):
    palette = theme.palette(scheme)
    for text, background in TEXT_ON:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= 4.5, (scheme, text, background, round(ratio, 2))
    for colour in _css_colours():
        ratio = contrast(QColor(colour), palette.color(Role.Base))
        assert ratio >= 4.5, (scheme, colour, round(ratio, 2))
    assert pane_html  # the templates read above are the ones the panes render


def test_view_theme_switches_panes_pop_up_and_charts_and_is_remembered(
    window, qtbot, settings, tmp_path
):
    window.show_entity(VIEW_KIND, "trade")
    trade = window.navigation.views["trade"]
    chart = trade.chart
    dark = theme.palette("dark")
    [dark_action] = [a for a in window.theme_actions.actions() if a.data() == "dark"]
    dark_action.trigger()
    QApplication.processEvents()  # widgets hear of the new palette through posted events
    base = dark.color(Role.Base)
    assert window.detail_view.palette().color(Role.Base) == base
    assert window.detail_view.palette().color(Role.Text) == dark.color(Role.Text)
    assert window.search_field.results.palette().color(Role.Base) == base
    assert window.notes_pane.editor.palette().color(Role.Base) == base
    # On screen the chart follows the theme; what is written to a file keeps its white paper.
    assert chart.grab().toImage().pixelColor(2, 2) == QColor(DARK_PAPER.background)
    exported = QImage(str(trade.export("png", tmp_path / "trade.png")))
    assert exported.pixelColor(2, 2) == QColor("#ffffff")
    assert settings.value("view/theme") == "dark"
    [light_action] = [a for a in window.theme_actions.actions() if a.data() == "light"]
    light_action.trigger()
    QApplication.processEvents()
    assert window.detail_view.palette().color(Role.Base) == theme.palette("light").color(Role.Base)
    assert chart.grab().toImage().pixelColor(2, 2) == QColor("#ffffff")
    assert QFont  # fonts are left alone by a change of theme


@pytest.mark.parametrize("paper", [LIGHT_PAPER, DARK_PAPER])
def test_chart_text_and_series_stand_out_from_either_paper(paper):
    background = QColor(paper.background)
    for text in (paper.ink, paper.muted):
        assert contrast(QColor(text), background) >= 4.5, (paper, text)
    # WCAG 1.4.11: every series colour, as drawn on this paper, at least 3:1 (black on dark too).
    for colour in PALETTE:
        assert contrast(paper.series(colour), background) >= 3.0, (paper, colour)


@pytest.mark.parametrize("paper", [LIGHT_MAP, DARK_MAP])
def test_map_text_stands_out_from_either_paper(paper):
    for text in (paper.ink, paper.note):
        assert contrast(QColor(text), QColor(paper.background)) >= 4.5, (paper, text)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_partner_swatches_stand_out_from_the_list_in_either_theme(window, scheme):
    window.set_theme(scheme)
    QApplication.processEvents()
    window.show_entity(VIEW_KIND, "trade")
    trade = window.navigation.views["trade"]
    partners = trade.partners
    # Eight partners: the first and the eighth are drawn in the palette's black.
    partners.set_checked([*partners.members()[:8], "BLR", "TJK"])
    base = trade.partner_list.palette().color(Role.Base)
    rows = [partners.index(row, 0) for row in range(partners.rowCount())]
    shown = [index for index in rows if index.data(KeyRole) in partners.checked]
    assert len(shown) >= 8
    for index in shown:
        code = index.data(KeyRole)
        image = index.data(Qt.ItemDataRole.DecorationRole)
        drawn = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert max(contrast(colour, base) for colour in drawn) >= 3.0, (scheme, code)
    window.set_theme("light")


def test_the_map_follows_the_theme_on_screen_only(window, tmp_path):
    window.show_entity(VIEW_KIND, "map")
    pane = window.navigation.views["map"]
    window.set_theme("dark")
    QApplication.processEvents()
    assert pane.canvas.grab().toImage().pixelColor(2, 2) == QColor(DARK_MAP.background)
    exported = QImage(str(pane.export(tmp_path / "map.png")))
    assert exported.pixelColor(2, 2) == QColor("#ffffff")
    window.set_theme("light")
    QApplication.processEvents()
    assert pane.canvas.grab().toImage().pixelColor(2, 2) == QColor("#ffffff")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_check_box_is_outlined_visibly(qtbot, scheme):
    from PySide6.QtWidgets import QCheckBox

    theme.apply(scheme)
    box = QCheckBox()
    qtbot.addWidget(box)
    box.resize(40, 30)
    image = box.grab().toImage()
    base = theme.palette(scheme).color(Role.Base)
    strongest = max(
        contrast(image.pixelColor(x, y), base)
        for x in range(image.width())
        for y in range(image.height())
    )
    theme.apply("system")
    assert strongest >= 3.0  # WCAG 1.4.11: a control's outline against its background


def test_system_follows_the_platforms_scheme_as_it_changes(window, monkeypatch):
    # The offscreen platform has no colour scheme of its own: its answer is stood in for.
    hints = QApplication.styleHints()
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    [system] = [a for a in window.theme_actions.actions() if a.data() == "system"]
    [light] = [a for a in window.theme_actions.actions() if a.data() == "light"]
    light.trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().color(Role.Base) == theme.palette("light").color(Role.Base)
    system.trigger()
    assert QApplication.palette().color(Role.Base) == theme.palette("dark").color(Role.Base)
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().color(Role.Base) == theme.palette("light").color(Role.Base)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_state_panes_trade_line_is_drawn_for_the_theme(window, scheme):
    window.show_entity("state", "RUS")
    window.set_theme(scheme)  # the pane shown is drawn again, its picture with it
    image = window.detail_view.document().resource(2, QUrl("sparkline:RUS"))
    base = theme.palette(scheme).color(Role.Base)
    opaque = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).alpha() == 255
    ]
    # Its first and last values and years are text: 4.5:1 against the pane's background.
    assert max(contrast(colour, base) for colour in opaque) >= 4.5
    window.set_theme("light")

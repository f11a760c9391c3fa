"""The window in Russian and Chinese: real widgets offscreen, Qt's own translator installed."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from sco_desktop.app import build_main_window
from sco_desktop.output import translation
from sco_desktop.ui.navigator.model import IdentRole
from sco_desktop.ui.printing.dialogs import PreferencesDialog, PrintPreferences


@pytest.fixture
def in_language(settings, qtbot):
    """A window built with the interface language set in Preferences; English again after."""
    windows = []

    def build(code):
        settings.setValue("view/language", code)
        window = build_main_window(settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield build
    translation.install(QApplication.instance(), "en")


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def top_groups(window):
    model = window.navigator_model
    return {
        model.index(row, 0).data(IdentRole): model.index(row, 0).data()
        for row in range(model.rowCount())
    }


def test_window_in_russian_has_russian_menus_navigator_and_pane(in_language):
    window = in_language("ru")
    assert menu_titles(window) == ["&Файл", "&Правка", "&Вид", "П&ереход", "&Справка"]
    assert top_groups(window)["group:Member states"] == "Государства-члены (10)"
    window.navigator_model.fetch_all()
    assert window.navigator_model.index_of("state", "KAZ").data() == "Казахстан"
    assert window.navigator_model.index_of("summit", "hos-2025").data() == "2025 Тяньцзинь"
    window.show_entity("state", "KAZ")
    assert window.windowTitle().startswith("Казахстан")
    text = window.detail_view.toPlainText()
    assert "ГОСУДАРСТВО" in text.upper() and "Столица" in text and "Торговля с Китаем" in text
    assert "Capital" not in text


def test_window_in_chinese_names_entities_in_chinese(in_language):
    window = in_language("zh")
    assert menu_titles(window)[0] == "文件(&F)"
    window.show_entity("state", "KAZ")
    assert window.windowTitle().startswith("哈萨克斯坦")
    assert "首都" in window.detail_view.toPlainText()
    hits = window.search_model
    hits.search("Kazakhstan")
    assert hits.rowCount() and hits.index(0, 0).data().startswith("哈萨克斯坦")


def test_window_in_english_stays_english(in_language):
    window = in_language("en")
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Go", "&Help"]
    window.show_entity("state", "KAZ")
    assert "Capital" in window.detail_view.toPlainText()


def test_system_default_follows_the_system_locale(in_language, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert menu_titles(in_language("system"))[0] == "&Файл"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert menu_titles(in_language("system"))[0] == "&File"


def test_preferences_offer_the_languages_and_say_when_they_apply(qtbot, in_language):
    in_language("ru")
    dialog = PreferencesDialog(PrintPreferences("", "A4", 365, "zh"))
    qtbot.addWidget(dialog)
    box = dialog.language
    assert [box.itemText(i) for i in range(box.count())] == [
        "Как в системе",
        "English",
        "Русский",
        "中文",
    ]
    assert box.currentData() == "zh"
    assert any("при следующем запуске" in label.text() for label in dialog.findChildren(QLabel))
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Отмена"  # Qt's own words, from qtbase_ru

"""Every word a reader sees in the window, the panes and the sheets is marked for translation."""

import re

import pytest
from conftest import PROJECT
from marking import unmarked, unmarked_in_templates, untranslatable_calls

from sco_desktop.core.domain import kinds
from sco_desktop.core.present import wording
from sco_desktop.output.translation import translation_file

PACKAGE = PROJECT / "sco_desktop"
LABEL_TABLES = [
    name
    for name in dir(kinds)
    if name.endswith("_LABELS") and isinstance(getattr(kinds, name), dict)
]


@pytest.mark.parametrize("layer", ["ui", "output"])
def test_strings_shown_by_qt_calls_are_marked(layer):
    assert unmarked(PACKAGE / layer, PROJECT) == []


@pytest.mark.parametrize("layer", ["ui", "output", "core", "cli"])
def test_translated_text_is_a_literal_lupdate_can_read(layer):
    # tr(f"...") is looked up after the values are filled in: it never finds a translation.
    assert untranslatable_calls(PACKAGE / layer, PROJECT) == []


def test_template_words_are_marked():
    assert unmarked_in_templates(PACKAGE / "core" / "present" / "templates") == []


def test_word_tables_of_core_are_in_the_translations():
    messages = translation_file("ru", ".ts").read_text(encoding="utf-8")
    missing = []
    for table in [*LABEL_TABLES, "ROLE_LABELS"]:
        values = getattr(kinds, table, None) or getattr(wording, table)
        for label in values.values():
            if label and "{" not in label and f"<source>{_xml(label)}</source>" not in messages:
                missing.append((table, label))
    assert missing == []
    assert LABEL_TABLES  # the scan found the tables


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def test_the_scans_find_what_they_look_for(tmp_path):
    """The scans themselves: each flags the mistake it is there for."""
    (tmp_path / "pane.py").write_text(
        "label.setText('Hello world')\n"
        "label.setToolTip(self.tr('Fine'))\n"
        "action = QAction(f'Open {name}', self)\n"
        "box.setText(self.tr(f'Bad {name}'))\n"
        "QLabel(objectName='noticeLabel')\n",
        encoding="utf-8",
    )
    assert [re.sub(r".*:\d+: ", "", line) for line in unmarked(tmp_path, tmp_path)] == [
        "'Hello world'",
        "'Open'",
    ]
    assert len(untranslatable_calls(tmp_path, tmp_path)) == 1
    (tmp_path / "page.html").write_text(
        "<h2>{{ tr(\"Sources\") }}</h2><p class='note'>Loose words</p>{{ value }}", encoding="utf-8"
    )
    assert unmarked_in_templates(tmp_path) == ["page.html: 'Loose words'"]

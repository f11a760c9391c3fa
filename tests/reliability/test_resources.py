"""No document in the application reads a resource the application did not put there (R-1, R-2).

Qt reads an image named in rich text from disk when the document does not answer for it; a
note or a data field naming a local file must never make the window open that file.
"""

import csv
import os
import xml.etree.ElementTree as ET

import pytest
from conftest import run_python
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView, QLabel, QTextEdit

from sco_desktop.app import build_main_window
from sco_desktop.core.data.build import build

pytestmark = pytest.mark.slow

IMAGE = QTextDocument.ResourceType.ImageResource


@pytest.fixture
def probe(tmp_path):
    """A real picture on disk: were it read, the document would hold a non-null image."""
    path = tmp_path / "probe.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return QUrl.fromLocalFile(str(path))


def loaded(document: QTextDocument, url: QUrl) -> bool:
    """Whether the document holds the probe's 8-pixel picture rather than nothing or a stand-in."""
    resource = document.resource(IMAGE, url)
    return resource is not None and not resource.isNull() and resource.width() == 8


def test_every_document_of_the_window_refuses_a_file_it_was_not_given(window, probe):
    window.show_entity("state", "KAZ")
    window.notes_pane.editor.setPlainText(f"![probe]({probe.toString()})")
    window.notes_pane.flush()  # the preview renders now, not after the pause
    window.search_field.setText("Kaz")
    for view in ("trade", "membership"):
        window.show_entity("view", view)
    documents = window.findChildren(QTextDocument)
    documents += [edit.document() for edit in window.findChildren(QTextEdit)]
    assert len(documents) >= 3
    assert [d for d in documents if loaded(d, probe)] == []


def test_a_note_naming_a_local_image_shows_no_image(window, probe):
    window.show_entity("state", "KAZ")
    window.notes_pane.editor.setPlainText(f"Map: ![probe]({probe.toString()})")
    window.notes_pane.flush()
    assert not loaded(window.notes_pane.preview.document(), probe)
    assert "Map:" in window.notes_pane.preview.toPlainText()


def test_a_note_naming_dev_zero_or_a_fifo_returns_at_once(tmp_path):
    # Before the policy, Qt read /dev/zero until memory ran out and waited on a FIFO for ever.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    script = f"""
import resource
# Were /dev/zero read, the child would fail at 4 GB instead of filling the machine's memory.
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sco_desktop.ui.notes.pane import NotesPane
pane = NotesPane()
pane.show_note("t", "![z](file:///dev/zero) ![f]({fifo.as_uri()})", [], False)
pane.show()
app.processEvents()
print("shown")
"""
    result = run_python(script, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "shown"


def test_a_name_in_the_trade_legend_stays_text(qtbot, settings, data_copy, probe, tmp_path):
    name = f"Kazakhstan <b>bold</b><img src='{probe.toString()}'>"
    states = data_copy / "states.csv"
    with states.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        if row["id"] == "KAZ":
            row["name"] = name
    with states.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    window = build_main_window(build(data_copy, data_copy / "sco.db"), settings=settings)
    qtbot.addWidget(window)
    window.show_entity("trade", "KAZ")
    pane = window.navigation.views["trade"]
    # The legend is painted as text (QPainter.drawText reads no markup, loads nothing); the
    # exported SVG, painted the same way, holds the name as characters and no element of it.
    assert [series.name for series in pane.chart_description().series] == [name]
    root = ET.parse(pane.export("svg", tmp_path / "legend.svg")).getroot()
    assert name in [text.strip() for text in root.itertext()]
    assert not [e for e in root.iter() if e.tag.split("}")[-1] in ("b", "img", "image")]


def test_every_text_widget_of_the_window_shows_data_as_text(qtbot, settings, data_copy, probe):
    """Walks every label, rich-text document and chart text item the window has created after
    showing a name with markup everywhere it appears: none reads the markup or loads the file."""
    name = f"Kazakhstan <b>bold</b><img src='{probe.toString()}'>"
    states = data_copy / "states.csv"
    with states.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        if row["id"] == "KAZ":
            row["name"] = name
    with states.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    window = build_main_window(build(data_copy, data_copy / "sco.db"), settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_entity("state", "KAZ")
    window.notes_pane.editor.setPlainText(f"{name} ![probe]({probe.toString()})")
    window.notes_pane.flush()
    window.search_field.setText("Kazakhstan")
    for view in ("trade", "membership"):
        window.show_entity("view", view)
    window.show_entity("trade", "KAZ")
    window.show_entity("state", "KAZ")
    labels = window.findChildren(QLabel)
    assert any(name in label.text() for label in labels)
    rich = [
        label.objectName() or label.text()[:40]
        for label in labels
        if "<b>" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
    documents = window.findChildren(QTextDocument)
    documents += [edit.document() for edit in window.findChildren(QTextEdit)]
    for scene in {view.scene() for view in window.findChildren(QGraphicsView)}:
        documents += [i.document() for i in scene.items() if isinstance(i, QGraphicsTextItem)]
    assert len(documents) >= 5
    # Asking a document for a resource makes it load one it does not hold: ask only those that
    # name the picture as an image, and every one of them must answer from the closed policy.
    naming = [d for d in documents if "<img" in d.toHtml() and probe.toString() in d.toHtml()]
    assert naming
    assert [d for d in naming if loaded(d, probe)] == []

"""The bundled font covers every Russian and Chinese character the data and interface use."""

import sqlite3
import subprocess
import sys
import unicodedata

from PySide6.QtGui import QRawFont

from sco_desktop.core.infra import locations
from sco_desktop.output.fonts import BUNDLED_FONTS, install_fallback


def data_characters():
    conn = sqlite3.connect(locations.bundled_database())
    try:
        text = "".join(
            value
            for table in ("states", "cities", "bodies", "entities")
            for row in conn.execute(f"select * from {table}")
            for value in row
            if isinstance(value, str)
        )
    finally:
        conn.close()
    return {c for c in text if unicodedata.name(c, "").startswith(("CJK", "CYRILLIC"))}


def test_bundled_fonts_have_every_cjk_and_cyrillic_character_of_the_data(qapp):
    fonts = [
        QRawFont(str(locations.resources_folder() / "fonts" / name), 12) for name in BUNDLED_FONTS
    ]
    assert all(font.isValid() for font in fonts)
    regular = [fonts[0], fonts[2]]
    missing = sorted(
        c for c in data_characters() if not any(f.supportsCharacter(ord(c)) for f in regular)
    )
    assert missing == [], "run scripts/subset_font.py to add them"


def test_application_font_falls_back_to_the_bundled_font(qapp):
    families = install_fallback(qapp)
    # Names of their own: an installed Noto font of the same name must never stand in for them.
    assert families == ["Noto Sans SCO subset", "Noto Sans CJK SC SCO subset"]
    assert set(families) <= set(qapp.font().families())


def test_bundled_font_renders_chinese_without_system_fonts(tmp_path):
    # A font configuration that knows no system font at all: only the bundled one can draw.
    (tmp_path / "fonts.conf").write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    # Draws a Chinese character and a private-use one no font has: with no usable font both
    # come out as the same empty box.
    code = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
app = QGuiApplication([])
from sco_desktop.output.fonts import install_fallback
install_fallback(app)
def draw(text):
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(app.font())
    painter.drawText(8, 48, text)
    painter.end()
    return bytes(image.constBits())
print(draw("\u54c8") != draw("\ue000"), draw("\u0416") != draw("\ue000"))
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"),
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert result.stdout.split() == ["True", "True"], result.stderr


def test_bundled_truetype_fonts_carry_no_hinting_programs(qapp):
    # Qt's PDF writer runs a font's hinting programs for every glyph it embeds, again in each
    # file: half the time of finishing a one-sheet PDF (scripts/subset_font.py leaves them out).
    for name in BUNDLED_FONTS:
        if name.endswith(".ttf"):
            font = QRawFont(str(locations.resources_folder() / "fonts" / name), 12)
            assert font.isValid(), name
            for table in (b"fpgm", b"prep", b"cvt "):
                assert font.fontTable(table.decode()).isEmpty(), (name, table)

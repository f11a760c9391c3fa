"""Fact sheets in Russian and Chinese, from the command line and from the window's export."""

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import run_cli
from PySide6.QtGui import QRawFont
from test_translations import messages

from sco_desktop.core.infra import locations
from sco_desktop.output.fonts import BUNDLED_FONTS
from sco_desktop.output.translation import translation_file

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    """Kazakhstan's sheet in each language, written by `sco-desktop factsheet --lang`."""
    folder = tmp_path_factory.mktemp("sheets")
    for code in ("en", "ru", "zh"):
        result = run_cli("factsheet", "KAZ", "--lang", code, "-o", str(folder / f"{code}.pdf"))
        assert result.returncode == 0, result.stderr
    return folder


@needs_pdftotext
def test_russian_sheet_has_russian_headings_and_the_russian_name(sheets):
    text = pdftotext(sheets / "ru.pdf")
    for words in ("Казахстан", "Столица", "Торговля с Китаем", "Источники", "Страница 1 из"):
        assert words in text
    assert "Capital" not in text and "Trade with China" not in text


@needs_pdftotext
def test_chinese_sheet_has_chinese_headings_and_the_chinese_name(sheets):
    text = pdftotext(sheets / "zh.pdf")
    for words in ("哈萨克斯坦", "首都", "与中国的贸易", "来源"):
        assert words in text


@needs_pdftotext
def test_english_sheet_is_as_before(sheets):
    text = pdftotext(sheets / "en.pdf")
    assert "Kazakhstan" in text and "Capital" in text and "Trade with China" in text


def test_an_unknown_language_is_refused(tmp_path):
    result = run_cli("factsheet", "KAZ", "--lang", "de", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_bundled_fonts_draw_every_character_of_every_translation(qapp):
    """Sheets print with the bundled fonts only: each translated word must be drawable."""
    fonts = [
        QRawFont(str(locations.resources_folder() / "fonts" / name), 12) for name in BUNDLED_FONTS
    ]
    assert all(font.isValid() for font in fonts)
    used = {
        character
        for code in ("ru", "zh")
        for _context, _source, translation in messages(translation_file(code, ".ts"))
        for character in translation.text
        if character.isprintable() and not character.isspace()
    }
    for bold in (False, True):
        # Regular: Noto Sans then Noto Sans CJK SC; bold likewise.
        pair = [fonts[1], fonts[3]] if bold else [fonts[0], fonts[2]]
        missing = sorted(
            f"{c} U+{ord(c):04X} {unicodedata.name(c, '')}"
            for c in used
            if not any(font.supportsCharacter(ord(c)) for font in pair)
        )
        assert missing == [], "run scripts/subset_font.py to add them"


def test_window_exports_sheets_in_the_language_chosen_in_the_dialog(window, tmp_path):
    """An English window writes Chinese sheets when the export dialog says so."""
    from pypdf import PdfReader

    from sco_desktop.ui.printing.dialogs import ExportRequest

    window.show_entity("state", "KAZ")
    request = ExportRequest("current", tmp_path, "A4", "", "zh")
    written = window.printing.run_export(request)
    assert [path.name for path in written] == ["state-KAZ.pdf"]
    text = " ".join(page.extract_text() for page in PdfReader(written[0]).pages)
    assert "哈萨克斯坦" in text and "首都" in text
    assert "Capital" not in text
    # The window itself stays English, and so do the sheets it prints.
    assert window.menuBar().actions()[0].text() == "&File"
    assert "Capital" in window.printing.current_sheet().html

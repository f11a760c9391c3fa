"""Fact sheets read back from real PDFs: content, marking, pages, fonts and failures."""

import os
import resource
import shutil
import signal
import subprocess
import sys

import pytest
from conftest import PROJECT, run_cli
from pypdf import PdfReader

from sco_desktop import __version__
from sco_desktop.output.sheet_chart import trade_line_chart


def pages_text(path):
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def kazakhstan_sheet(tmp_path_factory):
    path = tmp_path_factory.mktemp("sheets") / "kaz.pdf"
    result = run_cli("factsheet", "KAZ", "-o", str(path), "--marking", "UNCLASSIFIED")
    assert result.returncode == 0, result.stderr
    return path


def test_state_sheet_has_names_date_sources_and_fits_two_pages(kazakhstan_sheet):
    pages = pages_text(kazakhstan_sheet)
    assert 1 <= len(pages) <= 2
    text = "\n".join(pages)
    for expected in ("Kazakhstan", "Казахстан", "哈萨克斯坦", "Data as of 2025-11-18", "Sources"):
        assert expected in text
    assert "Status timeline" in text and "2001-06-15" in text
    assert f"sco-desktop {__version__}" in text


def test_marking_and_page_numbers_on_every_page(tmp_path):
    path = tmp_path / "many.pdf"
    result = run_cli(
        "factsheet", "sco", "RUS", "hos-2025", "-o", str(path), "--marking", "SECRET//REL"
    )
    assert result.returncode == 0, result.stderr
    pages = pages_text(path)
    assert len(pages) >= 3
    for text in pages:
        assert text.count("SECRET//REL") == 2  # top and bottom
        assert "Page 1 of" in text or "Page 2 of" in text or "Page 3 of" in text


def test_chinese_text_is_extractable_without_system_fonts(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    path = tmp_path / "chn.pdf"
    result = run_cli("factsheet", "CHN", "-o", str(path), env={"FONTCONFIG_FILE": str(config)})
    assert result.returncode == 0, result.stderr
    text = "\n".join(pages_text(path))
    assert "中国" in text
    assert "Китай" in text
    assert "2025-11-18" in text  # digits too map back to text


def test_letter_and_a4_page_sizes(tmp_path):
    for size, width in (("Letter", 612), ("A4", 595)):
        path = tmp_path / f"{size}.pdf"
        assert run_cli("factsheet", "rats", "-o", str(path), "--page-size", size).returncode == 0
        assert round(float(PdfReader(path).pages[0].mediabox.width)) == width


def test_all_writes_one_file_per_entity_into_a_new_folder(tmp_path, repo):
    folder = tmp_path / "sheets" / "2025"  # neither exists yet: batch tools create them
    result = run_cli("factsheet", "--all", "-o", str(folder))
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in folder.glob("*.pdf"))
    counts = repo.counts()
    assert len(files) == (
        1 + counts.states + counts.bodies + counts.summits + counts.documents + counts.exercises
    )
    assert {
        "sco-overview.pdf",
        "state-KAZ.pdf",
        "summit-hos-2025.pdf",
        "body-rats.pdf",
        "exercise-peace-mission-2007.pdf",
    } <= set(files)
    assert result.stdout.strip() == f"{len(files)} sheets written to {folder}"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("make_target", "message"),
    [
        (lambda tmp: tmp / "missing" / "out.pdf", "does not exist"),
        (lambda tmp: tmp / "a-folder", "a folder of that name is in the way"),
    ],
)
def test_unwritable_target_is_one_line_and_leaves_nothing(tmp_path, make_target, message):
    (tmp_path / "a-folder").mkdir()
    target = make_target(tmp_path)
    result = run_cli("factsheet", "KAZ", "-o", str(target))
    assert result.returncode == 1
    assert message in result.stderr and str(target) in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


def test_a_folder_nobody_may_write_is_one_line():
    # /proc refuses new files even to root, which the test machine may be.
    result = run_cli("factsheet", "KAZ", "-o", "/proc/sco-desktop-test.pdf")
    assert result.returncode == 1
    assert "cannot write /proc/sco-desktop-test.pdf" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_file_in_the_way_of_the_folder_for_all_is_one_line(tmp_path):
    (tmp_path / "taken").write_text("not a folder")
    result = run_cli("factsheet", "--all", "-o", str(tmp_path / "taken"))
    assert result.returncode == 1
    assert "a file of that name is in the way" in result.stderr
    assert result.stderr.count("\n") == 1


# pdftotext (poppler-utils) reads the text layer the way readers' tools do; .ci/run installs it.
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def pdftotext(path):
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_pdftotext
def test_text_layer_keeps_every_word_and_whole_addresses(kazakhstan_sheet, repo):
    # With ligatures on, "fi" became one glyph: "customs  gures", "kazakhstan-ranks- rst".
    text = pdftotext(kazakhstan_sheet)
    assert "customs figures" in text
    assert "\ufb01" not in text and "\ufb02" not in text
    for source in repo.sources():
        if source.url and "kazakhstan-ranks-first" in source.url:
            assert source.url in text
            break
    else:
        pytest.fail("the sheet's source with 'first' in its address is missing")


def test_marking_comes_from_preferences_and_the_option_overrides_it(tmp_path, user_home):
    from sco_desktop.ui.common.settings import Preferences, open_settings

    preferences = Preferences(open_settings())
    preferences.marking = "UNCLASSIFIED"
    preferences.sync()
    saved = run_cli("factsheet", "KAZ", "-o", str(tmp_path / "saved.pdf"))
    assert saved.returncode == 0, saved.stderr
    for text in pages_text(tmp_path / "saved.pdf"):
        assert text.count("UNCLASSIFIED") == 2
    once = run_cli("factsheet", "KAZ", "-o", str(tmp_path / "once.pdf"), "--marking", "SECRET")
    assert once.returncode == 0, once.stderr
    for text in pages_text(tmp_path / "once.pdf"):
        assert text.count("SECRET") == 2 and "UNCLASSIFIED" not in text
    batch = run_cli("factsheet", "KAZ", "RUS", "-o", str(tmp_path / "two.pdf"))
    assert batch.returncode == 0, batch.stderr
    for text in pages_text(tmp_path / "two.pdf"):
        assert text.count("UNCLASSIFIED") == 2


def test_unknown_entity_writes_nothing(tmp_path):
    result = run_cli("factsheet", "Atlantis", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert not (tmp_path / "x.pdf").exists()


def test_disk_full_leaves_no_partial_file(tmp_path):
    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    result = subprocess.run(
        [sys.executable, "-m", "sco_desktop", "factsheet", "KAZ", "-o", str(tmp_path / "k.pdf")],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        preexec_fn=small_files,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout
    assert str(tmp_path / "k.pdf") in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_pdf_of_the_entity_shown(window, tmp_path):
    window.show_entity("summit", "hos-2017")
    path = tmp_path / "astana.pdf"
    assert window.printing.write_pdf(path, [window.printing.current_sheet()])
    text = " ".join(pages_text(path))
    assert "Astana 2017" in text and "Data as of 2025-11-18" in text


def test_preferences_set_marking_and_page_size(window, tmp_path, monkeypatch):
    from sco_desktop.ui.printing.dialogs import PreferencesDialog, PrintPreferences

    monkeypatch.setattr(
        PreferencesDialog, "ask", classmethod(lambda cls, *a: PrintPreferences("FOUO", "Letter"))
    )
    window.printing.edit_preferences()
    setup = window.printing.page_setup()
    assert (setup.marking, setup.page_size) == ("FOUO", "Letter")
    window.show_entity("state", "IND")
    path = tmp_path / "ind.pdf"
    window.printing.write_pdf(path, [window.printing.current_sheet()])
    assert "FOUO" in pages_text(path)[0]
    assert round(float(PdfReader(path).pages[0].mediabox.width)) == 612


def test_print_preview_paints_the_same_sheet(window, tmp_path):
    from PySide6.QtGui import QPdfWriter

    window.show_entity("body", "secretariat")
    path = tmp_path / "preview.pdf"
    writer = QPdfWriter(str(path))
    window.printing.paint(writer, [window.printing.current_sheet()])
    del writer
    assert "Secretariat" in " ".join(pages_text(path))


def test_batch_export_of_a_kind_with_summary(window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from sco_desktop.ui.printing.dialogs import ExportRequest

    folder = tmp_path / "sheets"
    folder.mkdir()
    written = window.printing.run_export(ExportRequest("body", folder, "A4", "TEST"))
    assert len(written) == window.repo.counts().bodies
    summary = f"{len(written)} sheets written to {folder}"
    shown = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert [box.text() for box in shown] == [summary]


def test_cancel_keeps_only_whole_sheets(window, tmp_path):
    from sco_desktop.output.sheets import write_folder

    maker = window.printing.sheet_maker()
    calls = []

    def progress(done, total, title):
        calls.append(done)
        return done < 3

    folder = tmp_path / "sheets"
    folder.mkdir()
    written = write_folder(maker, maker.targets(), folder, window.printing.page_setup(), progress)
    assert len(written) == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)


def test_chart_views_are_not_printed_as_sheets(window):
    window.show_entity("view", "membership")
    assert window.printing.current_sheet() is None


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_device_that_cannot_start_is_reported(qapp, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from sco_desktop.output.printing import PageSetup, PrintError, Sheet, paint_sheets

    writer = QPdfWriter(str(tmp_path / "missing" / "x.pdf"))
    with pytest.raises(PrintError, match="could not start"):
        paint_sheets(writer, [Sheet("x", "<p>x</p>")], PageSetup())


@needs_pdftotext
def test_text_layer_gives_chinese_names_as_written(tmp_path):
    # Where Qt took an installed Noto Sans CJK (same family name as the bundled subset) the
    # text layer mapped characters to CJK radicals: "⻨纳⻨" for 麦纳麦, "⼗四" for 十四.
    path = tmp_path / "bhr.pdf"
    result = run_cli("factsheet", "BHR", "CHN", "-o", str(path))
    assert result.returncode == 0, result.stderr
    text = pdftotext(path)
    assert "麦纳麦" in text
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF], "radicals in the text layer"


@needs_pdftotext
def test_an_address_is_never_split_across_pages(qapp, tmp_path):
    from sco_desktop.output.printing import PageSetup, Sheet, write_pdf

    address = "https://example.org/" + "/".join(f"part-{n}-of-a-long-address" for n in range(12))
    entry = f"<p>A source with a long title that runs on. {address} (read 2026-11-23)</p>"
    for filler in range(30, 60):
        path = tmp_path / f"sheet-{filler}.pdf"
        html = "<p>filler line</p>" * filler + entry
        write_pdf(path, [Sheet("t", html)], PageSetup())
        text = pdftotext(path)
        pages = text.split("\f")
        holding = [n for n, page in enumerate(pages) if "part-0-of" in page or "part-11-of" in page]
        # The address starts and ends on the same page, whatever the filler before it ...
        assert len(set(holding)) == 1, (filler, holding)
        # ... and still wraps at the margin rather than running off the page.
        lines = text.splitlines()
        assert not [line for line in lines if "part-0-of" in line and "part-11-of" in line]


def test_the_sheets_trade_chart_names_each_flow_by_who_exports_to_whom(repo):
    points = repo.trade_series("CHN", "KAZ", "total") + repo.trade_series("CHN", "KAZ", "export")
    chart = trade_line_chart(points, "Kazakhstan", "2025-11-18")
    names = [series.name for series in chart.series]
    assert names == ["China ↔ Kazakhstan, total trade", "China → Kazakhstan"]


@needs_pdftotext
def test_a_heading_never_ends_a_page_alone(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from sco_desktop.output.printing import PageSetup, Sheet, write_pdf

    # A picture too tall for the rest of the page (like the sheet's trade chart) follows the
    # heading, with a line of text after it in the same paragraph; however much filler comes
    # first, the heading goes to the page the picture goes to.
    picture = QImage(640, 300, QImage.Format.Format_RGB32)
    picture.fill(0xFFFFFF)
    block = "<p><img src='sco-test:chart' width='640' height='300'><br>after the picture</p>"
    moved = 0
    for filler in range(20, 70, 2):
        path = tmp_path / f"sheet-{filler}.pdf"
        html = "<p>filler line</p>" * filler + "<h2>Trade heading</h2>" + block
        write_pdf(path, [Sheet("t", html, {"sco-test:chart": picture})], PageSetup())
        pages = pdftotext(path).split("\f")
        heading = next(n for n, page in enumerate(pages) if "Trade heading" in page)
        after = next(n for n, page in enumerate(pages) if "after the picture" in page)
        assert heading == after, filler
        moved += heading > 0
    assert moved  # some filler did push the picture to the second page

"""Lays finished sheets (HTML and images) out on pages with a marked header and footer.

Output goes to a PDF file (written atomically) or to any paged device such as a printer. It
knows nothing about panes, entities or the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSettings,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from sco_desktop import __version__
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.atomic import write_atomically
from sco_desktop.core.infra.locations import SETTINGS_FILE
from sco_desktop.output.fonts import document_font
from sco_desktop.output.resources import ClosedTextDocument

_PAGE_SIZE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
"""Qt's id of each of the paper sizes in PAGE_SIZES."""
SIDE_MARGIN_MM = 16
TOP_MARGIN_MM = 17
BOTTOM_MARGIN_MM = 16
PDF_RESOLUTION = 300
MARKING_KEY = "printing/marking"
PAGE_SIZE_KEY = "printing/page_size"
"""Where the preferences keep the marking and the paper size (ui/common/settings.py)."""


class PrintError(Exception):
    """Printing could not start or did not produce output; the message says where and why."""


@dataclass(frozen=True)
class Sheet:
    title: str
    html: str
    images: dict[str, QImage] = field(default_factory=dict)
    language: Language = IN_ENGLISH
    """The language of the sheet's own words, and of its page header and footer."""


@dataclass(frozen=True)
class PageSetup:
    page_size: str = "A4"
    marking: str = ""
    data_as_of: str = ""
    printed_on: str = field(default_factory=lambda: dt.date.today().isoformat())
    stylesheet: str = ""


def default_page_size() -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def saved_print_preferences() -> tuple[str, str | None]:
    """(marking, page size or None) as set in Preferences, for printing without the window.

    The command line prints with the marking the analyst chose in the window: a sheet that
    leaves the machine unmarked where a marking was set would be a handling error.
    """
    path = locations.user_folder() / SETTINGS_FILE
    if not path.is_file():
        return "", None
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    marking = settings.value(MARKING_KEY, "", str)
    page_size = settings.value(PAGE_SIZE_KEY, "", str)
    return marking, page_size if page_size in _PAGE_SIZE_IDS else None


def paint_sheets(device: QPagedPaintDevice, sheets: Iterable[Sheet], setup: PageSetup) -> int:
    """Paints the sheets one after another, each starting a page; returns the pages painted."""
    layout = QPageLayout(
        QPageSize(_PAGE_SIZE_IDS.get(setup.page_size, _PAGE_SIZE_IDS["A4"])),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    if not device.setPageLayout(layout):
        raise PrintError("the device refused the page layout")
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("printing could not start (the device could not be opened)")
    pages = 0
    try:
        dpi = device.logicalDpiX()
        page = layout.fullRectPixels(dpi)
        mm = dpi / 25.4
        body = QRectF(
            SIDE_MARGIN_MM * mm,
            TOP_MARGIN_MM * mm,
            page.width() - 2 * SIDE_MARGIN_MM * mm,
            page.height() - (TOP_MARGIN_MM + BOTTOM_MARGIN_MM) * mm,
        )
        for sheet in sheets:
            document = _document(sheet, setup, device, body.size())
            count = document.pageCount()
            for number in range(count):
                if pages:
                    device.newPage()
                painter.save()
                painter.translate(body.left(), body.top() - number * body.height())
                document.drawContents(
                    painter, QRectF(0, number * body.height(), body.width(), body.height())
                )
                painter.restore()
                _decorate(painter, sheet, setup, page.width(), page.height(), mm, number + 1, count)
                pages += 1
    finally:
        finished = painter.end()
    # A printer reports trouble only through its state: an error there means nothing was printed.
    state = getattr(device, "printerState", None)
    if not finished or (state is not None and state().name == "Error"):
        raise PrintError("the printer reported an error; the sheets may not have been printed")
    return pages


def _document(sheet: Sheet, setup: PageSetup, device, size: QSizeF) -> QTextDocument:
    document = ClosedTextDocument(sheet.images)
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(document_font(9.5))
    document.setDefaultStyleSheet(setup.stylesheet)
    document.setHtml(sheet.html)
    document.setPageSize(size)
    _keep_headings_with_what_follows(document, size.height())
    _keep_addresses_whole(document, size.height())
    return document


def _keep_headings_with_what_follows(document: QTextDocument, page_height: float) -> None:
    """A heading whose next block starts on a later page starts that page instead.

    Otherwise a page can end with a heading alone ("Trade with China") and its chart or table
    on the next page.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            heading = layout.blockBoundingRect(block)
            # Where the next block's first line is: a line too tall for the page's rest (an
            # image) moves to the next page while its block still starts on this one.
            first = following.layout().lineAt(0) if following.layout().lineCount() else None
            after = layout.blockBoundingRect(following).top() + (first.y() if first else 0)
            if int(after // page_height) > int(heading.top() // page_height):
                cursor = QTextCursor(block)
                before = QTextBlockFormat()
                before.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(before)
        block = following


def _keep_addresses_whole(document: QTextDocument, page_height: float) -> None:
    """A paragraph holding a web address that would run over a page break starts a new page.

    Otherwise a page can begin with the tail of an address (or hold nothing else), and neither
    half can be searched for or copied. Lines still wrap; only the page break moves.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if "://" in block.text():
            box = layout.blockBoundingRect(block)
            first, last = int(box.top() // page_height), int((box.bottom() - 1) // page_height)
            if first != last and box.height() < page_height:
                cursor = QTextCursor(block)
                before = QTextBlockFormat()
                before.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(before)
        block = block.next()


def _decorate(painter, sheet, setup, width, height, mm, number, count) -> None:
    """Header and footer of one page: marking, title, data date, page n of N, print date."""
    painter.save()
    font = document_font(7.5)
    painter.setFont(font)
    left, right = SIDE_MARGIN_MM * mm, width - SIDE_MARGIN_MM * mm
    header = QRectF(left, 8 * mm, right - left, 6 * mm)
    footer = QRectF(left, height - 12 * mm, right - left, 6 * mm)
    align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(header, align_left, _elide(sheet.title, 60))
    words = sheet.language
    data_date = words.translate("Sheets", "Data as of {date}").format(date=setup.data_as_of)
    printed = words.translate("Sheets", "Printed {date}").format(date=setup.printed_on)
    page = words.translate("Sheets", "Page {number} of {count}")
    painter.drawText(header, align_right, data_date)
    painter.drawText(footer, align_left, f"{printed} · sco-desktop {__version__}")
    painter.drawText(footer, align_right, page.format(number=number, count=count))
    painter.drawLine(header.bottomLeft() + _down(1 * mm), header.bottomRight() + _down(1 * mm))
    painter.drawLine(footer.topLeft() - _down(1 * mm), footer.topRight() - _down(1 * mm))
    if setup.marking:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(9)
        painter.setFont(bold)
        centre = Qt.AlignmentFlag.AlignCenter
        painter.drawText(QRectF(left, 2 * mm, right - left, 6 * mm), centre, setup.marking)
        painter.drawText(QRectF(left, height - 7 * mm, right - left, 6 * mm), centre, setup.marking)
    painter.restore()


def _down(amount: float) -> QPointF:
    return QPointF(0, amount)


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_pdf(path: Path, sheets: list[Sheet], setup: PageSetup) -> int:
    """Writes the sheets to one PDF atomically; returns its page count.

    Any failure (folder missing or read-only, disk full, Qt's writer failing quietly) raises
    WriteError or PrintError naming the path, and leaves no partial file behind.
    """
    pages = 0

    def write(temporary: Path) -> None:
        nonlocal pages
        # Qt writes to memory and Python to the file: Qt cannot name a path that is not UTF-8
        # (it would write elsewhere), and Python reports a write that fails.
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(sheets[0].title if len(sheets) == 1 else f"{len(sheets)} SCO fact sheets")
        writer.setCreator(f"sco-desktop {__version__}")
        try:
            pages = paint_sheets(writer, sheets, setup)
        except PrintError as error:
            raise PrintError(f"cannot write {path}: {error}") from None
        finally:
            del writer  # the document is complete only once the writer is gone
        temporary.write_bytes(bytes(buffer.data()))
        # Check that a whole PDF reached the disk.
        with temporary.open("rb") as stream:
            head = stream.read(5)
            stream.seek(max(0, temporary.stat().st_size - 64))
            tail = stream.read()
        if head != b"%PDF-" or b"%%EOF" not in tail:
            raise PrintError(f"cannot write {path}: the PDF could not be written completely")

    write_atomically(path, write)
    return pages

"""`sco-desktop factsheet`: fact sheets as PDF files, without opening a window.

The sheets are output/sheets.py's, the same the window exports. Qt is imported only when the
command runs (on the offscreen platform), so the rest of the command line loads no Qt; nothing
here may show a window or need a display.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository, warn
from sco_desktop.core.domain.language import ENGLISH, LANGUAGES


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "factsheet",
        parents=[common],
        help="write fact sheets as PDF, without opening a window",
        description="Write fact sheets as PDF. With entities, one PDF with a sheet for each;"
        " with --all, one PDF per entity in a folder. 'sco' names the sheet on the whole SCO.",
    )
    parser.add_argument("entities", nargs="*", metavar="ENTITY", help="ids or names; 'sco'")
    parser.add_argument("--all", action="store_true", help="every entity, one file each")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="the PDF file, or with --all a folder"
    )
    parser.add_argument("--page-size", choices=("A4", "Letter"), help="default: from the locale")
    parser.add_argument(
        "--marking",
        default=None,
        help="text printed at the top and bottom of every page, for this run only"
        " (default: the marking set in Preferences; --marking '' prints none)",
    )
    parser.add_argument("--notes", action="store_true", help="include your notes on each entity")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=ENGLISH,
        help="the language of the sheets: en (default), ru or zh",
    )
    parser.set_defaults(func=factsheet)


def factsheet(args: argparse.Namespace) -> int:
    if args.all == bool(args.entities):
        raise CommandError("name the entities to print, or give --all (not both)")
    with open_repository(args) as repo:
        # No window is ever shown: the offscreen platform needs no display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from sco_desktop.output import translation
        from sco_desktop.output.fonts import install_fallback
        from sco_desktop.output.printing import (
            PageSetup,
            PrintError,
            default_page_size,
            saved_print_preferences,
            write_pdf,
        )
        from sco_desktop.output.sheets import SheetMaker, print_stylesheet, write_folder

        app = QGuiApplication.instance() or QGuiApplication(["sco-desktop"])
        install_fallback(app)
        notes = _notes_for_reading() if args.notes else None
        maker = SheetMaker(repo, notes, translation.language(args.lang))
        saved_marking, saved_page_size = saved_print_preferences()
        setup = PageSetup(
            page_size=args.page_size or saved_page_size or default_page_size(),
            marking=saved_marking if args.marking is None else args.marking.strip(),
            data_as_of=repo.data_as_of,
            stylesheet=print_stylesheet(),
        )
        try:
            if args.all:
                _make_folder(args.output)
                with _interrupt_between_sheets() as interrupted:
                    written = write_folder(
                        maker,
                        maker.targets(),
                        args.output,
                        setup,
                        lambda _done, _total, _title: not interrupted(),
                    )
                emit(f"{len(written)} sheets written to {args.output}")
                return EXIT_OK
            targets = []
            for key in args.entities:
                target = maker.resolve(key)
                if target is None:
                    raise CommandError(f"no state, body, summit or document matches {key!r}")
                targets.append(target)
            with _interrupt_between_sheets():
                pages = write_pdf(args.output, [maker.sheet(*t) for t in targets], setup)
        except PrintError as error:
            raise CommandError(str(error)) from error
        finally:
            if notes is not None:
                notes.close()
    emit(f"{len(targets)} sheet(s), {pages} page(s) written to {args.output}")
    return EXIT_OK


@contextlib.contextmanager
def _interrupt_between_sheets() -> Iterator[Callable[[], bool]]:
    """Ctrl+C waits for the sheet being painted: unwinding out of Qt's painting destroys the
    PDF writer while it is painted on, which crashes. Yields whether Ctrl+C was pressed; on
    leaving, a pressed Ctrl+C is raised as KeyboardInterrupt (only whole files are left)."""
    pressed = False

    def on_interrupt(_signum, _frame) -> None:
        nonlocal pressed
        pressed = True

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield lambda: pressed
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


def _notes_for_reading():
    """The user's notes store if there is one to read; a store that cannot open is left out."""
    from sco_desktop.core.data.notes_store import NOTES_FILE, NotesError, NotesStore
    from sco_desktop.core.infra import locations

    if not (locations.user_folder() / NOTES_FILE).exists():
        return None
    try:
        return NotesStore(locations.user_folder())
    except NotesError as error:
        warn(f"notes left out: {error}")
        return None


def _make_folder(folder: Path) -> None:
    """Creates the output folder of --all (and its parents) as batch tools do."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise CommandError(f"cannot write to {folder}: a file of that name is in the way") from None
    except OSError as error:
        raise CommandError(f"cannot create {folder}: {error.strerror or error}") from None

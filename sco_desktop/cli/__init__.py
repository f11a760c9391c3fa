"""The `sco-desktop` command line: the parser, running a parsed command, and its error handling.

Each command lives in its own module (show, search, compare, rank, verify, factsheet, chart,
map, notes, build_db, pack), which adds its arguments (`register`) and sets the function that
runs it as the parser's `func`. This module only assembles the parser and turns every failure
into one line on standard error: exit status 1 for a failure, 2 for a usage mistake, never a
traceback. Commands raise CommandError (or the data layer's own errors) rather than printing
errors themselves.

It imports no Qt, so the command line works without a screen, and it renders nothing itself:
text and JSON come from core/present (text.py; comparison.py for `compare` and `rank`).
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from typing import NoReturn

from sco_desktop import __version__
from sco_desktop.core.data import DatabaseError, Repository
from sco_desktop.core.domain.formatting import is_unicode_text
from sco_desktop.core.present.text import visible

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # what a shell reports for a command stopped by Ctrl+C


class CommandError(Exception):
    """A failure the user can act on; each message becomes one line on standard error."""

    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = messages


class Parser(argparse.ArgumentParser):
    """Usage mistakes are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {visible(message)} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    # Imported here: the command modules import CommandError, emit ... from this package.
    from sco_desktop.cli import (
        build_db,
        chart,
        compare,
        factsheet,
        map,
        notes,
        pack,
        rank,
        search,
        show,
        verify,
    )

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="use another reference database file"
    )
    parser = Parser(
        prog="sco-desktop",
        description="Offline reference on the Shanghai Cooperation Organisation."
        " With no command, opens the main window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"sco-desktop {__version__}")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the main window, wait until it has painted, and exit (a smoke test)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in (
        show,
        search,
        compare,
        rank,
        verify,
        factsheet,
        chart,
        map,
        notes,
        build_db,
        pack,
    ):
        command.register(commands, common)
    return parser


_interrupted = False
"""Set once Ctrl+C arrived: an interrupt inside a C extension can surface as another error."""


def _on_interrupt(_signum, _frame) -> None:
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    """Runs a parsed command; returns the exit status. Errors are one line on stderr."""
    _make_output_safe()
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_interrupt)
    command = getattr(args, "func", None)
    if command is None:
        return fail(f"unknown command {args.command!r}")
    for name, value in vars(args).items():
        if isinstance(value, str) and not is_unicode_text(value):
            return fail(f"the {name.replace('_', ' ')} given is not valid UTF-8 text")
    try:
        return command(args)
    except CommandError as error:
        for message in error.messages:
            fail(message)
        return EXIT_ERROR
    except _failures() as error:
        return fail(str(error))
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more can be said, and nothing went wrong.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        fail("interrupted")
        return EXIT_INTERRUPTED
    except Exception:
        if _interrupted:
            # Ctrl+C during an import of Qt surfaces as an ImportError: it is still Ctrl+C.
            fail("interrupted")
            return EXIT_INTERRUPTED
        import traceback

        from sco_desktop.core.infra.safety import write_log

        path = write_log(traceback.format_exc())
        where = f"; the details are in {path}" if path else ""
        return fail(f"an unexpected error stopped the command{where}")


def _failures() -> tuple[type[Exception], ...]:
    """The errors a command reports as one line. An except clause evaluates this only when an
    error is raised, so `search` and `show` do not load the notes store and atomic writes."""
    from sco_desktop.core.data.geography import GeographyError
    from sco_desktop.core.data.notes_store import NotesError
    from sco_desktop.core.infra.atomic import WriteError

    return (DatabaseError, GeographyError, NotesError, WriteError)


def fail(message: str) -> int:
    """Prints one line on standard error (data in it shown literally); returns EXIT_ERROR."""
    warn(message)
    return EXIT_ERROR


def warn(message: str) -> None:
    """One line on standard error about something the command worked around."""
    print(f"sco-desktop: {visible(' '.join(message.split()))}", file=sys.stderr)


def emit(text: str) -> None:
    """Prints command output; control characters from the data are shown, never sent."""
    print(visible(text))


def open_repository(args: argparse.Namespace) -> Repository:
    """The reference database the command names with --db, else the newest installed data
    update's, else the bundled one."""
    path = getattr(args, "db", None)
    if path is None:
        from sco_desktop.core.data.pack_store import PackStore

        active = PackStore().active()
        if active.problem:
            warn(active.problem)
        path = active.database
    return Repository(path)


def _make_output_safe() -> None:
    # A console that cannot show Cyrillic or Chinese must not turn a lookup into a crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")

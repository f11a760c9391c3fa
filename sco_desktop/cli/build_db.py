"""`sco-desktop build-db`: builds the reference database from the CSV tables in data/.

The building and checking is core/data/build.py's; this module only names the files and reports
each problem found in the tables on a line of its own. It must not open the database it replaces.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sco_desktop.cli import EXIT_OK, CommandError, emit


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "build-db", parents=[common], help="build the database from the CSV tables in data/"
    )
    parser.add_argument("--out", type=Path, help="where to write it (default: the bundled file)")
    parser.add_argument("--sources", type=Path, help="folder of the CSV tables (default: data/)")
    parser.set_defaults(func=build_db)


def build_db(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.build import BuildError, build

    try:
        out = build(args.sources, args.out or getattr(args, "db", None))
    except BuildError as error:
        raise CommandError(*error.problems) from error
    except OSError as error:
        raise CommandError(f"could not write the database: {error}") from error
    emit(f"built {out}")
    return EXIT_OK

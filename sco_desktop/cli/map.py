"""`sco-desktop map`: the map of the SCO's states by status on a day, as PNG or SVG.

The picture is output/map_picture's, the same the window's map view shows and exports; the
SVG marks each state's shape with id="<ISO3>" and data-status="<status>". Qt is imported only
when the command runs (on the offscreen platform); nothing here shows a window.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository
from sco_desktop.cli.show import full_date


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "map",
        parents=[common],
        help="draw the map of the states by status on a day, as PNG or SVG",
        description="Draw the map of the SCO's states coloured by their status on a day, with"
        " title, legend, the day and the sources. The file's suffix (.png or .svg) chooses the"
        " format.",
    )
    parser.add_argument(
        "--as-of",
        type=full_date,
        metavar="YYYY-MM-DD",
        help="statuses as they stood on this date (default: the date of the data)",
    )
    parser.add_argument(
        "--places",
        action="store_true",
        help="mark the places of the leaders' meetings held by then",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.png or FILE.svg")
    parser.set_defaults(func=draw_map)


def draw_map(args: argparse.Namespace) -> int:
    # Imported here: building the parser loads every command's module, for every command.
    from sco_desktop.core.present.atlas import MAP_FORMATS, Atlas

    if args.output.suffix.lower().lstrip(".") not in MAP_FORMATS:
        raise CommandError(f"cannot write {args.output}: the name must end in .png or .svg")
    with open_repository(args) as repo:
        from sco_desktop.core.data.geography import load_geography

        atlas = Atlas(repo, load_geography())
        day = args.as_of or repo.data_as_of
        if not atlas.first_date <= day <= repo.data_as_of:
            raise CommandError(
                f"--as-of {day} is outside the data: give a day from {atlas.first_date}"
                f" to {repo.data_as_of}"
            )
        # No window is ever shown: the offscreen platform needs no display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from sco_desktop.output.map_picture import MapPicture, export_map

        _app = QGuiApplication.instance() or QGuiApplication(["sco-desktop"])
        export_map(MapPicture(atlas), args.output, day, args.places)
    emit(f"map of {day} written to {args.output}")
    return EXIT_OK

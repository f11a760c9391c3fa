"""`sco-desktop show`: one entity, or the whole SCO, as text or JSON.

It gathers the same Dossier (or Overview) the panes and the fact sheets render, and leaves the
rendering to core/present/text.py: it must not format facts or query anything on its own, so
the terminal shows what the pane shows.
"""

from __future__ import annotations

import argparse

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository
from sco_desktop.core.domain.dates import is_iso_date
from sco_desktop.core.present import text
from sco_desktop.core.present.dossier import gather, gather_overview

OVERVIEW_NAMES = ("sco", "overview")
"""Keys naming the whole organisation, as `factsheet` reads them (output/sheets.py)."""


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "show",
        parents=[common],
        help="print one state, body, summit, document or source (or 'sco')",
    )
    parser.add_argument("entity", help="an id (KAZ, rats, hos-2025 ...) or a name in any language")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--as-of",
        type=full_date,
        metavar="YYYY-MM-DD",
        help="statuses as they stood on this date (default: the date of the data)",
    )
    parser.set_defaults(func=show)


def show(args: argparse.Namespace) -> int:
    with open_repository(args) as repo:
        sources = repo.source_catalog()
        if args.entity.strip().casefold() in OVERVIEW_NAMES:
            overview = gather_overview(repo, args.as_of)
            if args.json:
                emit(text.to_json(text.overview_data(overview, sources)))
            else:
                emit(text.overview_text(overview, sources))
            return EXIT_OK
        found = repo.resolve(args.entity)
        dossier = gather(repo, *found, args.as_of) if found else None
        if dossier is None:
            raise CommandError(
                f"no state, body, summit, document or source matches {args.entity!r}"
            )
        if args.json:
            emit(text.to_json(text.dossier_data(dossier, sources)))
        else:
            emit(text.dossier_text(dossier, sources))
    return EXIT_OK


def full_date(value: str) -> str:
    if len(value) != len("2025-09-01") or not is_iso_date(value):
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {value!r}")
    return value

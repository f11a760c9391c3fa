"""`sco-desktop compare`: two to six states side by side, as text or JSON.

The values and their wording come from core/present/comparison.py, the same the window's
Compare view shows; this module only reads the arguments and prints.
"""

from __future__ import annotations

import argparse

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository
from sco_desktop.cli.show import full_date
from sco_desktop.core.present import text
from sco_desktop.core.present.comparison import (
    MAX_COMPARED,
    MIN_COMPARED,
    Facts,
    comparison_data,
    comparison_text,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "compare",
        parents=[common],
        help="two to six states side by side",
        description="Two to six states side by side: status and its history, accession, years"
        " as a member, head of state and of government, population, GDP, GDP per person, area,"
        " trade with China (latest year), meetings hosted and the documents adopted there, each"
        " value with its year and sources.",
    )
    parser.add_argument("states", nargs="+", metavar="STATE", help="ids or names, 2 to 6")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--as-of",
        type=full_date,
        metavar="YYYY-MM-DD",
        help="statuses as they stood on this date (default: the date of the data)",
    )
    parser.set_defaults(func=compare)


def compare(args: argparse.Namespace) -> int:
    if not MIN_COMPARED <= len(args.states) <= MAX_COMPARED:
        raise CommandError(f"name {MIN_COMPARED} to {MAX_COMPARED} states to compare")
    with open_repository(args) as repo:
        state_ids = []
        for key in args.states:
            found = repo.resolve(key)
            if found is None or found[0] != "state":
                raise CommandError(f"no state matches {key!r}")
            if found[1] in state_ids:
                raise CommandError(f"{key!r} is named twice")
            state_ids.append(found[1])
        facts = Facts(repo, args.as_of)
        sources = {source.id: source for source in repo.sources()}
    if args.json:
        emit(text.to_json(comparison_data(facts, state_ids, sources)))
    else:
        emit(comparison_text(facts, state_ids, sources))
    return EXIT_OK

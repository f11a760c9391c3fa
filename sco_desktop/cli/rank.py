"""`sco-desktop rank`: every state of the data ranked by one indicator, as text or JSON.

The values and ranks come from core/present/comparison.py, the same the window's Rankings
view shows; this module only reads the arguments and prints.
"""

from __future__ import annotations

import argparse

from sco_desktop.cli import EXIT_OK, emit, open_repository
from sco_desktop.cli.show import full_date
from sco_desktop.core.present import text
from sco_desktop.core.present.comparison import RANKABLE, Facts, ranking_data, ranking_text


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "rank",
        parents=[common],
        help="every state ranked by one indicator",
        description="Every state of the data ranked by one indicator, highest first, with its"
        " rank among all and among the members, the year of each value and its sources.",
    )
    parser.add_argument(
        "indicator", choices=RANKABLE, metavar="INDICATOR", help=", ".join(RANKABLE)
    )
    listed = parser.add_mutually_exclusive_group()
    listed.add_argument("--members", action="store_true", help="only the member states")
    listed.add_argument(
        "--partners", action="store_true", help="only observers, dialogue partners and partners"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--as-of",
        type=full_date,
        metavar="YYYY-MM-DD",
        help="statuses as they stood on this date (default: the date of the data)",
    )
    parser.set_defaults(func=rank)


def rank(args: argparse.Namespace) -> int:
    among = "members" if args.members else "partners" if args.partners else "all"
    with open_repository(args) as repo:
        facts = Facts(repo, args.as_of)
        sources = {source.id: source for source in repo.sources()}
    if args.json:
        emit(text.to_json(ranking_data(facts, args.indicator, among, sources)))
    else:
        emit(ranking_text(facts, args.indicator, among, sources))
    return EXIT_OK

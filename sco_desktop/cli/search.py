"""`sco-desktop search`: names (three languages), places, summaries and sources, as text or JSON.

It prints what the repository's search returns and must not search on its own: any input gives
results or an empty list, never an error.
"""

from __future__ import annotations

import argparse
import dataclasses

from sco_desktop.cli import EXIT_OK, emit, open_repository
from sco_desktop.core.present.text import to_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "search", parents=[common], help="search names, summaries and sources"
    )
    parser.add_argument("query", help="words in English, Russian or Chinese")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--limit", type=int, default=20, help="most results to print (default 20)")
    parser.set_defaults(func=search)


def search(args: argparse.Namespace) -> int:
    with open_repository(args) as repo:
        hits = repo.search(args.query, args.limit)
    if args.json:
        emit(to_json([dataclasses.asdict(hit) for hit in hits]))
        return EXIT_OK
    if not hits:
        emit("no results")
    for hit in hits:
        other_names = " / ".join(filter(None, (hit.name_ru, hit.name_zh)))
        emit(
            f"{hit.kind:<9} {hit.id:<28} {hit.name}" + (f"  ({other_names})" if other_names else "")
        )
    return EXIT_OK

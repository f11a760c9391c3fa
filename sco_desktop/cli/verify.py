"""`sco-desktop verify`: the database file's checksum, SQLite integrity and full-text index.

It reports what `Repository.verify` finds, one line per problem, and must change nothing.
"""

from __future__ import annotations

import argparse

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "verify", parents=[common], help="check the database file's checksum and integrity"
    )
    parser.set_defaults(func=verify)


def verify(args: argparse.Namespace) -> int:
    with open_repository(args) as repo:
        problems = repo.verify()
        if problems:
            raise CommandError(*(f"{repo.path}: {problem}" for problem in problems))
        emit(f"{repo.path}: ok (checksum, quick_check, full-text index)")
    return EXIT_OK

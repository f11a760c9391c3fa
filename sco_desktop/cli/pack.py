"""`sco-desktop pack`: signed data updates: keygen, build, verify, install, list, rollback.

Checking, unpacking and switching are core/data/packs.py's and pack_store.py's; the words come
from core/present/updates.py. This module parses, asks before a rollback, and prints. It never
writes a private key anywhere but the folder it is told.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sco_desktop.cli import EXIT_OK, CommandError, emit, warn


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "pack", help="signed data updates: make, check, install, list and roll back"
    )
    actions = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    keygen = actions.add_parser("keygen", help="make an Ed25519 key pair for signing updates")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the two key files")
    keygen.add_argument("--name", default="sco-data", help="file name stem (default: sco-data)")
    keygen.set_defaults(func=keygen_command)

    build = actions.add_parser("build", help="build the database and pack it, signed")
    build.add_argument("--key", type=Path, required=True, help="the private key (.key)")
    build.add_argument("--sequence", type=int, required=True, help="higher than any before")
    build.add_argument("--sources", type=Path, help="folder of the CSV tables (default: data/)")
    build.add_argument("-o", "--out", type=Path, required=True, help="the .scopack to write")
    build.set_defaults(func=build_command)

    verify = actions.add_parser("verify", help="check an update and say what it would change")
    verify.add_argument("file", type=Path)
    verify.set_defaults(func=verify_command)

    install = actions.add_parser("install", help="check an update and make it the active data")
    install.add_argument("file", type=Path)
    install.set_defaults(func=install_command)

    listing = actions.add_parser("list", help="list the installed updates")
    listing.set_defaults(func=list_command)

    rollback = actions.add_parser("rollback", help="go back to the data before the active update")
    rollback.add_argument("--yes", action="store_true", help="do not ask")
    rollback.set_defaults(func=rollback_command)


def _errors():
    from sco_desktop.core.data.build import BuildError
    from sco_desktop.core.data.packs import PackError
    from sco_desktop.core.infra.signing import SigningError

    return BuildError, PackError, SigningError


def _run(action):
    build_error, pack_error, signing_error = _errors()
    try:
        return action()
    except build_error as error:
        raise CommandError(*error.problems) from None
    except (pack_error, signing_error) as error:
        raise CommandError(str(error)) from None


def keygen_command(args: argparse.Namespace) -> int:
    from sco_desktop.core.infra import signing

    private, public = _run(lambda: signing.generate_key_pair(args.out, args.name))
    emit(f"private key: {private}  (keep it offline; it never goes into a pack or the app)")
    emit(f"public key:  {public}  (copy it into the trusted-keys folder of each machine)")
    return EXIT_OK


def build_command(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.packs import PACK_SUFFIX, build_pack

    if args.sequence < 1:
        raise CommandError("--sequence must be 1 or more")
    if args.out.suffix != PACK_SUFFIX:
        raise CommandError(f"the pack's name must end in {PACK_SUFFIX}")
    manifest = _run(lambda: build_pack(args.key, args.sequence, args.sources, args.out))
    emit(
        f"built {args.out}: update {manifest.sequence}, data as of {manifest.data_as_of},"
        f" {args.out.stat().st_size} bytes"
    )
    return EXIT_OK


def verify_command(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.pack_store import PackStore
    from sco_desktop.core.present.updates import change_lines, verification_lines

    store = PackStore()
    prepared = _run(lambda: store.prepare(args.file))
    try:
        _report_keys(prepared.key_problems)
        for line in verification_lines(prepared):
            emit(line)
        emit("What it would change:")
        for line in change_lines(prepared.changes):
            emit(f"  {line}")
    finally:
        store.discard(prepared)
    return EXIT_OK


def install_command(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.pack_store import PackStore
    from sco_desktop.core.present.updates import change_lines

    prepared, pack = _run(lambda: PackStore().install(args.file))
    _report_keys(prepared.key_problems)
    emit(f"installed update {pack.sequence} (data as of {pack.data_as_of}); it is now active")
    emit(f"signed by {prepared.key.describe()}")
    for line in change_lines(prepared.changes):
        emit(f"  {line}")
    return EXIT_OK


def list_command(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.pack_store import PackStore
    from sco_desktop.core.present.updates import pack_line

    store = PackStore()
    active = _run(store.active)
    if active.problem:
        warn(active.problem)
    packs = _run(store.installed)
    if not packs:
        emit("no data updates installed")
    for pack in packs:
        if active.pack and pack.sequence == active.pack.sequence:
            state = "  (active)"
        elif active.pack is None or pack.sequence > active.pack.sequence:
            state = "  (rolled back)"
        else:
            state = ""
        emit(pack_line(pack) + state)
    if active.pack is None:
        emit(f"the bundled data is active ({active.database})")
    return EXIT_OK


def rollback_command(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.pack_store import PackStore

    store = PackStore()
    current, target = _run(store.rollback_target)
    goal = (
        f"update {target.sequence} (data as of {target.data_as_of})"
        if target
        else "the bundled data"
    )
    question = (
        f"Go back from update {current.sequence} (data as of {current.data_as_of}) to {goal}?"
        f" Update {current.sequence} and any older one cannot be installed again. [y/N] "
    )
    if not args.yes and not _confirmed(question):
        raise CommandError("rollback not confirmed: nothing changed (add --yes to skip asking)")
    _run(store.rollback)
    emit(f"rolled back: {goal} is now active")
    return EXIT_OK


def _confirmed(question: str) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    try:
        return sys.stdin.readline().strip().lower() in ("y", "yes")
    except (OSError, AttributeError):
        return False


def _report_keys(problems: list[str]) -> None:
    for problem in problems:
        warn(f"a trusted key was skipped: {problem}")

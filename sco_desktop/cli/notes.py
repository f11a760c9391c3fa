"""`sco-desktop notes add|list|delete|export|import`: the user's own notes, one function each.

The notes file is core/data/notes_store.py's: this module resolves entity names, prints, and
closes the store whatever happens. `add` must exit 0 only once the note is safely stored.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sco_desktop.cli import EXIT_OK, CommandError, Parser, emit, open_repository, warn
from sco_desktop.core.data import Repository
from sco_desktop.core.infra import locations
from sco_desktop.core.present.text import to_json
from sco_desktop.core.present.wording import NO_LONGER_IN_DATA

if TYPE_CHECKING:
    from sco_desktop.core.data.notes_store import NotesStore


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    notes = commands.add_parser("notes", parents=[common], help="your notes on entities")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", parser_class=Parser)
    actions.required = True
    adding = actions.add_parser("add", help="add a note; exits 0 only once it is safely stored")
    adding.add_argument("entity", help="an id or a name in any language")
    adding.add_argument("text", help="the note (simple Markdown)")
    adding.set_defaults(func=add)
    listing = actions.add_parser("list", help="list notes, all or on one entity")
    listing.add_argument("entity", nargs="?")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(func=list_notes)
    deleting = actions.add_parser("delete", help="delete one note, by the id list shows")
    deleting.add_argument("note_id", help="the note's id (sco-desktop notes list shows it)")
    deleting.set_defaults(func=delete)
    exporting = actions.add_parser("export", help="write all notes and bookmarks to a file")
    exporting.add_argument("file", type=Path, help="FILE.json (complete) or FILE.md (readable)")
    exporting.set_defaults(func=export)
    importing = actions.add_parser("import", help="merge notes from an exported JSON file")
    importing.add_argument("file", type=Path)
    importing.set_defaults(func=import_notes)


def add(args: argparse.Namespace) -> int:
    with open_repository(args) as repo:
        entity_id = _entity_id(repo, args.entity)
    with _store() as store:
        note = store.save_note(entity_id, args.text)
    emit(f"saved note {note.id} on {entity_id}")
    return EXIT_OK


def list_notes(args: argparse.Namespace) -> int:
    with open_repository(args) as repo, _store() as store:
        notes = store.notes(_entity_id(repo, args.entity) if args.entity else None)
        if args.json:
            emit(to_json([dataclasses.asdict(note) for note in notes]))
            return EXIT_OK
        if not notes:
            emit("no notes")
        labels = repo.labels()
        for note in notes:
            name = labels[note.entity_id][1] if note.entity_id in labels else NO_LONGER_IN_DATA
            updated = note.updated[:16].replace("T", " ")
            emit(f"{note.entity_id} ({name}), {updated} UTC, note {note.id}:")
            emit("  " + note.text.replace("\n", "\n  "))
    return EXIT_OK


def delete(args: argparse.Namespace) -> int:
    with _store() as store:
        if not store.delete_note(args.note_id):
            raise CommandError(f"no note with the id {args.note_id!r}")
    emit(f"deleted note {args.note_id}")
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    with open_repository(args) as repo, _store() as store:
        if args.file.suffix.lower() == ".md":
            names = {key: name for key, (_kind, name) in repo.labels().items()}
            store.export_markdown(args.file, names)
        else:
            store.export_json(args.file)
    emit(f"notes written to {args.file}")
    return EXIT_OK


def import_notes(args: argparse.Namespace) -> int:
    with open_repository(args) as repo, _store() as store:
        result = store.import_json(args.file, known=repo.labels().keys())
    emit(result.summary)
    return EXIT_OK


@contextlib.contextmanager
def _store() -> Iterator[NotesStore]:
    """The user's notes store, closed however the action ends; says if it was repaired."""
    from sco_desktop.core.data.notes_store import NotesStore

    store = NotesStore(locations.user_folder())
    try:
        if store.message:
            warn(store.message)
        yield store
    finally:
        store.close()


def _entity_id(repo: Repository, key: str) -> str:
    found = repo.resolve(key)
    if found is None:
        raise CommandError(f"no state, body, summit, document or source matches {key!r}")
    return found[1]

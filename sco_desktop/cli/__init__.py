"""The `sco-desktop` command line: argument parsing and text/JSON output of the subcommands.

It reads through the repository and prints; it imports no Qt, so the CLI works without a screen.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

from sco_desktop import __version__
from sco_desktop.core.data import DatabaseError, Repository
from sco_desktop.core.domain.kinds import COUNCIL_LABELS, STATUS_LABELS
from sco_desktop.core.domain.records import Body, Document, Source, State, Summit, summit_title
from sco_desktop.core.infra.atomic import WriteError
from sco_desktop.core.present.html import source_line

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="use another reference database file"
    )
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    show = commands.add_parser(
        "show", parents=[common], help="print one state, body, summit, document or source"
    )
    show.add_argument("entity", help="an id (KAZ, rats, hos-2025 ...) or a name in any language")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")

    search = commands.add_parser("search", parents=[common], help="search names and summaries")
    search.add_argument("query", help="words in English, Russian or Chinese")
    search.add_argument("--json", action="store_true", help="print JSON instead of text")
    search.add_argument("--limit", type=int, default=20, help="most results to print (default 20)")

    commands.add_parser(
        "verify", parents=[common], help="check the database file's checksum and integrity"
    )

    sheets = commands.add_parser(
        "factsheet",
        parents=[common],
        help="write fact sheets as PDF, without opening a window",
        description="Write fact sheets as PDF. With entities, one PDF with a sheet for each;"
        " with --all, one PDF per entity in a folder. 'sco' names the sheet on the whole SCO.",
    )
    sheets.add_argument("entities", nargs="*", metavar="ENTITY", help="ids or names; 'sco'")
    sheets.add_argument("--all", action="store_true", help="every entity, one file each")
    sheets.add_argument(
        "-o", "--output", type=Path, required=True, help="the PDF file, or with --all a folder"
    )
    sheets.add_argument("--page-size", choices=("A4", "Letter"), help="default: from the locale")
    sheets.add_argument(
        "--marking", default="", help="text printed at the top and bottom of every page"
    )
    sheets.add_argument("--notes", action="store_true", help="include your notes on each entity")

    notes = commands.add_parser("notes", parents=[common], help="your notes on entities")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", help="add a note; exits 0 only once it is safely stored")
    add.add_argument("entity", help="an id or a name in any language")
    add.add_argument("text", help="the note (simple Markdown)")
    listing = actions.add_parser("list", help="list notes, all or on one entity")
    listing.add_argument("entity", nargs="?")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    export = actions.add_parser("export", help="write all notes and bookmarks to a file")
    export.add_argument("file", type=Path, help="FILE.json (complete) or FILE.md (readable)")
    imported = actions.add_parser("import", help="merge notes from an exported JSON file")
    imported.add_argument("file", type=Path)

    build = commands.add_parser(
        "build-db", parents=[common], help="build the database from the CSV tables in data/"
    )
    build.add_argument("--out", type=Path, help="where to write it (default: the bundled file)")
    build.add_argument("--sources", type=Path, help="folder of the CSV tables (default: data/)")
    return parser


def run(args: argparse.Namespace) -> int:
    """Runs a parsed subcommand; returns the exit status. Errors are one line on stderr."""
    _make_output_safe()
    try:
        if args.command == "build-db":
            return _build_db(args)
        with Repository(getattr(args, "db", None)) as repo:
            if args.command == "show":
                return _show(repo, args.entity, args.json)
            if args.command == "search":
                return _search(repo, args.query, args.limit, args.json)
            if args.command == "verify":
                return _verify(repo)
            if args.command == "factsheet":
                return _factsheet(repo, args)
            if args.command == "notes":
                return _notes(repo, args)
    except DatabaseError as error:
        return fail(str(error))
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except Exception:
        from sco_desktop.core.infra.safety import write_log

        path = write_log(traceback.format_exc())
        where = f"; the details are in {path}" if path else ""
        return fail(f"an unexpected error stopped the command{where}")
    return fail(f"unknown command {args.command!r}")


def fail(message: str) -> int:
    print(f"sco-desktop: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _make_output_safe() -> None:
    # A console that cannot show Cyrillic or Chinese must not turn a lookup into a crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _build_db(args: argparse.Namespace) -> int:
    from sco_desktop.core.data.build import BuildError, build

    try:
        out = build(args.sources, args.out or getattr(args, "db", None))
    except BuildError as error:
        for problem in error.problems:
            print(f"sco-desktop: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        return fail(f"could not write the database: {error}")
    print(f"built {out}")
    return EXIT_OK


def _notes(repo: Repository, args: argparse.Namespace) -> int:
    from sco_desktop.core.data.notes_store import NotesError, NotesStore
    from sco_desktop.core.infra import locations

    try:
        store = NotesStore(locations.user_folder())
    except NotesError as error:
        return fail(str(error))
    try:
        if store.message:
            print(f"sco-desktop: {store.message}", file=sys.stderr)
        action = args.notes_command
        if action in ("add", "list") and getattr(args, "entity", None):
            found = repo.resolve(args.entity)
            if found is None:
                return fail(f"no state, body, summit, document or source matches {args.entity!r}")
            entity_id = found[1]
        else:
            entity_id = None
        if action == "add":
            note = store.save_note(entity_id, args.text)
            print(f"saved note {note.id} on {entity_id}")
        elif action == "list":
            notes = store.notes(entity_id)
            if args.json:
                print(
                    json.dumps([dataclasses.asdict(n) for n in notes], ensure_ascii=False, indent=2)
                )
            elif not notes:
                print("no notes")
            for note in [] if args.json else notes:
                name = repo.labels().get(note.entity_id, ("", note.entity_id))[1]
                print(f"{note.entity_id} ({name}), {note.updated[:16].replace('T', ' ')} UTC:")
                print("  " + note.text.replace("\n", "\n  "))
        elif action == "export":
            names = {key: name for key, (_kind, name) in repo.labels().items()}
            if args.file.suffix.lower() == ".md":
                store.export_markdown(args.file, names)
            else:
                store.export_json(args.file)
            print(f"notes written to {args.file}")
        elif action == "import":
            result = store.import_json(args.file)
            print(
                f"{result.added} notes added, {result.conflicts} differing versions kept beside"
                f" yours, {result.unchanged} already present, {result.bookmarks_added} bookmarks"
                " added"
            )
    except (NotesError, WriteError) as error:
        return fail(str(error))
    finally:
        store.close()
    return EXIT_OK


def _factsheet(repo: Repository, args: argparse.Namespace) -> int:
    if args.all == bool(args.entities):
        return fail("name the entities to print, or give --all (not both)")
    # No window is ever shown: the offscreen platform needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from sco_desktop.output.fonts import install_fallback
    from sco_desktop.output.printing import PageSetup, PrintError, default_page_size, write_pdf
    from sco_desktop.output.sheets import SheetMaker, print_stylesheet, write_folder

    app = QGuiApplication.instance() or QGuiApplication(["sco-desktop"])
    install_fallback(app)
    notes = _notes_store_for_reading() if args.notes else None
    maker = SheetMaker(repo, notes)
    setup = PageSetup(
        page_size=args.page_size or default_page_size(),
        marking=args.marking,
        data_as_of=repo.data_as_of,
        stylesheet=print_stylesheet(),
    )
    try:
        if args.all:
            if not args.output.is_dir():
                return fail(f"cannot write to {args.output}: no such folder")
            written = write_folder(maker, maker.targets(), args.output, setup)
            print(f"{len(written)} sheets written to {args.output}")
            return EXIT_OK
        targets = []
        for key in args.entities:
            target = maker.resolve(key)
            if target is None:
                return fail(f"no state, body, summit or document matches {key!r}")
            targets.append(target)
        pages = write_pdf(args.output, [maker.sheet(*target) for target in targets], setup)
    except (WriteError, PrintError) as error:
        return fail(str(error))
    finally:
        if notes is not None:
            notes.close()
    print(f"{len(targets)} sheet(s), {pages} page(s) written to {args.output}")
    return EXIT_OK


def _notes_store_for_reading():
    from sco_desktop.core.data.notes_store import NOTES_FILE, NotesError, NotesStore
    from sco_desktop.core.infra import locations

    if not (locations.user_folder() / NOTES_FILE).exists():
        return None
    try:
        return NotesStore(locations.user_folder())
    except NotesError as error:
        print(f"sco-desktop: notes left out: {error}", file=sys.stderr)
        return None


def _verify(repo: Repository) -> int:
    problems = repo.verify()
    if problems:
        for problem in problems:
            print(f"sco-desktop: {repo.path}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{repo.path}: ok (checksum, quick_check, full-text index)")
    return EXIT_OK


def _search(repo: Repository, query: str, limit: int, as_json: bool) -> int:
    hits = repo.search(query, limit)
    if as_json:
        print(json.dumps([dataclasses.asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("no results")
    for hit in hits:
        other_names = " / ".join(filter(None, (hit.name_ru, hit.name_zh)))
        print(
            f"{hit.kind:<9} {hit.id:<28} {hit.name}" + (f"  ({other_names})" if other_names else "")
        )
    return EXIT_OK


def _show(repo: Repository, key: str, as_json: bool) -> int:
    entity = repo.entity(key)
    if entity is None:
        return fail(f"no state, body, summit, document or source matches {key!r}")
    described = describe(repo, entity)
    if as_json:
        print(json.dumps(described, ensure_ascii=False, indent=2))
    else:
        print(_as_text(repo, described))
    return EXIT_OK


def describe(repo: Repository, entity: State | Body | Summit | Document | Source) -> dict[str, Any]:
    """The entity and what hangs off it, as plain JSON-ready data with the sources cited."""
    # "type" is what the entity is; a record's own "kind" (a body's or document's) stays as it is.
    data: dict[str, Any] = {"type": _KINDS[type(entity)], **dataclasses.asdict(entity)}
    if isinstance(entity, State):
        data["status_history"] = [dataclasses.asdict(p) for p in repo.status_history(entity.id)]
        data["summits_hosted"] = [s.id for s in repo.summits(host_state_id=entity.id)]
    elif isinstance(entity, Body):
        data["office_holders"] = [dataclasses.asdict(h) for h in repo.office_holders(entity.id)]
    elif isinstance(entity, Summit):
        data["participants"] = [dataclasses.asdict(p) for p in repo.participants(entity.id)]
        data["documents"] = [d.id for d in repo.documents(summit_id=entity.id)]
        data["status_decisions"] = [dataclasses.asdict(p) for p in repo.status_decisions(entity.id)]
    if not isinstance(entity, Source):
        data["sources"] = [
            dataclasses.asdict(source)
            for source_id in _cited(data)
            if (source := repo.source(source_id)) is not None
        ]
    return data


_KINDS = {State: "state", Body: "body", Summit: "summit", Document: "document", Source: "source"}


def _cited(value: Any) -> list[str]:
    """Every source_id in a nested structure, in first-seen order."""
    found: dict[str, None] = {}

    def walk(item: Any) -> None:
        if isinstance(item, dict):
            for key, inner in item.items():
                if key == "source_id" and inner:
                    found[inner] = None
                else:
                    walk(inner)
        elif isinstance(item, list):
            for inner in item:
                walk(inner)

    walk(value)
    return list(found)


def _as_text(repo: Repository, data: dict[str, Any]) -> str:
    citation = {source["id"]: n for n, source in enumerate(data.get("sources", []), start=1)}

    def cite(row: dict[str, Any]) -> str:
        return f" [{citation[row['source_id']]}]" if row.get("source_id") in citation else ""

    lines: list[str] = []
    field = lines.append
    kind = data["type"]
    title = data.get("name") or data.get("title") or data["id"]
    if kind == "summit":
        title = summit_title(data["city"], data["year"], data["council"])
    field(f"{title} [{kind}: {data['id']}]{cite(data)}")
    for label, key in _TEXT_FIELDS[kind]:
        if data.get(key) not in (None, ""):
            value = data[key]
            if key == "status":
                value = f"{STATUS_LABELS.get(value, value)} (on {repo.data_as_of})"
            elif key in ("council",):
                value = COUNCIL_LABELS.get(value, value)
            elif key in ("capital", "seat_city", "city", "signed_place"):
                value = _city_names(repo, value)
            field(f"{label + ':':<16}{value}")
    if kind == "state":
        field("")
        field("Status history:")
        for period in data["status_history"]:
            end = period["end_date"] or "present"
            decided = f", decided at {period['decided_at']}" if period["decided_at"] else ""
            field(
                f"  {STATUS_LABELS[period['status']]:<18} {period['start_date']} to {end}"
                f"{decided}{cite(period)}"
            )
            if period["note"]:
                field(f"      note: {period['note']}")
        if data["summits_hosted"]:
            field(f"Summits hosted: {', '.join(data['summits_hosted'])}")
    if kind == "body" and data["office_holders"]:
        field("")
        field("Office holders:")
        for holder in data["office_holders"]:
            term = f"{holder['start_date'] or '?'} to {holder['end_date'] or 'present'}"
            nationality = f" ({holder['state_id']})" if holder["state_id"] else ""
            field(f"  {holder['role']}: {holder['person']}{nationality}, {term}{cite(holder)}")
    if kind == "summit":
        if data["participants"]:
            field(
                "Participants:   "
                + ", ".join(f"{p['state_id']} ({p['role']}){cite(p)}" for p in data["participants"])
            )
        if data["documents"]:
            field("Documents:      " + ", ".join(data["documents"]))
        for decision in data["status_decisions"]:
            field(
                f"Decision:       {decision['state_id']} became {STATUS_LABELS[decision['status']]}"
                f"{cite(decision)}"
            )
    if data.get("summary"):
        field("")
        field(data["summary"])
    if data.get("note"):
        field(f"Note: {data['note']}")
    if data.get("sources"):
        field("")
        field("Sources:")
        for number, source in enumerate(data["sources"], start=1):
            field(f"  [{number}] {source_line(Source(**source), with_address=True)}")
    return "\n".join(lines)


def _city_names(repo: Repository, name: str) -> str:
    city = repo.city(name)
    others = [n for n in (city.name_ru, city.name_zh) if n] if city else []
    return f"{name} ({', '.join(others)})" if others else name


_TEXT_FIELDS: dict[str, list[tuple[str, str]]] = {
    "state": [
        ("Official name", "official_name"),
        ("Russian", "name_ru"),
        ("Chinese", "name_zh"),
        ("Capital", "capital"),
        ("Status", "status"),
    ],
    "body": [
        ("Russian", "name_ru"),
        ("Chinese", "name_zh"),
        ("Kind", "kind"),
        ("Seat", "seat_city"),
        ("Established", "established"),
    ],
    "summit": [
        ("Council", "council"),
        ("Number", "number"),
        ("City", "city"),
        ("Host", "host_state_id"),
        ("Dates", "start_date"),
        ("Until", "end_date"),
        ("Format", "format"),
        ("Chair", "chair"),
    ],
    "document": [
        ("Kind", "kind"),
        ("Signed", "signed_date"),
        ("Signed at", "signed_place"),
        ("In force", "in_force_date"),
        ("Adopted at", "summit_id"),
    ],
    "source": [
        ("Author", "author"),
        ("Publisher", "publisher"),
        ("Published", "published"),
        ("URL", "url"),
        ("Kind", "kind"),
        ("Accessed", "accessed"),
    ],
}

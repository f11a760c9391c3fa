"""The `sco-desktop` command line, run in this process; a smoke test per command in a child."""

import argparse
import csv
import json
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import run_cli, run_python

from sco_desktop import __version__, cli
from sco_desktop.core.data import Repository
from sco_desktop.core.data.build import build
from sco_desktop.core.infra import locations

COMMANDS = {
    "show",
    "search",
    "compare",
    "rank",
    "verify",
    "factsheet",
    "chart",
    "map",
    "notes",
    "build-db",
    "pack",
}
NOTES_ACTIONS = {"add", "list", "delete", "export", "import"}
CHARTS = {"trade", "membership"}
PACK_ACTIONS = {"keygen", "build", "verify", "install", "list", "rollback"}


@pytest.fixture
def run_in_process(capsys):
    """Runs `sco-desktop ARGV...` as app.main does, here; returns (exit code, stdout, stderr)."""

    def run(*argv):
        try:
            code = cli.run(cli.build_parser().parse_args([str(arg) for arg in argv]))
        except SystemExit as stop:  # --help, --version and usage mistakes end in argparse
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """The real data with terminal control sequences in a name, a summary and a note."""
    folder = tmp_path_factory.mktemp("controls")
    for table in locations.data_folder().glob("*.csv"):
        shutil.copy(table, folder)
    path = folder / "states.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        if row["id"] == "KAZ":
            row["name"] = "Kazakhstan\x1b[2J\x1b]0;pwned\x07"
            row["summary"] = "Cleared\x9b2J\x7f\r and\tkept\nlines"
            row["note"] = "bell \x07 " + row["note"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return build(folder, folder / "controls.db")


def source_ids():
    with Repository() as repo:
        return {source.id for source in repo.sources()}


# -- show ---------------------------------------------------------------------------------------


def test_show_kaz_prints_three_names_and_sourced_history(run_in_process):
    code, out, err = run_in_process("show", "KAZ")
    assert code == 0, err
    for text in (
        "Kazakhstan",
        "Казахстан",
        "哈萨克斯坦",
        "Status history:",
        "Member state",
        "Trade with China:",
        "Documents adopted at meetings it hosted, and treaties it signed:",
        "Sources:",
    ):
        assert text in out
    assert "[1]" in out.split("Status history:")[1]
    assert "About SCO. SCO Secretariat. http://eng.sectsco.org/about_sco/" in out


def test_show_json_is_complete(run_in_process):
    code, out, _err = run_in_process("show", "kazakhstan", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["type"] == "state" and data["id"] == "KAZ"
    assert data["names"] == {"en": "Kazakhstan", "ru": "Казахстан", "zh": "哈萨克斯坦"}
    assert data["capital"]["name"] == "Astana"
    assert data["status"]["label"] == "Member state"
    assert data["status_history"][0]["decided_at"]["id"] == "hos-2001"
    assert data["meetings_hosted"]
    listed = {s["id"]: s["number"] for s in data["sources"]}
    assert [s["number"] for s in data["sources"]] == list(range(1, len(listed) + 1))
    for period in data["status_history"]:
        assert listed[period["source"]["id"]] == period["source"]["number"]


def test_show_kaz_json_carries_trade_rows_documents_and_resolved_citations(run_in_process):
    data = json.loads(run_in_process("show", "KAZ", "--json")[1])
    assert data["trade"]
    for row in data["trade"]:
        assert {"reporter", "partner", "year", "flow", "value", "source"} <= set(row)
        assert isinstance(row["value"], int) and row["value"] > 0
        assert row["source"]["title"] and row["source"]["url"]
    assert {row["flow"] for row in data["trade"]} == {"total", "export", "import"}
    assert "declaration-astana-2017" in {d["id"] for d in data["documents"]}
    about = next(s for s in data["sources"] if s["id"] == "bod-sectsco-about")
    assert about["title"] == "About SCO" and about["publisher"] == "SCO Secretariat"
    assert about["url"] == "http://eng.sectsco.org/about_sco/"
    # The note lists the sources of single facts; like the pane, they are cited beside the fact.
    assert [c["id"] for c in data["field_sources"]["official_name"]] == ["bod-sectsco-about"]
    assert [c["number"] for c in data["field_sources"]["capital"]] == [6, 7]
    assert data["note"] is None  # nothing else in it, so no research prose is left


@pytest.mark.parametrize(
    "key",
    ["KAZ", "CHN", "rats", "hos-2025", "charter-2002", "sco", "peace-mission-2007", "plus-2024"],
)
def test_no_source_id_is_left_in_prose(run_in_process, key):
    ids = source_ids()
    code, text, _err = run_in_process("show", key)
    assert code == 0
    assert not [i for i in ids if i in text]

    def prose(value, key=""):
        if isinstance(value, dict):
            for inner_key, inner in value.items():
                yield from prose(inner, inner_key)
        elif isinstance(value, list):
            for inner in value:
                yield from prose(inner, key)
        elif key in ("note", "summary") and value:
            yield value

    notes = list(prose(json.loads(run_in_process("show", key, "--json")[1])))
    assert not [i for i in ids for note in notes if i in note]


def test_show_works_for_every_kind_of_entity(run_in_process):
    for key, kind in (
        ("rats", "body"),
        ("charter-2002", "document"),
        ("hos-2015", "summit"),
        ("seed-yun-sun-2025", "source"),
        ("sco", "overview"),
    ):
        code, out, err = run_in_process("show", key, "--json")
        assert code == 0, err
        assert json.loads(out)["type"] == kind
        code, out, err = run_in_process("show", key)
        assert code == 0 and out.strip(), err


def test_show_body_summit_and_source_carry_their_lists(run_in_process):
    rats = json.loads(run_in_process("show", "rats", "--json")[1])
    assert rats["office_holders"] and all(h["source"]["title"] for h in rats["office_holders"])
    summit = json.loads(run_in_process("show", "hos-2025", "--json")[1])
    assert summit["participants"] and summit["status_decisions"] and summit["documents"]
    source = json.loads(run_in_process("show", "bod-sectsco-about", "--json")[1])
    assert {"kind": "state", "id": "KAZ", "name": "Kazakhstan"} in source["cited_for"]


def test_show_sco_is_the_overview(run_in_process):
    code, out, _err = run_in_process("show", "sco")
    assert code == 0
    assert out.startswith("Shanghai Cooperation Organisation\n")
    assert "Member states (10):" in out and "China's goods trade, 2024:" in out
    data = json.loads(run_in_process("show", "overview", "--json")[1])
    assert len(data["states"]["member"]["states"]) == 10
    assert data["latest_heads_of_state_meeting"]["id"] == "hos-2025"


def test_show_as_of_gives_the_status_on_that_date(run_in_process):
    data = json.loads(run_in_process("show", "IND", "--as-of", "2010-01-01", "--json")[1])
    assert data["as_of"] == "2010-01-01" and data["status"]["label"] == "Observer state"
    assert (
        "Status on 2010-01-01: Observer state"
        in run_in_process("show", "IND", "--as-of", "2010-01-01")[1]
    )
    code, _out, err = run_in_process("show", "IND", "--as-of", "2010-13-01")
    assert code == 2 and err.count("\n") == 1 and "YYYY-MM-DD" in err


def test_plain_show_sends_no_control_character(run_in_process, hostile_db):
    code, out, err = run_in_process("--db", hostile_db, "show", "KAZ")
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\x7f" not in out
    assert "\r" not in out
    assert "Kazakhstan\\x1b[2J\\x1b]0;pwned\\x07" in out
    assert "Cleared\\x9b2J\\x7f\\x0d and\tkept\nlines" in out  # tab and newline stay
    assert "bell \\x07 " in out
    for argv in (
        ["search", "Kazakhstan"],
        ["show", "KAZ", "--json"],
        ["show", "KAZ", "--as-of", "x"],
    ):
        code, out, err = run_in_process("--db", hostile_db, *argv)
        assert not any(c in out + err for c in "\x1b\x07\x9b\x7f"), argv
    data = json.loads(run_in_process("--db", hostile_db, "show", "KAZ", "--json")[1])
    assert data["names"]["en"] == "Kazakhstan\x1b[2J\x1b]0;pwned\x07"  # JSON keeps the data whole


def test_unknown_entity_is_one_line_and_non_zero(run_in_process):
    code, out, err = run_in_process("show", "Atlantis")
    assert (code, out) == (1, "")
    assert err == "sco-desktop: no state, body, summit, document or source matches 'Atlantis'\n"


def test_a_fragment_of_a_name_is_not_an_entity(run_in_process):
    assert run_in_process("show", "a")[0] == 1
    assert run_in_process("show", "Republic of Kazakhstan")[0] == 0


def test_missing_database_is_one_line_and_non_zero(run_in_process, tmp_path):
    for argv in (["show", "KAZ"], ["search", "x"], ["verify"], ["notes", "list"]):
        code, _out, err = run_in_process("--db", tmp_path / "missing.db", *argv)
        assert code == 1, argv
        assert err.strip().endswith("does not exist.") and err.count("\n") == 1
    assert not (tmp_path / "missing.db").exists()


# -- usage, help, unexpected errors ---------------------------------------------------------------


def test_bad_usage_is_one_line(run_in_process):
    for argv in (["show"], ["frobnicate"], ["notes"], ["search", "x", "--limit", "many"]):
        code, _out, err = run_in_process(*argv)
        assert code == 2, argv
        assert err.count("\n") == 1 and "(see --help)" in err


def test_version(run_in_process):
    assert run_in_process("--version") == (0, f"sco-desktop {__version__}\n", "")


def listed_in_help(text, metavar):
    """The subcommands a --help lists under `metavar`: "    name    help" lines before options."""
    section = text.split(f"\n  {metavar}\n")[1].split("\noptions:")[0]
    return {m[1] for m in re.finditer(r"^    (\S+)(?:  |$)", section, re.M)}


def test_every_command_is_reachable_from_help(run_in_process):
    code, out, _err = run_in_process("--help")
    assert code == 0
    assert listed_in_help(out, "COMMAND") == COMMANDS
    for name in COMMANDS:
        code, out, _err = run_in_process(name, "--help")
        assert code == 0 and out.startswith(f"usage: sco-desktop {name}"), name
    for command, actions in (("notes", NOTES_ACTIONS), ("pack", PACK_ACTIONS)):
        code, out, _err = run_in_process(command, "--help")
        assert listed_in_help(out, "ACTION") == actions
        for action in actions:
            code, out, _err = run_in_process(command, action, "--help")
            assert code == 0 and out.startswith(f"usage: sco-desktop {command} {action}"), action


def test_the_parser_and_every_command_module_load_no_qt():
    script = (
        "import sys; from sco_desktop import cli; cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.startswith('sco_desktop.cli.')));"
        "print([m for m in sys.modules if m.split('.')[0] == 'PySide6'])"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    modules, qt = result.stdout.splitlines()
    assert modules.count("sco_desktop.cli.") == len(COMMANDS) and qt == "[]"


@pytest.mark.parametrize(
    "command",
    [("search", "Kazakhstan", "--json"), ("show", "KAZ"), ("show", "sco"), ("verify",)],
)
def test_search_show_and_verify_run_without_loading_qt(command):
    """Run through the application's entry point, as the installed command is."""
    script = (
        "import sys; from sco_desktop.app import main; code = main(sys.argv[1:]);"
        "qt = ('PySide6', 'pyqtgraph', 'shiboken6');"
        "loaded = [m for m in sys.modules if m.split('.')[0] in qt];"
        "print(code, loaded, file=sys.stderr)"
    )
    result = run_python(script, *command)
    assert result.stderr.strip().splitlines()[-1] == "0 []"


def test_search_loads_only_what_searching_needs():
    """Every command's module is loaded to build the parser: what each command alone needs
    (the data-update store, the map, the X11 probe of the window) waits until it runs."""
    script = (
        "import sys; from sco_desktop.app import main;"
        "code = main(['--db', sys.argv[1], 'search', 'Kazakhstan', '--json']);"
        "unneeded = ('sco_desktop.core.data.pack_store', 'sco_desktop.core.present.updates',"
        " 'sco_desktop.core.present.atlas', 'sco_desktop.core.infra.platform_probe',"
        " 'subprocess', 'difflib', 'hashlib', 'importlib.resources');"
        "print(code, [m for m in unneeded if m in sys.modules], file=sys.stderr)"
    )
    result = run_python(script, str(locations.bundled_database()))
    assert result.stderr.strip().splitlines()[-1] == "0 []"


def test_every_command_and_action_has_a_function():
    def walk(parser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from walk(sub)
                return
        yield parser

    leaves = list(walk(cli.build_parser()))
    assert len(leaves) == len(COMMANDS) - 3 + len(NOTES_ACTIONS) + len(CHARTS) + len(PACK_ACTIONS)
    for leaf in leaves:
        assert callable(leaf.get_default("func")), leaf.prog


def test_an_unexpected_error_is_one_line_naming_the_log(run_in_process, monkeypatch, user_home):
    def broken(*_args, **_kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(Repository, "search", broken)
    code, _out, err = run_in_process("search", "x")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert "unexpected error" in err and "sco-desktop.log" in err
    assert "ValueError: a bug" in (user_home / "sco-desktop.log").read_text(encoding="utf-8")


def test_ctrl_c_is_one_line(run_in_process, monkeypatch):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Repository, "search", interrupted)
    assert run_in_process("search", "x") == (130, "", "sco-desktop: interrupted\n")


# -- search, verify, build-db, factsheet ----------------------------------------------------------


def test_search_tashkent_in_russian_finds_rats(run_in_process):
    code, out, err = run_in_process("search", "Ташкент", "--json")
    assert code == 0, err
    assert "rats" in [hit["id"] for hit in json.loads(out)]
    code, out, _err = run_in_process("search", "Ташкент")
    assert any(line.split()[:2] == ["body", "rats"] for line in out.splitlines())


def test_search_with_fts_syntax_gives_results_or_nothing(run_in_process):
    code, _out, err = run_in_process("search", 'NEAR("x" ^y) OR name: *', "--limit", "3")
    assert code == 0
    assert err == ""
    assert run_in_process("search", "qqqqzzzz")[1] == "no results\n"


def test_verify_accepts_the_bundled_file_and_catches_a_tampered_copy(run_in_process, tmp_path):
    code, out, _err = run_in_process("verify")
    assert code == 0 and out.endswith(": ok (checksum, quick_check, full-text index)\n")
    copy = tmp_path / "sco.db"
    shutil.copy(locations.bundled_database(), copy)
    shutil.copy(locations.manifest_for(locations.bundled_database()), locations.manifest_for(copy))
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF
    copy.write_bytes(bytes(data))
    code, _out, err = run_in_process("verify", "--db", copy)
    assert code == 1
    assert "differs from the manifest" in err
    assert all(line.startswith(f"sco-desktop: {copy}: ") for line in err.splitlines())


def test_build_db_reports_problems_by_file_and_line(run_in_process, data_copy, tmp_path):
    with (data_copy / "state_statuses.csv").open("a", encoding="utf-8") as table:
        table.write("ZZZ,member,2020,,,nowhere,\n")
    code, _out, err = run_in_process("build-db", "--sources", data_copy, "--out", tmp_path / "x.db")
    assert code == 1
    assert "Traceback" not in err
    assert "state_statuses.csv, line" in err
    assert "state_id 'ZZZ' names no row of states" in err
    assert all(line.startswith("sco-desktop: ") for line in err.splitlines())
    assert not (tmp_path / "x.db").exists()


def test_build_db_writes_a_database_that_verifies(run_in_process, data_copy, tmp_path):
    out_path = tmp_path / "built.db"
    assert run_in_process("build-db", "--sources", data_copy, "--out", out_path) == (
        0,
        f"built {out_path}\n",
        "",
    )
    assert run_in_process("verify", "--db", out_path)[0] == 0


def test_factsheet_wants_entities_or_all_but_not_both(run_in_process, tmp_path):
    for argv in (
        ["factsheet", "-o", tmp_path / "x.pdf"],
        ["factsheet", "KAZ", "--all", "-o", tmp_path],
    ):
        code, _out, err = run_in_process(*argv)
        assert (
            code == 1
            and err == "sco-desktop: name the entities to print, or give --all (not both)\n"
        )
    assert list(tmp_path.iterdir()) == []


# -- notes ----------------------------------------------------------------------------------------


def test_notes_add_list_export_import(run_in_process, tmp_path, user_home):
    code, out, err = run_in_process("notes", "add", "Казахстан", "Check the **2024** figure.")
    assert code == 0, err
    assert out.startswith("saved note ") and out.endswith(" on KAZ\n")
    code, out, _err = run_in_process("notes", "list", "KAZ")
    assert out.startswith("KAZ (Kazakhstan), ") and "  Check the **2024** figure." in out
    assert json.loads(run_in_process("notes", "list", "--json")[1])[0]["entity_id"] == "KAZ"
    assert run_in_process("notes", "list", "RUS")[1] == "no notes\n"
    for name in ("notes.json", "notes.md"):
        assert run_in_process("notes", "export", tmp_path / name)[1] == (
            f"notes written to {tmp_path / name}\n"
        )
    assert "Kazakhstan" in (tmp_path / "notes.md").read_text(encoding="utf-8")
    code, out, _err = run_in_process("notes", "import", tmp_path / "notes.json")
    assert code == 0 and out.startswith("0 notes added, 0 differing versions kept beside yours")


def test_notes_on_an_unknown_entity_store_nothing(run_in_process):
    code, _out, err = run_in_process("notes", "add", "Atlantis", "text")
    assert code == 1 and err.count("\n") == 1
    assert run_in_process("notes", "list")[1] == "no notes\n"


def test_notes_show_control_characters_visibly(run_in_process):
    run_in_process("notes", "add", "KAZ", "ring \x07 clear \x1b[2J")
    out = run_in_process("notes", "list")[1]
    assert "ring \\x07 clear \\x1b[2J" in out and "\x1b" not in out


def test_an_unreadable_import_file_is_one_line(run_in_process, tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    code, _out, err = run_in_process("notes", "import", tmp_path / "bad.json")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


# -- one child process per command: the real entry point, streams and exit codes ------------------


def test_child_show():
    result = run_cli("show", "KAZ")
    assert result.returncode == 0, result.stderr
    assert "哈萨克斯坦" in result.stdout and "Sources:" in result.stdout
    result = run_cli("show", "Atlantis")
    assert result.returncode == 1 and result.stderr.count("\n") == 1


def test_child_search():
    result = run_cli("search", "Ташкент", "--json")
    assert result.returncode == 0, result.stderr
    assert "rats" in [hit["id"] for hit in json.loads(result.stdout)]


def test_child_verify(tmp_path):
    assert run_cli("verify").returncode == 0
    result = run_cli("--db", str(tmp_path / "missing.db"), "verify")
    assert result.returncode == 1 and result.stderr.strip().endswith("does not exist.")


def test_child_factsheet(tmp_path):
    result = run_cli("factsheet", "rats", "-o", str(tmp_path / "rats.pdf"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 sheet(s), ")
    assert (tmp_path / "rats.pdf").read_bytes().startswith(b"%PDF")


def test_child_notes(tmp_path):
    environment = {locations.HOME_VARIABLE: str(tmp_path)}
    result = run_cli("notes", "add", "KAZ", "from a child", env=environment)
    assert result.returncode == 0, result.stderr
    assert "from a child" in run_cli("notes", "list", env=environment).stdout


def test_child_build_db(data_copy, tmp_path):
    result = run_cli("build-db", "--sources", str(data_copy), "--out", str(tmp_path / "x.db"))
    assert result.returncode == 0, result.stderr
    assert run_cli("--db", str(tmp_path / "x.db"), "show", "KAZ").returncode == 0


def test_child_usage_and_version():
    assert run_cli("--version").stdout.strip() == f"sco-desktop {__version__}"
    result = run_cli("show")
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_notes_list_shows_terminal_controls_visibly():
    # a note (perhaps imported) must not set the window title or clear the line.
    hostile = "title \x1b]0;pwned\x07 and \x1b[2K cleared \x9b31m"
    assert run_cli("notes", "add", "KAZ", hostile).returncode == 0
    result = run_cli("notes", "list", "KAZ")
    assert result.returncode == 0
    assert not any(ch in result.stdout for ch in "\x1b\x07\x9b")
    assert "\\x1b]0;pwned\\x07" in result.stdout


def test_notes_delete_by_the_id_list_shows():
    note_id = run_cli("notes", "add", "UZB", "Remove me").stdout.split()[2]
    assert f"note {note_id}:" in run_cli("notes", "list", "UZB").stdout
    deleted = run_cli("notes", "delete", note_id)
    assert deleted.returncode == 0 and deleted.stdout.strip() == f"deleted note {note_id}"
    assert run_cli("notes", "list", "UZB").stdout.strip() == "no notes"
    again = run_cli("notes", "delete", note_id)
    assert again.returncode == 1 and "no note with the id" in again.stderr


# -- chart ----------------------------------------------------------------------------------------


def svg_text(path):
    """The words an SVG shows, as a reader of the file (not of its markup) sees them."""
    return " ".join(" ".join(ET.parse(path).getroot().itertext()).split())


def test_chart_trade_writes_png_svg_and_csv_without_a_window(qapp, run_in_process, tmp_path, repo):
    # qapp: the command would start a QGuiApplication of its own, which later tests cannot use.
    from PySide6.QtGui import QImage

    for name in ("t.png", "t.svg", "t.csv"):
        code, out, err = run_in_process(
            "chart", "trade", "--partners", "kaz,RUS", "--flow", "export", "--years",
            "2005-2024", "-o", tmp_path / name,
        )  # fmt: skip
        assert (code, err) == (0, ""), err
        assert out.strip() == f"trade chart written to {tmp_path / name}"
    assert QImage(str(tmp_path / "t.png")).width() == 1600
    svg = svg_text(tmp_path / "t.svg")
    assert "China → partners, China's customs" in svg and "Data as of" in svg
    text = (tmp_path / "t.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(line for line in text.splitlines() if not line.startswith("#")))
    assert rows[0] == ["year", "Kazakhstan", "Russia"]
    assert rows[1][0] == "2005" and rows[-1][0] == "2024"
    exports = {p.year: p.value_usd for p in repo.trade_series("CHN", "RUS", "export")}
    for row in rows[1:]:
        if int(row[0]) in exports:
            assert int(row[2]) == exports[int(row[0])]


def test_chart_membership_counts_lanes_and_csv(qapp, run_in_process, tmp_path):
    for style, name in (("counts", "c.png"), ("lanes", "l.svg"), ("counts", "m.csv")):
        code, _out, err = run_in_process(
            "chart", "membership", "--as-of", "2015-07-10", "--style", style,
            "-o", tmp_path / name,
        )  # fmt: skip
        assert code == 0, err
    svg = svg_text(tmp_path / "l.svg")
    assert "Statuses as they stood on 2015-07-10" in svg and "Laos" not in svg
    text = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert "2017-06-09" not in text  # India's membership came after the date


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["chart", "trade", "--partners", "ATL", "-o", "x.png"], "no trade figures for ATL"),
        (["chart", "trade", "--partners", "KAZ", "-o", "x.pdf"], "name it .png, .svg or .csv"),
        (["chart", "membership", "-o", "nowhere/x.png"], "does not exist"),
    ],
)
def test_chart_mistakes_are_one_line(qapp, run_in_process, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run_in_process(*argv)
    assert code == 1 and message in err and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_chart_command_in_a_child_loads_no_widgets(tmp_path):
    script = (
        "import sys; from sco_desktop.app import main; code = main(sys.argv[1:]);"
        "print(any(m.startswith('PySide6.QtWidgets') for m in sys.modules)); sys.exit(code)"
    )
    result = run_python(script, "chart", "trade", "--partners", "KAZ", "-o", tmp_path / "k.svg")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1:] == ["False"]
    assert (tmp_path / "k.svg").stat().st_size > 0


def test_search_finds_sources_by_publisher(run_in_process):
    code, out, err = run_in_process("search", "GACC", "--json", "--limit", "50")
    assert code == 0, err
    hits = json.loads(out)
    assert "tr-tass-1826171" in [hit["id"] for hit in hits if hit["kind"] == "source"]
    code, out, _err = run_in_process("search", "Moscow Times")
    assert any(
        line.split()[:2] == ["source", "tr-moscowtimes-2025-01-13"] for line in out.splitlines()
    )

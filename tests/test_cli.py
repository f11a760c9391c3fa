"""The `sco-desktop` command in a child process, as a user runs it."""

import json
import shutil

from conftest import run_cli

from sco_desktop import __version__
from sco_desktop.core.infra import locations


def test_show_kaz_prints_three_names_and_sourced_history():
    result = run_cli("show", "KAZ")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for text in (
        "Kazakhstan",
        "Казахстан",
        "哈萨克斯坦",
        "Status history:",
        "Member state",
        "Sources:",
    ):
        assert text in out
    assert "[1]" in out.split("Status history:")[1]


def test_show_json_is_complete():
    result = run_cli("show", "kazakhstan", "--json")
    data = json.loads(result.stdout)
    assert data["id"] == "KAZ"
    assert data["status_history"]
    cited = {p["source_id"] for p in data["status_history"]}
    assert cited <= {s["id"] for s in data["sources"]}


def test_search_tashkent_in_russian_finds_rats():
    result = run_cli("search", "Ташкент", "--json")
    assert result.returncode == 0, result.stderr
    assert "rats" in [hit["id"] for hit in json.loads(result.stdout)]


def test_search_with_fts_syntax_gives_results_or_nothing():
    result = run_cli("search", 'NEAR("x" ^y) OR name: *', "--limit", "3")
    assert result.returncode == 0
    assert result.stderr == ""


def test_unknown_entity_is_one_line_and_non_zero():
    result = run_cli("show", "Atlantis")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_missing_database_is_one_line_and_non_zero(tmp_path):
    result = run_cli("--db", str(tmp_path / "missing.db"), "show", "KAZ")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("does not exist.")
    assert result.stderr.count("\n") == 1


def test_bad_usage_is_one_line():
    result = run_cli("show")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_version():
    assert run_cli("--version").stdout.strip() == f"sco-desktop {__version__}"


def test_verify_accepts_the_bundled_file_and_catches_a_tampered_copy(tmp_path):
    assert run_cli("verify").returncode == 0
    copy = tmp_path / "sco.db"
    shutil.copy(locations.bundled_database(), copy)
    shutil.copy(locations.manifest_for(locations.bundled_database()), locations.manifest_for(copy))
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF
    copy.write_bytes(bytes(data))
    result = run_cli("verify", "--db", str(copy))
    assert result.returncode == 1
    assert "differs from the manifest" in result.stderr


def test_build_db_reports_problems_by_file_and_line(data_copy, tmp_path):
    with (data_copy / "state_statuses.csv").open("a", encoding="utf-8") as table:
        table.write("ZZZ,member,2020,,,nowhere,\n")
    result = run_cli("build-db", "--sources", str(data_copy), "--out", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "state_statuses.csv, line" in result.stderr
    assert "state_id 'ZZZ' names no row of states" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_show_works_for_every_kind_of_entity():
    for key, kind in (
        ("rats", "body"),
        ("charter-2002", "document"),
        ("hos-2015", "summit"),
        ("seed-yun-sun-2025", "source"),
    ):
        result = run_cli("show", key, "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["type"] == kind


def test_a_fragment_of_a_name_is_not_an_entity():
    assert run_cli("show", "a").returncode == 1
    assert run_cli("show", "Republic of Kazakhstan").returncode == 0

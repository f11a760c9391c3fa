"""The README tells the truth about the data it ships."""

import re
import sqlite3

from conftest import PROJECT

from sco_desktop.core.infra import locations

TABLES = {
    "States": "states",
    "Status periods": "state_statuses",
    "Bodies": "bodies",
    "Office holders": "office_holders",
    "Summits and meetings": "summits",
    "Summit participations": "summit_participants",
    "Documents": "documents",
    "Cities": "cities",
    "Trade rows": "trade",
    "Leaders": "leaders",
    "Chairmanships": "chairmanships",
    "Joint exercises": "exercises",
    "Exercise participations": "exercise_participants",
    "Indicators": "indicators",
    "Document parties": "document_parties",
    "Sources": "sources",
}


def readme_counts():
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    return {m[1]: int(m[2]) for m in re.finditer(r"^\| ([A-Z][a-z ]+) \| (\d+) \|", text, re.M)}


def test_readme_counts_match_the_bundled_database():
    conn = sqlite3.connect(locations.bundled_database())
    try:
        actual = {
            label: conn.execute(f"select count(*) from {table}").fetchone()[0]
            for label, table in TABLES.items()
        }
    finally:
        conn.close()
    assert readme_counts() == actual


def test_readme_names_the_data_date():
    assert "as of 2025-11-18" in (PROJECT / "README.md").read_text(encoding="utf-8")

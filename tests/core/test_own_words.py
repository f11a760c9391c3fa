"""Summaries and notes are in our own words: no run of eight words from a seed text.

The seed texts are not in the repository; tests/data/seed_8grams.txt holds the hashes of their
word 8-grams (scripts/seed_shingles.py), and the data's text is hashed the same way.
"""

import csv
import importlib.util

from conftest import PROJECT

_SPEC = importlib.util.spec_from_file_location(
    "seed_shingles", PROJECT / "scripts" / "seed_shingles.py"
)
seed_shingles = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(seed_shingles)

PROSE_COLUMNS = ("summary", "note")


def seed_hashes() -> set[str]:
    path = PROJECT / "tests" / "data" / "seed_8grams.txt"
    return set(path.read_text(encoding="utf-8").split())


def copied_runs(folder, seeds: set[str]) -> list[str]:
    found = []
    for path in sorted(folder.glob("*.csv")):
        if path.name == "sources.csv":
            continue  # a source's note describes the source; titles may be quoted
        with path.open(newline="", encoding="utf-8") as handle:
            for record in csv.DictReader(handle):
                for column in PROSE_COLUMNS:
                    if seed_shingles.shingles(record.get(column) or "") & seeds:
                        found.append(f"{path.name}: {column} of {next(iter(record.values()))}")
    return found


def test_the_seed_hashes_are_there():
    assert len(seed_hashes()) > 4000


def test_eight_copied_words_are_found_and_seven_are_not(tmp_path):
    seed = "one two three four five six seven eight nine ten"
    seeds = seed_shingles.shingles(seed)
    table = tmp_path / "groups.csv"
    table.write_text(
        "id,summary,note\nX,Words: ONE two three four five six seven.,\n"
        'Y,,"as it says, three four five six seven eight nine ten, so"\n',
        encoding="utf-8",
    )
    assert copied_runs(tmp_path, seeds) == ["groups.csv: note of Y"]


def test_no_summary_or_note_repeats_eight_words_of_a_seed():
    assert copied_runs(PROJECT / "data", seed_hashes()) == []

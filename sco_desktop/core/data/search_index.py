"""The search vocabulary: words inside words and near misses found through tables, not a scan.

`build-db` writes three tables beside the full-text index (schema.SEARCH_WORDS, SEARCH_GRAMS,
SEARCH_POSTINGS): every distinct word of the entities' names, aliases, places and summaries,
the two-character pieces of each word, and which entity uses which word. A query word is then
looked up in the vocabulary, whose size follows the language, not the number of entities:
- inside a word: the words holding all of the query word's pieces, then `instr` on those few
  ("萨克" in 哈萨克斯坦, "Ташкент" in Ташкенте);
- a near miss: the name words sharing at least half of its pieces, then difflib on those few
  ("Tianjn" -> tianjin, "Kazakstan" -> kazakhstan).

How words and pieces are cut is defined here once, for the build and the queries alike. It holds
no Qt and opens no file; the repository hands it a connection.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from sco_desktop.core.data.schema import SEARCH_GRAMS, SEARCH_POSTINGS, SEARCH_WORDS

WORD = re.compile(r"\w+")
"""A word of the data or of a query; a query word never spans two words of the data."""
MIN_FUZZY_CHARS = 4
"""Shorter words are not matched as near misses: too many words are close to them."""
FUZZY_CUTOFF = 0.8
"""difflib's similarity a name word needs to count as a near miss of a query word."""
FUZZY_PER_WORD = 5
"""Closest name words taken per query word."""


def words(text: str | None) -> list[str]:
    """The case-folded words of a text, in order."""
    return WORD.findall(text.casefold()) if text else []


def grams(word: str) -> set[str]:
    """The two-character pieces of a word (a one-character word is its own piece)."""
    return {word[i : i + 2] for i in range(len(word) - 1)} or {word}


# -- build time ---------------------------------------------------------------------------------


def write(conn: sqlite3.Connection, entities: Iterable[tuple[int, Iterable[str], Iterable[str]]]):
    """Fills the three tables from (entities rowid, name texts, other texts) of each entity."""
    vocabulary: dict[str, int] = {}
    named: set[int] = set()
    postings: dict[tuple[int, int], bool] = {}
    for rowid, names, others in entities:
        for in_name, texts in ((True, names), (False, others)):
            for text in texts:
                for word in words(text):
                    word_id = vocabulary.setdefault(word, len(vocabulary) + 1)
                    key = (word_id, rowid)
                    postings[key] = postings.get(key, False) or in_name
                    if in_name:
                        named.add(word_id)
    conn.execute(
        f"create table {SEARCH_WORDS} (id integer primary key, word text not null unique,"
        " in_name integer not null)"
    )
    conn.execute(
        f"create table {SEARCH_GRAMS} (gram text not null, word integer not null"
        f" references {SEARCH_WORDS}(id), primary key (gram, word)) without rowid"
    )
    conn.execute(
        f"create table {SEARCH_POSTINGS} (word integer not null references {SEARCH_WORDS}(id),"
        " entity integer not null, in_name integer not null,"
        " primary key (word, entity)) without rowid"
    )
    conn.executemany(
        f"insert into {SEARCH_WORDS} values (?, ?, ?)",
        ((word_id, word, word_id in named) for word, word_id in vocabulary.items()),
    )
    conn.executemany(
        f"insert into {SEARCH_GRAMS} values (?, ?)",
        ((gram, word_id) for word, word_id in vocabulary.items() for gram in grams(word)),
    )
    conn.executemany(
        f"insert into {SEARCH_POSTINGS} values (?, ?, ?)",
        ((word_id, rowid, in_name) for (word_id, rowid), in_name in postings.items()),
    )
    # Postings are read by entity too (is this entity named by the word?).
    conn.execute(f"create index {SEARCH_POSTINGS}_entity on {SEARCH_POSTINGS}(entity)")


# -- query time ---------------------------------------------------------------------------------


def containing(conn: sqlite3.Connection, term: str) -> list[int]:
    """Ids of the vocabulary words that contain `term` (case-folded) anywhere."""
    pieces = sorted(grams(term))
    if len(term) < 2:
        # One character has no two-character piece: look through the vocabulary itself.
        rows = conn.execute(f"select id from {SEARCH_WORDS} where instr(word, ?) > 0", (term,))
        return [row[0] for row in rows]
    marks = ", ".join("?" * len(pieces))
    rows = conn.execute(
        f"select w.id from {SEARCH_WORDS} w where w.id in (select word from {SEARCH_GRAMS}"
        f" where gram in ({marks}) group by word having count(*) = ?) and instr(w.word, ?) > 0",
        (*pieces, len(pieces), term),
    )
    return [row[0] for row in rows]


def near_misses(conn: sqlite3.Connection, term: str) -> list[int]:
    """Ids of the name words closest to a misspelt `term` (case-folded); [] if it is short."""
    if len(term) < MIN_FUZZY_CHARS:
        return []
    pieces = sorted(grams(term))
    marks = ", ".join("?" * len(pieces))
    # A word as similar as FUZZY_CUTOFF shares well over half of its pieces with the term.
    candidates = dict(
        conn.execute(
            f"select w.word, w.id from {SEARCH_WORDS} w where w.in_name and w.id in"
            f" (select word from {SEARCH_GRAMS} where gram in ({marks})"
            " group by word having count(*) * 2 >= ?)",
            (*pieces, len(pieces)),
        ).fetchall()
    )
    import difflib  # here: a search that finds its words never needs it (every command loads us)

    close = difflib.get_close_matches(term, candidates, n=FUZZY_PER_WORD, cutoff=FUZZY_CUTOFF)
    return [candidates[word] for word in close]

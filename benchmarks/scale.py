"""Copies of the whole reference database at N times the rows, for the benchmarks.

Every table is repeated N times. Copy k > 1 gives every id a suffix (`-xk`, upper case for
upper-case ids such as state codes) and rewrites every reference to the copy's ids, so each copy
is a whole, consistent second world; names stay as they are, so searching finds N of each. The
derived tables (entities, the full-text index, the search vocabulary) and the indexes are then
rebuilt by build-db's own code, and a manifest is written so `sco-desktop verify` accepts the
file. Benchmarks only: the application never reads these files unless given one with --db.

    python benchmarks/scale.py 100 build/benchmarks/sco-x100.db
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import sqlite_utils

from sco_desktop.core.data.build import write_derived
from sco_desktop.core.data.schema import SEARCH_GRAMS, SEARCH_POSTINGS, SEARCH_WORDS, TABLES
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.atomic import write_text_atomically

CACHE = Path(__file__).resolve().parent.parent / "build" / "benchmarks"
"""Where scaled copies are kept between runs (build/ is not part of the repository)."""


def _suffixed(value, copy: int):
    if value is None or copy == 1:
        return value
    suffix = f"-x{copy}"
    return f"{value}{suffix.upper() if str(value).isupper() else suffix}"


def _id_columns(table) -> set[str]:
    """Columns holding an id: a single-column key, and every reference."""
    keys = set(table.pk) if len(table.pk) == 1 else set()
    return keys | {column.name for column in table.columns if column.references}


def scale(factor: int, out: Path, source: Path | None = None) -> Path:
    """Writes a copy of `source` (default: the bundled database) with `factor` times the rows."""
    source = source or locations.bundled_database()
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".tmp")
    shutil.copyfile(source, temporary)
    db = sqlite_utils.Database(temporary)
    try:
        for table in TABLES:
            rows = list(db[table.name].rows)
            ids = _id_columns(table)
            db[table.name].insert_all(
                (
                    {name: _suffixed(v, copy) if name in ids else v for name, v in row.items()}
                    for copy in range(2, factor + 1)
                    for row in rows
                ),
                batch_size=2000,
            )
        db["entities"].disable_fts()
        for name in ("entities", SEARCH_POSTINGS, SEARCH_GRAMS, SEARCH_WORDS):
            db[name].drop()
        write_derived(db)
        db.conn.commit()
        db.vacuum()
    finally:
        db.close()
    digest = hashlib.sha256(temporary.read_bytes()).hexdigest()
    temporary.replace(out)
    write_text_atomically(locations.manifest_for(out), f"{digest}  {out.name}\n")
    return out


def scaled_copy(factor: int) -> Path:
    """The bundled database at `factor` times the rows, made again when the bundled one changed."""
    source = locations.bundled_database()
    if factor == 1:
        return source
    out = CACHE / f"sco-x{factor}.db"
    if not out.exists() or out.stat().st_mtime < source.stat().st_mtime:
        scale(factor, out, source)
    return out


if __name__ == "__main__":
    factor, target = int(sys.argv[1]), Path(sys.argv[2])
    print(scale(factor, target))

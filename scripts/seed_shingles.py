"""Writes the hashed word 8-grams of the seed texts, for the own-words test.

Usage: python scripts/seed_shingles.py SEED_FOLDER > tests/data/seed_8grams.txt

Only hashes are kept, so the repository carries no text of the seeds; the test
(tests/core/test_own_words.py) hashes the data's summaries and notes the same way.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

RUN = 8
"""Words in a row that count as copying."""
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """The hashes of every run of RUN words in `text`, case and punctuation ignored."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return {
        hashlib.sha256(" ".join(words[i : i + RUN]).encode()).hexdigest()[:16]
        for i in range(len(words) - RUN + 1)
    }


def main(folder: str) -> None:
    found: set[str] = set()
    for path in sorted(Path(folder).glob("*.txt")):
        if path.name.lower() != "readme.txt":
            found |= shingles(path.read_text(encoding="utf-8"))
    sys.stdout.write("".join(f"{h}\n" for h in sorted(found)))


if __name__ == "__main__":
    main(sys.argv[1])

"""Cuts the bundled font down to the characters the data and the interface use; maintainer tool.

Run after the data gains new Chinese or Cyrillic characters (a test says when):
    python scripts/subset_font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
It needs fontTools and the Noto Sans CJK collection (Debian: fonts-noto-cjk); the application
itself only reads the result, resources/fonts/NotoSansSC-SCO-subset.otf.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts" / "NotoSansSC-SCO-subset.otf"
SIMPLIFIED_CHINESE = "Noto Sans CJK SC"
# Latin, Latin-1, general punctuation and the whole Cyrillic block, whatever the data holds today.
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x400, 0x4FF), (0x2010, 0x2027), (0x3000, 0x3011)]


def characters() -> str:
    text = set()
    for path in [*(ROOT / "data").glob("*.csv"), *(ROOT / "sco_desktop").rglob("*.py")]:
        text |= set(path.read_text(encoding="utf-8"))
    for first, last in RANGES:
        text |= {chr(code) for code in range(first, last + 1)}
    return "".join(sorted(c for c in text if c.isprintable()))


def main(collection: str) -> None:
    fonts = TTCollection(collection).fonts
    index = next(i for i, f in enumerate(fonts) if f["name"].getDebugName(1) == SIMPLIFIED_CHINESE)
    options = subset.Options()
    options.font_number = index
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = subset.load_font(collection, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters())
    subsetter.subset(font)
    font.save(OUT)
    print(f"{OUT.name}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])

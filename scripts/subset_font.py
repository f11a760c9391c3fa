"""Cuts the bundled fonts down to the characters the data and the interface use; maintainer tool.

Run after the data or the translations (resources/i18n/*.ts) gain new characters (a test says
when):
    python scripts/subset_font.py FONT_FOLDER...
with the folders holding NotoSans-Regular.ttf and NotoSans-Bold.ttf (Debian: fonts-noto-core)
and NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc (Debian: fonts-noto-cjk). It needs
fontTools; the application only reads the results in resources/fonts/.

Latin, Cyrillic and digits come from Noto Sans; Chinese characters, and the few symbols Noto
Sans lacks (the arrows → ↔ of trade flows), come from Noto Sans CJK SC, whose digits do not map
back to text in Qt's PDF output.

The subsets carry their own family names ("... SCO subset"): with the same name as an installed
Noto font, Qt took the system's full font for some text, whose character map also lists the CJK
radicals, and the PDF text layer then gave "⻨纳⻨" for 麦纳麦.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
SIMPLIFIED_CHINESE = "Noto Sans CJK SC"
LATIN_RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x400, 0x4FF), (0x2010, 0x2044), (0x20AC, 0x20AC)]
SUBSET_SUFFIX = "SCO subset"
FONTS = {  # output: (source file, collection member or None, which characters)
    "NotoSans-SCO-Regular.ttf": ("NotoSans-Regular.ttf", None, "latin"),
    "NotoSans-SCO-Bold.ttf": ("NotoSans-Bold.ttf", None, "latin"),
    "NotoSansSC-SCO-Regular.otf": ("NotoSansCJK-Regular.ttc", SIMPLIFIED_CHINESE, "cjk"),
    "NotoSansSC-SCO-Bold.otf": ("NotoSansCJK-Bold.ttc", SIMPLIFIED_CHINESE, "cjk"),
}


def used_characters() -> set[str]:
    text: set[str] = set()
    sources = [
        *(ROOT / "data").glob("*.csv"),
        *(ROOT / "sco_desktop").rglob("*.py"),
        *(ROOT / "sco_desktop").rglob("*.html"),
        *(ROOT / "resources" / "i18n").glob("*.ts"),
    ]
    for path in sources:
        text |= set(path.read_text(encoding="utf-8"))
    return {c for c in text if c.isprintable()}


def is_cjk(character: str) -> bool:
    return unicodedata.name(character, "").startswith(("CJK", "FULLWIDTH", "IDEOGRAPHIC"))


def characters(which: str, latin: set[int]) -> str:
    """The characters of one subset; `latin` is what the Latin font can draw."""
    used = used_characters()
    if which == "cjk":
        return "".join(sorted(c for c in used if is_cjk(c) or ord(c) not in latin))
    chosen = {c for c in used if not is_cjk(c)}
    for first, last in LATIN_RANGES:
        chosen |= {chr(code) for code in range(first, last + 1)}
    return "".join(sorted(chosen))


def find(folders: list[Path], name: str) -> Path:
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"{name} is in none of {', '.join(map(str, folders))}")


def rename(font) -> None:
    """Gives the subset a family name of its own, so no installed font can stand in for it."""
    names = font["name"]
    family = names.getDebugName(16) or names.getDebugName(1)
    style = names.getDebugName(17) or names.getDebugName(2)
    new_family = f"{family} {SUBSET_SUFFIX}"
    postscript = f"{new_family}-{style}".replace(" ", "")
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(
                new_family, record.nameID, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID == 4:
            names.setName(
                f"{new_family} {style}", 4, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID == 6:
            names.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [postscript]


def main(folders: list[Path]) -> None:
    latin = set(TTFont(str(find(folders, FONTS["NotoSans-SCO-Regular.ttf"][0]))).getBestCmap())
    for out_name, (source_name, member, which) in FONTS.items():
        source = find(folders, source_name)
        options = subset.Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.layout_features = ["*"]
        # No TrueType hinting programs: Qt's PDF writer loads every glyph it embeds with them
        # run at a size of its own, again for each file, which was half the time of finishing
        # a one-sheet PDF; PDF viewers and Qt on screen hint the outlines themselves.
        options.hinting = which == "cjk"
        if member is not None:
            fonts = TTCollection(str(source)).fonts
            options.font_number = next(
                i for i, f in enumerate(fonts) if f["name"].getDebugName(1) == member
            )
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=characters(which, latin))
        subsetter.subset(font)
        rename(font)
        font.save(OUT / out_name)
        print(f"{out_name}: {(OUT / out_name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])

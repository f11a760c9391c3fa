"""Brings the translation sources (resources/i18n/*.ts) up to date with the code, and compiles
them into the `.qm` files the application loads; maintainer tool.

    python scripts/update_translations.py          # after changing words in the code
    python scripts/update_translations.py --check  # exit 1 if a .ts or .qm is out of date

`pyside6-lupdate` reads the words marked in Python (`tr()`, `translate()`,
`QT_TRANSLATE_NOOP()`); the templates' `tr("...")` calls are written into a temporary Python
file of `QT_TRANSLATE_NOOP("Templates", ...)` markers first, so lupdate reads those too.
Translators then fill in the `.ts` files (Qt Linguist, or any editor); `pyside6-lrelease`
compiles them. The `.qm` files are committed, so a checkout and a wheel need no Qt tools.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sco_desktop"
TEMPLATES = PACKAGE / "core" / "present" / "templates"
FOLDER = ROOT / "resources" / "i18n"
LOCALES = ("ru", "zh_CN")
TEMPLATES_CONTEXT = "Templates"
TEMPLATE_CALL = re.compile(r"""\btr\(\s*"((?:[^"\\]|\\.)*)\"""")


def template_words() -> list[str]:
    """Every literal the templates pass to `tr`, in the order first met."""
    words: dict[str, None] = {}
    for template in sorted(TEMPLATES.glob("*.html")):
        for match in TEMPLATE_CALL.finditer(template.read_text(encoding="utf-8")):
            words[match[1].replace('\\"', '"')] = None
    return list(words)


def tool(name: str) -> str:
    """A Qt tool from the environment running this script, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def update(folder: Path) -> list[Path]:
    """Writes (or updates) the .ts files in `folder` from the code; returns them."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        markers = Path(scratch) / "templates_words.py"
        markers.write_text(
            "".join(
                f"QT_TRANSLATE_NOOP({TEMPLATES_CONTEXT!r}, {word!r})\n" for word in template_words()
            ),
            encoding="utf-8",
        )
        sources = [*sorted(str(p) for p in PACKAGE.rglob("*.py")), str(markers)]
        files = [folder / f"sco_desktop_{locale}.ts" for locale in LOCALES]
        for ts, locale in zip(files, LOCALES, strict=True):
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *sources,
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    locale,
                    "-ts",
                    str(ts),
                ],
                check=True,
                capture_output=True,
            )
    return files


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether all is current")
    args = parser.parse_args()
    if not args.check:
        for ts in update(FOLDER):
            release(ts, ts.with_suffix(".qm"))
        return 0
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for ts in FOLDER.glob("*.ts"):
            shutil.copy(ts, copy / ts.name)
        for ts in update(copy):
            if ts.read_bytes() != (FOLDER / ts.name).read_bytes():
                stale.append(ts.name)
            compiled = ts.with_suffix(".qm")
            release(FOLDER / ts.name, compiled)
            if compiled.read_bytes() != (FOLDER / compiled.name).read_bytes():
                stale.append(compiled.name)
    for name in stale:
        print(f"{name} is out of date: run python scripts/update_translations.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

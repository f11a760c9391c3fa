"""Compiles the pane and sheet templates into Python modules inside the package, so a start
does not compile them (sco_desktop/core/present/compiled/); maintainer tool.

    python scripts/compile_templates.py          # after changing a template or upgrading Jinja
    python scripts/compile_templates.py --check  # exit 1 if the compiled modules are out of date

The modules are committed, like the compiled translations, so a checkout and a wheel carry them.
A template edited without running this is compiled at run time from its source, as before.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import jinja2

from sco_desktop.core.present import compiled
from sco_desktop.core.present.html import template_environment

TARGET = Path(compiled.__file__).parent
MANIFEST = "_manifest.py"
KEPT = {"__init__.py"}
"""The package's own module, which this does not write."""


def write(target: Path) -> None:
    """The compiled modules and their manifest, into `target`."""
    environment = template_environment()
    environment.compile_templates(target, zip=None, ignore_errors=False)
    sources = {
        name: compiled.digest(environment.loader.get_source(environment, name)[0])
        for name in environment.list_templates()
    }
    lines = [
        '"""Written by scripts/compile_templates.py: what the templates were compiled from."""',
        "",
        f"JINJA_VERSION = {json.dumps(jinja2.__version__)}",
        "SOURCES = {",
        *(
            f"    {json.dumps(name)}: {json.dumps(digest)},"
            for name, digest in sorted(sources.items())
        ),
        "}",
        "",
    ]
    (target / MANIFEST).write_text("\n".join(lines), encoding="utf-8")


def generated(folder: Path) -> dict[str, str]:
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in folder.glob("*.py")
        if path.name not in KEPT
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether they are current")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        write(fresh)
        wanted = generated(fresh)
    if args.check:
        if generated(TARGET) != wanted:
            print("The compiled templates are out of date: python scripts/compile_templates.py")
            return 1
        return 0
    for name in set(generated(TARGET)) - set(wanted):
        (TARGET / name).unlink()
    for name, text in wanted.items():
        (TARGET / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The layers hold: the import contract in pyproject.toml, and what each layer loads at run time."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def loads(modules: str, forbidden: str) -> bool:
    """Whether importing `modules` in a fresh interpreter loads any module named in `forbidden`."""
    code = (
        f"import sys, {modules}; "
        f"sys.exit(any(m.split('.')[0] in {forbidden!r}.split() or m in {forbidden!r}.split()"
        " for m in sys.modules))"
    )
    return subprocess.run([sys.executable, "-c", code], timeout=60).returncode != 0


def test_the_import_contract_holds():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports"))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_core_and_the_command_line_load_no_qt():
    assert not loads("sco_desktop.core.present.html, sco_desktop.cli", "PySide6")


def test_output_draws_without_widgets():
    assert not loads("sco_desktop.output.sheets, sco_desktop.output.sparkline", "PySide6.QtWidgets")


def test_only_the_app_module_sits_beside_the_layers():
    top = {p.name for p in (ROOT / "sco_desktop").iterdir() if p.suffix == ".py"}
    assert top == {"__init__.py", "__main__.py", "app.py"}


def test_code_is_linted_and_formatted():
    for command in (["check", "--quiet", "."], ["format", "--check", "--quiet", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command], cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr

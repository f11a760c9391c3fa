"""The import rules between layers hold."""

import subprocess
import sys


def test_data_layer_and_cli_import_no_qt():
    code = (
        "import sys, sco_desktop.db.repository, sco_desktop.db.notes_store, sco_desktop.cli,"
        " sco_desktop.build_db, sco_desktop.dossier, sco_desktop.render_html; "
        "sys.exit(any(m.startswith('PySide6') or m.startswith('pyqtgraph') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_no_sql_outside_the_data_layer():
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "sco_desktop"
    offenders = [
        path.name
        for path in package.rglob("*.py")
        if path.parent.name != "db"
        and path.name != "build_db.py"
        and ("execute(" in path.read_text() or "sqlite3.connect" in path.read_text())
    ]
    assert offenders == []


def test_code_is_linted_and_formatted():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for command in (["check", "--quiet", "."], ["format", "--check", "--quiet", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command], cwd=root, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr

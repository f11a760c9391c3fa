"""The application starts, shows its window and exits; a bad database gives a message."""

from conftest import run_cli

from sco_desktop.app import build_main_window


def test_exit_after_startup_returns_zero():
    result = run_cli("--exit-after-startup", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_window_shows_the_data_date(qtbot):
    window = build_main_window()
    qtbot.addWidget(window)
    window.show()
    assert "Data as of 2025-09-01" in window.statusBar().currentMessage()


def test_missing_database_opens_with_a_message(qtbot, tmp_path):
    window = build_main_window(tmp_path / "missing.db")
    qtbot.addWidget(window)
    text = window.detail_view.toPlainText()
    assert "cannot be used" in text
    assert "does not exist" in text

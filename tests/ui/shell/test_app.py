"""The application starts, shows its window and exits; a bad database gives a message."""

from conftest import run_cli

from sco_desktop.app import build_main_window


def test_exit_after_startup_returns_zero():
    result = run_cli("--exit-after-startup", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_window_shows_the_data_date(qtbot, settings):
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert "Data as of 2025-11-18" in window.data_label.text()


def test_no_display_is_one_line_not_a_crash():
    result = run_cli(env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert result.stderr.count("\n") == 1


def test_missing_database_opens_with_a_message(qtbot, tmp_path, settings):
    window = build_main_window(tmp_path / "missing.db", settings=settings)
    qtbot.addWidget(window)
    text = window.detail_view.toPlainText()
    assert "cannot be used" in text
    assert "does not exist" in text

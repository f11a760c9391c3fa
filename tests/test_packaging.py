"""The wheel carries the database and resources, and the installed package finds them."""

import os
import subprocess
import sys
import zipfile

import pytest
from conftest import PROJECT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(PROJECT),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    return next(out.glob("sco_desktop-*.whl"))


def test_wheel_contains_the_database_and_its_manifest(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "sco_desktop/bundled_data/sco.db" in names
    assert "sco_desktop/bundled_data/sco.db.sha256" in names
    assert "sco_desktop/bundled_data/states.csv" in names
    assert "sco_desktop/bundled_data/map.json" in names
    assert "sco_desktop/bundled_resources/fonts/NotoSansSC-SCO-Regular.otf" in names
    assert "sco_desktop/bundled_resources/fonts/NotoSans-SCO-Bold.ttf" in names
    assert "sco_desktop/bundled_resources/fonts/OFL.txt" in names
    assert "sco_desktop/bundled_resources/styles/detail.css" in names
    assert "sco_desktop/bundled_resources/keys/sco-desktop.pub" in names
    assert "sco_desktop/bundled_resources/i18n/sco_desktop_ru.qm" in names
    assert "sco_desktop/bundled_resources/i18n/sco_desktop_zh_CN.qm" in names
    assert not [name for name in names if name.endswith(".key")]
    assert "sco_desktop/ui/navigation/detail_pane.py" in names
    templates = PROJECT / "sco_desktop" / "core" / "present" / "templates"
    for template in templates.glob("*.html"):
        assert f"sco_desktop/core/present/templates/{template.name}" in names


def test_installed_package_finds_and_verifies_its_database(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "sco_desktop", "verify"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert str(target / "sco_desktop" / "bundled_data" / "sco.db") in result.stdout


def test_installed_package_finds_its_resources(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "from sco_desktop.core.infra import locations; from sco_desktop.output import fonts;"
        "print((locations.resources_folder() / 'fonts' / fonts.BUNDLED_FONTS[0]).is_file(),"
        " (locations.resources_folder() / 'styles' / 'detail.css').is_file(),"
        f" str(locations.resources_folder()).startswith({str(target)!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(target)},
        cwd=tmp_path,
        timeout=120,
    )
    assert result.stdout.split() == ["True", "True", "True"], result.stderr


def test_installed_package_loads_its_translations(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from sco_desktop.output import translation;"
        "print(translation.language('ru').translate('MainWindow', '&File'),"
        " translation.language('zh').translate('MainWindow', '&File'),"
        " str(translation.translation_file('ru')).startswith("
        f"{str(target)!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(target), "PYTHONIOENCODING": "utf-8"},
        cwd=tmp_path,
        timeout=120,
    )
    assert result.stdout.split() == ["&Файл", "文件(&F)", "True"], result.stderr

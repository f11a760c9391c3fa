"""The translation files hold every word of the code, each translated, and are compiled."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import PROJECT

from sco_desktop.core.domain.language import LANGUAGES, QT_LOCALES, language_code
from sco_desktop.output.translation import translation_file

TRANSLATED = [code for code in LANGUAGES if code != "en"]
SCRIPT = PROJECT / "scripts" / "update_translations.py"
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def messages(path):
    """(context, source, translation element) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def run_update(folder):
    """The maintainer's script, writing the .ts files from the code into `folder`."""
    code = (
        "import sys, pathlib; sys.path.insert(0, sys.argv[1]);"
        " import update_translations as u; u.update(pathlib.Path(sys.argv[2]))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(SCRIPT.parent), str(folder)], check=True, timeout=300
    )


@pytest.fixture(scope="module")
def from_the_code(tmp_path_factory):
    """The .ts files as lupdate makes them from today's code, beside copies of the committed."""
    folder = tmp_path_factory.mktemp("ts")
    for code in TRANSLATED:
        shutil.copy(translation_file(code, ".ts"), folder)
    run_update(folder)
    return folder


@pytest.mark.parametrize("code", TRANSLATED)
def test_translation_file_has_every_word_of_the_code(from_the_code, code):
    committed = {(c, s) for c, s, _ in messages(translation_file(code, ".ts"))}
    wanted = {(c, s) for c, s, _ in messages(from_the_code / translation_file(code, ".ts").name)}
    assert sorted(wanted - committed) == [], "run python scripts/update_translations.py"
    assert sorted(committed - wanted) == [], "words no longer in the code: run the script"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_word_is_translated_with_its_placeholders(code):
    problems = []
    for context, source, translation in messages(translation_file(code, ".ts")):
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append((context, source, "unfinished"))
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append((context, source, text))
        elif re.search(r"&\w", source) and "&" not in text:
            problems.append((context, source, "no keyboard accelerator"))
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_translation_is_that_of_its_source(tmp_path, code):
    lrelease = shutil.which("pyside6-lrelease", path=str(PROJECT / ".venv" / "bin"))
    lrelease = lrelease or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, "-silent", str(translation_file(code, ".ts")), "-qm", str(compiled)],
        check=True,
        timeout=120,
    )
    assert compiled.read_bytes() == translation_file(code).read_bytes(), (
        "run python scripts/update_translations.py"
    )


def test_the_check_notices_a_word_missing_from_a_translation(tmp_path):
    """Against a .ts lacking one word, the update brings the word back as unfinished."""
    name = translation_file("ru", ".ts").name
    text = translation_file("ru", ".ts").read_text(encoding="utf-8")
    cut = re.sub(r"<message>\s*<source>&amp;Quit</source>.*?</message>", "", text, flags=re.S)
    assert cut != text
    (tmp_path / name).write_text(cut, encoding="utf-8")
    run_update(tmp_path)
    back = [m for m in messages(tmp_path / name) if m[1] == "&Quit"]
    assert [(c, t.get("type")) for c, _s, t in back] == [("MainWindow", "unfinished")]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ru_RU", "ru"),
        ("ru", "ru"),
        ("zh_CN", "zh"),
        ("zh-Hans", "zh"),
        ("zh_TW", "zh"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_interface_language_follows_the_locale_when_it_is_one_of_ours(locale, expected):
    assert language_code(locale) == expected


def test_each_language_has_its_qt_locale():
    assert set(QT_LOCALES) == set(LANGUAGES)

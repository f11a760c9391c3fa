"""The templates compiled into the package: current, used, and never trusted blindly."""

import subprocess
import sys
from pathlib import Path

import pytest

from sco_desktop.core.present import compiled
from sco_desktop.core.present.dossier import gather
from sco_desktop.core.present.html import render, template_environment

PROJECT = Path(__file__).resolve().parents[2]


def test_the_compiled_templates_are_those_of_the_sources():
    check = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "compile_templates.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.fixture
def not_compiling(monkeypatch):
    """An environment that fails if asked to compile a template now."""
    environment = template_environment()

    def compile_now(*args, **kwargs):
        raise AssertionError(f"compiled at run time: {args[1:2]}")

    monkeypatch.setattr(environment, "compile", compile_now)
    return environment


def test_every_template_comes_compiled_with_the_package(not_compiling):
    for name in not_compiling.list_templates():
        assert not_compiling.get_template(name).name == name


def test_a_compiled_template_renders_as_one_compiled_now(repo, monkeypatch):
    dossier = gather(repo, "state", "KAZ")
    sources = {s.id: s for s in repo.sources()}
    from_package = render(dossier, sources)
    monkeypatch.setattr(compiled, "namespace_for", lambda *args, **kwargs: None)
    monkeypatch.setattr("sco_desktop.core.present.html._TEMPLATES", template_environment())
    assert render(dossier, sources) == from_package


def test_each_environment_runs_a_compiled_template_on_its_own():
    # Jinja stores the environment in the module's globals: shared, the second would win.
    first, second = template_environment(), template_environment()
    template = first.get_template("state.html")
    second.get_template("state.html")
    assert template.root_render_func.__globals__["environment"] is first


def test_a_template_edited_after_compiling_is_compiled_from_its_source():
    environment = template_environment()
    name = "page.html"
    source = environment.loader.get_source(environment, name)[0]
    assert compiled.namespace_for(name, source) is not None
    assert compiled.namespace_for(name, source + " ") is None
    assert compiled.namespace_for("new.html", "{{ 1 }}") is None


def test_a_damaged_compiled_module_is_compiled_from_its_source(tmp_path, monkeypatch):
    environment = template_environment()
    name = "page.html"
    source = environment.loader.get_source(environment, name)[0]
    package = tmp_path / "damaged_templates"
    package.mkdir()
    (package / "__init__.py").write_text("")
    module = package / f"{compiled.module_name(name)}.py"
    monkeypatch.syspath_prepend(str(tmp_path))
    for damage in ("def root(:\n", "\x00\x01", "root = 42\n"):
        module.write_text(damage)
        assert compiled.namespace_for(name, source, package="damaged_templates") is None
    module.write_bytes(b"\xff\xfe not text")
    assert compiled.namespace_for(name, source, package="damaged_templates") is None

"""The templates compiled when the package was made, so a start does not compile them.

Jinja turns each template into Python the first time it is rendered: some 40 ms at every start
for the overview's three. `scripts/compile_templates.py` writes that Python here, one module per
template (`tmpl_<sha1 of the name>.py`, Jinja's own naming), and in `_manifest.py` the SHA-256
of each template's source and the Jinja version it was compiled by. The modules are part of the
package like any other, installed and byte-compiled with it: no cache is written or read at run
time, so nothing outside the package can put code here.

What it must not do: use a module that was not compiled from the very source the package
holds now, by the Jinja now installed (a template edited after compiling, another Jinja), or
fail where compiling would succeed. `namespace_for` then answers None and the template is compiled
from its source, as without this package.
"""

from __future__ import annotations

import hashlib
import importlib.util

import jinja2
from jinja2.loaders import ModuleLoader

from sco_desktop.core.present.compiled._manifest import JINJA_VERSION, SOURCES


def digest(source: str) -> str:
    """What the manifest records of a template's source."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def module_name(template: str) -> str:
    """The module a template is compiled into, as Jinja's ModuleLoader names it."""
    return ModuleLoader.get_template_key(template)


def namespace_for(template: str, source: str, package: str = __name__) -> dict | None:
    """The compiled module of `template`, run into a namespace of its own (Jinja stores the
    environment in it, so two environments must not share one), if it was compiled from
    `source` by this Jinja; else None."""
    if jinja2.__version__ != JINJA_VERSION or SOURCES.get(template) != digest(source):
        return None
    try:
        spec = importlib.util.find_spec(f"{package}.{module_name(template)}")
        if spec is None or spec.loader is None or spec.origin is None:
            return None
        code = spec.loader.get_code(spec.name)  # the installed bytecode, as an import reads it
        namespace = {"__name__": spec.name, "__file__": spec.origin}
        exec(code, namespace)
    except (ImportError, SyntaxError, ValueError, OSError):
        return None  # missing or damaged in this installation: compile from the source
    return namespace if callable(namespace.get("root")) else None

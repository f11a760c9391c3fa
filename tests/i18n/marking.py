"""Finds the words a reader sees that are not marked for translation, by reading the code.

An AST scan of ui/ and output/: a string (plain, or an f-string with words in it) passed to a
Qt call that shows text, or given as a widget's text in its constructor, must be wrapped in
`tr()`, `translate()` or `QT_TRANSLATE_NOOP()`. Strings without a letter (" · ", "%", "…") and
the names of objects and settings are not words a reader reads.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SHOWING_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "showMessage",
    "addMenu",
    "addAction",
    "addItem",
    "addItems",
    "addTab",
    "setTabText",
    "addRow",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setDetailedText",
    "setCancelButtonText",
    "setButtonText",
    "addButton",
    "setNameFilter",
    "setNameFilters",
    "setWindowIconText",
    "setHtml",
    "getSaveFileName",
    "getExistingDirectory",
    "getOpenFileName",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "setEmptyText",
    "show_banner",
    "setToolTipText",
}
SHOWING_CLASSES = {
    "QAction",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QMessageBox",
    "QProgressDialog",
    "QCommandLinkButton",
    "ElidedLabel",
}
MARKING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_WORDS = re.compile(r"[^A-Za-z]*|[a-z][a-zA-Z]*[A-Z][a-zA-Z]*|[a-z_]+|[A-Za-z]:[^ ]*|#\w+")
"""Text with no letters; objectNames in camelCase and snake_case; link addresses."""


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _words(node: ast.AST) -> str | None:
    """The words of a string or f-string argument a reader would see; None when there are none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _words(node.left) or _words(node.right)
    else:
        return None
    stripped = text.strip()
    if not stripped or NOT_WORDS.fullmatch(stripped):
        return None
    return stripped


def unmarked(folder: Path, root: Path) -> list[str]:
    """`path:line: text` of every shown string not marked for translation under `folder`."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            if name not in SHOWING_CALLS and name not in SHOWING_CLASSES:
                continue
            arguments = [*node.args]
            arguments += [k.value for k in node.keywords if k.arg not in {"objectName"}]
            for argument in arguments:
                words = _words(argument)
                if words is not None:
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {words!r}")
    return found


def untranslatable_calls(folder: Path, root: Path) -> list[str]:
    """`tr()` and `translate()` calls whose text is not a literal (an f-string, a join): lupdate
    cannot extract them, and the filled-in text never matches a translation."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node) not in {"tr", "translate"}:
                continue
            text_position = 0 if _called(node) == "tr" else 1
            if len(node.args) <= text_position:
                continue
            text = node.args[text_position]
            made = isinstance(text, ast.JoinedStr) or (
                isinstance(text, ast.BinOp)
                and any(
                    isinstance(part, ast.Constant | ast.JoinedStr)
                    and isinstance(getattr(part, "value", ""), str)
                    for part in (text.left, text.right)
                )
            )
            if made:
                found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
TEMPLATE_NOT_WORDS = {"sco-desktop show", "--json"}
"""Text of the templates that is a command, printed as it is typed in any language."""


def unmarked_in_templates(folder: Path) -> list[str]:
    """`name: text` of each piece of template text with letters outside `{{ tr(...) }}`."""
    found = []
    for template in sorted(folder.glob("*.html")):
        text = _TAG.sub("\n", _JINJA.sub("\n", template.read_text(encoding="utf-8")))
        for piece in text.split("\n"):
            piece = piece.replace("&nbsp;", " ").strip(" ,;:.()[]·")
            if re.search(r"[A-Za-z]", piece) and piece not in TEMPLATE_NOT_WORDS:
                found.append(f"{template.name}: {piece!r}")
    return found

"""The interface languages and the Qt-free half of translating the words core prints.

Core cannot import Qt, yet the panes and sheets print words from core (kinds.py's labels,
wording.py's phrases, the templates' headings). So core marks those words and asks a `Language`
to translate them; the window and the command line build the Language around Qt's translator
(ui/common/language.py, output/translation.py). Untranslated, a Language gives the English.

Two ways of marking, both read by `pyside6-lupdate` into the `.ts` files:
- `QT_TRANSLATE_NOOP("Context", "text")` where a word is defined (a label in a table), which
  returns the English as it is; the translation happens where it is shown;
- `language.translate("Context", "text")` where a word is shown: two literal arguments, as
  lupdate reads no more; `{name}` fields are filled afterwards with `.format()`.
The templates call `tr("text", name=value)`, which scripts/update_translations.py extracts into
the "Templates" context.

It must not import Qt or anything of ours: kinds.py imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

LANGUAGES = ("en", "ru", "zh")
"""The interface languages, by the code the data's columns use (`name_ru`, `title_zh`)."""
ENGLISH = "en"
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh": "中文"}
"""Each language in its own words, as the Preferences and print dialogs offer it."""
QT_LOCALES = {"en": "en", "ru": "ru", "zh": "zh_CN"}
"""The Qt locale name of each language: the suffix of its `.ts` and `.qm` files."""
TEMPLATES_CONTEXT = "Templates"
"""The translation context of the words the HTML templates print."""

Translate = Callable[[str, str], str]
"""(context, English text) -> the text in a language; the English where none is known."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; returns it unchanged."""
    return text


def untranslated(_context: str, text: str) -> str:
    return text


def language_code(name: str | None) -> str:
    """The interface language of a locale or language name ("ru_RU", "zh-Hans", "en_GB"); English
    for any other."""
    prefix = (name or "").replace("-", "_").split("_")[0].casefold()
    return prefix if prefix in LANGUAGES else ENGLISH


@dataclass(frozen=True)
class Language:
    """A language to print in: its code and the translator of the words core prints."""

    code: str = ENGLISH
    translator: Translate = field(default=untranslated, compare=False)

    def translate(self, context: str, text: str) -> str:
        """`text` in this language (its `{name}` fields left for the caller to fill)."""
        return self.translator(context, text) or text

    def template_text(self, text: str, **values: object) -> str:
        """What a template's `tr(text, name=value)` prints: a word of the "Templates" context
        in this language, its `{name}` fields filled from `values`."""
        found = self.translate(TEMPLATES_CONTEXT, text)
        return found.format(**values) if values else found

    def name(self, english: str | None, russian: str | None, chinese: str | None) -> str:
        """A name or title in this language where the data has it, else the English."""
        return name_in(self.code, english, russian, chinese)


def name_in(code: str, english: str | None, russian: str | None, chinese: str | None) -> str:
    """A name or title in the language `code` where the data has it, else the English."""
    own = {"ru": russian, "zh": chinese}.get(code)
    return own or english or ""


IN_ENGLISH = Language()
"""English, untranslated: the command line's text and JSON, and the default of every renderer."""

"""Fact sheets: which entities have one, what each contains, and writing them as PDF files.

Builds sheets from dossiers and hands them to `printing`; used by the window and the
`factsheet` command alike. It needs a QGuiApplication (fonts, images) but shows no window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtGui import QImage

from sco_desktop.core.data import Repository
from sco_desktop.core.data.geography import GeographyError, load_geography
from sco_desktop.core.domain.kinds import OVERVIEW
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.domain.records import Source
from sco_desktop.core.infra import locations
from sco_desktop.core.present.atlas import Atlas
from sco_desktop.core.present.dossier import gather, gather_overview
from sco_desktop.core.present.html import render, render_overview
from sco_desktop.core.present.links import CHART_SCHEME, LOCATOR_SCHEME
from sco_desktop.output.map_picture import MapPicture
from sco_desktop.output.printing import PageSetup, Sheet, write_pdf
from sco_desktop.output.sheet_chart import trade_chart

OVERVIEW_NAMES = {"sco", "overview"}
SHEET_KINDS = ("state", "body", "summit", "document", "exercise")


def print_stylesheet() -> str:
    return (locations.resources_folder() / "styles" / "print.css").read_text(encoding="utf-8")


class SheetMaker:
    """Makes sheets for one repository, reusing what all sheets share."""

    def __init__(self, repo: Repository, notes=None, language: Language = IN_ENGLISH) -> None:
        """`notes` is a NotesStore whose notes go on each sheet, or None for no notes; the
        sheets are written in `language` (output/translation.py makes one)."""
        self.repo = repo
        self.language = language
        self.notes = notes
        self.sources: Mapping[str, Source] = repo.source_catalog()
        self._map: MapPicture | None = None

    def locator(self, state_id: str) -> QImage | None:
        """The small map pointing out a state; None if the map file cannot be read."""
        if self._map is None:
            try:
                self._map = MapPicture(Atlas(self.repo, load_geography()))
            except GeographyError:
                return None
        return self._map.locator(state_id)

    def targets(self) -> list[tuple[str, str]]:
        """Every entity with a sheet: overview, states, bodies, meetings, documents, exercises."""
        labels = self.repo.labels()
        found = [(kind, entity_id) for entity_id, (kind, _name) in labels.items()]
        order = {kind: position for position, kind in enumerate(SHEET_KINDS)}
        return [
            OVERVIEW,
            *sorted(
                (target for target in found if target[0] in order),
                key=lambda target: (order[target[0]], target[1]),
            ),
        ]

    def resolve(self, key: str) -> tuple[str, str] | None:
        """(kind, id) of a sheet target named by id or name; "sco" names the overview."""
        if key.strip().casefold() in OVERVIEW_NAMES:
            return OVERVIEW
        found = self.repo.resolve(key)
        return found if found and found[0] in SHEET_KINDS else None

    def sheet(self, kind: str, entity_id: str) -> Sheet:
        if (kind, entity_id) == OVERVIEW:
            overview = gather_overview(self.repo, language=self.language.code)
            html = render_overview(overview, self.sources, printable=True, language=self.language)
            title = self.language.translate("Templates", "Shanghai Cooperation Organisation")
            return Sheet(title, html, language=self.language)
        dossier = gather(self.repo, kind, entity_id, language=self.language.code)
        if dossier is None:
            raise KeyError(entity_id)
        images = {}
        if kind == "state" and (locator := self.locator(entity_id)) is not None:
            images[f"{LOCATOR_SCHEME}:{entity_id}"] = locator
        if kind == "state" and entity_id != "CHN":
            china = dossier.labels.get("CHN", ("", "China"))[1]
            chart = trade_chart(
                list(dossier.trade), dossier.title, self.repo.data_as_of, self.language, china
            )
            if chart is not None:
                images[f"{CHART_SCHEME}:{entity_id}"] = chart
        notes = tuple((n.text, n.origin) for n in self.notes.notes(entity_id)) if self.notes else ()
        return Sheet(
            dossier.title,
            render(dossier, self.sources, printable=True, notes=notes, language=self.language),
            images,
            self.language,
        )


def file_name(kind: str, entity_id: str) -> str:
    """The file a sheet is written to in a folder: kind and id, safe on every file system."""
    if (kind, entity_id) == OVERVIEW:
        return "sco-overview.pdf"
    return f"{kind}-{re.sub(r'[^A-Za-z0-9._-]', '_', entity_id)}.pdf"


def write_folder(
    maker: SheetMaker,
    targets: list[tuple[str, str]],
    folder: Path,
    setup: PageSetup,
    progress: Callable[[int, int, str], bool] | None = None,
) -> list[Path]:
    """One PDF per target in `folder`; `progress(done, total, title)` returning False cancels.

    Each file is written atomically, so a cancel or a failure leaves only whole sheets.
    """
    written: list[Path] = []
    for done, (kind, entity_id) in enumerate(targets):
        sheet = maker.sheet(kind, entity_id)
        if progress is not None and not progress(done, len(targets), sheet.title):
            break
        path = folder / file_name(kind, entity_id)
        write_pdf(path, [sheet], setup)
        written.append(path)
    if progress is not None:
        progress(len(written), len(targets), "")
    return written

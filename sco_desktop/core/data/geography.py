"""The map's boundaries and places, read from the bundled data/map.json; no Qt, no drawing.

The file is derived once from Natural Earth (and GeoNames for a few places) by
scripts/derive_map.py and ships with the application: nothing is fetched at run time. Its
coordinates are already projected, in whole kilometres from the frame's top-left corner with
y pointing down, so readers only scale them. A file that cannot be read or does not have the
expected shape raises GeographyError with one line naming it, never a traceback.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from sco_desktop.core.infra import locations


class GeographyError(Exception):
    """The map file is missing or damaged; the message names it."""


@dataclass(frozen=True, slots=True)
class Shape:
    id: str
    """ISO 3166-1 alpha-3 code where Natural Earth has one, else its name."""
    name: str
    rings: tuple[tuple[int, ...], ...]
    """Each ring as a flat x, y, x, y ... sequence in the frame's kilometres."""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    x: int
    y: int
    source: str


@dataclass(frozen=True, slots=True)
class Geography:
    width: int
    height: int
    shapes: tuple[Shape, ...]
    places: dict[str, Place]
    """By city name, as the cities table spells it."""
    boundaries_source: str
    places_sources: tuple[str, ...]
    boundaries_credit: str
    """The short form printed on the map."""
    places_credit: str

    def shape(self, shape_id: str) -> Shape | None:
        return next((shape for shape in self.shapes if shape.id == shape_id), None)


def load_geography(path: Path | None = None) -> Geography:
    """The map file at `path` (default: the bundled one), read once per path."""
    return _load(Path(path or locations.map_file()))


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> Geography:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GeographyError(f"cannot read the map file {path}: {error.strerror}") from None
    except ValueError as error:
        raise GeographyError(f"the map file {path} is damaged: {error}") from None
    try:
        width, height = (int(value) for value in document["frame"])
        shapes = tuple(
            Shape(
                str(shape["id"]),
                str(shape["name"]),
                tuple(tuple(int(value) for value in ring) for ring in shape["rings"]),
            )
            for shape in document["shapes"]
        )
        places = {
            str(place["name"]): Place(
                str(place["name"]), int(place["at"][0]), int(place["at"][1]), str(place["source"])
            )
            for place in document["places"]
        }
        sources = (str(document["boundaries_source"]), *map(str, document["places_sources"]))
        credits = (str(document["boundaries_credit"]), str(document["places_credit"]))
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise GeographyError(
            f"the map file {path} does not have the expected content ({error!r})"
        ) from None
    if width <= 0 or height <= 0 or any(len(ring) % 2 for s in shapes for ring in s.rings):
        raise GeographyError(f"the map file {path} does not have the expected content")
    return Geography(width, height, shapes, places, sources[0], sources[1:], *credits)

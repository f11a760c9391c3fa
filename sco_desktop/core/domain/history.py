"""Back and forward history of the entities shown; plain Python, no Qt, no I/O."""

from __future__ import annotations

Place = tuple[str, str]  # (kind, id)


class History:
    """A browser-style history: visiting a new place drops everything forward of the current one."""

    def __init__(self, limit: int = 500) -> None:
        self._places: list[Place] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._places else None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        del self._places[self._index + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def back(self) -> Place | None:
        if self.can_go_back():
            self._index -= 1
        return self.current

    def forward(self) -> Place | None:
        if self.can_go_forward():
            self._index += 1
        return self.current

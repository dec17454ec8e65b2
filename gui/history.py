"""Back/forward history of the cases viewed, like a web browser's (Alt+Left / Alt+Right)."""

from __future__ import annotations


class History:
    """Case ids in the order viewed, with a cursor; visiting after going back drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._pos = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._items[self._pos] if self._pos >= 0 else None

    def visit(self, case_id: str) -> None:
        if self.current == case_id:
            return
        del self._items[self._pos + 1:]
        self._items.append(case_id)
        if len(self._items) > self._limit:
            del self._items[0]
        self._pos = len(self._items) - 1

    def can_back(self) -> bool:
        return self._pos > 0

    def can_forward(self) -> bool:
        return self._pos < len(self._items) - 1

    def back(self) -> str | None:
        if not self.can_back():
            return None
        self._pos -= 1
        return self._items[self._pos]

    def forward(self) -> str | None:
        if not self.can_forward():
            return None
        self._pos += 1
        return self._items[self._pos]

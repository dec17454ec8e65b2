"""One case's lines during extraction: the text, the Point-bullet marks, and which field has claimed each line."""

from __future__ import annotations

from dataclasses import dataclass

from model.importer.pages import BLANK, FIELD, TRANSPARENT, Volume


@dataclass
class CaseLines:
    volume: Volume
    start: int
    end: int

    @property
    def texts(self) -> list[str]:
        return self.volume.texts

    @property
    def kinds(self) -> list[str | None]:
        return self.volume.kinds

    def indices(self) -> range:
        return range(self.start, self.end)

    def text(self, k: int) -> str:
        return self.volume.texts[k]

    def is_free(self, k: int) -> bool:
        return self.volume.kinds[k] is None

    def is_bullet(self, k: int) -> bool:
        return self.volume.bullets[k]

    def claim(self, k: int, kind: str = FIELD) -> None:
        self.volume.kinds[k] = kind

    def next_line(self, k: int, max_blanks: int = 2, skip_transparent: bool = False) -> int | None:
        """The next non-blank line after k within max_blanks blank lines (and past page furniture if asked)."""
        blanks = 0
        j = k + 1
        while j < self.end:
            kind = self.volume.kinds[j]
            if kind == BLANK:
                blanks += 1
                if blanks > max_blanks:
                    return None
            elif skip_transparent and kind in TRANSPARENT:
                pass
            else:
                return j
            j += 1
        return None

    def directly_next(self, k: int) -> int | None:
        """The line right after k when it is not blank."""
        j = k + 1
        if j < self.end and self.volume.kinds[j] != BLANK:
            return j
        return None

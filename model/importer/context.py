"""One case's lines during extraction: the text, the Point-bullet marks, and which field has claimed each line."""

from __future__ import annotations

from dataclasses import dataclass, field

from model.importer.pages import BLANK, FIELD, TRANSPARENT, Volume


@dataclass
class CaseLines:
    volume: Volume
    start: int
    end: int
    # The volume's lists themselves (claims change `kinds` in place), held here because every extractor reads them
    # line by line: a property each time cost a call per line and pass.
    texts: list[str] = field(init=False, repr=False)
    kinds: list[str | None] = field(init=False, repr=False)
    bullets: list[bool] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.texts = self.volume.texts
        self.kinds = self.volume.kinds
        self.bullets = self.volume.bullets

    def indices(self) -> range:
        return range(self.start, self.end)

    def starting(self, prefixes: str | tuple[str, ...]) -> list[int]:
        """The lines whose text starts with `prefixes`, in order, claimed or not: a pass that acts on such lines
        only walks these and checks `kinds[k]` as it gets to each (a line it claimed on the way is no longer free)."""
        texts = self.texts
        return [k for k in range(self.start, self.end) if texts[k].startswith(prefixes)]

    def text(self, k: int) -> str:
        return self.texts[k]

    def is_free(self, k: int) -> bool:
        return self.kinds[k] is None

    def is_bullet(self, k: int) -> bool:
        return self.bullets[k]

    def claim(self, k: int, kind: str = FIELD) -> None:
        self.kinds[k] = kind

    def next_line(self, k: int, max_blanks: int = 2, skip_transparent: bool = False) -> int | None:
        """The next non-blank line after k within max_blanks blank lines (and past page furniture if asked)."""
        kinds = self.kinds
        blanks = 0
        j = k + 1
        while j < self.end:
            kind = kinds[j]
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
        if j < self.end and self.kinds[j] != BLANK:
            return j
        return None

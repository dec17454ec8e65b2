"""What an import reports: per file (`VolumeImport`, with the edition diff), the volumes in the user's file
(`ImportedVolume`), and a cancelled import (`ImportCancelled`). Made by `model.library.Library`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from model.case import Numbered
from model.editions import EditionDiff
from model.i18n import translate


@dataclass(frozen=True)
class VolumeImport:
    """What importing one file did: its cases now in the library, their category, the importer's warnings, and
    what changed against the cases of that category the library showed before (`diff`; all added for a new
    volume)."""

    file: Path
    count: int
    category: Numbered
    warnings: list[str]
    diff: EditionDiff | None = None

    def describe(self) -> str:
        """The one line the window and the command line both show for it."""
        return translate("Library", "{file}: {count} 件を取り込みました（{number}．{name}）").format(
            file=self.file.name, count=self.count, number=self.category.number, name=self.category.name)

    def report_lines(self) -> list[str]:
        """The per-case edition report (新規, 更新, 掲載終了, counts); empty for a volume new to the library."""
        if self.diff is None:
            return []
        from model.editions import edition_report_lines

        return edition_report_lines(self.diff)


@dataclass(frozen=True)
class ImportedVolume:
    """A volume in the user's file: its category, how many cases, and whether it hides a shipped volume."""

    category: Numbered
    count: int
    replaces_shipped: bool
    edition: str | None
    file: str


class ImportCancelled(Exception):
    """The import was cancelled before anything was written."""


Progress = Callable[[int, int, int], None]

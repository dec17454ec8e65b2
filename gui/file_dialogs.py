"""Every file dialog of the app: the folder it starts in, the file type it implies, the language it speaks.

A dialog starts in the folder last used for its kind of file (`KINDS`: casebooks imported, exports, PDFs,
bookmark files), kept in the settings, else in the home folder (not the app's own folder, where Qt would start).
A save dialog's answer gets the suffix of the type it offers, so 「報告」 is saved as 報告.xlsx. Qt's own labels
(`Look in:`, `Files of type:`…) come from qtbase_ja, which gui/app.py installs for the Japanese UI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

IMPORT = "import"  # casebook volumes (PDF, text)
EXPORT = "export"  # spreadsheets and JSON: 書き出し, 比較, 会議資料
PDF = "pdf"  # printed summaries saved as PDF
BOOKMARKS = "bookmarks"  # reading lists (bookmarks, collections)
KINDS = (IMPORT, EXPORT, PDF, BOOKMARKS)
_KEY = "fileDialogs/{kind}"


def _settings() -> QSettings:
    from gui.app import open_settings  # the app's settings file (next to the user data when it is elsewhere)

    return open_settings()


def start_folder(kind: str) -> Path:
    """The folder a dialog for `kind` starts in: the last one used for it while it still exists, else home."""
    value = _settings().value(_KEY.format(kind=kind))
    if value:
        folder = Path(str(value))
        if folder.is_dir():
            return folder
    return Path.home()


def remember(kind: str, chosen: Path) -> None:
    """Keep the folder of `chosen` as the start of the next dialog for `kind`."""
    settings = _settings()
    settings.setValue(_KEY.format(kind=kind), str(chosen.parent))
    settings.sync()


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix` (case-insensitive), appended when the user typed another ending or none."""
    return path if not suffix or path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)


def save_file(parent: QWidget | None, kind: str, title: str, name: str, filter_text: str,
              suffix: str = "") -> Path | None:
    """Ask where to save a file of `kind`, suggesting `name` in the start folder; None when cancelled.

    The path returned ends in `suffix` (the default suffix of the type offered: the dialog's own setDefaultSuffix
    is not available through the platform's native dialog, so it is applied here, the same way on every platform).
    """
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / name), filter_text)
    if not chosen:
        return None
    remember(kind, Path(chosen))
    return with_suffix(Path(chosen), suffix)


def open_file(parent: QWidget | None, kind: str, title: str, filter_text: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), filter_text)
    if not chosen:
        return None
    remember(kind, Path(chosen))
    return Path(chosen)


def open_files(parent: QWidget | None, kind: str, title: str, filter_text: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(kind)), filter_text)
    chosen = [Path(n) for n in names if n]
    if chosen:
        remember(kind, chosen[0])
    return chosen

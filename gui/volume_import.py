"""Importing casebook volumes from the window: choose text files, add them to the user's library, say what happened.

The same library call as `main.py import` (`Library.import_files`, through the LibraryModel whose `changed` signal
refreshes the views): every file is parsed, then all are written in one transaction, so a bad file or a failed
write leaves the library as it was; errors are one line in a dialog, warnings are listed in the summary.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import file_dialogs
from gui.library_model import LibraryModel
from model.storage import StorageError

MAX_WARNINGS_SHOWN = 15


def choose_and_import(parent: QWidget, library: LibraryModel) -> bool:
    """Ask for volume files and import them; True when the library changed."""
    names = file_dialogs.open_files(
        parent, file_dialogs.IMPORT, QCoreApplication.translate("VolumeImport", "事例集を取り込む"),
        QCoreApplication.translate("VolumeImport", "事例集のPDF・テキスト (*.pdf *.txt);;すべてのファイル (*)"))
    return bool(names) and import_files(parent, library, names)


def import_files(parent: QWidget, library: LibraryModel, files: list[Path]) -> bool:
    """Import `files` into `library`, telling the user the outcome in a dialog; True when the library changed."""
    from model.importer import CasebookError  # start-up time: the importer loads on first use

    try:
        done = library.import_files(files)
    except (CasebookError, StorageError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("VolumeImport", "取り込めませんでした"), str(exc))
        return False
    lines: list[str] = []
    for volume in done:
        lines.append(volume.describe())
        shown = volume.warnings[:MAX_WARNINGS_SHOWN]
        lines += ["  ・" + w for w in shown]
        if len(volume.warnings) > len(shown):
            lines.append("  " + QCoreApplication.translate("VolumeImport", "ほか {n} 件の警告").format(
                n=len(volume.warnings) - len(shown)))
    QMessageBox.information(parent, QCoreApplication.translate("VolumeImport", "取り込みました"), "\n".join(lines))
    return True

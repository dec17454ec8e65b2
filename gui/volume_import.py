"""Importing casebook volumes from the window: choose text files, add them to the user's library, say what happened.

The same importer and library calls as `main.py import`: every file is parsed before anything is written, so one bad
file leaves the library as it was; errors are one line in a dialog, warnings are listed in the summary.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from model.library import Library
from model.storage import StorageError

MAX_WARNINGS_SHOWN = 15


def choose_and_import(parent: QWidget, library: Library) -> bool:
    """Ask for volume files and import them; True when the library changed."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("VolumeImport", "事例集を取り込む"), "",
        QCoreApplication.translate("VolumeImport", "事例集のテキスト (*.txt);;すべてのファイル (*)"))
    return bool(names) and import_files(parent, library, [Path(n) for n in names])


def import_files(parent: QWidget, library: Library, files: list[Path]) -> bool:
    """Import `files` into `library`, telling the user the outcome in a dialog; True when the library changed."""
    from model.importer import CasebookError, parse_volume, read_text

    lines: list[str] = []
    try:
        results = [(path, parse_volume(read_text(path), path.name)) for path in files]
        for path, result in results:
            if not result.cases:
                raise CasebookError(QCoreApplication.translate("VolumeImport", "事例が見つかりません: {file}").format(
                    file=path.name))
        for path, result in results:
            count = library.import_cases(result.cases)
            first = result.cases[0].category
            lines.append(QCoreApplication.translate(
                "VolumeImport", "{file}: {count} 件を取り込みました（{number}．{name}）").format(
                    file=path.name, count=count, number=first.number, name=first.name))
            shown = result.warnings[:MAX_WARNINGS_SHOWN]
            lines += ["  ・" + w for w in shown]
            if len(result.warnings) > len(shown):
                lines.append("  " + QCoreApplication.translate("VolumeImport", "ほか {n} 件の警告").format(
                    n=len(result.warnings) - len(shown)))
    except (CasebookError, StorageError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("VolumeImport", "取り込めませんでした"), str(exc))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("VolumeImport", "取り込みました"), "\n".join(lines))
    return True

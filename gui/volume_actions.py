"""The window's volume actions: import (in the background, one at a time), the list of imported volumes with
removal (ファイル → 取り込んだ事例集を削除…), and 「取り込んだ版を使用中」 in the status bar.

Bookmarks follow the library by key after every change (`BookmarkModel.follow_library`, called from the window's
library-changed handler); an import keeps the bookmarked cases that leave (their ids and keys go in `keep`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gui.window_geometry import resize_within_screen
from model.storage import StorageError

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.volume_import import ImportRun
    from model.import_result import ImportedVolume

# Start-up time: the import machinery (gui.volume_import, model.case_identity) loads when used.


def volume_label(volume: ImportedVolume) -> str:
    return f"{volume.category.number}．{volume.category.name}"


class VolumesDialog(QDialog):
    """The imported volumes, one to pick for removal."""

    def __init__(self, volumes: list[ImportedVolume], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("取り込んだ事例集を削除"))
        self.volumes = volumes
        self.list = QListWidget()
        for v in volumes:
            text = self.tr("{number}．{name}  {count} 件").format(
                number=v.category.number, name=v.category.name, count=v.count)
            if v.edition:
                text += "  " + self.tr("第{edition}版").format(edition=v.edition)
            if v.replaces_shipped:
                text += "  " + self.tr("（同梱の版の代わりに使用中）")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.category.number)
            self.list.addItem(item)
        if volumes:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = buttons.addButton(self.tr("削除…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button.setEnabled(bool(volumes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("削除すると、同梱の事例集がある分類ではその事例が戻ります。")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        resize_within_screen(self, QSize(460, 280), parent)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


class VolumeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.run: ImportRun | None = None
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setVisible(False)  # until `update_status` (the window's finish_start: it reads every case)
        window.statusBar().addPermanentWidget(self.status_label)

    # -- import -----------------------------------------------------------------------------------------------

    def import_chosen(self) -> ImportRun | None:
        from gui.volume_import import choose_files

        files = choose_files(self.window)
        return self.import_files(files) if files else None

    def import_files(self, files: list[Path]) -> ImportRun | None:
        from gui.volume_import import import_in_background
        from model.case_identity import kept_identities
        from model.importer import CasebookError
        from model.volume_files import volume_files

        try:
            files = volume_files(files)
        except CasebookError as exc:
            QMessageBox.warning(self.window, self.tr("取り込めませんでした"), str(exc))
            return None
        run = import_in_background(self.window, self.window.library_model, files,
                                   kept_identities(self.window.bookmarks.store))
        if run is None:
            return None
        self.run = run
        self.window.import_volumes_action.setEnabled(False)
        run.ended.connect(self._ended)
        return run

    def _ended(self) -> None:
        self.window.import_volumes_action.setEnabled(True)
        self.update_status()

    # -- volumes ---------------------------------------------------------------------------------------------

    def update_status(self) -> None:
        """「取り込んだ版を使用中」 with the categories whose shipped volume an imported one replaces."""
        replacing = [v for v in self.window.library.volumes() if v.replaces_shipped]
        if replacing:
            names = "、".join(volume_label(v) for v in replacing)
            self.status_label.setText(self.tr("取り込んだ版を使用中: {names}").format(names=names))
        self.status_label.setVisible(bool(replacing))

    def remove_dialog(self) -> None:
        volumes = self.window.library.volumes()
        if not volumes:
            QMessageBox.information(self.window, self.tr("取り込んだ事例集を削除"),
                                    self.tr("取り込んだ事例集はありません。"))
            return
        dialog = VolumesDialog(volumes, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        number = dialog.chosen()
        if number is not None:
            self.remove(number)

    def remove(self, number: int, ask: bool = True) -> bool:
        from model.case_identity import kept_identities

        volume = next((v for v in self.window.library.volumes() if v.category.number == number), None)
        if volume is None:
            return False
        if ask:
            text = self.tr("取り込んだ「{name}」を削除しますか？").format(name=volume_label(volume))
            if volume.replaces_shipped:
                text += "\n" + self.tr("同梱の事例集の事例が戻ります。")
            text += "\n" + self.tr("ブックマークとメモは残ります。")
            answer = QMessageBox.question(self.window, self.tr("取り込んだ事例集を削除"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.window.library_model.remove_volume(number, kept_identities(self.window.bookmarks.store))
        except StorageError as exc:
            QMessageBox.warning(self.window, self.tr("削除できませんでした"), str(exc))
            return False
        self.update_status()
        return True

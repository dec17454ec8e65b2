"""An `<img src=file:…>` canary in every field of a case, in a note and a log entry never becomes an image.

Qt shows a tooltip, a message box's text or an auto-format label as HTML when `Qt.mightBeRichText` says it looks
like markup. Each such text the window offers is laid out here the way Qt lays it out (a document whose
`loadResource` records every request), and the detail tabs' own documents are searched for image fragments: no
request may reach the canary, and the literal `<img` must be what the user reads.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, QUrl
from PySide6.QtGui import QAbstractTextDocumentLayout, QImage, QPainter, Qt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from gui.library_model import LibraryModel
from gui.main_window import MainWindow
from gui.volume_import import import_in_background, summary_dialog
from model import paths
from model.bookmarks import BookmarkStore
from model.case import Case
from tests.factories import make_case
from tests.gui.library_fixtures import sample_cases, write_library

KEEP = {"id", "population_band", "prefecture", "municipality", "url", "file"}  # keys the app looks up, not shows


class RecordingDocument(QTextDocument):
    """A document that records the resources its layout asks for instead of loading them."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        self.requests.append(url.toString() if isinstance(url, QUrl) else str(url))
        return None


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> RecordingDocument:
    """`text` laid out and painted as a tooltip, message box or label with `fmt` would show it."""
    doc = RecordingDocument()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
    painter.end()
    return doc


def images(doc: QTextDocument) -> list[str]:
    """The image names in `doc`'s fragments (what a QTextBrowser would load)."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return found


@pytest.fixture
def canary(qapp: QApplication, tmp_path: Path) -> str:
    png = tmp_path / "canary.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    image.save(str(png))
    return f'<img src="{QUrl.fromLocalFile(str(png)).toString()}">'


def poisoned(value: Any, canary: str, key: str = "") -> Any:
    """`value` with `canary` appended to every string shown to the user (dataclasses and lists walked)."""
    if isinstance(value, str):
        return value if key in KEEP else value + canary
    if isinstance(value, list):
        return [poisoned(v, canary, key) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: poisoned(getattr(value, f.name), canary, f.name)
                                             for f in dataclasses.fields(value)})
    return value


def hostile_case(canary: str) -> Case:
    case = poisoned(make_case(id="9-01", number=1), canary)
    assert isinstance(case, Case)
    return dataclasses.replace(case, awards=["総務大臣賞" + canary])


def test_the_check_sees_an_image_when_markup_is_rendered(canary: str) -> None:
    doc = shown("before " + canary)
    assert doc.requests and "canary.png" in doc.requests[0]
    assert images(doc)


def _auto_texts(window: MainWindow) -> list[tuple[str, str]]:
    """Every text of the window that Qt may render as rich text: (where, text)."""
    texts: list[tuple[str, str]] = []
    for model, name in ((window.tree_model, "tree"), (window.bookmarks_view.model, "bookmarks")):
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                for col in range(model.columnCount(parent)):
                    index = model.index(row, col, parent)
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if tip:
                        texts.append((f"{name} tooltip {row},{col}", str(tip)))
                stack.append(model.index(row, 0, parent))
    for widget in window.findChildren(QWidget):
        if widget.toolTip():
            texts.append((f"{widget.objectName() or type(widget).__name__} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            texts.append((f"label {widget.objectName()}", widget.text()))
        if isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                for col in range(widget.columnCount()):
                    if item.toolTip(col):
                        texts.append((f"{widget.objectName()} item tooltip", item.toolTip(col)))
    return texts


def test_no_text_of_the_window_loads_the_canary(qtbot: QtBot, tmp_path: Path, canary: str) -> None:
    case = hostile_case(canary)
    library = write_library(tmp_path / "library.json", [*sample_cases(), case])
    store = BookmarkStore(paths.bookmarks_path())
    store.add(case.id, note="同僚のメモ" + canary)
    store.add_log(case.id, "電話した" + canary)
    window = MainWindow(library, store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.show_case(case.id)

    texts = _auto_texts(window)
    shown_tips = [t for where, t in texts if "tooltip" in where]
    assert any("同僚のメモ" in t for t in shown_tips)  # the bookmark list's note tooltip was collected
    assert any(case.title[:10] in t for t in shown_tips)  # and the tree's case tooltip
    assert sum(canary in t or "&lt;img" in t for t in shown_tips) >= 4  # category, subcategory, case, bookmark
    for where, text in texts:
        doc = shown(text)
        assert doc.requests == [], where
        assert not images(doc), where
        if "img" in text:
            assert "<img" in doc.toPlainText(), where

    for i in range(window.detail.tabs.count()):  # every detail tab, rendered with its own escaped HTML
        window.detail.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    for key, browser in window.detail.browsers.items():
        assert not images(browser.document()), key
        assert "<img" in browser.toPlainText(), key
    assert "<img" in window.windowTitle()  # window titles are plain text in Qt: the canary is shown as text
    assert any("<img" in w.text() for w in window.findChildren(QLabel)
               if w.textFormat() == Qt.TextFormat.PlainText)


def test_the_import_summary_and_errors_show_the_canary_as_text(qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    library = write_library(tmp_path / "library.json", sample_cases())
    model = LibraryModel(library)
    source = (paths.PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt").read_text(encoding="utf-8")
    hostile = tmp_path / '<img src="canary.png">.txt'
    hostile.write_text(source, encoding="utf-8")
    box = summary_dialog(None, library.import_files([hostile]))
    assert box.textFormat() == Qt.TextFormat.PlainText and '<img src="canary.png">' in box.text()

    broken = tmp_path / '<img src="canary.png"> broken.txt'
    broken.write_text("これは事例集ではない", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    run = import_in_background(parent, model, [broken], set())
    assert run is not None
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=20_000)
    assert run.outcome == "failed" and len(messages) == 1
    doc = shown(messages[0])
    assert doc.requests == [] and not images(doc)
    assert '<img src="canary.png">' in doc.toPlainText()


def test_a_ten_megabyte_note_makes_a_short_tooltip(qtbot: QtBot, tmp_path: Path) -> None:
    from gui.bookmark_table_model import BookmarkTableModel
    from gui.plain import TOOLTIP_CHARS

    store = BookmarkStore(tmp_path / "bookmarks.json")
    case = make_case()
    store.add(case.id)
    bookmark = store.get(case.id)
    assert bookmark is not None
    model = BookmarkTableModel(lambda _id: case)
    model.set_bookmarks([dataclasses.replace(bookmark, note="<img>" + "メモ" * 5_000_000)])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert len(tip) < 2 * TOOLTIP_CHARS + 200  # escaped: at most a few characters per character kept
    assert "&lt;img&gt;" in tip and tip.rstrip("</p>").endswith("…")

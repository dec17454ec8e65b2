"""The detail pane: one case's header (title, organization, population, Point, bookmark star and note) and tabs.

Header labels show data as plain text. The tabs are QTextBrowsers fed by `gui.detail_tabs` (escaped HTML with
search hits highlighted by one `Highlighter` per query, shared with the header and the tab titles) that never
follow links themselves: `_on_anchor` opens http/https/mailto in the system browser or mail client and refuses
everything else with a status message. A tab is rendered when it is shown
(switching case re-renders only the visible tab). The note is saved without a save button: 500 ms after the last
keystroke, and at once on focus-out, on a case change and when the window closes (`flush_note`).

The header sits in an area of fixed height (it scrolls when a title, Point lines or the bookmark's fields need
more), so the tab bar stays where it is from case to case; Ctrl+1…Ctrl+5 (`tab_actions`) go to the five tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFocusEvent, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.bookmark_editor import BookmarkEditor
from gui.bookmark_model import BookmarkModel
from gui.detail_tabs import STYLE_SHEET, TabSpec, tab_specs
from gui.rich_text import NO_HIGHLIGHT, SAFE_SCHEMES, Highlighter
from model.case import Case, population_band_label
from model.fields import label, population_text
from model.search import Query

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # start-up time: the class and its enums load with the first link clicked

NOTE_SAVE_DELAY_MS = 500
HEADER_LINES = 12  # the header area's height in lines of text, whatever the case: the tabs never move
# Every tab's HTML goes in this frame with the shared style sheet. Not QTextDocument.setDefaultStyleSheet: reaching a
# browser's document makes PySide build QTextDocument's enums, ~3 ms of start-up; the formats are the same.
_HEAD = f"<html><head><style>{STYLE_SHEET}</style></head><body>"


class NoteEdit(QPlainTextEdit):
    """The bookmark note editor; tells when it loses focus so the note is saved at once."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


def _data_label(point_size_delta: int = 0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # case data is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if point_size_delta or bold:
        font = QFont(label.font())
        if point_size_delta:
            font.setPointSize(font.pointSize() + point_size_delta)
        font.setBold(bold)
        label.setFont(font)
    return label


class DetailView(QWidget):
    """Shows one case; emits `statusMessage` for the status bar (e.g. a link that was not followed)."""

    statusMessage = Signal(str)
    toggleBookmarkRequested = Signal()

    def __init__(self, bookmarks: BookmarkModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self._case: Case | None = None
        self._hl: Highlighter = NO_HIGHLIGHT  # the current query's highlighting, shared by header and tabs
        self._rendered: set[int] = set()
        self._note_case: str | None = None
        self._note_dirty = False
        self._note_base: str | None = None  # the note as loaded into the editor (compare-and-set save)

        self._stack = QStackedWidget()
        self._placeholder = QLabel(self.tr("左の一覧から事例を選んでください。"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setObjectName("placeholder")
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        bookmarks.changed.connect(self._on_bookmark_changed)
        bookmarks.reset.connect(lambda: self._on_bookmark_changed(self.case_id or ""))

    # -- construction ----------------------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(8, 8, 8, 4)

        header = QFrame()
        header.setObjectName("caseHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(4)

        top = QHBoxLayout()
        self.path_label = _data_label()
        self.path_label.setStyleSheet("color: #555555;")
        self.new_label = QLabel(label("is_new"))
        self.new_label.setStyleSheet(
            "background: #d32f2f; color: white; font-weight: bold; border-radius: 3px; padding: 1px 6px;")
        self.new_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.star_button = QToolButton()
        self.star_button.setCheckable(True)
        self.star_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.star_button.setToolTip(self.tr("ブックマークの切り替え (Ctrl+D)"))
        # The window owns the toggle (one code path for button, Ctrl+D and the tree's context menu).
        self.star_button.clicked.connect(self._on_star_clicked)
        # Shown while the case being read is not among the cases the search and filters let through.
        self.mismatch_label = QLabel(self.tr("現在の条件に合いません"))
        self.mismatch_label.setObjectName("mismatchLabel")
        self.mismatch_label.setStyleSheet(
            "background: #fff3e0; color: #8a4b00; border: 1px solid #f0b060; border-radius: 3px; padding: 1px 6px;")
        self.mismatch_label.setToolTip(self.tr("この事例は検索や絞り込みの条件に合わないため、左の一覧にはありません。"))
        self.mismatch_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.mismatch_label.setVisible(False)
        top.addWidget(self.new_label)
        top.addWidget(self.mismatch_label)
        top.addWidget(self.path_label, 1)
        top.addWidget(self.star_button)
        hl.addLayout(top)

        self.title_label = _data_label(point_size_delta=4, bold=True)
        self.title_label.setObjectName("caseTitle")
        hl.addWidget(self.title_label)
        self.meta_label = _data_label()
        hl.addWidget(self.meta_label)
        self.points_label = _data_label()
        for widget, name in ((self.path_label, label("category")), (self.title_label, label("title")),
                             (self.meta_label, label("organization")), (self.points_label, label("points"))):
            widget.setAccessibleName(name)  # selectable text takes the focus: say what it is
        self.points_label.setStyleSheet("background: #eef4fa; border-left: 4px solid #1f4e79; padding: 4px 8px;")
        hl.addWidget(self.points_label)

        note_row = QHBoxLayout()
        note_caption = QLabel(label("note"))  # the one label of the note (model.fields)
        note_caption.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.note_edit = NoteEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("ブックマークのメモ"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.note_edit.textChanged.connect(self._on_note_edited)
        self.note_edit.focusLost.connect(self.flush_note)
        note_row.addWidget(note_caption)
        note_row.addWidget(self.note_edit, 1)
        hl.addLayout(note_row)
        self.bookmark_editor = BookmarkEditor(self._bookmarks)  # status, collections, contact log
        hl.addWidget(self.bookmark_editor)
        hl.addStretch(1)
        outer.addWidget(self._header_area(header))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("事例の詳細"))
        self.tabs.setDocumentMode(True)
        self._specs: list[TabSpec] = tab_specs()
        self.browsers: dict[str, QTextBrowser] = {}
        for spec in self._specs:
            browser = QTextBrowser()
            browser.setObjectName(f"tab_{spec.key}")
            browser.setAccessibleName(spec.title)
            browser.setOpenLinks(False)
            browser.setOpenExternalLinks(False)
            body_font = QFont(browser.font())
            body_font.setPointSizeF(body_font.pointSizeF() + 1)  # long Japanese prose reads better a bit larger
            browser.setFont(body_font)
            browser.anchorClicked.connect(self._on_anchor)
            self.browsers[spec.key] = browser
            self.tabs.addTab(browser, spec.title)
        self.tabs.currentChanged.connect(self._render_tab)
        self.tab_actions = self._make_tab_actions()
        outer.addWidget(self.tabs, 1)
        return content

    def _header_area(self, header: QWidget) -> QScrollArea:
        """The header in an area of fixed height: a long title or Point scrolls there instead of moving the tabs."""
        area = QScrollArea()
        area.setObjectName("caseHeaderArea")
        area.setAccessibleName(self.tr("事例の見出し"))
        area.setWidget(header)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus, not the area
        area.setFixedHeight(self.fontMetrics().lineSpacing() * HEADER_LINES + 8)
        return area

    def _make_tab_actions(self) -> list[QAction]:
        """Ctrl+1…Ctrl+5: one action per detail tab (the window lists them in its 表示 menu)."""
        actions = []
        for i, spec in enumerate(self._specs):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, index=i: self._go_to_tab(index))
            self.addAction(action)
            actions.append(action)
        return actions

    def _go_to_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if self._case is not None:
            self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def case(self) -> Case | None:
        return self._case

    @property
    def case_id(self) -> str | None:
        return self._case.id if self._case is not None else None

    def set_matches(self, matches: bool) -> None:
        """Mark the case being read as outside the current search and filters (「現在の条件に合いません」)."""
        self.mismatch_label.setVisible(not matches)

    def set_case(self, case: Case | None, *, refresh: bool = False) -> None:
        """Show `case` (None: the placeholder). The same case again is a no-op unless `refresh` (its data changed)."""
        if not refresh and case is not None and self._case is not None and case.id == self._case.id:
            return
        self.flush_note()
        self._case = case
        self._rendered.clear()
        if case is None:
            self._stack.setCurrentIndex(0)
            self._note_case = None
            return
        self._stack.setCurrentIndex(1)
        self.path_label.setText(f"{case.id}  {case.category.name} ＞ {case.subcategory.name}")
        self.new_label.setVisible(case.is_new)
        self._render_header()
        self.points_label.setVisible(bool(case.points))
        self._load_bookmark_state(reload_note=True)
        self._update_tab_titles()
        for browser in self.browsers.values():
            browser.clear()
        self._render_tab(self.tabs.currentIndex())

    def _render_header(self) -> None:
        """Title, organization line and Point lines, with the search terms highlighted.

        The labels are plain text unless there is something to highlight; then they get rich text in which every
        character of case data is escaped (Highlighter.marked), so markup in a case still shows literally.
        """
        assert self._case is not None
        case = self._case
        texts = [(self.title_label, case.title), (self.meta_label, self._meta_text(case)),
                 (self.points_label, "\n".join(f"{label('points')}  {p}" for p in case.points))]
        for widget, text in texts:
            if self._hl.spans(text):
                widget.setTextFormat(Qt.TextFormat.RichText)
                # pre-wrap: rich text would otherwise fold the spaces that plain text keeps
                widget.setText(f'<span style="white-space: pre-wrap">{self._hl.marked(text)}</span>')
            else:
                widget.setTextFormat(Qt.TextFormat.PlainText)
                widget.setText(text)

    def _meta_text(self, case: Case) -> str:
        parts = [case.organization]
        if case.prefecture and case.prefecture != case.organization:
            parts.append(case.prefecture)
        parts.append(population_band_label(case.population_band))
        if case.population is not None:
            parts.append(f"{label('population')} {population_text(case)}")
        if case.source.edition:  # which edition of which volume the case comes from: 体制整備（第4.0版）
            parts.append(self.tr("{volume}（第{edition}版）").format(
                volume=case.source.volume, edition=case.source.edition))
        return "  ・  ".join(parts)

    def set_query(self, query: Query) -> None:
        """Highlight the query's terms in the header and the tabs (re-renders the visible tab)."""
        if (None if query.is_empty else query) == self._hl.query:
            return
        self._hl = Highlighter(query)
        if self._case is not None:
            self._render_header()
            self._rendered.clear()
            self._update_tab_titles()
            self._render_tab(self.tabs.currentIndex())

    def _update_tab_titles(self) -> None:
        """Tab titles show the number of search hits on them; tabs with nothing to show are dimmed."""
        assert self._case is not None
        bar = self.tabs.tabBar()
        normal = self.palette().color(QPalette.ColorRole.WindowText)
        dimmed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        for i, spec in enumerate(self._specs):
            hits = self._hl.count_label(spec.texts(self._case))
            self.tabs.setTabText(i, f"{spec.title} ({hits})" if hits else spec.title)
            has_data = spec.has_data(self._case)
            bar.setTabTextColor(i, normal if has_data else dimmed)
            bar.setTabToolTip(i, "" if has_data else self.tr("この事例には掲載がありません"))

    def _render_tab(self, index: int) -> None:
        if self._case is None or index < 0 or index in self._rendered:
            return
        spec = self._specs[index]
        self.browsers[spec.key].setHtml(_HEAD + spec.render(self._case, self._hl) + "</body></html>")
        self._rendered.add(index)

    def render_all(self) -> None:
        """Render every tab now (printing a screenshot, tests)."""
        for i in range(len(self._specs)):
            self._render_tab(i)

    def browser(self, key: str) -> QTextBrowser:
        return self.browsers[key]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex([s.key for s in self._specs].index(key))

    # -- links -----------------------------------------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_SCHEMES:
            if not QDesktopServices.openUrl(url):
                self.statusMessage.emit(self.tr("リンクを開けませんでした: {url}").format(url=url.toString()))
            return
        self.statusMessage.emit(
            self.tr("安全のため、このリンクは開きません: {url}").format(url=url.toString()))

    # -- bookmark and note -----------------------------------------------------------------------------------

    def _on_star_clicked(self) -> None:
        # The button's checked state follows the store, not the click (the write may fail).
        self.star_button.setChecked(self.case_id is not None and self.case_id in self._bookmarks)
        self.toggleBookmarkRequested.emit()

    def _load_bookmark_state(self, reload_note: bool) -> None:
        case_id = self.case_id
        marked = case_id is not None and case_id in self._bookmarks
        self.star_button.setChecked(marked)
        self.star_button.setText(self.tr("★ ブックマーク済み") if marked else self.tr("☆ ブックマーク"))
        read_only = self._bookmarks.read_only
        self.star_button.setEnabled(case_id is not None and not read_only)
        self.note_edit.setReadOnly(not marked or read_only)
        self.note_edit.setEnabled(marked)
        self.note_edit.setPlaceholderText(
            self.tr("メモ（自動で保存されます）") if marked
            else self.tr("ブックマークするとメモを書けます"))
        self._note_case = case_id if marked else None
        self.bookmark_editor.set_case_id(self._note_case)
        if not marked:
            self._note_dirty = False  # the note went with the bookmark
        if reload_note:
            text = self._bookmarks.note(case_id) if marked and case_id else ""
            if text != self.note_edit.toPlainText():
                # Only when it differs: setting the same text would move the cursor of someone typing.
                self.note_edit.blockSignals(True)
                self.note_edit.setPlainText(text)
                self.note_edit.blockSignals(False)
            self._note_dirty = False
            self._note_base = text

    def _on_bookmark_changed(self, case_id: str) -> None:
        if self._case is None or case_id != self._case.id:
            return
        # A note being typed is kept; otherwise show what the store holds now (toggle, import).
        self._load_bookmark_state(reload_note=not self._note_dirty or case_id not in self._bookmarks)

    def _on_note_edited(self) -> None:
        if self._note_case is None:
            return
        self._note_dirty = True
        self._note_timer.start()

    def flush_note(self) -> None:
        """Save a pending note edit now."""
        self._note_timer.stop()
        if not self._note_dirty or self._note_case is None:
            return
        self._note_dirty = False
        self._bookmarks.set_note(self._note_case, self.note_edit.toPlainText(), base=self._note_base)

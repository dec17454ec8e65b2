"""「近い団体の事例」: the cases ranked by how close their organization is to the user's own (model.similar.rank).

A tab beside 事例 and ブックマーク. It ranks the cases the window hands it — the ones matching the search and the
filters, so a keyword or the map narrows the ranking too — for the 自分の団体 setting. Columns: 団体, 人口規模,
理由 (「同じ人口規模・東北・約 120 km」), 事例名. Activating a row asks the window to show the case. Ranking is
deferred while the tab is hidden: the window may refilter on every keystroke, the ranking is wanted only here.
With no organization set, the tab says so and offers the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.case_tree_model import CaseIdRole
from model.case import Case, population_band_label
from model.fields import label
from model.similar import MyOrganization, Ranked

COLUMNS = ("organization", "band", "reason", "title")
# Ranking 10,000 cases takes ~70 ms on the 2-core machine: while the tab is shown, a burst of keystrokes (each a
# refilter) ranks once, this long after the last one.
RANK_DELAY_MS = 150
Index = QModelIndex | QPersistentModelIndex


class SimilarModel(QAbstractTableModel):
    """The ranked rows; CaseIdRole gives a row's case id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Ranked] = []
        self._headers = (self.tr("団体"), label("population_band"), self.tr("理由"), label("title"))

    def set_rows(self, rows: list[Ranked]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Ranked]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        if role == CaseIdRole:
            return r.case.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = COLUMNS[index.column()]
            if column == "organization":
                return r.case.organization
            if column == "band":
                return population_band_label(r.case.population_band)
            if column == "reason":
                return r.reason
            return r.case.title
        return None


class SimilarView(QWidget):
    caseActivated = Signal(str)  # a case id to show
    setOrganizationRequested = Signal()  # open the 自分の団体 dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._organization: MyOrganization | None = None
        self._cases: Sequence[Case] = ()
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RANK_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_visible)

        self.model = SimilarModel(self)
        self.view = QTreeView()
        self.view.setObjectName("similarList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("近い団体の事例"))
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        for column, chars in enumerate((9, 10, 16)):
            self.view.setColumnWidth(column, fm.horizontalAdvance("あ") * chars)
        self.view.activated.connect(self._on_activated)

        self.heading = QLabel()
        self.heading.setObjectName("similarHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.change_button = QPushButton(self.tr("変更…"))
        self.change_button.clicked.connect(self.setOrganizationRequested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.change_button)
        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.addLayout(top)
        lp.addWidget(self.view, 1)

        self.empty_label = QLabel(self.tr(
            "自分の団体が設定されていません。勤務先の団体を設定すると、人口規模・都道府県・地方・距離の近い団体の"
            "事例から順に並べます。"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.set_button = QPushButton(self.tr("自分の団体を設定…"))
        self.set_button.clicked.connect(self.setOrganizationRequested)
        empty_page = QWidget()
        ep = QVBoxLayout(empty_page)
        ep.addWidget(self.empty_label)
        ep.addWidget(self.set_button, 0, Qt.AlignmentFlag.AlignLeft)
        ep.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty_page)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        self._show_state()

    # -- state -----------------------------------------------------------------------------------------------

    def set_organization(self, organization: MyOrganization | None) -> None:
        self._organization = organization
        self._dirty = True
        self._show_state()
        self._refresh_if_visible()

    def organization(self) -> MyOrganization | None:
        return self._organization

    def set_cases(self, cases: Sequence[Case]) -> None:
        """The cases to rank (the window's filtered cases, in library order)."""
        self._cases = cases
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Rank now (the tab calls it when shown; tests call it directly)."""
        self._timer.stop()
        self._dirty = False
        org = self._organization
        if org is None:
            self.model.set_rows([])
            return
        current = self.view.currentIndex().data(CaseIdRole)
        rows = org.rank(self._cases)
        self.model.set_rows(rows)
        self.heading.setText(self.tr("自分の団体: {org}／{n}件を近い順に表示").format(
            org=self._describe(org), n=len(rows)))
        if current:
            for i, r in enumerate(rows):
                if r.case.id == current:
                    self.view.setCurrentIndex(self.model.index(i, 0))
                    break

    def case_ids(self) -> list[str]:
        return [r.case.id for r in self.model.rows()]

    def is_empty_state(self) -> bool:
        return self.stack.currentIndex() == 0

    # -- internals -------------------------------------------------------------------------------------------

    @staticmethod
    def _describe(org: MyOrganization) -> str:
        from gui.my_organization import describe

        return describe(org)

    def _show_state(self) -> None:
        self.stack.setCurrentIndex(0 if self._organization is None else 1)

    def _refresh_if_visible(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.caseActivated.emit(str(case_id))

"""自分の団体: the dialog that picks the user's own organization, its QSettings value and the first-launch prompt.

The organization comes from the official list (model.municipalities.search: by name or reading, hiragana,
katakana and half-width alike); the population is typed (「8000」, 「0.8万」) or a band is picked. Every change is
validated by `model.similar.MyOrganization.parse`; its one-line message shows in red under the fields and OK stays
disabled until the entry is valid. Nothing is written until OK; the setting lives under `user/organization/…`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from model import municipalities
from model.case import POPULATION_BANDS, population_band_label
from model.fields import label
from model.municipalities import Municipality, kind_label
from model.similar import PREFECTURE_BAND, MyOrganization

KEY = "user/organization"
PROMPT_DONE_KEY = "user/organizationPromptDone"
RESULTS_LIMIT = 50
CodeRole = Qt.ItemDataRole.UserRole


def load_organization(settings: QSettings) -> MyOrganization | None:
    """The saved 自分の団体 (None when unset or no longer valid)."""
    values = {name: settings.value(f"{KEY}/{name}", "") for name in ("code", "population", "band")}
    return MyOrganization.from_settings(values)


def save_organization(settings: QSettings, organization: MyOrganization | None) -> None:
    """Store (or, with None, remove) the setting; once set the first-launch prompt is not shown again."""
    if organization is None:
        settings.remove(KEY)
    else:
        for name, value in organization.to_settings().items():
            settings.setValue(f"{KEY}/{name}", value)
        settings.setValue(PROMPT_DONE_KEY, True)
    settings.sync()


def describe(organization: MyOrganization) -> str:
    """「山形県舟形町（1万人未満）」: the organization and the band it is compared in."""
    me = organization.municipality
    return QCoreApplication.translate("MyOrganization", "{org}（{band}）").format(
        org=me.organization, band=population_band_label(organization.population_band))


class MyOrganizationDialog(QDialog):
    """Choose the organization and its population; `result_organization()` after exec() == Accepted."""

    def __init__(self, current: MyOrganization | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("自分の団体"))
        self._chosen: Municipality | None = None
        self._result: MyOrganization | None = None

        intro = QLabel(self.tr("勤務先の団体を選ぶと、人口規模や距離の近い団体の事例を上位に並べます。"))
        intro.setWordWrap(True)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("organizationSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("団体名または読み（例: ふながた、酒田市）"))
        self.search_field.setAccessibleName(self.tr("団体を検索"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("候補の団体"))
        self.population_field = QLineEdit()
        self.population_field.setPlaceholderText(self.tr("例: 8000、0.8万"))
        self.population_field.setAccessibleName(label("population"))
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(label("population_band"))
        self.band_combo.addItem(self.tr("（人口から判定）"), "")
        for band in POPULATION_BANDS:
            if band != PREFECTURE_BAND:
                self.band_combo.addItem(population_band_label(band), band)
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = QPushButton(self.tr("設定を解除"))
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.clear_button.setEnabled(current is not None)
        self.cleared = False

        form = QFormLayout()
        organization_label = QLabel(self.tr("団体(&O):"))
        organization_label.setBuddy(self.search_field)
        form.addRow(organization_label, self.search_field)
        form.addRow("", self.results)
        pop_row = QHBoxLayout()
        pop_row.addWidget(self.population_field, 1)
        pop_row.addWidget(QLabel(self.tr("または")))
        pop_row.addWidget(self.band_combo, 1)
        population_label = QLabel(self.tr("人口(&P):"))
        population_label.setBuddy(self.population_field)
        form.addRow(population_label, pop_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.search_field.textChanged.connect(self._on_search)
        self.results.currentItemChanged.connect(self._on_pick)
        self.population_field.textChanged.connect(self._validate)
        self.band_combo.currentIndexChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)

        if current is not None:
            me = current.municipality
            self.search_field.setText(me.organization)
            self.population_field.setText("" if current.population is None else str(current.population))
            if current.band:
                self.band_combo.setCurrentIndex(max(0, self.band_combo.findData(current.band)))
        self._validate()
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("あ") * 34, fm.lineSpacing() * 24)

    # -- state -----------------------------------------------------------------------------------------------

    def result_organization(self) -> MyOrganization | None:
        """The valid entry (after OK); None after 設定を解除."""
        return self._result

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- slots -----------------------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        found = municipalities.search(text, limit=RESULTS_LIMIT)
        for m in found:
            item = QListWidgetItem(self.tr("{org}（{reading}・{kind}）").format(
                org=m.organization, reading=municipalities.reading_of(m.organization) or m.reading,
                kind=kind_label(m.kind)))
            item.setData(CodeRole, m.code)
            self.results.addItem(item)
        exact = next((i for i, m in enumerate(found) if m.organization == text.strip()), None)
        if exact is None and len(found) == 1:
            exact = 0
        self._chosen = found[exact] if exact is not None else None
        if exact is not None:
            self.results.setCurrentRow(exact)
        self.results.blockSignals(False)
        self._validate()

    def _on_pick(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._chosen = None if item is None else municipalities.by_code(str(item.data(CodeRole)))
        self._validate()

    def _validate(self) -> None:
        """Parse what is entered; show the message in red and disable OK while it is invalid."""
        is_prefecture = self._chosen is not None and self._chosen.is_prefecture
        self.population_field.setEnabled(not is_prefecture)
        self.band_combo.setEnabled(not is_prefecture)
        typed = self._chosen.code if self._chosen is not None else self.search_field.text()
        try:
            if not typed.strip():
                raise ValueError(self.tr("団体を検索して一覧から選んでください"))
            parsed = MyOrganization.parse(typed, "" if is_prefecture else self.population_field.text(),
                                          "" if is_prefecture else str(self.band_combo.currentData() or ""))
        except ValueError as exc:
            self._result = None
            self.message.setText(str(exc))
            self.message.setVisible(True)
            self.ok_button().setEnabled(False)
            return
        self._result = parsed
        self.message.setText("")
        self.message.setVisible(False)
        self.ok_button().setEnabled(True)

    def _clear(self) -> None:
        self._result = None
        self.cleared = True
        self.accept()


def edit_organization(parent: QWidget, settings: QSettings) -> bool:
    """Open the dialog over the saved setting; save on OK. True when the setting changed."""
    current = load_organization(settings)
    dialog = MyOrganizationDialog(current, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        chosen = None if dialog.cleared else dialog.result_organization()
        if chosen == current:
            return False
        save_organization(settings, chosen)
        return True
    finally:
        dialog.deleteLater()


class OrganizationPrompt(QWidget):
    """The first-launch suggestion in the status bar: 「自分の団体を設定」 and 「今はしない」."""

    setRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_button = QPushButton(self.tr("自分の団体を設定"))
        self.set_button.setToolTip(self.tr("近い団体の事例を上位に並べるために、勤務先の団体を選びます"))
        self.skip_button = QPushButton(self.tr("今はしない"))
        self.skip_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set_button)
        layout.addWidget(self.skip_button)
        self.set_button.clicked.connect(self.setRequested)
        self.skip_button.clicked.connect(self.dismissed)


def should_prompt(settings: QSettings) -> bool:
    """True on a first launch: nothing set and the prompt never skipped."""
    done = str(settings.value(PROMPT_DONE_KEY, "false")).lower() == "true"
    return not done and load_organization(settings) is None


def mark_prompt_done(settings: QSettings) -> None:
    settings.setValue(PROMPT_DONE_KEY, True)
    settings.sync()

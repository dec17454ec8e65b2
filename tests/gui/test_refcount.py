"""Guard for the PySide6 pin: 6.12.0 on Python 3.11 leaks references to None (CPython then aborts).

On 6.12.0, every `QModelIndex.data()` returning no data and every `QStandardItemModel.appendRow` drops one
reference to None too many; after enough calls the count reaches zero and the interpreter dies in none_dealloc.
Python 3.12+ makes None immortal, so the drift is only observable (and only fatal) on 3.11.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from gui.case_tree_model import CaseTreeModel
from tests.factories import make_bare_case, make_case

CALLS = 10_000
ALLOWED_DRIFT = 50  # unrelated allocations move the count a little; the bug moves it by ~CALLS

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")


def test_data_for_a_role_without_data_keeps_none_refcount(qapp: object) -> None:
    model = CaseTreeModel(lambda _id: False)
    model.set_cases([make_case(), make_bare_case()])
    index = model.first_case_index()
    role = Qt.ItemDataRole.UserRole + 99  # a role the model has no data for: data() returns None
    assert index.data(role) is None
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        index.data(role)
    assert abs(sys.getrefcount(None) - before) < ALLOWED_DRIFT


def test_standard_item_model_append_row_keeps_none_refcount(qapp: object) -> None:
    model = QStandardItemModel()
    items = [QStandardItem(str(i)) for i in range(CALLS)]
    before = sys.getrefcount(None)
    for item in items:
        model.appendRow(item)
    assert abs(sys.getrefcount(None) - before) < ALLOWED_DRIFT
    assert model.rowCount() == CALLS

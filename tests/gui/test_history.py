"""Back/forward history: browser-like behaviour."""

from __future__ import annotations

from gui.history import History


def test_back_and_forward_walk_the_cases_viewed() -> None:
    h = History()
    for case_id in ("1-01", "1-02", "1-03"):
        h.visit(case_id)
    assert h.back() == "1-02"
    assert h.back() == "1-01"
    assert h.back() is None and h.current == "1-01"
    assert h.forward() == "1-02"


def test_visiting_after_going_back_drops_the_forward_part_and_repeats_are_one_step() -> None:
    h = History()
    for case_id in ("1-01", "1-02", "1-02", "1-03"):
        h.visit(case_id)
    h.back()
    h.visit("2-01")
    assert not h.can_forward()
    assert [h.back(), h.back(), h.back()] == ["1-02", "1-01", None]


def test_history_is_bounded() -> None:
    h = History(limit=3)
    for i in range(10):
        h.visit(f"1-{i:02d}")
    assert [h.back(), h.back(), h.back()] == ["1-08", "1-07", None]

"""Imports off the UI thread: progress in order, cancel, failure, a responsive window, and the progress window."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from gui.import_progress import ImportProgressDialog
from gui.import_worker import Cancelled, ImportWorker, Progress, Work, one_line
from model.case import Case
from model.importer import parse_volume, read_text

SEED = Path(__file__).resolve().parents[2] / "data" / "source" / "vol1-taisei-seibi.txt"
GUARD = 10.0  # seconds: a hang guard only, never a speed target
WAIT_MS = 10_000


class Gate:
    """Lets the test step the work file by file."""

    def __init__(self) -> None:
        self._event = threading.Semaphore(0)

    def open(self, times: int = 1) -> None:
        for _ in range(times):
            self._event.release()

    def wait(self) -> None:
        assert self._event.acquire(timeout=GUARD), "the test never opened the gate"


def import_seed_files(files: list[Path], out: Path, gate: Gate | None = None) -> Work:
    """A work function shaped like the library's import: parse every file, checking for cancel between files,
    then write once. Returns the cases."""

    def work(progress: Progress, cancelled: Cancelled) -> list[Case]:
        cases: list[Case] = []
        for k, path in enumerate(files, start=1):
            if gate is not None:
                gate.wait()
            if cancelled():
                return []
            cases += parse_volume(read_text(path), path.name).cases
            progress(k, len(files), len(cases))
        if cancelled():
            return []
        out.write_text("\n".join(c.id for c in cases), encoding="utf-8")
        return cases

    return work


def test_progress_arrives_in_order_on_the_ui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "written.txt"
    worker = ImportWorker(import_seed_files([SEED, SEED, SEED], out))
    seen: list[tuple[int, int, int]] = []
    threads: set[str] = set()

    def on_progress(k: int, n: int, m: int) -> None:
        seen.append((k, n, m))
        threads.add(threading.current_thread().name)

    worker.progressed.connect(on_progress)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        worker.start()
    assert seen == [(1, 3, 13), (2, 3, 26), (3, 3, 39)]
    assert threads == {threading.main_thread().name}
    cases = blocker.args[0]
    assert len(cases) == 39 and cases[0].organization == "山口県"
    assert out.read_text(encoding="utf-8").split("\n")[:2] == ["1-01", "1-02"]
    assert worker.wait(WAIT_MS) and not worker.is_running()


def test_cancel_stops_between_files_and_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "written.txt"
    gate = Gate()
    worker = ImportWorker(import_seed_files([SEED] * 5, out, gate))
    seen: list[tuple[int, int, int]] = []
    worker.progressed.connect(lambda k, n, m: seen.append((k, n, m)))
    finished: list[object] = []
    worker.finished.connect(finished.append)

    with qtbot.waitSignal(worker.progressed, timeout=WAIT_MS):
        worker.start()
        gate.open()
    with qtbot.waitSignal(worker.cancelled, timeout=WAIT_MS):
        worker.cancel()
        gate.open(4)
    assert worker.wait(WAIT_MS)
    assert seen == [(1, 5, 13)]
    assert finished == [] and not out.exists()


def test_a_cancel_the_work_never_saw_is_a_finished_import(qtbot: QtBot) -> None:
    release = threading.Event()

    def work(progress: Progress, cancelled: Cancelled) -> str:
        assert release.wait(GUARD)
        return "written"  # past its last check: what it wrote is in the library

    worker = ImportWorker(work)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        worker.start()
        worker.cancel()
        release.set()
    assert blocker.args == ["written"]


def test_an_exception_becomes_failed_with_its_one_line_message(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "memo.txt"
    bad.write_text("会議のメモ\n来週までに確認\n", encoding="utf-8")
    out = tmp_path / "written.txt"
    worker = ImportWorker(import_seed_files([SEED, bad], out))
    finished: list[object] = []
    worker.finished.connect(finished.append)
    with qtbot.waitSignal(worker.failed, timeout=WAIT_MS) as blocker:
        worker.start()
    message = blocker.args[0]
    assert message == "事例集のテキストではありません（事例の見出しが見つかりません）: memo.txt"
    assert finished == [] and not out.exists()


def test_failed_message_is_one_line() -> None:
    assert one_line(ValueError("壊れたファイル: a.txt\n  詳細な説明\n")) == "壊れたファイル: a.txt"
    assert one_line(MemoryError()) == "MemoryError"


def test_an_exception_after_cancel_is_a_cancel(qtbot: QtBot) -> None:
    def work(progress: Progress, cancelled: Cancelled) -> None:
        while not cancelled():
            threading.Event().wait(0.01)
        raise RuntimeError("unwinding after cancel")

    worker = ImportWorker(work)
    failed: list[str] = []
    worker.failed.connect(failed.append)
    with qtbot.waitSignal(worker.cancelled, timeout=WAIT_MS):
        worker.start()
        worker.cancel()
    assert failed == []


def test_the_ui_thread_keeps_running_while_the_work_runs(qtbot: QtBot) -> None:
    release = threading.Event()
    ticks: list[int] = []

    def work(progress: Progress, cancelled: Cancelled) -> int:
        progress(0, 1, 0)
        assert release.wait(GUARD), "the UI thread did not get to run"
        progress(1, 1, 13)
        return len(ticks)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    worker = ImportWorker(work)
    worker.start()
    # The work is blocked until the timer has ticked: the event loop ran while the work was still running.
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)
    assert worker.is_running()
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        release.set()
    timer.stop()
    assert blocker.args[0] >= 5


def test_a_worker_runs_once(qtbot: QtBot) -> None:
    worker = ImportWorker(lambda progress, cancelled: None)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    with pytest.raises(RuntimeError):
        worker.start()


# -- the progress window -----------------------------------------------------------------------------------------

def test_dialog_shows_files_and_cases_then_closes(qtbot: QtBot, tmp_path: Path) -> None:
    gate = Gate()
    dialog = ImportProgressDialog.start(import_seed_files([SEED] * 3, tmp_path / "out.txt", gate))
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.cancel_button.text() == "キャンセル"
    with qtbot.waitSignal(dialog.worker.progressed, timeout=WAIT_MS):
        gate.open()
    assert dialog.label.text() == "ファイル 1 / 3 ・ 事例 13 件"
    assert (dialog.bar.value(), dialog.bar.maximum()) == (1, 3)
    with qtbot.waitSignal(dialog.worker.progressed, timeout=WAIT_MS):
        gate.open()
    assert dialog.label.text() == "ファイル 2 / 3 ・ 事例 26 件"
    with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
        gate.open()
    assert not dialog.isVisible()


def test_dialog_cancel_button_cancels(qtbot: QtBot, tmp_path: Path) -> None:
    gate = Gate()
    out = tmp_path / "out.txt"
    dialog = ImportProgressDialog.start(import_seed_files([SEED] * 3, out, gate))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.worker.progressed, timeout=WAIT_MS):
        gate.open()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.label.text() == "キャンセルしています…"
    assert not dialog.cancel_button.isEnabled() and dialog.isVisible()
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=WAIT_MS):
        gate.open(2)
    assert not dialog.isVisible() and not out.exists()


def test_dialog_escape_cancels_instead_of_hiding(qtbot: QtBot, tmp_path: Path) -> None:
    gate = Gate()
    out = tmp_path / "out.txt"
    dialog = ImportProgressDialog.start(import_seed_files([SEED] * 2, out, gate))
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.worker.cancel_requested  # still there until the work has stopped
    dialog.close()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=WAIT_MS):
        gate.open(2)
    assert not dialog.isVisible() and not out.exists()

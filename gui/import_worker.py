"""Long work (importing volumes) off the UI thread, reporting by signals: the background-task pattern.

`ImportWorker(work)` runs `work(progress, cancelled)` in its own QThread. The work calls `progress(k, n, cases)`
after each file (k of n files done, `cases` read so far) and `cancelled()` between files; the worker turns these
into signals delivered on the UI thread, in order:

- `progressed(k, n, cases)` for every progress call;
- then exactly one of `finished(result)` (the work's return value), `failed(message)` (the exception's one-line
  message) or `cancelled()`.

Cancelling: `cancel()` (the dialog's キャンセル) sets a flag that `cancelled()` reports. Once `cancelled()` has
returned True to the work, the work must stop *without writing anything* and may return anything or raise; the
worker then emits `cancelled`. A cancel the work never saw (it was already writing, or done) changes nothing: the
work finished and `finished` says so, since what it wrote is in the library.

Like Dangerzone's `BackgroundTask`, the thread only reports: it touches no widget, and everything it sends
crosses to the UI thread as a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QThread, Signal

Progress = Callable[[int, int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


def one_line(exc: BaseException) -> str:
    """The first line of the exception's message, or its type's name when it has none."""
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


class _Thread(QThread):
    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job()


class ImportWorker(QObject):
    progressed = Signal(int, int, int)  # files done, files in all, cases read so far
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # a one-line message for the user
    cancelled = Signal()

    # Workers whose thread still runs: a QThread destroyed while running aborts the process, so a worker is kept
    # alive until its thread has ended even if the caller drops it.
    _running: ClassVar[set[ImportWorker]] = set()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._cancel_seen = False
        self._thread: _Thread | None = None

    def start(self) -> None:
        """Run the work in a new thread; a worker runs once."""
        if self._thread is not None:
            raise RuntimeError("an ImportWorker runs once")
        self._thread = _Thread(self._run)
        self._thread.finished.connect(self._thread_ended)
        ImportWorker._running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next `cancelled()` check; safe to call at any time, from the UI thread."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (e.g. when the app quits, after `cancel()`); False on time-out."""
        return self._thread is None or self._thread.wait(msecs)

    # -- in the worker thread ------------------------------------------------------------------------------

    def _cancelled(self) -> bool:
        if self._cancel.is_set():
            self._cancel_seen = True
            return True
        return False

    def _progress(self, done: int, total: int, cases: int) -> None:
        self.progressed.emit(done, total, cases)

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._cancelled)
        except Exception as exc:
            if self._cancel_seen:
                self.cancelled.emit()
            else:
                self.failed.emit(one_line(exc))
            return
        if self._cancel_seen:
            self.cancelled.emit()
        else:
            self.finished.emit(result)

    # -- back in the UI thread -----------------------------------------------------------------------------

    def _thread_ended(self) -> None:
        ImportWorker._running.discard(self)

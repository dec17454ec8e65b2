"""DX事例ブラウザ: `python main.py` starts the desktop app; `python main.py COMMAND …` runs the command line.

The one place that chooses between the two: cli/ parses the arguments and, when no command is given, calls
`start_gui`, so the command line itself never imports gui/.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()  # start-up is measured from here (--startup-report)

from typing import TYPE_CHECKING  # noqa: E402  (after the clock: imports count towards start-up)

if TYPE_CHECKING:
    from pathlib import Path


def start_gui(argv: list[str], db: Path | None, lang: str, startup_report: bool) -> int:
    import gui.app  # start-up time: the command line never loads Qt's widgets

    gui.app.PROCESS_START = PROCESS_START
    return gui.app.run_gui(argv, db=db, lang=lang, startup_report=startup_report)


if __name__ == "__main__":
    import gc
    import sys

    # Start-up time: no cyclic garbage collection while the modules load and the window is built (they make
    # only long-lived objects; the collector walked them ~80 times, 10–20 ms). Turned back on by gui/app.py once
    # the window is shown, and by cli/main.py before a command runs.
    gc.disable()

    from cli.main import main

    sys.exit(main(start_gui=start_gui))

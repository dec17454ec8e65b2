"""DX事例ブラウザ: `python main.py` starts the desktop app; `python main.py COMMAND …` runs the command line.

The one place that chooses between the two: cli/ parses the arguments and, when no command is given, calls
`start_gui`, so the command line itself never imports gui/.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()  # start-up is measured from here (--startup-report)

from pathlib import Path  # noqa: E402  (after the clock: imports count towards start-up)


def start_gui(argv: list[str], db: Path | None, lang: str, startup_report: bool) -> int:
    import gui.app  # start-up time: the command line never loads Qt's widgets

    gui.app.PROCESS_START = PROCESS_START
    return gui.app.run_gui(argv, db=db, lang=lang, startup_report=startup_report)


if __name__ == "__main__":
    import sys

    from cli.main import main

    sys.exit(main(start_gui=start_gui))

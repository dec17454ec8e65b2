"""DX事例ブラウザ: `python main.py` starts the desktop app; `python main.py COMMAND …` runs the command line."""

import time

PROCESS_START = time.perf_counter()  # start-up is measured from here (--startup-report)

if __name__ == "__main__":
    import sys

    from cli.main import main

    sys.exit(main())

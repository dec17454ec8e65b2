"""The one error type the command line reports: a one-line message, exit code 2, no traceback."""

from __future__ import annotations


class CliError(Exception):
    """Bad input from the user; str() is the one line printed on stderr (cli.main.main exits with code 2)."""

"""The one error the importer raises: the input is not a casebook volume it can read."""

from __future__ import annotations


class CasebookError(ValueError):
    """A file or text that cannot be imported; str() is a one-line translated message for the user."""

    def __init__(self, message: str) -> None:
        # One line, whatever the caller passed: the CLI prints it as is on stderr.
        super().__init__(" ".join(message.split()))

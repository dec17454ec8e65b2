"""Shared fixtures: Qt runs offscreen and every test gets its own user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data folder at tmp_path so no test touches the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("DX_CASEBOOK_HOME", str(home))
    return home


@pytest.fixture
def umask() -> Iterator[None]:
    """The usual umask 022 for the test (saved-file permissions follow it)."""
    old = os.umask(0o022)
    yield
    os.umask(old)

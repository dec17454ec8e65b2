"""Where DX事例ブラウザ keeps its files: the shipped library and the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "dx-casebook"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SHIPPED_LIBRARY = DATA_DIR / "cases.json"
SHIPPED_SOURCE_DIR = DATA_DIR / "source"
RESOURCES_DIR = PROJECT_ROOT / "resources"

# Tests and portable installs point this at another folder.
HOME_ENV = "DX_CASEBOOK_HOME"


def user_data_dir() -> Path:
    """The folder for the user's own files (imported volumes, bookmarks); not created here."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_library_path() -> Path:
    return user_data_dir() / "library.json"


def bookmarks_path() -> Path:
    return user_data_dir() / "bookmarks.json"

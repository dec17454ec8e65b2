"""ヘルプ → このアプリについて: the version, where the data comes from, and the licences of what is shipped.

The version is the installed distribution's (importlib.metadata), else the one in pyproject.toml (a checkout run
in place). The data's source is the casebook; its edition is what the cases carry (`Source.edition` once the
importer records it, else the volumes and their files). The licences are shown as plain text from the files
shipped with the app: the bundled font's (IPA Font License) and the municipality list's. Everything is escaped.
"""

from __future__ import annotations

import html
import tomllib
from collections import Counter
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.window_geometry import resize_within_screen
from model.case import Case
from model.paths import DATA_DIR, PROJECT_ROOT, RESOURCES_DIR

DISTRIBUTION = "dx-casebook"
FONT_LICENSE = RESOURCES_DIR / "fonts" / "IPA_Font_License_Agreement_v1.0.txt"
DATA_LICENSE = DATA_DIR / "municipalities-LICENSE.md"
README = PROJECT_ROOT / "README.md"


def app_version() -> str:
    """The app's version: the installed distribution's, else pyproject.toml's, else "?"."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        with (PROJECT_ROOT / "pyproject.toml").open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "?"


def editions(cases: Iterable[Case]) -> list[str]:
    """One line per volume the cases come from: its name, its edition when known, its file and its case count."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for case in cases:
        source = case.source
        counts[(source.volume, str(getattr(source, "edition", "") or ""), source.file)] += 1
    lines = []
    for (volume, edition, file), n in sorted(counts.items()):
        name = f"{volume}（{edition}）" if edition else volume
        lines.append(f"{name}: {n} — {file}")
    return lines


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return str(err)


class AboutDialog(QDialog):
    def __init__(self, cases: list[Case], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("DX事例ブラウザについて"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("DX事例ブラウザについて"))
        self.summary = QTextBrowser()
        self.summary.setObjectName("aboutSummary")
        self.summary.setAccessibleName(self.tr("このアプリについて"))
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(self._open)
        self.summary.setHtml(self.summary_html(cases))
        self.tabs.addTab(self.summary, self.tr("概要"))
        licences = ((self.tr("フォントのライセンス"), FONT_LICENSE), (self.tr("データのライセンス"), DATA_LICENSE))
        for title, path in licences:
            text = QPlainTextEdit(_read(path))  # plain text: shown exactly as shipped
            text.setReadOnly(True)
            text.setAccessibleName(title)
            self.tabs.addTab(text, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, QSize(620, 480), parent)

    def summary_html(self, cases: list[Case]) -> str:
        esc = html.escape
        none = self.tr("なし")
        volumes = "".join(f"<li>{esc(line)}</li>" for line in editions(cases)) or f"<li>{esc(none)}</li>"
        readme = QUrl.fromLocalFile(str(README)).toString()
        name = self.tr("DX事例ブラウザ")
        version = self.tr("バージョン {version}").format(version=app_version())
        purpose = self.tr("総務省「自治体DX推進参考事例集」の事例を検索・閲覧し、ブックマークとメモを残し、"
                          "要約を印刷するためのアプリです。")
        source_heading = self.tr("データの出典")
        source = self.tr("総務省「自治体DX推進参考事例集」")
        count = self.tr("収録事例: {n}件").format(n=len(cases))
        shipped = self.tr("同梱のフォントとデータ")
        font = self.tr("IPAexゴシック（IPAフォントライセンスv1.0）")
        data = self.tr("全国地方公共団体コードと位置（data/municipalities-LICENSE.md）")
        link = self.tr("README（使い方）を開く")
        return "".join([
            f"<h2>{esc(name)}</h2><p>{esc(version)}</p><p>{esc(purpose)}</p>",
            f"<h3>{esc(source_heading)}</h3><p>{esc(source)}</p><p>{esc(count)}</p><ul>{volumes}</ul>",
            f"<h3>{esc(shipped)}</h3><ul><li>{esc(font)}</li><li>{esc(data)}</li></ul>",
            f'<p><a href="{esc(readme)}">{esc(link)}</a></p>',
        ])

    def _open(self, url: QUrl) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(url)


def show_about(parent: QWidget, cases: list[Case]) -> None:
    dialog = AboutDialog(cases, parent)
    dialog.exec()
    dialog.deleteLater()

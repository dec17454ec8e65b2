"""The English translation: complete, in step with the code, compiled, and what a user actually sees.

The .ts is the translators' file and the committed .qm is what the app loads; both must follow every change of a
source string (run `resources/translations/update.py`, then translate what it reports as unfinished).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from gui.app import install_translators
from gui.main_window import MainWindow
from model import i18n, paths
from model.bookmarks import BookmarkStore
from model.importer import parse_volume
from model.storage import read_tables
from tests.gui.library_fixtures import sample_cases, write_library

TRANSLATIONS = paths.RESOURCES_DIR / "translations"
TS = TRANSLATIONS / "dx_casebook_en.ts"
QM = TRANSLATIONS / "dx_casebook_en.qm"
SEED = paths.PROJECT_ROOT / "data" / "source" / "vol1-taisei-seibi.txt"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")  # kana, kanji, full-width forms



def _load_update_script() -> ModuleType:
    """resources/translations/update.py (not a package): the source list and the lupdate/lrelease calls."""
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of every current (non-obsolete) message of a .ts file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("obsolete", "vanished"):
                found[(name, message.findtext("source") or "")] = translation
    return found


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)[^}]*\}", text)) | set(re.findall(r"%(?:n|\d)", text))


# -- the files ---------------------------------------------------------------------------------------------------

def test_every_message_has_an_english_translation_with_the_same_placeholders() -> None:
    found = messages(TS)
    assert len(found) > 250
    for (context, source), translation in found.items():
        text = translation.text or ""
        assert translation.get("type") is None, (context, source)
        assert text.strip(), (context, source)
        assert not JAPANESE.search(text.replace("①", "")), (context, source, text)
        assert placeholders(text) == placeholders(source), (context, source, text)
        assert source.count("&") == text.count("&"), (context, source, text)  # menu accelerators kept


def test_every_translatable_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, "en")
    assert set(messages(fresh)) == set(messages(TS)), "run resources/translations/update.py"


def _unreadable_calls(path: Path) -> list[str]:
    """translate()/tr() calls whose text lupdate cannot read (f-strings, variables, concatenation at run time)."""
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        by_name = isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP")  # model.i18n
        by_qt = (isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name)
                 and func.value.id in ("QCoreApplication", "QApplication"))
        if by_name or by_qt:
            args = node.args[:2]
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            args = node.args[:1]
        else:
            continue
        if not args or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
            bad.append(f"{path.relative_to(paths.PROJECT_ROOT).as_posix()}:{node.lineno}")
    return bad


def test_translate_and_tr_calls_pass_literal_strings() -> None:
    # lupdate silently skips tr(f"…") and translate(ctx, variable): such text would stay Japanese in English.
    bad = [hit for source in update.sources() for hit in _unreadable_calls(paths.PROJECT_ROOT / source)]
    # gui/app.py's hook forwards model/ text to Qt: translate(context, text) with variables, on purpose; a table
    # of strings marked with QT_TRANSLATE_NOOP (checked for literals above) translates them when shown.
    marking = tuple(f"{source}:" for source in update.sources()
                    if "QT_TRANSLATE_NOOP(" in (paths.PROJECT_ROOT / source).read_text(encoding="utf-8"))
    assert [hit for hit in bad if not hit.startswith(("gui/app.py:", *marking))] == []


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    update.lrelease(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), "run resources/translations/update.py"


# -- what a user sees --------------------------------------------------------------------------------------------

@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in getattr(qapp, "_dx_translators", []):
        qapp.removeTranslator(translator)
    i18n.set_translator(None)


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = write_library(tmp_path / "library.json", sample_cases())
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.show_case("1-04")
    return window


def _chrome_texts(window: MainWindow) -> list[str]:
    """Every fixed text of the window a user can read: menus, toolbar, tabs, buttons, labels, placeholders,
    tooltips. Case data (the header labels, the tree, the tab contents, prefecture names) are left out."""
    data_labels = {window.detail.path_label, window.detail.title_label, window.detail.meta_label,
                   window.detail.points_label}
    texts: list[str] = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    for tabs in (window.left_tabs, window.detail.tabs):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
        texts += [tabs.tabToolTip(i) for i in range(tabs.count())]
    for widget in window.findChildren(QAbstractButton):
        texts += [widget.text(), widget.toolTip()]
    for label in window.findChildren(QLabel):
        if label not in data_labels:
            texts += [label.text(), label.toolTip()]
    for edit in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        texts += [edit.placeholderText(), edit.accessibleName()]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(0), combo.toolTip()]
    texts.append(window.search_panel.band_menu.actions()[2].text())
    return [t for t in texts if t]


def test_english_window_has_english_menus_tabs_and_labels(qapp: QApplication, qtbot: QtBot, tmp_path: Path,
                                                         restore_language: None) -> None:
    assert install_translators(qapp, "en") == "en"
    window = _window(qtbot, tmp_path)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Search", "&View", "&Go", "&Bookmarks", "&Print", "&Tools", "&Help"]
    assert [window.left_tabs.tabText(i) for i in range(2)] == ["Cases", "Bookmarks"]
    assert [window.detail.tabs.tabText(i) for i in range(5)] == ["Overview", "Effects", "Cost", "Schedule",
                                                                  "Interview"]
    assert window.search_panel.count_label.text() == "5 of 5"
    assert "Under 10,000 residents" in [a.text() for a in window.search_panel.band_menu.actions()]
    japanese = [t for t in _chrome_texts(window) if JAPANESE.search(t)]
    assert japanese == []
    assert window.windowTitle() == "福島県 | 1-04 — DX Casebook"


def test_japanese_window_stays_japanese_after_english(qapp: QApplication, qtbot: QtBot, tmp_path: Path,
                                                      restore_language: None) -> None:
    install_translators(qapp, "en")
    assert install_translators(qapp, "ja") == "ja"
    window = _window(qtbot, tmp_path)
    assert [a.text() for a in window.menuBar().actions()] == ["ファイル(&F)", "検索(&S)", "表示(&V)",
                                                               "移動(&G)", "ブックマーク(&B)", "印刷(&P)", "ツール(&T)",
                                                               "ヘルプ(&H)"]
    assert [window.detail.tabs.tabText(i) for i in range(5)] == ["概要", "効果", "コスト", "スケジュール",
                                                                  "インタビュー"]
    assert window.search_panel.count_label.text() == "5件中 5件"


def test_model_messages_follow_the_gui_language(qapp: QApplication, tmp_path: Path,
                                                restore_language: None) -> None:
    cut = SEED.read_text(encoding="utf-8")
    cut = cut[: cut.index("事業効果 ○ 県と市町")]
    damaged = tmp_path / "bookmarks.json"
    damaged.write_text("{not json", encoding="utf-8")

    install_translators(qapp, "en")
    assert "1-01: no effects found" in parse_volume(cut, "cut.txt").warnings
    with pytest.raises(Exception, match=r"^bookmarks\.json is damaged and could not be read\.$"):
        read_tables(damaged)
    install_translators(qapp, "ja")
    assert "1-01: 事業効果が見つかりません" in parse_volume(cut, "cut.txt").warnings


# -- the command line --------------------------------------------------------------------------------------------

def _cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, paths.HOME_ENV: str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(paths.PROJECT_ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def test_cli_error_in_english_is_one_english_line(user_home: Path) -> None:
    english = _cli("--lang", "en", "show", "9-99", home=user_home)
    assert english.returncode == 2
    assert english.stderr == "Error: No such case: 9-99 (the list command shows all cases)\n"
    japanese = _cli("--lang", "ja", "show", "9-99", home=user_home)
    assert japanese.returncode == 2
    assert japanese.stderr == "エラー: 事例が見つかりません: 9-99（list で一覧を表示）\n"


def test_cli_help_and_usage_errors_in_english(user_home: Path) -> None:
    help_text = _cli("--lang", "en", "--help", home=user_home)
    assert help_text.returncode == 0
    assert "display language (default: the system language)" in help_text.stdout
    assert not JAPANESE.search(help_text.stdout)
    usage = _cli("--lang=en", "bogus", home=user_home)
    assert usage.returncode == 2
    assert usage.stderr.startswith("Error: Invalid arguments: ")


def test_cli_import_warnings_and_show_in_english(tmp_path: Path, user_home: Path) -> None:
    cut = tmp_path / "cut.txt"
    text = SEED.read_text(encoding="utf-8")
    cut.write_text(text[: text.index("事業効果 ○ 県と市町")], encoding="utf-8")
    imported = _cli("--lang", "en", "import", cut, home=user_home)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("cut.txt: cases imported: 1 (1. 体制整備)\n")
    assert "  Warning: 1-01: no effects found\n" in imported.stdout
    shown = _cli("--lang", "en", "show", "1-04", home=tmp_path / "fresh-home").stdout
    assert "Population size: Prefecture  Population: 174.0万人 (as of 令和６年12月１日)" in shown
    assert "■ Overview" in shown and "■ Effects" in shown


def test_cli_print_in_english_writes_an_english_pdf(tmp_path: Path, user_home: Path) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "out.pdf"
    proc = _cli("--lang", "en", "print", "1-04", "1-01", "--pdf", pdf, home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(rf"Wrote {re.escape(str(pdf))} \(pages: \d+, cases: 2\)\n", proc.stdout)
    reader = PdfReader(pdf)
    assert reader.metadata is not None and reader.metadata.title == "DX Casebook case summaries (2)"
    contents = " ".join(reader.pages[0].extract_text().split())
    assert "Contents" in contents and "Source: MIC, Local Government DX Casebook" in contents

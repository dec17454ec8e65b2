"""Starting the desktop app: QApplication, the bundled Japanese font, translators, settings, the main window.

`run_gui` is what `main.py` calls when no CLI command is given. With `startup_report`, the app prints how long it
took from process start until the window was painted with the tree filled and the first case shown, then quits
(used to measure start-up time).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, MutableMapping
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox


def skip_pyside_source_reading() -> None:
    """Make PySide6's import hook read a module's file instead of its source through `inspect` (same answer).

    After PySide6 is loaded, it asks of every module imported whether its source mentions "PySide6" (for its
    `__feature__` switching, PYSIDE-2029), with `inspect.getsource`: the tokenizer and linecache over the whole
    file, ~0.15 ms a module, 20–25 ms of the app's start-up. A search of the file's bytes answers the same for a
    module loaded from a .py file; anything else still goes to PySide's own function. Does nothing when PySide6
    no longer has the hook.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "reads_bytes", False):
        return

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]


skip_pyside_source_reading()  # before the app's own modules below and in run_gui are imported

from gui.plain import plain  # noqa: E402
from model import i18n, paths  # noqa: E402

# main.py stores time.perf_counter() here as its first act; otherwise import time is the best we know.
PROCESS_START: float | None = None
_IMPORTED_AT = time.perf_counter()

ORGANIZATION = "dx-casebook"
APPLICATION = "dx-casebook"
TRANSLATIONS_DIR = paths.RESOURCES_DIR / "translations"


# Labels of Qt's own file dialog that qtbase_ja (Qt 6.11) lacks: it has the older "Look in:" and "Files of type:"
# without the mnemonic the dialog now asks for. Japanese for these few, so the dialog reads Japanese throughout.
QT_GAPS_JA = {
    ("QFileDialog", "&Look in:"): "場所(&L):",
    ("QFileDialog", "Files of &type:"): "ファイルの種類(&T):",
}


class _GapTranslator(QTranslator):
    """Answers the few (context, text) pairs of `table`; everything else falls through to Qt's catalogue."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString), not "": an empty translation would blank every other text of the app.
        return self._table.get((context, source))

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, lang: str | None) -> str:
    """Install the app's and Qt's translations for `lang` (None: the system locale); returns the language used.

    Japanese is the source language, so it needs no .qm of ours; Qt's own dialogs (buttons, print dialog) still
    need qtbase_ja to speak Japanese.
    """
    language = i18n.resolve_language(lang)
    QLocale.setDefault(QLocale(language))
    # Switching language (tests build windows in both) must not leave the previous language's translations in.
    for old in getattr(app, "_dx_translators", []):
        app.removeTranslator(old)
    i18n.set_translator(None)
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        translators.append(qt)
    if language == "ja":
        translators.append(_GapTranslator(QT_GAPS_JA, app))  # installed last: asked first
    ours = TRANSLATIONS_DIR / f"dx_casebook_{language}.qm"
    if language != "ja" and ours.exists():
        tr = QTranslator(app)
        if tr.load(str(ours)):
            translators.append(tr)
    for t in translators:
        app.installTranslator(t)
    if language != "ja":
        # model/ and cli/ text (e.g. storage messages) goes through the same translations.
        i18n.set_translator(lambda context, text: QApplication.translate(context, text))
    app._dx_translators = translators  # type: ignore[attr-defined]  # keep them alive
    return language


DATE_LOCALES = {"ja": "ja_JP.UTF-8", "en": "en_US.UTF-8"}


def use_ui_language_for_dates(language: str, environ: MutableMapping[str, str]) -> None:
    """Dates that Qt formats with the system locale (the file dialog's 更新日時 column) in the UI language.

    Qt reads the locale from the environment when the QApplication is made; a Japanese UI on a machine whose
    locale is C or English showed `1 12 2026 09:03`. Only the time category is set, only when the environment
    does not already name a locale of the UI language, and never over LC_ALL (the user's explicit choice).
    """
    if environ.get("LC_ALL"):
        return
    current = environ.get("LC_TIME") or environ.get("LANG") or ""
    if not current.lower().startswith(language):
        environ["LC_TIME"] = DATE_LOCALES.get(language, DATE_LOCALES["ja"])


def open_settings() -> QSettings:
    """The app's QSettings: next to the user data when DX_CASEBOOK_HOME points elsewhere (tests, portable)."""
    import os  # start-up time: only needed here

    if os.environ.get(paths.HOME_ENV):
        return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()


class _FirstPaint(QObject):
    """Calls `done` once, right after the watched widget has been painted for the first time."""

    def __init__(self, done: Callable[[], None]) -> None:
        super().__init__()
        self._done = done
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._done)  # after this paint has finished
        return False


def run_gui(argv: list[str], *, db: Path | None, lang: str | None, startup_report: bool) -> int:
    # Start-up time: imported after the QApplication exists, so --startup-report counts them from here.
    from gui.main_window import MainWindow
    from model.bookmarks import BookmarkStore
    from model.library import Library
    from model.storage import StorageError

    if QApplication.instance() is None:
        use_ui_language_for_dates(i18n.resolve_language(lang), os.environ)
    # Qt reads argv[0] as the program name; main.py passes the arguments after it.
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APPLICATION, *argv])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    try:
        from printing.fonts import register_fonts
    except ImportError:  # fonts not bundled in this build: the platform's fonts it is
        pass
    else:
        try:
            register_fonts()
        except Exception as exc:  # a missing font must not stop the app
            print(f"warning: {exc}", file=sys.stderr)
    install_translators(app, lang)
    # After the translators: Qt appends the display name to window titles that do not already end with it.
    app.setApplicationDisplayName(QApplication.translate("App", "DX事例ブラウザ"))

    try:
        library = Library.open_db(db) if db else Library.open()
        store = BookmarkStore(paths.bookmarks_path())
    except (StorageError, OSError, ValueError) as exc:
        message = QApplication.translate("App", "ライブラリを開けませんでした。{error}").format(error=exc)
        QMessageBox.critical(None, QApplication.translate("App", "DX事例ブラウザ"), plain(message))
        return 1

    # The library is built and lives as long as the app: take its objects out of the cyclic collector's sight, so
    # that collections while the window is built (and on every keystroke) do not walk 10,000 cases again.
    import gc  # only needed here

    gc.freeze()
    # In stages: what the first paint shows now, the bookmarks tab and the map right after it (MainWindow).
    window = MainWindow(library, store, open_settings(), staged=True)
    if startup_report:
        start = PROCESS_START if PROCESS_START is not None else _IMPORTED_AT

        def report() -> None:
            print(f"startup: {time.perf_counter() - start:.2f} s", flush=True)
            # exit(), not quit(): since Qt 6 quit() closes the windows, and closing saves the session.
            app.exit(0)

        watcher = _FirstPaint(report)
        target = window.detail.tabs.currentWidget()
        target = getattr(target, "viewport", lambda: target)()
        target.installEventFilter(watcher)
        window._dx_startup_watcher = watcher  # type: ignore[attr-defined]
    window.show()
    if not gc.isenabled():  # main.py turned it off for the start-up; the window's objects live as long as it
        gc.freeze()
        gc.enable()
    QTimer.singleShot(0, lambda: window.report_startup_problems(dialogs=not startup_report))
    return app.exec()

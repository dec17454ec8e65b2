"""The layers stay apart: model/ is pure Python, printing/ needs QtGui only, the CLI never needs gui/.

The rules are checked on the syntax tree of every module, so an import inside a function counts as much as one at
the top; `test_model_imports_no_qt` also imports all of model/ and looks at what got loaded.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from model.paths import PROJECT_ROOT

QT_BEYOND_GUI = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")

# package -> the imports its modules must never make (a name and everything under it)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "model": ("PySide6", "shiboken6", "gui", "cli", "printing", "bench", "tests"),
    "printing": (*QT_BEYOND_GUI, "gui", "cli", "bench", "tests"),
    "cli": (*QT_BEYOND_GUI, "gui", "bench", "tests"),
    "gui": ("cli", "bench", "tests"),
}


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module `path` imports, anywhere in it, with the line: `from a import b` gives a and a.b."""
    names: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
            names += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return names


def _violations(package: str) -> list[str]:
    out = []
    for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
        for line, name in imported_names(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[package]):
                out.append(f"{path.relative_to(PROJECT_ROOT).as_posix()}:{line} imports {name}")
    return out


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_its_layer_allows(package: str) -> None:
    assert _violations(package) == []


def test_the_rule_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def later():\n    from gui import print_dialogs\n    import PySide6.QtWidgets\n",
                      encoding="utf-8")
    assert [name for _line, name in imported_names(module)] == ["gui", "gui.print_dialogs", "PySide6.QtWidgets"]


def test_model_imports_no_qt() -> None:
    modules = sorted(p.stem for p in (PROJECT_ROOT / "model").glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import model.{m}\n" for m in modules)
        + "import model.importer\n"
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

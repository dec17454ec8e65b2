"""model/ stays pure Python: importing all of it loads no Qt module."""

from __future__ import annotations

import subprocess
import sys

from model.paths import PROJECT_ROOT


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

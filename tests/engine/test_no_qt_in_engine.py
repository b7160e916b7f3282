"""The engine is pure NumPy: importing every engine module loads no Qt."""
import pkgutil
import subprocess
import sys

import engine


def test_engine_imports_no_qt():
    modules = [f"engine.{m.name}" for m in pkgutil.iter_modules(engine.__path__)]
    assert len(modules) >= 8
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'PyQt5', 'PyQt6', 'shiboken6'))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

"""Running an exported Python script as a reader would: NumPy and nothing else on its path.

The project is installed in the venv (editable), so a plain subprocess could
import it. The script runs with -S (no site-packages, no .pth hooks) and a
PYTHONPATH holding links to NumPy alone, in an empty folder: an import of
anything but NumPy fails.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf|nan")


def run_script(text, tmp_path, *args, timeout=120):
    """Write text to tmp_path/script.py, run it with NumPy alone; its stdout (exit 0 asserted)."""
    lib = tmp_path / "numpy_only"
    lib.mkdir(exist_ok=True)
    numpy_dir = Path(np.__file__).parent
    for name in ("numpy", "numpy.libs"):
        source = numpy_dir.parent / name
        if source.exists() and not (lib / name).exists():
            (lib / name).symlink_to(source)
    work = tmp_path / "run"
    work.mkdir(exist_ok=True)
    path = work / "script.py"
    path.write_text(text, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONPATH"] = str(lib)
    env["OPENBLAS_NUM_THREADS"] = "1"
    done = subprocess.run([sys.executable, "-S", str(path), *args], cwd=work, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def blocks(output):
    """{name: text} for every 'name = value' in output; a value may go on over several lines."""
    found, name = {}, None
    for line in output.splitlines():
        if " = " in line:
            name, _, value = line.partition(" = ")
            found[name.strip()] = value
        elif name is not None and line.startswith(" "):
            found[name] += " " + line
        else:
            name = None
    return found


def printed(output):
    """{name: value} of every line 'name = value', stripped (lines that go on are not joined)."""
    out = {}
    for line in output.splitlines():
        name, sep, value = line.partition(" = ")
        if sep:
            out[name.strip()] = value.strip()
    return out


def numbers(text):
    """Every number written in text, as a float array (NumPy prints them all round-trippable)."""
    return np.array([float(n) for n in NUMBER.findall(text)])

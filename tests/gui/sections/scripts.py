"""Running a section's exported script as a student would: a Python with NumPy and nothing else.

The project is installed in the test environment (editable), so the script runs without
site (-S): the project's import hook is gone and only NumPy's folder is on the path.
"""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

NUMPY_HOME = str(Path(np.__file__).resolve().parents[1])


def run_script(source, folder, args=(), timeout=120):
    """stdout of source run as folder/script.py (cwd folder); fails the test on a non-zero exit."""
    path = Path(folder) / "script.py"
    path.write_text(source, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONPATH"] = NUMPY_HOME
    done = subprocess.run([sys.executable, "-S", str(path), *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def printed(stdout):
    """{name: text} of the script's 'name = value' lines."""
    out = {}
    for line in stdout.splitlines():
        name, sep, value = line.partition(" = ")
        if sep:
            out[name.strip()] = value.strip()
    return out

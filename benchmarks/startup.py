"""Start-up time: Gradient Lab's window vs a bare PySide6 + pyqtgraph window.

Each run is a fresh interpreter (subprocess). The time is measured in this
process from just before the child is started until the child prints that its
window has been shown and the event loop has run once (so the first paint is
done). The target: Gradient Lab within 1.5x the bare window (median of runs).

Usage: .venv/bin/python -m benchmarks.startup [--runs 7] [--json] [--platform offscreen|xcb]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([0, 1, 2], [0, 1, 4])
window.setCentralWidget(plot)
window.resize(1280, 800)
window.show()
def shown():
    print("window-shown", flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""


def _time_one(argv, env):
    """{marker: seconds since the start} for the markers the child prints."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    times = {}
    for line in proc.stdout:
        marker = line.strip()
        if marker in ("window-shown", "section-ready"):
            times[marker] = time.perf_counter() - start
    proc.stdout.close()
    proc.wait(timeout=60)
    if "window-shown" not in times:
        raise RuntimeError(f"{argv} never showed its window (exit code {proc.returncode})")
    return times


def _lazy_modules(env):
    """Which heavy optional modules are imported by the time the window shows."""
    code = ("import sys, main; main.main(['--quit-after', '0']);"
            "print('loaded:', ' '.join(m for m in ('sympy', 'numba', 'OpenGL', 'pyqtgraph.opengl', 'PIL')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    lines = [line for line in out.stdout.splitlines() if line.startswith("loaded:")]
    return lines[-1][len("loaded:"):].strip() if lines else "?"


def measure(runs=7, platform="offscreen", section="loss"):
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONDONTWRITEBYTECODE": "0",
               "GRADIENT_LAB_SETTINGS": str(Path(tmp) / "settings.ini"),
               "GRADIENT_LAB_STARTUP_PROBE": "1"}
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "main.py", "--section", section, "--lang", "en"]
        _time_one(bare_cmd, env)          # warm the file cache for both
        _time_one(app_cmd, env)
        bare, app, ready = [], [], []
        for _ in range(runs):             # interleaved, so load changes hit both alike
            bare.append(_time_one(bare_cmd, env)["window-shown"])
            times = _time_one(app_cmd, env)
            app.append(times["window-shown"])
            ready.append(times["section-ready"])
        loaded = _lazy_modules({**env, "GRADIENT_LAB_STARTUP_PROBE": ""})
    result = {"runs": runs, "platform": platform, "section": section,
              "bare_median_s": statistics.median(bare), "app_median_s": statistics.median(app),
              "section_ready_median_s": statistics.median(ready),
              "bare_s": bare, "app_s": app, "section_ready_s": ready,
              "heavy_modules_loaded_at_start": loaded}
    result["ratio"] = result["app_median_s"] / result["bare_median_s"]
    result["target_ratio"] = TARGET_RATIO
    result["ok"] = result["ratio"] <= TARGET_RATIO
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--section", default="loss", help="the section to open (default loss, the first)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    options = parser.parse_args(argv)
    result = measure(options.runs, options.platform, options.section)
    if options.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"Start-up to first paint, median of {result['runs']} runs ({result['platform']}):")
    print(f"  {'window':<36}{'median':>10}{'min':>10}{'max':>10}")
    for name, key in (("bare PySide6 + pyqtgraph window", "bare_s"),
                      ("Gradient Lab window", "app_s"),
                      (f"  ... section {result['section']} ready", "section_ready_s")):
        values = result[key]
        print(f"  {name:<36}{statistics.median(values):>9.3f}s{min(values):>9.3f}s{max(values):>9.3f}s")
    verdict = "OK" if result["ok"] else "TOO SLOW"
    print(f"  ratio window/bare {result['ratio']:.2f} (target <= {TARGET_RATIO}) {verdict}; "
          f"section ready/bare {result['section_ready_median_s'] / result['bare_median_s']:.2f}")
    print(f"  heavy optional modules imported at start: {result['heavy_modules_loaded_at_start'] or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Redraw time of a 20x20 quiver of -grad f (section 4.4), against 400 ArrowItems and matplotlib.

    python -m benchmarks.quiver [--repeat 50] [--mpl-python /path/to/python-with-matplotlib]

Measured in one run, offscreen: the field's maths (numerical_gradient_grid and
the segments), setData on the two connect="pairs" items, and a full frame
(setData + painting the plot into an image, as the screen would). matplotlib is
not a dependency: when it cannot be imported here, --mpl-python may name an
interpreter that has it; otherwise the reference figure from ENVIRONMENT.md is printed.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

import numpy as np

MPL_REFERENCE_MS = 44.0   # ENVIRONMENT.md: matplotlib redraws the book's quiver in ~44 ms

MPL_SNIPPET = r"""
import sys, time, statistics
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
n, repeat = int(sys.argv[1]), int(sys.argv[2])
x = np.linspace(-2, 2.25, n)
X0, X1 = np.meshgrid(x, x)
fig, ax = plt.subplots(figsize=(7, 6), dpi=100)
q = ax.quiver(X0, X1, -2 * X0, -2 * X1, angles="xy", color="#0b3d91")
ax.set_xlim(-2.5, 2.75); ax.set_ylim(-2.5, 2.75)
fig.canvas.draw()
times = []
for i in range(repeat):
    s = 1.0 + 0.01 * (i % 2)
    t = time.perf_counter()
    q.set_UVC(-2 * s * X0, -2 * s * X1)
    fig.canvas.draw()
    times.append((time.perf_counter() - t) * 1000)
print(statistics.median(times), min(times))
"""


def _median_ms(fn, repeat):
    """Median and best time of fn in ms (the best is steadier when other processes share the cores)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def matplotlib_ms(n, repeat, python):
    try:
        import matplotlib  # noqa: F401
        python = sys.executable
    except ImportError:
        if not python:
            return None, "not installed"
    out = subprocess.run([python, "-c", MPL_SNIPPET, str(n), str(repeat)], capture_output=True,
                         text=True, timeout=300)
    if out.returncode != 0:
        return None, out.stderr.strip().splitlines()[-1] if out.stderr else "failed"
    median, best = (float(v) for v in out.stdout.split())
    return (median, best), python


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--n", type=int, default=20, help="arrows per axis (default 20)")
    parser.add_argument("--mpl-python", help="a Python interpreter that has matplotlib")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import pyqtgraph as pg
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from engine.gradient import numerical_gradient_grid
    from engine.quiver import arrow_segments, grid
    from gui.sections.gradient import GradientSection

    app = QApplication.instance() or QApplication([])
    section = GradientSection()
    section.resize(1000, 700)
    section.show()
    section.density.setValue(args.n)
    app.processEvents()
    f = section.function.expression()
    X0, X1 = grid((-2.0, 2.25), (-2.0, 2.25), args.n)
    spacing = 4.25 / (args.n - 1)

    def maths():
        d0, d1 = numerical_gradient_grid(f, X0, X1)
        return arrow_segments(X0, X1, -d0, -d1, spacing)

    segments = maths()
    flip = [False]

    def set_data():
        flip[0] = not flip[0]
        section.normalise.setChecked(flip[0])   # runs _update_arrows: segments + two setData

    def frame():
        set_data()
        section.plot.grab()                      # paint the whole plot, as a screen update would

    results = {
        "field maths (gradient grid + segments)": _median_ms(maths, args.repeat),
        "segments + setData of the two pairs items": _median_ms(set_data, args.repeat),
        "full frame, with dashed contours underneath": _median_ms(frame, args.repeat),
    }
    section.contour_curve.hide()   # like for like with matplotlib's quiver-only figure
    results["full frame: setData + paint (two pairs items)"] = _median_ms(frame, args.repeat)
    section.contour_curve.show()
    # Baseline: the same arrows as one pg.ArrowItem each, moved and repainted.
    plot = pg.PlotWidget()
    plot.resize(700, 560)
    plot.show()
    sx, sy = segments[0], segments[1]
    arrows = []
    for i in range(sx.size // 2):
        arrow = pg.ArrowItem(tailLen=20, headLen=8, brush="#0b3d91")
        plot.addItem(arrow)
        arrows.append(arrow)
    angles = np.degrees(np.arctan2(sy[1::2] - sy[0::2], sx[1::2] - sx[0::2]))

    def arrow_frame():
        flip[0] = not flip[0]
        for arrow, x, y, a in zip(arrows, sx[1::2], sy[1::2], angles):
            arrow.setStyle(angle=180 - a + (1e-3 if flip[0] else 0.0))
            arrow.setPos(QPointF(x, y))
        plot.grab()

    results[f"full frame: {len(arrows)} ArrowItems"] = _median_ms(arrow_frame, max(5, args.repeat // 5))
    mpl, where = matplotlib_ms(args.n, max(5, args.repeat // 5), args.mpl_python)

    print(f"Quiver redraw, {args.n}x{args.n} grid ({sx.size // 2} arrows), median of {args.repeat}; "
          f"numpy {np.__version__}, pyqtgraph {pg.__version__}, OPENBLAS_NUM_THREADS="
          f"{os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")
    print(f"  {'':<48} {'median':>8}    {'best':>8}")
    for name, (median, best) in results.items():
        print(f"  {name:<48} {median:8.2f} ms {best:8.2f} ms")
    if mpl is not None:
        print(f"  {'matplotlib quiver: set_UVC + draw (Agg)':<48} {mpl[0]:8.2f} ms {mpl[1]:8.2f} ms  ({where})")
        reference = mpl[0]
    else:
        print(f"  {'matplotlib quiver':<48} {'—':>8}      ({where}; ENVIRONMENT.md: ~{MPL_REFERENCE_MS:.0f} ms)")
        reference = MPL_REFERENCE_MS
    ours = results["full frame: setData + paint (two pairs items)"][0]
    print(f"  full frame (median) vs matplotlib: {reference / ours:.1f}x faster; "
          f"vs ArrowItems: {results[f'full frame: {len(arrows)} ArrowItems'][0] / ours:.1f}x faster")
    section.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())

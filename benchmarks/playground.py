"""The playground while it trains, offscreen: frames drawn, training steps, and the GUI's lateness.

For each network (the spiral preset's 2-8-8-2 and the largest the section
allows, 7 inputs and six layers of 8) the section trains at its top speed for a
few seconds. frames_per_s: complete redraws per second (the 100×100 boundary
image, every neuron's thumbnail, the edges and the loss curves, painted);
steps_per_s: training updates per second inside the app; p99_ms: how late a 10 ms
timer in the GUI thread fires meanwhile, from the first second on (idle_p99_ms: the same with the section
idle, the machine's own noise); headless_steps_per_s: the same trainer
alone in the same run, before and after. Targets: >= 30 frames/s, >= 100 steps/s,
p99 <= 50 ms.

    python -m benchmarks.playground [--json] [--seconds 6]
"""
import argparse
import json
import os
import time

from benchmarks.common import percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

LARGEST = {"features": ("x0", "x1", "x0²", "x1²", "x0·x1", "sin x0", "sin x1"), "hidden": (8,) * 6}


def configs():
    from engine.playground import MAX_LAYERS, MAX_NEURONS
    from gui.sections.playground.section import PRESET_CONFIGS

    assert LARGEST["hidden"] == (MAX_NEURONS,) * MAX_LAYERS
    spiral = PRESET_CONFIGS["spiral"]
    return {"spiral 2-8-8-2": spiral, "largest 7-8x6-2": spiral.with_(**LARGEST)}


def headless_rate(config, seconds):
    """Updates/s of PlaygroundTrainer alone (no drawing), for about `seconds`."""
    from engine.playground import PlaygroundTrainer, make_points

    trainer = PlaygroundTrainer(config, *make_points(config))
    start, done = time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        trainer.step()
        done += 1
    return done / (time.perf_counter() - start)


def gui_run(config, seconds, timer_ms=10, train=True):
    """Train config in the section at top speed; (lateness ms list, frames/s, steps/s, plane paints/s).

    train=False measures the same timer with the section idle: the machine's noise floor.
    """
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer

    from gui.app import create_application
    from gui.sections.playground import PlaygroundSection

    app = create_application()
    section = PlaygroundSection()
    section.resize(1280, 800)
    section.show()
    section._config = config                    # noqa: SLF001 - the benchmark's own network
    section.panel.set_values(config)
    section._new_points()                       # noqa: SLF001
    section._new_run()                          # noqa: SLF001
    section.playbar.speed.setValue(section.playbar.speed.maximum())
    app.processEvents()

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    section.plane.viewport().installEventFilter(counter)
    drawn = []
    show = section._show                        # noqa: SLF001

    def counted(snapshot):
        show(snapshot)
        drawn.append((time.perf_counter(), section.iteration()))
    section._show = counted                     # noqa: SLF001
    lateness = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setTimerType(Qt.PreciseTimer)
    timer.setInterval(timer_ms)
    last = [None]

    def tick():
        now = clock.nsecsElapsed() / 1e6
        if last[0] is not None and now >= 1000.0:      # as for the frames: from the first second on
            lateness.append(max(0.0, now - last[0] - timer_ms))
        last[0] = now
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    if train:
        section.play_pause()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    paints0 = PaintCounter.paints
    app.exec()
    timer.stop()
    section.shutdown()
    section.close()
    if not train:
        return lateness, 0.0, 0.0, 0.0
    # from the first second on (the thread starting is not what is measured)
    start = next((d for d in drawn if d[0] - drawn[0][0] >= 1.0), drawn[0])
    end = drawn[-1]
    span = end[0] - start[0]
    frames = sum(1 for d in drawn if d[0] > start[0]) / span
    steps = (end[1] - start[1]) / span
    return lateness, frames, steps, (PaintCounter.paints - paints0) / seconds


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON line per network")
    parser.add_argument("--seconds", type=float, default=6.0, help="GUI training time per network (s)")
    options = parser.parse_args(argv)
    ok = True
    for name, config in configs().items():
        before = headless_rate(config, 1.5)
        lateness, frames, steps, paints = gui_run(config, options.seconds)
        after = headless_rate(config, 1.5)
        idle, _, _, _ = gui_run(config, 2.0, train=False)
        result = {
            "benchmark": "playground", "network": name,
            "frames_per_s": round(frames, 1), "plane_paints_per_s": round(paints, 1),
            "steps_per_s": round(steps, 1),
            "headless_steps_per_s": round((before + after) / 2, 1),
            "p50_ms": round(percentile(lateness, 50), 2), "p99_ms": round(percentile(lateness, 99), 2),
            "max_ms": round(max(lateness) if lateness else float("nan"), 2),
            "idle_p99_ms": round(percentile(idle, 99), 2),
            "blas_threads": os.environ["OPENBLAS_NUM_THREADS"], "cpus": os.cpu_count(),
            "load_avg": round(os.getloadavg()[0], 2),
        }
        ok &= frames >= 30 and steps >= 100 and result["p99_ms"] <= 50
        if options.json:
            print(json.dumps(result))
        else:
            for key, value in result.items():
                print(f"{key:>22}: {value}")
            print()
    if not options.json:
        print("targets (>= 30 frames/s, >= 100 steps/s, p99 <= 50 ms):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

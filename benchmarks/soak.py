"""Soak: the training section trains the bundled MNIST for 50 epochs (30 000 iterations).

Reports the process's memory (RSS) growth from the first epoch to the last and
whether the cost of one redraw stays flat as the series grow (median of the
first and the last tenth of all redraws), plus the GUI thread's timer lateness
in the same two windows. Targets: growth < 50 MB, redraw time flat.

    python -m benchmarks.soak [--epochs 50] [--json]
"""
import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def soak(epochs):
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    from engine.mnist import load_mnist
    from gui.app import create_application
    from gui.sections.training import TrainingSection

    app = create_application()
    data = load_mnist()
    section = TrainingSection(data=data)
    section.resize(1280, 800)
    section.show()
    section.apply_preset("book")
    iters = epochs * 600
    section.panel.set_values({"iters_num": iters})

    # time every redraw: wrap the slot the section's frame timer calls
    redraws = []   # (iteration, ms)
    section._timer.timeout.disconnect()

    def timed_redraw():
        start = time.perf_counter()
        section._redraw()
        n = len(section.losses())
        redraws.append((n, (time.perf_counter() - start) * 1000))
    section._timer.timeout.connect(timed_redraw)

    lateness = []   # (iteration, ms) of a 10 ms timer in the GUI thread
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed() / 1e6]
    probe = QTimer()
    probe.setTimerType(Qt.PreciseTimer)
    probe.setInterval(10)

    def tick():
        now = clock.nsecsElapsed() / 1e6
        lateness.append((len(section.losses()), max(0.0, now - last[0] - 10)))
        last[0] = now
    probe.timeout.connect(tick)

    rss = {}
    start = time.perf_counter()
    section.start()
    probe.start()
    while section.state != "finished":
        app.processEvents()
        n = len(section.losses())
        if "first_epoch" not in rss and n >= 600:
            rss["first_epoch"] = rss_mb()
        time.sleep(0.002)
    wall = time.perf_counter() - start
    probe.stop()
    rss["end"] = rss_mb()
    section.shutdown()

    tenth = max(1, len(redraws) // 10)
    first = [ms for _, ms in redraws[:tenth]]
    last_ = [ms for _, ms in redraws[-tenth:]]
    late_tenth = max(1, len(lateness) // 10)

    def p99(values):
        values = sorted(values)
        return values[min(len(values) - 1, int(0.99 * len(values)))]

    return {
        "epochs": epochs, "iterations": len(section.losses()), "wall_s": round(wall, 1),
        "rss_first_epoch_mb": round(rss.get("first_epoch", float("nan")), 1),
        "rss_end_mb": round(rss["end"], 1),
        "rss_growth_mb": round(rss["end"] - rss.get("first_epoch", float("nan")), 1),
        "redraws": len(redraws),
        "redraw_ms_first_tenth_median": round(statistics.median(first), 2),
        "redraw_ms_last_tenth_median": round(statistics.median(last_), 2),
        "lateness_p99_ms_first_tenth": round(p99([ms for _, ms in lateness[:late_tenth]]), 1),
        "lateness_p99_ms_last_tenth": round(p99([ms for _, ms in lateness[-late_tenth:]]), 1),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = soak(args.epochs)
    if args.json:
        print(json.dumps(result))
        return
    r = result
    print(f"Soak: {r['epochs']} epochs, {r['iterations']} iterations in {r['wall_s']} s")
    print(f"  memory (RSS): {r['rss_first_epoch_mb']} MB after the first epoch, "
          f"{r['rss_end_mb']} MB at the end: growth {r['rss_growth_mb']} MB (target < 50 MB)")
    print(f"  redraw time, median: first tenth {r['redraw_ms_first_tenth_median']} ms, "
          f"last tenth {r['redraw_ms_last_tenth_median']} ms ({r['redraws']} redraws)")
    print(f"  10 ms timer lateness p99: first tenth {r['lateness_p99_ms_first_tenth']} ms, "
          f"last tenth {r['lateness_p99_ms_last_tenth']} ms")


if __name__ == "__main__":
    main()

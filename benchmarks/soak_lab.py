"""Soak of runs compared: nine 10 000-iteration runs on the bundled MNIST leave eight kept runs
(and the current one); the process's memory (RSS) after them against after the first run alone.

The Layers tab is shown throughout, so each run also records its weight and gradient histograms
over time (engine.layer_history.LayerHistory, the tab's store). The section keeps the current
run's histograms only; to measure eight kept runs *with* their histograms, a copy of each run's
LayerHistory is kept here as well. Target: eight kept runs stay within +100 MB of a single run.

    python -m benchmarks.soak_lab [--runs 9] [--iters 10000] [--json]
"""
import argparse
import copy
import gc
import json
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def kept_bytes(run):
    """Bytes of the arrays a KeptRun holds."""
    return sum(getattr(run, name).nbytes for name in ("x", "loss", "smoothed", "epochs", "epoch_iterations",
                                                      "train_acc", "test_acc"))


def soak(runs, iters):
    from engine.mnist import load_mnist
    from gui.app import create_application
    from gui.sections.training import TrainingSection

    app = create_application()
    section = TrainingSection(data=load_mnist())
    section.resize(1280, 800)
    section.show()
    section.apply_preset("book")
    section.panel.set_values({"iters_num": iters})
    layers = getattr(section, "layers", None)
    if layers is not None:                      # show the Layers tab: its histograms are recorded
        section.tabs.setCurrentIndex(section.tabs.count() - 1)
    histograms, rss, walls = [], [], []
    for number in range(runs):
        section.panel.set_values({"seed": number})     # each run differs from the one before
        start = time.perf_counter()
        section.start()
        while section.state != "finished":
            app.processEvents()
            time.sleep(0.002)
        for _ in range(20):                     # the last snapshots and redraws land
            app.processEvents()
            time.sleep(0.01)
        walls.append(time.perf_counter() - start)
        if layers is not None:
            histograms.append(copy.deepcopy(layers.history))   # kept with the run, as the kept curves are
            del histograms[:-8]
        gc.collect()
        rss.append(rss_mb())
    kept = section.kept.runs
    result = {
        "runs": runs, "iterations_per_run": iters, "kept_runs": len(kept),
        "wall_s_per_run": round(sum(walls) / len(walls), 1),
        "rss_after_first_run_mb": round(rss[0], 1), "rss_after_last_run_mb": round(rss[-1], 1),
        "rss_growth_mb": round(rss[-1] - rss[0], 1),
        "rss_after_each_run_mb": [round(r, 1) for r in rss],
        "kept_curves_kb_each": round(max(kept_bytes(run) for run in kept) / 1024, 1) if kept else 0,
        "layer_history_store": layers is not None,
        "histograms_kb_each": round(max(h.nbytes for h in histograms) / 1024, 1) if histograms else 0,
        "histogram_snapshots_each": max(len(h) for h in histograms) if histograms else 0,
    }
    section.shutdown()
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--iters", type=int, default=10000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    r = soak(args.runs, args.iters)
    if args.json:
        print(json.dumps(r))
        return
    print(f"Runs compared soak: {r['runs']} runs of {r['iterations_per_run']} iterations "
          f"({r['wall_s_per_run']} s each), {r['kept_runs']} kept")
    print(f"  memory (RSS): {r['rss_after_first_run_mb']} MB after the first run, "
          f"{r['rss_after_last_run_mb']} MB after the last: growth {r['rss_growth_mb']} MB (target ≤ 100 MB)")
    print(f"  after each run: {r['rss_after_each_run_mb']}")
    print(f"  a kept run's curves: {r['kept_curves_kb_each']} kB")
    if r["layer_history_store"]:
        print(f"  a run's weight/gradient histograms: {r['histograms_kb_each']} kB "
              f"({r['histogram_snapshots_each']} snapshots)")
    else:
        print("  no Layers tab here: the kept runs alone were measured")


if __name__ == "__main__":
    main()

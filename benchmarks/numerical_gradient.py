"""Benchmark: numerical gradient of TwoLayerNet 784-50-10 on a batch of 100 MNIST images.

    python -m benchmarks.numerical_gradient [--quick] [--repeats 5] [--threads 1] [--json]

Compares the book's element-by-element loop (benchmarks.textbook, timed over
every parameter once) with engine.fast_gradient (median of --repeats calls),
and reports the largest difference between the two and against backprop.
--quick times the loop on the first 40 rows of W1 only and extrapolates to
the whole network by element count; the table then says "extrapolated".
"""
from benchmarks.common import use_threads_from_argv

THREADS = use_threads_from_argv()

import argparse  # noqa: E402 - after the thread variables are set
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from benchmarks import textbook  # noqa: E402
from benchmarks.common import machine, table  # noqa: E402
from engine.mnist import load_mnist  # noqa: E402
from engine.networks import PARAM_KEYS, TwoLayerNet  # noqa: E402

QUICK_ROWS = 40


def book_network(network):
    """A textbook net holding copies of network's parameters."""
    net = textbook.TextbookTwoLayerNet(784, 50, 10)
    net.params = {k: network.params[k].copy() for k in PARAM_KEYS}
    return net


def time_loop(network, x, t_onehot, quick):
    """(seconds for the whole network, gradients computed, extrapolated?)."""
    net = book_network(network)
    loss_W = lambda W: net.loss(x, t_onehot)  # noqa: E731 - the book's idiom
    if not quick:
        start = time.perf_counter()
        grads = {key: textbook.numerical_gradient(loss_W, net.params[key]) for key in PARAM_KEYS}
        return time.perf_counter() - start, grads, False
    # The first rows of W1 are blank pixels for every image: time rows from the middle.
    rows = slice(392, 392 + QUICK_ROWS)
    part = net.params["W1"][rows]           # a view: the loop perturbs the real weights
    start = time.perf_counter()
    grads = {"W1": textbook.numerical_gradient(loss_W, part)}
    seconds = time.perf_counter() - start
    total = sum(network.params[k].size for k in PARAM_KEYS)
    return seconds * total / part.size, grads, True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"time the loop on {QUICK_ROWS} rows of W1 and extrapolate")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    (x_train, t_train), _ = load_mnist(normalize=True, one_hot_label=False)
    rng = np.random.default_rng(0)
    batch = rng.choice(x_train.shape[0], 100, replace=False)
    x = x_train[batch].astype(np.float64)
    labels = t_train[batch]
    t_onehot = np.eye(10)[labels]
    network = TwoLayerNet(784, 50, 10, weight_init_std=0.01, seed=0)

    network.numerical_gradient(x, labels, method="fast")  # warm-up
    fast_times = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        fast = network.numerical_gradient(x, labels, method="fast")
        fast_times.append(time.perf_counter() - start)
    fast_seconds = statistics.median(fast_times)
    loop_seconds, loop, extrapolated = time_loop(network, x, t_onehot, args.quick)
    if extrapolated:
        rows = slice(392, 392 + QUICK_ROWS)
        max_diff = float(np.abs(fast["W1"][rows] - loop["W1"]).max())
        compared = f"W1 rows {rows.start}-{rows.stop - 1}"
    else:
        max_diff = max(float(np.abs(fast[k] - loop[k]).max()) for k in PARAM_KEYS)
        compared = "all parameters"
    backprop = network.gradient(x, labels)
    backprop_diff = max(float(np.abs(fast[k] - backprop[k]).max()) for k in PARAM_KEYS)
    active = int(np.count_nonzero(np.any(x != 0, axis=0)))
    result = {
        "machine": machine(),
        "network": "784-50-10", "batch": 100, "h": 1e-4,
        "pixels_nonzero_in_batch": active,
        "loop_seconds": loop_seconds, "loop_extrapolated": extrapolated,
        "fast_seconds": fast_seconds, "fast_best_seconds": min(fast_times),
        "speedup": loop_seconds / fast_seconds,
        "max_difference_fast_vs_loop": max_diff, "compared": compared,
        "max_difference_fast_vs_backprop": backprop_diff,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    m = result["machine"]
    print(f"Numerical gradient, TwoLayerNet 784-50-10, batch 100, h = 1e-4 - BLAS threads: "
          f"{m['blas_threads']}, cores: {m['cores']}, load average: {m['load_average']:.2f}")
    loop_label = "book's loop" + (" (EXTRAPOLATED from 40 rows of W1)" if extrapolated else "")
    print(table(["method", "seconds/call", "speed-up", "max |diff| vs loop"],
                [[loop_label, f"{loop_seconds:.2f}", "1x", "-"],
                 [f"engine fast (median of {args.repeats})", f"{fast_seconds:.4f}",
                  f"{result['speedup']:.0f}x", f"{max_diff:.1e} ({compared})"]]))
    print(f"fast vs backprop: max |diff| {backprop_diff:.1e} (the 1e-7 inside the book's log); "
          f"{active} of 784 pixels are non-zero somewhere in the batch")


if __name__ == "__main__":
    main()

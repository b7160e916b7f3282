"""Benchmark: the book's SGD loop (textbook NumPy) against engine.training, side by side.

    python -m benchmarks.training [--rounds 7] [--iters 300] [--full] [--threads 1] [--json]

Both run 784-50-10, batch 100, lr 0.1 on the bundled MNIST in one process with
one BLAS thread (unless --threads). Each round times every implementation in
turn, so a busy machine slows them alike; the ratio is the median of the
per-round ratios. The textbook loop gets the data as the book loads it
(float32 pixels, one-hot float32 labels) and float64 weights. --full also runs
the book's whole experiment (10 000 iterations, accuracy every epoch).
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
from engine import kernels  # noqa: E402
from engine.mnist import load_mnist  # noqa: E402
from engine.networks import PARAM_KEYS
from engine.training import TrainConfig, Trainer  # noqa: E402


def textbook_stepper(x_train, t_train, seed=0):
    """n iterations of the book's loop body: choice, gradient, update, loss."""
    network = textbook.TextbookTwoLayerNet(784, 50, 10, seed=seed)
    np.random.seed(seed)
    train_size = x_train.shape[0]

    def run(n):
        for _ in range(n):
            batch_mask = np.random.choice(train_size, 100)
            x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
            grad = network.gradient(x_batch, t_batch)
            for key in PARAM_KEYS:
                network.params[key] -= 0.1 * grad[key]
            network.loss(x_batch, t_batch)
    return run, network


def engine_stepper(data, dtype, compiled=True):
    """n engine iterations; compiled=False forces the NumPy step (as without numba)."""
    available = kernels.AVAILABLE
    kernels.AVAILABLE = available and compiled
    try:
        trainer = Trainer(TrainConfig(iters_num=10 ** 9, dtype=dtype, evaluate=False), data)
    finally:
        kernels.AVAILABLE = available

    def run(n):
        for _ in range(n):
            next(trainer)
    return run, trainer


def matmul_floor(pixels, dtype, products=3):
    """n iterations of only the large products of an iteration.

    The textbook does three (x W1 forward, x.T da1 for dW1, x W1 again for the
    loss after the update); the engine does the first two, on the used pixels.
    """
    rng = np.random.default_rng(0)
    x = rng.random((100, pixels)).astype(dtype)
    W1 = rng.random((pixels, 50)).astype(dtype)
    da1 = rng.random((100, 50)).astype(dtype)

    def run(n):
        for _ in range(n):
            np.dot(x, W1)
            np.dot(x.T, da1)
            if products == 3:
                np.dot(x, W1)
    return run


def in_turns(runners, rounds, n=1):
    """Wall and CPU seconds per unit of run(n) for each runner, round by round.

    The runners take turns within a round, so a busy moment of the machine
    slows all of them alike and the per-round ratios stay fair.
    """
    wall = {name: [] for name in runners}
    cpu = {name: [] for name in runners}
    for _ in range(rounds):
        for name, run in runners.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            run(n)
            cpu[name].append((time.process_time() - start_cpu) / n)
            wall[name].append((time.perf_counter() - start) / n)
    return wall, cpu


def paired_speedup(base, times):
    """Median over rounds of base / time: robust to a slow round on either side."""
    return statistics.median(b / t for b, t in zip(base, times))


def measure_steps(book, data, rounds, iters):
    (x_train, _), _ = book
    runners = {"textbook (float64)": textbook_stepper(*book[0])[0]}
    floors = {"textbook floor: 3 matmuls, 784 pixels, float64": matmul_floor(784, np.float64)}
    for dtype in ("float64", "float32"):
        runners[f"engine {dtype}"], trainer = engine_stepper(data, dtype)
        pixels = getattr(trainer._step, "pixels", None)
        if pixels is not None:     # the compiled step: BLAS only for the common pixels
            pixels = pixels.cols.size
            floors[f"engine floor: 2 matmuls, {pixels} pixels, {dtype}"] = matmul_floor(
                pixels, np.dtype(dtype), 2)
    if kernels.AVAILABLE:
        runners["engine float64, NumPy step (no numba)"] = engine_stepper(data, "float64", False)[0]
    runners.update(floors)
    for run in runners.values():
        run(50)  # warm-up: caches, page faults, BLAS buffers
    wall, cpu = in_turns(runners, rounds, iters)
    rows = []
    for name in runners:
        ratio = paired_speedup(wall["textbook (float64)"], wall[name])
        cpu_ratio = paired_speedup(cpu["textbook (float64)"], cpu[name])
        ms = statistics.median(wall[name]) * 1e3
        rows.append({"implementation": name, "ms_per_iter": ms, "iters_per_sec": 1e3 / ms,
                     "ms_best": min(wall[name]) * 1e3, "speedup_vs_textbook": ratio,
                     "cpu_ms_per_iter": statistics.median(cpu[name]) * 1e3,
                     "cpu_speedup_vs_textbook": cpu_ratio})
    return rows


def measure_evaluation(book, data, rounds=5):
    """Seconds per full evaluation, the implementations taking turns; ratios paired by round."""
    (x_train, t_train), (x_test, t_test) = book
    network = textbook.TextbookTwoLayerNet(784, 50, 10)
    runners = {"textbook (float64)": lambda n: (network.accuracy(x_train, t_train),
                                                network.accuracy(x_test, t_test))}
    for dtype in ("float64", "float32"):
        evaluate = Trainer(TrainConfig(dtype=dtype), data).evaluate
        runners[f"engine {dtype}"] = lambda n, evaluate=evaluate: evaluate()
    times, _ = in_turns(runners, rounds)
    base = times["textbook (float64)"]
    return [{"implementation": name, "seconds": statistics.median(t),
             "speedup_vs_textbook": paired_speedup(base, t)} for name, t in times.items()]


def measure_full(book, data):
    (x_train, t_train), (x_test, t_test) = book
    start = time.perf_counter()
    _, losses, accs = textbook.train(x_train, t_train, x_test, t_test)
    rows = [{"implementation": "textbook (float64)", "seconds": time.perf_counter() - start,
             "evaluations": len(accs), "final_train_acc": accs[-1][0],
             "final_test_acc": accs[-1][1], "final_loss": float(losses[-1])}]
    for dtype in ("float64", "float32"):
        start = time.perf_counter()
        trainer = Trainer(TrainConfig(dtype=dtype), data)
        ends = [s for s in trainer if s.epoch_end]
        rows.append({"implementation": f"engine {dtype}", "seconds": time.perf_counter() - start,
                     "evaluations": len(ends), "final_train_acc": ends[-1].train_acc,
                     "final_test_acc": ends[-1].test_acc, "final_loss": ends[-1].loss})
    for row in rows:
        row["speedup_vs_textbook"] = rows[0]["seconds"] / row["seconds"]
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--iters", type=int, default=300, help="iterations per round")
    parser.add_argument("--full", action="store_true", help="also the 10 000-iteration book run")
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)

    data = load_mnist(normalize=True, one_hot_label=False)
    book = load_mnist(normalize=True, one_hot_label=True)
    result = {"machine": machine(), "steps": measure_steps(book, data, args.rounds, args.iters),
              "evaluation": measure_evaluation(book, data)}
    if args.full:
        result["full_run"] = measure_full(book, data)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    m = result["machine"]
    print(f"TwoLayerNet 784-50-10, batch 100, lr 0.1 - BLAS threads: {m['blas_threads']}, "
          f"cores: {m['cores']}, load average: {m['load_average']:.2f}, numpy {m['numpy']}")
    print(f"\nSGD iteration (batch, gradient, update, mini-batch loss), median of "
          f"{args.rounds} rounds x {args.iters} iterations. The textbook recomputes the loss with "
          "a second forward pass after the update; the engine takes it from the gradient's forward "
          "pass, reads only the batch's non-zero pixels, multiplies in BLAS only the pixels that are "
          "common in the training set and runs the rest in compiled loops (numba). "
          "The floor rows time only the large matrix products:")
    print(table(["implementation", "ms/iter", "best ms/iter", "it/s", "speed-up",
                 "CPU ms/iter", "CPU speed-up"],
                [[r["implementation"], f"{r['ms_per_iter']:.3f}", f"{r['ms_best']:.3f}",
                  f"{r['iters_per_sec']:.0f}", f"{r['speedup_vs_textbook']:.2f}x",
                  f"{r['cpu_ms_per_iter']:.3f}", f"{r['cpu_speedup_vs_textbook']:.2f}x"]
                 for r in result["steps"]]))
    print("\nAccuracy on all 60 000 training + 10 000 test images (one evaluation, median of 5 rounds):")
    print(table(["implementation", "seconds", "speed-up"],
                [[r["implementation"], f"{r['seconds']:.3f}", f"{r['speedup_vs_textbook']:.2f}x"]
                 for r in result["evaluation"]]))
    if args.full:
        print("\nThe book's full run: 10 000 iterations, accuracy every epoch:")
        print(table(["implementation", "wall s", "speed-up", "evaluations", "train acc",
                     "test acc"],
                    [[r["implementation"], f"{r['seconds']:.1f}", f"{r['speedup_vs_textbook']:.2f}x",
                      r["evaluations"], f"{r['final_train_acc']:.4f}", f"{r['final_test_acc']:.4f}"]
                     for r in result["full_run"]]))


if __name__ == "__main__":
    main()

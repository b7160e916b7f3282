"""Benchmark: the training lab's general step (engine.deep_step) against the book's layer-object loop.

    python -m benchmarks.deep_training [--rounds 7] [--iters 100] [--threads 1] [--json]

Fig 6-9's network: 784-100-100-100-100-10, ReLU, He's initial scale, batch 128,
Adam (lr 0.001), on the bundled MNIST. Each iteration: draw a mini-batch,
gradient by backpropagation, Adam's update. The textbook side is the book's
MultiLayerNet (Affine/Relu/SoftmaxWithLoss objects) and its Adam
(benchmarks/textbook_deep.py). The implementations take turns in each round;
the ratio is the median of the per-round ratios.
"""
from benchmarks.common import use_threads_from_argv

THREADS = use_threads_from_argv()

import argparse  # noqa: E402 - after the thread variables are set
import json  # noqa: E402
import statistics  # noqa: E402

import numpy as np  # noqa: E402

from benchmarks.common import machine, table  # noqa: E402
from benchmarks.textbook_deep import TextbookAdam, TextbookMultiLayerNet  # noqa: E402
from benchmarks.training import in_turns, paired_speedup  # noqa: E402
from engine.mnist import load_mnist  # noqa: E402
from engine.training import TrainConfig, Trainer  # noqa: E402

HIDDEN = [100, 100, 100, 100]
BATCH = 128


def textbook_stepper(x_train, t_train):
    network, optimizer = TextbookMultiLayerNet(784, HIDDEN, 10), TextbookAdam(lr=0.001)
    rng = np.random.default_rng(0)

    def run(n):
        for _ in range(n):
            mask = rng.choice(x_train.shape[0], BATCH)
            grads = network.gradient(x_train[mask], t_train[mask])
            optimizer.update(network.params, grads)
    return run


def engine_stepper(data, dtype):
    trainer = Trainer(TrainConfig(iters_num=10 ** 9, batch_size=BATCH, learning_rate=0.001, hidden_size=100,
                                  hidden_layers=len(HIDDEN), activation="relu", weight_init_std="he",
                                  optimizer="adam", dtype=dtype, evaluate=False), data)

    def run(n):
        for _ in range(n):
            next(trainer)
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--iters", type=int, default=100)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = load_mnist(normalize=True, one_hot_label=False)
    (x_train, t_train), _ = data
    textbook = textbook_stepper(x_train.astype(np.float64), t_train)
    runners = {"textbook MultiLayerNet + Adam (float64)": textbook,
               "engine deep_step float64": engine_stepper(data, "float64"),
               "engine deep_step float32": engine_stepper(data, "float32")}
    for run in runners.values():
        run(20)
    wall, _ = in_turns(runners, args.rounds, args.iters)
    base = wall["textbook MultiLayerNet + Adam (float64)"]
    rows = [{"implementation": name, "ms_per_iter": statistics.median(w) * 1e3,
             "speedup_vs_textbook": paired_speedup(base, w)} for name, w in wall.items()]
    if args.json:
        print(json.dumps({"machine": machine(), "threads": THREADS, "rows": rows}, indent=2))
        return
    print(f"{machine()}; BLAS threads: {THREADS}; 784-100-100-100-100-10 ReLU, He, batch {BATCH}, Adam")
    print(table(["implementation", "ms/iter", "speed-up"],
                [[r["implementation"], f"{r['ms_per_iter']:.2f}", f"{r['speedup_vs_textbook']:.2f}x"]
                 for r in rows]))


if __name__ == "__main__":
    main()

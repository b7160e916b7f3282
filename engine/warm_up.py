"""Compile the training step's loops ahead of time: `python -m engine.warm_up`.

Run by `make run` and `make test`, so that the first Start in the app does not
wait ~2 s per type for numba's compiler. A module of its own: engine.kernels
stays a leaf that imports nothing of the engine.
"""
import numpy as np

from engine import kernels
from engine.training import TrainConfig, Trainer


def warm_up():
    """Compile (or load from the disk cache) every kernel for the types training uses.

    Pixels are float32 (load_mnist's) or the network's dtype.
    """
    rng = np.random.default_rng(0)
    x = rng.random((40, 12)) * (rng.random((40, 12)) < 0.5)
    for pixels, dtype in ((np.float32, "float64"), (np.float32, "float32"), (np.float64, "float64")):
        images = x.astype(pixels)
        data = ((images, rng.integers(0, 10, 40)), (images[:10], rng.integers(0, 10, 10)))
        for _ in Trainer(TrainConfig(iters_num=2, batch_size=10, hidden_size=4, dtype=dtype,
                                     evaluate=False), data):
            pass


if __name__ == "__main__":
    if kernels.AVAILABLE:
        warm_up()
        print("engine.warm_up: the training step's loops are compiled for float64 and float32")
    else:
        print("engine.warm_up: numba is not installed; training uses the NumPy step")

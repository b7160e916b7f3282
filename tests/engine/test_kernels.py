"""The compiled backprop step (engine.kernels) against the NumPy step and the book's gradient."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import backprop_step, kernels
from engine.networks import PARAM_KEYS, TwoLayerNet
from engine.training import TrainConfig, Trainer

pytestmark = pytest.mark.skipif(not kernels.AVAILABLE, reason="numba is not installed")



def sparse_images(rng, n, pixels, density, dtype=np.float32):
    """Images whose pixels are 0 with probability 1 - density, and a few all-zero images."""
    x = (rng.random((n, pixels)) * (rng.random((n, pixels)) < density)).astype(dtype)
    x[::7] = 0
    return x


@pytest.mark.parametrize("share", [0.0, 0.3, 0.5, 1.1])
def test_pixel_rows_hold_exactly_the_non_zero_pixels_common_ones_first(share):
    rng = np.random.default_rng(0)
    x = sparse_images(rng, 50, 30, 0.3)
    x[:, 4] = 0.5          # in every image: common for any share up to 1
    rows = kernels.PixelRows(x, share)
    common = (x != 0).mean(axis=0) >= share
    assert np.array_equal(rows.cols, np.flatnonzero(common))
    assert rows.indices.dtype == np.int16 and rows.values.dtype == np.float32
    assert np.array_equal(np.diff(rows.indptr), (x != 0).sum(axis=1))
    rebuilt = np.zeros_like(x)
    for r in range(x.shape[0]):
        first, rest = (slice(rows.indptr[r], rows.split[r]),
                       slice(rows.split[r], rows.indptr[r + 1]))
        pixels = np.concatenate([rows.cols[rows.indices[first]], rows.indices[rest]])
        assert np.all(common[pixels[:first.stop - first.start]])
        assert not np.any(common[pixels[first.stop - first.start:]])
        rebuilt[r, pixels] = rows.values[rows.indptr[r]:rows.indptr[r + 1]]
    assert np.array_equal(rebuilt, x)
    assert kernels.PixelRows(np.zeros((3, 40000), np.float32), 0.1).indices.dtype == np.int32


def _steps(network_seed, x, labels, batch_size, dtype, common_share=None):
    """The same network twice, one for each step implementation."""
    pixels, classes = x.shape[1], int(labels.max()) + 2
    made = []
    for compiled in (True, False):
        net = TwoLayerNet(pixels, 6, classes, weight_init_std=0.5, seed=network_seed, dtype=dtype)
        net.params["b1"] += dtype(0.1)
        data = x if x.dtype == np.float32 else x.astype(dtype)
        made.append(backprop_step.CompiledBackpropStep(net, data, labels, batch_size, common_share)
                    if compiled else backprop_step.NumpyBackpropStep(net, data, labels, batch_size))
    return made


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 40), pixels=st.integers(1, 25), density=st.sampled_from([0.0, 0.1, 0.5, 1.0]),
       batch=st.integers(1, 12), share=st.sampled_from([0.0, 0.05, 0.2, 0.5, 1.0, 1.1]),
       seed=st.integers(0, 2 ** 16))
def test_compiled_step_equals_the_numpy_step(n, pixels, density, batch, share, seed):
    # share decides which pixels go through BLAS and which through the sparse loop:
    # 0 puts every pixel in BLAS, more than 1 puts every one in the loop.
    rng = np.random.default_rng(seed)
    x = sparse_images(rng, n, pixels, density)
    labels = rng.integers(0, 3, n)
    compiled, numpy_step = _steps(seed, x, labels, batch, np.float64, share)
    for _ in range(3):
        mask = rng.integers(0, n, batch)            # with replacement: an image may come twice
        loss_c, loss_n = compiled(mask, 0.7), numpy_step(mask, 0.7)
        assert loss_c == pytest.approx(loss_n, rel=1e-12)
        for key in PARAM_KEYS:
            np.testing.assert_allclose(compiled.network.params[key], numpy_step.network.params[key],
                                       rtol=0, atol=1e-13)


@pytest.mark.parametrize("share", [0.0, 0.3, 1.1])
def test_rows_of_pixels_unused_by_the_batch_do_not_move(share):
    # whether they are common pixels (in the dense block, with a zero gradient) or not
    rng = np.random.default_rng(3)
    x = sparse_images(rng, 30, 12, 0.4)
    x[:, 5] = 0
    compiled, _ = _steps(1, x, rng.integers(0, 3, 30), 10, np.float64, share)
    before = compiled.network.params["W1"].copy()
    mask = np.arange(10)
    compiled(mask, 0.5)
    unused = ~(x[mask] != 0).any(axis=0)
    assert unused[5] and np.array_equal(compiled.network.params["W1"][unused], before[unused])
    assert not np.array_equal(compiled.network.params["W1"][~unused], before[~unused])


def test_float32_step_follows_float64():
    rng = np.random.default_rng(4)
    x = sparse_images(rng, 60, 20, 0.3)
    labels = rng.integers(0, 3, 60)
    c64, _ = _steps(2, x, labels, 16, np.float64)
    c32, _ = _steps(2, x, labels, 16, np.float32)
    assert c32.network.params["W1"].dtype == np.float32
    for _ in range(20):
        mask = rng.integers(0, 60, 16)
        assert c32(mask, 0.3) == pytest.approx(c64(mask, 0.3), rel=1e-4)
    for key in PARAM_KEYS:
        np.testing.assert_allclose(c32.network.params[key], c64.network.params[key], atol=1e-4)


def test_trainer_uses_the_compiled_step_and_falls_back_without_numba(monkeypatch):
    rng = np.random.default_rng(5)
    data = ((sparse_images(rng, 80, 16, 0.5), rng.integers(0, 3, 80)),
            (sparse_images(rng, 20, 16, 0.5), rng.integers(0, 3, 20)))
    config = TrainConfig(iters_num=8, batch_size=10, hidden_size=5, seed=3)
    compiled = Trainer(config, data)
    assert isinstance(compiled._step, backprop_step.CompiledBackpropStep)
    monkeypatch.setattr(kernels, "AVAILABLE", False)
    fallback = Trainer(config, data)
    assert isinstance(fallback._step, backprop_step.NumpyBackpropStep)
    # the same draws and the same arithmetic up to rounding: the same run
    for a, b in zip(compiled, fallback):
        assert a.loss == pytest.approx(b.loss, rel=1e-10)


def test_divergence_blows_up_like_numpy_without_an_error():
    # An absurd rate saturates the network (weights ~1e299, loss capped by the book's 1e-7);
    # an infinite one gives inf/NaN weights. The compiled step does what NumPy does, silently.
    rng = np.random.default_rng(6)
    x = sparse_images(rng, 40, 10, 0.8)
    compiled, numpy_step = _steps(0, x, rng.integers(0, 3, 40), 10, np.float64)
    with np.errstate(all="ignore"):
        for lr, steps in ((1e300, 4), (np.inf, 2)):
            for _ in range(steps):
                mask = rng.integers(0, 40, 10)
                loss_c, loss_n = compiled(mask, lr), numpy_step(mask, lr)
                assert loss_c == pytest.approx(loss_n, rel=1e-12, nan_ok=True)
            if lr == 1e300:
                assert np.abs(compiled.network.params["W2"]).max() > 1e200
    for key in PARAM_KEYS:
        assert np.array_equal(np.isfinite(compiled.network.params[key]),
                              np.isfinite(numpy_step.network.params[key]))
    assert not np.isfinite(compiled.network.params["W2"]).all()


def test_numba_is_imported_only_when_a_trainer_is_made():
    # numba takes ~0.3 s to import: the window must not wait for it at start-up
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, numpy as np, engine.training as t, gui.main_window\n"
            "print('numba' in sys.modules)\n"
            "x = np.eye(4, dtype=np.float32)\n"
            "t.Trainer(t.TrainConfig(iters_num=1, batch_size=2, hidden_size=2, evaluate=False),"
            " ((x, np.arange(4) % 2), (x, np.arange(4) % 2)))\n"
            "print('numba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "True"], out.stderr

"""Long loss series at a bounded cost: min/max decimation, the trailing mean, and incremental
decimation that gives exactly what decimating the whole series gives."""
import numpy as np
import pytest

from engine.metrics import smooth_loss
from gui.sections.training.series import StreamSeries, decimate_minmax


@pytest.mark.parametrize("length", [150, 2000, 2001, 10000, 30000])
def test_stream_matches_whole_series(length):
    rng = np.random.default_rng(length)
    y = rng.standard_normal(length)
    y[rng.integers(0, length, 5)] = np.nan
    y[rng.integers(0, length, 3)] = 50.0        # spikes must survive decimation
    stream = StreamSeries(length)
    n = 0
    while n < length:
        n = min(length, n + int(rng.integers(1, 700)))
        stream.update(y[:n])
        x, d = stream.curve(y[:n])
        assert len(x) <= 2 * 1000 + stream.k + 2
        assert np.all(np.diff(x) > 0)
    x, d = stream.curve(y)
    ex, ed = decimate_minmax(y)
    np.testing.assert_array_equal(x, ex)
    np.testing.assert_array_equal(d, ed)
    assert np.nanmax(d) == 50.0
    sx, sy = stream.smoothed()
    whole = smooth_loss(y)     # the same smoothing of the whole series at once
    np.testing.assert_allclose(sy, whole[sx.astype(int) - 1], rtol=1e-9, atol=1e-12)
    assert sx[-1] == length    # the line reaches the newest iteration


def test_stream_refuses_to_shrink():
    stream = StreamSeries(100)
    stream.update(np.ones(50))
    with pytest.raises(ValueError):
        stream.update(np.ones(10))


def test_decimation_keeps_order_spikes_and_a_bounded_size():
    y = np.random.default_rng(0).random(25000)
    y[12345] = 50.0
    y[777] = -3.0
    x, d = decimate_minmax(y, max_points=2000)
    assert len(d) <= 2100 and np.all(np.diff(x) > 0)
    assert d.max() == 50.0 and d.min() == -3.0
    np.testing.assert_array_equal(d, y[(x - 1).astype(int)])
    x_short, d_short = decimate_minmax(y[:100])
    np.testing.assert_array_equal(d_short, y[:100])


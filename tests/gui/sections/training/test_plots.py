"""The training section's plots: W1 as 28x28 tiles."""
import numpy as np

from gui.sections.training.plots import tile_mosaic


def test_tile_mosaic_puts_each_neuron_in_its_own_tile():
    W1 = np.zeros((784, 12))
    W1[0, 11] = -2.0      # neuron 11: top-left pixel, second row of tiles (cols=10)
    mosaic = tile_mosaic(W1, cols=10)
    assert mosaic.shape == (2 * 30 - 2, 10 * 30 - 2)
    assert mosaic[30, 30] == -1.0 and np.count_nonzero(mosaic) == 1

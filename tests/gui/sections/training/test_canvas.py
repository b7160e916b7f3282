"""Draw a digit: MNIST-like preprocessing and live probabilities."""
import numpy as np
from PySide6.QtCore import QPoint, Qt

from gui.sections.training import TrainingSection
from gui.sections.training.canvas import DigitCanvas, mnist_preprocess


def test_preprocessing_scales_to_20_pixels_and_centres_by_mass():
    ink = np.zeros((280, 280))
    ink[10:110, 200:250] = 1.0   # a tall bar in the top-right corner
    x = mnist_preprocess(ink).reshape(28, 28)
    rows, cols = np.nonzero(x > 0.05)
    assert rows.max() - rows.min() + 1 in (20, 21)
    total = x.sum()
    cy = (x.sum(axis=1) * np.arange(28)).sum() / total
    cx = (x.sum(axis=0) * np.arange(28)).sum() / total
    assert abs(cy - 13.5) <= 0.6 and abs(cx - 13.5) <= 0.6
    assert mnist_preprocess(np.zeros((280, 280))) is None


def test_drawing_on_the_pad_gives_live_probabilities(qtbot, synthetic_data):
    canvas = DigitCanvas()
    qtbot.addWidget(canvas)
    canvas.retranslate()
    section = TrainingSection(data=synthetic_data())
    qtbot.addWidget(section)
    canvas.set_network(section.canvas.network)
    heights = canvas.bars.opts["height"]
    assert np.all(np.asarray(heights) == 0)
    pad = canvas.pad
    qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(140, 40))
    for y in range(40, 240, 10):
        qtbot.mouseMove(pad, QPoint(140, y))
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(140, 240))
    probabilities = np.asarray(canvas.bars.opts["height"])
    assert abs(probabilities.sum() - 1.0) < 1e-6 and canvas.answer.text() != "—"
    assert canvas.seen_image.image.max() > 0.5
    canvas.clear_button.click()
    assert np.all(np.asarray(canvas.bars.opts["height"]) == 0) and canvas.answer.text() == "—"

"""What the training section shows besides the run itself: axes before a run, legends and notes
clear of the data, the layout in a small window, the progress bar and the confusion matrix."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from gui.sections.training import TrainingSection

TIMEOUT = 30000


@pytest.fixture
def section(qtbot, synthetic_data):
    # 400 training images: enough for the overfit preset's 300
    section = TrainingSection(data=synthetic_data(n_train=400))
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    qtbot.waitExposed(section)
    return section


def x_max(widget):
    return widget.getPlotItem().getViewBox().viewRange()[0][1]


def test_a_preset_sets_the_axes_to_its_own_run_at_once(qtbot, section):
    qtbot.mouseClick(section._preset_buttons["overfit"], Qt.LeftButton)
    # 600 iterations; 300 images / batch 100 = 3 iterations per epoch: 200 epochs
    assert 600 <= x_max(section.loss_plots.full) < 630
    assert 600 <= x_max(section.loss_plots.zoom) < 630
    assert 200 <= x_max(section.accuracy.widget) < 210
    qtbot.mouseClick(section._preset_buttons["book"], Qt.LeftButton)
    assert 10000 <= x_max(section.loss_plots.full) < 10300
    # typing another run length before Start moves the axis as well
    section.panel.iters.setValue(2500)
    assert 2500 <= x_max(section.loss_plots.full) < 2600


def view_rect(plot_item, graphics_item):
    """graphics_item's outline in plot_item's data coordinates."""
    return plot_item.getViewBox().mapSceneToView(graphics_item.sceneBoundingRect()).boundingRect()


def points_inside(rect, x, y):
    return int(np.sum((x >= rect.left()) & (x <= rect.right()) & (y >= rect.top()) & (y <= rect.bottom())))


def test_legends_and_notes_leave_the_data_free(qtbot, section):
    section.apply_preset("overfit")
    section.panel.set_values(dict(iters_num=150))
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    qtbot.wait(50)
    accuracy = section.accuracy.widget.getPlotItem()
    legend = view_rect(accuracy, section.accuracy.legend)
    for curve in (section.accuracy.train, section.accuracy.test):
        x, y = curve.getData()
        assert len(x) == 50 and points_inside(legend, x, y) == 0
    # the run's set-up ("300 train images · ...") is written under the plot, not on it
    setup = section.accuracy.setup
    assert "300" in setup.text
    assert not setup.sceneBoundingRect().intersects(accuracy.getViewBox().sceneBoundingRect())
    loss = section.loss_plots.full.getPlotItem()
    legend = view_rect(loss, section.loss_plots.legend)
    assert section.loss_plots.legend.isVisible()
    for curve in (section.loss_plots.curve, section.loss_plots.smooth):
        x, y = curve.getData()
        assert points_inside(legend, x, y) == 0


def test_a_small_window_keeps_every_tab_inside(qtbot, window):
    window.resize(1024, 700)
    section = window.show_section("training")
    qtbot.wait(50)
    assert window.width() == 1024
    for index in range(section.tabs.count()):
        section.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        right = section.tabs.mapTo(window, QPoint(section.tabs.width(), 0)).x()
        assert right <= window.width(), f"tab {index} runs off the window"
    # the pages with a fixed drawing pad and tables scroll instead
    assert section.tabs.minimumSizeHint().width() < 400


def contrast_pixels(image, x0, x1):
    """How many pixels of columns x0..x1 (inside the frame) differ clearly from their background."""
    light = np.array([[image.pixelColor(x, y).lightness() for x in range(x0, x1)]
                      for y in range(3, image.height() - 3)])
    return int(np.sum(np.abs(light - np.median(light)) > 100))


def test_the_progress_text_reads_on_both_parts_of_the_bar(qtbot, section):
    bar = section.panel.progress
    section.panel.show_progress(500, 1000, 100.0)      # half full; the text spans both halves
    qtbot.wait(20)
    image = bar.grab().toImage()
    w = image.width()
    assert contrast_pixels(image, 3, int(0.45 * w)) > 30     # over the filled part
    assert contrast_pixels(image, int(0.55 * w), w - 3) > 30  # over the part not yet filled


def test_confusion_matrix_ticks_keep_clear_of_the_counts(section):
    for name in ("left", "bottom"):
        axis = section.confusion.widget.getPlotItem().getAxis(name)
        # a tick mark beside a count of the first column read as a minus sign
        assert axis.style["tickLength"] == 0 and axis.style["tickTextOffset"][name == "bottom"] >= 6

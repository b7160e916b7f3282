"""The network section as a lecturer drove it: out-of-range lr and step counts, a negative loss,
messages in the chosen language, legends beside the data and a layout that holds still."""
import numpy as np
import pytest
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from engine import simple_net_demos as demos
from gui import export
from gui.sections.network import NetworkSection
from tests.gui.sections.fits import assert_plots_fit, right_edge_in


@pytest.fixture
def section(qtbot):
    widget = NetworkSection()
    qtbot.addWidget(widget)
    widget.resize(1050, 760)
    yield widget
    widget.shutdown()


def type_into(edit, text):
    """As a person does: select all, type, press Enter (editingFinished)."""
    edit.setText(text)
    edit.editingFinished.emit()


def saturate_W(section):
    """A W whose third class wins by ~60: y_t is exactly 1.0 in float64 and dW is 0."""
    section.net_box.W_grid.type_value(0, 2, "100")


@pytest.mark.parametrize("text", ["1e6", "1e-13", "1001"])
def test_lr_outside_the_range_gets_an_inline_error_and_the_previous_lr_stays(section, text):
    lr = section.descent_box.lr
    type_into(lr.edit, text)
    assert lr.error.isVisibleTo(section)
    assert "1e-12 ≤ lr ≤ 1000" in lr.error.text() and "previous lr" in lr.error.text()
    assert lr.value() == 0.1 and lr.edit.text() == "0.1"
    type_into(lr.edit, "1000")      # the top of the range is accepted
    assert lr.value() == 1000.0 and not lr.error.isVisibleTo(section)


def test_a_negative_loss_is_explained_where_it_appears(section):
    saturate_W(section)
    loss = float(section.readouts.text("loss").replace("−", "-"))
    assert loss < 0 and loss == pytest.approx(-np.log1p(1e-7))
    note = section.loss_note
    assert note.isVisibleTo(section) and "−log(1 + 1e-7)" in note.text() and "L < 0" in note.text()
    section.descent_box.step_button.click()
    assert section.message.level == "warning" and "Stalled" in section.message.text()
    assert "1e-7" in section.descent_box.status.text()
    # back to a positive loss: the explanation goes away, its place stays
    section.net_box.W_grid.type_value(0, 2, "0.5")
    assert float(section.readouts.text("loss").replace("−", "-")) > 0 and "L < 0" not in note.text()


def test_messages_on_screen_are_said_again_in_the_new_language(section, translations):
    saturate_W(section)
    section.step()
    type_into(section.descent_box.lr.edit, "1e6")
    type_into(section.descent_box.steps.edit, "1e9")
    english = (section.message.text(), section.descent_box.lr.error.text(),
               section.descent_box.steps.error.text())
    translations.set_language("ja")
    QCoreApplication.processEvents()
    japanese = (section.message.text(), section.descent_box.lr.error.text(),
                section.descent_box.steps.error.text())
    assert "停滞" in japanese[0]
    assert all(j != e and j for j, e in zip(japanese, english))
    assert "2000" in japanese[2]


def test_the_step_axis_says_step_not_step_function_in_japanese(section, translations):
    translations.set_language("ja")
    QCoreApplication.processEvents()
    for widget in (section.descent_plots.loss_widget, section.descent_plots.weights_widget):
        label = widget.getPlotItem().getAxis("bottom").labelText
        assert label == "ステップ"
    translations.set_language("zh_CN")
    QCoreApplication.processEvents()
    assert section.descent_plots.loss_widget.getPlotItem().getAxis("bottom").labelText == "步"


def _legend_clear_of_data(plot_widget, legend):
    view = plot_widget.getPlotItem().vb.sceneBoundingRect()
    return legend.sceneBoundingRect().height() > 0 and not legend.sceneBoundingRect().intersects(view)


def test_legends_sit_outside_the_data(section, qtbot):
    section.show()
    qtbot.waitExposed(section)
    section.apply_preset("far_nudge")
    section.set_delta(3.0)         # the largest δ: the point and the gap at the plot's edge
    QCoreApplication.processEvents()
    nudge = section.nudge_plot
    # no legend over the nudge curves: the read-out row above names them in their colours
    assert not [i for i in nudge.widget.scene().items() if isinstance(i, pg.LegendItem)]
    for key, curve in (("actual", nudge.actual), ("predicted", nudge.predicted), ("error", nudge.gap)):
        colour = curve.opts["pen"].color().name()
        assert colour in section.nudge_readouts.names[key].text()
        assert section.nudge_readouts.names[key].isVisibleTo(section)
    section.apply_preset("descend")
    QCoreApplication.processEvents()
    descent = section.descent_plots
    assert section.tabs.currentIndex() == 1
    view = descent.weights_widget.getPlotItem().vb.sceneBoundingRect()
    legend = descent.legend.sceneBoundingRect()
    assert legend.height() > 0 and not legend.intersects(view)
    names = [label.text for _, label in descent.legend.items]
    assert names == ["w11", "w12", "w13", "w21", "w22", "w23", "next step −lr·dW"]


def test_big_step_counts_are_capped_with_a_note_and_bad_ones_refused(section):
    steps = section.descent_box.steps
    type_into(steps.edit, "1e9")
    assert steps.value() == demos.MAX_STEPS and steps.edit.text() == str(demos.MAX_STEPS)
    assert steps.error.isVisibleTo(section) and "1e+09" in steps.error.text()
    type_into(steps.edit, "19")
    assert steps.value() == 19 and not steps.error.isVisibleTo(section)
    for bad in ("abc", "2.5", "0", "-3", "nan"):
        type_into(steps.edit, bad)
        assert steps.value() == 19 and steps.edit.text() == "19", bad
        assert steps.error.isVisibleTo(section) and "19" in steps.error.text(), bad
    section.descent_box.run_button.click()
    section.finish_run()
    assert len(section.descent_plots.loss_curve.getData()[0]) == 20


def test_the_layout_holds_still_across_presets(section, qtbot):
    section.show()
    qtbot.waitExposed(section)
    seen = set()
    for preset in NetworkSection.PRESETS:
        section.apply_preset(preset)
        QCoreApplication.processEvents()
        seen.add((section.minimumSizeHint().width(), section.plots.minimumSizeHint().width(),
                  section.tabs.geometry().getRect(), section.forward_view.geometry().getRect()))
    assert len(seen) == 1, seen


def test_csv_export_names_every_curve(section):
    section.apply_preset("descend")
    names = {name for _, name, _, _ in export.plot_data(section)}
    assert {"w11", "w23", "next step −lr·dW", "loss L", "actual ΔL", "prediction dW·δ", "gap"} <= names
    assert not any(name.startswith("series ") for name in names)


def test_a_short_window_keeps_room_for_the_plots(section, qtbot):
    section.show()
    qtbot.waitExposed(section)
    section.resize(800, 630)          # the section in a 1024×700 window
    QCoreApplication.processEvents()
    assert section.minimumSizeHint().width() <= 800
    assert not section.p_readout.isVisible() and not section.loss_note.isVisible()
    assert not section.diagram.box_W.isVisible() and section.diagram.box_L.isVisible()
    # every plot fits in its widget (a long title used to push the nudge plot past the window)
    widgets = (section.heatmap, section.nudge_plot.widget, section.descent_plots.loss_widget,
               section.descent_plots.weights_widget)
    for widget in widgets:
        assert widget.getPlotItem().width() <= widget.width() + 1
    assert section.nudge_plot.widget.getPlotItem().vb.height() >= 60
    saturate_W(section)               # the negative loss is still explained, on the loss itself
    assert "−log(1 + 1e-7)" in section.readouts.values["loss"].toolTip()
    section.resize(1050, 760)
    QCoreApplication.processEvents()
    assert section.p_readout.isVisible() and section.loss_note.isVisible()
    assert section.diagram.box_W.isVisible()


@pytest.mark.parametrize("language", ["en", "ja", "zh_CN"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_plot_fits_the_window(window, qtbot, translations, language, size):
    window.resize(*size)
    section = window.show_section("network")
    translations.set_language(language)
    qtbot.waitExposed(window)
    assert window.width() == size[0]
    for preset in ("far_nudge", "descend"):
        section.apply_preset(preset)
        for tab in (0, 1):
            section.tabs.setCurrentIndex(tab)
            qtbot.wait(30)
            assert_plots_fit(window, section)
            assert right_edge_in(section.forward_view, window) <= window.width()

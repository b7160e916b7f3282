"""Plot titles that fit their plot: shrunk, then elided, never wider than the widget."""
import pyqtgraph as pg

from gui.kit.titles import SMALLEST, fit_title

LONG = "A title far longer than any narrow plot has room for: f(x0, x1 = -1.9711): slope ∂f/∂x0"


def points(label):
    return float(label.opts["size"].removesuffix("pt"))


def test_a_long_title_shrinks_then_elides_and_grows_back(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    item, label = widget.getPlotItem(), widget.getPlotItem().titleLabel
    fitter = fit_title(widget, LONG, 13)
    assert label.text == LONG and points(label) == 13        # room enough: as asked

    widget.resize(420, 300)                                  # the person narrows the window
    qtbot.wait(20)
    assert item.width() <= widget.width()
    assert label.itemRect().width() <= item.getViewBox().width()
    assert SMALLEST <= points(label) < 13

    widget.resize(200, 300)
    qtbot.wait(20)
    assert item.width() <= widget.width()
    assert label.text.endswith("…") and points(label) == SMALLEST
    assert label.toolTip() == LONG                           # the whole title stays readable

    widget.resize(900, 300)
    qtbot.wait(20)
    assert label.text == LONG and points(label) == 13
    assert fit_title(widget, "short") is fitter              # one fitter per plot


def test_a_hint_inside_a_plot_shrinks_to_fit_the_view_or_hides(qtbot):
    import pyqtgraph as pg

    from gui.kit.plots import ui_font
    from gui.kit.titles import fit_text
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    hint = pg.TextItem("Press Start:\nthe loss of every mini-batch\nappears here", anchor=(0.5, 0.5))
    hint.setFont(ui_font(14))
    widget.addItem(hint, ignoreBounds=True)
    view = widget.getPlotItem().getViewBox()
    fitter = fit_text(view, hint)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    assert hint.textItem.font().pointSizeF() == 14 and hint.isVisible()
    widget.resize(260, 300)
    qtbot.wait(20)
    rect = hint.textItem.boundingRect()
    assert hint.textItem.font().pointSizeF() < 14 and rect.width() <= view.width()
    widget.resize(90, 300)
    qtbot.wait(20)
    assert not hint.isVisible()
    widget.resize(700, 500)
    qtbot.wait(20)
    assert hint.isVisible() and hint.textItem.font().pointSizeF() == 14 and fitter.wanted == 14

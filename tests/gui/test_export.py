"""Exports: PNG and SVG through pyqtgraph's exporters, CSV of every curve, GIF, all atomic."""
import csv
import io
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from gui import export
from gui.kit.plots import make_plot

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def plots(qtbot):
    """Two views side by side: a PlotWidget with two curves, a layout with two PlotItems."""
    root = QWidget()
    root.resize(900, 400)
    layout = QHBoxLayout(root)
    left = make_plot("Loss", "iteration", "loss", legend=True)
    left.plot([0, 1, 2], [3.0, 2.0, 1.5], name="train")
    left.plot([0, 1, 2], [3.5, 2.5, 2.0], name="test")
    right = pg.GraphicsLayoutWidget()
    top = right.addPlot(title="f(x)")
    top.plot(np.linspace(0, 1, 11), np.linspace(0, 1, 11) ** 2)
    right.nextRow()
    right.addPlot().plot([1.0], [2.0], symbol="o")
    layout.addWidget(left)
    layout.addWidget(right)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_png_has_every_plot_at_its_place(plots, tmp_path):
    path = tmp_path / "plots.png"
    export.export(plots, path)
    assert path.read_bytes()[:8] == PNG_MAGIC
    image = QImage(str(path))
    bounds = export._bounds(export.plot_views(plots), plots)
    assert (image.width(), image.height()) == (bounds.width(), bounds.height())
    assert len(export.plot_views(plots)) == 2


def test_png_at_twice_the_size(plots, tmp_path):
    path = tmp_path / "big.png"
    export.export(plots, path, factor=2)
    small = export.render_image(plots)
    assert QImage(str(path)).width() == 2 * small.width()


def test_svg_is_one_valid_document(plots, tmp_path):
    path = tmp_path / "plots.svg"
    export.export(plots, path)
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    nested = root.findall("{http://www.w3.org/2000/svg}svg")
    assert len(nested) == 2                                  # one per view, placed side by side
    assert float(nested[1].get("x")) > float(nested[0].get("x"))
    assert "Loss" in path.read_text()


def test_csv_holds_every_curve(plots, tmp_path):
    path = tmp_path / "data.csv"
    export.export(plots, path)
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    assert len(rows) == 3 + 3 + 11 + 1
    train = [r for r in rows if r["series"] == "train"]
    assert [float(r["y"]) for r in train] == [3.0, 2.0, 1.5] and train[0]["plot"] == "Loss"
    assert {r["plot"] for r in rows} == {"Loss", "f(x)", "plot 3"}


def test_clipboard_gets_the_image(plots):
    image = export.copy_image(plots)
    assert not QApplication.clipboard().image().isNull()
    assert QApplication.clipboard().image().size() == image.size()


def test_nothing_to_export_is_a_clear_error(qtbot, tmp_path):
    empty = QWidget()
    qtbot.addWidget(empty)
    for suffix in ("png", "svg", "csv"):
        with pytest.raises(export.ExportError, match="no plot"):
            export.export(empty, tmp_path / f"x.{suffix}")
    with pytest.raises(export.ExportError, match="format"):
        export.export(empty, tmp_path / "x.bmpx")


def test_failed_write_keeps_the_previous_file(plots, tmp_path, monkeypatch):
    path = tmp_path / "plots.png"
    path.write_bytes(b"previous")
    monkeypatch.setattr(QImage, "save", lambda *a, **k: False)
    with pytest.raises(export.ExportError):
        export.export(plots, path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["plots.png"]    # no temporary left over


def test_unwritable_folder_is_a_clear_error(plots, tmp_path):
    with pytest.raises(export.ExportError, match="Could not write"):
        export.export(plots, tmp_path / "missing-folder" / "data.csv")


def test_gif_records_an_animation(qtbot, tmp_path):
    plot = make_plot("moving", "x", "y")
    curve = plot.plot([0, 1], [0, 0])
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    frame = [0]

    def advance():
        frame[0] += 1
        curve.setData([0, 1], [0, frame[0]])
    timer = QTimer()
    timer.timeout.connect(advance)
    timer.start(30)
    path = tmp_path / "anim.gif"
    recorder = export.GifRecorder(plot, path, seconds=0.5, fps=10)
    with qtbot.waitSignal(recorder.finished, timeout=10000) as done:
        recorder.start()
    timer.stop()
    assert done.args == [str(path)]
    with Image.open(path) as gif:
        assert gif.format == "GIF" and gif.n_frames >= 3
        assert gif.size == (400, 300)
        first = np.asarray(gif.convert("RGB"))
        gif.seek(gif.n_frames - 1)
        assert not np.array_equal(first, np.asarray(gif.convert("RGB")))




# Which sections open on curves (their data goes to CSV); the others open on bars and images.
OPENS_ON_CURVES = {"loss": False, "derivative": True, "partial": True, "gradient": True,
                   "descent": True, "network": True, "training": False, "playground": True}


@pytest.mark.parametrize("name", list(OPENS_ON_CURVES))
def test_every_section_exports(window, tmp_path, name):
    section = window.show_section(name)
    assert export.plot_views(section.plots), f"section {name} shows no plot to export"
    for fmt in ("png", "svg"):
        path = window.export_menu.save(fmt, str(tmp_path / f"{name}.{fmt}"))
        assert path is not None, window.statusBar().currentMessage()
    assert (tmp_path / f"{name}.png").read_bytes()[:8] == PNG_MAGIC
    ET.parse(tmp_path / f"{name}.svg")
    assert bool(export.plot_data(section.plots)) == OPENS_ON_CURVES[name]
    if OPENS_ON_CURVES[name]:
        assert window.export_menu.save("csv", str(tmp_path / f"{name}.csv"))
        # the curves' header, after any tables the section offers (SectionBase.export_tables)
        assert "plot,series,index,x,y" in (tmp_path / f"{name}.csv").read_text().splitlines()


def test_record_gif_from_the_window(window, qtbot, tmp_path):
    window.show_section("descent")
    path = tmp_path / "descent.gif"
    recorder = window.export_menu.record_gif(str(path), seconds=0.3)
    with qtbot.waitSignal(recorder.finished, timeout=10000):
        pass
    with Image.open(path) as gif:
        assert gif.n_frames >= 2

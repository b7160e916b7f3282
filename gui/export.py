"""Export what a section shows: its plots as PNG or SVG, their data as CSV, the image to the
clipboard, and its animation as a GIF.

Everything is found generically: the plots are the visible pyqtgraph views
(PlotWidget, GraphicsLayoutWidget, ...) under the section, the data every
PlotDataItem they hold. Several views are composed into one picture at their
places on screen. Every file is written through engine.atomic.atomic_path.
"""
import csv
import io
import os

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers ImageExporter and SVGExporter)
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from engine.atomic import atomic_path, atomic_write_bytes, atomic_write_text

FORMATS = ("png", "svg", "csv", "gif")


class ExportError(RuntimeError):
    """Nothing to export, or the file could not be written (the message says which)."""


def plot_views(widget):
    """The pyqtgraph views under widget that are on screen (all of them if none is)."""
    views = [v for v in widget.findChildren(pg.GraphicsView) if v.width() > 0 and v.height() > 0]
    shown = [v for v in views if v.isVisibleTo(widget) and v.isVisible()]
    return shown or views


def plot_items(widget):
    """Every PlotItem in the views under widget, in screen order (top to bottom, left to right)."""
    items = []
    for view in plot_views(widget):
        found = [i for i in view.scene().items() if isinstance(i, pg.PlotItem)]
        found.sort(key=lambda i: (round(i.scenePos().y()), round(i.scenePos().x())))
        items.extend(found)
    return items


def _plain(html):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().strip()


def _title(plot, index):
    label = plot.titleLabel
    text = _plain(label.text) if label is not None and label.text else ""
    return text or f"plot {index + 1}"


def plot_data(widget):
    """[(plot title, series name, x, y)] for every PlotDataItem with data under widget."""
    rows = []
    for index, plot in enumerate(plot_items(widget)):
        for number, item in enumerate(plot.listDataItems()):
            if not isinstance(item, pg.PlotDataItem) or getattr(item, "skip_export", False):
                continue
            x, y = item.getData()
            if x is None or y is None or len(x) == 0:
                continue
            name = item.name() or f"series {number + 1}"
            rows.append((_title(plot, index), name, np.asarray(x), np.asarray(y)))
    return rows


def export_tables(widget):
    """The tables a section offers besides its curves (SectionBase.export_tables), or []."""
    while widget is not None:   # the plots widget sits inside its section's splitter
        if hasattr(widget, "export_tables"):
            return list(widget.export_tables())
        widget = widget.parentWidget()
    return []


def csv_text(widget):
    """The data of every curve as long-format CSV: plot, series, index, x, y.

    A section can offer tables of what its view shows (a prediction list, a step
    table): each is written first as its own block — a title line, a header and
    its rows, then a blank line — followed by the plotted curves. Items marked
    skip_export (frames, markers) are left out.
    """
    data = plot_data(widget)
    tables = export_tables(widget)
    if not data and not tables:
        raise ExportError(QCoreApplication.translate("Export", "There is no plotted data to export."))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for title, columns, rows in tables:
        writer.writerow([title])
        writer.writerow(columns)
        writer.writerows(rows)
        writer.writerow([])
    if not data:
        return out.getvalue()
    writer.writerow(["plot", "series", "index", "x", "y"])
    for title, name, x, y in data:
        for i, (xi, yi) in enumerate(zip(x.tolist(), y.tolist())):
            writer.writerow([title, name, i, repr(float(xi)), repr(float(yi))])
    return out.getvalue()


def _origin(view, widget):
    return view.mapTo(widget, QPoint(0, 0)) if view is not widget else QPoint(0, 0)


def _bounds(views, widget):
    rect = QRect()
    for view in views:
        rect = rect.united(QRect(_origin(view, widget), view.size()))
    return rect


def render_image(widget, factor=1.0):
    """One QImage of all plots under widget, each drawn by pyqtgraph's ImageExporter."""
    views = plot_views(widget)
    if not views:
        raise ExportError(QCoreApplication.translate("Export", "This section has no plot to export."))
    bounds = _bounds(views, widget)
    image = QImage(max(1, round(bounds.width() * factor)), max(1, round(bounds.height() * factor)),
                   QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for view in views:
            exporter = pg.exporters.ImageExporter(view.scene())
            exporter.parameters()["width"] = max(1, round(view.width() * factor))
            part = exporter.export(toBytes=True)
            at = _origin(view, widget) - bounds.topLeft()
            painter.drawImage(QPoint(round(at.x() * factor), round(at.y() * factor)), part)
    finally:
        painter.end()
    return image


def svg_bytes(widget):
    """One SVG document of all plots under widget, from pyqtgraph's SVGExporter."""
    views = plot_views(widget)
    if not views:
        raise ExportError(QCoreApplication.translate("Export", "This section has no plot to export."))
    bounds = _bounds(views, widget)
    parts = []
    for view in views:
        text = pg.exporters.SVGExporter(view.scene()).export(toBytes=True).decode("utf-8")
        text = text[text.index("<svg"):]       # drop the XML declaration
        at = _origin(view, widget) - bounds.topLeft()
        parts.append(text.replace("<svg", f'<svg x="{at.x()}" y="{at.y()}" '
                                  f'width="{view.width()}" height="{view.height()}"', 1))
    if len(parts) == 1:
        body = parts[0]
    else:
        body = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                f'width="{bounds.width()}" height="{bounds.height()}" '
                f'viewBox="0 0 {bounds.width()} {bounds.height()}">\n'
                + "\n".join(parts) + "</svg>\n")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body).encode("utf-8")


def _write_image(image, path, fmt):
    with atomic_path(path) as tmp:
        if not image.save(tmp, fmt):
            raise ExportError(QCoreApplication.translate("Export", "Could not write %s.") % path)


def export(widget, path, fmt=None, factor=1.0):
    """Write the plots under widget to path as png, svg or csv (from the suffix by default)."""
    fmt = (fmt or os.path.splitext(str(path))[1].lstrip(".")).lower()
    try:
        if fmt == "png":
            _write_image(render_image(widget, factor), path, "PNG")
        elif fmt == "svg":
            atomic_write_bytes(path, svg_bytes(widget))
        elif fmt == "csv":
            atomic_write_text(path, csv_text(widget))
        else:
            raise ExportError(QCoreApplication.translate("Export", "Unknown export format %r; use png, svg or csv.") % fmt)
    except OSError as exc:
        raise ExportError(QCoreApplication.translate("Export", "Could not write %s: %s") % (path, exc.strerror or exc)) from exc
    return path


def copy_image(widget):
    """Put the plots under widget on the clipboard as an image; returns the image."""
    image = render_image(widget)
    QGuiApplication.clipboard().setImage(image)
    return image


def qimage_to_rgb(image):
    """A QImage as an (h, w, 3) uint8 array (a copy)."""
    image = image.convertToFormat(QImage.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, count=h * stride).reshape(h, stride)
    return data[:, :w * 3].reshape(h, w, 3).copy()


def save_gif(frames, path, fps):
    """Write RGB frames ((h, w, 3) uint8 arrays) as a looping animated GIF."""
    from PIL import Image  # lazily: only a GIF needs Pillow

    if not frames:
        raise ExportError(QCoreApplication.translate("Export", "No frames were recorded."))
    images = [Image.fromarray(f).convert("P", palette=Image.Palette.ADAPTIVE, colors=256)
              for f in frames]
    try:
        with atomic_path(path) as tmp:
            images[0].save(tmp, format="GIF", save_all=True, append_images=images[1:],
                           duration=max(20, round(1000 / fps)), loop=0, disposal=1)
    except OSError as exc:
        raise ExportError(QCoreApplication.translate("Export", "Could not write %s: %s") % (path, exc.strerror or exc)) from exc
    return path


class GifRecorder(QObject):
    """Grabs a widget fps times a second for a number of seconds, then writes a GIF.

    Frames are scaled to at most max_width pixels and kept as RGB arrays; the
    GIF is encoded once at the end. finished(path) or failed(message) follows.
    """
    frame_grabbed = Signal(int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, widget, path, seconds=5.0, fps=10, max_width=720, parent=None):
        super().__init__(parent)
        self.widget, self.path, self.fps, self.max_width = widget, str(path), fps, max_width
        self.total = max(1, round(seconds * fps))
        self.frames = []
        self.timer = QTimer(self)
        self.timer.setInterval(round(1000 / fps))
        self.timer.timeout.connect(self._grab)

    def start(self):
        self.frames = []
        self._grab()
        self.timer.start()

    def is_recording(self):
        return self.timer.isActive()

    def stop(self):
        """Stop early and write what was recorded so far."""
        if self.timer.isActive():
            self.timer.stop()
            self._save()

    def _grab(self):
        try:
            image = self.widget.grab().toImage()
        except RuntimeError:   # the widget was deleted
            self.timer.stop()
            self.failed.emit(QCoreApplication.translate("Export", "The section was closed while recording."))
            return
        if image.width() > self.max_width:
            image = image.scaledToWidth(self.max_width, Qt.SmoothTransformation)
        self.frames.append(qimage_to_rgb(image))
        self.frame_grabbed.emit(len(self.frames))
        if len(self.frames) >= self.total:
            self.timer.stop()
            self._save()

    def _save(self):
        try:
            save_gif(self.frames, self.path, self.fps)
        except ExportError as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(self.path)
        finally:
            self.frames = []

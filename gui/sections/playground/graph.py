"""The network as a graph: inputs, each hidden neuron drawn as a thumbnail of its output over the
plane, the output, and the weights as edges coloured by sign and thickened by size.

Everything is created once for the largest network (1 + 6 + 1 columns of up to 8 nodes):
a column of thumbnails is one opaque image (its gaps white), the edges are
one item drawing eight batches of lines (two signs × four sizes), so a frame is a few
setImage/setData calls whatever the network's size. Hovering a node or an edge
shows its bias or weight; a click on a node emits node_clicked(column, row).
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter

from engine.playground import MAX_LAYERS, MAX_NEURONS
from gui.sections.playground.plots import BLUE, MAP_LUT, ORANGE, WHITE, PackedImage, to_pixels

CELL = 1.0                 # a node's side in view units
PITCH_Y = 1.3              # from one node's top to the next one's
PITCH_X = 3.0              # from one column's left edge to the next one's
RES = 50                   # pixels of a thumbnail's side
GAP = round(RES * (PITCH_Y - CELL) / CELL)      # transparent pixel rows between two thumbnails
MAX_COLUMNS = MAX_LAYERS + 2
MAX_ROWS = max(MAX_NEURONS, 7)                  # 7 input features
# |w| from which an edge is drawn at the next width: thin, medium, thick, very thick
SIZE_STEPS = (0.25, 0.75, 1.5)
WIDTHS = (1.0, 2.0, 3.0, 4.5)
LIGHTER = (0.7, 0.45, 0.2, 0.0)     # share of white mixed in: small weights fade out
HOVER_PIXELS = 5           # how close to an edge the mouse must be to show its weight
# Opaque colours: Qt strokes translucent lines together as one path (to blend overlaps once),
# which took ~100 ms a frame for the largest network; opaque ones are drawn one by one in ~2 ms.
PENS = [pg.mkPen(tuple(round(255 * white + (1 - white) * c) for c in colour), width=width)
        for colour in (ORANGE, BLUE) for width, white in zip(WIDTHS, LIGHTER)]


class EdgesItem(pg.GraphicsObject):
    """Batches of straight lines, one pen each (the weights' signs and sizes).

    Painted with QPainter.drawLines in device pixels: one antialiased path of crossing
    segments (a connect="pairs" curve), or wide cosmetic pens under the view's unequal
    x and y scales, took Qt 25–100 ms a frame for the largest network; this takes ~2 ms.
    """

    def __init__(self):
        super().__init__()
        self._batches = [np.zeros((0, 4)) for _ in PENS]
        self._bounds = QRectF()

    def set_lines(self, batches):
        """batches: per pen an (n, 4) array of (x0, y0, x1, y1) in view units."""
        self.prepareGeometryChange()
        self._batches = [np.asarray(b, dtype=np.float64).reshape(-1, 4) for b in batches]
        every = np.vstack([*self._batches, np.zeros((0, 4))])
        if len(every):
            xs, ys = every[:, [0, 2]], every[:, [1, 3]]
            self._bounds = QRectF(xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())
        else:
            self._bounds = QRectF()
        self.update()

    def batches(self):
        return self._batches

    def boundingRect(self):
        return self._bounds

    def paint(self, painter, *args):
        t = painter.transform()
        painter.save()
        painter.resetTransform()
        for pen, batch in zip(PENS, self._batches):
            if len(batch):
                # smoothing the thick lines' edges would cost ~10× their drawing
                painter.setRenderHint(QPainter.Antialiasing, pen.widthF() <= 1)
                x, y = batch[:, 0::2], batch[:, 1::2]
                px = t.m11() * x + t.m21() * y + t.dx()
                py = t.m12() * x + t.m22() * y + t.dy()
                painter.setPen(pen)
                painter.drawLines([QLineF(a, b, c, d) for a, c, b, d in
                                   np.column_stack([px, py]).tolist()])
        painter.restore()


class NetworkGraph(pg.PlotWidget):
    """Nodes as thumbnails and weights as edges; set_layout once per network, then set_maps/set_weights."""
    node_clicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        for axis in ("left", "bottom"):
            self.plot_item.hideAxis(axis)
        self.plot_item.setMouseEnabled(False, False)
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        self.edges = EdgesItem()
        self.plot_item.addItem(self.edges)
        self.columns = []
        for _ in range(MAX_COLUMNS):
            image = PackedImage()
            self.plot_item.addItem(image)
            self.columns.append(image)
        self.frames = pg.PlotDataItem(pen=pg.mkPen("#888", width=1), connect="pairs")
        self.selected = pg.PlotDataItem(pen=pg.mkPen("#111", width=3), connect="pairs")
        for item in (self.frames, self.selected):
            item.skip_export = True
            self.plot_item.addItem(item)
        self.headers = [pg.TextItem(anchor=(0.5, 1.0), color="#222") for _ in range(MAX_COLUMNS)]
        self.input_labels = [pg.TextItem(anchor=(1.0, 0.5), color="#222") for _ in range(MAX_ROWS)]
        for text in (*self.headers, *self.input_labels):
            self.plot_item.addItem(text)
        self.hover = pg.TextItem(anchor=(0.0, 1.0), color="#111", fill=pg.mkBrush(255, 255, 224, 235),
                                 border=pg.mkPen("#888"))
        self.hover.setZValue(10)
        self.plot_item.addItem(self.hover)
        self.hover.hide()
        self.sizes = []
        self._edge_at = np.empty((0, 4))
        self._edge_value = np.empty(0)
        self._edge_keys = []
        self._biases = []
        self._describe = None
        self.scene().sigMouseMoved.connect(self._moved)
        self.scene().sigMouseClicked.connect(self._clicked)

    # --- geometry ---------------------------------------------------------------------------
    def node_rect(self, column, row):
        """(left, bottom, side) of a node in view units."""
        rows = self.sizes[column]
        top = (rows * PITCH_Y - (PITCH_Y - CELL)) / 2
        return column * PITCH_X, top - row * PITCH_Y - CELL, CELL

    def node_centre(self, column, row):
        left, bottom, side = self.node_rect(column, row)
        return left + side / 2, bottom + side / 2

    def set_layout(self, sizes, input_names, headers, describe):
        """sizes: nodes per column (inputs, hidden layers, 1 output); headers: a text per column.

        describe(column, row, value) words the hover text of a node (value: its bias) or
        of an edge (row = (i, j), value: its weight); it is kept for the run.
        """
        self.sizes = list(sizes)
        self._describe = describe
        for c, image in enumerate(self.columns):
            image.setVisible(c < len(sizes))
            if c < len(sizes):
                left, bottom, _ = self.node_rect(c, sizes[c] - 1)
                height = sizes[c] * PITCH_Y - (PITCH_Y - CELL)
                image.place(QRectF(left, bottom, CELL, height))
        for c, text in enumerate(self.headers):
            text.setVisible(c < len(sizes))
            if c < len(sizes):
                left, bottom, side = self.node_rect(c, 0)
                text.setText(headers[c])
                text.setPos(left + side / 2, bottom + side + 0.15)
        for r, text in enumerate(self.input_labels):
            text.setVisible(r < sizes[0])
            if r < sizes[0]:
                left, bottom, side = self.node_rect(0, r)
                text.setText(input_names[r])
                text.setPos(left - 0.1, bottom + side / 2)
        xs, ys = [], []
        for c, rows in enumerate(sizes):
            for r in range(rows):
                left, bottom, side = self.node_rect(c, r)
                right, top = left + side, bottom + side
                xs += [left, right, right, right, right, left, left, left]       # four sides, as pairs
                ys += [bottom, bottom, bottom, top, top, top, top, bottom]
        self.frames.setData(xs, ys, connect="pairs")
        self._layout_edges()
        self.select(None)
        half = max(sizes) * PITCH_Y / 2
        self.plot_item.setRange(xRange=(-1.6, (len(sizes) - 1) * PITCH_X + CELL + 0.8),   # room for "output"
                                yRange=(-half - 0.1, half + 0.7), padding=0.02)

    def set_headers(self, headers, input_names):
        for c, text in enumerate(headers[:len(self.headers)]):
            self.headers[c].setText(text)
        for r, name in enumerate(input_names[:len(self.input_labels)]):
            self.input_labels[r].setText(name)

    def _layout_edges(self):
        at, keys = [], []
        for c in range(len(self.sizes) - 1):
            for i in range(self.sizes[c]):
                for j in range(self.sizes[c + 1]):
                    x0, y0 = self.node_centre(c, i)
                    x1, y1 = self.node_centre(c + 1, j)
                    at.append((x0 + CELL / 2, y0, x1 - CELL / 2, y1))
                    keys.append((c, i, j))
        self._edge_at = np.array(at, dtype=np.float64).reshape(-1, 4)
        self._edge_keys = keys
        self._edge_value = np.zeros(len(keys))

    # --- content ---------------------------------------------------------------------------
    def set_maps(self, maps):
        """maps: per column an array (rows, RES, RES) scaled to [−1, 1], rows of each along x1."""
        for c, values in enumerate(maps):
            rows = values.shape[0]
            block = to_pixels(values, MAP_LUT)                     # (rows, RES, RES)
            image = np.full((rows * (RES + GAP) - GAP, RES), WHITE, dtype=np.uint32)
            for r in range(rows):
                start = (rows - 1 - r) * (RES + GAP)             # node 0 at the top
                image[start:start + RES] = block[r]
            self.columns[c].set_pixels(image)

    def set_weights(self, weights, biases):
        """weights: per gap between columns an (n_in, n_out) array; biases: per column after the inputs."""
        self._edge_value = np.concatenate([np.asarray(w, dtype=np.float64).ravel() for w in weights]) \
            if weights else np.zeros(0)
        self._biases = [np.asarray(b, dtype=np.float64) for b in biases]
        size = np.searchsorted(SIZE_STEPS, np.abs(np.nan_to_num(self._edge_value)))
        bucket = size + len(WIDTHS) * (self._edge_value > 0)
        self.edges.set_lines([self._edge_at[bucket == k] for k in range(len(PENS))])

    def weight_rows(self):
        """[(from column, from row, to row, weight)] of every edge, for the CSV export."""
        return [(c, i, j, float(v)) for (c, i, j), v in zip(self._edge_keys, self._edge_value)]

    def select(self, node):
        """Frame node (column, row), or nothing for None."""
        if node is None:
            self.selected.setData([], [])
            return
        left, bottom, side = self.node_rect(*node)
        pad = 0.06
        l, b, r, t = left - pad, bottom - pad, left + side + pad, bottom + side + pad
        self.selected.setData([l, r, r, r, r, l, l, l], [b, b, b, t, t, t, t, b], connect="pairs")

    # --- the mouse ---------------------------------------------------------------------------
    def node_at(self, x, y):
        for c, rows in enumerate(self.sizes):
            for r in range(rows):
                left, bottom, side = self.node_rect(c, r)
                if left <= x <= left + side and bottom <= y <= bottom + side:
                    return c, r
        return None

    def edge_at(self, x, y):
        """The index of the edge within HOVER_PIXELS of the view point (x, y), or None."""
        if not len(self._edge_at):
            return None
        px, py = self.plot_item.getViewBox().viewPixelSize()
        x0, y0, x1, y1 = (self._edge_at[:, k] for k in range(4))
        dx, dy = (x1 - x0) / px, (y1 - y0) / py
        qx, qy = (x - x0) / px, (y - y0) / py
        t = np.clip((qx * dx + qy * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0, 1)
        distance = np.hypot(qx - t * dx, qy - t * dy)
        k = int(np.argmin(distance))
        return k if distance[k] <= HOVER_PIXELS else None

    def hover_text(self, x, y):
        """What hovering the view point (x, y) shows: a node's bias, an edge's weight, or ''."""
        if self._describe is None:
            return ""
        node = self.node_at(x, y)
        if node is not None:
            c, r = node
            bias = self._biases[c - 1][r] if c > 0 and c - 1 < len(self._biases) else None
            return self._describe(c, r, bias)
        k = self.edge_at(x, y)
        if k is None:
            return ""
        c, i, j = self._edge_keys[k]
        return self._describe(c, (i, j), self._edge_value[k])

    def _moved(self, scene_pos):
        vb = self.plot_item.getViewBox()
        at = vb.mapSceneToView(scene_pos)
        text = self.hover_text(at.x(), at.y()) if vb.sceneBoundingRect().contains(scene_pos) else ""
        if text:
            self.hover.setText(text)
            self.hover.setPos(at.x() + 0.1, at.y() + 0.1)
        self.hover.setVisible(bool(text))

    def leaveEvent(self, event):
        self.hover.hide()
        super().leaveEvent(event)

    def _clicked(self, event):
        if event.button() != Qt.LeftButton:
            return
        at = self.plot_item.getViewBox().mapSceneToView(event.scenePos())
        node = self.node_at(at.x(), at.y())
        if node is not None:
            self.node_clicked.emit(*node)

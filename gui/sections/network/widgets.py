"""Widgets of the network section: editable number grids and the x → W → p → y → L diagram."""
import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gui.kit.messages import ERROR_STYLE
from gui.kit.numbers import fixed, format_number
from gui.kit.plots import ui_font
from gui.kit.readouts import MONO, Readouts


class NumberGrid(QTableWidget):
    """A small matrix of numbers edited in its cells (W is 2×3, x is 1×2).

    A typed text that is not a number is refused here (rejected(text)); a
    number emits edited(row, col, value) and the owner decides: it calls
    set_values() with the new or the previous good values.
    """
    edited = Signal(int, int, float)
    rejected = Signal(str)

    def __init__(self, rows, cols, parent=None):
        super().__init__(rows, cols, parent)
        self._values = np.zeros((rows, cols))
        self.setFont(ui_font(10))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setDefaultSectionSize(28)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + 28 * rows + 4)
        for r in range(rows):
            for c in range(cols):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignCenter)
                self.setItem(r, c, item)
        self.itemChanged.connect(self._changed)

    def values(self):
        return self._values.copy()

    def set_values(self, values):
        """Show values (rows, cols) without emitting edited."""
        self._values = np.array(values, dtype=np.float64).reshape(self._values.shape)
        self.blockSignals(True)
        for (r, c), v in np.ndenumerate(self._values):
            self.item(r, c).setText(format_number(v, 7))
            self.item(r, c).setToolTip(repr(float(v)))
        self.blockSignals(False)

    def type_value(self, row, col, text):
        """Put text into a cell as if typed (used by tests and presets)."""
        self.item(row, col).setText(text)

    def _changed(self, item):
        r, c = item.row(), item.column()
        text = item.text().strip().replace("−", "-")
        try:
            value = float(text)
        except ValueError:
            self.set_values(self._values)
            self.rejected.emit(item.text())
            return
        if value == self._values[r, c]:
            self.set_values(self._values)  # re-format what was typed
            return
        self.edited.emit(r, c, value)


class SteadyLabel(QLabel):
    """A label at least as wide as `template` in its current font, whatever it shows.

    Its minimum width never follows the text, so a preset or a step that writes a
    longer number (a minus sign, one more digit) cannot shift the section's layout.
    """

    def __init__(self, template, bold=False, parent=None):
        super().__init__("—", parent)
        self.template = template
        self._bold = bold

    def set_template(self, template):
        self.template = template
        self.updateGeometry()

    def _template_size(self):
        lines = self.template.split("\n")
        font = self.font()
        font.setBold(self._bold or font.bold())   # a style sheet may embolden it (a wrong argmax)
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(line) for line in lines) + 6
        return QSize(width, metrics.lineSpacing() * len(lines) + 4)

    def minimumSizeHint(self):
        return self._template_size()

    def sizeHint(self):
        # a longer text may take more room when there is some; it never raises the minimum
        size = self._template_size()
        text = self.fontMetrics().boundingRect(0, 0, 100000, 1000, 0, self.text()).width() + 6
        return QSize(max(size.width(), text) if "<" not in self.text() else size.width(), size.height())


class _Box(QFrame):
    """One labelled stage of the diagram: a small title over big numbers."""

    def __init__(self, template, value_points=11.0, parent=None):
        super().__init__(parent)
        self.setObjectName("DiagramBox")
        self.setStyleSheet("QFrame#DiagramBox { background: #ffffff; border: 1px solid #9fa8da;"
                           " border-radius: 4px; }")
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setTextFormat(Qt.RichText)
        self.title.setFont(ui_font(11, bold=True))
        self.title.setStyleSheet("color: #303f9f;")
        self.value = SteadyLabel(template)
        self.value.setAlignment(Qt.AlignCenter)
        self.value.setTextFormat(Qt.RichText)
        self.value.setFont(ui_font(value_points, family=MONO))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 3)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.value, 1)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)


class _Arrow(QWidget):
    """→ with the operation written over it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setFont(ui_font(8))
        self.caption.setStyleSheet("color: #555;")
        self.arrow = QLabel("→")
        self.arrow.setFont(ui_font(16))
        self.arrow.setStyleSheet("color: #303f9f;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addStretch(1)
        for label in (self.caption, self.arrow):
            label.setAlignment(Qt.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_caption(self, caption):
        self.caption.setText(caption)


class NetworkDiagram(QWidget):
    """x → W → p = x·W → softmax → y → cross-entropy with t → L, with the numbers on it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # widths for values up to ±9.999 (fixed() at 3 or 4 decimals; a y in e-notation
        # is rare and may take more room); the loss is ≤ 16.2, two digits below 1e-4
        self.box_x = _Box("−0.000\n−0.000")
        self.box_W = _Box("−0.000 −0.000 −0.000\n−0.000 −0.000 −0.000")
        self.box_p, self.box_y = _Box("−0.0000\n−0.0000\n−0.0000"), _Box("0.0000\n0.0000\n0.0000")
        self.box_L = _Box("3.2e−05", value_points=18.0)
        self.arrows = [_Arrow() for _ in range(4)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        order = (self.box_x, self.arrows[0], self.box_W, self.arrows[1], self.box_p,
                 self.arrows[2], self.box_y, self.arrows[3], self.box_L)
        for widget, stretch in zip(order, (2, 0, 5, 0, 2, 0, 2, 0, 3)):
            layout.addWidget(widget, stretch)
        # x and W are also in the controls column: a narrow window shows the diagram from p on
        self._optional = (self.box_x, self.arrows[0], self.box_W)

    def _width_of(self, widgets):
        spacing = self.layout().spacing()
        return sum(w.minimumSizeHint().width() + spacing for w in widgets) - spacing

    def _all(self):
        layout = self.layout()
        return [layout.itemAt(k).widget() for k in range(layout.count())]

    def minimumSizeHint(self):
        compact = [w for w in self._all() if w not in self._optional]
        return QSize(self._width_of(compact), super().minimumSizeHint().height())

    def resizeEvent(self, event):
        wide = event.size().width() >= self._width_of(self._all())
        for widget in self._optional:
            widget.setVisible(wide)
        super().resizeEvent(event)

    def set_texts(self, titles, captions):
        """titles: x, W, p, y, L box titles; captions: the four arrows' operations."""
        for box, title in zip((self.box_x, self.box_W, self.box_p, self.box_y, self.box_L), titles):
            box.title.setText(title)
        for arrow, caption in zip(self.arrows, captions):
            arrow.set_caption(caption)

    def show_values(self, x, W, p, y, label, loss):
        """Fill the boxes; the argmax of p and the correct class in y are highlighted."""
        self.box_x.value.setText("<br>".join(fixed(v, 3) for v in x))
        self.box_W.value.setText("<br>".join("&nbsp;".join(fixed(v, 3) for v in row) for row in W))
        top = int(np.argmax(p))
        self.box_p.value.setText("<br>".join(
            f"<b style='color:#b71c1c'>{fixed(v)}</b>" if k == top else fixed(v)
            for k, v in enumerate(p)))
        self.box_y.value.setText("<br>".join(
            f"<span style='background:#c8e6c9'>{fixed(v)}</span>" if k == label else fixed(v)
            for k, v in enumerate(y)))
        # a loss below 1e-4 (down to the guard's −1e-7) in two digits: it must fit the box
        self.box_L.value.setText(f"<b>{fixed(loss) if abs(loss) >= 1e-4 else format_number(loss, 2)}</b>")


class ForwardView(QWidget):
    """The diagram plus exact read-outs of p, argmax and the loss, and a note on the loss."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.diagram = NetworkDiagram()
        self.p_readout = Readouts()
        self.readouts = Readouts(columns=2)
        big = ui_font(13)
        p_value = SteadyLabel("[−0.00000000  −0.00000000  −0.00000000]")
        self.p_readout.add("p", value=p_value).setFont(big)
        # y is not repeated here: the diagram shows it with the same four decimals
        templates = {"argmax": "0 ✓", "loss": "−0.00000010"}
        for key in ("argmax", "loss"):
            self.readouts.add(key, value=SteadyLabel(templates[key], bold=key == "argmax")).setFont(big)
        # one note under the read-outs: how the book's loss differs, or why a loss is < 0;
        # it keeps the height of the longer of the two when empty, so the plots never move
        self.loss_note = QLabel()
        self.loss_note.setStyleSheet("color: #555;")
        self.loss_note.setWordWrap(True)
        self.loss_note.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self._reserve_note()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.diagram, self.p_readout, self.readouts, self.loss_note):
            layout.addWidget(widget)

    def _reserve_note(self):
        width = max(self.loss_note.width(), 100)
        metrics = self.loss_note.fontMetrics()
        height = max(metrics.boundingRect(0, 0, width, 10000, Qt.TextWordWrap, text).height()
                     for text in (self.book_note(), self.negative_loss_note()))
        self.loss_note.setMinimumHeight(height + 2)

    def changeEvent(self, event):
        if event.type() in (QEvent.FontChange, QEvent.LanguageChange):
            self._reserve_note()
        super().changeEvent(event)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._reserve_note()

    def show_values(self, x, W, p, y, label, loss, is_book):
        self.diagram.show_values(x, W, p, y, label, loss)
        top = int(np.argmax(p))
        # 8 decimals: the precision NumPy printed p with in the book
        # (a huge p in e-notation: 1.7e308 with 8 decimals would be 300 digits long)
        self.p_readout.set("p", "[" + "  ".join(fixed(v, 8) if abs(v) < 1e4 else format_number(v, 9)
                                                for v in p) + "]")
        right = top == label
        # np.argmax counts from 0, as the book prints it (2 = the third class)
        self.readouts.set("argmax", (self.tr("%d ✓") if right else self.tr("%d ✗ wrong")) % top,
                          "" if right else ERROR_STYLE)
        self.readouts.set("loss", fixed(loss, 8))
        # the note is also the loss's tooltip (the note steps aside in a short window)
        tip = self.book_tip() if loss >= 0 else self.negative_loss_note() + "\n\n" + self.book_tip()
        for widget in (self.readouts.values["loss"], self.diagram.box_L):
            widget.setToolTip(tip)
        if loss < 0:
            self.loss_note.setText(self.negative_loss_note())
        elif is_book:
            self.loss_note.setText(self.book_note())
        else:
            self.loss_note.clear()

    def book_note(self):
        return self.tr("The book prints loss 0.92806853663411326: it has no 1e-7 guard in the log "
                       "(hover for details).")

    def negative_loss_note(self):
        return self.tr("L < 0: y of the correct class rounds to exactly 1 in float64, and the 1e-7 "
                       "guard gives L = −log(1 + 1e-7) ≈ −1e-7 (without the guard L would be 0).")

    def retranslate(self):
        self.diagram.set_texts(
            (self.tr("input x"), self.tr("weights W"), self.tr("p = x·W"),
             self.tr("y (%s = t)") % "<span style='color:#2e7d32'>■</span>", self.tr("loss L")),
            ("", self.tr("x·W"), self.tr("softmax"), self.tr("CE(y, t)")))
        self.p_readout.set_label("p", self.tr("p = x·W"))
        # as wide as the longer of the two verdicts, so a wrong argmax does not shift the row
        self.readouts.values["argmax"].set_template(max(self.tr("%d ✓") % 0, self.tr("%d ✗ wrong") % 0,
                                                        key=len))
        labels = {"argmax": self.tr("argmax(p)"), "loss": self.tr("loss L")}
        for key, text in labels.items():
            self.readouts.set_label(key, text)
        self.loss_note.setToolTip(self.book_tip())

    def book_tip(self):
        return self.tr(
            "The book prints loss = 0.92806853663411326 and dW = [[0.21924763 0.14356247 "
            "−0.36281009] [0.32887144 0.2153437 −0.54421514]]. It computed them without the "
            "1e-7 guard inside the log; this app keeps the guard of cross_entropy_error, "
            "log(y + 1e-7), so its loss is ~2.5e-7 lower and dW differs by ~1e-7.")


class NudgeReadouts(Readouts):
    """L(W+δ), ΔL, dW·δ and the gap of one nudge. The names carry the nudge curves' colours
    and strokes, so this row is also the nudge plot's legend (outside its data)."""
    STROKES = {"actual": ("#1565c0", "━━"), "predicted": ("#ef6c00", "╍╍"),
               "error": ("#c62828", "━━")}

    def __init__(self, parent=None):
        # two columns: four would not leave the plots room beside the controls at 1024 px
        super().__init__(parent, columns=2)
        big = ui_font(13)
        # as wide as the usual numbers (format_number's 7, 6, 6 and 3 digits)
        templates = {"new_loss": "0.0000000", "actual": "−0.000000", "predicted": "−0.000000",
                     "error": "−0.0000"}
        for key, template in templates.items():
            self.add(key, value=SteadyLabel(template)).setFont(big)

    def show_nudge(self, nudge):
        """nudge: an engine simple_net_demos.Nudge."""
        self.set("new_loss", format_number(nudge.new_loss, 7))
        for key, value, digits in (("actual", nudge.actual, 6), ("predicted", nudge.predicted, 6),
                                   ("error", nudge.error, 3)):
            self.set(key, format_number(value, digits), f"color: {self.STROKES[key][0]};")

    def retranslate(self, weight):
        names = {"new_loss": self.tr("L(W+δ)"), "actual": self.tr("ΔL"), "predicted": self.tr("dW·δ"),
                 "error": self.tr("gap")}
        for key, text in names.items():
            colour, stroke = self.STROKES.get(key, ("", ""))
            swatch = f"<span style='color:{colour}; font-weight: bold;'>{stroke}</span> " if stroke else ""
            self.set_label(key, swatch + text)
        self.names["predicted"].setToolTip(self.tr("The first-order prediction ∂L/∂%s × δ") % weight)

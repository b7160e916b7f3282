"""The read-outs under the descent plot: step, and per learning rate x, f(x) and a badge."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from gui.kit.numbers import format_number, point

DIGITS = (8, 6, 4)    # significant digits of x and f(x): the most that fit the width the plot has
WIDEST = -8.88888888888e+88
COLUMN_GAP = 12

BADGE_STYLES = {
    "diverged": "background: #b00020; color: white; padding: 3px 8px; border-radius: 4px;",
    "stalled": "background: #e0a000; color: black; padding: 3px 8px; border-radius: 4px;",
}


class StatusTable(QWidget):
    """The step, then one row per learning rate (name, x, f(x)) and under it a badge row, hidden when empty.

    The step has a row of its own: in the name column its longer translations
    ("第 10000 步，共 10000 步") would make that column wider than the plot allows.
    Every column is as wide as its texts in the current language; the values get as
    many significant digits (DIGITS) as fit beside the names in the width given (fit).
    """
    layout_changed = Signal()   # rows or badges appeared or went: the height needed changed
    digits_changed = Signal()   # the values must be written again with self.digits

    def __init__(self, rows, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.step = QLabel()
        self.step.setFont(big)
        grid.addWidget(self.step, 0, 0, 1, 3)
        self.x_header, self.f_header = QLabel(), QLabel()
        grid.addWidget(self.x_header, 1, 1, Qt.AlignBottom)
        grid.addWidget(self.f_header, 1, 2, Qt.AlignBottom)
        value_font = QFont()
        value_font.setPointSizeF(value_font.pointSizeF() * 1.2)
        # Bold is set here, once: a style sheet with a font property set later (per update)
        # would re-resolve the font and undo presentation mode's scaling.
        name_font = QFont(value_font)
        name_font.setBold(True)
        badge_font = QFont()
        badge_font.setBold(True)
        self.names, self.xs, self.fs, self.badges = [], [], [], []
        for i in range(rows):
            name, x, fx, badge = QLabel(), QLabel(), QLabel(), QLabel()
            for label in (name, x, fx):
                label.setFont(value_font)
                label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            name.setFont(name_font)
            badge.setFont(badge_font)
            badge.setWordWrap(True)
            badge.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(name, 2 + 2 * i, 0)
            grid.addWidget(x, 2 + 2 * i, 1)
            grid.addWidget(fx, 2 + 2 * i, 2)
            grid.addWidget(badge, 3 + 2 * i, 0, 1, 3)
            badge.hide()
            self.names.append(name)
            self.xs.append(x)
            self.fs.append(fx)
            self.badges.append(badge)
        grid.setHorizontalSpacing(COLUMN_GAP)
        self.digits = DIGITS[0]
        self._width = None
        grid.setColumnStretch(2, 1)

    def fit(self, width=None):
        """Choose the digits of the values for width (the last width given when None)."""
        self._width = width = self._width if width is None else width
        if not width:
            return
        names = max([label.sizeHint().width() for label in self.names if not label.isHidden()] or [0])
        metrics = QFontMetrics(self.xs[0].font())
        digits = DIGITS[-1]
        for digits in DIGITS:
            widest = format_number(WIDEST, digits)
            need = (names + metrics.horizontalAdvance("(%s, %s)" % (widest, widest))
                    + metrics.horizontalAdvance(widest) + 2 * COLUMN_GAP + 4)
            if need <= width:
                break
        if digits != self.digits:
            self.digits = digits
            self.digits_changed.emit()

    def set_row_count(self, n):
        for i in range(len(self.names)):
            for label in (self.names[i], self.xs[i], self.fs[i]):
                label.setVisible(i < n)
            if i >= n:
                self.badges[i].hide()
        self.layout_changed.emit()

    def set_name(self, i, text, colour):
        self.names[i].setText(text)
        self.names[i].setStyleSheet(f"color: {colour};")
        self.fit()

    def set_values(self, i, x_text, f_text):
        self.xs[i].setText(x_text)
        self.fs[i].setText(f_text)

    def set_badge(self, i, kind, text):
        """kind: "diverged", "stalled" or None (hidden)."""
        badge = self.badges[i]
        if (kind is None and badge.isHidden()) or (kind is not None and badge.text() == text
                                                   and badge.property("kind") == kind):
            return    # called every frame: no style sheet re-applied for nothing
        badge.setProperty("kind", kind)
        was_shown = not badge.isHidden()
        if kind is None:
            badge.clear()
            badge.hide()
        else:
            badge.setStyleSheet(BADGE_STYLES[kind])
            badge.setText(text)
            badge.show()
        if was_shown != (kind is not None):
            self.layout_changed.emit()

    def show_badge(self, i, k, status, run_steps, bound):
        """The badge of rate i at step k for its engine.descent.PathStatus: shown once the animation
        gets there (diverged from the step it happened, stalled at the end)."""
        if status.status == "diverged" and k >= status.diverged_step:
            self.set_badge(i, "diverged", self.tr(
                "DIVERGED at step %d: the values grew past %s. Last finite x = %s") % (
                status.diverged_step, format_number(bound, 2), point(status.last_finite)))
        elif status.status == "stalled" and k >= run_steps:
            self.set_badge(i, "stalled", self.tr(
                "STALLED: x moved only %s in %d steps; ends at %s") % (
                format_number(status.movement, 3), run_steps, point(status.last_finite)))
        else:
            self.set_badge(i, None, "")

    def badge_text(self, i):
        return self.badges[i].text() if not self.badges[i].isHidden() else ""

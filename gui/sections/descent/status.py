"""The read-outs under the descent plot: step, and per learning rate x, f(x) and a badge."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

BADGE_STYLES = {
    "diverged": "background: #b00020; color: white; padding: 3px 8px; border-radius: 4px;",
    "stalled": "background: #e0a000; color: black; padding: 3px 8px; border-radius: 4px;",
}


class StatusTable(QWidget):
    """One row per learning rate (name, x, f(x)) and under it a badge row, hidden when empty."""

    def __init__(self, rows, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.step = QLabel()
        self.step.setFont(big)
        grid.addWidget(self.step, 0, 0)
        self.x_header, self.f_header = QLabel(), QLabel()
        grid.addWidget(self.x_header, 0, 1, Qt.AlignBottom)
        grid.addWidget(self.f_header, 0, 2, Qt.AlignBottom)
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
            grid.addWidget(name, 1 + 2 * i, 0)
            grid.addWidget(x, 1 + 2 * i, 1)
            grid.addWidget(fx, 1 + 2 * i, 2)
            grid.addWidget(badge, 2 + 2 * i, 0, 1, 3)
            badge.hide()
            self.names.append(name)
            self.xs.append(x)
            self.fs.append(fx)
            self.badges.append(badge)
        grid.setColumnStretch(1, 1)

    def set_row_count(self, n):
        for i in range(len(self.names)):
            for label in (self.names[i], self.xs[i], self.fs[i]):
                label.setVisible(i < n)
            if i >= n:
                self.badges[i].hide()

    def set_name(self, i, text, colour):
        self.names[i].setText(text)
        self.names[i].setStyleSheet(f"color: {colour};")

    def set_values(self, i, x_text, f_text):
        self.xs[i].setText(x_text)
        self.fs[i].setText(f_text)

    def set_badge(self, i, kind, text):
        """kind: "diverged", "stalled" or None (hidden)."""
        badge = self.badges[i]
        if kind is None:
            badge.clear()
            badge.hide()
            return
        badge.setStyleSheet(BADGE_STYLES[kind])
        badge.setText(text)
        badge.show()

    def badge_text(self, i):
        return self.badges[i].text() if not self.badges[i].isHidden() else ""

"""Tab stops and accessible names for every widget of a window, without touching each section.

Qt makes every QScrollArea and every plot (a QGraphicsView) a Tab stop; they do
nothing with keys, so Tab landed on invisible stops. A plot that does use keys
sets the property gui.kit.keys.TAKES_ARROWS and keeps its stop (and a focus frame,
gui/style.py). Screen readers need a name for each control: a control without
one gets the text of its label (a buddy, a form row's label, or the label just
before it in its layout), or its tool tip; a plot gets its title as name and its
axes and curves as description. Names are worked out again after a language switch.
"""
import re

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QApplication, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QTabBar, QWidget)

from gui.kit.keys import TAKES_ARROWS

CONTROLS = (QAbstractSlider, QAbstractSpinBox, QLineEdit, QComboBox, QAbstractButton, QTabBar,
            QAbstractItemView)
AUTO_NAME = "autoAccessibleName"   # set on widgets whose name this module chose (and so renews)
PREPARED = "accessPrepared"


def plain(text):
    """Label text as a screen reader should say it: no markup, no mnemonic &, no trailing colon."""
    text = re.sub(r"<[^>]+>", "", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":：").strip()


def _labels_before(layout, widget, seen):
    """Walk layout in order; returns True once widget is reached (seen collects QLabels before it)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.widget()
        if child is widget:
            return True
        if isinstance(child, QLabel) and child.text():
            seen.append(child)
        elif child is not None and child.layout() is not None and child.isAncestorOf(widget):
            return _labels_before(child.layout(), widget, seen)
        elif item.layout() is not None and _labels_before(item.layout(), widget, seen):
            return True
    return False


def label_text(widget):
    """The text a person reads as this control's label ('' when there is none)."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return plain(label.text())
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return plain(label.text())
    # A composite control (a slider with its caption above it) or a row "caption  field".
    for holder in (parent, parent.parentWidget() if parent is not None else None):
        if holder is None or holder.layout() is None:
            continue
        seen = []
        if _labels_before(holder.layout(), widget, seen) and seen:
            return plain(seen[-1].text())
    return ""


def control_name(widget):
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return ""               # Qt already reads a button's text
    if isinstance(widget, QTabBar):
        return plain(widget.tabText(widget.currentIndex()))
    return label_text(widget) or plain(widget.toolTip())


def plot_items(view):
    """The PlotItems a GraphicsView shows (one for a PlotWidget, several in a layout)."""
    if isinstance(view, pg.PlotWidget):
        return [view.getPlotItem()]
    return [item for item in view.scene().items() if isinstance(item, pg.PlotItem)]


class Accessibility(QObject):
    """Installed once per window: Tab stops and accessible names as widgets are first shown."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        kind = event.type()
        # Show, not Polish: a section polishes some widgets while it is built, before it is
        # placed in this window. Tab only ever reaches shown widgets.
        if kind == QEvent.Show and obj.isWidgetType():
            try:
                if not obj.property(PREPARED) and obj.window() is self.window:
                    obj.setProperty(PREPARED, True)
                    self.prepare(obj)
            except RuntimeError:    # deleted while being shown
                pass
        elif kind == QEvent.LanguageChange and obj is self.window:
            # After every widget has set its new texts.
            QTimer.singleShot(0, self.rename_all)
        return False

    def prepare(self, widget):
        if isinstance(widget, pg.GraphicsView):
            if not widget.property(TAKES_ARROWS):
                widget.setFocusPolicy(Qt.NoFocus)
            self.name(widget)
        elif isinstance(widget, QScrollArea):
            # The controls column scrolls to the focused control by itself.
            widget.setFocusPolicy(Qt.NoFocus)
        elif isinstance(widget, CONTROLS):
            if isinstance(widget, QAbstractItemView):
                # Tab leaves a table (arrows move between its cells) instead of walking every cell.
                widget.setTabKeyNavigation(False)
            if isinstance(widget, QPushButton):
                # Outside dialogs Qt presses a button on Space only; Enter works once it is auto-default.
                widget.setAutoDefault(True)
            self.name(widget)

    def name(self, widget):
        if widget.accessibleName() and not widget.property(AUTO_NAME):
            return                  # named by its section
        if isinstance(widget, pg.GraphicsView):
            name, description = self.plot_text(widget)
            widget.setAccessibleDescription(description)
        else:
            name = control_name(widget)
        if name:
            widget.setAccessibleName(name)
            widget.setProperty(AUTO_NAME, True)

    def rename_all(self):
        try:
            widgets = self.window.findChildren(QWidget)
        except RuntimeError:
            return
        for widget in widgets:
            if widget.property(AUTO_NAME):
                self.name(widget)

    def plot_text(self, view):
        """(name, description) of a plot: its titles; its axes and named curves."""
        titles, parts = [], []
        for item in plot_items(view):
            title = plain(item.titleLabel.text) if item.titleLabel.isVisible() else ""
            x_label = plain(item.getAxis("bottom").labelText)
            y_label = plain(item.getAxis("left").labelText)
            curves = [plain(str(c.name())) for c in item.listDataItems() if c.name()]
            titles.append(title)
            part = self.tr("%s: x axis %s, y axis %s") % (title or self.tr("plot"), x_label or "—",
                                                           y_label or "—")
            if curves:
                part += "; " + self.tr("curves: %s") % ", ".join(curves)
            parts.append(part)
        name = "; ".join(t for t in titles if t) or self.tr("plot")
        return self.tr("Plot: %s") % name, ". ".join(parts)

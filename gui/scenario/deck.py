"""A deck: the scenes of a lecture in order, their list panel and the "scene 3 / 7" label.

The deck holds captured scenes (plain dicts, each with its "section"); the window
walks them with PgDn/PgUp while one is open. The panel reorders, deletes and
jumps; what it does goes through the controller (gui/scenario/files.py), which
restores scenes and writes files.
"""
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QDockWidget, QGridLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)


class Deck(QObject):
    """The open deck: scenes, the one shown last (index) and the file it came from (path)."""
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scenes = []
        self.index = -1
        self.path = None
        self.modified = False    # scenes added, moved, replaced or deleted since it was opened or saved

    def is_open(self):
        return bool(self.scenes)

    def __len__(self):
        return len(self.scenes)

    def open(self, scenes, path=None, index=0):
        self.scenes = [dict(scene) for scene in scenes]
        self.path = path
        self.index = index
        self.modified = False
        self.changed.emit()

    def close(self):
        self.scenes, self.index, self.path = [], -1, None
        self.modified = False
        self.changed.emit()

    def add(self, scene):
        """Append scene (after the others) and make it the current one."""
        self.scenes.append(dict(scene))
        self.index = len(self.scenes) - 1
        self.modified = True
        self.changed.emit()

    def replace(self, row, scene):
        self.scenes[row] = dict(scene)
        self.modified = True
        self.changed.emit()

    def move(self, row, delta):
        """Move scene row up (delta -1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.scenes) and 0 <= target < len(self.scenes)):
            return row
        scenes = self.scenes
        scenes[row], scenes[target] = scenes[target], scenes[row]
        if self.index in (row, target):
            self.index = target if self.index == row else row
        self.modified = True
        self.changed.emit()
        return target

    def remove(self, row):
        if not 0 <= row < len(self.scenes):
            return
        del self.scenes[row]
        if self.index > row or self.index >= len(self.scenes):
            self.index -= 1
        if not self.scenes:
            self.index, self.path = -1, None
        self.modified = bool(self.scenes)
        self.changed.emit()




class SceneLabel(QLabel):
    """"scene 3 / 7" in the tool bar while a deck is open (large in presentation mode)."""

    def __init__(self, deck, parent=None):
        super().__init__(parent)
        self.deck = deck
        self.setObjectName("SceneLabel")
        self.setContentsMargins(12, 0, 12, 0)
        # Larger and bold: the class reads it from the back row. Only size and weight are
        # set, so the family still follows the language; presentation mode scales the size.
        font = QFont()
        font.setPointSizeF(QApplication.font().pointSizeF() * 1.3)
        font.setBold(True)
        self.setFont(font)
        deck.changed.connect(self.update_text)
        self.update_text()

    def update_text(self):
        self.setText(self.tr("scene %d / %d") % (self.deck.index + 1, len(self.deck))
                     if self.deck.is_open() else "")

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.update_text()
        super().changeEvent(event)


class SceneList(QListWidget):
    """The deck's list, asking for less width than a list's default (256 px)."""

    def sizeHint(self):
        return QSize(180, 240)


class DeckPanel(QDockWidget):
    """The deck's list: double-click a scene to show it; buttons add, move, replace and delete."""
    jump = Signal(int)

    def __init__(self, deck, titles, parent=None):
        super().__init__(parent)
        self.deck = deck
        self.titles = titles     # section name -> "4.4.1  Gradient descent", as the window lists it
        self.setObjectName("DeckPanel")
        self.list = SceneList()
        self.list.setObjectName("DeckList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.jump.emit(self.list.row(item)))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.add_button = QPushButton()
        self.replace_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.delete_button = QPushButton()
        self.close_button = QPushButton()
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(self._delete)
        # Three short rows: the panel stays narrow and leaves the section its width.
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0, 1, 3)
        buttons.addWidget(self.replace_button, 0, 3, 1, 3)
        buttons.addWidget(self.up_button, 1, 0, 1, 2)
        buttons.addWidget(self.down_button, 1, 2, 1, 2)
        buttons.addWidget(self.delete_button, 1, 4, 1, 2)
        buttons.addWidget(self.close_button, 2, 0, 1, 6)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)
        deck.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def selected_row(self):
        return self.list.currentRow()

    def refresh(self):
        """The list again from the deck, the current scene selected and marked."""
        self.list.blockSignals(True)
        self.list.clear()
        for row, scene in enumerate(self.deck.scenes):
            mark = "▶ " if row == self.deck.index else "    "
            item = QListWidgetItem(f"{mark}{row + 1}. {self.titles(scene['section'])}")
            self.list.addItem(item)
        if self.deck.is_open():
            self.list.setCurrentRow(max(0, self.deck.index))
        self.list.blockSignals(False)
        self._enable()

    def _enable(self):
        row, count = self.list.currentRow(), len(self.deck)
        chosen = 0 <= row < count
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)
        self.delete_button.setEnabled(chosen)
        self.replace_button.setEnabled(chosen)
        self.close_button.setEnabled(count > 0)

    def _move(self, delta):
        row = self.deck.move(self.list.currentRow(), delta)
        self.list.setCurrentRow(row)

    def _delete(self):
        row = self.list.currentRow()
        self.deck.remove(row)
        if self.deck.is_open():
            self.list.setCurrentRow(min(row, len(self.deck) - 1))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()      # the scenes' titles: refresh(), called by the window after its list
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Deck"))
        self.list.setToolTip(self.tr("The deck's scenes in order: double-click (or Enter) shows one; "
                                     "Page Down and Page Up walk them."))
        self.add_button.setText(self.tr("Add this view"))
        self.add_button.setToolTip(self.tr("Append what the window shows now as the last scene (Ctrl+D)"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_button.setToolTip(self.tr("Put what the window shows now in place of the "
                                               "selected scene"))
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.delete_button.setText(self.tr("Delete"))
        self.close_button.setText(self.tr("Close the deck"))
        self.close_button.setToolTip(self.tr("Page Down and Page Up walk the sections again"))

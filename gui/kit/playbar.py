"""Play/Pause, Step, Reset and a speed slider: the controls of every animation."""
import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QStyle, QVBoxLayout, QWidget

from gui.kit.numbers import format_number


class PlayBar(QWidget):
    """Play/Pause, Step, Reset and a speed slider (steps per second)."""
    play_toggled = Signal(bool)
    step_clicked = Signal()
    reset_clicked = Signal()
    speed_changed = Signal(float)

    def __init__(self, speed=10.0, parent=None):
        super().__init__(parent)
        self.play = QPushButton()
        self.play.setCheckable(True)
        self.step_button = QPushButton()
        self.reset_button = QPushButton()
        self.speed_label = QLabel()
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, 40)  # 10**(pos/10 - 1): 0.1 .. 1000 steps/s
        self.speed.setValue(round((math.log10(speed) + 1) * 10))
        buttons = QHBoxLayout()
        for b in (self.play, self.step_button, self.reset_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed)
        self.play.toggled.connect(self._toggled)
        self.step_button.clicked.connect(self.step_clicked)
        self.reset_button.clicked.connect(self.reset_clicked)
        self.speed.valueChanged.connect(self._speed_moved)
        self.retranslate()

    def changeEvent(self, event):
        # Retranslate on a run-time language switch, whichever section holds this widget.
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def steps_per_second(self):
        return 10 ** (self.speed.value() / 10 - 1)

    def set_playing(self, playing):
        """Reflect the state without emitting play_toggled."""
        self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.blockSignals(False)
        self._label_play()

    def _toggled(self, playing):
        self._label_play()
        self.play_toggled.emit(playing)

    def _speed_moved(self, _pos):
        self._label_speed()
        self.speed_changed.emit(self.steps_per_second())

    def _label_play(self):
        # Qt's own media icons: glyphs such as U+23F8 are missing from many fonts.
        playing = self.play.isChecked()
        self.play.setIcon(self.style().standardIcon(QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay))
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _label_speed(self):
        self.speed_label.setText(self.tr("Speed: %s steps/s") % format_number(self.steps_per_second(), 3))

    def retranslate(self):
        self._label_play()
        self._label_speed()
        self.step_button.setText(self.tr("Step"))
        self.step_button.setIcon(self.style().standardIcon(QStyle.SP_MediaSeekForward))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setIcon(self.style().standardIcon(QStyle.SP_MediaSkipBackward))
        self.play.setToolTip(self.tr("Play or pause (space)"))
        self.step_button.setToolTip(self.tr("One step (→)"))
        self.reset_button.setToolTip(self.tr("Back to the start (R)"))

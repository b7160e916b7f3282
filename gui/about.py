"""The About dialog: version, the licences of the app and what it builds on, the MNIST attribution."""
import platform
import re
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def app_version():
    """The installed distribution's version (pyproject.toml's when run from a source tree)."""
    try:
        return metadata.version("gradient-lab")
    except metadata.PackageNotFoundError:
        pass
    try:
        match = re.search(r'^version\s*=\s*"([^"]+)"', PYPROJECT.read_text(encoding="utf-8"), re.M)
    except OSError:
        match = None
    return match.group(1) if match else "?"


def _version_of(distribution):
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("SectionTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.RichText)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(Qt.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("About Gradient Lab"))
        self.heading.setText(self.tr("Gradient Lab %s") % app_version())
        versions = ", ".join((
            f"Python {platform.python_version()}", f"Qt {qVersion()}",
            f"PySide6 {_version_of('PySide6-Essentials')}", f"pyqtgraph {_version_of('pyqtgraph')}",
            f"NumPy {_version_of('numpy')}", f"Numba {_version_of('numba')}"))
        parts = [
            "<p>" + self.tr("Chapter 4 of <i>Deep Learning from Scratch</i> (Koki Saito), visible and "
                            "playable: loss functions, derivatives, gradients, gradient descent and a "
                            "two-layer network learning MNIST.") + "</p>",
            "<p><b>" + self.tr("Licences") + "</b><br>"
            + self.tr("Gradient Lab: MIT licence.") + "<br>"
            + self.tr("Qt and PySide6: GNU LGPL v3.") + "<br>"
            + self.tr("pyqtgraph: MIT licence.") + "<br>"
            + self.tr("NumPy: BSD licence.") + "<br>"
            + self.tr("SymPy: BSD licence.") + "<br>"
            + self.tr("Numba and llvmlite: BSD licence.") + "<br>"
            + self.tr("PyOpenGL: BSD licence.") + "<br>"
            + self.tr("Pillow: MIT-CMU (HPND) licence.") + "</p>",
            "<p><b>" + self.tr("MNIST data") + "</b><br>"
            + self.tr("\"The MNIST database of handwritten digits\" by Yann LeCun, Corinna Cortes and "
                      "Christopher J.C. Burges, licensed under CC BY-SA 3.0 "
                      "(Creative Commons Attribution-Share Alike 3.0). The four original files are "
                      "bundled unchanged in resources/mnist.") + "</p>",
            "<p><small>" + versions + "</small></p>",
        ]
        self.body.setText("".join(parts))

    def text(self):
        """The dialog's visible text (plain), for tests and copying."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.body.text())
        return self.heading.text() + "\n" + doc.toPlainText()

"""Render resources/icons/gradient-lab.svg to the PNG sizes a desktop needs (run after editing the SVG).

Usage: .venv/bin/python scripts/make_icons.py
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main():
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "gradient-lab.svg"))
    if not renderer.isValid():
        sys.exit("the SVG icon could not be read")
    for size in SIZES:
        image = QImage(size, size, QImage.Format_ARGB32)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"gradient-lab-{size}.png"
        if not image.save(str(target)):
            sys.exit(f"could not write {target}")
        print(target)


if __name__ == "__main__":
    main()

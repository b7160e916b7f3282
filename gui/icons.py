"""The application icon (resources/icons: an SVG and PNGs rendered from it by scripts/make_icons.py)."""
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def app_icon():
    """The app icon at every rendered size (empty when the files are missing)."""
    icon = QIcon()
    for png in sorted(ICON_DIR.glob("gradient-lab-*.png")):
        icon.addFile(str(png))
    return icon

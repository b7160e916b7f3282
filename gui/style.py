"""The application's look: readable from the back of a lecture room.

style_sheet(scale, high_contrast) gives the normal look (scale 1) and the
presentation look: every size multiplied by scale, black on white, heavier
borders.

The app keeps its own light look whatever the desktop's theme: the sections
colour text and plots for a light background (navy headings, dark curves on
white), so a dark desktop palette gave light grey text on the light panels.
apply_style sets a fixed light palette; focus marks are drawn for every control.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

# Sizes in points at scale 1; the presentation mode multiplies them.
TITLE_PT, FORMULA_PT, NAV_PT = 17, 14, 12
# Widgets whose font size the style sheet sets (so presentation mode leaves their fonts alone).
STYLED_FONTS = frozenset({"SectionTitle", "Formula", "SectionList"})
FOCUS_COLOR = "#1565c0"
# The light palette every colour in the app was chosen against (Qt's Fusion light colours).
LIGHT = {
    QPalette.Window: "#efefef", QPalette.WindowText: "#000000", QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#f7f7f7", QPalette.ToolTipBase: "#ffffdc", QPalette.ToolTipText: "#000000",
    QPalette.PlaceholderText: "#707070", QPalette.Text: "#000000", QPalette.Button: "#efefef",
    QPalette.ButtonText: "#000000", QPalette.BrightText: "#ffffff", QPalette.Light: "#ffffff",
    QPalette.Midlight: "#cacaca", QPalette.Mid: "#b8b8b8", QPalette.Dark: "#9f9f9f",
    QPalette.Shadow: "#767676", QPalette.Highlight: "#308cc6", QPalette.HighlightedText: "#ffffff",
    QPalette.Link: "#0000ff", QPalette.LinkVisited: "#ff00ff",
}
DISABLED_TEXT = "#8c8c8c"

_TEMPLATE = """
QLabel#SectionTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#Formula {{ font-size: {formula}pt; font-family: "DejaVu Serif", serif; color: {formula_color};
                 padding: 2px 0px; }}
QFrame#ExplainPanel {{ background: {panel_bg}; border: {border}px solid {panel_border}; border-radius: 4px; }}
QListWidget#SectionList {{ font-size: {nav}pt; }}
QListWidget#SectionList::item {{ padding: {pad}px 4px; }}
QGroupBox {{ font-weight: bold; }}
QSlider {{ border: 2px solid transparent; border-radius: 3px; }}
QSlider:focus {{ border-color: {focus}; }}
QGraphicsView[takesArrowKeys="true"] {{ border: 2px solid transparent; }}
QGraphicsView[takesArrowKeys="true"]:focus {{ border-color: {focus}; }}
"""

_HIGH_CONTRAST = """
QWidget {{ color: #000000; }}
QMainWindow, QWidget#Controls, QScrollArea {{ background: #ffffff; }}
QPushButton, QToolButton {{ border: {border}px solid #000000; border-radius: 4px; padding: 4px 10px;
                            background: #ffffff; }}
QPushButton:checked, QToolButton:checked {{ background: #ffe066; }}
QLineEdit {{ border: {border}px solid #000000; background: #ffffff; }}
QToolBar {{ background: #ffffff; border-bottom: {border}px solid #000000; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus {{ border-color: {focus}; background: #e3efff; }}
"""


def _pt(value, scale):
    return f"{value * scale:.1f}".rstrip("0").rstrip(".")


def style_sheet(scale=1.0, high_contrast=False):
    """The application style sheet at a font scale, optionally with the high-contrast theme."""
    border = max(1, round(scale)) + (1 if high_contrast else 0)
    sheet = _TEMPLATE.format(
        title=_pt(TITLE_PT, scale), formula=_pt(FORMULA_PT, scale), nav=_pt(NAV_PT, scale),
        pad=round(6 * scale), border=border,
        formula_color="#000000" if high_contrast else "#1a237e",
        panel_bg="#fffbe6" if high_contrast else "#f6f8fc",
        panel_border="#000000" if high_contrast else "#d0d7e6", focus=FOCUS_COLOR)
    if high_contrast:
        sheet += _HIGH_CONTRAST.format(border=border, focus=FOCUS_COLOR)
    return sheet


STYLE_SHEET = style_sheet()


def light_palette():
    """The app's own light palette, the same on a dark desktop."""
    palette = QPalette()
    for role, colour in LIGHT.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def apply_style(app, scale=1.0, high_contrast=False):
    """The style sheet and the light palette (a dark desktop theme does not reach the app)."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):     # Qt >= 6.8: styles that follow the scheme stay light
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(light_palette())
    app.setStyleSheet(style_sheet(scale, high_contrast))

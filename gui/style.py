"""The application's look: readable from the back of a lecture room.

style_sheet(scale, high_contrast) gives the normal look (scale 1) and the
presentation look: every size multiplied by scale, black on white, heavier
borders.
"""

# Sizes in points at scale 1; the presentation mode multiplies them.
TITLE_PT, FORMULA_PT, NAV_PT = 17, 14, 12
# Widgets whose font size the style sheet sets (so presentation mode leaves their fonts alone).
STYLED_FONTS = frozenset({"SectionTitle", "Formula", "SectionList"})

_TEMPLATE = """
QLabel#SectionTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#Formula {{ font-size: {formula}pt; font-family: "DejaVu Serif", serif; color: {formula_color};
                 padding: 2px 0px; }}
QFrame#ExplainPanel {{ background: {panel_bg}; border: {border}px solid {panel_border}; border-radius: 4px; }}
QListWidget#SectionList {{ font-size: {nav}pt; }}
QListWidget#SectionList::item {{ padding: {pad}px 4px; }}
QGroupBox {{ font-weight: bold; }}
"""

_HIGH_CONTRAST = """
QWidget {{ color: #000000; }}
QMainWindow, QWidget#Controls, QScrollArea {{ background: #ffffff; }}
QPushButton, QToolButton {{ border: {border}px solid #000000; border-radius: 4px; padding: 4px 10px;
                            background: #ffffff; }}
QPushButton:checked, QToolButton:checked {{ background: #ffe066; }}
QLineEdit {{ border: {border}px solid #000000; background: #ffffff; }}
QToolBar {{ background: #ffffff; border-bottom: {border}px solid #000000; }}
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
        panel_border="#000000" if high_contrast else "#d0d7e6")
    if high_contrast:
        sheet += _HIGH_CONTRAST.format(border=border)
    return sheet


STYLE_SHEET = style_sheet()


def apply_style(app, scale=1.0, high_contrast=False):
    app.setStyleSheet(style_sheet(scale, high_contrast))

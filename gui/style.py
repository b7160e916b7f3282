"""The application's look: readable from the back of a lecture room."""

STYLE_SHEET = """
QLabel#SectionTitle { font-size: 17pt; font-weight: bold; }
QLabel#Formula { font-size: 14pt; font-family: "DejaVu Serif", serif; color: #1a237e; }
QFrame#ExplainPanel { background: #f6f8fc; border: 1px solid #d0d7e6; border-radius: 4px; }
QListWidget#SectionList { font-size: 12pt; }
QListWidget#SectionList::item { padding: 6px 4px; }
QGroupBox { font-weight: bold; }
"""


def apply_style(app):
    app.setStyleSheet(STYLE_SHEET)

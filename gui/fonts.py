"""Han characters drawn in the reader's own typeface: Japanese glyphs for ja, Chinese ones for zh_CN.

Chinese and Japanese share code points but not glyph shapes (直, 骨, 角 differ),
and a font chooses one tradition. Qt picks a fallback for Han characters without
knowing the language, so every font the app uses lists, after its own family, the
CJK family for the interface language: Latin letters keep their font, Han, kana
and CJK punctuation come from the second. Where none of the families is
installed, nothing is added and the system's fallback applies.
"""
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QGraphicsView

# First installed wins: Debian's fonts-noto-cjk, then the usual fonts of Linux, macOS and Windows.
CJK_FAMILIES = {
    "ja": ("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic",
           "TakaoPGothic", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Meiryo"),
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
              "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei UI", "Microsoft YaHei", "SimHei"),
}
_ALL_CJK = {family for families in CJK_FAMILIES.values() for family in families}


def cjk_family(code, installed=None):
    """The CJK family for language code that is installed here, or None (English, or none found)."""
    installed = set(QFontDatabase.families() if installed is None else installed)
    return next((family for family in CJK_FAMILIES.get(code, ()) if family in installed), None)


def with_cjk(font, family):
    """A copy of font whose families are its own (CJK ones removed) followed by family (if any)."""
    own = [f for f in (font.families() or [font.family()]) if f not in _ALL_CJK]
    fresh = QFont(font)
    fresh.setFamilies(own + ([family] if family else []))
    return fresh


def follow_language(code):
    """Give the application, every widget with a font of its own and every plot text the CJK family for code.

    Called by gui.i18n whenever the language is set; returns the family used (or None).
    """
    app = QApplication.instance()
    if app is None:
        return None
    family = cjk_family(code)
    app.setFont(with_cjk(app.font(), family))
    # Qt posts the change to every widget; deliver it now, so the switch is complete on return.
    QCoreApplication.sendPostedEvents(None, QEvent.ApplicationFontChange)
    wanted = ([family] if family else [])
    for widget in app.allWidgets():
        if _cjk_of(widget.font()) != wanted:
            if widget.testAttribute(Qt.WA_SetFont):
                widget.setFont(with_cjk(widget.font(), family))
            else:
                # A font a style sheet sizes (titles, headings) was merged with the old font
                # when the widget was polished: polish it again to take the new families.
                widget.style().polish(widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            _follow_scene(widget.scene(), family)
    return family


def _cjk_of(font):
    return [f for f in font.families() if f in _ALL_CJK]


def _follow_scene(scene, family):
    for item in scene.items():
        tick_font = getattr(item, "style", None)
        if isinstance(tick_font, dict) and isinstance(tick_font.get("tickFont"), QFont):
            item.setTickFont(with_cjk(tick_font["tickFont"], family))     # pyqtgraph's AxisItem
        if hasattr(item, "font") and hasattr(item, "setFont") and callable(item.font):
            try:
                item.setFont(with_cjk(item.font(), family))
            except TypeError:       # an item whose font()/setFont() mean something else
                continue


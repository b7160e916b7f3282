"""Translations for the descent and network sections' scenes (a .glab value refused with a reason).

(English, Simplified Chinese, Japanese), as in translations_table. ENGINE_ENTRIES are
engine.messages templates (context "Engine", placeholders kept exactly). Terms follow
the book: 梯度/勾配, 数值梯度/数値勾配, 视野/表示範囲 (as the descent section says it).
"""

ENGINE_ENTRIES = [
    # --- engine/descent.py: a scene's function with no finite value in its view --------------------
    ("f(x0, x1) = {text} is not finite anywhere in the view: there is nothing to descend.",
     "f(x0, x1) = {text} 在视野内处处都不是有限值：没有可以下降的地方。",
     "f(x0, x1) = {text} は表示範囲のどこでも有限ではありません：降りる先がありません。"),
]

ENTRIES = []

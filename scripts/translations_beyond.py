"""Translations for what follows chapter 4 (the book's 6.1–6.4): optimizers, deeper networks, 2-D data.

(English, Simplified Chinese, Japanese), as in translations_table. ENGINE_ENTRIES are
engine.messages templates (context "Engine", placeholders kept exactly); ENTRIES are
the sections' strings. Terms follow the book: 动量/モーメンタム, 学习率/学習率,
权值衰减/Weight decay (荷重減衰), 初始值/初期値, 激活函数/活性化関数.
"""

ENGINE_ENTRIES = [
    # --- engine.optimizers ----------------------------------------------------------------------
    ("The learning rate must be a finite number above 0 (got {value})",
     "学习率必须是大于 0 的有限数（输入的是 {value}）", "学習率は 0 より大きい有限の数でなければなりません（入力：{value}）"),
    ("{name} must lie in [0, 1) (got {value})", "{name} 必须在 [0, 1) 之内（输入的是 {value}）",
     "{name} は [0, 1) の範囲でなければなりません（入力：{value}）"),
    ("Unknown optimizer {name!r}; choose one of: {names}", "未知的优化器 {name!r}；可选：{names}",
     "不明な最適化手法 {name!r}。次から選んでください：{names}"),
]

ENTRIES = [
]

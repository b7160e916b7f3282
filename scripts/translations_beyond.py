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
    # --- engine.multilayer ----------------------------------------------------------------------
    ("Unknown initialisation {name!r}; use a number or one of: {names}",
     "未知的初始值设定 {name!r}；请输入一个数，或从以下选择：{names}",
     "不明な初期値の設定 {name!r}。数値を入れるか、次から選んでください：{names}"),
    ("The initial weight scale must be a finite number above 0 (got {value})",
     "权重初始值的标准差必须是大于 0 的有限数（输入的是 {value}）",
     "重みの初期値の標準偏差は 0 より大きい有限の数でなければなりません（入力：{value}）"),
    ("{count} hidden layers is too many; use at most {limit}", "{count} 个隐藏层太多了；最多 {limit} 个",
     "隠れ層 {count} 層は多すぎます。{limit} 層までにしてください"),
    ("A layer needs a whole number of neurons, at least 1 (got {value})",
     "每一层的神经元数必须是至少为 1 的整数（输入的是 {value}）",
     "各層のニューロン数は 1 以上の整数でなければなりません（入力：{value}）"),
    ("A hidden layer of {width} neurons is too wide; use at most {limit}",
     "有 {width} 个神经元的隐藏层太宽了；最多 {limit} 个", "ニューロン {width} 個の隠れ層は広すぎます。{limit} 個までにしてください"),
    ("Unknown activation {name!r}; choose one of: {names}", "未知的激活函数 {name!r}；可选：{names}",
     "不明な活性化関数 {name!r}。次から選んでください：{names}"),
    ("Weight decay λ must be a finite number ≥ 0 (got {value})", "权值衰减 λ 必须是 ≥ 0 的有限数（输入的是 {value}）",
     "Weight decay の λ は 0 以上の有限の数でなければなりません（入力：{value}）"),
    # --- engine.toy_data ------------------------------------------------------------------------
    ("Unknown data set {name!r}; choose one of: {names}", "未知的数据集 {name!r}；可选：{names}",
     "不明なデータセット {name!r}。次から選んでください：{names}"),
    ("The number of points must be a whole number from 2 to {limit} (got {value})",
     "点数必须是 2 到 {limit} 之间的整数（输入的是 {value}）", "点の数は 2 から {limit} までの整数でなければなりません（入力：{value}）"),
    ("Noise must lie between 0 and 1 (got {value})", "噪声必须在 0 到 1 之间（输入的是 {value}）",
     "ノイズは 0 から 1 の間でなければなりません（入力：{value}）"),
    ("The test share must lie in [0, 1) (got {value})", "测试数据的比例必须在 [0, 1) 之内（输入的是 {value}）",
     "テストデータの割合は [0, 1) の範囲でなければなりません（入力：{value}）"),
    ("Choose at least one input feature from: {names}", "请至少从以下选择一个输入特征：{names}",
     "入力の特徴を次から少なくとも 1 つ選んでください：{names}"),
]

ENTRIES = [
]

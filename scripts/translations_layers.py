"""Translations of the training section's Layers tab (every layer visible, figs 6-10 … 6-14).

(English, Simplified Chinese, Japanese), as in translations_table; a source written
"Context|text" applies only to that context. Terms follow the book: 隐藏层/隠れ層,
激活值/アクティベーション (6.2.2), 权重/重み, 梯度/勾配, 初始值/初期値, 标准差/標準偏差.
"""

ENTRIES = [
    # --- the tab and its three pictures -------------------------------------------------------------
    ("LayersView|Layers", "各层", "各層"),
    ("LayersPage|One digit, layer by layer", "一个数字，逐层", "1 つの数字を層ごとに"),
    ("LayersPage|Activation histograms", "激活值直方图", "アクティベーションのヒストグラム"),
    ("LayersPage|Weights and gradients over time", "权重和梯度随时间的变化", "重みと勾配の推移"),
    ("LayersPage|Test digit (index):", "测试数字（索引）：", "テストの数字（インデックス）："),
    ("LayersPage|Waiting for MNIST and the network…", "正在等待 MNIST 和网络……", "MNIST とネットワークを待っています…"),
    ("LayersPage|Next mistake →", "下一个错误 →", "次の誤り →"),
    ("LayersPage|The next test digit the current network classifies wrongly", "当前网络分类错误的下一个测试数字",
     "現在のネットワークが誤って分類する次のテストの数字"),
    ("LayersView|no mistake among the %d test digits", "%d 个测试数字中没有错误", "テストの数字 %d 個に誤りはありません"),
    ("LayersPage|Current network, 1000 test digits", "当前网络，1000 个测试数字", "現在のネットワーク、テストの数字 1000 個"),
    ("LayersPage|The book's experiment (figs 6-10 … 6-14)", "书中的实验（图 6-10 … 6-14）",
     "本の実験（図 6-10 … 6-14）"),
    ("LayersPage|%s, initial weights:", "%s，权重初始值：", "%s、重みの初期値："),
    # --- headers and messages ----------------------------------------------------------------------
    ("LayersView|%d test digits through the current network (%s) · the same bins for every layer",
     "%d 个测试数字通过当前网络（%s）· 每一层使用相同的区间",
     "テストの数字 %d 個を現在のネットワーク（%s）に通す · どの層も同じ区間"),
    ("LayersView|std %s", "标准差 %s", "標準偏差 %s"),
    ("LayersView|Xavier (std √(1/n))", "Xavier（标准差 √(1/n)）", "Xavier（標準偏差 √(1/n)）"),
    ("LayersView|He (std √(2/n))", "He（标准差 √(2/n)）", "He（標準偏差 √(2/n)）"),
    ("LayersView|%d snapshots, iteration %s … %s · gradients on %d fixed training images · colour: how "
     "many values lie in each bin (log scale)",
     "%d 个快照，迭代 %s … %s · 梯度基于固定的 %d 张训练图像 · 颜色：每个区间内的数值个数（对数刻度）",
     "スナップショット %d 個、繰り返し %s … %s · 勾配は固定した訓練画像 %d 枚で計算 · 色：各区間に入る値の数（対数目盛）"),
    ("LayersView|This network has no hidden layer (softmax regression): there are no activations to show.",
     "这个网络没有隐藏层（softmax 回归）：没有可以显示的激活值。",
     "このネットワークには隠れ層がありません（ソフトマックス回帰）。表示するアクティベーションはありません。"),
    ("LayersView|Fig. %s: %s, initial weights %s · 1000 standard-normal inputs of 100 values, five layers of "
     "100 nodes, no bias",
     "图 %s：%s，权重初始值 %s · 1000 个由 100 个标准正态分布值构成的输入，5 层各 100 个节点，无偏置",
     "図 %s：%s、重みの初期値 %s · 標準正規分布の値 100 個からなる入力 1000 個、ノード 100 個の層が 5 層、バイアスなし"),
    ("LayersView|Each cell is one neuron's output for this digit (the number of neurons in brackets); "
     "colour: dark = %s, yellow = %s",
     "每个格子是一个神经元对这个数字的输出（括号内为神经元个数）；颜色：深色 = %s，黄色 = %s",
     "各マスはこの数字に対する 1 つのニューロンの出力です（かっこ内はニューロンの数）。色：暗い = %s、黄色 = %s"),
    ("LayersView|the layer's min", "该层的最小值", "その層の最小値"),
    ("LayersView|the layer's max", "该层的最大值", "その層の最大値"),
    ("LayersView|The Layers tab could not compute: %s", "“各层”页无法计算：%s", "「各層」タブで計算できませんでした：%s"),
    # --- one digit ------------------------------------------------------------------------------------
    ("DigitLayers|digit", "数字", "数字"),
    ("DigitLayers|probability", "概率", "確率"),
    ("DigitLayers|test digit #%d · label %d", "测试数字 #%d · 标签 %d", "テストの数字 #%d · ラベル %d"),
    ("DigitLayers|output: softmax y · predicted %d (%s %%) · orange = label %d",
     "输出：softmax y · 预测 %d（%s %%）· 橙色 = 标签 %d", "出力：ソフトマックス y · 予測 %d（%s %%）· オレンジ = ラベル %d"),
    ("DigitLayers|hidden layer %d (%d): min %s · max %s", "隐藏层 %d（%d）：最小 %s · 最大 %s",
     "隠れ層 %d（%d）：最小 %s · 最大 %s"),
    # --- activation histograms -------------------------------------------------------------------------
    ("ActivationHistograms|%d-layer", "第 %d 层", "%d 層目"),
    ("ActivationHistograms|activation", "激活值", "アクティベーション"),
    ("ActivationHistograms|count", "个数", "個数"),
    ("ActivationHistograms|mean %s<br>std %s", "平均 %s<br>标准差 %s", "平均 %s<br>標準偏差 %s"),
    ("ActivationHistograms|exactly 0: %s %%<br>(not drawn)", "恰好为 0：%s %%<br>（未画出）",
     "ちょうど 0：%s %%<br>（描画せず）"),
    # --- weights and gradients over time ------------------------------------------------------------
    ("TimeHeatmaps|iteration", "迭代", "繰り返し"),
    ("TimeHeatmaps|value", "值", "値"),
]

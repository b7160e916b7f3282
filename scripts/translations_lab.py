"""Translations of the training lab's controls and runs (the book's 6.1–6.4 in the training section).

(English, Simplified Chinese, Japanese), as in translations_table; "Context|text" applies to one
context. Terms as in translations_beyond: 隐藏层/隠れ層, 激活函数/活性化関数, 初始值/初期値,
优化器/最適化手法, 学习率/学習率, 权值衰减/Weight decay. ENGINE_ENTRIES are engine.checkpoint's
templates (context "Engine", the {fields} kept exactly).
"""

ENGINE_ENTRIES = [
    ("it holds {count} layers; a network here has at most {limit} hidden layers and the output layer.",
     "其中有 {count} 层；这里的神经网络最多有 {limit} 个隐藏层加上输出层。",
     "{count} 層あります。ここで扱えるネットワークは隠れ層 {limit} 層と出力層までです。"),
    ("{key} has shape {shape}; a network's {key} has {ndim} dimension(s).",
     "{key} 的形状是 {shape}；神经网络的 {key} 应该是 {ndim} 维的。",
     "{key} の形状は {shape} です。ネットワークの {key} は {ndim} 次元です。"),
    ("{key} has shape {shape} but W{i} has shape {w_shape}, so it needs {expected}.",
     "{key} 的形状是 {shape}，但 W{i} 的形状是 {w_shape}，所以它应该是 {expected}。",
     "{key} の形状は {shape} ですが、W{i} の形状が {w_shape} なので {expected} でなければなりません。"),
    ("the layer sizes {sizes} include an empty layer.", "各层的大小 {sizes} 中有一层是空的。",
     "層のサイズ {sizes} に空の層があります。"),
    ("its layers cannot be trained here: {error}", "其中的层在这里无法学习：{error}",
     "その層構成はここでは学習できません：{error}"),
    ("its settings say {layers} hidden layer(s) but it holds the weights of {found}.",
     "其中的设置是 {layers} 个隐藏层，但保存的是 {found} 个隐藏层的权重。",
     "設定では隠れ層は {layers} 層ですが、保存されている重みは {found} 層分です。"),
    ("its settings say hidden_size {hidden_size} but W{i} has {hidden} hidden units.",
     "其中的设置是 hidden_size {hidden_size}，但 W{i} 有 {hidden} 个隐藏单元。",
     "設定では hidden_size は {hidden_size} ですが、W{i} の隠れユニットは {hidden} 個です。"),
]

ENTRIES = [
    # --- the lab's box of controls (context LabControls) ------------------------------------------
    ("LabControls|Deeper networks (book 6.1–6.4)", "更深的神经网络（书 6.1–6.4）", "より深いネットワーク（本の 6.1–6.4）"),
    ("LabControls|Hidden layers", "隐藏层数", "隠れ層の数"),
    ("LabControls|Activation", "激活函数", "活性化関数"),
    ("LabControls|Initial weights", "权重初始值", "重みの初期値"),
    ("LabControls|Optimizer", "优化器", "最適化手法"),
    ("LabControls|Momentum α", "Momentum α", "Momentum α"),
    ("LabControls|Decay rate ρ", "衰减率 ρ", "減衰率 ρ"),
    ("LabControls|Adam β1", "Adam β1", "Adam β1"),
    ("LabControls|Adam β2", "Adam β2", "Adam β2"),
    ("LabControls|Weight decay λ", "权值衰减 λ", "Weight decay λ"),
    ("LabControls|0 = softmax regression (no hidden layer); the book's 4.5 network has 1, fig 6-9's has 4. "
     "Each is 'Hidden size' neurons wide.",
     "0 = softmax 回归（没有隐藏层）；书中 4.5 的网络有 1 个，图 6-9 的有 4 个。每层的神经元数为“隐藏层大小”。",
     "0 = ソフトマックス回帰（隠れ層なし）。本の 4.5 のネットワークは 1 層、図 6-9 は 4 層。各層のニューロン数は"
     "「隠れ層のサイズ」です。"),
    ("LabControls|sigmoid (book 4.5)", "sigmoid 函数（书 4.5）", "シグモイド関数（本の 4.5）"),
    ("LabControls|ReLU", "ReLU 函数", "ReLU 関数"),
    ("LabControls|tanh", "tanh 函数", "tanh 関数"),
    ("LabControls|identity (linear)", "恒等函数（线性）", "恒等関数（線形）"),
    ("LabControls|std (number below)", "标准差（下面的数值）", "標準偏差（下の数値）"),
    ("LabControls|Xavier √(1/n)", "Xavier 初始值 √(1/n)", "Xavier の初期値 √(1/n)"),
    ("LabControls|He √(2/n)", "He 初始值 √(2/n)", "He の初期値 √(2/n)"),
    ("LabControls|n = the number of inputs of each layer. Xavier suits sigmoid and tanh, He suits ReLU "
     "(book 6.2).",
     "n = 每一层的输入个数。Xavier 初始值适合 sigmoid 和 tanh，He 初始值适合 ReLU（书 6.2）。",
     "n = 各層の入力の数。Xavier の初期値はシグモイドと tanh に、He の初期値は ReLU に向いています（本の 6.2）。"),
    ("LabControls|η is the learning rate above. The book: η 0.01 for SGD, Momentum and AdaGrad, 0.001 for "
     "Adam.",
     "η 就是上面的学习率。书中：SGD、Momentum 和 AdaGrad 用 η 0.01，Adam 用 0.001。",
     "η は上の学習率です。本では SGD、Momentum、AdaGrad は η 0.01、Adam は 0.001。"),
    ("LabControls|Adds ½ λ ΣW² to the loss: 0 = none; fig 6-20 uses 0.1.",
     "在损失上加上 ½ λ ΣW²：0 = 不使用；图 6-20 用 0.1。",
     "損失に ½ λ ΣW² を加えます：0 = なし。図 6-20 は 0.1。"),
    ("LabControls|%d hidden layers is too many: use at most %d (0 is softmax regression).",
     "%d 个隐藏层太多了：最多 %d 个（0 即 softmax 回归）。",
     "隠れ層 %d 層は多すぎます。%d 層までにしてください（0 はソフトマックス回帰）。"),
    ("LabControls|A hidden layer of %d neurons is too wide: use at most %d (the book uses 50 and 100).",
     "有 %d 个神经元的隐藏层太宽了：最多 %d 个（书中用 50 和 100）。",
     "ニューロン %d 個の隠れ層は広すぎます。%d 個までにしてください（本では 50 と 100）。"),
    ("LabControls|Weight decay λ must be a number from 0 to %s (0 = none; fig 6-20 uses 0.1), not '%s'.",
     "权值衰减 λ 必须是 0 到 %s 之间的数（0 = 不使用；图 6-20 用 0.1），而不是“%s”。",
     "Weight decay の λ は 0 から %s までの数でなければなりません（0 = なし。図 6-20 は 0.1）。「%s」は使えません。"),
    ("LabControls|Weight init std 0 gives every neuron the same weights: choose a number above 0, Xavier "
     "or He.",
     "权重初始值标准差为 0 会让所有神经元的权重都相同：请选择大于 0 的数、Xavier 或 He。",
     "初期値の標準偏差が 0 だと、すべてのニューロンの重みが同じになります。0 より大きい数、Xavier または He を"
     "選んでください。"),
    ("LabControls|The numerical gradient is offered for the book's network (1 sigmoid hidden layer, SGD, no "
     "weight decay, a numeric std) only: choose backprop.",
     "数值梯度只适用于书中的网络（1 个 sigmoid 隐藏层、SGD、无权值衰减、数值标准差）：请选择误差反向传播。",
     "数値微分による勾配は本のネットワーク（シグモイドの隠れ層 1 層、SGD、Weight decay なし、数値の標準偏差）"
     "だけで使えます。誤差逆伝播法を選んでください。"),
    # --- the rest of the column, the section, the views and the tools -------------------------------
    ("TrainingControls|Neurons in each hidden layer (the book's 4.5 network has 50)",
     "每个隐藏层的神经元数（书中 4.5 的网络是 50）", "各隠れ層のニューロン数（本の 4.5 のネットワークは 50）"),
    ("TrainingControls|The initial weights' standard deviation when 'Initial weights' is 'std' "
     "(the book uses 0.01)",
     "“权重初始值”选“标准差”时所用的标准差（书中用 0.01）",
     "「重みの初期値」が「標準偏差」のときの標準偏差（本では 0.01）"),
    ("TrainingSection|The loaded weights are a %s network (%d hidden layers): set the hidden layers and "
     "hidden size to match or press Reset.",
     "加载的权重属于 %s 的网络（%d 个隐藏层）：请把隐藏层数和隐藏层大小设成与之一致，或者按“重置”。",
     "読み込んだ重みは %s のネットワーク（隠れ層 %d 層）のものです。隠れ層の数とサイズを合わせるか、"
     "「リセット」を押してください。"),
    ("TrainingViews|W1: a 28×28 template per digit 0 … 9", "W1：每个数字 0 … 9 一个 28×28 模板",
     "W1：数字 0 … 9 ごとの 28×28 のテンプレート"),
    ("GradientTools|The gradient check is offered for the book's network (one sigmoid hidden layer). Choose "
     "1 hidden layer and sigmoid, then Reset or train.",
     "梯度确认只适用于书中的网络（1 个 sigmoid 隐藏层）。请选择 1 个隐藏层和 sigmoid，然后按“重置”或进行学习。",
     "勾配確認は本のネットワーク（シグモイドの隠れ層 1 層）だけで使えます。隠れ層 1 層とシグモイドを選び、"
     "「リセット」するか学習してください。"),
    ("GradientTools|The race needs the numerical gradient, offered for the book's network only: 1 sigmoid "
     "hidden layer, SGD, no weight decay, a numeric std.",
     "比赛需要数值梯度，它只适用于书中的网络：1 个 sigmoid 隐藏层、SGD、无权值衰减、数值标准差。",
     "レースには数値微分の勾配が必要で、本のネットワークだけで使えます：シグモイドの隠れ層 1 層、SGD、"
     "Weight decay なし、数値の標準偏差。"),
    ("LabControls|SGD", "SGD（随机梯度下降法）", "SGD（確率的勾配降下法）"),
    ("LabControls|Momentum", "Momentum（动量）", "Momentum（モーメンタム）"),
    ("LabControls|Nesterov", "Nesterov（提前看一步的动量）", "Nesterov（先読みのモーメンタム）"),
    ("LabControls|AdaGrad", "AdaGrad（自适应学习率）", "AdaGrad（学習率を適応的に調整）"),
    ("LabControls|RMSprop", "RMSprop（逐渐遗忘的 AdaGrad）", "RMSprop（過去を忘れていく AdaGrad）"),
    ("LabControls|Adam", "Adam（Momentum + AdaGrad）", "Adam（Momentum + AdaGrad）"),
]

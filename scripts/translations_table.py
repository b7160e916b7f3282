"""Chinese (the seed's terms) and Japanese (the book's original terms) for every UI string.

Each entry is (English source, Simplified Chinese, Japanese); a source written
"Context|text" applies to that context only. scripts/i18n_tool.py fill writes
them into resources/i18n/*.ts. Terms: 损失函数/損失関数, 均方误差/2乗和誤差,
交叉熵误差/交差エントロピー誤差, 数值微分/数値微分, 偏导数/偏微分, 梯度/勾配,
梯度法/勾配法, 学习率/学習率, 超参数/ハイパーパラメータ, mini-batch 学习/ミニバッチ学習.
The engine's own sentences (translations_engine) are filed under context "Engine".
"""
from translations_beyond import ENGINE_ENTRIES as BEYOND_ENGINE_ENTRIES
from translations_beyond import ENTRIES as BEYOND_ENTRIES
from translations_engine import ENGINE_ENTRIES
from translations_derivatives import ENTRIES as DERIVATIVE_ENTRIES
from translations_descent import ENTRIES as DESCENT_ENTRIES
from translations_loss import ENTRIES as LOSS_ENTRIES
from translations_network import ENTRIES as NETWORK_ENTRIES
from translations_presets import ENTRIES as PRESET_ENTRIES
from translations_scenes import ENGINE_ENTRIES as SCENARIO_ENGINE_ENTRIES
from translations_scenes import ENTRIES as SCENARIO_ENTRIES
from translations_training import ENTRIES as TRAINING_ENTRIES
from translations_layers import ENTRIES as LAYERS_ENTRIES
from translations_runs import ENTRIES as RUNS_ENTRIES
from translations_lab import ENGINE_ENTRIES as LAB_ENGINE_ENTRIES
from translations_lab import ENTRIES as LAB_ENTRIES
from translations_scene_values import ENGINE_ENTRIES as SCENE_VALUE_ENTRIES
from translations_scene_values import ENTRIES as LAB_PRESET_ENTRIES
from translations_sections_a import ENGINE_ENTRIES as SECTIONS_A_ENGINE_ENTRIES
from translations_sections_a import ENTRIES as SECTIONS_A_ENTRIES
from translations_sections_b import ENGINE_ENTRIES as SECTIONS_B_ENGINE_ENTRIES
from translations_sections_b import ENTRIES as SECTIONS_B_ENTRIES

APP_ENTRIES = [
    # --- the window ---------------------------------------------------------------------
    ("Gradient Lab — how a neural network learns", "梯度实验室 —— 神经网络如何学习",
     "勾配ラボ ― ニューラルネットワークはどう学習するか"),
    ("Loading…", "正在加载…", "読み込み中…"),
    ("&File", "文件(&F)", "ファイル(&F)"),
    ("&View", "视图(&V)", "表示(&V)"),
    ("Presentation &scale", "演示缩放(&S)", "プレゼンテーションの倍率(&S)"),
    ("&Language", "语言(&L)", "言語(&L)"),
    ("&Help", "帮助(&H)", "ヘルプ(&H)"),
    ("◀ Previous", "◀ 上一节", "◀ 前の節"),
    ("Previous section (Page Up, Ctrl+←)", "上一节（Page Up，Ctrl+←）", "前の節（Page Up、Ctrl+←）"),
    ("Next ▶", "下一节 ▶", "次の節 ▶"),
    ("Next section (Page Down, Ctrl+→)", "下一节（Page Down，Ctrl+→）", "次の節（Page Down、Ctrl+→）"),
    ("Presentation mode", "演示模式", "プレゼンテーションモード"),
    ("Full screen with large text and lines (F5; Esc leaves)", "全屏，大号文字与粗线条（F5；Esc 退出）",
     "全画面・大きな文字と太い線（F5、Esc で終了）"),
    ("&Quit", "退出(&Q)", "終了(&Q)"),
    ("&About Gradient Lab…", "关于梯度实验室(&A)…", "勾配ラボについて(&A)…"),
    ("&Restore this section's defaults", "恢复本节的默认设置(&R)", "この節を初期状態に戻す(&R)"),
    ("Put the current section back to how it opens (Ctrl+Shift+R)",
     "把当前这一节恢复成刚打开时的样子（Ctrl+Shift+R）", "今の節を開いたときの状態に戻します（Ctrl+Shift+R）"),
    ("The section is back to its defaults.", "本节已恢复为默认设置。", "この節を初期状態に戻しました。"),
    ("Fit to screen", "适合屏幕", "画面に合わせる"),
    ("Fit to screen (now %s×)", "适合屏幕（当前 %s×）", "画面に合わせる（現在 %s×）"),
    ("Play / pause (Space when no control needs it)", "播放/暂停（没有控件需要时也可按空格）",
     "再生/一時停止（コントロールが使わないときは Space）"),
    ("One step (→ when no control needs it)", "前进一步（没有控件需要时也可按 →）",
     "1 ステップ（コントロールが使わないときは →）"),
    ("Reset (R when no control needs it)", "重置（没有控件需要时也可按 R）",
     "リセット（コントロールが使わないときは R）"),
    # --- accessibility: what a screen reader says about a plot ---------------------------
    ("Accessibility|Plot: %s", "图：%s", "グラフ：%s"),
    ("Accessibility|plot", "图", "グラフ"),
    ("Accessibility|%s: x axis %s, y axis %s", "%s：横轴 %s，纵轴 %s", "%s：横軸 %s、縦軸 %s"),
    ("Accessibility|curves: %s", "曲线：%s", "曲線：%s"),
    ("Export", "导出", "エクスポート"),
    ("Save the current plots as an image, their data as CSV, or the animation as a GIF",
     "把当前的图保存为图片、把数据保存为 CSV，或把动画保存为 GIF",
     "現在のグラフを画像として、データを CSV として、アニメーションを GIF として保存"),
    # --- export ---------------------------------------------------------------------------
    ("&Export", "导出(&E)", "エクスポート(&E)"),
    ("Plots as &PNG image…", "图像导出为 &PNG 图片…", "グラフを &PNG 画像として…"),
    ("Plots as &SVG drawing…", "图像导出为 &SVG 矢量图…", "グラフを &SVG 図として…"),
    ("Plotted &data as CSV…", "绘图数据导出为 CSV(&D)…", "描画データを CSV として(&D)…"),
    ("&Copy plots to the clipboard", "把图复制到剪贴板(&C)", "グラフをクリップボードにコピー(&C)"),
    ("Record the animation as &GIF…", "把动画录制为 &GIF…", "アニメーションを &GIF に録画…"),
    ("PNG image (*.png)", "PNG 图片 (*.png)", "PNG 画像 (*.png)"),
    ("SVG drawing (*.svg)", "SVG 矢量图 (*.svg)", "SVG 図 (*.svg)"),
    ("CSV table (*.csv)", "CSV 表格 (*.csv)", "CSV 表 (*.csv)"),
    ("Animated GIF (*.gif)", "GIF 动画 (*.gif)", "アニメーション GIF (*.gif)"),
    ("Export failed: %s", "导出失败：%s", "エクスポートに失敗しました：%s"),
    ("Saved %s", "已保存 %s", "%s を保存しました"),
    ("The plots are on the clipboard.", "图已复制到剪贴板。", "グラフをクリップボードにコピーしました。"),
    ("Record GIF", "录制 GIF", "GIF を録画"),
    ("Seconds to record (10 frames per second):", "录制秒数（每秒 10 帧）：", "録画する秒数（毎秒 10 フレーム）："),
    ("Recording GIF: frame %d of %d", "正在录制 GIF：第 %d / %d 帧", "GIF を録画中：%d / %d フレーム"),
    ("There is no plotted data to export.", "没有可导出的绘图数据。", "エクスポートできる描画データがありません。"),
    ("This section has no plot to export.", "本节没有可导出的图。", "この節にはエクスポートできるグラフがありません。"),
    ("Could not write %s.", "无法写入 %s。", "%s を書き込めませんでした。"),
    ("Unknown export format %r; use png, svg or csv.", "未知的导出格式 %r；请使用 png、svg 或 csv。",
     "不明なエクスポート形式 %r です。png、svg、csv のいずれかを使ってください。"),
    ("Could not write %s: %s", "无法写入 %s：%s", "%s を書き込めませんでした：%s"),
    ("No frames were recorded.", "没有录到任何帧。", "フレームが 1 枚も録画されませんでした。"),
    ("The section was closed while recording.", "录制过程中本节被关闭了。", "録画中に節が閉じられました。"),
    # --- About and errors -------------------------------------------------------------------
    ("About Gradient Lab", "关于梯度实验室", "勾配ラボについて"),
    ("Gradient Lab %s", "梯度实验室 %s", "勾配ラボ %s"),
    ("Chapter 4 of <i>Deep Learning from Scratch</i> (Koki Saito), visible and playable: loss functions, "
     "derivatives, gradients, gradient descent and a two-layer network learning MNIST.",
     "让《深度学习入门：基于 Python 的理论与实现》（斋藤康毅）第 4 章看得见、玩得动：损失函数、"
     "数值微分、梯度、梯度法，以及学习 MNIST 的两层神经网络。",
     "『ゼロから作るDeep Learning』（斎藤康毅）第 4 章を見て、触って：損失関数、微分、勾配、勾配法、"
     "そして MNIST を学習する 2 層ニューラルネットワーク。"),
    ("Licences", "许可证", "ライセンス"),
    ("Gradient Lab: MIT licence.", "梯度实验室：MIT 许可证。", "勾配ラボ：MIT ライセンス。"),
    ("Qt and PySide6: GNU LGPL v3.", "Qt 与 PySide6：GNU LGPL v3。", "Qt と PySide6：GNU LGPL v3。"),
    ("pyqtgraph: MIT licence.", "pyqtgraph：MIT 许可证。", "pyqtgraph：MIT ライセンス。"),
    ("NumPy: BSD licence.", "NumPy：BSD 许可证。", "NumPy：BSD ライセンス。"),
    ("SymPy: BSD licence.", "SymPy：BSD 许可证。", "SymPy：BSD ライセンス。"),
    ("Numba and llvmlite: BSD licence.", "Numba 与 llvmlite：BSD 许可证。", "Numba と llvmlite：BSD ライセンス。"),
    ("PyOpenGL: BSD licence.", "PyOpenGL：BSD 许可证。", "PyOpenGL：BSD ライセンス。"),
    ("Pillow: MIT-CMU (HPND) licence.", "Pillow：MIT-CMU（HPND）许可证。", "Pillow：MIT-CMU（HPND）ライセンス。"),
    ("MNIST data", "MNIST 数据", "MNIST データ"),
    ("\"The MNIST database of handwritten digits\" by Yann LeCun, Corinna Cortes and Christopher J.C. "
     "Burges, licensed under CC BY-SA 3.0 (Creative Commons Attribution-Share Alike 3.0). The four "
     "original files are bundled unchanged in resources/mnist.",
     "\"The MNIST database of handwritten digits\"（手写数字 MNIST 数据集），作者 Yann LeCun、"
     "Corinna Cortes 与 Christopher J.C. Burges，采用 CC BY-SA 3.0（知识共享 署名-相同方式共享 3.0）"
     "许可。四个原始文件未经修改地附带在 resources/mnist 中。",
     "\"The MNIST database of handwritten digits\"（手書き数字 MNIST データベース）、作者 Yann LeCun、"
     "Corinna Cortes、Christopher J.C. Burges、CC BY-SA 3.0（クリエイティブ・コモンズ 表示-継承 3.0）"
     "ライセンス。4 つの元ファイルを変更せずに resources/mnist に同梱しています。"),
    ("Unexpected error", "意外错误", "予期しないエラー"),
    ("Something went wrong inside Gradient Lab. The app keeps running, but the last action may not have "
     "finished. Please copy the details below into a bug report.",
     "梯度实验室内部出错了。程序仍在运行，但上一个操作可能没有完成。请把下面的详细信息复制到错误报告中。",
     "勾配ラボの内部で問題が起きました。アプリは動き続けますが、直前の操作は完了していないかもしれません。"
     "下の詳細をバグ報告にコピーしてください。"),
    ("Copy details", "复制详细信息", "詳細をコピー"),
    # --- shared widgets -----------------------------------------------------------------------
    ("Show or hide the explanation", "显示或隐藏说明", "説明の表示・非表示"),
    ("Book examples:", "书中的例子：", "本の例："),
    ("f(%s) =", "f(%s) =", "f(%s) ="),
    ("Type a function and press Enter. Allowed: numbers, %s, + - * / ** ^, parentheses, sin cos tan exp "
     "log sqrt abs tanh sigmoid …, pi, e.",
     "输入一个函数并按回车。可以使用：数字、%s、+ - * / ** ^、括号、sin cos tan exp log sqrt abs tanh "
     "sigmoid …、pi、e。",
     "関数を入力して Enter を押してください。使えるもの：数値、%s、+ - * / ** ^、かっこ、sin cos tan exp "
     "log sqrt abs tanh sigmoid …、pi、e。"),
    ("The last valid function stays plotted.", "图中保留上一个有效的函数。", "最後に有効だった関数の描画はそのまま残ります。"),
    ("'%s' is not a number; type e.g. 1e-4.", "“%s”不是数字；请输入例如 1e-4。",
     "「%s」は数値ではありません。たとえば 1e-4 のように入力してください。"),
    ("The value must be a finite number.", "数值必须是有限的数。", "値は有限の数でなければなりません。"),
    ("Speed: %s steps/s", "速度：%s 步/秒", "速度：%s ステップ/秒"),
    ("Pause", "暂停", "一時停止"),
    ("Play", "播放", "再生"),
    ("Step", "单步", "1 ステップ"),
    ("Reset", "重置", "リセット"),
    ("Play or pause (space)", "播放或暂停（空格键）", "再生・一時停止（スペース）"),
    ("One step (→)", "前进一步（→）", "1 ステップ進める（→）"),
    ("Back to the start (R)", "回到起点（R）", "最初に戻る（R）"),
    # --- the seven sections (gui/sections/__init__.py) ----------------------------------------------
    ("Loss functions", "损失函数", "損失関数"),
    ("A network learns by searching for the weights that make a loss function as small as possible. The "
     "loss says how far the output y is from the correct label t: mean squared error compares every "
     "class, cross-entropy only looks at the probability given to the correct one. Accuracy cannot guide "
     "learning: it does not change when a weight moves a little.",
     "神经网络的学习就是寻找让损失函数尽可能小的权重。损失表示输出 y 与正确解标签 t 相差多远：均方误差"
     "比较每一个类别，交叉熵误差只看赋给正确解的概率。识别精度不能指导学习：权重稍微变化时它并不改变。",
     "ニューラルネットワークの学習とは、損失関数をできるだけ小さくする重みを探すことです。損失は出力 y が"
     "正解ラベル t からどれだけ離れているかを表します。2乗和誤差はすべてのクラスを比べ、交差エントロピー誤差は"
     "正解に与えた確率だけを見ます。認識精度は学習の指標になりません：重みを少し動かしても変わらないからです。"),
    ("Numerical differentiation", "数值微分", "数値微分"),
    ("The derivative is the slope of f at one point. A computer approximates it with a small difference h: "
     "the central difference with h = 1e-4 is accurate, while a tiny h such as 1e-50 is lost to rounding "
     "error and gives 0.",
     "导数是 f 在某一点的斜率。计算机用微小的差分 h 来近似它：h = 1e-4 的中心差分很准确，而 1e-50 这样"
     "过小的 h 会被舍入误差吞掉，结果为 0。",
     "微分は f のある点での傾きです。コンピュータは小さな差分 h で近似します：h = 1e-4 の中心差分は正確ですが、"
     "1e-50 のように小さすぎる h は丸め誤差に埋もれて 0 になります。"),
    ("Partial derivatives", "偏导数", "偏微分"),
    ("A function of two variables has a slope in each direction. The partial derivative with respect to x0 "
     "fixes x1 and differentiates the resulting one-variable function.",
     "两个变量的函数在每个方向上都有斜率。关于 x0 的偏导数是把 x1 固定，再对得到的单变量函数求导。",
     "2 変数の関数には方向ごとに傾きがあります。x0 についての偏微分は、x1 を固定してできる 1 変数の関数を微分したものです。"),
    ("Gradient", "梯度", "勾配"),
    ("The gradient collects all partial derivatives into one vector. It points where f grows fastest, so "
     "its negative, −∇f, points in the direction of steepest descent: the arrows show −∇f, and they grow "
     "longer far from the minimum.",
     "梯度把全部变量的偏导数汇总成一个向量。它指向 f 增加最快的方向，因此负梯度 −∇f 指向下降最快的方向："
     "箭头表示 −∇f，离最小值越远，箭头越长。",
     "勾配はすべての変数の偏微分をまとめたベクトルです。f が最も速く増える向きを指すので、その逆 −∇f は最も"
     "急な下りの向きを指します。矢印は −∇f を表し、最小値から遠いほど長くなります。"),
    ("Gradient descent", "梯度法", "勾配法"),
    ("Gradient descent repeatedly takes a step of size η (the learning rate) against the gradient. The "
     "learning rate is a hyperparameter: too large and the values diverge, too small and they barely move.",
     "梯度法（梯度下降法）反复沿梯度的反方向前进大小为 η（学习率）的一步。学习率是超参数：太大会发散，"
     "太小几乎不动。",
     "勾配法（勾配降下法）は、勾配と逆向きに大きさ η（学習率）の一歩を繰り返し進みます。学習率は"
     "ハイパーパラメータです：大きすぎると発散し、小さすぎるとほとんど動きません。"),
    ("Gradient of a neural network", "神经网络的梯度", "ニューラルネットワークに対する勾配"),
    ("The gradient of the loss L with respect to the weight matrix W has the shape of W. Each entry says "
     "how much L changes when that one weight moves a little: ∂L/∂w11 ≈ 0.2 means L rises by about 0.2h "
     "when w11 grows by h.",
     "损失函数 L 关于权重矩阵 W 的梯度与 W 形状相同。每个元素表示这个权重稍微变化时 L 变化多少："
     "∂L/∂w11 ≈ 0.2 表示 w11 增加 h 时，L 大约增加 0.2h。",
     "重み行列 W に関する損失関数 L の勾配は W と同じ形です。各要素は、その重みを少し動かしたときに L が"
     "どれだけ変わるかを表します：∂L/∂w11 ≈ 0.2 は、w11 を h 増やすと L が約 0.2h 増えることを意味します。"),
    ("Training a two-layer network", "两层神经网络的学习", "2 層ニューラルネットワークの学習"),
    ("Stochastic gradient descent: (1) draw a random mini-batch, (2) compute the gradient of the loss for "
     "every weight, (3) step every weight against its gradient, (4) repeat. Each epoch the accuracy on the "
     "training and the test data is measured to check that the network generalises.",
     "随机梯度下降法（SGD）：(1) 随机选出一个 mini-batch，(2) 计算损失函数关于各个权重的梯度，"
     "(3) 将各个权重沿梯度的反方向更新一小步，(4) 重复。每个 epoch 都测量训练数据和测试数据上的识别精度，"
     "以确认神经网络的泛化能力。",
     "確率的勾配降下法（SGD）：(1) ランダムにミニバッチを選ぶ、(2) 各重みについて損失関数の勾配を求める、"
     "(3) 各重みを勾配と逆向きに少し更新する、(4) 繰り返す。エポックごとに訓練データとテストデータの認識精度を"
     "測り、ニューラルネットワークが汎化しているかを確かめます。"),
]


def _tables(entries):
    zh, ja = {}, {}
    for source, zh_text, ja_text in entries:
        zh[source], ja[source] = zh_text, ja_text
    return zh, ja


SECTION_ENTRIES = (LOSS_ENTRIES + DERIVATIVE_ENTRIES + DESCENT_ENTRIES + NETWORK_ENTRIES + TRAINING_ENTRIES
                   + PRESET_ENTRIES + BEYOND_ENTRIES + SCENARIO_ENTRIES + LAB_PRESET_ENTRIES + SECTIONS_A_ENTRIES
                   + SECTIONS_B_ENTRIES)
SECTION_ENTRIES = SECTION_ENTRIES + LAYERS_ENTRIES      # the training section's Layers tab
SECTION_ENTRIES = SECTION_ENTRIES + RUNS_ENTRIES        # the training section's runs compared
SECTION_ENTRIES = SECTION_ENTRIES + LAB_ENTRIES + [   # the training lab's controls
    (f"Engine|{source}", zh, ja) for source, zh, ja in LAB_ENGINE_ENTRIES]
ZH_CN, JA = _tables(APP_ENTRIES + SECTION_ENTRIES
                    + [(f"Engine|{source}", zh, ja) for source, zh, ja in ENGINE_ENTRIES + BEYOND_ENGINE_ENTRIES
                       + SCENE_VALUE_ENTRIES + SECTIONS_A_ENGINE_ENTRIES + SCENARIO_ENGINE_ENTRIES
                       + SECTIONS_B_ENGINE_ENTRIES])
# Words inside the explanation panels' formulas (context SectionFormula); the symbols stay.
FORMULA_WORDS = {"zh_CN": {"central difference": "中心差分"}, "ja": {"central difference": "中心差分"}}
TABLES = {"zh_CN": ZH_CN, "ja": JA}

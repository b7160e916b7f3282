"""Translations for the training section's runs compared and its comparison presets (figs 6-9, 6-15, 6-20).

(English, Simplified Chinese, Japanese), as in translations_table; "Context|text" applies to that
context only. Terms follow the book: 学习率/学習率, 权值衰减/荷重減衰, 初始值/初期値, 隐藏层/隠れ層,
mini-batch/ミニバッチ, epoch/エポック. The common words the kept runs' tables share with the
training plots (iteration, epoch, train acc, test acc, mini-batch loss) are in translations_training.
"""

ENTRIES = [
    # --- runs.KeptRuns: the legend's names of a kept run ------------------------------------------
    ("KeptRuns|lr %s", "lr %s", "lr %s"),   # the book's variable: short enough for a legend
    ("KeptRuns|default settings", "默认设置", "既定の設定"),
    ("KeptRuns|1 hidden layer", "1 个隐藏层", "隠れ層 1 層"),
    ("KeptRuns|%d hidden layers", "%d 个隐藏层", "隠れ層 %d 層"),
    ("KeptRuns|%d neurons per layer", "每层 %d 个神经元", "各層 %d ニューロン"),
    ("KeptRuns|identity", "恒等函数", "恒等関数"),
    ("KeptRuns|all images", "全部图像", "全画像"),
    ("KeptRuns|%s images", "%s 张图像", "%s 枚の画像"),
    ("KeptRuns|batch %d", "batch %d", "バッチ %d"),
    ("KeptRuns|%d iterations", "%d 次迭代", "%d 回の繰り返し"),
    ("KeptRuns|backprop", "误差反向传播法", "誤差逆伝播法"),
    ("KeptRuns|numerical gradient", "数值梯度", "数値勾配"),
    ("KeptRuns|the book's loop", "书中的循环", "本のループ"),
    ("KeptRuns|seed %d", "随机种子 %d", "乱数シード %d"),
    ("KeptRuns|same settings", "设置相同", "同じ設定"),
    ("KeptRuns|std %s", "标准差 %s", "標準偏差 %s"),
    ("KeptRuns|stopped", "已停止", "停止"),
    ("KeptRuns|diverged", "已发散", "発散"),
    ("KeptRuns|failed", "出错", "エラー"),
    # --- runs.KeptRuns: the button, the curves' names and the CSV tables --------------------------
    ("KeptRuns|Clear kept runs", "清除保留的运行", "残した実行を消去"),
    ("KeptRuns|Clear kept runs (%d)", "清除保留的运行（%d）", "残した実行を消去（%d）"),
    ("KeptRuns|Each run that ends stays as a faded curve (up to %d, the oldest goes first); this forgets them",
     "每次结束的运行都会以淡色曲线保留下来（最多 %d 条，最早的先被移除）；按此按钮将它们全部清除",
     "終わった実行はそれぞれ薄い曲線として残ります（最大 %d 本、古いものから消えます）。このボタンですべて消去します"),
    ("KeptRuns|#%d train", "#%d 训练", "#%d 訓練"),
    ("KeptRuns|#%d test", "#%d 测试", "#%d テスト"),
    ("KeptRuns|%s: train acc", "%s：训练数据识别精度", "%s：訓練データの認識精度"),
    ("KeptRuns|%s: test acc", "%s：测试数据识别精度", "%s：テストデータの認識精度"),
    ("KeptRuns|smoothed loss (book)", "平滑后的损失（书中的方法）", "平滑化した損失（本の方法）"),
    ("KeptRuns|Kept run %s · %d iterations", "保留的运行 %s · %d 次迭代", "残した実行 %s · %d 回の繰り返し"),
    # --- compare.Comparison: what a comparison preset says ----------------------------------------
    ("Comparison|%d runs × %d iterations: %s — press Start", "%d 次运行 × %d 次迭代：%s —— 按“开始”",
     "%d 回 × %d 回の繰り返し：%s ―「開始」で実行"),
    ("Comparison|Run %d of %d: %s", "第 %d 次运行（共 %d 次）：%s", "%d 回目の実行（全 %d 回）：%s"),
    ("Comparison|All %d runs done: each is drawn in its own colour and dashes, the loss smoothed as the book "
     "smooths it.",
     "全部 %d 次运行已完成：每次运行用各自的颜色和虚线绘制，损失按书中的方法平滑。",
     "%d 回の実行がすべて終わりました：それぞれ固有の色と破線で描かれ、損失は本と同じ方法で平滑化されています。"),
    ("Comparison|Comparison stopped after %d of %d runs: those that ran are kept.",
     "比较在第 %d 次运行（共 %d 次）时停止：已完成的运行都保留着。",
     "比較は %d 回目（全 %d 回）で停止しました：実行した分は残してあります。"),
]

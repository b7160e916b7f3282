<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gradient Lab</source>
            <translation>勾配ラボについて</translation>
        </message>
        <message>
            <source>Gradient Lab %s</source>
            <translation>勾配ラボ %s</translation>
        </message>
        <message>
            <source>Chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saito), visible and playable: loss functions, derivatives, gradients, gradient descent and a two-layer network learning MNIST.</source>
            <translation>『ゼロから作るDeep Learning』（斎藤康毅）第 4 章を見て、触って：損失関数、微分、勾配、勾配法、そして MNIST を学習する 2 層ニューラルネットワーク。</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>ライセンス</translation>
        </message>
        <message>
            <source>Gradient Lab: MIT licence.</source>
            <translation>勾配ラボ：MIT ライセンス。</translation>
        </message>
        <message>
            <source>Qt and PySide6: GNU LGPL v3.</source>
            <translation>Qt と PySide6：GNU LGPL v3。</translation>
        </message>
        <message>
            <source>pyqtgraph: MIT licence.</source>
            <translation>pyqtgraph：MIT ライセンス。</translation>
        </message>
        <message>
            <source>NumPy: BSD licence.</source>
            <translation>NumPy：BSD ライセンス。</translation>
        </message>
        <message>
            <source>SymPy: BSD licence.</source>
            <translation>SymPy：BSD ライセンス。</translation>
        </message>
        <message>
            <source>Numba and llvmlite: BSD licence.</source>
            <translation>Numba と llvmlite：BSD ライセンス。</translation>
        </message>
        <message>
            <source>PyOpenGL: BSD licence.</source>
            <translation>PyOpenGL：BSD ライセンス。</translation>
        </message>
        <message>
            <source>Pillow: MIT-CMU (HPND) licence.</source>
            <translation>Pillow：MIT-CMU（HPND）ライセンス。</translation>
        </message>
        <message>
            <source>MNIST data</source>
            <translation>MNIST データ</translation>
        </message>
        <message>
            <source>"The MNIST database of handwritten digits" by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, licensed under CC BY-SA 3.0 (Creative Commons Attribution-Share Alike 3.0). The four original files are bundled unchanged in resources/mnist.</source>
            <translation>"The MNIST database of handwritten digits"（手書き数字 MNIST データベース）、作者 Yann LeCun、Corinna Cortes、Christopher J.C. Burges、CC BY-SA 3.0（クリエイティブ・コモンズ 表示-継承 3.0）ライセンス。4 つの元ファイルを変更せずに resources/mnist に同梱しています。</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>%s: x axis %s, y axis %s</source>
            <translation>%s：横軸 %s、縦軸 %s</translation>
        </message>
        <message>
            <source>plot</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>curves: %s</source>
            <translation>曲線：%s</translation>
        </message>
        <message>
            <source>Plot: %s</source>
            <translation>グラフ：%s</translation>
        </message>
    </context>
    <context>
        <name>AccuracyPanel</name>
        <message>
            <source>weight</source>
            <translation>重み</translation>
        </message>
        <message>
            <source>range ±</source>
            <translation>範囲 ±</translation>
        </message>
        <message>
            <source>w (or drag the black line):</source>
            <translation>w（または黒い線をドラッグ）：</translation>
        </message>
        <message>
            <source>w</source>
            <translation>w</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>認識精度</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>d accuracy / dw</source>
            <translation>d 認識精度 / dw</translation>
        </message>
        <message>
            <source>d loss / dw</source>
            <translation>d 損失 / dw</translation>
        </message>
        <message>
            <source>A 2-4-2 network on 30 points. Moving w changes the loss continuously, but the accuracy only jumps when a point changes class: its slope is 0 almost everywhere, so gradient descent would never move.</source>
            <translation>30 点に対する 2-4-2 のネットワーク。w を動かすと損失は連続的に変わりますが、認識精度は点のクラスが変わるときだけ跳びます：その傾きはほとんどの場所で 0 なので、勾配法はまったく進みません。</translation>
        </message>
        <message>
            <source>Accuracy (steps) vs loss (smooth)</source>
            <translation>認識精度（階段）と損失（なめらか）</translation>
        </message>
        <message>
            <source>weight w = %s</source>
            <translation>重み w = %s</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>認識精度 (%)</translation>
        </message>
        <message>
            <source>Their slopes (h = 1e-4)</source>
            <translation>それぞれの傾き（h = 1e-4）</translation>
        </message>
        <message>
            <source>weight w</source>
            <translation>重み w</translation>
        </message>
        <message>
            <source>slope</source>
            <translation>傾き</translation>
        </message>
        <message>
            <source>Step vs sigmoid (fig 4-4)</source>
            <translation>ステップ関数とシグモイド関数（図 4-4）</translation>
        </message>
        <message>
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <source>h(x)</source>
            <translation>h(x)</translation>
        </message>
        <message>
            <source>Their slopes</source>
            <translation>それぞれの傾き</translation>
        </message>
        <message>
            <source>dh/dx</source>
            <translation>dh/dx</translation>
        </message>
        <message>
            <source>step</source>
            <translation>ステップ関数</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>シグモイド関数</translation>
        </message>
        <message>
            <source>step: 0</source>
            <translation>ステップ関数：0</translation>
        </message>
        <message>
            <source>sigmoid: &gt; 0</source>
            <translation>シグモイド関数：&gt; 0</translation>
        </message>
        <message>
            <source>Over the %d sampled w the accuracy slope is 0 at %s %% of them, the loss slope at %s %%.</source>
            <translation>サンプルした %d 個の w のうち、認識精度の傾きが 0 なのは %s %%、損失の傾きが 0 なのは %s %% です。</translation>
        </message>
    </context>
    <context>
        <name>AccuracyPerEpoch</name>
        <message>
            <source>Accuracy per epoch (fig. 4-12)</source>
            <translation>エポックごとの認識精度（図 4-12）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>認識精度</translation>
        </message>
        <message>
            <source>Measured at the end of every epoch:
iter_per_epoch =
train size / batch size</source>
            <translation>各エポックの終わりに測定：
iter_per_epoch =
訓練数 / バッチサイズ</translation>
        </message>
        <message>
            <source>train acc</source>
            <translation>訓練データの認識精度</translation>
        </message>
        <message>
            <source>test acc</source>
            <translation>テストデータの認識精度</translation>
        </message>
        <message>
            <source>%s train images · %s</source>
            <translation>訓練画像 %s 枚 · %s</translation>
        </message>
    </context>
    <context>
        <name>ActivationHistograms</name>
        <message>
            <source>%d-layer</source>
            <translation>%d 層目</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>アクティベーション</translation>
        </message>
        <message>
            <source>count</source>
            <translation>個数</translation>
        </message>
        <message>
            <source>mean %s&lt;br&gt;std %s</source>
            <translation>平均 %s&lt;br&gt;標準偏差 %s</translation>
        </message>
        <message>
            <source>exactly 0: %s %%&lt;br&gt;(not drawn)</source>
            <translation>ちょうど 0：%s %%&lt;br&gt;（描画せず）</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>%d runs × %d iterations: %s — press Start</source>
            <translation>%d 回 × %d 回の繰り返し：%s ―「開始」で実行</translation>
        </message>
        <message>
            <source>Run %d of %d: %s</source>
            <translation>%d 回目の実行（全 %d 回）：%s</translation>
        </message>
        <message>
            <source>Comparison stopped after %d of %d runs: those that ran are kept.</source>
            <translation>比較は %d 回目（全 %d 回）で停止しました：実行した分は残してあります。</translation>
        </message>
        <message>
            <source>All %d runs done: each is drawn in its own colour and dashes, the loss smoothed as the book smooths it.</source>
            <translation>%d 回の実行がすべて終わりました：それぞれ固有の色と破線で描かれ、損失は本と同じ方法で平滑化されています。</translation>
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <source>Confusion matrix</source>
            <translation>混同行列</translation>
        </message>
        <message>
            <source>epoch %d</source>
            <translation>エポック %d</translation>
        </message>
        <message>
            <source>predicted label</source>
            <translation>予測ラベル</translation>
        </message>
        <message>
            <source>true label</source>
            <translation>正解ラベル</translation>
        </message>
        <message>
            <source>Confusion matrix of the test set (rows: true label, columns: predicted label)</source>
            <translation>テストデータの混同行列（行：正解ラベル、列：予測ラベル）</translation>
        </message>
    </context>
    <context>
        <name>DeckPanel</name>
        <message>
            <source>Deck</source>
            <translation>デッキ</translation>
        </message>
        <message>
            <source>The deck's scenes in order: double-click (or Enter) shows one; Page Down and Page Up walk them.</source>
            <translation>デッキのシーン（順番どおり）：ダブルクリック（または Enter）で表示し、Page Down と Page Up で順に進みます。</translation>
        </message>
        <message>
            <source>Add this view</source>
            <translation>今の画面を追加</translation>
        </message>
        <message>
            <source>Append what the window shows now as the last scene (Ctrl+D)</source>
            <translation>ウィンドウに今表示されているものを最後のシーンとして追加します（Ctrl+D）</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>置き換え</translation>
        </message>
        <message>
            <source>Put what the window shows now in place of the selected scene</source>
            <translation>選んだシーンを、ウィンドウに今表示されているものに置き換えます</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Close the deck</source>
            <translation>デッキを閉じる</translation>
        </message>
        <message>
            <source>Page Down and Page Up walk the sections again</source>
            <translation>Page Down と Page Up は再び節を切り替えます</translation>
        </message>
    </context>
    <context>
        <name>DerivativePlots</name>
        <message>
            <source>f(x) and its tangent at x (figs 4-6, 4-7)</source>
            <translation>f(x) と x での接線（図 4-6、4-7）</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>|error|</source>
            <translation>|誤差|</translation>
        </message>
        <message>
            <source>Error against h:</source>
            <translation>h に対する誤差：</translation>
        </message>
        <message>
            <source>measured</source>
            <translation>実測</translation>
        </message>
        <message>
            <source>other scheme</source>
            <translation>もう一方の差分</translation>
        </message>
        <message>
            <source>truncation</source>
            <translation>打ち切り誤差</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>丸め誤差</translation>
        </message>
        <message>
            <source>f(x)</source>
            <translation>f(x)</translation>
        </message>
        <message>
            <source>numerical tangent</source>
            <translation>数値微分の接線</translation>
        </message>
        <message>
            <source>analytic tangent</source>
            <translation>解析的な接線</translation>
        </message>
        <message>
            <source>pinned tangents</source>
            <translation>固定した接線</translation>
        </message>
        <message>
            <source>truncation error (model)</source>
            <translation>打ち切り誤差（モデル）</translation>
        </message>
        <message>
            <source>rounding error (model)</source>
            <translation>丸め誤差（モデル）</translation>
        </message>
        <message>
            <source>measured error</source>
            <translation>実測の誤差</translation>
        </message>
    </context>
    <context>
        <name>DerivativeSection</name>
        <message>
            <source>No analytic slope here: error measured against a float64 central difference.</source>
            <translation>ここでは解析的な傾きがありません：誤差は float64 の中心差分に対して測っています。</translation>
        </message>
        <message>
            <source>analytic slope f'(x)</source>
            <translation>解析的な傾き f'(x)</translation>
        </message>
        <message>
            <source>numerical − analytic</source>
            <translation>数値 − 解析</translation>
        </message>
        <message>
            <source>(f(x+h) − f(x−h)) / 2h</source>
            <translation>(f(x+h) − f(x−h)) / 2h</translation>
        </message>
        <message>
            <source>(f(x+h) − f(x)) / h</source>
            <translation>(f(x+h) − f(x)) / h</translation>
        </message>
        <message>
            <source>No error to draw: f is not finite near x, so there is no slope to compare with.</source>
            <translation>誤差は描けません：x の近くで f が有限でないため、比べる傾きがありません。</translation>
        </message>
        <message>
            <source>numerical (%s, %s)</source>
            <translation>数値（%s、%s）</translation>
        </message>
        <message>
            <source>Pinned tangent at x = %s: numerical %s (%s, h = %s), analytic %s</source>
            <translation>x = %s に固定した接線：数値 %s（%s、h = %s）、解析 %s</translation>
        </message>
        <message>
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <source>forward</source>
            <translation>前方差分</translation>
        </message>
        <message>
            <source>Rounding error dominates at this h: make h larger.</source>
            <translation>この h では丸め誤差が支配的です：h を大きくしてください。</translation>
        </message>
        <message>
            <source>Truncation error dominates at this h: a smaller h (or the central difference) is more accurate.</source>
            <translation>この h では打ち切り誤差が支配的です：もっと小さい h（または中心差分）のほうが正確です。</translation>
        </message>
        <message>
            <source>No analytic derivative: %s</source>
            <translation>解析的な微分はありません：%s</translation>
        </message>
        <message>
            <source>f has a corner or a jump there (abs, sign, step or relu of 0).</source>
            <translation>f はそこで角か跳びがあります（0 での abs、sign、step、relu）。</translation>
        </message>
        <message>
            <source>the slope is infinite or f is undefined there.</source>
            <translation>そこでは傾きが無限大か、f が定義されていません。</translation>
        </message>
        <message>
            <source>f'(x) = %s, but there is no analytic derivative at x = %s: %s</source>
            <translation>f'(x) = %s ですが、x = %s では解析的な微分がありません：%s</translation>
        </message>
        <message>
            <source>f'(x) = %s</source>
            <translation>f'(x) = %s</translation>
        </message>
        <message>
            <source>The book's bad implementation: (f(x + h) − f(x)) / h with h = 10e-50. In float64, x + h == x, so the slope is 0; in float32, h itself underflows to 0 (np.float32(1e-50) is 0.0) and the quotient is 0/0. Switch the precision to see both; the book's fix is the central difference with h = 1e-4.</source>
            <translation>本の悪い実装例：h = 10e-50 での (f(x + h) − f(x)) / h。float64 では x + h == x なので傾きは 0、float32 では h 自体がアンダーフローして 0 になり（np.float32(1e-50) は 0.0）、商は 0/0 です。精度を切り替えて両方を確かめてください。本の改善策は h = 1e-4 の中心差分です。</translation>
        </message>
        <message>
            <source>x from</source>
            <translation>x の範囲</translation>
        </message>
        <message>
            <source>point x</source>
            <translation>点 x</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>差分</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>Pin tangent</source>
            <translation>接線を固定</translation>
        </message>
        <message>
            <source>Clear pins</source>
            <translation>固定を解除</translation>
        </message>
        <message>
            <source>Or drag the dotted vertical line in the plot.</source>
            <translation>グラフの縦の点線をドラッグしても変えられます。</translation>
        </message>
    </context>
    <context>
        <name>DescentInputs</name>
        <message>
            <source>The learning rate must be a finite number.</source>
            <translation>学習率は有限の数でなければなりません。</translation>
        </message>
        <message>
            <source>lr = 0 never moves: x ← x − 0·∇f. Use a positive learning rate such as 0.1.</source>
            <translation>lr = 0 ではまったく動きません：x ← x − 0·∇f。0.1 のような正の学習率を使ってください。</translation>
        </message>
        <message>
            <source>A negative learning rate climbs uphill (gradient ascent), away from the minimum. Use a positive value such as 0.1.</source>
            <translation>負の学習率は坂を上り（勾配上昇）、最小値から遠ざかります。0.1 のような正の値を使ってください。</translation>
        </message>
        <message>
            <source>lr = %s is below 1e-12: every step would vanish in rounding. Try 1e-10 to see a stalled descent.</source>
            <translation>lr = %s は 1e-12 より小さく、どの一歩も丸めで消えてしまいます。1e-10 で止まったままの勾配降下を見てください。</translation>
        </message>
        <message>
            <source>lr = %s is above 1000: the first step already leaves any view. Try 10 to watch a divergence.</source>
            <translation>lr = %s は 1000 より大きく、最初の一歩でどの表示範囲からも出てしまいます。10 で発散を見てください。</translation>
        </message>
        <message>
            <source>Type a whole number of steps from 1 to %d, e.g. 100.</source>
            <translation>1 から %d までの整数のステップ数を入力してください（例：100）。</translation>
        </message>
        <message>
            <source>'%s' is not a number.</source>
            <translation>「%s」は数ではありません。</translation>
        </message>
        <message>
            <source>%s is not a whole number.</source>
            <translation>%s は整数ではありません。</translation>
        </message>
        <message>
            <source>At least 1 step is needed: step_num = %s would leave x at the start.</source>
            <translation>少なくとも 1 ステップ必要です：step_num = %s では x は出発点のままです。</translation>
        </message>
        <message>
            <source>Type up to %d learning rates between 1e-12 and 1000, separated by commas, e.g. 10, 1e-10.</source>
            <translation>1e-12 から 1000 までの学習率を最大 %d 個、カンマで区切って入力してください（例：10, 1e-10）。</translation>
        </message>
        <message>
            <source>%d learning rates were typed; at most %d race besides the slider's (four curves in all).</source>
            <translation>学習率が %d 個入力されました。スライダーの学習率のほかに競争できるのは最大 %d 個です（全部で 4 本の曲線）。</translation>
        </message>
        <message>
            <source>%s steps would take minutes; capped at %d steps.</source>
            <translation>%s ステップは数分かかります。%d ステップに制限しました。</translation>
        </message>
    </context>
    <context>
        <name>DescentRacers</name>
        <message>
            <source>learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>モーメンタム</translation>
        </message>
        <message>
            <source>decay rate</source>
            <translation>減衰率</translation>
        </message>
        <message>
            <source>β1: how slowly m (the mean gradient) forgets</source>
            <translation>β1：m（勾配の平均）がどれだけゆっくり忘れるか</translation>
        </message>
        <message>
            <source>β2: how slowly v (the mean squared gradient) forgets</source>
            <translation>β2：v（勾配の 2 乗の平均）がどれだけゆっくり忘れるか</translation>
        </message>
        <message>
            <source>'%s' is not a finite number; %s stays %s.</source>
            <translation>「%s」は有限の数ではありません。%s は %s のままです。</translation>
        </message>
        <message>
            <source>%s. %s stays %s.</source>
            <translation>%s。%s は %s のままです。</translation>
        </message>
        <message>
            <source>The optimizer of this racer (6.1)</source>
            <translation>この走者の最適化手法（6.1）</translation>
        </message>
        <message>
            <source>Remove this racer</source>
            <translation>この走者を外す</translation>
        </message>
        <message>
            <source>At most %d racers share the plot (learning rates included); remove one first.</source>
            <translation>グラフに載せられるのは最大 %d 者です（学習率を含む）。先に 1 つ外してください。</translation>
        </message>
        <message>
            <source>Optimizers racing with them (6.1): up to six racers in all</source>
            <translation>一緒に競争する最適化手法（6.1）：全部で最大 6 者</translation>
        </message>
        <message>
            <source>Add a racer</source>
            <translation>走者を追加</translation>
        </message>
    </context>
    <context>
        <name>DescentSection</name>
        <message>
            <source>f(x0, x1) = %s is not finite anywhere in the view (inf or nan): there is nothing to descend. The previous surface stays.</source>
            <translation>f(x0, x1) = %s は表示範囲のどこでも有限ではありません（inf か nan）：降りる先がありません。前の曲面を残します。</translation>
        </message>
        <message>
            <source>f is not finite on %d%% of the view (e.g. log or sqrt of a negative number); contours are left out there and a path that enters it stops.</source>
            <translation>f は表示範囲の %d%% で有限ではありません（負の数の log や sqrt など）。そこには等高線を描かず、そこに入った経路は止まります。</translation>
        </message>
        <message>
            <source>%d learning rates were typed, but the optimizers below leave room for %d (six racers in all).</source>
            <translation>学習率が %d 個入力されましたが、下の最適化手法のために残りは %d 個です（全部で 6 者）。</translation>
        </message>
        <message>
            <source>The end of the race: final x, f(x) and the first step with f &lt; 1e-3</source>
            <translation>競争の終わり：最後の x、f(x)、f &lt; 1e-3 となった最初のステップ</translation>
        </message>
        <message>
            <source>The descent could not be computed: %s</source>
            <translation>勾配降下を計算できませんでした：%s</translation>
        </message>
        <message>
            <source>left the view at step %d</source>
            <translation>ステップ %d で表示範囲の外に出ました</translation>
        </message>
        <message>
            <source>Computing %d steps for %d racers in the background …</source>
            <translation>%d ステップ（%d 者分）をバックグラウンドで計算中 …</translation>
        </message>
        <message>
            <source>Computing %d steps for %d racers in the background … %d %%</source>
            <translation>%d ステップ（%d 者分）をバックグラウンドで計算中 … %d %%</translation>
        </message>
        <message>
            <source>Start init_x = %s. Click the plot to move it.</source>
            <translation>開始点 init_x = %s。グラフをクリックすると移動します。</translation>
        </message>
        <message>
            <source>f is not finite at the start %s; click a point where f has a value.</source>
            <translation>開始点 %s で f が有限ではありません。f に値がある点をクリックしてください。</translation>
        </message>
        <message>
            <source>lr = %s</source>
            <translation>lr = %s</translation>
        </message>
        <message>
            <source>step %d of %d</source>
            <translation>ステップ %d / %d</translation>
        </message>
        <message>
            <source>Learning rate lr (η): slide 1e-10 … 10 or type</source>
            <translation>学習率 lr（η）：1e-10 … 10 をスライドまたは入力</translation>
        </message>
        <message>
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <source>f(x)</source>
            <translation>f(x)</translation>
        </message>
        <message>
            <source>Steps (step_num)</source>
            <translation>ステップ数（step_num）</translation>
        </message>
        <message>
            <source>Race: up to three more learning rates, e.g. 10, 1e-10</source>
            <translation>競争：学習率をあと 3 つまで追加、例 10, 1e-10</translation>
        </message>
        <message>
            <source>10, 1e-10</source>
            <translation>10, 1e-10</translation>
        </message>
        <message>
            <source>Optimizers (6.1):</source>
            <translation>最適化手法（6.1）：</translation>
        </message>
        <message>
            <source>Step table</source>
            <translation>ステップ表</translation>
        </message>
        <message>
            <source>Show each step of one learning rate: k, x0, x1, f(x) and |grad| (the table follows the animation)</source>
            <translation>1 つの学習率の各ステップを表示：k、x0、x1、f(x)、|grad|（表はアニメーションに合わせて進みます）</translation>
        </message>
        <message>
            <source>Steps of</source>
            <translation>ステップを表示：</translation>
        </message>
        <message>
            <source>Gradient descent on the contours of f</source>
            <translation>f の等高線上の勾配降下</translation>
        </message>
        <message>
            <source>contour lines of f (equal height)</source>
            <translation>f の等高線（高さが等しい線）</translation>
        </message>
        <message>
            <source>x0</source>
            <translation>x0</translation>
        </message>
        <message>
            <source>Gradient descent: x_k for each racer, steps 0 to %d</source>
            <translation>勾配降下：各走者の x_k、ステップ 0 から %d</translation>
        </message>
        <message>
            <source>x1</source>
            <translation>x1</translation>
        </message>
    </context>
    <context>
        <name>DigitCanvas</name>
        <message>
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>Draw a digit with the mouse. It is cut to its bounding box, scaled to 20×20 and centred by mass in 28×28, as MNIST was prepared.</source>
            <translation>マウスで数字を書いてください。MNIST の作り方と同じく、外接枠で切り出し、20×20 に縮小して、重心で 28×28 の中央に置きます。</translation>
        </message>
        <message>
            <source>What the network sees (28×28):</source>
            <translation>ネットワークに見えている画像（28×28）：</translation>
        </message>
        <message>
            <source>Probability of each digit</source>
            <translation>各数字の確率</translation>
        </message>
        <message>
            <source>digit</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>確率</translation>
        </message>
        <message>
            <source>%d  (%s %%)</source>
            <translation>%d  （%s %%）</translation>
        </message>
    </context>
    <context>
        <name>DigitGrid</name>
        <message>
            <source>Test digits (red = wrong)</source>
            <translation>テストの数字（赤 = 誤り）</translation>
        </message>
        <message>
            <source>Test digits: predictions of the current network</source>
            <translation>テストの数字：現在のネットワークの予測</translation>
        </message>
        <message>
            <source>index</source>
            <translation>インデックス</translation>
        </message>
        <message>
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>予測</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>正解</translation>
        </message>
    </context>
    <context>
        <name>DigitLayers</name>
        <message>
            <source>digit</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>確率</translation>
        </message>
        <message>
            <source>test digit #%d · label %d</source>
            <translation>テストの数字 #%d · ラベル %d</translation>
        </message>
        <message>
            <source>hidden layer %d (%d): min %s · max %s</source>
            <translation>隠れ層 %d（%d）：最小 %s · 最大 %s</translation>
        </message>
        <message>
            <source>output: softmax y · predicted %d (%s %%) · orange = label %d</source>
            <translation>出力：ソフトマックス y · 予測 %d（%s %%）· オレンジ = ラベル %d</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong inside Gradient Lab. The app keeps running, but the last action may not have finished. Please copy the details below into a bug report.</source>
            <translation>勾配ラボの内部で問題が起きました。アプリは動き続けますが、直前の操作は完了していないかもしれません。下の詳細をバグ報告にコピーしてください。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>詳細をコピー</translation>
        </message>
    </context>
    <context>
        <name>ExplainPanel</name>
        <message>
            <source>Show or hide the explanation</source>
            <translation>説明の表示・非表示</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>There is no plotted data to export.</source>
            <translation>エクスポートできる描画データがありません。</translation>
        </message>
        <message>
            <source>This section has no plot to export.</source>
            <translation>この節にはエクスポートできるグラフがありません。</translation>
        </message>
        <message>
            <source>Could not write %s.</source>
            <translation>%s を書き込めませんでした。</translation>
        </message>
        <message>
            <source>Unknown export format %r; use png, svg or csv.</source>
            <translation>不明なエクスポート形式 %r です。png、svg、csv のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>%s を書き込めませんでした：%s</translation>
        </message>
        <message>
            <source>No frames were recorded.</source>
            <translation>フレームが 1 枚も録画されませんでした。</translation>
        </message>
        <message>
            <source>The section was closed while recording.</source>
            <translation>録画中に節が閉じられました。</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>エクスポート(&amp;E)</translation>
        </message>
        <message>
            <source>Plots as &amp;PNG image…</source>
            <translation>グラフを &amp;PNG 画像として…</translation>
        </message>
        <message>
            <source>Plots as &amp;SVG drawing…</source>
            <translation>グラフを &amp;SVG 図として…</translation>
        </message>
        <message>
            <source>Plotted &amp;data as CSV…</source>
            <translation>描画データを CSV として(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Copy plots to the clipboard</source>
            <translation>グラフをクリップボードにコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Record the animation as &amp;GIF…</source>
            <translation>アニメーションを &amp;GIF に録画…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 図 (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表 (*.csv)</translation>
        </message>
        <message>
            <source>Animated GIF (*.gif)</source>
            <translation>アニメーション GIF (*.gif)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <source>Export failed: %s</source>
            <translation>エクスポートに失敗しました：%s</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>%s を保存しました</translation>
        </message>
        <message>
            <source>The plots are on the clipboard.</source>
            <translation>グラフをクリップボードにコピーしました。</translation>
        </message>
        <message>
            <source>Record GIF</source>
            <translation>GIF を録画</translation>
        </message>
        <message>
            <source>Seconds to record (10 frames per second):</source>
            <translation>録画する秒数（毎秒 10 フレーム）：</translation>
        </message>
        <message>
            <source>Recording GIF: frame %d of %d</source>
            <translation>GIF を録画中：%d / %d フレーム</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>There are no weights to save yet.</source>
            <translation>保存できる重みはまだありません。</translation>
        </message>
        <message>
            <source>Could not save the weights: %s</source>
            <translation>重みを保存できませんでした：%s</translation>
        </message>
        <message>
            <source>Weights saved to %s</source>
            <translation>重みを %s に保存しました</translation>
        </message>
        <message>
            <source>%s The current weights stay.</source>
            <translation>%s 現在の重みはそのままです。</translation>
        </message>
        <message>
            <source>Could not load %s: its network maps %d pixels to %d classes, but the images have %d pixels and %d classes. The current weights stay.</source>
            <translation>%s を読み込めませんでした：そのネットワークは %d ピクセルを %d クラスに対応させますが、画像は %d ピクセルで %d クラスです。現在の重みはそのままです。</translation>
        </message>
        <message>
            <source>Loaded %s: Start continues training from these weights; Reset forgets them.</source>
            <translation>%s を読み込みました：「開始」でこの重みから学習を続け、「リセット」で破棄します。</translation>
        </message>
        <message>
            <source>Nothing to export yet: train first.</source>
            <translation>エクスポートするものがまだありません：先に学習してください。</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>%s を書き込めませんでした：%s</translation>
        </message>
        <message>
            <source>Exported %d iterations to %s</source>
            <translation>%d 回分の繰り返しを %s にエクスポートしました</translation>
        </message>
        <message>
            <source>Save weights</source>
            <translation>重みを保存</translation>
        </message>
        <message>
            <source>NumPy weights (*.npz)</source>
            <translation>NumPy の重み (*.npz)</translation>
        </message>
        <message>
            <source>Load weights</source>
            <translation>重みを読み込む</translation>
        </message>
        <message>
            <source>Export loss and accuracy</source>
            <translation>損失と認識精度をエクスポート</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ForwardView</name>
        <message>
            <source>%d ✓</source>
            <translation>%d ✓</translation>
        </message>
        <message>
            <source>%d ✗ wrong</source>
            <translation>%d ✗ 不正解</translation>
        </message>
        <message>
            <source>L &lt; 0: y of the correct class rounds to exactly 1 in float64, and the 1e-7 guard gives L = −log(1 + 1e-7) ≈ −1e-7 (without the guard L would be 0).</source>
            <translation>L &lt; 0：正解クラスの y が float64 でちょうど 1 に丸められ、1e-7 の保護項により L = −log(1 + 1e-7) ≈ −1e-7 になります（保護項がなければ L は 0）。</translation>
        </message>
        <message>
            <source>input x</source>
            <translation>入力 x</translation>
        </message>
        <message>
            <source>weights W</source>
            <translation>重み W</translation>
        </message>
        <message>
            <source>p = x·W</source>
            <translation>p = x·W</translation>
        </message>
        <message>
            <source>y (%s = t)</source>
            <translation>y（%s = t）</translation>
        </message>
        <message>
            <source>loss L</source>
            <translation>損失 L</translation>
        </message>
        <message>
            <source>x·W</source>
            <translation>x·W</translation>
        </message>
        <message>
            <source>softmax</source>
            <translation>softmax</translation>
        </message>
        <message>
            <source>CE(y, t)</source>
            <translation>CE(y, t)</translation>
        </message>
        <message>
            <source>argmax(p)</source>
            <translation>argmax(p)</translation>
        </message>
        <message>
            <source>The book prints loss 0.92806853663411326: it has no 1e-7 guard in the log (hover for details).</source>
            <translation>本の損失は 0.92806853663411326 です：log の中に 1e-7 の保護項がありません（詳細はマウスを重ねて表示）。</translation>
        </message>
        <message>
            <source>The book prints loss = 0.92806853663411326 and dW = [[0.21924763 0.14356247 −0.36281009] [0.32887144 0.2153437 −0.54421514]]. It computed them without the 1e-7 guard inside the log; this app keeps the guard of cross_entropy_error, log(y + 1e-7), so its loss is ~2.5e-7 lower and dW differs by ~1e-7.</source>
            <translation>本には loss = 0.92806853663411326、dW = [[0.21924763 0.14356247 −0.36281009] [0.32887144 0.2153437 −0.54421514]] とあります。これは log の中の 1e-7 の保護項なしで計算した値です。このアプリは cross_entropy_error の保護項 log(y + 1e-7) を残しているので、損失は約 2.5e-7 小さく、dW は約 1e-7 異なります。</translation>
        </message>
    </context>
    <context>
        <name>FunctionInput</name>
        <message>
            <source>f(%s) =</source>
            <translation>f(%s) =</translation>
        </message>
        <message>
            <source>Type a function and press Enter. Allowed: numbers, %s, + - * / ** ^, parentheses, sin cos tan exp log sqrt abs tanh sigmoid …, pi, e.</source>
            <translation>関数を入力して Enter を押してください。使えるもの：数値、%s、+ - * / ** ^、かっこ、sin cos tan exp log sqrt abs tanh sigmoid …、pi、e。</translation>
        </message>
        <message>
            <source>The last valid function stays plotted.</source>
            <translation>最後に有効だった関数の描画はそのまま残ります。</translation>
        </message>
    </context>
    <context>
        <name>GradientSection</name>
        <message>
            <source>f(x0, x1) = %s is not a finite number anywhere on the grid (inf or nan), so it has no gradient to draw; the previous field stays.</source>
            <translation>f(x0, x1) = %s は格子上のどこでも有限ではない（inf か nan）ので、描く勾配がありません。前のベクトル場を残します。</translation>
        </message>
        <message>
            <source>f is not finite at %d of %d grid points (e.g. log or sqrt of a negative number, or a division by zero); no arrows are drawn there.</source>
            <translation>f は %d / %d 個の格子点で有限ではありません（負の数の log や sqrt、0 での割り算など）。そこには矢印を描きません。</translation>
        </message>
        <message>
            <source>%d arrows per axis is outside the accepted %d to %d; showing %d × %d.</source>
            <translation>1 軸あたり %d 本の矢印は、受け付ける範囲 %d ～ %d の外です。%d × %d で表示します。</translation>
        </message>
        <message>
            <source>Field computed and handed to the plot in %s ms.</source>
            <translation>勾配場の計算と描画への受け渡しに %s ミリ秒。</translation>
        </message>
        <message>
            <source>%d × %d grid: %d arrows.</source>
            <translation>%d × %d の格子：矢印 %d 本。</translation>
        </message>
        <message>
            <source>No arrow at %d point(s) where ∇f = 0 (a minimum, maximum or saddle): there is no downhill direction.</source>
            <translation>∇f = 0 となる %d 点（極小値・極大値・鞍点）には矢印がありません：下る方向がないからです。</translation>
        </message>
        <message>
            <source>No arrow at %d point(s) where f or ∇f is not finite.</source>
            <translation>f または ∇f が有限でない %d 点には矢印がありません。</translation>
        </message>
        <message>
            <source>Same length (direction only)</source>
            <translation>同じ長さ（向きだけ）</translation>
        </message>
        <message>
            <source>Off: arrow length is proportional to |∇f|, the longest arrow fills one grid step.</source>
            <translation>オフ：矢印の長さは |∇f| に比例し、最も長い矢印が格子 1 つ分になります。</translation>
        </message>
        <message>
            <source>Arrows per axis</source>
            <translation>軸ごとの矢印の数</translation>
        </message>
        <message>
            <source>Arrows show −∇f, the direction of steepest descent. Each arrow starts at its grid point; they are long where f is steep and vanish at the minimum.</source>
            <translation>矢印は −∇f、最も急な下りの向きを表します。各矢印は格子点から出ます。f が急なところで長く、最小値で消えます。</translation>
        </message>
        <message>
            <source>Move the mouse over the plot (or click it and use the arrow keys) to read f and its gradient there:</source>
            <translation>グラフの上にマウスを置くと（またはグラフをクリックして矢印キーで）、その点の f と勾配が読めます：</translation>
        </message>
        <message>
            <source>(x0, x1)</source>
            <translation>(x0, x1)</translation>
        </message>
        <message>
            <source>f(x0, x1)</source>
            <translation>f(x0, x1)</translation>
        </message>
        <message>
            <source>∂f/∂x0</source>
            <translation>∂f/∂x0</translation>
        </message>
        <message>
            <source>∂f/∂x1</source>
            <translation>∂f/∂x1</translation>
        </message>
        <message>
            <source>Arrows: −∇f, the direction of steepest descent</source>
            <translation>矢印：−∇f、最も急な下りの向き</translation>
        </message>
        <message>
            <source>x0</source>
            <translation>x0</translation>
        </message>
        <message>
            <source>x1</source>
            <translation>x1</translation>
        </message>
        <message>
            <source>arrows: −∇f</source>
            <translation>矢印：−∇f</translation>
        </message>
        <message>
            <source>contour lines of f (equal height)</source>
            <translation>f の等高線（高さが等しい線）</translation>
        </message>
    </context>
    <context>
        <name>GradientTools</name>
        <message>
            <source>Gradient check on the current network</source>
            <translation>現在のネットワークで勾配確認</translation>
        </message>
        <message>
            <source>max |diff|</source>
            <translation>最大 |差|</translation>
        </message>
        <message>
            <source>max rel. diff</source>
            <translation>最大相対差</translation>
        </message>
        <message>
            <source>Race time per method (s)</source>
            <translation>各方法の競争時間（秒）</translation>
        </message>
        <message>
            <source>Race: backprop vs numerical</source>
            <translation>競争：誤差逆伝播法 対 数値微分</translation>
        </message>
        <message>
            <source>Race: loss vs wall time</source>
            <translation>競争：損失と経過時間</translation>
        </message>
        <message>
            <source>wall time</source>
            <translation>経過時間</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>backprop</source>
            <translation>誤差逆伝播法</translation>
        </message>
        <message>
            <source>numerical</source>
            <translation>数値微分</translation>
        </message>
        <message>
            <source>Compares backprop with central differences (h = 1e-4) on 10 test images.</source>
            <translation>テスト画像 10 枚で、誤差逆伝播法と中心差分（h = 1e-4）を比べます。</translation>
        </message>
        <message>
            <source>No network or data yet: wait for MNIST to load.</source>
            <translation>ネットワークもデータもまだありません：MNIST の読み込みを待ってください。</translation>
        </message>
        <message>
            <source>The gradient check is offered for the book's network (one sigmoid hidden layer). Choose 1 hidden layer and sigmoid, then Reset or train.</source>
            <translation>勾配確認は本のネットワーク（シグモイドの隠れ層 1 層）だけで使えます。隠れ層 1 層とシグモイドを選び、「リセット」するか学習してください。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
        <message>
            <source>agree: backprop is correct</source>
            <translation>一致：誤差逆伝播法は正しい</translation>
        </message>
        <message>
            <source>DISAGREE</source>
            <translation>不一致</translation>
        </message>
        <message>
            <source>Largest difference %s — the two methods %s.</source>
            <translation>最大の差 %s ― 2 つの方法は%s。</translation>
        </message>
        <message>
            <source>No data yet: wait for MNIST to load.</source>
            <translation>データがまだありません：MNIST の読み込みを待ってください。</translation>
        </message>
        <message>
            <source>The race needs the numerical gradient, offered for the book's network only: 1 sigmoid hidden layer, SGD, no weight decay, a numeric std.</source>
            <translation>レースには数値微分の勾配が必要で、本のネットワークだけで使えます：シグモイドの隠れ層 1 層、SGD、Weight decay なし、数値の標準偏差。</translation>
        </message>
        <message>
            <source>Racing…</source>
            <translation>競争中…</translation>
        </message>
        <message>
            <source>Both methods train from the same weights for the same wall time.</source>
            <translation>2 つの方法が同じ重みから同じ時間だけ学習します。</translation>
        </message>
        <message>
            <source>backprop: %d iterations, loss %s
numerical: %d iterations, loss %s</source>
            <translation>誤差逆伝播法：%d 回、損失 %s
数値微分：%d 回、損失 %s</translation>
        </message>
        <message>
            <source>backprop did %s× as many iterations</source>
            <translation>誤差逆伝播法は %s 倍の回数を実行</translation>
        </message>
        <message>
            <source>Failed: %s</source>
            <translation>失敗：%s</translation>
        </message>
    </context>
    <context>
        <name>HSlider</name>
        <message>
            <source>h = 0: the difference quotient would divide by zero (0/0, not a number). Type an h greater than 0, e.g. 1e-4.</source>
            <translation>h = 0：差分商がゼロで割ることになります（0/0 は数ではありません）。0 より大きい h、たとえば 1e-4 を入力してください。</translation>
        </message>
        <message>
            <source>h = %s is negative. The formula still works with the sign flipped: the central difference gives the same slope as h = %s, and the forward difference becomes the backward difference (f(x) − f(x − %s)) / %s. Here h is the size of the step, on a log scale: type %s.</source>
            <translation>h = %s は負です。符号が反転するだけで式はそのまま使えます：中心差分は h = %s と同じ傾きになり、前方差分は後退差分 (f(x) − f(x − %s)) / %s になります。ここでの h は刻み幅の大きさで、対数目盛です：%s と入力してください。</translation>
        </message>
        <message>
            <source>h = %s is far too large for a derivative; use h ≤ 1.</source>
            <translation>h = %s は微分には大きすぎます。h ≤ 1 を使ってください。</translation>
        </message>
        <message>
            <source>h (log scale; type any value &gt; 0)</source>
            <translation>h（対数目盛、&gt; 0 を入力）</translation>
        </message>
    </context>
    <context>
        <name>KeptRuns</name>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>lr %s</source>
            <translation>lr %s</translation>
        </message>
        <message>
            <source>default settings</source>
            <translation>既定の設定</translation>
        </message>
        <message>
            <source>1 hidden layer</source>
            <translation>隠れ層 1 層</translation>
        </message>
        <message>
            <source>%d hidden layers</source>
            <translation>隠れ層 %d 層</translation>
        </message>
        <message>
            <source>%d neurons per layer</source>
            <translation>各層 %d ニューロン</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>恒等関数</translation>
        </message>
        <message>
            <source>all images</source>
            <translation>全画像</translation>
        </message>
        <message>
            <source>%s images</source>
            <translation>%s 枚の画像</translation>
        </message>
        <message>
            <source>batch %d</source>
            <translation>バッチ %d</translation>
        </message>
        <message>
            <source>%d iterations</source>
            <translation>%d 回の繰り返し</translation>
        </message>
        <message>
            <source>backprop</source>
            <translation>誤差逆伝播法</translation>
        </message>
        <message>
            <source>numerical gradient</source>
            <translation>数値勾配</translation>
        </message>
        <message>
            <source>the book's loop</source>
            <translation>本のループ</translation>
        </message>
        <message>
            <source>seed %d</source>
            <translation>乱数シード %d</translation>
        </message>
        <message>
            <source>same settings</source>
            <translation>同じ設定</translation>
        </message>
        <message>
            <source>std %s</source>
            <translation>標準偏差 %s</translation>
        </message>
        <message>
            <source>Clear kept runs (%d)</source>
            <translation>残した実行を消去（%d）</translation>
        </message>
        <message>
            <source>Clear kept runs</source>
            <translation>残した実行を消去</translation>
        </message>
        <message>
            <source>Each run that ends stays as a faded curve (up to %d, the oldest goes first); this forgets them</source>
            <translation>終わった実行はそれぞれ薄い曲線として残ります（最大 %d 本、古いものから消えます）。このボタンですべて消去します</translation>
        </message>
        <message>
            <source>#%d train</source>
            <translation>#%d 訓練</translation>
        </message>
        <message>
            <source>#%d test</source>
            <translation>#%d テスト</translation>
        </message>
        <message>
            <source>%s: train acc</source>
            <translation>%s：訓練データの認識精度</translation>
        </message>
        <message>
            <source>%s: test acc</source>
            <translation>%s：テストデータの認識精度</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>繰り返し回数</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>ミニバッチの損失</translation>
        </message>
        <message>
            <source>smoothed loss (book)</source>
            <translation>平滑化した損失（本の方法）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>train acc</source>
            <translation>訓練データの認識精度</translation>
        </message>
        <message>
            <source>test acc</source>
            <translation>テストデータの認識精度</translation>
        </message>
        <message>
            <source>Kept run %s · %d iterations</source>
            <translation>残した実行 %s · %d 回の繰り返し</translation>
        </message>
    </context>
    <context>
        <name>LabControls</name>
        <message>
            <source>Deeper networks (book 6.1–6.4)</source>
            <translation>より深いネットワーク（本の 6.1–6.4）</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>隠れ層の数</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>活性化関数</translation>
        </message>
        <message>
            <source>Initial weights</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <source>Decay rate ρ</source>
            <translation>減衰率 ρ</translation>
        </message>
        <message>
            <source>Adam β1</source>
            <translation>Adam β1</translation>
        </message>
        <message>
            <source>Adam β2</source>
            <translation>Adam β2</translation>
        </message>
        <message>
            <source>Weight decay λ</source>
            <translation>Weight decay λ</translation>
        </message>
        <message>
            <source>0 = softmax regression (no hidden layer); the book's 4.5 network has 1, fig 6-9's has 4. Each is 'Hidden size' neurons wide.</source>
            <translation>0 = ソフトマックス回帰（隠れ層なし）。本の 4.5 のネットワークは 1 層、図 6-9 は 4 層。各層のニューロン数は「隠れ層のサイズ」です。</translation>
        </message>
        <message>
            <source>sigmoid (book 4.5)</source>
            <translation>シグモイド関数（本の 4.5）</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU 関数</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>tanh 関数</translation>
        </message>
        <message>
            <source>identity (linear)</source>
            <translation>恒等関数（線形）</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD（確率的勾配降下法）</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum（モーメンタム）</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov（先読みのモーメンタム）</translation>
        </message>
        <message>
            <source>AdaGrad</source>
            <translation>AdaGrad（学習率を適応的に調整）</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop（過去を忘れていく AdaGrad）</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam（Momentum + AdaGrad）</translation>
        </message>
        <message>
            <source>std (number below)</source>
            <translation>標準偏差（下の数値）</translation>
        </message>
        <message>
            <source>Xavier √(1/n)</source>
            <translation>Xavier の初期値 √(1/n)</translation>
        </message>
        <message>
            <source>He √(2/n)</source>
            <translation>He の初期値 √(2/n)</translation>
        </message>
        <message>
            <source>n = the number of inputs of each layer. Xavier suits sigmoid and tanh, He suits ReLU (book 6.2).</source>
            <translation>n = 各層の入力の数。Xavier の初期値はシグモイドと tanh に、He の初期値は ReLU に向いています（本の 6.2）。</translation>
        </message>
        <message>
            <source>η is the learning rate above. The book: η 0.01 for SGD, Momentum and AdaGrad, 0.001 for Adam.</source>
            <translation>η は上の学習率です。本では SGD、Momentum、AdaGrad は η 0.01、Adam は 0.001。</translation>
        </message>
        <message>
            <source>Adds ½ λ ΣW² to the loss: 0 = none; fig 6-20 uses 0.1.</source>
            <translation>損失に ½ λ ΣW² を加えます：0 = なし。図 6-20 は 0.1。</translation>
        </message>
        <message>
            <source>%d hidden layers is too many: use at most %d (0 is softmax regression).</source>
            <translation>隠れ層 %d 層は多すぎます。%d 層までにしてください（0 はソフトマックス回帰）。</translation>
        </message>
        <message>
            <source>A hidden layer of %d neurons is too wide: use at most %d (the book uses 50 and 100).</source>
            <translation>ニューロン %d 個の隠れ層は広すぎます。%d 個までにしてください（本では 50 と 100）。</translation>
        </message>
        <message>
            <source>Weight decay λ must be a number from 0 to %s (0 = none; fig 6-20 uses 0.1), not '%s'.</source>
            <translation>Weight decay の λ は 0 から %s までの数でなければなりません（0 = なし。図 6-20 は 0.1）。「%s」は使えません。</translation>
        </message>
        <message>
            <source>Weight init std 0 gives every neuron the same weights: choose a number above 0, Xavier or He.</source>
            <translation>初期値の標準偏差が 0 だと、すべてのニューロンの重みが同じになります。0 より大きい数、Xavier または He を選んでください。</translation>
        </message>
        <message>
            <source>The numerical gradient is offered for the book's network (1 sigmoid hidden layer, SGD, no weight decay, a numeric std) only: choose backprop.</source>
            <translation>数値微分による勾配は本のネットワーク（シグモイドの隠れ層 1 層、SGD、Weight decay なし、数値の標準偏差）だけで使えます。誤差逆伝播法を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>LayersPage</name>
        <message>
            <source>One digit, layer by layer</source>
            <translation>1 つの数字を層ごとに</translation>
        </message>
        <message>
            <source>Activation histograms</source>
            <translation>アクティベーションのヒストグラム</translation>
        </message>
        <message>
            <source>Weights and gradients over time</source>
            <translation>重みと勾配の推移</translation>
        </message>
        <message>
            <source>Test digit (index):</source>
            <translation>テストの数字（インデックス）：</translation>
        </message>
        <message>
            <source>Waiting for MNIST and the network…</source>
            <translation>MNIST とネットワークを待っています…</translation>
        </message>
        <message>
            <source>Next mistake →</source>
            <translation>次の誤り →</translation>
        </message>
        <message>
            <source>The next test digit the current network classifies wrongly</source>
            <translation>現在のネットワークが誤って分類する次のテストの数字</translation>
        </message>
        <message>
            <source>Current network, 1000 test digits</source>
            <translation>現在のネットワーク、テストの数字 1000 個</translation>
        </message>
        <message>
            <source>The book's experiment (figs 6-10 … 6-14)</source>
            <translation>本の実験（図 6-10 … 6-14）</translation>
        </message>
        <message>
            <source>%s, initial weights:</source>
            <translation>%s、重みの初期値：</translation>
        </message>
    </context>
    <context>
        <name>LayersView</name>
        <message>
            <source>The Layers tab could not compute: %s</source>
            <translation>「各層」タブで計算できませんでした：%s</translation>
        </message>
        <message>
            <source>Each cell is one neuron's output for this digit (the number of neurons in brackets); colour: dark = %s, yellow = %s</source>
            <translation>各マスはこの数字に対する 1 つのニューロンの出力です（かっこ内はニューロンの数）。色：暗い = %s、黄色 = %s</translation>
        </message>
        <message>
            <source>the layer's min</source>
            <translation>その層の最小値</translation>
        </message>
        <message>
            <source>the layer's max</source>
            <translation>その層の最大値</translation>
        </message>
        <message>
            <source>no mistake among the %d test digits</source>
            <translation>テストの数字 %d 個に誤りはありません</translation>
        </message>
        <message>
            <source>This network has no hidden layer (softmax regression): there are no activations to show.</source>
            <translation>このネットワークには隠れ層がありません（ソフトマックス回帰）。表示するアクティベーションはありません。</translation>
        </message>
        <message>
            <source>Fig. %s: %s, initial weights %s · 1000 standard-normal inputs of 100 values, five layers of 100 nodes, no bias</source>
            <translation>図 %s：%s、重みの初期値 %s · 標準正規分布の値 100 個からなる入力 1000 個、ノード 100 個の層が 5 層、バイアスなし</translation>
        </message>
        <message>
            <source>%d test digits through the current network (%s) · the same bins for every layer</source>
            <translation>テストの数字 %d 個を現在のネットワーク（%s）に通す · どの層も同じ区間</translation>
        </message>
        <message>
            <source>Xavier (std √(1/n))</source>
            <translation>Xavier（標準偏差 √(1/n)）</translation>
        </message>
        <message>
            <source>He (std √(2/n))</source>
            <translation>He（標準偏差 √(2/n)）</translation>
        </message>
        <message>
            <source>std %s</source>
            <translation>標準偏差 %s</translation>
        </message>
        <message>
            <source>%d snapshots, iteration %s … %s · gradients on %d fixed training images · colour: how many values lie in each bin (log scale)</source>
            <translation>スナップショット %d 個、繰り返し %s … %s · 勾配は固定した訓練画像 %d 枚で計算 · 色：各区間に入る値の数（対数目盛）</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>各層</translation>
        </message>
    </context>
    <context>
        <name>LogSlider</name>
        <message>
            <source>'%s' is not a number; type e.g. 1e-4.</source>
            <translation>「%s」は数値ではありません。たとえば 1e-4 のように入力してください。</translation>
        </message>
        <message>
            <source>The value must be a finite number.</source>
            <translation>値は有限の数でなければなりません。</translation>
        </message>
    </context>
    <context>
        <name>LossPerIteration</name>
        <message>
            <source>Loss per iteration (fig. 4-11)</source>
            <translation>繰り返しごとの損失（図 4-11）</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>繰り返し回数</translation>
        </message>
        <message>
            <source>loss (cross-entropy)</source>
            <translation>損失（交差エントロピー誤差）</translation>
        </message>
        <message>
            <source>First 1000 iterations</source>
            <translation>最初の 1000 回</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Press Start:
the loss of every mini-batch
appears here</source>
            <translation>「開始」で損失がここに表示されます</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>ミニバッチの損失</translation>
        </message>
        <message>
            <source>smoothed loss</source>
            <translation>平滑化した損失</translation>
        </message>
        <message>
            <source>smoothed, centred (no lag)</source>
            <translation>平滑化（中心平均、遅れなし）</translation>
        </message>
    </context>
    <context>
        <name>LossSection</name>
        <message>
            <source>Output and loss</source>
            <translation>出力と損失</translation>
        </message>
        <message>
            <source>−log y</source>
            <translation>−log y</translation>
        </message>
        <message>
            <source>Mini-batch</source>
            <translation>ミニバッチ</translation>
        </message>
        <message>
            <source>Why not accuracy</source>
            <translation>なぜ認識精度ではないのか</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The section is back to its defaults.</source>
            <translation>この節を初期状態に戻しました。</translation>
        </message>
        <message>
            <source>Gradient Lab — how a neural network learns</source>
            <translation>勾配ラボ ― ニューラルネットワークはどう学習するか</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Presentation &amp;scale</source>
            <translation>プレゼンテーションの倍率(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ 前の節</translation>
        </message>
        <message>
            <source>Previous section (Page Up, Ctrl+←)</source>
            <translation>前の節（Page Up、Ctrl+←）</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>次の節 ▶</translation>
        </message>
        <message>
            <source>Next section (Page Down, Ctrl+→)</source>
            <translation>次の節（Page Down、Ctrl+→）</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>プレゼンテーションモード</translation>
        </message>
        <message>
            <source>Full screen with large text and lines (F5; Esc leaves)</source>
            <translation>全画面・大きな文字と太い線（F5、Esc で終了）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Gradient Lab…</source>
            <translation>勾配ラボについて(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Restore this section's defaults</source>
            <translation>この節を初期状態に戻す(&amp;R)</translation>
        </message>
        <message>
            <source>Put the current section back to how it opens (Ctrl+Shift+R)</source>
            <translation>今の節を開いたときの状態に戻します（Ctrl+Shift+R）</translation>
        </message>
        <message>
            <source>Play / pause (Space when no control needs it)</source>
            <translation>再生/一時停止（コントロールが使わないときは Space）</translation>
        </message>
        <message>
            <source>One step (→ when no control needs it)</source>
            <translation>1 ステップ（コントロールが使わないときは →）</translation>
        </message>
        <message>
            <source>Reset (R when no control needs it)</source>
            <translation>リセット（コントロールが使わないときは R）</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <source>Save the current plots as an image, their data as CSV, or the animation as a GIF</source>
            <translation>現在のグラフを画像として、データを CSV として、アニメーションを GIF として保存</translation>
        </message>
        <message>
            <source>Fit to screen (now %s×)</source>
            <translation>画面に合わせる（現在 %s×）</translation>
        </message>
        <message>
            <source>Fit to screen</source>
            <translation>画面に合わせる</translation>
        </message>
    </context>
    <context>
        <name>MiniBatchPanel</name>
        <message>
            <source>batch_size</source>
            <translation>batch_size</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>シード seed</translation>
        </message>
        <message>
            <source>Resample (seed + 1)</source>
            <translation>引き直す（seed + 1）</translation>
        </message>
        <message>
            <source>Network that computes y:</source>
            <translation>y を計算するネットワーク：</translation>
        </message>
        <message>
            <source>fresh TwoLayerNet, weight_init_std 0.01 (book)</source>
            <translation>新しい TwoLayerNet、weight_init_std 0.01（本の値）</translation>
        </message>
        <message>
            <source>fresh TwoLayerNet, weight_init_std 1 (wild guesses)</source>
            <translation>新しい TwoLayerNet、weight_init_std 1（当てずっぽう）</translation>
        </message>
        <message>
            <source>Mean cross-entropy (4.3), label form t = [7, 2, …]</source>
            <translation>平均交差エントロピー誤差（4.3）、ラベル形式 t = [7, 2, …]</translation>
        </message>
        <message>
            <source>… one-hot form t = [[0,…,1,…], …]</source>
            <translation>… one-hot 形式 t = [[0,…,1,…], …]</translation>
        </message>
        <message>
            <source>x_batch (yellow: the label t)</source>
            <translation>x_batch（黄色：ラベル t）</translation>
        </message>
        <message>
            <source>Loss per sample −log y&lt;sub&gt;n&lt;/sub&gt;[t&lt;sub&gt;n&lt;/sub&gt;]</source>
            <translation>サンプルごとの損失 −log y&lt;sub&gt;n&lt;/sub&gt;[t&lt;sub&gt;n&lt;/sub&gt;]</translation>
        </message>
        <message>
            <source>sample n in the batch</source>
            <translation>バッチ内のサンプル n</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <source>Draw a batch: MNIST is read when this tab is first opened.</source>
            <translation>バッチを取り出す：このタブを初めて開いたときに MNIST を読み込みます。</translation>
        </message>
        <message>
            <source>np.random.seed(%d)
batch_mask = np.random.choice(60000, %d)
x_batch = x_train[batch_mask]
t_batch = t_train[batch_mask]</source>
            <translation>np.random.seed(%d)
batch_mask = np.random.choice(60000, %d)
x_batch = x_train[batch_mask]
t_batch = t_train[batch_mask]</translation>
        </message>
        <message>
            <source>network from the Training section</source>
            <translation>「学習」の節のネットワーク</translation>
        </message>
        <message>
            <source>MNIST could not be loaded, so there is no mini-batch: %s</source>
            <translation>MNIST を読み込めないため、ミニバッチがありません：%s</translation>
        </message>
        <message>
            <source>No MNIST data: %s</source>
            <translation>MNIST データがありません：%s</translation>
        </message>
        <message>
            <source>The previous batch stays.</source>
            <translation>前のバッチをそのまま残します。</translation>
        </message>
        <message>
            <source>mean %s</source>
            <translation>平均 %s</translation>
        </message>
        <message>
            <source>Mean loss (4.3), labels t = [%s]</source>
            <translation>平均損失（4.3）、ラベル t = [%s]</translation>
        </message>
        <message>
            <source>Same, one-hot t (%d × 10)</source>
            <translation>同じく one-hot の t（%d × 10）</translation>
        </message>
        <message>
            <source>float64: %.17g</source>
            <translation>float64：%.17g</translation>
        </message>
        <message>
            <source>difference: %s   ·   batch accuracy %s %%   ·   N = %d</source>
            <translation>差：%s   ·   バッチの認識精度 %s %%   ·   N = %d</translation>
        </message>
        <message>
            <source> … (%d more)</source>
            <translation> …（あと %d 個）</translation>
        </message>
        <message>
            <source>  (pictures: the first %d)</source>
            <translation>  （画像：最初の %d 個）</translation>
        </message>
        <message>
            <source>batch_mask = [%s%s]%s</source>
            <translation>batch_mask = [%s%s]%s</translation>
        </message>
    </context>
    <context>
        <name>NegLogPanel</name>
        <message>
            <source>E = −log y (fig 4-3): small when y_t is near 1</source>
            <translation>E = −log y（図 4-3）：y_t が 1 に近いと小さい</translation>
        </message>
        <message>
            <source>y_t, probability the network gives the correct digit</source>
            <translation>y_t：ネットワークが正解の数字に与える確率</translation>
        </message>
        <message>
            <source>loss −log y_t</source>
            <translation>損失 −log y_t</translation>
        </message>
        <message>
            <source>the guard: −log(0 + 1e-7) = %s</source>
            <translation>保護項：−log(0 + 1e-7) = %s</translation>
        </message>
        <message>
            <source>y_t (the others rescale):</source>
            <translation>y_t（他の値は比例して調整）：</translation>
        </message>
        <message>
            <source>y_t = 0 (the trap)</source>
            <translation>y_t = 0（落とし穴）</translation>
        </message>
        <message>
            <source>y_t = 1</source>
            <translation>y_t = 1</translation>
        </message>
        <message>
            <source>y_t:</source>
            <translation>y_t：</translation>
        </message>
        <message>
            <source>−log(y_t + 1e-7):</source>
            <translation>−log(y_t + 1e-7)：</translation>
        </message>
        <message>
            <source>Drag y_t down to 0: without the guard log 0 = −∞ would make the loss infinite and stop every later computation.</source>
            <translation>y_t を 0 までドラッグしてみましょう：保護項がなければ log 0 = −∞ で損失が無限大になり、その後の計算がすべて止まります。</translation>
        </message>
        <message>
            <source>y%s = %s
−log(y%s + 1e-7) = %s</source>
            <translation>y%s = %s
−log(y%s + 1e-7) = %s</translation>
        </message>
        <message>
            <source>y_t = 0: log 0 is −∞, so the loss would be infinite. The book adds δ = 1e-7 inside the log: −log(0 + 1e-7) = %s (dashed line), a large but finite loss.</source>
            <translation>y_t = 0：log 0 は −∞ なので損失は無限大になります。本では log の中に微小な値 δ = 1e-7 を加えます：−log(0 + 1e-7) = %s（破線）、大きいけれど有限の損失です。</translation>
        </message>
        <message>
            <source>The loss only looks at y_t, the output for the correct digit %d: y_t = 1 gives 0, and it grows without bound as y_t → 0 (capped at %s by δ = 1e-7; drag y_t to 0 to see it).</source>
            <translation>損失は y_t、つまり正解の数字 %d の出力だけを見ます：y_t = 1 なら 0、y_t → 0 で限りなく大きくなります（δ = 1e-7 により %s で頭打ち。y_t を 0 までドラッグすると確かめられます）。</translation>
        </message>
    </context>
    <context>
        <name>NetControls</name>
        <message>
            <source>simpleNet: x, W, t</source>
            <translation>simpleNet：x、W、t</translation>
        </message>
        <message>
            <source>Input x (type in a cell, Enter):</source>
            <translation>入力 x（セルに入力して Enter）：</translation>
        </message>
        <message>
            <source>Weights W (row i = input x_i, column j = class j):</source>
            <translation>重み W（行 i = 入力 x_i、列 j = クラス j）：</translation>
        </message>
        <message>
            <source>Correct class t (one-hot):</source>
            <translation>正解クラス t（one-hot）：</translation>
        </message>
        <message>
            <source>label %d   t = [%s]</source>
            <translation>ラベル %d   t = [%s]</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>シード seed</translation>
        </message>
        <message>
            <source>Randomise W</source>
            <translation>W をランダムに</translation>
        </message>
        <message>
            <source>W = np.random.randn(2, 3) after np.random.seed(seed)</source>
            <translation>np.random.seed(seed) の後に W = np.random.randn(2, 3)</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>The previous values stay.</source>
            <translation>前の値をそのまま残します。</translation>
        </message>
        <message>
            <source>step %d: loss %s (start %s)</source>
            <translation>ステップ %d：損失 %s（開始時 %s）</translation>
        </message>
        <message>
            <source>L &lt; 0 only through the 1e-7 guard: −log(1 + 1e-7).</source>
            <translation>L &lt; 0 になるのは 1e-7 の保護項のためだけです：−log(1 + 1e-7)。</translation>
        </message>
        <message>
            <source>'%s' is not a number; type e.g. 0.47 or −1.2e-3. The previous value stays.</source>
            <translation>「%s」は数値ではありません。たとえば 0.47 や −1.2e-3 のように入力してください。前の値を残します。</translation>
        </message>
        <message>
            <source>W = np.random.randn(2, 3) with seed %d.</source>
            <translation>W = np.random.randn(2, 3)、シード %d。</translation>
        </message>
        <message>
            <source>The previous lr stays.</source>
            <translation>前の lr のままです。</translation>
        </message>
        <message>
            <source>Diverged: with lr = %s the next W overflows float64. W stops at the last finite step; choose a smaller lr.</source>
            <translation>発散：lr = %s では次の W が float64 の範囲を超えます。W は最後の有限なステップで止まります。小さい lr を選んでください。</translation>
        </message>
        <message>
            <source>Stalled: dW is 0 everywhere (the loss is flat here), so W no longer moves.</source>
            <translation>停滞：dW がどこでも 0（ここでは損失が平ら）なので、W はもう動きません。</translation>
        </message>
        <message>
            <source>dW and the nudge</source>
            <translation>dW と微小変化</translation>
        </message>
        <message>
            <source>Gradient descent on W</source>
            <translation>W に対する勾配降下</translation>
        </message>
        <message>
            <source>dW = ∂L/∂W, numerical</source>
            <translation>dW = ∂L/∂W（数値微分）</translation>
        </message>
        <message>
            <source>column j (class)</source>
            <translation>列 j（クラス）</translation>
        </message>
        <message>
            <source>row i (input)</source>
            <translation>行 i（入力）</translation>
        </message>
        <message>
            <source>Click a cell to nudge that weight. </source>
            <translation>セルをクリックすると、その重みを少し動かせます。</translation>
        </message>
        <message>
            <source>Loss over gradient steps</source>
            <translation>勾配ステップごとの損失</translation>
        </message>
        <message>
            <source>W moves against dW</source>
            <translation>W は dW と逆向きに動く</translation>
        </message>
        <message>
            <source>step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>loss L (nats)</source>
            <translation>損失 L（nats）</translation>
        </message>
        <message>
            <source>weight value</source>
            <translation>重みの値</translation>
        </message>
        <message>
            <source>next step −lr·dW</source>
            <translation>次のステップ −lr·dW</translation>
        </message>
        <message>
            <source>loss L</source>
            <translation>損失 L</translation>
        </message>
        <message>
            <source>ΔL when %s moves by δ</source>
            <translation>%s を δ 動かしたときの ΔL</translation>
        </message>
        <message>
            <source>δ</source>
            <translation>δ</translation>
        </message>
        <message>
            <source>ΔL (nats)</source>
            <translation>ΔL（nats）</translation>
        </message>
        <message>
            <source>actual ΔL</source>
            <translation>実際の ΔL</translation>
        </message>
        <message>
            <source>prediction dW·δ</source>
            <translation>予測 dW·δ</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>ずれ</translation>
        </message>
    </context>
    <context>
        <name>NudgeControls</name>
        <message>
            <source>Nudge one weight</source>
            <translation>重みを 1 つ少し動かす</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>重み</translation>
        </message>
        <message>
            <source>Or click a cell of the dW heatmap</source>
            <translation>dW のヒートマップのセルをクリックしても選べます</translation>
        </message>
        <message>
            <source>δ</source>
            <translation>δ</translation>
        </message>
        <message>
            <source>The change added to the chosen weight (−3 … 3)</source>
            <translation>選んだ重みに加える変化量（−3 … 3）</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>δ − h</source>
            <translation>δ − h</translation>
        </message>
        <message>
            <source>δ + h</source>
            <translation>δ + h</translation>
        </message>
        <message>
            <source>δ = 0</source>
            <translation>δ = 0</translation>
        </message>
        <message>
            <source>Keep it: W ← W + δ</source>
            <translation>確定：W ← W + δ</translation>
        </message>
    </context>
    <context>
        <name>NudgeReadouts</name>
        <message>
            <source>L(W+δ)</source>
            <translation>L(W+δ)</translation>
        </message>
        <message>
            <source>ΔL</source>
            <translation>ΔL</translation>
        </message>
        <message>
            <source>dW·δ</source>
            <translation>dW·δ</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>ずれ</translation>
        </message>
        <message>
            <source>The first-order prediction ∂L/∂%s × δ</source>
            <translation>1 次の予測 ∂L/∂%s × δ</translation>
        </message>
    </context>
    <context>
        <name>OutputPanel</name>
        <message>
            <source>Edit mode</source>
            <translation>編集モード</translation>
        </message>
        <message>
            <source>Normalise: edit y, others rescale</source>
            <translation>正規化：y を編集し、他は比例して調整</translation>
        </message>
        <message>
            <source>Logits: edit a, y = softmax(a)</source>
            <translation>ロジット：a を編集、y = softmax(a)</translation>
        </message>
        <message>
            <source>Correct label t (click a digit)</source>
            <translation>正解ラベル t（数字をクリック）</translation>
        </message>
        <message>
            <source>Type the output</source>
            <translation>出力を入力</translation>
        </message>
        <message>
            <source>All 0.1</source>
            <translation>すべて 0.1</translation>
        </message>
        <message>
            <source>y = t (one-hot)</source>
            <translation>y = t（one-hot）</translation>
        </message>
        <message>
            <source>y_k = 0.1 for every digit: a network with no idea</source>
            <translation>すべての数字で y_k = 0.1：まったく見当がつかないネットワーク</translation>
        </message>
        <message>
            <source>A perfectly confident, correct output: both losses ≈ 0</source>
            <translation>完全に自信があり正しい出力：どちらの損失も ≈ 0</translation>
        </message>
        <message>
            <source>Mean squared error (4.1)&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</source>
            <translation>2乗和誤差（4.1）&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</translation>
        </message>
        <message>
            <source>Cross-entropy error (4.2)&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log(y&lt;sub&gt;k&lt;/sub&gt; + 10&lt;sup&gt;−7&lt;/sup&gt;) = −log y&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>交差エントロピー誤差（4.2）&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log(y&lt;sub&gt;k&lt;/sub&gt; + 10&lt;sup&gt;−7&lt;/sup&gt;) = −log y&lt;sub&gt;t&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>digit k</source>
            <translation>数字 k</translation>
        </message>
        <message>
            <source>Squared errors ½(y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</source>
            <translation>2乗誤差 ½(y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</translation>
        </message>
        <message>
            <source>term</source>
            <translation>項</translation>
        </message>
        <message>
            <source>Cross-entropy −t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</source>
            <translation>交差エントロピー −t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>Output y: drag a bar (dashed: one-hot t)</source>
            <translation>出力 y：棒をドラッグ（破線：one-hot の t）</translation>
        </message>
        <message>
            <source>Logits a: drag a bar (numbers: y = softmax(a))</source>
            <translation>ロジット a：棒をドラッグ（数字：y = softmax(a)）</translation>
        </message>
        <message>
            <source>probability y_k</source>
            <translation>確率 y_k</translation>
        </message>
        <message>
            <source>logit a_k</source>
            <translation>ロジット a_k</translation>
        </message>
        <message>
            <source>−log y%s = %s</source>
            <translation>−log y%s = %s</translation>
        </message>
        <message>
            <source>float64: %.17g</source>
            <translation>float64：%.17g</translation>
        </message>
        <message>
            <source>t = %d, one-hot: [%s]</source>
            <translation>t = %d、one-hot：[%s]</translation>
        </message>
        <message>
            <source>book prints: %s</source>
            <translation>本の値：%s</translation>
        </message>
    </context>
    <context>
        <name>PartialSection</name>
        <message>
            <source>The 3-D surface needs OpenGL, which is not available here (%s). The heatmap shows the same function.</source>
            <translation>3D の曲面には OpenGL が必要ですが、ここでは使えません（%s）。ヒートマップが同じ関数を表示します。</translation>
        </message>
        <message>
            <source>h = %s is too small for ∂f/∂%s here: x + h rounds back to x or f does not change in float64, so the numerical slope is lost to rounding (see 4.3.1).</source>
            <translation>h = %s はここでの ∂f/∂%s には小さすぎます：float64 では x + h が x に丸められるか f が変わらないため、数値微分の傾きが丸め誤差で失われます（4.3.1 を参照）。</translation>
        </message>
        <message>
            <source>f(x0, x1 = %s)</source>
            <translation>f(x0, x1 = %s)</translation>
        </message>
        <message>
            <source>f(x0 = %s, x1)</source>
            <translation>f(x0 = %s, x1)</translation>
        </message>
        <message>
            <source>∂f/∂x0 numerical</source>
            <translation>∂f/∂x0 数値</translation>
        </message>
        <message>
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 解析</translation>
        </message>
        <message>
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 数値</translation>
        </message>
        <message>
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 解析</translation>
        </message>
        <message>
            <source>∂f/∂%s = %s</source>
            <translation>∂f/∂%s = %s</translation>
        </message>
        <message>
            <source>∂f/∂%s: no analytic derivative: %s</source>
            <translation>∂f/∂%s：解析的な微分なし：%s</translation>
        </message>
        <message>
            <source>No analytic value at (%s, %s): f has a corner, a jump or no finite slope there.</source>
            <translation>(%s, %s) では解析的な値がありません：f はそこで角や跳びがあるか、有限の傾きがありません。</translation>
        </message>
        <message>
            <source>Problem 1: fix x1 = 4, so f becomes x0² + 4² — a function of x0 alone. Its slope at x0 = 3 (top slice) is ∂f/∂x0 = %s; the exact value is 2·x0 = 6.</source>
            <translation>問 1：x1 = 4 に固定すると f は x0² + 4²、x0 だけの関数になります。x0 = 3 での傾き（上の断面）は ∂f/∂x0 = %s、正確な値は 2·x0 = 6 です。</translation>
        </message>
        <message>
            <source>Problem 2: fix x0 = 3, so f becomes 3² + x1² — a function of x1 alone. Its slope at x1 = 4 (bottom slice) is ∂f/∂x1 = %s; the exact value is 2·x1 = 8.</source>
            <translation>問 2：x0 = 3 に固定すると f は 3² + x1²、x1 だけの関数になります。x1 = 4 での傾き（下の断面）は ∂f/∂x1 = %s、正確な値は 2·x1 = 8 です。</translation>
        </message>
        <message>
            <source>x0, x1 from</source>
            <translation>x0、x1 の範囲</translation>
        </message>
        <message>
            <source>point x0</source>
            <translation>点 x0</translation>
        </message>
        <message>
            <source>point x1</source>
            <translation>点 x1</translation>
        </message>
        <message>
            <source>Or click the heatmap, or drag its target.</source>
            <translation>ヒートマップをクリックするか、目標点をドラッグしても選べます。</translation>
        </message>
        <message>
            <source>Central difference, as the book: (f(x+h) − f(x−h)) / 2h along one variable, the other fixed.&lt;br&gt;&lt;span style='color:#d50000'&gt;━ numerical tangent&lt;/span&gt;&lt;br&gt;&lt;span style='color:#2e7d32'&gt;╍ analytic tangent&lt;/span&gt;</source>
            <translation>本と同じ中心差分：一方の変数を固定し、もう一方に沿って (f(x+h) − f(x−h)) / 2h。&lt;br&gt;&lt;span style='color:#d50000'&gt;━ 数値微分の接線&lt;/span&gt;&lt;br&gt;&lt;span style='color:#2e7d32'&gt;╍ 解析的な接線&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Heatmap and contours</source>
            <translation>ヒートマップと等高線</translation>
        </message>
        <message>
            <source>3-D surface (fig 4-8)</source>
            <translation>3D 曲面（図 4-8）</translation>
        </message>
    </context>
    <context>
        <name>PlanePlot</name>
        <message>
            <source>Arrow keys move the cross, Enter adds a point there</source>
            <translation>矢印キーで十字を動かし、Enter でそこに点を追加します</translation>
        </message>
    </context>
    <context>
        <name>PlayBar</name>
        <message>
            <source>Speed: %s steps/s</source>
            <translation>速度：%s ステップ/秒</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>1 ステップ</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>Play or pause (space)</source>
            <translation>再生・一時停止（スペース）</translation>
        </message>
        <message>
            <source>One step (→)</source>
            <translation>1 ステップ進める（→）</translation>
        </message>
        <message>
            <source>Back to the start (R)</source>
            <translation>最初に戻る（R）</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundControls</name>
        <message>
            <source>Output p(class 1)</source>
            <translation>出力 p(クラス 1)</translation>
        </message>
        <message>
            <source>Input %s</source>
            <translation>入力 %s</translation>
        </message>
        <message>
            <source>Layer %d, neuron %d</source>
            <translation>第 %d 層、ニューロン %d</translation>
        </message>
        <message>
            <source>Hidden layers: %d</source>
            <translation>隠れ層：%d</translation>
        </message>
        <message>
            <source>Layer %d: %d neurons</source>
            <translation>第 %d 層：ニューロン %d 個</translation>
        </message>
        <message>
            <source>The network needs at least one input.</source>
            <translation>ニューラルネットワークには少なくとも 1 つの入力が必要です。</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>データセット</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>シグモイド関数</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU 関数</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>tanh 関数</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>恒等関数</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD（確率的勾配降下法）</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum（モーメンタム）</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov（先読みのモーメンタム）</translation>
        </message>
        <message>
            <source>AdaGrad</source>
            <translation>AdaGrad（学習率を適応的に調整）</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop（過去を忘れていく AdaGrad）</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam（Momentum + AdaGrad）</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>円</translation>
        </message>
        <message>
            <source>xor (exclusive or)</source>
            <translation>xor（排他的論理和）</translation>
        </message>
        <message>
            <source>two Gaussian blobs</source>
            <translation>2 つのガウス分布の塊</translation>
        </message>
        <message>
            <source>spiral</source>
            <translation>らせん</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>ノイズ</translation>
        </message>
        <message>
            <source>Training share</source>
            <translation>訓練データの割合</translation>
        </message>
        <message>
            <source>The share of the points the network trains on; the rest test it.</source>
            <translation>学習に使う点の割合。残りの点でテストします。</translation>
        </message>
        <message>
            <source>A click on the plane adds</source>
            <translation>平面をクリックして追加する点</translation>
        </message>
        <message>
            <source>blue (class 1)</source>
            <translation>青（クラス 1）</translation>
        </message>
        <message>
            <source>orange (class 0)</source>
            <translation>オレンジ（クラス 0）</translation>
        </message>
        <message>
            <source>Map shown large</source>
            <translation>大きく表示するマップ</translation>
        </message>
        <message>
            <source>The same as a click on a neuron in the network graph</source>
            <translation>ネットワーク図でニューロンをクリックするのと同じです</translation>
        </message>
        <message>
            <source>Inputs (features)</source>
            <translation>入力（特徴）</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ニューラルネットワーク</translation>
        </message>
        <message>
            <source>Remove the last hidden layer</source>
            <translation>最後の隠れ層を取り除く</translation>
        </message>
        <message>
            <source>Add a hidden layer (at most %d)</source>
            <translation>隠れ層を追加（%d 層まで）</translation>
        </message>
        <message>
            <source>One neuron less</source>
            <translation>ニューロンを 1 個減らす</translation>
        </message>
        <message>
            <source>One neuron more (at most %d)</source>
            <translation>ニューロンを 1 個増やす（%d 個まで）</translation>
        </message>
        <message>
            <source>Neurons per hidden layer (type e.g. 8, 8; empty: none)</source>
            <translation>隠れ層ごとのニューロン数（例：8, 8。空欄：隠れ層なし）</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>活性化関数</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Learning rate lr (η)</source>
            <translation>学習率 lr（η）</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>Weight decay λ (L2)</source>
            <translation>Weight decay λ（L2）</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <source>full batch</source>
            <translation>全データ</translation>
        </message>
        <message>
            <source>Points per update; 0 = full batch (every training point).</source>
            <translation>1 回の更新に使う点の数。0 = 訓練データ全部。</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundSection</name>
        <message>
            <source>The weights stopped being finite numbers: the learning rate is too large for this network. Lower it and press Reset (R).</source>
            <translation>重みが有限の数でなくなりました。このネットワークには学習率が大きすぎます。学習率を下げてリセット（R）を押してください。</translation>
        </message>
        <message>
            <source>Epoch %d · iteration %d
Loss: train %s, test %s · accuracy: train %s, test %s</source>
            <translation>エポック %d · 繰り返し %d
損失：訓練 %s、テスト %s · 認識精度：訓練 %s、テスト %s</translation>
        </message>
        <message>
            <source>DIVERGED at iteration %d. The last finite boundary stays.</source>
            <translation>繰り返し %d で発散。最後の有限な境界を残します。</translation>
        </message>
        <message>
            <source>layer %d</source>
            <translation>第 %d 層</translation>
        </message>
        <message>
            <source>inputs</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Weight to the output: W%d[%d, 1] − W%d[%d, 0] = %s</source>
            <translation>出力への重み：W%d[%d, 1] − W%d[%d, 0] = %s</translation>
        </message>
        <message>
            <source>Weight W%d[%d, %d] = %s</source>
            <translation>重み W%d[%d, %d] = %s</translation>
        </message>
        <message>
            <source>Input %s</source>
            <translation>入力 %s</translation>
        </message>
        <message>
            <source>Output p(class 1): bias b%d[1] − b%d[0] = %s</source>
            <translation>出力 p(クラス 1)：バイアス b%d[1] − b%d[0] = %s</translation>
        </message>
        <message>
            <source>Layer %d, neuron %d: bias b%d[%d] = %s</source>
            <translation>第 %d 層、ニューロン %d：バイアス b%d[%d] = %s</translation>
        </message>
        <message>
            <source>Layer %d, neuron %d</source>
            <translation>第 %d 層、ニューロン %d</translation>
        </message>
        <message>
            <source>x0</source>
            <translation>x0</translation>
        </message>
        <message>
            <source>x1</source>
            <translation>x1</translation>
        </message>
        <message>
            <source>train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>test</source>
            <translation>テスト</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>点</translation>
        </message>
        <message>
            <source>set</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>class</source>
            <translation>クラス</translation>
        </message>
        <message>
            <source>Weights (the output's: W[i, 1] − W[i, 0])</source>
            <translation>重み（出力へは W[i, 1] − W[i, 0]）</translation>
        </message>
        <message>
            <source>from layer</source>
            <translation>始点の層</translation>
        </message>
        <message>
            <source>from neuron</source>
            <translation>始点のニューロン</translation>
        </message>
        <message>
            <source>to neuron</source>
            <translation>終点のニューロン</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>重み</translation>
        </message>
        <message>
            <source>The run diverged: press Reset (R) to start again.</source>
            <translation>学習が発散しました。リセット（R）を押してやり直してください。</translation>
        </message>
        <message>
            <source>Press Play (space) to train. Click the plane to add a point. Hover a weight to read it; click a neuron to see its map large, click it again to go back.</source>
            <translation>再生（スペース）で学習を始めます。平面をクリックすると点を追加します。重みを指すと値が読めます。ニューロンをクリックするとその出力を大きく表示し、もう一度クリックすると戻ります。</translation>
        </message>
        <message>
            <source>The network</source>
            <translation>ニューラルネットワーク</translation>
        </message>
        <message>
            <source>Loss per epoch</source>
            <translation>エポックごとの損失</translation>
        </message>
        <message>
            <source>Output p(class 1)</source>
            <translation>出力 p(クラス 1)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>train loss</source>
            <translation>訓練の損失</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>テストの損失</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>f(x) = 0.01x² + 0.1x with its tangents at x = 5 and x = 10 (central difference, h = 1e-4), fig 4-7</source>
            <translation>f(x) = 0.01x² + 0.1x と x = 5、x = 10 での接線（中心差分、h = 1e-4）、図 4-7</translation>
        </message>
        <message>
            <source>The book's bad implementation: forward difference with h = 10e-50 gives slope 0</source>
            <translation>本の悪い実装例：h = 10e-50 の前方差分では傾きが 0</translation>
        </message>
        <message>
            <source>Fig 4-10: f = x0² + x1² from (−3, 4), lr = 0.1, 100 steps</source>
            <translation>図 4-10：f = x0² + x1²、(−3, 4) から、lr = 0.1、100 ステップ</translation>
        </message>
        <message>
            <source>lr = 10 is too large: the values diverge to about 1e13</source>
            <translation>lr = 10 は大きすぎる：値が約 1e13 まで発散</translation>
        </message>
        <message>
            <source>lr = 1e-10 is too small: x barely moves</source>
            <translation>lr = 1e-10 は小さすぎる：x がほとんど動かない</translation>
        </message>
        <message>
            <source>The three learning rates of the book racing from (−3, 4)</source>
            <translation>本の 3 つの学習率が (−3, 4) から競争</translation>
        </message>
        <message>
            <source>A saddle x0² − x1²: no minimum, the path slides away</source>
            <translation>鞍点 x0² − x1²：最小値がなく、経路は滑り落ちていく</translation>
        </message>
        <message>
            <source>Rosenbrock's valley: fast fall, slow crawl to (1, 1)</source>
            <translation>ローゼンブロックの谷：速く落ち、(1, 1) へゆっくり進む</translation>
        </message>
        <message>
            <source>Fig 6-8: SGD, Momentum, AdaGrad and Adam on f = x²/20 + y² from (−7, 2), 30 steps</source>
            <translation>図 6-8：f = x²/20 + y² 上の SGD、Momentum、AdaGrad、Adam、(−7, 2) から 30 ステップ</translation>
        </message>
        <message>
            <source>A saddle with two valleys: who leaves the ridge first</source>
            <translation>2 つの谷がある鞍点：誰が最初に尾根を離れるか</translation>
        </message>
        <message>
            <source>A plateau: SGD crawls where RMSprop and Adam keep their pace</source>
            <translation>平坦な台地：SGD はのろのろ進み、RMSprop と Adam は速さを保つ</translation>
        </message>
        <message>
            <source>Fig 4-9: −∇f of f = x0² + x1² on arange(-2, 2.5, 0.25)</source>
            <translation>図 4-9：arange(-2, 2.5, 0.25) 上の f = x0² + x1² の −∇f</translation>
        </message>
        <message>
            <source>A saddle f = x0² − x1²: downhill along x1, uphill along x0</source>
            <translation>鞍点 f = x0² − x1²：x1 方向には下り、x0 方向には上り</translation>
        </message>
        <message>
            <source>Rosenbrock's valley: steep walls, an almost flat floor</source>
            <translation>ローゼンブロックの谷：急な壁とほとんど平らな谷底</translation>
        </message>
        <message>
            <source>4.2.1: digit 2 gets 0.6 — MSE 0.0975, CE 0.5108</source>
            <translation>4.2.1：数字 2 が 0.6 ― 2乗和誤差 0.0975、交差エントロピー誤差 0.5108</translation>
        </message>
        <message>
            <source>4.2.1: digit 7 gets 0.6 — MSE 0.5975, CE 2.3026</source>
            <translation>4.2.1：数字 7 が 0.6 ― 2乗和誤差 0.5975、交差エントロピー誤差 2.3026</translation>
        </message>
        <message>
            <source>y_t = 0: the 1e-7 guard gives 16.1 instead of infinity</source>
            <translation>y_t = 0：1e-7 の保護項で無限大ではなく 16.1</translation>
        </message>
        <message>
            <source>4.2.3: np.random.choice(60000, 10) from MNIST</source>
            <translation>4.2.3：MNIST から np.random.choice(60000, 10)</translation>
        </message>
        <message>
            <source>4.2.5: accuracy is a staircase, the loss is smooth</source>
            <translation>4.2.5：認識精度は階段状、損失はなめらか</translation>
        </message>
        <message>
            <source>The book's simpleNet: its W, x = (0.6, 0.9), t = (0, 0, 1); nudge w11 by 0.1</source>
            <translation>本の simpleNet：その W、x = (0.6, 0.9)、t = (0, 0, 1)。w11 を 0.1 動かす</translation>
        </message>
        <message>
            <source>Nudge w23 by 2.5: the real ΔL parts from the line dW·δ</source>
            <translation>w23 を 2.5 動かす：実際の ΔL が直線 dW·δ から離れる</translation>
        </message>
        <message>
            <source>A random W = np.random.randn(2, 3) with seed 0</source>
            <translation>ランダムな W = np.random.randn(2, 3)、シード 0</translation>
        </message>
        <message>
            <source>The book's W after 50 gradient steps with lr = 1</source>
            <translation>本の W を lr = 1 で 50 ステップ勾配降下した後</translation>
        </message>
        <message>
            <source>Exactly 4.5: 10 000 iterations, batch 100, lr 0.1, 50 hidden neurons, all 60 000 training images</source>
            <translation>4.5 とまったく同じ：10 000 回、バッチ 100、lr 0.1、隠れニューロン 50 個、訓練画像 60 000 枚すべて</translation>
        </message>
        <message>
            <source>Only 300 training images: train accuracy reaches 1 while test accuracy stays behind (4.1.2)</source>
            <translation>訓練画像 300 枚だけ：訓練の認識精度は 1 に達するが、テストの認識精度は取り残される（4.1.2）</translation>
        </message>
        <message>
            <source>Fig 6-9: SGD, Momentum, AdaGrad and Adam train 784-100-100-100-100-10 (ReLU, He) on the same mini-batches for 2000 iterations</source>
            <translation>図 6-9：SGD、Momentum、AdaGrad、Adam が同じミニバッチで 784-100-100-100-100-10（ReLU、He）を 2000 回学習</translation>
        </message>
        <message>
            <source>Fig 6-15: initial weights with std 0.01, Xavier and He, SGD lr 0.01, 2000 iterations</source>
            <translation>図 6-15：重みの初期値を標準偏差 0.01、Xavier、He にして、SGD lr 0.01、2000 回</translation>
        </message>
        <message>
            <source>Figs 6-10 … 6-14: each layer's activations for sigmoid and ReLU with different initial weights</source>
            <translation>図 6-10 … 6-14：重みの初期値を変えたときの sigmoid と ReLU の各層のアクティベーション</translation>
        </message>
        <message>
            <source>Fig 6-20: six hidden layers, 300 images: without weight decay it overfits, λ = 0.1 narrows the gap</source>
            <translation>図 6-20：隠れ層 6 つ、画像 300 枚：Weight decay なしでは過学習し、λ = 0.1 で差が縮まる</translation>
        </message>
        <message>
            <source>Problem 1: ∂f/∂x0 at x0 = 3, x1 = 4 (fix x1 = 4), the book's 6.00000000000378</source>
            <translation>問 1：x0 = 3、x1 = 4 での ∂f/∂x0（x1 = 4 に固定）、本の値 6.00000000000378</translation>
        </message>
        <message>
            <source>Problem 2: ∂f/∂x1 at x0 = 3, x1 = 4 (fix x0 = 3), the book's 7.999999999999119</source>
            <translation>問 2：x0 = 3、x1 = 4 での ∂f/∂x1（x0 = 3 に固定）、本の値 7.999999999999119</translation>
        </message>
        <message>
            <source>Fig 4-8: the surface of x0² + x1² over −3 … 3 in 3-D (the heatmap where there is no OpenGL)</source>
            <translation>図 4-8：−3 … 3 での x0² + x1² の 3D 曲面（OpenGL がない場合はヒートマップ）</translation>
        </message>
        <message>
            <source>xor: four tanh neurons bend the boundary around the quadrants</source>
            <translation>xor：4 個の tanh ニューロンが境界を象限に沿って曲げる</translation>
        </message>
        <message>
            <source>A circle inside a ring: four tanh neurons draw a closed boundary</source>
            <translation>リングの中の円：4 個の tanh ニューロンが閉じた境界を描く</translation>
        </message>
        <message>
            <source>Two spirals: two hidden layers of 8 neurons (Adam) separate them</source>
            <translation>2 本のらせん：ニューロン 8 個の隠れ層 2 層（Adam）で分ける</translation>
        </message>
        <message>
            <source>xor without a hidden layer: a straight boundary cannot do it</source>
            <translation>隠れ層なしの xor：直線の境界ではできない</translation>
        </message>
        <message>
            <source>The circle with inputs x0² and x1²: separable without a hidden layer</source>
            <translation>入力 x0² と x1² の円：隠れ層なしで分けられる</translation>
        </message>
    </context>
    <context>
        <name>RacePanel</name>
        <message>
            <source>update %d: x_%d → x_%d</source>
            <translation>%d 回目の更新：x_%d → x_%d</translation>
        </message>
        <message>
            <source>&lt;b&gt;At the end&lt;/b&gt; (first step with f &amp;lt; 1e-3):</source>
            <translation>&lt;b&gt;終了時&lt;/b&gt;（f &amp;lt; 1e-3 となった最初のステップ）：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>step %d</source>
            <translation>ステップ %d</translation>
        </message>
        <message>
            <source>all racers</source>
            <translation>すべての走者</translation>
        </message>
        <message>
            <source>Draw for</source>
            <translation>描く対象</translation>
        </message>
        <message>
            <source>path</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>The path x_0, x_1, … up to the step shown</source>
            <translation>表示中のステップまでの経路 x_0、x_1、…</translation>
        </message>
        <message>
            <source>−η∇f</source>
            <translation>−η∇f</translation>
        </message>
        <message>
            <source>−η·∇f: where plain SGD with this racer's η would step (dotted arrow)</source>
            <translation>−η·∇f：この走者の η で普通の SGD なら進む先（点線の矢印）</translation>
        </message>
        <message>
            <source>velocity</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Momentum's and Nesterov's velocity v; Adam's mean gradient m as −η_t·m (dash-dot arrow)</source>
            <translation>Momentum と Nesterov の速度 v。Adam の勾配の平均 m は −η_t·m として（一点鎖線の矢印）</translation>
        </message>
        <message>
            <source>√h squares</source>
            <translation>√h の四角</translation>
        </message>
        <message>
            <source>The sum of squared gradients h (AdaGrad, RMSprop; Adam's v): sides η·√h per coordinate. The larger, the more that coordinate's step is divided down</source>
            <translation>勾配の 2 乗の和 h（AdaGrad、RMSprop、Adam の v）：座標ごとの辺の長さ η·√h。大きいほど、その座標の一歩は小さく割られます</translation>
        </message>
        <message>
            <source>step taken</source>
            <translation>実際の一歩</translation>
        </message>
        <message>
            <source>The step the optimizer actually took (black arrow)</source>
            <translation>最適化手法が実際に進んだ一歩（黒い矢印）</translation>
        </message>
        <message>
            <source>Step card of</source>
            <translation>更新カード：</translation>
        </message>
    </context>
    <context>
        <name>RangeInput</name>
        <message>
            <source>The range needs 'from' &lt; 'to'; the plot keeps %s to %s.</source>
            <translation>範囲は「から」&lt;「まで」でなければなりません。グラフは %s から %s のままです。</translation>
        </message>
        <message>
            <source>to</source>
            <translation>まで</translation>
        </message>
    </context>
    <context>
        <name>RecentMenu</name>
        <message>
            <source>Clear the list</source>
            <translation>一覧を消去</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>&amp;Open scenario…</source>
            <translation>シナリオを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save scenario…</source>
            <translation>シナリオを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>Save this view (or the open deck) as a .glab file</source>
            <translation>今の画面（または開いているデッキ）を .glab ファイルとして保存</translation>
        </message>
        <message>
            <source>&amp;Add this view to the deck</source>
            <translation>今の画面をデッキに追加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Deck panel</source>
            <translation>デッキのパネル(&amp;D)</translation>
        </message>
        <message>
            <source>Copy as &amp;Python</source>
            <translation>&amp;Python としてコピー</translation>
        </message>
        <message>
            <source>Save as P&amp;ython…</source>
            <translation>P&amp;ython として保存…</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>シナリオを開く</translation>
        </message>
        <message>
            <source>Gradient Lab scenario (*.glab)</source>
            <translation>勾配ラボのシナリオ (*.glab)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Opened %s</source>
            <translation>%s を開きました</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>シナリオを保存</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>%s を保存しました</translation>
        </message>
        <message>
            <source>Scene %d added to the deck.</source>
            <translation>シーン %d をデッキに追加しました。</translation>
        </message>
        <message>
            <source>The deck is not saved</source>
            <translation>デッキが保存されていません</translation>
        </message>
        <message>
            <source>The deck's %d scenes have changes that are not saved. Save the deck first?</source>
            <translation>デッキの %d 個のシーンに保存されていない変更があります。先にデッキを保存しますか？</translation>
        </message>
        <message>
            <source>the deck</source>
            <translation>デッキ</translation>
        </message>
        <message>
            <source>This is the last scene of the deck.</source>
            <translation>デッキの最後のシーンです。</translation>
        </message>
        <message>
            <source>This is the first scene of the deck.</source>
            <translation>デッキの最初のシーンです。</translation>
        </message>
        <message>
            <source>A Python script of this view is on the clipboard (%d lines, NumPy only).</source>
            <translation>この画面の Python スクリプトをクリップボードにコピーしました（%d 行、NumPy だけで動きます）。</translation>
        </message>
        <message>
            <source>Save as Python</source>
            <translation>Python として保存</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python スクリプト (*.py)</translation>
        </message>
    </context>
    <context>
        <name>SceneLabel</name>
        <message>
            <source>scene %d / %d</source>
            <translation>シーン %d / %d</translation>
        </message>
    </context>
    <context>
        <name>SectionBase</name>
        <message>
            <source>Book examples:</source>
            <translation>本の例：</translation>
        </message>
    </context>
    <context>
        <name>SectionInfo</name>
        <message>
            <source>Loss functions</source>
            <translation>損失関数</translation>
        </message>
        <message>
            <source>A network learns by searching for the weights that make a loss function as small as possible. The loss says how far the output y is from the correct label t: mean squared error compares every class, cross-entropy only looks at the probability given to the correct one. Accuracy cannot guide learning: it does not change when a weight moves a little.</source>
            <translation>ニューラルネットワークの学習とは、損失関数をできるだけ小さくする重みを探すことです。損失は出力 y が正解ラベル t からどれだけ離れているかを表します。2乗和誤差はすべてのクラスを比べ、交差エントロピー誤差は正解に与えた確率だけを見ます。認識精度は学習の指標になりません：重みを少し動かしても変わらないからです。</translation>
        </message>
        <message>
            <source>Numerical differentiation</source>
            <translation>数値微分</translation>
        </message>
        <message>
            <source>The derivative is the slope of f at one point. A computer approximates it with a small difference h: the central difference with h = 1e-4 is accurate, while a tiny h such as 1e-50 is lost to rounding error and gives 0.</source>
            <translation>微分は f のある点での傾きです。コンピュータは小さな差分 h で近似します：h = 1e-4 の中心差分は正確ですが、1e-50 のように小さすぎる h は丸め誤差に埋もれて 0 になります。</translation>
        </message>
        <message>
            <source>Partial derivatives</source>
            <translation>偏微分</translation>
        </message>
        <message>
            <source>A function of two variables has a slope in each direction. The partial derivative with respect to x0 fixes x1 and differentiates the resulting one-variable function.</source>
            <translation>2 変数の関数には方向ごとに傾きがあります。x0 についての偏微分は、x1 を固定してできる 1 変数の関数を微分したものです。</translation>
        </message>
        <message>
            <source>Gradient</source>
            <translation>勾配</translation>
        </message>
        <message>
            <source>The gradient collects all partial derivatives into one vector. It points where f grows fastest, so its negative, −∇f, points in the direction of steepest descent: the arrows show −∇f, and they grow longer far from the minimum.</source>
            <translation>勾配はすべての変数の偏微分をまとめたベクトルです。f が最も速く増える向きを指すので、その逆 −∇f は最も急な下りの向きを指します。矢印は −∇f を表し、最小値から遠いほど長くなります。</translation>
        </message>
        <message>
            <source>Gradient descent</source>
            <translation>勾配法</translation>
        </message>
        <message>
            <source>Gradient descent repeatedly takes a step of size η (the learning rate) against the gradient. The learning rate is a hyperparameter: too large and the values diverge, too small and they barely move.</source>
            <translation>勾配法（勾配降下法）は、勾配と逆向きに大きさ η（学習率）の一歩を繰り返し進みます。学習率はハイパーパラメータです：大きすぎると発散し、小さすぎるとほとんど動きません。</translation>
        </message>
        <message>
            <source>Gradient of a neural network</source>
            <translation>ニューラルネットワークに対する勾配</translation>
        </message>
        <message>
            <source>The gradient of the loss L with respect to the weight matrix W has the shape of W. Each entry says how much L changes when that one weight moves a little: ∂L/∂w11 ≈ 0.2 means L rises by about 0.2h when w11 grows by h.</source>
            <translation>重み行列 W に関する損失関数 L の勾配は W と同じ形です。各要素は、その重みを少し動かしたときに L がどれだけ変わるかを表します：∂L/∂w11 ≈ 0.2 は、w11 を h 増やすと L が約 0.2h 増えることを意味します。</translation>
        </message>
        <message>
            <source>Training a two-layer network</source>
            <translation>2 層ニューラルネットワークの学習</translation>
        </message>
        <message>
            <source>Stochastic gradient descent: (1) draw a random mini-batch, (2) compute the gradient of the loss for every weight, (3) step every weight against its gradient, (4) repeat. Each epoch the accuracy on the training and the test data is measured to check that the network generalises.</source>
            <translation>確率的勾配降下法（SGD）：(1) ランダムにミニバッチを選ぶ、(2) 各重みについて損失関数の勾配を求める、(3) 各重みを勾配と逆向きに少し更新する、(4) 繰り返す。エポックごとに訓練データとテストデータの認識精度を測り、ニューラルネットワークが汎化しているかを確かめます。</translation>
        </message>
        <message>
            <source>Playground: a network learning the plane</source>
            <translation>プレイグラウンド：平面を学習するニューラルネットワーク</translation>
        </message>
        <message>
            <source>The same training on points in the plane, where the function a network has learned can be seen: the colour is the output p(class 1) at every point, the boundary is where p = 0.5, and each hidden neuron shows its own output. Without a hidden layer the boundary is a straight line; hidden layers (or inputs such as x0²) let it bend.</source>
            <translation>同じ学習を平面上の点で行うと、ニューラルネットワークが学習した関数が見えます。色は各点の出力 p(クラス 1)、境界は p = 0.5 となるところ、隠れ層の各ニューロンは自分の出力を表示します。隠れ層がなければ境界は直線です。隠れ層（または x0² のような入力）があると曲がります。</translation>
        </message>
    </context>
    <context>
        <name>SlopeTable</name>
        <message>
            <source>Slope at this x and h in each scheme and precision:</source>
            <translation>この x と h での、差分の方式と精度ごとの傾き：</translation>
        </message>
        <message>
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <source>forward</source>
            <translation>前方差分</translation>
        </message>
    </context>
    <context>
        <name>StatusTable</name>
        <message>
            <source>DIVERGED at step %d: the values grew past %s. Last finite x = %s</source>
            <translation>ステップ %d で発散：値が %s を超えました。最後の有限な x = %s</translation>
        </message>
        <message>
            <source>STALLED: x moved only %s in %d steps; ends at %s</source>
            <translation>停滞：x は %s しか動きませんでした（%d ステップ）。終点 %s</translation>
        </message>
    </context>
    <context>
        <name>StepsInput</name>
        <message>
            <source>'%s' is not a number of steps; type e.g. 100. The previous %d steps stay.</source>
            <translation>「%s」はステップ数ではありません。たとえば 100 と入力してください。前の %d ステップのままです。</translation>
        </message>
        <message>
            <source>The previous %d steps stay.</source>
            <translation>前の %d ステップのままです。</translation>
        </message>
        <message>
            <source>%s steps would take too long: capped at %d.</source>
            <translation>%s ステップは時間がかかりすぎます：%d に制限しました。</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>ステップ数</translation>
        </message>
        <message>
            <source>1 … %d gradient steps per Run</source>
            <translation>1 回の実行で 1 … %d 勾配ステップ</translation>
        </message>
    </context>
    <context>
        <name>SurfaceView</name>
        <message>
            <source>the '%s' display platform has no OpenGL</source>
            <translation>表示プラットフォーム「%s」には OpenGL がありません</translation>
        </message>
        <message>
            <source>PyOpenGL cannot be loaded (%s)</source>
            <translation>PyOpenGL を読み込めません（%s）</translation>
        </message>
        <message>
            <source>no OpenGL context could be created</source>
            <translation>OpenGL コンテキストを作成できません</translation>
        </message>
        <message>
            <source>the OpenGL context cannot be made current</source>
            <translation>OpenGL コンテキストを有効にできません</translation>
        </message>
    </context>
    <context>
        <name>TimeHeatmaps</name>
        <message>
            <source>iteration</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <source>value</source>
            <translation>値</translation>
        </message>
    </context>
    <context>
        <name>TrainingControls</name>
        <message>
            <source>The learning rate must be greater than 0 (the book uses 0.1).</source>
            <translation>学習率は 0 より大きくなければなりません（本では 0.1）。</translation>
        </message>
        <message>
            <source>max</source>
            <translation>最大</translation>
        </message>
        <message>
            <source>%d it/s</source>
            <translation>%d 回/秒</translation>
        </message>
        <message>
            <source>Demo speed: %s</source>
            <translation>デモの速度：%s</translation>
        </message>
        <message>
            <source>▶ Start</source>
            <translation>▶ 開始</translation>
        </message>
        <message>
            <source>▶ Resume</source>
            <translation>▶ 再開</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>→ Step</source>
            <translation>→ 1 ステップ</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ 停止</translation>
        </message>
        <message>
            <source>⟲ Reset</source>
            <translation>⟲ リセット</translation>
        </message>
        <message>
            <source>Start a new training run from fresh weights (space)</source>
            <translation>新しい重みから学習を始める（スペース）</translation>
        </message>
        <message>
            <source>Exactly one iteration (→)</source>
            <translation>ちょうど 1 回だけ（→）</translation>
        </message>
        <message>
            <source>Stop and clear the plots (R)</source>
            <translation>停止してグラフを消去（R）</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Train acc</source>
            <translation>訓練の認識精度</translation>
        </message>
        <message>
            <source>Test acc</source>
            <translation>テストの認識精度</translation>
        </message>
        <message>
            <source>Learning rate lr (live)</source>
            <translation>学習率 lr（実行中に変更可）</translation>
        </message>
        <message>
            <source>Smoothed loss</source>
            <translation>平滑化した損失</translation>
        </message>
        <message>
            <source>Orange line: the mean loss of the 50 iterations before and the 50 after each one, so it does not lag behind; at the newest 50 iterations, an exponentially weighted trend line</source>
            <translation>オレンジの線：各回の前 50 回と後 50 回の平均損失なので遅れません。最新の 50 回は指数加重の傾向線です</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>繰り返し回数</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <source>Hidden size</source>
            <translation>隠れ層のサイズ</translation>
        </message>
        <message>
            <source>Weight init std</source>
            <translation>初期値の標準偏差</translation>
        </message>
        <message>
            <source>Gradient</source>
            <translation>勾配</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精度（データ型）</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>乱数シード</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>訓練画像</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>サンプリング</translation>
        </message>
        <message>
            <source>backprop (ch. 5)</source>
            <translation>逆伝播（5 章）</translation>
        </message>
        <message>
            <source>numerical (vectorised)</source>
            <translation>数値微分（ベクトル化）</translation>
        </message>
        <message>
            <source>numerical (book's loop, very slow)</source>
            <translation>数値微分（本のループ、非常に遅い）</translation>
        </message>
        <message>
            <source>random choice (book)</source>
            <translation>ランダムに選択（本の方法）</translation>
        </message>
        <message>
            <source>shuffled epochs</source>
            <translation>エポックごとにシャッフル</translation>
        </message>
        <message>
            <source>Neurons in each hidden layer (the book's 4.5 network has 50)</source>
            <translation>各隠れ層のニューロン数（本の 4.5 のネットワークは 50）</translation>
        </message>
        <message>
            <source>The initial weights' standard deviation when 'Initial weights' is 'std' (the book uses 0.01)</source>
            <translation>「重みの初期値」が「標準偏差」のときの標準偏差（本では 0.01）</translation>
        </message>
        <message>
            <source>Fewer training images make the network overfit (4.1.2)</source>
            <translation>訓練画像が少ないと過学習します（4.1.2）</translation>
        </message>
        <message>
            <source>Hyperparameters (book 4.5.2)</source>
            <translation>ハイパーパラメータ（本の 4.5.2）</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Save weights…</source>
            <translation>重みを保存…</translation>
        </message>
        <message>
            <source>Load weights…</source>
            <translation>重みを読み込む…</translation>
        </message>
        <message>
            <source>Export loss/accuracy CSV…</source>
            <translation>損失・認識精度を CSV にエクスポート…</translation>
        </message>
        <message>
            <source>random choice</source>
            <translation>ランダム選択</translation>
        </message>
        <message>
            <source>Iterations must be at least 1.</source>
            <translation>繰り返し回数は 1 以上にしてください。</translation>
        </message>
        <message>
            <source>Hidden size must be at least 1 neuron (the book uses 50).</source>
            <translation>隠れ層のニューロンは 1 個以上にしてください（本では 50）。</translation>
        </message>
        <message>
            <source>The training set needs at least 1 image.</source>
            <translation>訓練データには 1 枚以上の画像が必要です。</translation>
        </message>
        <message>
            <source>Batch size must be at least 1 (the book uses 100).</source>
            <translation>バッチサイズは 1 以上にしてください（本では 100）。</translation>
        </message>
        <message>
            <source>Batch size %d is larger than the training set (%d images): lower the batch size or use more training images.</source>
            <translation>バッチサイズ %d が訓練データ（%d 枚）より大きいです：バッチサイズを小さくするか、訓練画像を増やしてください。</translation>
        </message>
        <message>
            <source>The learning rate must be greater than 0.</source>
            <translation>学習率は 0 より大きくなければなりません。</translation>
        </message>
        <message>
            <source>The weight init std must be a finite number.</source>
            <translation>重みの初期値の標準偏差は有限の数でなければなりません。</translation>
        </message>
        <message>
            <source>Preparing the fast training step — first start only…</source>
            <translation>高速な学習ステップを準備しています ― 初回の起動時のみ…</translation>
        </message>
        <message>
            <source> · %s s left</source>
            <translation> · 残り %s 秒</translation>
        </message>
        <message>
            <source>%d/%d · %s it/s%s</source>
            <translation>%d/%d · %s 回/秒%s</translation>
        </message>
    </context>
    <context>
        <name>TrainingSection</name>
        <message>
            <source>MNIST could not be loaded: %s</source>
            <translation>MNIST を読み込めませんでした：%s</translation>
        </message>
        <message>
            <source>The loss stays far above 2.3 (guessing) instead of falling: learning rate %s is too large and training diverges. Try 0.1 (the book's value).</source>
            <translation>損失が下がらず 2.3（当てずっぽうの水準）を大きく上回ったままです：学習率 %s が大きすぎて発散しています。0.1（本の値）を試してください。</translation>
        </message>
        <message>
            <source>Loading MNIST…</source>
            <translation>MNIST を読み込み中…</translation>
        </message>
        <message>
            <source>The loaded weights are a %s network (%d hidden layers): set the hidden layers and hidden size to match or press Reset.</source>
            <translation>読み込んだ重みは %s のネットワーク（隠れ層 %d 層）のものです。隠れ層の数とサイズを合わせるか、「リセット」を押してください。</translation>
        </message>
        <message>
            <source>The book's element-by-element loop needs about 40 s per iteration on MNIST: watch a few steps, then compare with backprop.</source>
            <translation>本の要素ごとのループは MNIST で 1 回あたり約 40 秒かかります：数ステップ見たら、誤差逆伝播法と比べてください。</translation>
        </message>
        <message>
            <source>Learning rate %s is very large: expect the loss to diverge.</source>
            <translation>学習率 %s はとても大きいです：損失が発散するでしょう。</translation>
        </message>
        <message>
            <source>Training diverged at iteration %d: the loss became %s. Lower the learning rate (the book uses 0.1) and check the data for NaN.</source>
            <translation>繰り返し %d 回目で学習が発散しました：損失が %s になりました。学習率を下げ（本では 0.1）、データに NaN がないか確認してください。</translation>
        </message>
        <message>
            <source>Training stopped with an error: %s</source>
            <translation>エラーで学習が止まりました：%s</translation>
        </message>
    </context>
    <context>
        <name>TrainingViews</name>
        <message>
            <source>Learning curves</source>
            <translation>学習曲線</translation>
        </message>
        <message>
            <source>Predictions</source>
            <translation>予測</translation>
        </message>
        <message>
            <source>Numerical vs backprop</source>
            <translation>数値微分 対 誤差逆伝播法</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>数字を書く</translation>
        </message>
        <message>
            <source>W1: a 28×28 template per digit 0 … 9</source>
            <translation>W1：数字 0 … 9 ごとの 28×28 のテンプレート</translation>
        </message>
    </context>
    <context>
        <name>WeightDescentControls</name>
        <message>
            <source>Gradient descent on W</source>
            <translation>W に対する勾配降下</translation>
        </message>
        <message>
            <source>learning rate lr  (W ← W − lr·dW)</source>
            <translation>学習率 lr  （W ← W − lr·dW）</translation>
        </message>
        <message>
            <source>→ Step</source>
            <translation>→ 1 ステップ</translation>
        </message>
        <message>
            <source>One gradient step (→)</source>
            <translation>勾配で 1 ステップ（→）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>▶ Run</source>
            <translation>▶ 実行</translation>
        </message>
        <message>
            <source>Take all the steps, animated (space)</source>
            <translation>すべてのステップをアニメーションで実行（スペース）</translation>
        </message>
        <message>
            <source>⟲ Reset</source>
            <translation>⟲ リセット</translation>
        </message>
        <message>
            <source>Back to the W before the first step (R)</source>
            <translation>最初のステップ前の W に戻る（R）</translation>
        </message>
    </context>
    <context>
        <name>WeightTiles</name>
        <message>
            <source>W1: a 28×28 tile per neuron</source>
            <translation>W1：ニューロンごとの 28×28</translation>
        </message>
    </context>
    <context>
        <name>PresetNames</name>
        <message>
            <source>book-example-1</source>
            <translation>本の例 1</translation>
        </message>
        <message>
            <source>book-example-2</source>
            <translation>本の例 2</translation>
        </message>
        <message>
            <source>log-zero</source>
            <translation>log 0</translation>
        </message>
        <message>
            <source>mini-batch</source>
            <translation>ミニバッチ</translation>
        </message>
        <message>
            <source>why-not-accuracy</source>
            <translation>なぜ認識精度ではないか</translation>
        </message>
        <message>
            <source>book</source>
            <translation>本の例</translation>
        </message>
        <message>
            <source>bad-implementation</source>
            <translation>悪い実装例</translation>
        </message>
        <message>
            <source>problem-1</source>
            <translation>問 1</translation>
        </message>
        <message>
            <source>problem-2</source>
            <translation>問 2</translation>
        </message>
        <message>
            <source>fig-4-8</source>
            <translation>図 4-8</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>鞍点</translation>
        </message>
        <message>
            <source>rosenbrock</source>
            <translation>ローゼンブロック関数</translation>
        </message>
        <message>
            <source>book-lr-10</source>
            <translation>本の lr = 10</translation>
        </message>
        <message>
            <source>book-lr-1e-10</source>
            <translation>本の lr = 1e-10</translation>
        </message>
        <message>
            <source>race</source>
            <translation>競争</translation>
        </message>
        <message>
            <source>optimizers</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>saddle-escape</source>
            <translation>鞍点からの脱出</translation>
        </message>
        <message>
            <source>plateau</source>
            <translation>台地</translation>
        </message>
        <message>
            <source>far_nudge</source>
            <translation>大きく動かす</translation>
        </message>
        <message>
            <source>random</source>
            <translation>ランダム</translation>
        </message>
        <message>
            <source>descend</source>
            <translation>勾配降下</translation>
        </message>
        <message>
            <source>overfit</source>
            <translation>過学習</translation>
        </message>
        <message>
            <source>optimizers-mnist</source>
            <translation>最適化手法-MNIST</translation>
        </message>
        <message>
            <source>weight-init</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <source>activation-histograms</source>
            <translation>アクティベーション分布</translation>
        </message>
        <message>
            <source>weight-decay</source>
            <translation>Weight decay</translation>
        </message>
        <message>
            <source>xor</source>
            <translation>xor</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>円</translation>
        </message>
        <message>
            <source>spiral</source>
            <translation>らせん</translation>
        </message>
        <message>
            <source>linear-fails</source>
            <translation>直線では無理</translation>
        </message>
        <message>
            <source>features</source>
            <translation>特徴</translation>
        </message>
    </context>
    <context>
        <name>SectionFormula</name>
        <message>
            <source>E = &amp;frac12; &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; &amp;minus; t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt; &amp;nbsp;(4.1)&amp;nbsp;&amp;nbsp;&amp;nbsp; E = &amp;minus;&amp;Sigma;&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt; &amp;nbsp;(4.2)&amp;nbsp;&amp;nbsp;&amp;nbsp; E = &amp;minus;&lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;n&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt; &amp;nbsp;(4.3)</source>
            <translation>E = &amp;frac12; &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; &amp;minus; t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt; &amp;nbsp;(4.1)&amp;nbsp;&amp;nbsp;&amp;nbsp; E = &amp;minus;&amp;Sigma;&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt; &amp;nbsp;(4.2)&amp;nbsp;&amp;nbsp;&amp;nbsp; E = &amp;minus;&lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;n&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt; &amp;nbsp;(4.3)</translation>
        </message>
        <message>
            <source>df(x)/dx = lim&lt;sub&gt;h&amp;rarr;0&lt;/sub&gt; [f(x + h) &amp;minus; f(x)] / h &amp;nbsp;(4.4)&amp;nbsp;&amp;nbsp;&amp;nbsp; central difference: [f(x + h) &amp;minus; f(x &amp;minus; h)] / 2h</source>
            <translation>df(x)/dx = lim&lt;sub&gt;h&amp;rarr;0&lt;/sub&gt; [f(x + h) &amp;minus; f(x)] / h &amp;nbsp;(4.4)&amp;nbsp;&amp;nbsp;&amp;nbsp; 中心差分: [f(x + h) &amp;minus; f(x &amp;minus; h)] / 2h</translation>
        </message>
        <message>
            <source>f(x&lt;sub&gt;0&lt;/sub&gt;, x&lt;sub&gt;1&lt;/sub&gt;) = x&lt;sub&gt;0&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + x&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;nbsp;(4.6)&amp;nbsp;&amp;nbsp;&amp;nbsp; &amp;part;f/&amp;part;x&lt;sub&gt;0&lt;/sub&gt; = 2x&lt;sub&gt;0&lt;/sub&gt;, &amp;nbsp; &amp;part;f/&amp;part;x&lt;sub&gt;1&lt;/sub&gt; = 2x&lt;sub&gt;1&lt;/sub&gt;</source>
            <translation>f(x&lt;sub&gt;0&lt;/sub&gt;, x&lt;sub&gt;1&lt;/sub&gt;) = x&lt;sub&gt;0&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + x&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;nbsp;(4.6)&amp;nbsp;&amp;nbsp;&amp;nbsp; &amp;part;f/&amp;part;x&lt;sub&gt;0&lt;/sub&gt; = 2x&lt;sub&gt;0&lt;/sub&gt;, &amp;nbsp; &amp;part;f/&amp;part;x&lt;sub&gt;1&lt;/sub&gt; = 2x&lt;sub&gt;1&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>&amp;nabla;f = ( &amp;part;f/&amp;part;x&lt;sub&gt;0&lt;/sub&gt;, &amp;part;f/&amp;part;x&lt;sub&gt;1&lt;/sub&gt; )</source>
            <translation>&amp;nabla;f = ( &amp;part;f/&amp;part;x&lt;sub&gt;0&lt;/sub&gt;, &amp;part;f/&amp;part;x&lt;sub&gt;1&lt;/sub&gt; )</translation>
        </message>
        <message>
            <source>x&lt;sub&gt;0&lt;/sub&gt; &amp;larr; x&lt;sub&gt;0&lt;/sub&gt; &amp;minus; &amp;eta; &amp;part;f/&amp;part;x&lt;sub&gt;0&lt;/sub&gt;, &amp;nbsp;x&lt;sub&gt;1&lt;/sub&gt; &amp;larr; x&lt;sub&gt;1&lt;/sub&gt; &amp;minus; &amp;eta; &amp;part;f/&amp;part;x&lt;sub&gt;1&lt;/sub&gt; &amp;nbsp;(4.7)</source>
            <translation>x&lt;sub&gt;0&lt;/sub&gt; &amp;larr; x&lt;sub&gt;0&lt;/sub&gt; &amp;minus; &amp;eta; &amp;part;f/&amp;part;x&lt;sub&gt;0&lt;/sub&gt;, &amp;nbsp;x&lt;sub&gt;1&lt;/sub&gt; &amp;larr; x&lt;sub&gt;1&lt;/sub&gt; &amp;minus; &amp;eta; &amp;part;f/&amp;part;x&lt;sub&gt;1&lt;/sub&gt; &amp;nbsp;(4.7)</translation>
        </message>
        <message>
            <source>W = [[w&lt;sub&gt;11&lt;/sub&gt;, w&lt;sub&gt;12&lt;/sub&gt;, w&lt;sub&gt;13&lt;/sub&gt;], [w&lt;sub&gt;21&lt;/sub&gt;, w&lt;sub&gt;22&lt;/sub&gt;, w&lt;sub&gt;23&lt;/sub&gt;]]&amp;nbsp;&amp;nbsp;&amp;nbsp; &amp;part;L/&amp;part;W = [[&amp;part;L/&amp;part;w&lt;sub&gt;11&lt;/sub&gt;, &amp;hellip;], &amp;hellip;] &amp;nbsp;(4.8)</source>
            <translation>W = [[w&lt;sub&gt;11&lt;/sub&gt;, w&lt;sub&gt;12&lt;/sub&gt;, w&lt;sub&gt;13&lt;/sub&gt;], [w&lt;sub&gt;21&lt;/sub&gt;, w&lt;sub&gt;22&lt;/sub&gt;, w&lt;sub&gt;23&lt;/sub&gt;]]&amp;nbsp;&amp;nbsp;&amp;nbsp; &amp;part;L/&amp;part;W = [[&amp;part;L/&amp;part;w&lt;sub&gt;11&lt;/sub&gt;, &amp;hellip;], &amp;hellip;] &amp;nbsp;(4.8)</translation>
        </message>
        <message>
            <source>W &amp;larr; W &amp;minus; &amp;eta; &amp;part;L/&amp;part;W &amp;nbsp;&amp;nbsp;&amp;nbsp; iter_per_epoch = max(train_size / batch_size, 1)</source>
            <translation>W &amp;larr; W &amp;minus; &amp;eta; &amp;part;L/&amp;part;W &amp;nbsp;&amp;nbsp;&amp;nbsp; iter_per_epoch = max(train_size / batch_size, 1)</translation>
        </message>
        <message>
            <source>y = softmax(W&lt;sub&gt;L&lt;/sub&gt; h&lt;sub&gt;L&amp;minus;1&lt;/sub&gt; + b&lt;sub&gt;L&lt;/sub&gt;), &amp;nbsp; h&lt;sub&gt;k&lt;/sub&gt; = &amp;sigma;(W&lt;sub&gt;k&lt;/sub&gt; h&lt;sub&gt;k&amp;minus;1&lt;/sub&gt; + b&lt;sub&gt;k&lt;/sub&gt;) &amp;nbsp;&amp;nbsp;&amp;nbsp; W &amp;larr; W &amp;minus; &amp;eta; &amp;part;L/&amp;part;W</source>
            <translation>y = softmax(W&lt;sub&gt;L&lt;/sub&gt; h&lt;sub&gt;L&amp;minus;1&lt;/sub&gt; + b&lt;sub&gt;L&lt;/sub&gt;), &amp;nbsp; h&lt;sub&gt;k&lt;/sub&gt; = &amp;sigma;(W&lt;sub&gt;k&lt;/sub&gt; h&lt;sub&gt;k&amp;minus;1&lt;/sub&gt; + b&lt;sub&gt;k&lt;/sub&gt;) &amp;nbsp;&amp;nbsp;&amp;nbsp; W &amp;larr; W &amp;minus; &amp;eta; &amp;part;L/&amp;part;W</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>Cannot load the network from {path}: {problem}</source>
            <translation>{path} からネットワークを読み込めません：{problem}</translation>
        </message>
        <message>
            <source>the file does not exist. Check the name and folder, or save a network first.</source>
            <translation>ファイルがありません。名前とフォルダを確認するか、先にネットワークを保存してください。</translation>
        </message>
        <message>
            <source>it is a folder. Choose a .npz file saved by Gradient Lab.</source>
            <translation>これはフォルダです。勾配ラボで保存した .npz ファイルを選んでください。</translation>
        </message>
        <message>
            <source>it is a single NumPy array (.npy), not a network file (.npz) saved by Gradient Lab.</source>
            <translation>これは単一の NumPy 配列（.npy）で、勾配ラボで保存したネットワークファイル（.npz）ではありません。</translation>
        </message>
        <message>
            <source>the file is truncated or corrupt ({error}). Save the network again.</source>
            <translation>ファイルが途中で切れているか壊れています（{error}）。ネットワークを保存し直してください。</translation>
        </message>
        <message>
            <source>it is not a network file (.npz) saved by Gradient Lab ({error}).</source>
            <translation>勾配ラボで保存したネットワークファイル（.npz）ではありません（{error}）。</translation>
        </message>
        <message>
            <source>the file cannot be read ({error}). Check that it is readable.</source>
            <translation>ファイルを読み込めません（{error}）。読み取り可能か確認してください。</translation>
        </message>
        <message>
            <source>its training settings are not valid JSON ({error}). Save the network again.</source>
            <translation>学習の設定が正しい JSON ではありません（{error}）。ネットワークを保存し直してください。</translation>
        </message>
        <message>
            <source>its training settings are not a set of named values. Save the network again.</source>
            <translation>学習の設定が名前付きの値の集まりではありません。ネットワークを保存し直してください。</translation>
        </message>
        <message>
            <source>its training settings have unknown fields {fields}; it was saved by a different version of Gradient Lab.</source>
            <translation>学習の設定に不明な項目 {fields} があります。別のバージョンの勾配ラボで保存されたファイルです。</translation>
        </message>
        <message>
            <source>its training settings are invalid: {error}</source>
            <translation>学習の設定が正しくありません：{error}</translation>
        </message>
        <message>
            <source>it holds {count} layers; a network here has at most {limit} hidden layers and the output layer.</source>
            <translation>{count} 層あります。ここで扱えるネットワークは隠れ層 {limit} 層と出力層までです。</translation>
        </message>
        <message>
            <source>it lacks {names}, so it is not a complete network file saved by Gradient Lab.</source>
            <translation>{names} がないため、勾配ラボで保存した完全なネットワークファイルではありません。</translation>
        </message>
        <message>
            <source>{key} has shape {shape}; a network's {key} has {ndim} dimension(s).</source>
            <translation>{key} の形状は {shape} です。ネットワークの {key} は {ndim} 次元です。</translation>
        </message>
        <message>
            <source>{key} holds {dtype} values; expected float32 or float64.</source>
            <translation>{key} の値は {dtype} 型です。float32 か float64 のはずです。</translation>
        </message>
        <message>
            <source>{key} is {dtype} but W1 is {w1_dtype}; all parameters must share one dtype.</source>
            <translation>{key} は {dtype} ですが、W1 は {w1_dtype} です。すべてのパラメータの dtype をそろえる必要があります。</translation>
        </message>
        <message>
            <source>{key} contains NaN or infinite values (the training diverged); train again with a smaller learning rate.</source>
            <translation>{key} に NaN または無限大の値があります（学習が発散しました）。もっと小さい学習率で学習し直してください。</translation>
        </message>
        <message>
            <source>{key} has shape {shape} but W{i} has shape {w_shape}, so it needs {expected}.</source>
            <translation>{key} の形状は {shape} ですが、W{i} の形状が {w_shape} なので {expected} でなければなりません。</translation>
        </message>
        <message>
            <source>the layer sizes {sizes} include an empty layer.</source>
            <translation>層のサイズ {sizes} に空の層があります。</translation>
        </message>
        <message>
            <source>its layers cannot be trained here: {error}</source>
            <translation>その層構成はここでは学習できません：{error}</translation>
        </message>
        <message>
            <source>its settings say {layers} hidden layer(s) but it holds the weights of {found}.</source>
            <translation>設定では隠れ層は {layers} 層ですが、保存されている重みは {found} 層分です。</translation>
        </message>
        <message>
            <source>its settings say hidden_size {hidden_size} but W{i} has {hidden} hidden units.</source>
            <translation>設定では hidden_size は {hidden_size} ですが、W{i} の隠れユニットは {hidden} 個です。</translation>
        </message>
        <message>
            <source>its settings say dtype {dtype} but the weights are {weights_dtype}.</source>
            <translation>設定では dtype {dtype} ですが、重みは {weights_dtype} です。</translation>
        </message>
        <message>
            <source>its format tag is {found}, not {expected}.</source>
            <translation>形式タグが {expected} ではなく {found} です。</translation>
        </message>
        <message>
            <source>it was written in format version {version}; this Gradient Lab reads up to version {supported}. Update Gradient Lab.</source>
            <translation>形式バージョン {version} で書かれています。この勾配ラボが読めるのはバージョン {supported} までです。勾配ラボを更新してください。</translation>
        </message>
        <message>
            <source>f(x) is finite: a smaller h may keep both points where f is finite.</source>
            <translation>f(x) は有限です：h を小さくすれば、両方の点が f の有限な範囲に収まるかもしれません。</translation>
        </message>
        <message>
            <source>f(x) is not finite either, so no h helps: move x or change f.</source>
            <translation>f(x) 自体も有限ではないので、どの h でも直りません：x を動かすか f を変えてください。</translation>
        </message>
        <message>
            <source>h = 0: the difference quotient divides by zero (0/0), which is not a number. Choose h &gt; 0, e.g. 1e-4.</source>
            <translation>h = 0：差分商がゼロで割ることになり（0/0）、数になりません。h &gt; 0、たとえば 1e-4 を選んでください。</translation>
        </message>
        <message>
            <source>h = {h:g} is not a finite number, so the quotient is nan. Choose h &gt; 0, e.g. 1e-4.</source>
            <translation>h = {h:g} は有限の数ではないので、商は nan です。h &gt; 0、たとえば 1e-4 を選んでください。</translation>
        </message>
        <message>
            <source>h = {h:.3g} underflows to 0 in {dtype} (the smallest {dtype} is {smallest:.2g}), so the quotient is 0/0 = nan.</source>
            <translation>h = {h:.3g} は {dtype} でアンダーフローして 0 になります（{dtype} の最小値は {smallest:.2g}）。そのため商は 0/0 = nan です。</translation>
        </message>
        <message>
            <source>{values} in {dtype}: f overflows there (beyond {largest:.3g}) or divides by zero, so the slope is {slope}. This is not rounding error. {advice}</source>
            <translation>{dtype} で {values}：f がそこでオーバーフローする（{largest:.3g} を超える）か、ゼロで割っているので、傾きは {slope} です。丸め誤差ではありません。{advice}</translation>
        </message>
        <message>
            <source>{values} in {dtype}: f is not defined there (e.g. log or sqrt of a negative number), so the slope is {slope}. This is not rounding error. {advice}</source>
            <translation>{dtype} で {values}：f がそこで定義されていない（負の数の log や sqrt など）ので、傾きは {slope} です。丸め誤差ではありません。{advice}</translation>
        </message>
        <message>
            <source>f is finite at both points, but the quotient is larger than the largest {dtype} number ({largest:.3g}): h = {h:.3g} is tiny and f jumps, so the slope is {slope}.</source>
            <translation>f は両方の点で有限ですが、商が {dtype} の最大値（{largest:.3g}）を超えます：h = {h:.3g} がごく小さく f が跳ぶので、傾きは {slope} です。</translation>
        </message>
        <message>
            <source>x + h == x in {dtype}: h = {h:.3g} is below half the gap between {dtype} numbers near x = {x:g} (gap {gap:.2g}), so f(x + h) − f(x) = 0 and the slope comes out as 0.</source>
            <translation>{dtype} では x + h == x：h = {h:.3g} は x = {x:g} 付近で隣り合う {dtype} の数の間隔の半分より小さい（間隔 {gap:.2g}）ので、f(x + h) − f(x) = 0 となり、傾きは 0 になります。</translation>
        </message>
        <message>
            <source>f(x + h) and the other point round to the same {dtype} number: the change of f is lost in rounding, so the slope is 0.</source>
            <translation>f(x + h) ともう一方の点の値が同じ {dtype} の数に丸められます：f の変化が丸めで失われるので、傾きは 0 です。</translation>
        </message>
        <message>
            <source>h = {h:.3g} is negative, and the formula still works with the sign flipped: (f(x + h) − f(x − h)) / 2h gives the same slope as h = {size:.3g}.</source>
            <translation>h = {h:.3g} は負ですが、符号が反転するだけで式はそのまま使えます：(f(x + h) − f(x − h)) / 2h は h = {size:.3g} と同じ傾きになります。</translation>
        </message>
        <message>
            <source>h = {h:.3g} is negative, and the formula still works with the sign flipped: (f(x + h) − f(x)) / h is then the backward difference (f(x) − f(x − {size:.3g})) / {size:.3g}.</source>
            <translation>h = {h:.3g} は負ですが、符号が反転するだけで式はそのまま使えます：このとき (f(x + h) − f(x)) / h は後退差分 (f(x) − f(x − {size:.3g})) / {size:.3g} です。</translation>
        </message>
        <message>
            <source>f(x0, x1) = {text} is not finite anywhere in the view: there is nothing to descend.</source>
            <translation>f(x0, x1) = {text} は表示範囲のどこでも有限ではありません：降りる先がありません。</translation>
        </message>
        <message>
            <source>A comprehension</source>
            <translation>内包表記</translation>
        </message>
        <message>
            <source>Attribute access ('.')</source>
            <translation>属性アクセス（'.'）</translation>
        </message>
        <message>
            <source>Indexing ('[...]')</source>
            <translation>インデックス参照（'[...]'）</translation>
        </message>
        <message>
            <source>A lambda</source>
            <translation>lambda 式</translation>
        </message>
        <message>
            <source>A comparison</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>A list</source>
            <translation>リスト</translation>
        </message>
        <message>
            <source>A tuple (a stray comma?)</source>
            <translation>タプル（余分なカンマ？）</translation>
        </message>
        <message>
            <source>A dict</source>
            <translation>辞書</translation>
        </message>
        <message>
            <source>A set</source>
            <translation>集合</translation>
        </message>
        <message>
            <source>A string</source>
            <translation>文字列</translation>
        </message>
        <message>
            <source>'*' unpacking</source>
            <translation>'*' によるアンパック</translation>
        </message>
        <message>
            <source>{what}{where} is not allowed in a function.</source>
            <translation>関数の中では{what}{where}は使えません。</translation>
        </message>
        <message>
            <source>The operator '{operator}'</source>
            <translation>演算子「{operator}」</translation>
        </message>
        <message>
            <source>The construct '{name}'</source>
            <translation>構文「{name}」</translation>
        </message>
        <message>
            <source>The value {value}</source>
            <translation>値 {value}</translation>
        </message>
        <message>
            <source>'{name}'{where} is a function: write {name}(...) with its argument in parentheses.</source>
            <translation>「{name}」{where}は関数です：{name}(...) のように、引数をかっこに入れて書いてください。</translation>
        </message>
        <message>
            <source>Unknown name '{name}'{where}.{hint} Use the variables {variables}, or the constants pi and e.</source>
            <translation>不明な名前「{name}」{where}です。{hint}変数 {variables} か、定数 pi と e を使ってください。</translation>
        </message>
        <message>
            <source>Unknown name '{name}'{where}.{hint} Use the variable {variable}, or the constants pi and e.</source>
            <translation>不明な名前「{name}」{where}です。{hint}変数 {variable} か、定数 pi と e を使ってください。</translation>
        </message>
        <message>
            <source>Unknown name '{name}'{where}.{hint} Use the variable (none), or the constants pi and e.</source>
            <translation>不明な名前「{name}」{where}です。{hint}変数はありません。定数 pi と e を使ってください。</translation>
        </message>
        <message>
            <source>Calling something other than a named function</source>
            <translation>名前のある関数以外の呼び出し</translation>
        </message>
        <message>
            <source>Unknown function '{name}'{where}.{hint} Known functions: {functions}.</source>
            <translation>不明な関数「{name}」{where}です。{hint}使える関数：{functions}。</translation>
        </message>
        <message>
            <source>{name}(){where} takes exactly one argument, e.g. {name}(x).</source>
            <translation>{name}(){where}の引数はちょうど 1 つです。例：{name}(x)。</translation>
        </message>
        <message>
            <source> Did you mean '{name}'?</source>
            <translation>「{name}」のことですか？</translation>
        </message>
        <message>
            <source>Syntax error{where}: {problem}. Check brackets and operators (multiplication needs '*', as in 2*x).</source>
            <translation>構文エラー{where}：{problem}。かっこと演算子を確認してください（掛け算には 2*x のように '*' が必要です）。</translation>
        </message>
        <message>
            <source>The expression cannot be read: {error}.</source>
            <translation>式を読み取れません：{error}。</translation>
        </message>
        <message>
            <source>The function must be text.</source>
            <translation>関数はテキストでなければなりません。</translation>
        </message>
        <message>
            <source>The expression is {length} characters long; the limit is {limit}.</source>
            <translation>式の長さが {length} 文字あります。上限は {limit} 文字です。</translation>
        </message>
        <message>
            <source>Type a function, for example {example}.</source>
            <translation>関数を入力してください。例：{example}。</translation>
        </message>
        <message>
            <source>'{value}' is not a number; type a probability between 0 and 1, e.g. 0.6.</source>
            <translation>「{value}」は数値ではありません。0 から 1 の間の確率を入力してください（例：0.6）。</translation>
        </message>
        <message>
            <source>NaN is not a probability; type a number between 0 and 1.</source>
            <translation>NaN は確率ではありません。0 から 1 の間の数を入力してください。</translation>
        </message>
        <message>
            <source>{value:g} is negative; a probability lies between 0 and 1.</source>
            <translation>{value:g} は負の数です。確率は 0 から 1 の間の値です。</translation>
        </message>
        <message>
            <source>{value:g} is larger than 1; a probability lies between 0 and 1 (the 10 values always sum to 1).</source>
            <translation>{value:g} は 1 より大きいです。確率は 0 から 1 の間の値です（10 個の値の和は常に 1）。</translation>
        </message>
        <message>
            <source>'{value}' is not a number; type a logit such as 2.5.</source>
            <translation>「{value}」は数値ではありません。2.5 のようなロジットを入力してください。</translation>
        </message>
        <message>
            <source>A logit must be a finite number (softmax turns it into a probability).</source>
            <translation>ロジットは有限の数でなければなりません（ソフトマックス関数がそれを確率に変えます）。</translation>
        </message>
        <message>
            <source>{value:g} is outside ±{limit:g}; larger logits only push softmax to exactly 0 and 1.</source>
            <translation>{value:g} は ±{limit:g} の範囲外です。これより大きなロジットは、ソフトマックス関数の出力をちょうど 0 と 1 に押しやるだけです。</translation>
        </message>
        <message>
            <source>'{batch_size}' is not a whole number of samples.</source>
            <translation>「{batch_size}」は整数のサンプル数ではありません。</translation>
        </message>
        <message>
            <source>The batch size must be a whole number, not {batch_size}.</source>
            <translation>バッチサイズは整数でなければなりません（{batch_size} は使えません）。</translation>
        </message>
        <message>
            <source>A mini-batch needs at least 1 sample, not {batch_size}.</source>
            <translation>ミニバッチには 1 個以上のサンプルが必要です（{batch_size} は使えません）。</translation>
        </message>
        <message>
            <source>A batch of {batch_size} is larger than the {train_size} training images; choose 1 to {train_size}.</source>
            <translation>{batch_size} のバッチは訓練画像 {train_size} 枚より大きいです。1 から {train_size} の間で選んでください。</translation>
        </message>
        <message>
            <source>Copy the four original MNIST files ({files}) into that folder again.</source>
            <translation>4 つの元の MNIST ファイル（{files}）を、そのフォルダにもう一度コピーしてください。</translation>
        </message>
        <message>
            <source>MNIST file missing: {path}. {fix}</source>
            <translation>MNIST ファイルがありません：{path}。{fix}</translation>
        </message>
        <message>
            <source>Cannot read MNIST file {path}: {error}. Check that the file and its folder are readable.</source>
            <translation>MNIST ファイル {path} を読み込めません：{error}。ファイルとそのフォルダが読み取り可能か確認してください。</translation>
        </message>
        <message>
            <source>{path} is not a readable gzip file ({error}); it is truncated or corrupt. {fix}</source>
            <translation>{path} は読み込める gzip ファイルではありません（{error}）。途中で切れているか壊れています。{fix}</translation>
        </message>
        <message>
            <source>{path} is too short ({size} bytes) to hold an IDX header. {fix}</source>
            <translation>{path} は短すぎて（{size} バイト）IDX ヘッダが入りません。{fix}</translation>
        </message>
        <message>
            <source>{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (images). Is it the right file? {fix}</source>
            <translation>{path} の IDX マジックナンバーは 0x{found:08x} ですが、0x{magic:08x}（画像）のはずです。正しいファイルですか？{fix}</translation>
        </message>
        <message>
            <source>{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (labels). Is it the right file? {fix}</source>
            <translation>{path} の IDX マジックナンバーは 0x{found:08x} ですが、0x{magic:08x}（ラベル）のはずです。正しいファイルですか？{fix}</translation>
        </message>
        <message>
            <source>{path} holds images of {rows}x{columns} pixels, expected 28x28. {fix}</source>
            <translation>{path} の画像は {rows}x{columns} ピクセルですが、28x28 のはずです。{fix}</translation>
        </message>
        <message>
            <source>{path} has {size} bytes after decompression, expected {expected} for {count} images: truncated or padded. {fix}</source>
            <translation>{path} は展開後 {size} バイトですが、画像 {count} 枚なら {expected} バイトのはずです：途中で切れているか、余分なデータがあります。{fix}</translation>
        </message>
        <message>
            <source>{path} has {size} bytes after decompression, expected {expected} for {count} labels: truncated or padded. {fix}</source>
            <translation>{path} は展開後 {size} バイトですが、ラベル {count} 個なら {expected} バイトのはずです：途中で切れているか、余分なデータがあります。{fix}</translation>
        </message>
        <message>
            <source>{path} has label {label} at index {index}; labels must be 0-9. {fix}</source>
            <translation>{path} のインデックス {index} のラベルが {label} です。ラベルは 0〜9 でなければなりません。{fix}</translation>
        </message>
        <message>
            <source>MNIST folder not found: {folder}. {fix}</source>
            <translation>MNIST フォルダが見つかりません：{folder}。{fix}</translation>
        </message>
        <message>
            <source>{path} differs from the original MNIST file (md5 mismatch). {fix}</source>
            <translation>{path} は元の MNIST ファイルと異なります（md5 が一致しません）。{fix}</translation>
        </message>
        <message>
            <source>{folder}: the train set has {n_images} images but {n_labels} labels; the files do not belong together. {fix}</source>
            <translation>{folder}：訓練データの画像は {n_images} 枚なのに、ラベルは {n_labels} 個あります。これらのファイルは組になっていません。{fix}</translation>
        </message>
        <message>
            <source>{folder}: the test set has {n_images} images but {n_labels} labels; the files do not belong together. {fix}</source>
            <translation>{folder}：テストデータの画像は {n_images} 枚なのに、ラベルは {n_labels} 個あります。これらのファイルは組になっていません。{fix}</translation>
        </message>
        <message>
            <source>Unknown initialisation {name!r}; use a number or one of: {names}</source>
            <translation>不明な初期値の設定 {name!r}。数値を入れるか、次から選んでください：{names}</translation>
        </message>
        <message>
            <source>The initial weight scale must be a finite number above 0 (got {value})</source>
            <translation>重みの初期値の標準偏差は 0 より大きい有限の数でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>{count} hidden layers is too many; use at most {limit}</source>
            <translation>隠れ層 {count} 層は多すぎます。{limit} 層までにしてください</translation>
        </message>
        <message>
            <source>A layer needs a whole number of neurons, at least 1 (got {value})</source>
            <translation>各層のニューロン数は 1 以上の整数でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>A hidden layer of {width} neurons is too wide; use at most {limit}</source>
            <translation>ニューロン {width} 個の隠れ層は広すぎます。{limit} 個までにしてください</translation>
        </message>
        <message>
            <source>Unknown activation {name!r}; choose one of: {names}</source>
            <translation>不明な活性化関数 {name!r}。次から選んでください：{names}</translation>
        </message>
        <message>
            <source>Weight decay λ must be a finite number ≥ 0 (got {value})</source>
            <translation>Weight decay の λ は 0 以上の有限の数でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>A race needs 1 to {limit} racers (got {count})</source>
            <translation>レースには 1 から {limit} 人の走者が必要です（現在 {count}）</translation>
        </message>
        <message>
            <source>The learning rate must be a finite number above 0 (got {value})</source>
            <translation>学習率は 0 より大きい有限の数でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>{name} must lie in [0, 1) (got {value})</source>
            <translation>{name} は [0, 1) の範囲でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>Unknown optimizer {name!r}; choose one of: {names}</source>
            <translation>不明な最適化手法 {name!r}。次から選んでください：{names}</translation>
        </message>
        <message>
            <source>{count} hidden layers is too many for the playground; use at most {limit}</source>
            <translation>プレイグラウンドには隠れ層 {count} 層は多すぎます。{limit} 層までにしてください</translation>
        </message>
        <message>
            <source>Each hidden layer needs 1 to {limit} neurons (got {value})</source>
            <translation>各隠れ層のニューロンは 1 から {limit} 個です（入力：{value}）</translation>
        </message>
        <message>
            <source>{file} is a folder, not a scenario file.</source>
            <translation>{file} はフォルダーで、シナリオファイルではありません。</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} は存在しません。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} を読み込めません：{reason}。</translation>
        </message>
        <message>
            <source>{file} is {size} MB; a scenario file is at most {limit} MB.</source>
            <translation>{file} は {size} MB あります。シナリオファイルは {limit} MB までです。</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text (byte {position}).</source>
            <translation>{file} は UTF-8 のテキストではありません（{position} バイト目）。</translation>
        </message>
        <message>
            <source>{file} nests {depth} levels deep; a scenario nests at most {limit}.</source>
            <translation>{file} は {depth} 段の入れ子になっています。シナリオの入れ子は {limit} 段までです。</translation>
        </message>
        <message>
            <source>{file} is not JSON: {problem} (line {line}, column {column}).</source>
            <translation>{file} は JSON ではありません：{problem}（{line} 行 {column} 列）。</translation>
        </message>
        <message>
            <source>{file} is not JSON: {problem}</source>
            <translation>{file} は JSON ではありません：{problem}</translation>
        </message>
        <message>
            <source>{name} is not a number a file may hold.</source>
            <translation>{name} はファイルに書ける数ではありません。</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object.</source>
            <translation>1 つのオブジェクトにキー {key} が 2 回現れます。</translation>
        </message>
        <message>
            <source>{file} is not a Gradient Lab scenario (it has no "format": "gradient-lab").</source>
            <translation>{file} は勾配ラボのシナリオではありません（"format": "gradient-lab" がありません）。</translation>
        </message>
        <message>
            <source>{file}: "version" must be a whole number from 1, not {value}.</source>
            <translation>{file}："version" は 1 以上の整数でなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{file} was written by a newer Gradient Lab (file version {version}; this one reads version {supported}).</source>
            <translation>{file} は新しい勾配ラボで書かれています（ファイルのバージョン {version}、このアプリが読めるのはバージョン {supported}）。</translation>
        </message>
        <message>
            <source>{file} has unknown entries: {keys}.</source>
            <translation>{file} に不明な項目があります：{keys}。</translation>
        </message>
        <message>
            <source>{file}: "scenes" must be a list of 1 … {limit} scenes.</source>
            <translation>{file}："scenes" は 1 … {limit} 個のシーンのリストでなければなりません。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: a scene must be a JSON object, not {value}.</source>
            <translation>{file}、シーン {number}：シーンは JSON オブジェクトでなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: "section" must name a section.</source>
            <translation>{file}、シーン {number}："section" には節の名前が必要です。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: there is no section {name}; the sections are {names}.</source>
            <translation>{file}、シーン {number}：{name} という節はありません。節は {names} です。</translation>
        </message>
        <message>
            <source>{file}, scene {number} ({section}): {problem}</source>
            <translation>{file}、シーン {number}（{section}）：{problem}</translation>
        </message>
        <message>
            <source>{file} has {count} scenes; there is no scene {number}.</source>
            <translation>{file} のシーンは {count} 個です。シーン {number} はありません。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: the {section} section cannot be opened from a file yet.</source>
            <translation>{file}、シーン {number}：{section} の節はまだファイルから開けません。</translation>
        </message>
        <message>
            <source>The {section} section cannot be saved as a scene yet.</source>
            <translation>{section} の節はまだシーンとして保存できません。</translation>
        </message>
        <message>
            <source>The {section} section cannot be written as Python yet.</source>
            <translation>{section} の節はまだ Python として書き出せません。</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <translation>{file} を書き込めませんでした：{reason}。</translation>
        </message>
        <message>
            <source>A scenario needs at least one scene.</source>
            <translation>シナリオには少なくとも 1 つのシーンが必要です。</translation>
        </message>
        <message>
            <source>A scene must name its section.</source>
            <translation>シーンには節の名前が必要です。</translation>
        </message>
        <message>
            <source>A scene of {section} has a key that is not text.</source>
            <translation>{section} のシーンにテキストでないキーがあります。</translation>
        </message>
        <message>
            <source>A scene of {section} holds {value}, which a file cannot store.</source>
            <translation>{section} のシーンに {value} があり、ファイルに保存できません。</translation>
        </message>
        <message>
            <source>A scene of {section} holds a {kind}, which a file cannot store.</source>
            <translation>{section} のシーンに {kind} があり、ファイルに保存できません。</translation>
        </message>
        <message>
            <source>{key} must add up to 1 (a probability vector), not {total}.</source>
            <translation>{key} の合計は 1（確率のベクトル）でなければなりません。{total} ではありません。</translation>
        </message>
        <message>
            <source>{key} needs 'from' &lt; 'to', not {lo} … {hi}.</source>
            <translation>{key} は「から」&lt;「まで」でなければなりません。{lo} … {hi} ではありません。</translation>
        </message>
        <message>
            <source>{key} holds {count} points; at most {limit} are allowed.</source>
            <translation>{key} には {count} 個の点があります。{limit} 個までです。</translation>
        </message>
        <message>
            <source>{key} must be [x0, x1, class] with class 0 or 1.</source>
            <translation>{key} は [x0, x1, クラス]（クラスは 0 か 1）でなければなりません。</translation>
        </message>
        <message>
            <source>{key} must be a list of different inputs from: {choices}.</source>
            <translation>{key} は次の中から選んだ、重複のない入力のリストでなければなりません：{choices}。</translation>
        </message>
        <message>
            <source>{key} must list whole numbers of neurons.</source>
            <translation>{key} にはニューロンの個数（整数）を並べてください。</translation>
        </message>
        <message>
            <source>{key} must be null (the output) or [layer, neuron] of this network, not {value}.</source>
            <translation>{key} は null（出力）かこのネットワークの [層, ニューロン] でなければなりません。{value} ではありません。</translation>
        </message>
        <message>
            <source>The scene must be a JSON object, not {kind}.</source>
            <translation>シーンは JSON オブジェクトでなければなりません（{kind} ではなく）。</translation>
        </message>
        <message>
            <source>{where} must be a JSON object, not {kind}.</source>
            <translation>{where} は JSON オブジェクトでなければなりません（{kind} ではなく）。</translation>
        </message>
        <message>
            <source>The scene has no value for {key}.</source>
            <translation>シーンに {key} の値がありません。</translation>
        </message>
        <message>
            <source>{key} must be a finite number, not {value}.</source>
            <translation>{key} は有限の数でなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{key} is {value}, outside {lo} … {hi}.</source>
            <translation>{key} が {value} で、{lo} … {hi} の範囲外です。</translation>
        </message>
        <message>
            <source>{key} must be a whole number, not {value}.</source>
            <translation>{key} は整数でなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{key} must be true or false, not {value}.</source>
            <translation>{key} は true か false でなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{key} must be one of {choices}, not {value}.</source>
            <translation>{key} は {choices} のいずれかでなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{key} must be text, not {value}.</source>
            <translation>{key} はテキストでなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{key} is {length} characters long; at most {limit} are allowed.</source>
            <translation>{key} は {length} 文字あります。最大 {limit} 文字までです。</translation>
        </message>
        <message>
            <source>{key}: {problem}</source>
            <translation>{key}：{problem}</translation>
        </message>
        <message>
            <source>{key} must be a list of {count} numbers, not {value}.</source>
            <translation>{key} は {count} 個の数のリストでなければなりません（{value} ではなく）。</translation>
        </message>
        <message>
            <source>{key} must be {rows} rows of {columns} numbers.</source>
            <translation>{key} は {columns} 個の数が {rows} 行並んだものでなければなりません。</translation>
        </message>
        <message>
            <source>{key} must be a list of {lo} … {hi} entries.</source>
            <translation>{key} は {lo} … {hi} 個の項目のリストでなければなりません。</translation>
        </message>
        <message>
            <source>The scene has unknown values: {keys}.</source>
            <translation>シーンに不明な値があります：{keys}。</translation>
        </message>
        <message>
            <source>{where} has unknown values: {keys}.</source>
            <translation>{where} に不明な値があります：{keys}。</translation>
        </message>
        <message>
            <source>W must be 2×3 and x must have 2 entries (got {W_shape} and {x_shape}).</source>
            <translation>W は 2×3、x は要素 2 個でなければなりません（実際は {W_shape} と {x_shape}）。</translation>
        </message>
        <message>
            <source>W and x must be finite numbers (no nan or inf).</source>
            <translation>W と x は有限の数でなければなりません（nan や inf は使えません）。</translation>
        </message>
        <message>
            <source>x·W overflows float64 (|p| &gt; 1.8e308): use smaller values.</source>
            <translation>x·W が float64 でオーバーフローします（|p| &gt; 1.8e308）：もっと小さい値を使ってください。</translation>
        </message>
        <message>
            <source>lr must be a finite number.</source>
            <translation>lr は有限の数でなければなりません。</translation>
        </message>
        <message>
            <source>lr must be &gt; 0 (got {lr:g}): with lr = 0 W never moves, and a negative lr climbs the gradient, raising the loss.</source>
            <translation>lr は 0 より大きくなければなりません（現在 {lr:g}）：lr = 0 では W はまったく動かず、負の lr では勾配の向きに登ってしまい、損失が大きくなります。</translation>
        </message>
        <message>
            <source>lr = {lr:g} is below 1e-12: each step lr·dW is lost in the rounding of W, so W never moves. Use 1e-12 ≤ lr ≤ 1000.</source>
            <translation>lr = {lr:g} は 1e-12 より小さいです：各ステップの lr·dW が W の丸め誤差に埋もれ、W はまったく動きません。1e-12 ≤ lr ≤ 1000 にしてください。</translation>
        </message>
        <message>
            <source>lr = {lr:g} is above 1000: already from lr ≈ 10 one step makes y of the correct class exactly 1. Use 1e-12 ≤ lr ≤ 1000.</source>
            <translation>lr = {lr:g} は 1000 より大きいです：lr ≈ 10 ですでに 1 ステップで正解クラスの y がちょうど 1 になります。1e-12 ≤ lr ≤ 1000 にしてください。</translation>
        </message>
        <message>
            <source>The number of steps must be a whole number such as 100 (got {steps:g}).</source>
            <translation>ステップ数は 100 のような整数にしてください（入力 {steps:g}）。</translation>
        </message>
        <message>
            <source>The number of steps must be at least 1 (got {steps}).</source>
            <translation>ステップ数は 1 以上にしてください（現在 {steps}）。</translation>
        </message>
        <message>
            <source>f has a corner or a jump at {point} (abs, sign, step or relu of 0): there is no derivative there.</source>
            <translation>f は {point} で角か跳びがあります（0 での abs、sign、step、relu）：そこでは微分できません。</translation>
        </message>
        <message>
            <source>The derivative is not finite at {point} (the slope is vertical or f is undefined).</source>
            <translation>{point} での微分は有限の値になりません（傾きが垂直か、f が定義されていません）。</translation>
        </message>
        <message>
            <source>sympy is not installed.</source>
            <translation>sympy がインストールされていません。</translation>
        </message>
        <message>
            <source>sympy could not differentiate this function ({error}).</source>
            <translation>sympy はこの関数を微分できませんでした（{error}）。</translation>
        </message>
        <message>
            <source>f divides by zero or is undefined everywhere.</source>
            <translation>f がゼロで割っているか、どこでも定義されていません。</translation>
        </message>
        <message>
            <source>f takes complex values (a square root or logarithm of a negative number), so it has no real derivative.</source>
            <translation>f が複素数の値をとる（負の数の平方根や対数）ため、実数の微分がありません。</translation>
        </message>
        <message>
            <source>sympy left it unevaluated.</source>
            <translation>sympy が評価できずにそのまま残しました。</translation>
        </message>
        <message>
            <source> at position {pos}</source>
            <translation>（{pos} 文字目）</translation>
        </message>
        <message>
            <source>The expression is nested more than {depth} levels deep{where}; simplify it.</source>
            <translation>式{where}の入れ子が {depth} 段を超えています。簡単にしてください。</translation>
        </message>
        <message>
            <source>A second expression{where} is not allowed: type one expression, without ';'.</source>
            <translation>2 つ目の式{where}は使えません：';' を使わずに式を 1 つだけ入力してください。</translation>
        </message>
        <message>
            <source>An assignment ('='){where} is not allowed: type only the expression, e.g. {example} instead of f({variables}) = {example}.</source>
            <translation>代入（'='）{where}は使えません：式だけを入力してください。例：f({variables}) = {example} ではなく {example}。</translation>
        </message>
        <message>
            <source>'{keyword}'{where} starts a Python statement, and statements are not allowed: type one expression in {variables}, using numbers, + - * / ^ and the functions {functions}.</source>
            <translation>「{keyword}」{where}は Python の文の始まりで、文は使えません：数と + - * / ^ と関数 {functions} を使い、{variables} の式を 1 つだけ入力してください。</translation>
        </message>
        <message>
            <source>invalid syntax</source>
            <translation>不正な構文</translation>
        </message>
        <message>
            <source>invalid decimal literal</source>
            <translation>不正な数値リテラル</translation>
        </message>
        <message>
            <source>'{bracket}' was never closed</source>
            <translation>「{bracket}」が閉じられていません</translation>
        </message>
        <message>
            <source>unmatched '{bracket}'</source>
            <translation>「{bracket}」に対応するかっこがありません</translation>
        </message>
        <message>
            <source>closing parenthesis '{closing}' does not match opening parenthesis '{opening}'</source>
            <translation>閉じかっこ「{closing}」が開きかっこ「{opening}」と対応していません</translation>
        </message>
        <message>
            <source>invalid character '{char}' (U+{code})</source>
            <translation>使えない文字「{char}」（U+{code}）</translation>
        </message>
        <message>
            <source>invalid non-printable character U+{code}</source>
            <translation>使えない不可視文字 U+{code}</translation>
        </message>
        <message>
            <source>unterminated string literal (detected at line {line})</source>
            <translation>文字列リテラルが閉じられていません（{line} 行目で検出）</translation>
        </message>
        <message>
            <source>Unknown data set {name!r}; choose one of: {names}</source>
            <translation>不明なデータセット {name!r}。次から選んでください：{names}</translation>
        </message>
        <message>
            <source>The number of points must be a whole number from 2 to {limit} (got {value})</source>
            <translation>点の数は 2 から {limit} までの整数でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>Noise must lie between 0 and 1 (got {value})</source>
            <translation>ノイズは 0 から 1 の間でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>The test share must lie in [0, 1) (got {value})</source>
            <translation>テストデータの割合は [0, 1) の範囲でなければなりません（入力：{value}）</translation>
        </message>
        <message>
            <source>Choose at least one input feature from: {names}</source>
            <translation>入力の特徴を次から少なくとも 1 つ選んでください：{names}</translation>
        </message>
        <message>
            <source>The book trains for 10000 iterations.</source>
            <translation>本では 10000 回繰り返して学習します。</translation>
        </message>
        <message>
            <source>The book uses mini-batches of 100 images.</source>
            <translation>本ではミニバッチを 100 枚にしています。</translation>
        </message>
        <message>
            <source>The book uses 0.1.</source>
            <translation>本では 0.1 です。</translation>
        </message>
        <message>
            <source>The book's network has 50 hidden neurons.</source>
            <translation>本のネットワークの隠れ層のニューロンは 50 個です。</translation>
        </message>
        <message>
            <source>The book uses 0.01.</source>
            <translation>本では 0.01 です。</translation>
        </message>
        <message>
            <source>Any number from 0 up gives a repeatable run.</source>
            <translation>0 以上の数なら、どれでも同じ結果を再現できます。</translation>
        </message>
        <message>
            <source>Use None for all training images, or e.g. 300 as in the book's 6.4.1.</source>
            <translation>すべての訓練画像を使うなら None、本の 6.4.1 のようにするなら 300 などにしてください。</translation>
        </message>
        <message>
            <source>The book's network has 1 hidden layer; 0 is softmax regression.</source>
            <translation>本のネットワークの隠れ層は 1 層です。0 層はソフトマックス回帰です。</translation>
        </message>
        <message>
            <source>{name} must be a whole number &gt;= {minimum}, not {value}. {hint}</source>
            <translation>{name} には {minimum} 以上の整数を指定してください（{value} は使えません）。{hint}</translation>
        </message>
        <message>
            <source>{name} must be one of {choices}, not {value}.</source>
            <translation>{name} には {choices} のいずれかを指定してください（{value} は使えません）。</translation>
        </message>
        <message>
            <source>{name} must be a finite number, not {value}.</source>
            <translation>{name} には有限の数を指定してください（{value} は使えません）。</translation>
        </message>
        <message>
            <source>{name} must be a finite number, not {value}. {hint}</source>
            <translation>{name} には有限の数を指定してください（{value} は使えません）。{hint}</translation>
        </message>
        <message>
            <source>weight_init_std must be &gt;= 0, not {value}: it is the standard deviation of the initial weights (the book uses 0.01).</source>
            <translation>weight_init_std は 0 以上でなければなりません（{value} は使えません）：重みの初期値の標準偏差です（本では 0.01）。</translation>
        </message>
        <message>
            <source>evaluate must be True or False, not {value}.</source>
            <translation>evaluate には True か False を指定してください（{value} は使えません）。</translation>
        </message>
        <message>
            <source>The numerical gradient is offered for the book's two-layer network with plain SGD only; choose backprop for this configuration.</source>
            <translation>数値勾配は、本の 2 層ネットワークを素の SGD で学習する場合だけです。この設定では誤差逆伝播法を選んでください。</translation>
        </message>
        <message>
            <source>data must be ((x_train, t_train), (x_test, t_test)) as load_mnist returns it.</source>
            <translation>data は load_mnist が返す形 ((x_train, t_train), (x_test, t_test)) でなければなりません。</translation>
        </message>
        <message>
            <source>The training images must be an array of shape (N, pixels) with N &gt;= 1; got shape {shape}.</source>
            <translation>訓練画像は形状 (N, ピクセル数)、N &gt;= 1 の配列でなければなりません。実際の形状は {shape} です。</translation>
        </message>
        <message>
            <source>The test images must be an array of shape (N, pixels) with N &gt;= 1; got shape {shape}.</source>
            <translation>テスト画像は形状 (N, ピクセル数)、N &gt;= 1 の配列でなければなりません。実際の形状は {shape} です。</translation>
        </message>
        <message>
            <source>The training set has {n} images but labels of shape {shape}; give one label (or one one-hot row) per image.</source>
            <translation>訓練データには画像が {n} 枚ありますが、ラベルの形状は {shape} です。画像 1 枚につきラベルを 1 つ（または one-hot を 1 行）与えてください。</translation>
        </message>
        <message>
            <source>The test set has {n} images but labels of shape {shape}; give one label (or one one-hot row) per image.</source>
            <translation>テストデータには画像が {n} 枚ありますが、ラベルの形状は {shape} です。画像 1 枚につきラベルを 1 つ（または one-hot を 1 行）与えてください。</translation>
        </message>
        <message>
            <source>train_size is {train_size} but there are only {n} training images; use at most {n} (or None for all).</source>
            <translation>train_size は {train_size} ですが、訓練画像は {n} 枚しかありません。{n} 以下にしてください（すべて使うなら None）。</translation>
        </message>
        <message>
            <source>The training images contain NaN or infinite pixels.</source>
            <translation>訓練画像に NaN または無限大のピクセルがあります。</translation>
        </message>
        <message>
            <source>The test images contain NaN or infinite pixels.</source>
            <translation>テスト画像に NaN または無限大のピクセルがあります。</translation>
        </message>
        <message>
            <source>The training labels must be whole class numbers &gt;= 0.</source>
            <translation>訓練データのラベルは 0 以上の整数のクラス番号でなければなりません。</translation>
        </message>
        <message>
            <source>The test labels must be whole class numbers &gt;= 0.</source>
            <translation>テストデータのラベルは 0 以上の整数のクラス番号でなければなりません。</translation>
        </message>
        <message>
            <source>The training labels have {n_train} classes but the test labels have {n_test}; use the same label format for both.</source>
            <translation>訓練データのラベルは {n_train} クラスですが、テストデータのラベルは {n_test} クラスです。両方で同じラベル形式を使ってください。</translation>
        </message>
        <message>
            <source>Training images have {n_train} pixels but test images have {n_test}; they must be the same size.</source>
            <translation>訓練画像は {n_train} ピクセルですが、テスト画像は {n_test} ピクセルです。同じ大きさでなければなりません。</translation>
        </message>
        <message>
            <source>batch_size is {batch_size} but the training set has only {n} images; use a batch_size of at most {n} or more training images.</source>
            <translation>batch_size は {batch_size} ですが、訓練データは {n} 枚しかありません。batch_size を {n} 以下にするか、訓練画像を増やしてください。</translation>
        </message>
    </context>
</TS>

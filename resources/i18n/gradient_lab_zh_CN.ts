<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gradient Lab</source>
            <translation>关于梯度实验室</translation>
        </message>
        <message>
            <source>Gradient Lab %s</source>
            <translation>梯度实验室 %s</translation>
        </message>
        <message>
            <source>Chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saito), visible and playable: loss functions, derivatives, gradients, gradient descent and a two-layer network learning MNIST.</source>
            <translation>让《深度学习入门：基于 Python 的理论与实现》（斋藤康毅）第 4 章看得见、玩得动：损失函数、数值微分、梯度、梯度法，以及学习 MNIST 的两层神经网络。</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Gradient Lab: MIT licence.</source>
            <translation>梯度实验室：MIT 许可证。</translation>
        </message>
        <message>
            <source>Qt and PySide6: GNU LGPL v3.</source>
            <translation>Qt 与 PySide6：GNU LGPL v3。</translation>
        </message>
        <message>
            <source>pyqtgraph: MIT licence.</source>
            <translation>pyqtgraph：MIT 许可证。</translation>
        </message>
        <message>
            <source>NumPy: BSD licence.</source>
            <translation>NumPy：BSD 许可证。</translation>
        </message>
        <message>
            <source>SymPy: BSD licence.</source>
            <translation>SymPy：BSD 许可证。</translation>
        </message>
        <message>
            <source>Numba and llvmlite: BSD licence.</source>
            <translation>Numba 与 llvmlite：BSD 许可证。</translation>
        </message>
        <message>
            <source>PyOpenGL: BSD licence.</source>
            <translation>PyOpenGL：BSD 许可证。</translation>
        </message>
        <message>
            <source>Pillow: MIT-CMU (HPND) licence.</source>
            <translation>Pillow：MIT-CMU（HPND）许可证。</translation>
        </message>
        <message>
            <source>MNIST data</source>
            <translation>MNIST 数据</translation>
        </message>
        <message>
            <source>"The MNIST database of handwritten digits" by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, licensed under CC BY-SA 3.0 (Creative Commons Attribution-Share Alike 3.0). The four original files are bundled unchanged in resources/mnist.</source>
            <translation>"The MNIST database of handwritten digits"（手写数字 MNIST 数据集），作者 Yann LeCun、Corinna Cortes 与 Christopher J.C. Burges，采用 CC BY-SA 3.0（知识共享 署名-相同方式共享 3.0）许可。四个原始文件未经修改地附带在 resources/mnist 中。</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>%s: x axis %s, y axis %s</source>
            <translation>%s：横轴 %s，纵轴 %s</translation>
        </message>
        <message>
            <source>plot</source>
            <translation>图</translation>
        </message>
        <message>
            <source>curves: %s</source>
            <translation>曲线：%s</translation>
        </message>
        <message>
            <source>Plot: %s</source>
            <translation>图：%s</translation>
        </message>
    </context>
    <context>
        <name>AccuracyPanel</name>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>range ±</source>
            <translation>范围 ±</translation>
        </message>
        <message>
            <source>w (or drag the black line):</source>
            <translation>w（或拖动黑色竖线）：</translation>
        </message>
        <message>
            <source>w</source>
            <translation>w</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>识别精度</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>d accuracy / dw</source>
            <translation>d 识别精度 / dw</translation>
        </message>
        <message>
            <source>d loss / dw</source>
            <translation>d 损失 / dw</translation>
        </message>
        <message>
            <source>A 2-4-2 network on 30 points. Moving w changes the loss continuously, but the accuracy only jumps when a point changes class: its slope is 0 almost everywhere, so gradient descent would never move.</source>
            <translation>30 个点上的 2-4-2 神经网络。移动 w 时损失连续变化，而识别精度只在某个点改变类别时才跳变：它的斜率几乎处处为 0，所以梯度法根本不会移动。</translation>
        </message>
        <message>
            <source>Accuracy (steps) vs loss (smooth)</source>
            <translation>识别精度（阶梯）与损失（平滑）</translation>
        </message>
        <message>
            <source>weight w = %s</source>
            <translation>权重 w = %s</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>识别精度 (%)</translation>
        </message>
        <message>
            <source>Their slopes (h = 1e-4)</source>
            <translation>它们的斜率（h = 1e-4）</translation>
        </message>
        <message>
            <source>weight w</source>
            <translation>权重 w</translation>
        </message>
        <message>
            <source>slope</source>
            <translation>斜率</translation>
        </message>
        <message>
            <source>Step vs sigmoid (fig 4-4)</source>
            <translation>阶跃函数与 sigmoid 函数（图 4-4）</translation>
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
            <translation>它们的斜率</translation>
        </message>
        <message>
            <source>dh/dx</source>
            <translation>dh/dx</translation>
        </message>
        <message>
            <source>step</source>
            <translation>阶跃函数</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid 函数</translation>
        </message>
        <message>
            <source>step: 0</source>
            <translation>阶跃函数：0</translation>
        </message>
        <message>
            <source>sigmoid: &gt; 0</source>
            <translation>sigmoid 函数：&gt; 0</translation>
        </message>
        <message>
            <source>Over the %d sampled w the accuracy slope is 0 at %s %% of them, the loss slope at %s %%.</source>
            <translation>在采样的 %d 个 w 中，识别精度的斜率在 %s %% 处为 0，损失的斜率在 %s %% 处为 0。</translation>
        </message>
    </context>
    <context>
        <name>AccuracyPerEpoch</name>
        <message>
            <source>Accuracy per epoch (fig. 4-12)</source>
            <translation>每个 epoch 的识别精度（图 4-12）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>识别精度</translation>
        </message>
        <message>
            <source>Measured at the end of every epoch:
iter_per_epoch =
train size / batch size</source>
            <translation>每个 epoch 结束时测量：
iter_per_epoch =
训练数 / 批大小</translation>
        </message>
        <message>
            <source>train acc</source>
            <translation>训练数据识别精度</translation>
        </message>
        <message>
            <source>test acc</source>
            <translation>测试数据识别精度</translation>
        </message>
        <message>
            <source>%s train images · %s</source>
            <translation>%s 张训练图像 · %s</translation>
        </message>
    </context>
    <context>
        <name>ActivationHistograms</name>
        <message>
            <source>%d-layer</source>
            <translation>第 %d 层</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活值</translation>
        </message>
        <message>
            <source>count</source>
            <translation>个数</translation>
        </message>
        <message>
            <source>mean %s&lt;br&gt;std %s</source>
            <translation>平均 %s&lt;br&gt;标准差 %s</translation>
        </message>
        <message>
            <source>exactly 0: %s %%&lt;br&gt;(not drawn)</source>
            <translation>恰好为 0：%s %%&lt;br&gt;（未画出）</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>%d runs × %d iterations: %s — press Start</source>
            <translation>%d 次运行 × %d 次迭代：%s —— 按“开始”</translation>
        </message>
        <message>
            <source>Run %d of %d: %s</source>
            <translation>第 %d 次运行（共 %d 次）：%s</translation>
        </message>
        <message>
            <source>Comparison stopped after %d of %d runs: those that ran are kept.</source>
            <translation>比较在第 %d 次运行（共 %d 次）时停止：已完成的运行都保留着。</translation>
        </message>
        <message>
            <source>All %d runs done: each is drawn in its own colour and dashes, the loss smoothed as the book smooths it.</source>
            <translation>全部 %d 次运行已完成：每次运行用各自的颜色和虚线绘制，损失按书中的方法平滑。</translation>
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <source>epoch %d</source>
            <translation>第 %d 个 epoch</translation>
        </message>
        <message>
            <source>predicted label</source>
            <translation>预测标签</translation>
        </message>
        <message>
            <source>true label</source>
            <translation>正确标签</translation>
        </message>
        <message>
            <source>Confusion matrix of the test set (rows: true label, columns: predicted label)</source>
            <translation>测试数据的混淆矩阵（行：正确标签，列：预测标签）</translation>
        </message>
    </context>
    <context>
        <name>DeckPanel</name>
        <message>
            <source>Deck</source>
            <translation>幻灯片组</translation>
        </message>
        <message>
            <source>The deck's scenes in order: double-click (or Enter) shows one; Page Down and Page Up walk them.</source>
            <translation>幻灯片组中的场景（按顺序）：双击（或按回车）显示一个场景；Page Down 和 Page Up 逐个切换。</translation>
        </message>
        <message>
            <source>Add this view</source>
            <translation>加入当前画面</translation>
        </message>
        <message>
            <source>Append what the window shows now as the last scene (Ctrl+D)</source>
            <translation>把窗口现在显示的内容加为最后一个场景（Ctrl+D）</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Put what the window shows now in place of the selected scene</source>
            <translation>用窗口现在显示的内容替换选中的场景</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Close the deck</source>
            <translation>关闭幻灯片组</translation>
        </message>
        <message>
            <source>Page Down and Page Up walk the sections again</source>
            <translation>Page Down 和 Page Up 重新用于切换各节</translation>
        </message>
    </context>
    <context>
        <name>DerivativePlots</name>
        <message>
            <source>f(x) and its tangent at x (figs 4-6, 4-7)</source>
            <translation>f(x) 及其在 x 处的切线（图 4-6、4-7）</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>|error|</source>
            <translation>|误差|</translation>
        </message>
        <message>
            <source>Error against h:</source>
            <translation>误差与 h 的关系：</translation>
        </message>
        <message>
            <source>measured</source>
            <translation>实测</translation>
        </message>
        <message>
            <source>other scheme</source>
            <translation>另一种差分</translation>
        </message>
        <message>
            <source>truncation</source>
            <translation>截断误差</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>舍入误差</translation>
        </message>
        <message>
            <source>f(x)</source>
            <translation>f(x)</translation>
        </message>
        <message>
            <source>numerical tangent</source>
            <translation>数值切线</translation>
        </message>
        <message>
            <source>analytic tangent</source>
            <translation>解析切线</translation>
        </message>
        <message>
            <source>pinned tangents</source>
            <translation>固定的切线</translation>
        </message>
        <message>
            <source>truncation error (model)</source>
            <translation>截断误差（模型）</translation>
        </message>
        <message>
            <source>rounding error (model)</source>
            <translation>舍入误差（模型）</translation>
        </message>
        <message>
            <source>measured error</source>
            <translation>实测误差</translation>
        </message>
    </context>
    <context>
        <name>DerivativeSection</name>
        <message>
            <source>No analytic slope here: error measured against a float64 central difference.</source>
            <translation>这里没有解析斜率：误差是相对于 float64 中心差分测量的。</translation>
        </message>
        <message>
            <source>analytic slope f'(x)</source>
            <translation>解析斜率 f'(x)</translation>
        </message>
        <message>
            <source>numerical − analytic</source>
            <translation>数值 − 解析</translation>
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
            <translation>无法画出误差：f 在 x 附近不是有限的，所以没有可比较的斜率。</translation>
        </message>
        <message>
            <source>numerical (%s, %s)</source>
            <translation>数值（%s，%s）</translation>
        </message>
        <message>
            <source>Pinned tangent at x = %s: numerical %s (%s, h = %s), analytic %s</source>
            <translation>固定在 x = %s 的切线：数值 %s（%s，h = %s），解析 %s</translation>
        </message>
        <message>
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <source>forward</source>
            <translation>前向差分</translation>
        </message>
        <message>
            <source>Rounding error dominates at this h: make h larger.</source>
            <translation>在这个 h 下舍入误差占主导：请把 h 调大。</translation>
        </message>
        <message>
            <source>Truncation error dominates at this h: a smaller h (or the central difference) is more accurate.</source>
            <translation>在这个 h 下截断误差占主导：更小的 h（或中心差分）更准确。</translation>
        </message>
        <message>
            <source>No analytic derivative: %s</source>
            <translation>没有解析导数：%s</translation>
        </message>
        <message>
            <source>f has a corner or a jump there (abs, sign, step or relu of 0).</source>
            <translation>f 在那里有尖角或跳跃（abs、sign、step 或 relu 在 0 处）。</translation>
        </message>
        <message>
            <source>the slope is infinite or f is undefined there.</source>
            <translation>那里的斜率为无穷大，或 f 没有定义。</translation>
        </message>
        <message>
            <source>f'(x) = %s, but there is no analytic derivative at x = %s: %s</source>
            <translation>f'(x) = %s，但在 x = %s 处没有解析导数：%s</translation>
        </message>
        <message>
            <source>f'(x) = %s</source>
            <translation>f'(x) = %s</translation>
        </message>
        <message>
            <source>The book's bad implementation: (f(x + h) − f(x)) / h with h = 10e-50. In float64, x + h == x, so the slope is 0; in float32, h itself underflows to 0 (np.float32(1e-50) is 0.0) and the quotient is 0/0. Switch the precision to see both; the book's fix is the central difference with h = 1e-4.</source>
            <translation>书中不好的实现示例：(f(x + h) − f(x)) / h，h = 10e-50。在 float64 中 x + h == x，所以斜率为 0；在 float32 中 h 本身下溢为 0（np.float32(1e-50) 是 0.0），差商是 0/0。切换精度可以看到两种情况；书中的改进是 h = 1e-4 的中心差分。</translation>
        </message>
        <message>
            <source>x from</source>
            <translation>x 从</translation>
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
            <translation>固定切线</translation>
        </message>
        <message>
            <source>Clear pins</source>
            <translation>清除固定的切线</translation>
        </message>
        <message>
            <source>Or drag the dotted vertical line in the plot.</source>
            <translation>也可以拖动图中的竖直虚线。</translation>
        </message>
    </context>
    <context>
        <name>DescentInputs</name>
        <message>
            <source>The learning rate must be a finite number.</source>
            <translation>学习率必须是有限的数。</translation>
        </message>
        <message>
            <source>lr = 0 never moves: x ← x − 0·∇f. Use a positive learning rate such as 0.1.</source>
            <translation>lr = 0 时永远不会移动：x ← x − 0·∇f。请使用正的学习率，例如 0.1。</translation>
        </message>
        <message>
            <source>A negative learning rate climbs uphill (gradient ascent), away from the minimum. Use a positive value such as 0.1.</source>
            <translation>负的学习率会往上坡走（梯度上升），离最小值越来越远。请使用正值，例如 0.1。</translation>
        </message>
        <message>
            <source>lr = %s is below 1e-12: every step would vanish in rounding. Try 1e-10 to see a stalled descent.</source>
            <translation>lr = %s 小于 1e-12：每一步都会在舍入中消失。试试 1e-10，看看停滞的梯度下降。</translation>
        </message>
        <message>
            <source>lr = %s is above 1000: the first step already leaves any view. Try 10 to watch a divergence.</source>
            <translation>lr = %s 大于 1000：第一步就会离开任何视图。试试 10，观察发散。</translation>
        </message>
        <message>
            <source>Type a whole number of steps from 1 to %d, e.g. 100.</source>
            <translation>请输入 1 到 %d 之间的整数步数，例如 100。</translation>
        </message>
        <message>
            <source>'%s' is not a number.</source>
            <translation>“%s”不是数。</translation>
        </message>
        <message>
            <source>%s is not a whole number.</source>
            <translation>%s 不是整数。</translation>
        </message>
        <message>
            <source>At least 1 step is needed: step_num = %s would leave x at the start.</source>
            <translation>至少需要 1 步：step_num = %s 会让 x 停在起点。</translation>
        </message>
        <message>
            <source>Type up to %d learning rates between 1e-12 and 1000, separated by commas, e.g. 10, 1e-10.</source>
            <translation>请输入最多 %d 个介于 1e-12 和 1000 之间的学习率，用逗号分隔，例如 10, 1e-10。</translation>
        </message>
        <message>
            <source>%d learning rates were typed; at most %d race besides the slider's (four curves in all).</source>
            <translation>输入了 %d 个学习率；除滑块的学习率外最多再加 %d 个参加比赛（共四条曲线）。</translation>
        </message>
        <message>
            <source>%s steps would take minutes; capped at %d steps.</source>
            <translation>%s 步需要好几分钟；已限制为 %d 步。</translation>
        </message>
    </context>
    <context>
        <name>DescentRacers</name>
        <message>
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>decay rate</source>
            <translation>衰减率</translation>
        </message>
        <message>
            <source>β1: how slowly m (the mean gradient) forgets</source>
            <translation>β1：m（梯度的平均）遗忘得有多慢</translation>
        </message>
        <message>
            <source>β2: how slowly v (the mean squared gradient) forgets</source>
            <translation>β2：v（梯度平方的平均）遗忘得有多慢</translation>
        </message>
        <message>
            <source>'%s' is not a finite number; %s stays %s.</source>
            <translation>“%s”不是有限的数；%s 保持为 %s。</translation>
        </message>
        <message>
            <source>%s. %s stays %s.</source>
            <translation>%s。%s 保持为 %s。</translation>
        </message>
        <message>
            <source>The optimizer of this racer (6.1)</source>
            <translation>这名选手的优化器（6.1）</translation>
        </message>
        <message>
            <source>Remove this racer</source>
            <translation>移除这名选手</translation>
        </message>
        <message>
            <source>At most %d racers share the plot (learning rates included); remove one first.</source>
            <translation>图上最多 %d 名选手（包括学习率）；请先移除一名。</translation>
        </message>
        <message>
            <source>Optimizers racing with them (6.1): up to six racers in all</source>
            <translation>与它们比赛的优化器（6.1）：总共最多六名选手</translation>
        </message>
        <message>
            <source>Add a racer</source>
            <translation>添加选手</translation>
        </message>
    </context>
    <context>
        <name>DescentSection</name>
        <message>
            <source>f(x0, x1) = %s is not finite anywhere in the view (inf or nan): there is nothing to descend. The previous surface stays.</source>
            <translation>f(x0, x1) = %s 在视野内处处不是有限值（inf 或 nan）：没有可以下降的地方。保留之前的曲面。</translation>
        </message>
        <message>
            <source>f is not finite on %d%% of the view (e.g. log or sqrt of a negative number); contours are left out there and a path that enters it stops.</source>
            <translation>f 在视野的 %d%% 区域不是有限值（例如对负数取 log 或 sqrt）；那里不画等高线，进入那里的路径会停止。</translation>
        </message>
        <message>
            <source>%d learning rates were typed, but the optimizers below leave room for %d (six racers in all).</source>
            <translation>输入了 %d 个学习率，但下面的优化器只留下 %d 个位置（共六名选手）。</translation>
        </message>
        <message>
            <source>The end of the race: final x, f(x) and the first step with f &lt; 1e-3</source>
            <translation>比赛结束：最终的 x、f(x) 以及 f &lt; 1e-3 的第一步</translation>
        </message>
        <message>
            <source>The descent could not be computed: %s</source>
            <translation>无法计算梯度下降：%s</translation>
        </message>
        <message>
            <source>left the view at step %d</source>
            <translation>在第 %d 步离开了视野</translation>
        </message>
        <message>
            <source>Computing %d steps for %d racers in the background …</source>
            <translation>正在后台计算 %d 步（共 %d 名选手）…</translation>
        </message>
        <message>
            <source>Computing %d steps for %d racers in the background … %d %%</source>
            <translation>正在后台计算 %d 步（共 %d 名选手）… %d %%</translation>
        </message>
        <message>
            <source>Start init_x = %s. Click the plot to move it.</source>
            <translation>起点 init_x = %s。点击图可以移动它。</translation>
        </message>
        <message>
            <source>f is not finite at the start %s; click a point where f has a value.</source>
            <translation>f 在起点 %s 处不是有限值；请点击一个 f 有值的点。</translation>
        </message>
        <message>
            <source>lr = %s</source>
            <translation>lr = %s</translation>
        </message>
        <message>
            <source>step %d of %d</source>
            <translation>第 %d 步，共 %d 步</translation>
        </message>
        <message>
            <source>Learning rate lr (η): slide 1e-10 … 10 or type</source>
            <translation>学习率 lr（η）：在 1e-10 … 10 之间滑动或直接输入</translation>
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
            <translation>步数（step_num）</translation>
        </message>
        <message>
            <source>Race: up to three more learning rates, e.g. 10, 1e-10</source>
            <translation>比赛：最多再加三个学习率，例如 10, 1e-10</translation>
        </message>
        <message>
            <source>10, 1e-10</source>
            <translation>10, 1e-10</translation>
        </message>
        <message>
            <source>Optimizers (6.1):</source>
            <translation>优化器（6.1）：</translation>
        </message>
        <message>
            <source>Step table</source>
            <translation>步骤表</translation>
        </message>
        <message>
            <source>Show each step of one learning rate: k, x0, x1, f(x) and |grad| (the table follows the animation)</source>
            <translation>显示一个学习率的每一步：k、x0、x1、f(x) 和 |grad|（表格随动画更新）</translation>
        </message>
        <message>
            <source>Steps of</source>
            <translation>显示其步骤：</translation>
        </message>
        <message>
            <source>Gradient descent on the contours of f</source>
            <translation>在 f 的等高线上进行梯度下降</translation>
        </message>
        <message>
            <source>contour lines of f (equal height)</source>
            <translation>f 的等高线（高度相等）</translation>
        </message>
        <message>
            <source>x0</source>
            <translation>x0</translation>
        </message>
        <message>
            <source>Gradient descent: x_k for each racer, steps 0 to %d</source>
            <translation>梯度下降：每名选手的 x_k，第 0 到 %d 步</translation>
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
            <translation>清除</translation>
        </message>
        <message>
            <source>Draw a digit with the mouse. It is cut to its bounding box, scaled to 20×20 and centred by mass in 28×28, as MNIST was prepared.</source>
            <translation>用鼠标写一个数字。它会被裁剪到外接框、缩放到 20×20，并按重心居中放进 28×28，与 MNIST 的制作方式相同。</translation>
        </message>
        <message>
            <source>What the network sees (28×28):</source>
            <translation>神经网络看到的图像（28×28）：</translation>
        </message>
        <message>
            <source>Probability of each digit</source>
            <translation>各个数字的概率</translation>
        </message>
        <message>
            <source>digit</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>概率</translation>
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
            <translation>测试数字（红色 = 错误）</translation>
        </message>
        <message>
            <source>Test digits: predictions of the current network</source>
            <translation>测试数字：当前神经网络的预测</translation>
        </message>
        <message>
            <source>index</source>
            <translation>索引</translation>
        </message>
        <message>
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>正确</translation>
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
            <translation>概率</translation>
        </message>
        <message>
            <source>test digit #%d · label %d</source>
            <translation>测试数字 #%d · 标签 %d</translation>
        </message>
        <message>
            <source>hidden layer %d (%d): min %s · max %s</source>
            <translation>隐藏层 %d（%d）：最小 %s · 最大 %s</translation>
        </message>
        <message>
            <source>output: softmax y · predicted %d (%s %%) · orange = label %d</source>
            <translation>输出：softmax y · 预测 %d（%s %%）· 橙色 = 标签 %d</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Something went wrong inside Gradient Lab. The app keeps running, but the last action may not have finished. Please copy the details below into a bug report.</source>
            <translation>梯度实验室内部出错了。程序仍在运行，但上一个操作可能没有完成。请把下面的详细信息复制到错误报告中。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
    </context>
    <context>
        <name>ExplainPanel</name>
        <message>
            <source>Show or hide the explanation</source>
            <translation>显示或隐藏说明</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>There is no plotted data to export.</source>
            <translation>没有可导出的绘图数据。</translation>
        </message>
        <message>
            <source>This section has no plot to export.</source>
            <translation>本节没有可导出的图。</translation>
        </message>
        <message>
            <source>Could not write %s.</source>
            <translation>无法写入 %s。</translation>
        </message>
        <message>
            <source>Unknown export format %r; use png, svg or csv.</source>
            <translation>未知的导出格式 %r；请使用 png、svg 或 csv。</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>无法写入 %s：%s</translation>
        </message>
        <message>
            <source>No frames were recorded.</source>
            <translation>没有录到任何帧。</translation>
        </message>
        <message>
            <source>The section was closed while recording.</source>
            <translation>录制过程中本节被关闭了。</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>Plots as &amp;PNG image…</source>
            <translation>图像导出为 &amp;PNG 图片…</translation>
        </message>
        <message>
            <source>Plots as &amp;SVG drawing…</source>
            <translation>图像导出为 &amp;SVG 矢量图…</translation>
        </message>
        <message>
            <source>Plotted &amp;data as CSV…</source>
            <translation>绘图数据导出为 CSV(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Copy plots to the clipboard</source>
            <translation>把图复制到剪贴板(&amp;C)</translation>
        </message>
        <message>
            <source>Record the animation as &amp;GIF…</source>
            <translation>把动画录制为 &amp;GIF…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>Animated GIF (*.gif)</source>
            <translation>GIF 动画 (*.gif)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export failed: %s</source>
            <translation>导出失败：%s</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>已保存 %s</translation>
        </message>
        <message>
            <source>The plots are on the clipboard.</source>
            <translation>图已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Record GIF</source>
            <translation>录制 GIF</translation>
        </message>
        <message>
            <source>Seconds to record (10 frames per second):</source>
            <translation>录制秒数（每秒 10 帧）：</translation>
        </message>
        <message>
            <source>Recording GIF: frame %d of %d</source>
            <translation>正在录制 GIF：第 %d / %d 帧</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>There are no weights to save yet.</source>
            <translation>还没有可以保存的权重。</translation>
        </message>
        <message>
            <source>Could not save the weights: %s</source>
            <translation>无法保存权重：%s</translation>
        </message>
        <message>
            <source>Weights saved to %s</source>
            <translation>权重已保存到 %s</translation>
        </message>
        <message>
            <source>%s The current weights stay.</source>
            <translation>%s 当前的权重保持不变。</translation>
        </message>
        <message>
            <source>Could not load %s: its network maps %d pixels to %d classes, but the images have %d pixels and %d classes. The current weights stay.</source>
            <translation>无法加载 %s：其中的神经网络把 %d 个像素映射到 %d 个类别，但图像有 %d 个像素和 %d 个类别。当前的权重保持不变。</translation>
        </message>
        <message>
            <source>Loaded %s: Start continues training from these weights; Reset forgets them.</source>
            <translation>已加载 %s：“开始”会从这些权重继续学习；“重置”会丢弃它们。</translation>
        </message>
        <message>
            <source>Nothing to export yet: train first.</source>
            <translation>还没有可导出的内容：请先进行学习。</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>无法写入 %s：%s</translation>
        </message>
        <message>
            <source>Exported %d iterations to %s</source>
            <translation>已把 %d 次迭代导出到 %s</translation>
        </message>
        <message>
            <source>Save weights</source>
            <translation>保存权重</translation>
        </message>
        <message>
            <source>NumPy weights (*.npz)</source>
            <translation>NumPy 权重 (*.npz)</translation>
        </message>
        <message>
            <source>Load weights</source>
            <translation>加载权重</translation>
        </message>
        <message>
            <source>Export loss and accuracy</source>
            <translation>导出损失和识别精度</translation>
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
            <translation>%d ✗ 错误</translation>
        </message>
        <message>
            <source>L &lt; 0: y of the correct class rounds to exactly 1 in float64, and the 1e-7 guard gives L = −log(1 + 1e-7) ≈ −1e-7 (without the guard L would be 0).</source>
            <translation>L &lt; 0：正确类别的 y 在 float64 中被舍入为恰好 1，1e-7 保护项给出 L = −log(1 + 1e-7) ≈ −1e-7（没有保护项时 L 为 0）。</translation>
        </message>
        <message>
            <source>input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <source>weights W</source>
            <translation>权重 W</translation>
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
            <translation>损失 L</translation>
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
            <translation>书中印的损失是 0.92806853663411326：它的 log 中没有 1e-7 保护项（悬停查看详情）。</translation>
        </message>
        <message>
            <source>The book prints loss = 0.92806853663411326 and dW = [[0.21924763 0.14356247 −0.36281009] [0.32887144 0.2153437 −0.54421514]]. It computed them without the 1e-7 guard inside the log; this app keeps the guard of cross_entropy_error, log(y + 1e-7), so its loss is ~2.5e-7 lower and dW differs by ~1e-7.</source>
            <translation>书中印的是 loss = 0.92806853663411326 和 dW = [[0.21924763 0.14356247 −0.36281009] [0.32887144 0.2153437 −0.54421514]]。它们是在 log 中没有 1e-7 保护项的情况下算出的；本程序保留了 cross_entropy_error 的保护项 log(y + 1e-7)，因此损失约低 2.5e-7，dW 约相差 1e-7。</translation>
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
            <translation>输入一个函数并按回车。可以使用：数字、%s、+ - * / ** ^、括号、sin cos tan exp log sqrt abs tanh sigmoid …、pi、e。</translation>
        </message>
        <message>
            <source>The last valid function stays plotted.</source>
            <translation>图中保留上一个有效的函数。</translation>
        </message>
    </context>
    <context>
        <name>GradientSection</name>
        <message>
            <source>f(x0, x1) = %s is not a finite number anywhere on the grid (inf or nan), so it has no gradient to draw; the previous field stays.</source>
            <translation>f(x0, x1) = %s 在网格上处处不是有限值（inf 或 nan），所以没有可画的梯度；保留之前的向量场。</translation>
        </message>
        <message>
            <source>f is not finite at %d of %d grid points (e.g. log or sqrt of a negative number, or a division by zero); no arrows are drawn there.</source>
            <translation>f 在 %d / %d 个网格点上不是有限值（例如对负数取 log 或 sqrt，或除以零）；那里不画箭头。</translation>
        </message>
        <message>
            <source>%d arrows per axis is outside the accepted %d to %d; showing %d × %d.</source>
            <translation>每个轴 %d 个箭头超出了允许的范围 %d 到 %d；现在显示 %d × %d。</translation>
        </message>
        <message>
            <source>Field computed and handed to the plot in %s ms.</source>
            <translation>梯度场计算并交给绘图用了 %s 毫秒。</translation>
        </message>
        <message>
            <source>%d × %d grid: %d arrows.</source>
            <translation>%d × %d 网格：%d 个箭头。</translation>
        </message>
        <message>
            <source>No arrow at %d point(s) where ∇f = 0 (a minimum, maximum or saddle): there is no downhill direction.</source>
            <translation>在 ∇f = 0 的 %d 个点（极小值、极大值或鞍点）没有箭头：那里没有下降方向。</translation>
        </message>
        <message>
            <source>No arrow at %d point(s) where f or ∇f is not finite.</source>
            <translation>在 f 或 ∇f 不是有限数的 %d 个点没有箭头。</translation>
        </message>
        <message>
            <source>Same length (direction only)</source>
            <translation>相同长度（只显示方向）</translation>
        </message>
        <message>
            <source>Off: arrow length is proportional to |∇f|, the longest arrow fills one grid step.</source>
            <translation>关闭时：箭头长度与 |∇f| 成正比，最长的箭头占满一个网格间距。</translation>
        </message>
        <message>
            <source>Arrows per axis</source>
            <translation>每个轴的箭头数</translation>
        </message>
        <message>
            <source>Arrows show −∇f, the direction of steepest descent. Each arrow starts at its grid point; they are long where f is steep and vanish at the minimum.</source>
            <translation>箭头表示 −∇f，即下降最快的方向。每个箭头从它的网格点出发；f 越陡箭头越长，在最小值处消失。</translation>
        </message>
        <message>
            <source>Move the mouse over the plot (or click it and use the arrow keys) to read f and its gradient there:</source>
            <translation>把鼠标移到图上（或点击图后用方向键），读取该处的 f 及其梯度：</translation>
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
            <translation>箭头：−∇f，下降最快的方向</translation>
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
            <translation>箭头：−∇f</translation>
        </message>
        <message>
            <source>contour lines of f (equal height)</source>
            <translation>f 的等高线（高度相等）</translation>
        </message>
    </context>
    <context>
        <name>GradientTools</name>
        <message>
            <source>Gradient check on the current network</source>
            <translation>对当前神经网络进行梯度确认</translation>
        </message>
        <message>
            <source>max |diff|</source>
            <translation>最大 |差|</translation>
        </message>
        <message>
            <source>max rel. diff</source>
            <translation>最大相对差</translation>
        </message>
        <message>
            <source>Race time per method (s)</source>
            <translation>每种方法的比赛时间（秒）</translation>
        </message>
        <message>
            <source>Race: backprop vs numerical</source>
            <translation>比赛：误差反向传播法 对 数值微分</translation>
        </message>
        <message>
            <source>Race: loss vs wall time</source>
            <translation>比赛：损失与用时</translation>
        </message>
        <message>
            <source>wall time</source>
            <translation>用时</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>backprop</source>
            <translation>误差反向传播法</translation>
        </message>
        <message>
            <source>numerical</source>
            <translation>数值微分</translation>
        </message>
        <message>
            <source>Compares backprop with central differences (h = 1e-4) on 10 test images.</source>
            <translation>在 10 张测试图像上比较误差反向传播法与中心差分（h = 1e-4）。</translation>
        </message>
        <message>
            <source>No network or data yet: wait for MNIST to load.</source>
            <translation>还没有神经网络或数据：请等待 MNIST 加载完成。</translation>
        </message>
        <message>
            <source>The gradient check is offered for the book's network (one sigmoid hidden layer). Choose 1 hidden layer and sigmoid, then Reset or train.</source>
            <translation>梯度确认只适用于书中的网络（1 个 sigmoid 隐藏层）。请选择 1 个隐藏层和 sigmoid，然后按“重置”或进行学习。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在确认…</translation>
        </message>
        <message>
            <source>agree: backprop is correct</source>
            <translation>一致：误差反向传播法是正确的</translation>
        </message>
        <message>
            <source>DISAGREE</source>
            <translation>不一致</translation>
        </message>
        <message>
            <source>Largest difference %s — the two methods %s.</source>
            <translation>最大差为 %s —— 两种方法%s。</translation>
        </message>
        <message>
            <source>No data yet: wait for MNIST to load.</source>
            <translation>还没有数据：请等待 MNIST 加载完成。</translation>
        </message>
        <message>
            <source>The race needs the numerical gradient, offered for the book's network only: 1 sigmoid hidden layer, SGD, no weight decay, a numeric std.</source>
            <translation>比赛需要数值梯度，它只适用于书中的网络：1 个 sigmoid 隐藏层、SGD、无权值衰减、数值标准差。</translation>
        </message>
        <message>
            <source>Racing…</source>
            <translation>正在比赛…</translation>
        </message>
        <message>
            <source>Both methods train from the same weights for the same wall time.</source>
            <translation>两种方法从相同的权重出发，学习相同的时间。</translation>
        </message>
        <message>
            <source>backprop: %d iterations, loss %s
numerical: %d iterations, loss %s</source>
            <translation>误差反向传播法：%d 次迭代，损失 %s
数值微分：%d 次迭代，损失 %s</translation>
        </message>
        <message>
            <source>backprop did %s× as many iterations</source>
            <translation>误差反向传播法完成的迭代次数是 %s 倍</translation>
        </message>
        <message>
            <source>Failed: %s</source>
            <translation>失败：%s</translation>
        </message>
    </context>
    <context>
        <name>HSlider</name>
        <message>
            <source>h = 0: the difference quotient would divide by zero (0/0, not a number). Type an h greater than 0, e.g. 1e-4.</source>
            <translation>h = 0：差商将除以零（0/0，不是一个数）。请输入大于 0 的 h，例如 1e-4。</translation>
        </message>
        <message>
            <source>h = %s is negative. The formula still works with the sign flipped: the central difference gives the same slope as h = %s, and the forward difference becomes the backward difference (f(x) − f(x − %s)) / %s. Here h is the size of the step, on a log scale: type %s.</source>
            <translation>h = %s 是负数。公式在符号翻转后照样成立：中心差分给出与 h = %s 相同的斜率，前向差分则变成后向差分 (f(x) − f(x − %s)) / %s。这里的 h 是步长的大小，用对数刻度表示：请输入 %s。</translation>
        </message>
        <message>
            <source>h = %s is far too large for a derivative; use h ≤ 1.</source>
            <translation>h = %s 对求导来说太大了；请使用 h ≤ 1。</translation>
        </message>
        <message>
            <source>h (log scale; type any value &gt; 0)</source>
            <translation>h（对数刻度；可输入任意 &gt; 0 的值）</translation>
        </message>
    </context>
    <context>
        <name>KeptRuns</name>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>已发散</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>出错</translation>
        </message>
        <message>
            <source>lr %s</source>
            <translation>lr %s</translation>
        </message>
        <message>
            <source>default settings</source>
            <translation>默认设置</translation>
        </message>
        <message>
            <source>1 hidden layer</source>
            <translation>1 个隐藏层</translation>
        </message>
        <message>
            <source>%d hidden layers</source>
            <translation>%d 个隐藏层</translation>
        </message>
        <message>
            <source>%d neurons per layer</source>
            <translation>每层 %d 个神经元</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>恒等函数</translation>
        </message>
        <message>
            <source>all images</source>
            <translation>全部图像</translation>
        </message>
        <message>
            <source>%s images</source>
            <translation>%s 张图像</translation>
        </message>
        <message>
            <source>batch %d</source>
            <translation>batch %d</translation>
        </message>
        <message>
            <source>%d iterations</source>
            <translation>%d 次迭代</translation>
        </message>
        <message>
            <source>backprop</source>
            <translation>误差反向传播法</translation>
        </message>
        <message>
            <source>numerical gradient</source>
            <translation>数值梯度</translation>
        </message>
        <message>
            <source>the book's loop</source>
            <translation>书中的循环</translation>
        </message>
        <message>
            <source>seed %d</source>
            <translation>随机种子 %d</translation>
        </message>
        <message>
            <source>same settings</source>
            <translation>设置相同</translation>
        </message>
        <message>
            <source>std %s</source>
            <translation>标准差 %s</translation>
        </message>
        <message>
            <source>Clear kept runs (%d)</source>
            <translation>清除保留的运行（%d）</translation>
        </message>
        <message>
            <source>Clear kept runs</source>
            <translation>清除保留的运行</translation>
        </message>
        <message>
            <source>Each run that ends stays as a faded curve (up to %d, the oldest goes first); this forgets them</source>
            <translation>每次结束的运行都会以淡色曲线保留下来（最多 %d 条，最早的先被移除）；按此按钮将它们全部清除</translation>
        </message>
        <message>
            <source>#%d train</source>
            <translation>#%d 训练</translation>
        </message>
        <message>
            <source>#%d test</source>
            <translation>#%d 测试</translation>
        </message>
        <message>
            <source>%s: train acc</source>
            <translation>%s：训练数据识别精度</translation>
        </message>
        <message>
            <source>%s: test acc</source>
            <translation>%s：测试数据识别精度</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>迭代次数</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>mini-batch 的损失</translation>
        </message>
        <message>
            <source>smoothed loss (book)</source>
            <translation>平滑后的损失（书中的方法）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>train acc</source>
            <translation>训练数据识别精度</translation>
        </message>
        <message>
            <source>test acc</source>
            <translation>测试数据识别精度</translation>
        </message>
        <message>
            <source>Kept run %s · %d iterations</source>
            <translation>保留的运行 %s · %d 次迭代</translation>
        </message>
    </context>
    <context>
        <name>LabControls</name>
        <message>
            <source>Deeper networks (book 6.1–6.4)</source>
            <translation>更深的神经网络（书 6.1–6.4）</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>隐藏层数</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Initial weights</source>
            <translation>权重初始值</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <source>Decay rate ρ</source>
            <translation>衰减率 ρ</translation>
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
            <translation>权值衰减 λ</translation>
        </message>
        <message>
            <source>0 = softmax regression (no hidden layer); the book's 4.5 network has 1, fig 6-9's has 4. Each is 'Hidden size' neurons wide.</source>
            <translation>0 = softmax 回归（没有隐藏层）；书中 4.5 的网络有 1 个，图 6-9 的有 4 个。每层的神经元数为“隐藏层大小”。</translation>
        </message>
        <message>
            <source>sigmoid (book 4.5)</source>
            <translation>sigmoid 函数（书 4.5）</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU 函数</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>tanh 函数</translation>
        </message>
        <message>
            <source>identity (linear)</source>
            <translation>恒等函数（线性）</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD（随机梯度下降法）</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum（动量）</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov（提前看一步的动量）</translation>
        </message>
        <message>
            <source>AdaGrad</source>
            <translation>AdaGrad（自适应学习率）</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop（逐渐遗忘的 AdaGrad）</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam（Momentum + AdaGrad）</translation>
        </message>
        <message>
            <source>std (number below)</source>
            <translation>标准差（下面的数值）</translation>
        </message>
        <message>
            <source>Xavier √(1/n)</source>
            <translation>Xavier 初始值 √(1/n)</translation>
        </message>
        <message>
            <source>He √(2/n)</source>
            <translation>He 初始值 √(2/n)</translation>
        </message>
        <message>
            <source>n = the number of inputs of each layer. Xavier suits sigmoid and tanh, He suits ReLU (book 6.2).</source>
            <translation>n = 每一层的输入个数。Xavier 初始值适合 sigmoid 和 tanh，He 初始值适合 ReLU（书 6.2）。</translation>
        </message>
        <message>
            <source>η is the learning rate above. The book: η 0.01 for SGD, Momentum and AdaGrad, 0.001 for Adam.</source>
            <translation>η 就是上面的学习率。书中：SGD、Momentum 和 AdaGrad 用 η 0.01，Adam 用 0.001。</translation>
        </message>
        <message>
            <source>Adds ½ λ ΣW² to the loss: 0 = none; fig 6-20 uses 0.1.</source>
            <translation>在损失上加上 ½ λ ΣW²：0 = 不使用；图 6-20 用 0.1。</translation>
        </message>
        <message>
            <source>%d hidden layers is too many: use at most %d (0 is softmax regression).</source>
            <translation>%d 个隐藏层太多了：最多 %d 个（0 即 softmax 回归）。</translation>
        </message>
        <message>
            <source>A hidden layer of %d neurons is too wide: use at most %d (the book uses 50 and 100).</source>
            <translation>有 %d 个神经元的隐藏层太宽了：最多 %d 个（书中用 50 和 100）。</translation>
        </message>
        <message>
            <source>Weight decay λ must be a number from 0 to %s (0 = none; fig 6-20 uses 0.1), not '%s'.</source>
            <translation>权值衰减 λ 必须是 0 到 %s 之间的数（0 = 不使用；图 6-20 用 0.1），而不是“%s”。</translation>
        </message>
        <message>
            <source>Weight init std 0 gives every neuron the same weights: choose a number above 0, Xavier or He.</source>
            <translation>权重初始值标准差为 0 会让所有神经元的权重都相同：请选择大于 0 的数、Xavier 或 He。</translation>
        </message>
        <message>
            <source>The numerical gradient is offered for the book's network (1 sigmoid hidden layer, SGD, no weight decay, a numeric std) only: choose backprop.</source>
            <translation>数值梯度只适用于书中的网络（1 个 sigmoid 隐藏层、SGD、无权值衰减、数值标准差）：请选择误差反向传播。</translation>
        </message>
    </context>
    <context>
        <name>LayersPage</name>
        <message>
            <source>One digit, layer by layer</source>
            <translation>一个数字，逐层</translation>
        </message>
        <message>
            <source>Activation histograms</source>
            <translation>激活值直方图</translation>
        </message>
        <message>
            <source>Weights and gradients over time</source>
            <translation>权重和梯度随时间的变化</translation>
        </message>
        <message>
            <source>Test digit (index):</source>
            <translation>测试数字（索引）：</translation>
        </message>
        <message>
            <source>Waiting for MNIST and the network…</source>
            <translation>正在等待 MNIST 和网络……</translation>
        </message>
        <message>
            <source>Next mistake →</source>
            <translation>下一个错误 →</translation>
        </message>
        <message>
            <source>The next test digit the current network classifies wrongly</source>
            <translation>当前网络分类错误的下一个测试数字</translation>
        </message>
        <message>
            <source>Current network, 1000 test digits</source>
            <translation>当前网络，1000 个测试数字</translation>
        </message>
        <message>
            <source>The book's experiment (figs 6-10 … 6-14)</source>
            <translation>书中的实验（图 6-10 … 6-14）</translation>
        </message>
        <message>
            <source>%s, initial weights:</source>
            <translation>%s，权重初始值：</translation>
        </message>
    </context>
    <context>
        <name>LayersView</name>
        <message>
            <source>The Layers tab could not compute: %s</source>
            <translation>“各层”页无法计算：%s</translation>
        </message>
        <message>
            <source>Each cell is one neuron's output for this digit (the number of neurons in brackets); colour: dark = %s, yellow = %s</source>
            <translation>每个格子是一个神经元对这个数字的输出（括号内为神经元个数）；颜色：深色 = %s，黄色 = %s</translation>
        </message>
        <message>
            <source>the layer's min</source>
            <translation>该层的最小值</translation>
        </message>
        <message>
            <source>the layer's max</source>
            <translation>该层的最大值</translation>
        </message>
        <message>
            <source>no mistake among the %d test digits</source>
            <translation>%d 个测试数字中没有错误</translation>
        </message>
        <message>
            <source>This network has no hidden layer (softmax regression): there are no activations to show.</source>
            <translation>这个网络没有隐藏层（softmax 回归）：没有可以显示的激活值。</translation>
        </message>
        <message>
            <source>Fig. %s: %s, initial weights %s · 1000 standard-normal inputs of 100 values, five layers of 100 nodes, no bias</source>
            <translation>图 %s：%s，权重初始值 %s · 1000 个由 100 个标准正态分布值构成的输入，5 层各 100 个节点，无偏置</translation>
        </message>
        <message>
            <source>%d test digits through the current network (%s) · the same bins for every layer</source>
            <translation>%d 个测试数字通过当前网络（%s）· 每一层使用相同的区间</translation>
        </message>
        <message>
            <source>Xavier (std √(1/n))</source>
            <translation>Xavier（标准差 √(1/n)）</translation>
        </message>
        <message>
            <source>He (std √(2/n))</source>
            <translation>He（标准差 √(2/n)）</translation>
        </message>
        <message>
            <source>std %s</source>
            <translation>标准差 %s</translation>
        </message>
        <message>
            <source>%d snapshots, iteration %s … %s · gradients on %d fixed training images · colour: how many values lie in each bin (log scale)</source>
            <translation>%d 个快照，迭代 %s … %s · 梯度基于固定的 %d 张训练图像 · 颜色：每个区间内的数值个数（对数刻度）</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>各层</translation>
        </message>
    </context>
    <context>
        <name>LogSlider</name>
        <message>
            <source>'%s' is not a number; type e.g. 1e-4.</source>
            <translation>“%s”不是数字；请输入例如 1e-4。</translation>
        </message>
        <message>
            <source>The value must be a finite number.</source>
            <translation>数值必须是有限的数。</translation>
        </message>
    </context>
    <context>
        <name>LossPerIteration</name>
        <message>
            <source>Loss per iteration (fig. 4-11)</source>
            <translation>每次迭代的损失（图 4-11）</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>迭代次数</translation>
        </message>
        <message>
            <source>loss (cross-entropy)</source>
            <translation>损失（交叉熵误差）</translation>
        </message>
        <message>
            <source>First 1000 iterations</source>
            <translation>前 1000 次迭代</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Press Start:
the loss of every mini-batch
appears here</source>
            <translation>按“开始”，损失显示在这里</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>mini-batch 的损失</translation>
        </message>
        <message>
            <source>smoothed loss</source>
            <translation>平滑后的损失</translation>
        </message>
        <message>
            <source>smoothed, centred (no lag)</source>
            <translation>平滑（居中平均，无滞后）</translation>
        </message>
    </context>
    <context>
        <name>LossSection</name>
        <message>
            <source>Output and loss</source>
            <translation>输出与损失</translation>
        </message>
        <message>
            <source>−log y</source>
            <translation>−log y</translation>
        </message>
        <message>
            <source>Mini-batch</source>
            <translation>mini-batch</translation>
        </message>
        <message>
            <source>Why not accuracy</source>
            <translation>为何不用识别精度</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The section is back to its defaults.</source>
            <translation>本节已恢复为默认设置。</translation>
        </message>
        <message>
            <source>Gradient Lab — how a neural network learns</source>
            <translation>梯度实验室 —— 神经网络如何学习</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Presentation &amp;scale</source>
            <translation>演示缩放(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ 上一节</translation>
        </message>
        <message>
            <source>Previous section (Page Up, Ctrl+←)</source>
            <translation>上一节（Page Up，Ctrl+←）</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>下一节 ▶</translation>
        </message>
        <message>
            <source>Next section (Page Down, Ctrl+→)</source>
            <translation>下一节（Page Down，Ctrl+→）</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <source>Full screen with large text and lines (F5; Esc leaves)</source>
            <translation>全屏，大号文字与粗线条（F5；Esc 退出）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Gradient Lab…</source>
            <translation>关于梯度实验室(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Restore this section's defaults</source>
            <translation>恢复本节的默认设置(&amp;R)</translation>
        </message>
        <message>
            <source>Put the current section back to how it opens (Ctrl+Shift+R)</source>
            <translation>把当前这一节恢复成刚打开时的样子（Ctrl+Shift+R）</translation>
        </message>
        <message>
            <source>Play / pause (Space when no control needs it)</source>
            <translation>播放/暂停（没有控件需要时也可按空格）</translation>
        </message>
        <message>
            <source>One step (→ when no control needs it)</source>
            <translation>前进一步（没有控件需要时也可按 →）</translation>
        </message>
        <message>
            <source>Reset (R when no control needs it)</source>
            <translation>重置（没有控件需要时也可按 R）</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save the current plots as an image, their data as CSV, or the animation as a GIF</source>
            <translation>把当前的图保存为图片、把数据保存为 CSV，或把动画保存为 GIF</translation>
        </message>
        <message>
            <source>Fit to screen (now %s×)</source>
            <translation>适合屏幕（当前 %s×）</translation>
        </message>
        <message>
            <source>Fit to screen</source>
            <translation>适合屏幕</translation>
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
            <translation>种子 seed</translation>
        </message>
        <message>
            <source>Resample (seed + 1)</source>
            <translation>重新抽取（seed + 1）</translation>
        </message>
        <message>
            <source>Network that computes y:</source>
            <translation>计算 y 的神经网络：</translation>
        </message>
        <message>
            <source>fresh TwoLayerNet, weight_init_std 0.01 (book)</source>
            <translation>新建的 TwoLayerNet，weight_init_std 0.01（书中）</translation>
        </message>
        <message>
            <source>fresh TwoLayerNet, weight_init_std 1 (wild guesses)</source>
            <translation>新建的 TwoLayerNet，weight_init_std 1（胡乱猜测）</translation>
        </message>
        <message>
            <source>Mean cross-entropy (4.3), label form t = [7, 2, …]</source>
            <translation>平均交叉熵误差（4.3），标签形式 t = [7, 2, …]</translation>
        </message>
        <message>
            <source>… one-hot form t = [[0,…,1,…], …]</source>
            <translation>… one-hot 形式 t = [[0,…,1,…], …]</translation>
        </message>
        <message>
            <source>x_batch (yellow: the label t)</source>
            <translation>x_batch（黄色：标签 t）</translation>
        </message>
        <message>
            <source>Loss per sample −log y&lt;sub&gt;n&lt;/sub&gt;[t&lt;sub&gt;n&lt;/sub&gt;]</source>
            <translation>每个样本的损失 −log y&lt;sub&gt;n&lt;/sub&gt;[t&lt;sub&gt;n&lt;/sub&gt;]</translation>
        </message>
        <message>
            <source>sample n in the batch</source>
            <translation>批中的样本 n</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <source>Draw a batch: MNIST is read when this tab is first opened.</source>
            <translation>抽取一批数据：第一次打开此标签页时读取 MNIST。</translation>
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
            <translation>来自“学习”一节的神经网络</translation>
        </message>
        <message>
            <source>MNIST could not be loaded, so there is no mini-batch: %s</source>
            <translation>无法加载 MNIST，因此没有 mini-batch：%s</translation>
        </message>
        <message>
            <source>No MNIST data: %s</source>
            <translation>没有 MNIST 数据：%s</translation>
        </message>
        <message>
            <source>The previous batch stays.</source>
            <translation>保留上一批数据。</translation>
        </message>
        <message>
            <source>mean %s</source>
            <translation>平均 %s</translation>
        </message>
        <message>
            <source>Mean loss (4.3), labels t = [%s]</source>
            <translation>平均损失（4.3），标签 t = [%s]</translation>
        </message>
        <message>
            <source>Same, one-hot t (%d × 10)</source>
            <translation>同上，one-hot 形式的 t（%d × 10）</translation>
        </message>
        <message>
            <source>float64: %.17g</source>
            <translation>float64：%.17g</translation>
        </message>
        <message>
            <source>difference: %s   ·   batch accuracy %s %%   ·   N = %d</source>
            <translation>差：%s   ·   本批识别精度 %s %%   ·   N = %d</translation>
        </message>
        <message>
            <source> … (%d more)</source>
            <translation> …（还有 %d 个）</translation>
        </message>
        <message>
            <source>  (pictures: the first %d)</source>
            <translation>  （图片：前 %d 个）</translation>
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
            <translation>E = −log y（图 4-3）：y_t 接近 1 时很小</translation>
        </message>
        <message>
            <source>y_t, probability the network gives the correct digit</source>
            <translation>y_t：神经网络给正确数字的概率</translation>
        </message>
        <message>
            <source>loss −log y_t</source>
            <translation>损失 −log y_t</translation>
        </message>
        <message>
            <source>the guard: −log(0 + 1e-7) = %s</source>
            <translation>保护项：−log(0 + 1e-7) = %s</translation>
        </message>
        <message>
            <source>y_t (the others rescale):</source>
            <translation>y_t（其他值按比例缩放）：</translation>
        </message>
        <message>
            <source>y_t = 0 (the trap)</source>
            <translation>y_t = 0（陷阱）</translation>
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
            <translation>把 y_t 拖到 0：如果没有保护项，log 0 = −∞ 会让损失变成无穷大，之后的计算也都无法进行。</translation>
        </message>
        <message>
            <source>y%s = %s
−log(y%s + 1e-7) = %s</source>
            <translation>y%s = %s
−log(y%s + 1e-7) = %s</translation>
        </message>
        <message>
            <source>y_t = 0: log 0 is −∞, so the loss would be infinite. The book adds δ = 1e-7 inside the log: −log(0 + 1e-7) = %s (dashed line), a large but finite loss.</source>
            <translation>y_t = 0：log 0 是 −∞，损失会变成无穷大。书中在 log 里加上微小值 δ = 1e-7：−log(0 + 1e-7) = %s（虚线），是一个很大但有限的损失。</translation>
        </message>
        <message>
            <source>The loss only looks at y_t, the output for the correct digit %d: y_t = 1 gives 0, and it grows without bound as y_t → 0 (capped at %s by δ = 1e-7; drag y_t to 0 to see it).</source>
            <translation>损失只看 y_t，即正确数字 %d 的输出：y_t = 1 时为 0，y_t → 0 时无限增大（由 δ = 1e-7 限制在 %s；把 y_t 拖到 0 就能看到）。</translation>
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
            <translation>输入 x（在单元格中输入，按回车）：</translation>
        </message>
        <message>
            <source>Weights W (row i = input x_i, column j = class j):</source>
            <translation>权重 W（第 i 行 = 输入 x_i，第 j 列 = 类别 j）：</translation>
        </message>
        <message>
            <source>Correct class t (one-hot):</source>
            <translation>正确类别 t（one-hot）：</translation>
        </message>
        <message>
            <source>label %d   t = [%s]</source>
            <translation>标签 %d   t = [%s]</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>种子 seed</translation>
        </message>
        <message>
            <source>Randomise W</source>
            <translation>随机生成 W</translation>
        </message>
        <message>
            <source>W = np.random.randn(2, 3) after np.random.seed(seed)</source>
            <translation>先 np.random.seed(seed)，再 W = np.random.randn(2, 3)</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>The previous values stay.</source>
            <translation>保留之前的值。</translation>
        </message>
        <message>
            <source>step %d: loss %s (start %s)</source>
            <translation>第 %d 步：损失 %s（起点 %s）</translation>
        </message>
        <message>
            <source>L &lt; 0 only through the 1e-7 guard: −log(1 + 1e-7).</source>
            <translation>L &lt; 0 只是因为 1e-7 保护项：−log(1 + 1e-7)。</translation>
        </message>
        <message>
            <source>'%s' is not a number; type e.g. 0.47 or −1.2e-3. The previous value stays.</source>
            <translation>“%s”不是数字；请输入例如 0.47 或 −1.2e-3。保留之前的值。</translation>
        </message>
        <message>
            <source>W = np.random.randn(2, 3) with seed %d.</source>
            <translation>W = np.random.randn(2, 3)，随机种子 %d。</translation>
        </message>
        <message>
            <source>The previous lr stays.</source>
            <translation>之前的 lr 保持不变。</translation>
        </message>
        <message>
            <source>Diverged: with lr = %s the next W overflows float64. W stops at the last finite step; choose a smaller lr.</source>
            <translation>发散：lr = %s 时下一个 W 会超出 float64 的范围。W 停在最后一个有限的步；请选择更小的 lr。</translation>
        </message>
        <message>
            <source>Stalled: dW is 0 everywhere (the loss is flat here), so W no longer moves.</source>
            <translation>停滞：dW 处处为 0（这里的损失是平的），所以 W 不再移动。</translation>
        </message>
        <message>
            <source>dW and the nudge</source>
            <translation>dW 与微调</translation>
        </message>
        <message>
            <source>Gradient descent on W</source>
            <translation>对 W 进行梯度下降</translation>
        </message>
        <message>
            <source>dW = ∂L/∂W, numerical</source>
            <translation>dW = ∂L/∂W（数值微分）</translation>
        </message>
        <message>
            <source>column j (class)</source>
            <translation>第 j 列（类别）</translation>
        </message>
        <message>
            <source>row i (input)</source>
            <translation>第 i 行（输入）</translation>
        </message>
        <message>
            <source>Click a cell to nudge that weight. </source>
            <translation>点击一个单元格来微调那个权重。</translation>
        </message>
        <message>
            <source>Loss over gradient steps</source>
            <translation>随梯度步数变化的损失</translation>
        </message>
        <message>
            <source>W moves against dW</source>
            <translation>W 沿 dW 的反方向移动</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步</translation>
        </message>
        <message>
            <source>loss L (nats)</source>
            <translation>损失 L（nats）</translation>
        </message>
        <message>
            <source>weight value</source>
            <translation>权重的值</translation>
        </message>
        <message>
            <source>next step −lr·dW</source>
            <translation>下一步 −lr·dW</translation>
        </message>
        <message>
            <source>loss L</source>
            <translation>损失 L</translation>
        </message>
        <message>
            <source>ΔL when %s moves by δ</source>
            <translation>%s 变化 δ 时的 ΔL</translation>
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
            <translation>实际的 ΔL</translation>
        </message>
        <message>
            <source>prediction dW·δ</source>
            <translation>预测 dW·δ</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>差距</translation>
        </message>
    </context>
    <context>
        <name>NudgeControls</name>
        <message>
            <source>Nudge one weight</source>
            <translation>微调一个权重</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Or click a cell of the dW heatmap</source>
            <translation>也可以点击 dW 热图中的单元格</translation>
        </message>
        <message>
            <source>δ</source>
            <translation>δ</translation>
        </message>
        <message>
            <source>The change added to the chosen weight (−3 … 3)</source>
            <translation>加到所选权重上的变化量（−3 … 3）</translation>
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
            <translation>保留：W ← W + δ</translation>
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
            <translation>差距</translation>
        </message>
        <message>
            <source>The first-order prediction ∂L/∂%s × δ</source>
            <translation>一阶预测 ∂L/∂%s × δ</translation>
        </message>
    </context>
    <context>
        <name>OutputPanel</name>
        <message>
            <source>Edit mode</source>
            <translation>编辑方式</translation>
        </message>
        <message>
            <source>Normalise: edit y, others rescale</source>
            <translation>归一化：编辑 y，其余按比例缩放</translation>
        </message>
        <message>
            <source>Logits: edit a, y = softmax(a)</source>
            <translation>logits：编辑 a，y = softmax(a)</translation>
        </message>
        <message>
            <source>Correct label t (click a digit)</source>
            <translation>正确解标签 t（点击一个数字）</translation>
        </message>
        <message>
            <source>Type the output</source>
            <translation>输入输出值</translation>
        </message>
        <message>
            <source>All 0.1</source>
            <translation>全部 0.1</translation>
        </message>
        <message>
            <source>y = t (one-hot)</source>
            <translation>y = t（one-hot）</translation>
        </message>
        <message>
            <source>y_k = 0.1 for every digit: a network with no idea</source>
            <translation>每个数字的 y_k 都是 0.1：毫无头绪的神经网络</translation>
        </message>
        <message>
            <source>A perfectly confident, correct output: both losses ≈ 0</source>
            <translation>完全自信且正确的输出：两个损失都 ≈ 0</translation>
        </message>
        <message>
            <source>Mean squared error (4.1)&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</source>
            <translation>均方误差（4.1）&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</translation>
        </message>
        <message>
            <source>Cross-entropy error (4.2)&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log(y&lt;sub&gt;k&lt;/sub&gt; + 10&lt;sup&gt;−7&lt;/sup&gt;) = −log y&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>交叉熵误差（4.2）&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log(y&lt;sub&gt;k&lt;/sub&gt; + 10&lt;sup&gt;−7&lt;/sup&gt;) = −log y&lt;sub&gt;t&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>digit k</source>
            <translation>数字 k</translation>
        </message>
        <message>
            <source>Squared errors ½(y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</source>
            <translation>平方误差 ½(y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</translation>
        </message>
        <message>
            <source>term</source>
            <translation>项</translation>
        </message>
        <message>
            <source>Cross-entropy −t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</source>
            <translation>交叉熵 −t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>Output y: drag a bar (dashed: one-hot t)</source>
            <translation>输出 y：拖动柱条（虚线：one-hot 的 t）</translation>
        </message>
        <message>
            <source>Logits a: drag a bar (numbers: y = softmax(a))</source>
            <translation>logits a：拖动柱条（数字：y = softmax(a)）</translation>
        </message>
        <message>
            <source>probability y_k</source>
            <translation>概率 y_k</translation>
        </message>
        <message>
            <source>logit a_k</source>
            <translation>logit a_k</translation>
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
            <translation>t = %d，one-hot：[%s]</translation>
        </message>
        <message>
            <source>book prints: %s</source>
            <translation>书中印的是：%s</translation>
        </message>
    </context>
    <context>
        <name>PartialSection</name>
        <message>
            <source>The 3-D surface needs OpenGL, which is not available here (%s). The heatmap shows the same function.</source>
            <translation>三维曲面需要 OpenGL，但这里不可用（%s）。热图显示的是同一个函数。</translation>
        </message>
        <message>
            <source>h = %s is too small for ∂f/∂%s here: x + h rounds back to x or f does not change in float64, so the numerical slope is lost to rounding (see 4.3.1).</source>
            <translation>h = %s 对这里的 ∂f/∂%s 来说太小了：在 float64 中 x + h 被舍入回 x，或 f 没有变化，所以数值斜率被舍入误差吞掉了（参见 4.3.1）。</translation>
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
            <translation>∂f/∂x0 数值</translation>
        </message>
        <message>
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 解析</translation>
        </message>
        <message>
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 数值</translation>
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
            <translation>∂f/∂%s：没有解析导数：%s</translation>
        </message>
        <message>
            <source>No analytic value at (%s, %s): f has a corner, a jump or no finite slope there.</source>
            <translation>在 (%s, %s) 处没有解析值：f 在那里有尖角、跳跃，或没有有限的斜率。</translation>
        </message>
        <message>
            <source>Problem 1: fix x1 = 4, so f becomes x0² + 4² — a function of x0 alone. Its slope at x0 = 3 (top slice) is ∂f/∂x0 = %s; the exact value is 2·x0 = 6.</source>
            <translation>问题 1：固定 x1 = 4，f 变成 x0² + 4² —— 只含 x0 的函数。它在 x0 = 3 处的斜率（上方截面）是 ∂f/∂x0 = %s；精确值是 2·x0 = 6。</translation>
        </message>
        <message>
            <source>Problem 2: fix x0 = 3, so f becomes 3² + x1² — a function of x1 alone. Its slope at x1 = 4 (bottom slice) is ∂f/∂x1 = %s; the exact value is 2·x1 = 8.</source>
            <translation>问题 2：固定 x0 = 3，f 变成 3² + x1² —— 只含 x1 的函数。它在 x1 = 4 处的斜率（下方截面）是 ∂f/∂x1 = %s；精确值是 2·x1 = 8。</translation>
        </message>
        <message>
            <source>x0, x1 from</source>
            <translation>x0、x1 从</translation>
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
            <translation>也可以点击热图，或拖动其中的目标点。</translation>
        </message>
        <message>
            <source>Central difference, as the book: (f(x+h) − f(x−h)) / 2h along one variable, the other fixed.&lt;br&gt;&lt;span style='color:#d50000'&gt;━ numerical tangent&lt;/span&gt;&lt;br&gt;&lt;span style='color:#2e7d32'&gt;╍ analytic tangent&lt;/span&gt;</source>
            <translation>与书中一样使用中心差分：固定一个变量，沿另一个变量计算 (f(x+h) − f(x−h)) / 2h。&lt;br&gt;&lt;span style='color:#d50000'&gt;━ 数值切线&lt;/span&gt;&lt;br&gt;&lt;span style='color:#2e7d32'&gt;╍ 解析切线&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Heatmap and contours</source>
            <translation>热图与等高线</translation>
        </message>
        <message>
            <source>3-D surface (fig 4-8)</source>
            <translation>三维曲面（图 4-8）</translation>
        </message>
    </context>
    <context>
        <name>PlanePlot</name>
        <message>
            <source>Arrow keys move the cross, Enter adds a point there</source>
            <translation>方向键移动十字，Enter 在那里添加一个点</translation>
        </message>
    </context>
    <context>
        <name>PlayBar</name>
        <message>
            <source>Speed: %s steps/s</source>
            <translation>速度：%s 步/秒</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Play or pause (space)</source>
            <translation>播放或暂停（空格键）</translation>
        </message>
        <message>
            <source>One step (→)</source>
            <translation>前进一步（→）</translation>
        </message>
        <message>
            <source>Back to the start (R)</source>
            <translation>回到起点（R）</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundControls</name>
        <message>
            <source>Output p(class 1)</source>
            <translation>输出 p(类别 1)</translation>
        </message>
        <message>
            <source>Input %s</source>
            <translation>输入 %s</translation>
        </message>
        <message>
            <source>Layer %d, neuron %d</source>
            <translation>第 %d 层，第 %d 个神经元</translation>
        </message>
        <message>
            <source>Hidden layers: %d</source>
            <translation>隐藏层：%d</translation>
        </message>
        <message>
            <source>Layer %d: %d neurons</source>
            <translation>第 %d 层：%d 个神经元</translation>
        </message>
        <message>
            <source>The network needs at least one input.</source>
            <translation>神经网络至少需要一个输入。</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid 函数</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU 函数</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>tanh 函数</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>恒等函数</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD（随机梯度下降法）</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum（动量）</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov（提前看一步的动量）</translation>
        </message>
        <message>
            <source>AdaGrad</source>
            <translation>AdaGrad（自适应学习率）</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop（逐渐遗忘的 AdaGrad）</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam（Momentum + AdaGrad）</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>圆</translation>
        </message>
        <message>
            <source>xor (exclusive or)</source>
            <translation>xor（异或）</translation>
        </message>
        <message>
            <source>two Gaussian blobs</source>
            <translation>两个高斯团</translation>
        </message>
        <message>
            <source>spiral</source>
            <translation>螺旋</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <source>Training share</source>
            <translation>训练数据比例</translation>
        </message>
        <message>
            <source>The share of the points the network trains on; the rest test it.</source>
            <translation>用于训练的点的比例；其余的点用于测试。</translation>
        </message>
        <message>
            <source>A click on the plane adds</source>
            <translation>点击平面时添加</translation>
        </message>
        <message>
            <source>blue (class 1)</source>
            <translation>蓝色（类别 1）</translation>
        </message>
        <message>
            <source>orange (class 0)</source>
            <translation>橙色（类别 0）</translation>
        </message>
        <message>
            <source>Map shown large</source>
            <translation>放大显示的图</translation>
        </message>
        <message>
            <source>The same as a click on a neuron in the network graph</source>
            <translation>与在网络图中点击一个神经元相同</translation>
        </message>
        <message>
            <source>Inputs (features)</source>
            <translation>输入（特征）</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>神经网络</translation>
        </message>
        <message>
            <source>Remove the last hidden layer</source>
            <translation>删去最后一个隐藏层</translation>
        </message>
        <message>
            <source>Add a hidden layer (at most %d)</source>
            <translation>添加一个隐藏层（最多 %d 个）</translation>
        </message>
        <message>
            <source>One neuron less</source>
            <translation>减少一个神经元</translation>
        </message>
        <message>
            <source>One neuron more (at most %d)</source>
            <translation>增加一个神经元（最多 %d 个）</translation>
        </message>
        <message>
            <source>Neurons per hidden layer (type e.g. 8, 8; empty: none)</source>
            <translation>每个隐藏层的神经元数（例如输入 8, 8；留空：没有隐藏层）</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学习</translation>
        </message>
        <message>
            <source>Learning rate lr (η)</source>
            <translation>学习率 lr（η）</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Weight decay λ (L2)</source>
            <translation>权值衰减 λ（L2）</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>full batch</source>
            <translation>全部数据</translation>
        </message>
        <message>
            <source>Points per update; 0 = full batch (every training point).</source>
            <translation>每次更新使用的点数；0 = 全部训练数据。</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundSection</name>
        <message>
            <source>The weights stopped being finite numbers: the learning rate is too large for this network. Lower it and press Reset (R).</source>
            <translation>权重不再是有限的数：对这个神经网络来说学习率太大了。请调小学习率，然后按重置（R）。</translation>
        </message>
        <message>
            <source>Epoch %d · iteration %d
Loss: train %s, test %s · accuracy: train %s, test %s</source>
            <translation>第 %d 个 epoch · 第 %d 次迭代
损失：训练 %s，测试 %s · 识别精度：训练 %s，测试 %s</translation>
        </message>
        <message>
            <source>DIVERGED at iteration %d. The last finite boundary stays.</source>
            <translation>在第 %d 次迭代发散。保留最后一个有限的边界。</translation>
        </message>
        <message>
            <source>layer %d</source>
            <translation>第 %d 层</translation>
        </message>
        <message>
            <source>inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Weight to the output: W%d[%d, 1] − W%d[%d, 0] = %s</source>
            <translation>到输出的权重：W%d[%d, 1] − W%d[%d, 0] = %s</translation>
        </message>
        <message>
            <source>Weight W%d[%d, %d] = %s</source>
            <translation>权重 W%d[%d, %d] = %s</translation>
        </message>
        <message>
            <source>Input %s</source>
            <translation>输入 %s</translation>
        </message>
        <message>
            <source>Output p(class 1): bias b%d[1] − b%d[0] = %s</source>
            <translation>输出 p(类别 1)：偏置 b%d[1] − b%d[0] = %s</translation>
        </message>
        <message>
            <source>Layer %d, neuron %d: bias b%d[%d] = %s</source>
            <translation>第 %d 层，第 %d 个神经元：偏置 b%d[%d] = %s</translation>
        </message>
        <message>
            <source>Layer %d, neuron %d</source>
            <translation>第 %d 层，第 %d 个神经元</translation>
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
            <translation>训练</translation>
        </message>
        <message>
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>点</translation>
        </message>
        <message>
            <source>set</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Weights (the output's: W[i, 1] − W[i, 0])</source>
            <translation>权重（到输出的：W[i, 1] − W[i, 0]）</translation>
        </message>
        <message>
            <source>from layer</source>
            <translation>起点层</translation>
        </message>
        <message>
            <source>from neuron</source>
            <translation>起点神经元</translation>
        </message>
        <message>
            <source>to neuron</source>
            <translation>终点神经元</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>The run diverged: press Reset (R) to start again.</source>
            <translation>学习发散了：按重置（R）重新开始。</translation>
        </message>
        <message>
            <source>Press Play (space) to train. Click the plane to add a point. Hover a weight to read it; click a neuron to see its map large, click it again to go back.</source>
            <translation>按播放（空格键）开始学习。点击平面可以添加点。指向权重可以读出数值；点击神经元可以放大查看它的输出，再点一次回到原来的图。</translation>
        </message>
        <message>
            <source>The network</source>
            <translation>神经网络</translation>
        </message>
        <message>
            <source>Loss per epoch</source>
            <translation>每个 epoch 的损失</translation>
        </message>
        <message>
            <source>Output p(class 1)</source>
            <translation>输出 p(类别 1)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>train loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>测试损失</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>f(x) = 0.01x² + 0.1x with its tangents at x = 5 and x = 10 (central difference, h = 1e-4), fig 4-7</source>
            <translation>f(x) = 0.01x² + 0.1x 及其在 x = 5 和 x = 10 处的切线（中心差分，h = 1e-4），图 4-7</translation>
        </message>
        <message>
            <source>The book's bad implementation: forward difference with h = 10e-50 gives slope 0</source>
            <translation>书中不好的实现示例：h = 10e-50 的前向差分得到斜率 0</translation>
        </message>
        <message>
            <source>Fig 4-10: f = x0² + x1² from (−3, 4), lr = 0.1, 100 steps</source>
            <translation>图 4-10：f = x0² + x1²，从 (−3, 4) 出发，lr = 0.1，100 步</translation>
        </message>
        <message>
            <source>lr = 10 is too large: the values diverge to about 1e13</source>
            <translation>lr = 10 太大：数值发散到约 1e13</translation>
        </message>
        <message>
            <source>lr = 1e-10 is too small: x barely moves</source>
            <translation>lr = 1e-10 太小：x 几乎不动</translation>
        </message>
        <message>
            <source>The three learning rates of the book racing from (−3, 4)</source>
            <translation>书中的三个学习率从 (−3, 4) 出发比赛</translation>
        </message>
        <message>
            <source>A saddle x0² − x1²: no minimum, the path slides away</source>
            <translation>鞍点 x0² − x1²：没有最小值，路径滑走了</translation>
        </message>
        <message>
            <source>Rosenbrock's valley: fast fall, slow crawl to (1, 1)</source>
            <translation>Rosenbrock 山谷：快速下落，再缓慢爬向 (1, 1)</translation>
        </message>
        <message>
            <source>Fig 6-8: SGD, Momentum, AdaGrad and Adam on f = x²/20 + y² from (−7, 2), 30 steps</source>
            <translation>图 6-8：SGD、Momentum、AdaGrad 和 Adam 在 f = x²/20 + y² 上从 (−7, 2) 出发，30 步</translation>
        </message>
        <message>
            <source>A saddle with two valleys: who leaves the ridge first</source>
            <translation>有两个山谷的鞍点：谁先离开山脊</translation>
        </message>
        <message>
            <source>A plateau: SGD crawls where RMSprop and Adam keep their pace</source>
            <translation>平台：SGD 在这里缓慢爬行，而 RMSprop 和 Adam 保持速度</translation>
        </message>
        <message>
            <source>Fig 4-9: −∇f of f = x0² + x1² on arange(-2, 2.5, 0.25)</source>
            <translation>图 4-9：f = x0² + x1² 在 arange(-2, 2.5, 0.25) 上的 −∇f</translation>
        </message>
        <message>
            <source>A saddle f = x0² − x1²: downhill along x1, uphill along x0</source>
            <translation>鞍点 f = x0² − x1²：沿 x1 下坡，沿 x0 上坡</translation>
        </message>
        <message>
            <source>Rosenbrock's valley: steep walls, an almost flat floor</source>
            <translation>Rosenbrock 山谷：陡峭的谷壁，几乎平坦的谷底</translation>
        </message>
        <message>
            <source>4.2.1: digit 2 gets 0.6 — MSE 0.0975, CE 0.5108</source>
            <translation>4.2.1：数字 2 得到 0.6 —— 均方误差 0.0975，交叉熵误差 0.5108</translation>
        </message>
        <message>
            <source>4.2.1: digit 7 gets 0.6 — MSE 0.5975, CE 2.3026</source>
            <translation>4.2.1：数字 7 得到 0.6 —— 均方误差 0.5975，交叉熵误差 2.3026</translation>
        </message>
        <message>
            <source>y_t = 0: the 1e-7 guard gives 16.1 instead of infinity</source>
            <translation>y_t = 0：1e-7 保护项给出 16.1，而不是无穷大</translation>
        </message>
        <message>
            <source>4.2.3: np.random.choice(60000, 10) from MNIST</source>
            <translation>4.2.3：从 MNIST 中 np.random.choice(60000, 10)</translation>
        </message>
        <message>
            <source>4.2.5: accuracy is a staircase, the loss is smooth</source>
            <translation>4.2.5：识别精度是阶梯状的，损失是平滑的</translation>
        </message>
        <message>
            <source>The book's simpleNet: its W, x = (0.6, 0.9), t = (0, 0, 1); nudge w11 by 0.1</source>
            <translation>书中的 simpleNet：它的 W，x = (0.6, 0.9)，t = (0, 0, 1)；把 w11 改变 0.1</translation>
        </message>
        <message>
            <source>Nudge w23 by 2.5: the real ΔL parts from the line dW·δ</source>
            <translation>把 w23 改变 2.5：实际的 ΔL 偏离直线 dW·δ</translation>
        </message>
        <message>
            <source>A random W = np.random.randn(2, 3) with seed 0</source>
            <translation>随机的 W = np.random.randn(2, 3)，随机种子 0</translation>
        </message>
        <message>
            <source>The book's W after 50 gradient steps with lr = 1</source>
            <translation>书中的 W 以 lr = 1 走 50 步梯度下降之后</translation>
        </message>
        <message>
            <source>Exactly 4.5: 10 000 iterations, batch 100, lr 0.1, 50 hidden neurons, all 60 000 training images</source>
            <translation>与 4.5 完全相同：10 000 次迭代，批大小 100，lr 0.1，50 个隐藏神经元，全部 60 000 张训练图像</translation>
        </message>
        <message>
            <source>Only 300 training images: train accuracy reaches 1 while test accuracy stays behind (4.1.2)</source>
            <translation>只用 300 张训练图像：训练识别精度达到 1，而测试识别精度落在后面（4.1.2）</translation>
        </message>
        <message>
            <source>Fig 6-9: SGD, Momentum, AdaGrad and Adam train 784-100-100-100-100-10 (ReLU, He) on the same mini-batches for 2000 iterations</source>
            <translation>图 6-9：SGD、Momentum、AdaGrad 和 Adam 用相同的 mini-batch 训练 784-100-100-100-100-10（ReLU，He）2000 次</translation>
        </message>
        <message>
            <source>Fig 6-15: initial weights with std 0.01, Xavier and He, SGD lr 0.01, 2000 iterations</source>
            <translation>图 6-15：权重初始值为标准差 0.01、Xavier 和 He，SGD lr 0.01，2000 次</translation>
        </message>
        <message>
            <source>Figs 6-10 … 6-14: each layer's activations for sigmoid and ReLU with different initial weights</source>
            <translation>图 6-10 … 6-14：不同权重初始值下 sigmoid 和 ReLU 各层的激活值</translation>
        </message>
        <message>
            <source>Fig 6-20: six hidden layers, 300 images: without weight decay it overfits, λ = 0.1 narrows the gap</source>
            <translation>图 6-20：6 个隐藏层，300 张图像：没有权值衰减时过拟合，λ = 0.1 缩小了差距</translation>
        </message>
        <message>
            <source>Problem 1: ∂f/∂x0 at x0 = 3, x1 = 4 (fix x1 = 4), the book's 6.00000000000378</source>
            <translation>问题 1：x0 = 3，x1 = 4 时的 ∂f/∂x0（固定 x1 = 4），书中为 6.00000000000378</translation>
        </message>
        <message>
            <source>Problem 2: ∂f/∂x1 at x0 = 3, x1 = 4 (fix x0 = 3), the book's 7.999999999999119</source>
            <translation>问题 2：x0 = 3，x1 = 4 时的 ∂f/∂x1（固定 x0 = 3），书中为 7.999999999999119</translation>
        </message>
        <message>
            <source>Fig 4-8: the surface of x0² + x1² over −3 … 3 in 3-D (the heatmap where there is no OpenGL)</source>
            <translation>图 4-8：x0² + x1² 在 −3 … 3 上的三维曲面（没有 OpenGL 时显示热图）</translation>
        </message>
        <message>
            <source>xor: four tanh neurons bend the boundary around the quadrants</source>
            <translation>xor：四个 tanh 神经元让边界绕着象限弯曲</translation>
        </message>
        <message>
            <source>A circle inside a ring: four tanh neurons draw a closed boundary</source>
            <translation>环中的圆：四个 tanh 神经元画出闭合的边界</translation>
        </message>
        <message>
            <source>Two spirals: two hidden layers of 8 neurons (Adam) separate them</source>
            <translation>两条螺旋：两个 8 神经元的隐藏层（Adam）把它们分开</translation>
        </message>
        <message>
            <source>xor without a hidden layer: a straight boundary cannot do it</source>
            <translation>没有隐藏层的 xor：直线边界做不到</translation>
        </message>
        <message>
            <source>The circle with inputs x0² and x1²: separable without a hidden layer</source>
            <translation>输入 x0² 和 x1² 的圆：没有隐藏层也能分开</translation>
        </message>
    </context>
    <context>
        <name>RacePanel</name>
        <message>
            <source>update %d: x_%d → x_%d</source>
            <translation>第 %d 次更新：x_%d → x_%d</translation>
        </message>
        <message>
            <source>&lt;b&gt;At the end&lt;/b&gt; (first step with f &amp;lt; 1e-3):</source>
            <translation>&lt;b&gt;结束时&lt;/b&gt;（f &amp;lt; 1e-3 的第一步）：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>step %d</source>
            <translation>第 %d 步</translation>
        </message>
        <message>
            <source>all racers</source>
            <translation>所有选手</translation>
        </message>
        <message>
            <source>Draw for</source>
            <translation>绘制对象</translation>
        </message>
        <message>
            <source>path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>The path x_0, x_1, … up to the step shown</source>
            <translation>路径 x_0、x_1、…，直到当前显示的步</translation>
        </message>
        <message>
            <source>−η∇f</source>
            <translation>−η∇f</translation>
        </message>
        <message>
            <source>−η·∇f: where plain SGD with this racer's η would step (dotted arrow)</source>
            <translation>−η·∇f：使用这名选手的 η 的普通 SGD 会走到哪里（点线箭头）</translation>
        </message>
        <message>
            <source>velocity</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Momentum's and Nesterov's velocity v; Adam's mean gradient m as −η_t·m (dash-dot arrow)</source>
            <translation>Momentum 和 Nesterov 的速度 v；Adam 的梯度平均 m，画成 −η_t·m（点划线箭头）</translation>
        </message>
        <message>
            <source>√h squares</source>
            <translation>√h 方框</translation>
        </message>
        <message>
            <source>The sum of squared gradients h (AdaGrad, RMSprop; Adam's v): sides η·√h per coordinate. The larger, the more that coordinate's step is divided down</source>
            <translation>梯度平方的累加 h（AdaGrad、RMSprop；Adam 的 v）：每个坐标方向的边长为 η·√h。越大，该坐标方向的步长被除得越小</translation>
        </message>
        <message>
            <source>step taken</source>
            <translation>实际的一步</translation>
        </message>
        <message>
            <source>The step the optimizer actually took (black arrow)</source>
            <translation>优化器实际走的一步（黑色箭头）</translation>
        </message>
        <message>
            <source>Step card of</source>
            <translation>更新卡片：</translation>
        </message>
    </context>
    <context>
        <name>RangeInput</name>
        <message>
            <source>The range needs 'from' &lt; 'to'; the plot keeps %s to %s.</source>
            <translation>范围需要“从” &lt; “到”；图中保持 %s 到 %s。</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
    </context>
    <context>
        <name>RecentMenu</name>
        <message>
            <source>Clear the list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>&amp;Open scenario…</source>
            <translation>打开场景(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save scenario…</source>
            <translation>保存场景(&amp;S)…</translation>
        </message>
        <message>
            <source>Save this view (or the open deck) as a .glab file</source>
            <translation>把当前画面（或打开的幻灯片组）保存为 .glab 文件</translation>
        </message>
        <message>
            <source>&amp;Add this view to the deck</source>
            <translation>把当前画面加入幻灯片组(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Deck panel</source>
            <translation>幻灯片组面板(&amp;D)</translation>
        </message>
        <message>
            <source>Copy as &amp;Python</source>
            <translation>复制为 &amp;Python</translation>
        </message>
        <message>
            <source>Save as P&amp;ython…</source>
            <translation>另存为 P&amp;ython…</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>打开场景</translation>
        </message>
        <message>
            <source>Gradient Lab scenario (*.glab)</source>
            <translation>梯度实验室场景 (*.glab)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Opened %s</source>
            <translation>已打开 %s</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>保存场景</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>已保存 %s</translation>
        </message>
        <message>
            <source>Scene %d added to the deck.</source>
            <translation>已把场景 %d 加入幻灯片组。</translation>
        </message>
        <message>
            <source>The deck is not saved</source>
            <translation>幻灯片组尚未保存</translation>
        </message>
        <message>
            <source>The deck's %d scenes have changes that are not saved. Save the deck first?</source>
            <translation>幻灯片组的 %d 个场景有尚未保存的修改。要先保存幻灯片组吗？</translation>
        </message>
        <message>
            <source>the deck</source>
            <translation>幻灯片组</translation>
        </message>
        <message>
            <source>This is the last scene of the deck.</source>
            <translation>这是幻灯片组的最后一个场景。</translation>
        </message>
        <message>
            <source>This is the first scene of the deck.</source>
            <translation>这是幻灯片组的第一个场景。</translation>
        </message>
        <message>
            <source>A Python script of this view is on the clipboard (%d lines, NumPy only).</source>
            <translation>当前画面的 Python 脚本已复制到剪贴板（%d 行，只需要 NumPy）。</translation>
        </message>
        <message>
            <source>Save as Python</source>
            <translation>另存为 Python</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python 脚本 (*.py)</translation>
        </message>
    </context>
    <context>
        <name>SceneLabel</name>
        <message>
            <source>scene %d / %d</source>
            <translation>场景 %d / %d</translation>
        </message>
    </context>
    <context>
        <name>SectionBase</name>
        <message>
            <source>Book examples:</source>
            <translation>书中的例子：</translation>
        </message>
    </context>
    <context>
        <name>SectionInfo</name>
        <message>
            <source>Loss functions</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <source>A network learns by searching for the weights that make a loss function as small as possible. The loss says how far the output y is from the correct label t: mean squared error compares every class, cross-entropy only looks at the probability given to the correct one. Accuracy cannot guide learning: it does not change when a weight moves a little.</source>
            <translation>神经网络的学习就是寻找让损失函数尽可能小的权重。损失表示输出 y 与正确解标签 t 相差多远：均方误差比较每一个类别，交叉熵误差只看赋给正确解的概率。识别精度不能指导学习：权重稍微变化时它并不改变。</translation>
        </message>
        <message>
            <source>Numerical differentiation</source>
            <translation>数值微分</translation>
        </message>
        <message>
            <source>The derivative is the slope of f at one point. A computer approximates it with a small difference h: the central difference with h = 1e-4 is accurate, while a tiny h such as 1e-50 is lost to rounding error and gives 0.</source>
            <translation>导数是 f 在某一点的斜率。计算机用微小的差分 h 来近似它：h = 1e-4 的中心差分很准确，而 1e-50 这样过小的 h 会被舍入误差吞掉，结果为 0。</translation>
        </message>
        <message>
            <source>Partial derivatives</source>
            <translation>偏导数</translation>
        </message>
        <message>
            <source>A function of two variables has a slope in each direction. The partial derivative with respect to x0 fixes x1 and differentiates the resulting one-variable function.</source>
            <translation>两个变量的函数在每个方向上都有斜率。关于 x0 的偏导数是把 x1 固定，再对得到的单变量函数求导。</translation>
        </message>
        <message>
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>The gradient collects all partial derivatives into one vector. It points where f grows fastest, so its negative, −∇f, points in the direction of steepest descent: the arrows show −∇f, and they grow longer far from the minimum.</source>
            <translation>梯度把全部变量的偏导数汇总成一个向量。它指向 f 增加最快的方向，因此负梯度 −∇f 指向下降最快的方向：箭头表示 −∇f，离最小值越远，箭头越长。</translation>
        </message>
        <message>
            <source>Gradient descent</source>
            <translation>梯度法</translation>
        </message>
        <message>
            <source>Gradient descent repeatedly takes a step of size η (the learning rate) against the gradient. The learning rate is a hyperparameter: too large and the values diverge, too small and they barely move.</source>
            <translation>梯度法（梯度下降法）反复沿梯度的反方向前进大小为 η（学习率）的一步。学习率是超参数：太大会发散，太小几乎不动。</translation>
        </message>
        <message>
            <source>Gradient of a neural network</source>
            <translation>神经网络的梯度</translation>
        </message>
        <message>
            <source>The gradient of the loss L with respect to the weight matrix W has the shape of W. Each entry says how much L changes when that one weight moves a little: ∂L/∂w11 ≈ 0.2 means L rises by about 0.2h when w11 grows by h.</source>
            <translation>损失函数 L 关于权重矩阵 W 的梯度与 W 形状相同。每个元素表示这个权重稍微变化时 L 变化多少：∂L/∂w11 ≈ 0.2 表示 w11 增加 h 时，L 大约增加 0.2h。</translation>
        </message>
        <message>
            <source>Training a two-layer network</source>
            <translation>两层神经网络的学习</translation>
        </message>
        <message>
            <source>Stochastic gradient descent: (1) draw a random mini-batch, (2) compute the gradient of the loss for every weight, (3) step every weight against its gradient, (4) repeat. Each epoch the accuracy on the training and the test data is measured to check that the network generalises.</source>
            <translation>随机梯度下降法（SGD）：(1) 随机选出一个 mini-batch，(2) 计算损失函数关于各个权重的梯度，(3) 将各个权重沿梯度的反方向更新一小步，(4) 重复。每个 epoch 都测量训练数据和测试数据上的识别精度，以确认神经网络的泛化能力。</translation>
        </message>
        <message>
            <source>Playground: a network learning the plane</source>
            <translation>游乐场：在平面上学习的神经网络</translation>
        </message>
        <message>
            <source>The same training on points in the plane, where the function a network has learned can be seen: the colour is the output p(class 1) at every point, the boundary is where p = 0.5, and each hidden neuron shows its own output. Without a hidden layer the boundary is a straight line; hidden layers (or inputs such as x0²) let it bend.</source>
            <translation>同样的学习，这次用平面上的点，神经网络学到的函数就能看见了：颜色是每个点的输出 p(类别 1)，边界是 p = 0.5 的地方，每个隐藏层神经元显示它自己的输出。没有隐藏层时边界是一条直线；隐藏层（或 x0² 这样的输入）能让它弯曲。</translation>
        </message>
    </context>
    <context>
        <name>SlopeTable</name>
        <message>
            <source>Slope at this x and h in each scheme and precision:</source>
            <translation>在此 x 和 h 下各种差分与精度的斜率：</translation>
        </message>
        <message>
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <source>forward</source>
            <translation>前向差分</translation>
        </message>
    </context>
    <context>
        <name>StatusTable</name>
        <message>
            <source>DIVERGED at step %d: the values grew past %s. Last finite x = %s</source>
            <translation>第 %d 步发散：数值超过了 %s。最后一个有限的 x = %s</translation>
        </message>
        <message>
            <source>STALLED: x moved only %s in %d steps; ends at %s</source>
            <translation>停滞：x 只移动了 %s（共 %d 步）；终点为 %s</translation>
        </message>
    </context>
    <context>
        <name>StepsInput</name>
        <message>
            <source>'%s' is not a number of steps; type e.g. 100. The previous %d steps stay.</source>
            <translation>“%s”不是步数；请输入例如 100。保留之前的 %d 步。</translation>
        </message>
        <message>
            <source>The previous %d steps stay.</source>
            <translation>保留之前的 %d 步。</translation>
        </message>
        <message>
            <source>%s steps would take too long: capped at %d.</source>
            <translation>%s 步太久了：限制为 %d 步。</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <source>1 … %d gradient steps per Run</source>
            <translation>每次运行 1 … %d 个梯度步</translation>
        </message>
    </context>
    <context>
        <name>SurfaceView</name>
        <message>
            <source>the '%s' display platform has no OpenGL</source>
            <translation>“%s”显示平台没有 OpenGL</translation>
        </message>
        <message>
            <source>PyOpenGL cannot be loaded (%s)</source>
            <translation>无法加载 PyOpenGL（%s）</translation>
        </message>
        <message>
            <source>no OpenGL context could be created</source>
            <translation>无法创建 OpenGL 上下文</translation>
        </message>
        <message>
            <source>the OpenGL context cannot be made current</source>
            <translation>无法激活 OpenGL 上下文</translation>
        </message>
    </context>
    <context>
        <name>TimeHeatmaps</name>
        <message>
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
    </context>
    <context>
        <name>TrainingControls</name>
        <message>
            <source>The learning rate must be greater than 0 (the book uses 0.1).</source>
            <translation>学习率必须大于 0（书中用 0.1）。</translation>
        </message>
        <message>
            <source>max</source>
            <translation>最快</translation>
        </message>
        <message>
            <source>%d it/s</source>
            <translation>%d 次/秒</translation>
        </message>
        <message>
            <source>Demo speed: %s</source>
            <translation>演示速度：%s</translation>
        </message>
        <message>
            <source>▶ Start</source>
            <translation>▶ 开始</translation>
        </message>
        <message>
            <source>▶ Resume</source>
            <translation>▶ 继续</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>→ Step</source>
            <translation>→ 单步</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ 停止</translation>
        </message>
        <message>
            <source>⟲ Reset</source>
            <translation>⟲ 重置</translation>
        </message>
        <message>
            <source>Start a new training run from fresh weights (space)</source>
            <translation>从新的权重开始一次新的学习（空格键）</translation>
        </message>
        <message>
            <source>Exactly one iteration (→)</source>
            <translation>只进行一次迭代（→）</translation>
        </message>
        <message>
            <source>Stop and clear the plots (R)</source>
            <translation>停止并清空图表（R）</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Train acc</source>
            <translation>训练识别精度</translation>
        </message>
        <message>
            <source>Test acc</source>
            <translation>测试识别精度</translation>
        </message>
        <message>
            <source>Learning rate lr (live)</source>
            <translation>学习率 lr（可实时调整）</translation>
        </message>
        <message>
            <source>Smoothed loss</source>
            <translation>平滑后的损失</translation>
        </message>
        <message>
            <source>Orange line: the mean loss of the 50 iterations before and the 50 after each one, so it does not lag behind; at the newest 50 iterations, an exponentially weighted trend line</source>
            <translation>橙色线：每次迭代前 50 次和后 50 次迭代的平均损失，因此不会滞后；最新的 50 次迭代用指数加权的趋势线</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>迭代次数</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>Hidden size</source>
            <translation>隐藏层大小</translation>
        </message>
        <message>
            <source>Weight init std</source>
            <translation>权重初始值标准差</translation>
        </message>
        <message>
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精度（数据类型）</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>训练图像</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽样方式</translation>
        </message>
        <message>
            <source>backprop (ch. 5)</source>
            <translation>反向传播（第 5 章）</translation>
        </message>
        <message>
            <source>numerical (vectorised)</source>
            <translation>数值微分（向量化）</translation>
        </message>
        <message>
            <source>numerical (book's loop, very slow)</source>
            <translation>数值微分（书中的循环，非常慢）</translation>
        </message>
        <message>
            <source>random choice (book)</source>
            <translation>随机选择（书中）</translation>
        </message>
        <message>
            <source>shuffled epochs</source>
            <translation>每个 epoch 打乱顺序</translation>
        </message>
        <message>
            <source>Neurons in each hidden layer (the book's 4.5 network has 50)</source>
            <translation>每个隐藏层的神经元数（书中 4.5 的网络是 50）</translation>
        </message>
        <message>
            <source>The initial weights' standard deviation when 'Initial weights' is 'std' (the book uses 0.01)</source>
            <translation>“权重初始值”选“标准差”时所用的标准差（书中用 0.01）</translation>
        </message>
        <message>
            <source>Fewer training images make the network overfit (4.1.2)</source>
            <translation>训练图像越少，神经网络越容易过拟合（4.1.2）</translation>
        </message>
        <message>
            <source>Hyperparameters (book 4.5.2)</source>
            <translation>超参数（书中 4.5.2）</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Save weights…</source>
            <translation>保存权重…</translation>
        </message>
        <message>
            <source>Load weights…</source>
            <translation>加载权重…</translation>
        </message>
        <message>
            <source>Export loss/accuracy CSV…</source>
            <translation>导出损失/识别精度 CSV…</translation>
        </message>
        <message>
            <source>random choice</source>
            <translation>随机选择</translation>
        </message>
        <message>
            <source>Iterations must be at least 1.</source>
            <translation>迭代次数至少为 1。</translation>
        </message>
        <message>
            <source>Hidden size must be at least 1 neuron (the book uses 50).</source>
            <translation>隐藏层至少要有 1 个神经元（书中用 50）。</translation>
        </message>
        <message>
            <source>The training set needs at least 1 image.</source>
            <translation>训练数据至少需要 1 张图像。</translation>
        </message>
        <message>
            <source>Batch size must be at least 1 (the book uses 100).</source>
            <translation>批大小至少为 1（书中用 100）。</translation>
        </message>
        <message>
            <source>Batch size %d is larger than the training set (%d images): lower the batch size or use more training images.</source>
            <translation>批大小 %d 大于训练数据（%d 张图像）：请减小批大小或使用更多训练图像。</translation>
        </message>
        <message>
            <source>The learning rate must be greater than 0.</source>
            <translation>学习率必须大于 0。</translation>
        </message>
        <message>
            <source>The weight init std must be a finite number.</source>
            <translation>权重初始值标准差必须是有限的数。</translation>
        </message>
        <message>
            <source>Preparing the fast training step — first start only…</source>
            <translation>正在准备快速训练步骤 —— 仅首次启动时需要…</translation>
        </message>
        <message>
            <source> · %s s left</source>
            <translation> · 剩余 %s 秒</translation>
        </message>
        <message>
            <source>%d/%d · %s it/s%s</source>
            <translation>%d/%d · %s 次/秒%s</translation>
        </message>
    </context>
    <context>
        <name>TrainingSection</name>
        <message>
            <source>MNIST could not be loaded: %s</source>
            <translation>无法加载 MNIST：%s</translation>
        </message>
        <message>
            <source>The loss stays far above 2.3 (guessing) instead of falling: learning rate %s is too large and training diverges. Try 0.1 (the book's value).</source>
            <translation>损失没有下降，而是一直远高于 2.3（瞎猜的水平）：学习率 %s 太大，学习发散了。试试 0.1（书中的值）。</translation>
        </message>
        <message>
            <source>Loading MNIST…</source>
            <translation>正在加载 MNIST…</translation>
        </message>
        <message>
            <source>The loaded weights are a %s network (%d hidden layers): set the hidden layers and hidden size to match or press Reset.</source>
            <translation>加载的权重属于 %s 的网络（%d 个隐藏层）：请把隐藏层数和隐藏层大小设成与之一致，或者按“重置”。</translation>
        </message>
        <message>
            <source>The book's element-by-element loop needs about 40 s per iteration on MNIST: watch a few steps, then compare with backprop.</source>
            <translation>书中逐个元素计算的循环在 MNIST 上每次迭代约需 40 秒：看几步之后，再与误差反向传播法比较。</translation>
        </message>
        <message>
            <source>Learning rate %s is very large: expect the loss to diverge.</source>
            <translation>学习率 %s 非常大：损失很可能会发散。</translation>
        </message>
        <message>
            <source>Training diverged at iteration %d: the loss became %s. Lower the learning rate (the book uses 0.1) and check the data for NaN.</source>
            <translation>学习在第 %d 次迭代时发散：损失变成了 %s。请降低学习率（书中用 0.1），并检查数据中是否有 NaN。</translation>
        </message>
        <message>
            <source>Training stopped with an error: %s</source>
            <translation>学习因错误而停止：%s</translation>
        </message>
    </context>
    <context>
        <name>TrainingViews</name>
        <message>
            <source>Learning curves</source>
            <translation>学习曲线</translation>
        </message>
        <message>
            <source>Predictions</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>Numerical vs backprop</source>
            <translation>数值微分 对 误差反向传播法</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>手写数字</translation>
        </message>
        <message>
            <source>W1: a 28×28 template per digit 0 … 9</source>
            <translation>W1：每个数字 0 … 9 一个 28×28 模板</translation>
        </message>
    </context>
    <context>
        <name>WeightDescentControls</name>
        <message>
            <source>Gradient descent on W</source>
            <translation>对 W 进行梯度下降</translation>
        </message>
        <message>
            <source>learning rate lr  (W ← W − lr·dW)</source>
            <translation>学习率 lr  （W ← W − lr·dW）</translation>
        </message>
        <message>
            <source>→ Step</source>
            <translation>→ 单步</translation>
        </message>
        <message>
            <source>One gradient step (→)</source>
            <translation>沿梯度走一步（→）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>▶ Run</source>
            <translation>▶ 运行</translation>
        </message>
        <message>
            <source>Take all the steps, animated (space)</source>
            <translation>以动画方式走完所有步（空格键）</translation>
        </message>
        <message>
            <source>⟲ Reset</source>
            <translation>⟲ 重置</translation>
        </message>
        <message>
            <source>Back to the W before the first step (R)</source>
            <translation>回到第一步之前的 W（R）</translation>
        </message>
    </context>
    <context>
        <name>WeightTiles</name>
        <message>
            <source>W1: a 28×28 tile per neuron</source>
            <translation>W1：每个神经元一个 28×28 小图</translation>
        </message>
    </context>
    <context>
        <name>PresetNames</name>
        <message>
            <source>book-example-1</source>
            <translation>书中例 1</translation>
        </message>
        <message>
            <source>book-example-2</source>
            <translation>书中例 2</translation>
        </message>
        <message>
            <source>log-zero</source>
            <translation>log 0</translation>
        </message>
        <message>
            <source>mini-batch</source>
            <translation>mini-batch</translation>
        </message>
        <message>
            <source>why-not-accuracy</source>
            <translation>为何不用识别精度</translation>
        </message>
        <message>
            <source>book</source>
            <translation>书中例子</translation>
        </message>
        <message>
            <source>bad-implementation</source>
            <translation>不好的实现</translation>
        </message>
        <message>
            <source>problem-1</source>
            <translation>问题 1</translation>
        </message>
        <message>
            <source>problem-2</source>
            <translation>问题 2</translation>
        </message>
        <message>
            <source>fig-4-8</source>
            <translation>图 4-8</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>鞍点</translation>
        </message>
        <message>
            <source>rosenbrock</source>
            <translation>Rosenbrock 函数</translation>
        </message>
        <message>
            <source>book-lr-10</source>
            <translation>书中 lr = 10</translation>
        </message>
        <message>
            <source>book-lr-1e-10</source>
            <translation>书中 lr = 1e-10</translation>
        </message>
        <message>
            <source>race</source>
            <translation>比赛</translation>
        </message>
        <message>
            <source>optimizers</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>saddle-escape</source>
            <translation>逃离鞍点</translation>
        </message>
        <message>
            <source>plateau</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>far_nudge</source>
            <translation>大幅微调</translation>
        </message>
        <message>
            <source>random</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>descend</source>
            <translation>梯度下降</translation>
        </message>
        <message>
            <source>overfit</source>
            <translation>过拟合</translation>
        </message>
        <message>
            <source>optimizers-mnist</source>
            <translation>优化器-MNIST</translation>
        </message>
        <message>
            <source>weight-init</source>
            <translation>权重初始值</translation>
        </message>
        <message>
            <source>activation-histograms</source>
            <translation>激活值分布</translation>
        </message>
        <message>
            <source>weight-decay</source>
            <translation>权值衰减</translation>
        </message>
        <message>
            <source>xor</source>
            <translation>xor</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>圆</translation>
        </message>
        <message>
            <source>spiral</source>
            <translation>螺旋</translation>
        </message>
        <message>
            <source>linear-fails</source>
            <translation>直线不行</translation>
        </message>
        <message>
            <source>features</source>
            <translation>特征</translation>
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
            <translation>无法从 {path} 加载神经网络：{problem}</translation>
        </message>
        <message>
            <source>the file does not exist. Check the name and folder, or save a network first.</source>
            <translation>文件不存在。请检查文件名和文件夹，或者先保存一个神经网络。</translation>
        </message>
        <message>
            <source>it is a folder. Choose a .npz file saved by Gradient Lab.</source>
            <translation>这是一个文件夹。请选择由梯度实验室保存的 .npz 文件。</translation>
        </message>
        <message>
            <source>it is a single NumPy array (.npy), not a network file (.npz) saved by Gradient Lab.</source>
            <translation>这是单个 NumPy 数组（.npy），而不是由梯度实验室保存的神经网络文件（.npz）。</translation>
        </message>
        <message>
            <source>the file is truncated or corrupt ({error}). Save the network again.</source>
            <translation>文件不完整或已损坏（{error}）。请重新保存神经网络。</translation>
        </message>
        <message>
            <source>it is not a network file (.npz) saved by Gradient Lab ({error}).</source>
            <translation>这不是由梯度实验室保存的神经网络文件（.npz）（{error}）。</translation>
        </message>
        <message>
            <source>the file cannot be read ({error}). Check that it is readable.</source>
            <translation>无法读取文件（{error}）。请检查它是否可读。</translation>
        </message>
        <message>
            <source>its training settings are not valid JSON ({error}). Save the network again.</source>
            <translation>其中的学习设置不是有效的 JSON（{error}）。请重新保存神经网络。</translation>
        </message>
        <message>
            <source>its training settings are not a set of named values. Save the network again.</source>
            <translation>其中的学习设置不是一组具名的值。请重新保存神经网络。</translation>
        </message>
        <message>
            <source>its training settings have unknown fields {fields}; it was saved by a different version of Gradient Lab.</source>
            <translation>其中的学习设置含有未知字段 {fields}；它是由其他版本的梯度实验室保存的。</translation>
        </message>
        <message>
            <source>its training settings are invalid: {error}</source>
            <translation>其中的学习设置无效：{error}</translation>
        </message>
        <message>
            <source>it holds {count} layers; a network here has at most {limit} hidden layers and the output layer.</source>
            <translation>其中有 {count} 层；这里的神经网络最多有 {limit} 个隐藏层加上输出层。</translation>
        </message>
        <message>
            <source>it lacks {names}, so it is not a complete network file saved by Gradient Lab.</source>
            <translation>缺少 {names}，所以不是由梯度实验室保存的完整神经网络文件。</translation>
        </message>
        <message>
            <source>{key} has shape {shape}; a network's {key} has {ndim} dimension(s).</source>
            <translation>{key} 的形状是 {shape}；神经网络的 {key} 应该是 {ndim} 维的。</translation>
        </message>
        <message>
            <source>{key} holds {dtype} values; expected float32 or float64.</source>
            <translation>{key} 中是 {dtype} 类型的值；应为 float32 或 float64。</translation>
        </message>
        <message>
            <source>{key} is {dtype} but W1 is {w1_dtype}; all parameters must share one dtype.</source>
            <translation>{key} 是 {dtype}，而 W1 是 {w1_dtype}；所有参数必须使用同一种 dtype。</translation>
        </message>
        <message>
            <source>{key} contains NaN or infinite values (the training diverged); train again with a smaller learning rate.</source>
            <translation>{key} 中有 NaN 或无穷大的值（学习发散了）；请用更小的学习率重新学习。</translation>
        </message>
        <message>
            <source>{key} has shape {shape} but W{i} has shape {w_shape}, so it needs {expected}.</source>
            <translation>{key} 的形状是 {shape}，但 W{i} 的形状是 {w_shape}，所以它应该是 {expected}。</translation>
        </message>
        <message>
            <source>the layer sizes {sizes} include an empty layer.</source>
            <translation>各层的大小 {sizes} 中有一层是空的。</translation>
        </message>
        <message>
            <source>its layers cannot be trained here: {error}</source>
            <translation>其中的层在这里无法学习：{error}</translation>
        </message>
        <message>
            <source>its settings say {layers} hidden layer(s) but it holds the weights of {found}.</source>
            <translation>其中的设置是 {layers} 个隐藏层，但保存的是 {found} 个隐藏层的权重。</translation>
        </message>
        <message>
            <source>its settings say hidden_size {hidden_size} but W{i} has {hidden} hidden units.</source>
            <translation>其中的设置是 hidden_size {hidden_size}，但 W{i} 有 {hidden} 个隐藏单元。</translation>
        </message>
        <message>
            <source>its settings say dtype {dtype} but the weights are {weights_dtype}.</source>
            <translation>其中的设置是 dtype {dtype}，但权重是 {weights_dtype}。</translation>
        </message>
        <message>
            <source>its format tag is {found}, not {expected}.</source>
            <translation>格式标记是 {found}，而不是 {expected}。</translation>
        </message>
        <message>
            <source>it was written in format version {version}; this Gradient Lab reads up to version {supported}. Update Gradient Lab.</source>
            <translation>它是以格式版本 {version} 写入的；此版本的梯度实验室最多只能读取版本 {supported}。请更新梯度实验室。</translation>
        </message>
        <message>
            <source>f(x) is finite: a smaller h may keep both points where f is finite.</source>
            <translation>f(x) 是有限的：更小的 h 也许能让两个点都落在 f 有限的地方。</translation>
        </message>
        <message>
            <source>f(x) is not finite either, so no h helps: move x or change f.</source>
            <translation>f(x) 本身也不是有限的，所以换什么 h 都没用：请移动 x 或修改 f。</translation>
        </message>
        <message>
            <source>h = 0: the difference quotient divides by zero (0/0), which is not a number. Choose h &gt; 0, e.g. 1e-4.</source>
            <translation>h = 0：差商除以零（0/0），不是一个数。请选择 h &gt; 0，例如 1e-4。</translation>
        </message>
        <message>
            <source>h = {h:g} is not a finite number, so the quotient is nan. Choose h &gt; 0, e.g. 1e-4.</source>
            <translation>h = {h:g} 不是有限的数，所以差商是 nan。请选择 h &gt; 0，例如 1e-4。</translation>
        </message>
        <message>
            <source>h = {h:.3g} underflows to 0 in {dtype} (the smallest {dtype} is {smallest:.2g}), so the quotient is 0/0 = nan.</source>
            <translation>h = {h:.3g} 在 {dtype} 中下溢为 0（最小的 {dtype} 是 {smallest:.2g}），所以差商是 0/0 = nan。</translation>
        </message>
        <message>
            <source>{values} in {dtype}: f overflows there (beyond {largest:.3g}) or divides by zero, so the slope is {slope}. This is not rounding error. {advice}</source>
            <translation>在 {dtype} 中 {values}：f 在那里溢出（超过 {largest:.3g}）或除以零，所以斜率是 {slope}。这不是舍入误差。{advice}</translation>
        </message>
        <message>
            <source>{values} in {dtype}: f is not defined there (e.g. log or sqrt of a negative number), so the slope is {slope}. This is not rounding error. {advice}</source>
            <translation>在 {dtype} 中 {values}：f 在那里没有定义（例如负数的 log 或 sqrt），所以斜率是 {slope}。这不是舍入误差。{advice}</translation>
        </message>
        <message>
            <source>f is finite at both points, but the quotient is larger than the largest {dtype} number ({largest:.3g}): h = {h:.3g} is tiny and f jumps, so the slope is {slope}.</source>
            <translation>f 在两个点上都是有限的，但差商超过了最大的 {dtype} 数（{largest:.3g}）：h = {h:.3g} 极小而 f 有跳跃，所以斜率是 {slope}。</translation>
        </message>
        <message>
            <source>x + h == x in {dtype}: h = {h:.3g} is below half the gap between {dtype} numbers near x = {x:g} (gap {gap:.2g}), so f(x + h) − f(x) = 0 and the slope comes out as 0.</source>
            <translation>在 {dtype} 中 x + h == x：h = {h:.3g} 小于相邻 {dtype} 数之间间隔的一半（x = {x:g} 附近，间隔 {gap:.2g}），所以 f(x + h) − f(x) = 0，算出的斜率为 0。</translation>
        </message>
        <message>
            <source>f(x + h) and the other point round to the same {dtype} number: the change of f is lost in rounding, so the slope is 0.</source>
            <translation>f(x + h) 和另一点的值被舍入成同一个 {dtype} 数：f 的变化在舍入中丢失了，所以斜率为 0。</translation>
        </message>
        <message>
            <source>h = {h:.3g} is negative, and the formula still works with the sign flipped: (f(x + h) − f(x − h)) / 2h gives the same slope as h = {size:.3g}.</source>
            <translation>h = {h:.3g} 是负数，公式在符号翻转后照样成立：(f(x + h) − f(x − h)) / 2h 给出与 h = {size:.3g} 相同的斜率。</translation>
        </message>
        <message>
            <source>h = {h:.3g} is negative, and the formula still works with the sign flipped: (f(x + h) − f(x)) / h is then the backward difference (f(x) − f(x − {size:.3g})) / {size:.3g}.</source>
            <translation>h = {h:.3g} 是负数，公式在符号翻转后照样成立：此时 (f(x + h) − f(x)) / h 就是后向差分 (f(x) − f(x − {size:.3g})) / {size:.3g}。</translation>
        </message>
        <message>
            <source>f(x0, x1) = {text} is not finite anywhere in the view: there is nothing to descend.</source>
            <translation>f(x0, x1) = {text} 在视野内处处都不是有限值：没有可以下降的地方。</translation>
        </message>
        <message>
            <source>A comprehension</source>
            <translation>推导式</translation>
        </message>
        <message>
            <source>Attribute access ('.')</source>
            <translation>属性访问（'.'）</translation>
        </message>
        <message>
            <source>Indexing ('[...]')</source>
            <translation>索引（'[...]'）</translation>
        </message>
        <message>
            <source>A lambda</source>
            <translation>lambda 表达式</translation>
        </message>
        <message>
            <source>A comparison</source>
            <translation>比较运算</translation>
        </message>
        <message>
            <source>A list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>A tuple (a stray comma?)</source>
            <translation>元组（多写了一个逗号？）</translation>
        </message>
        <message>
            <source>A dict</source>
            <translation>字典</translation>
        </message>
        <message>
            <source>A set</source>
            <translation>集合</translation>
        </message>
        <message>
            <source>A string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <source>'*' unpacking</source>
            <translation>'*' 解包</translation>
        </message>
        <message>
            <source>{what}{where} is not allowed in a function.</source>
            <translation>函数中不能使用{what}{where}。</translation>
        </message>
        <message>
            <source>The operator '{operator}'</source>
            <translation>运算符“{operator}”</translation>
        </message>
        <message>
            <source>The construct '{name}'</source>
            <translation>语法结构“{name}”</translation>
        </message>
        <message>
            <source>The value {value}</source>
            <translation>值 {value}</translation>
        </message>
        <message>
            <source>'{name}'{where} is a function: write {name}(...) with its argument in parentheses.</source>
            <translation>“{name}”{where}是函数：请写成 {name}(...)，把参数放在括号里。</translation>
        </message>
        <message>
            <source>Unknown name '{name}'{where}.{hint} Use the variables {variables}, or the constants pi and e.</source>
            <translation>未知的名称“{name}”{where}。{hint}请使用变量 {variables}，或常数 pi 和 e。</translation>
        </message>
        <message>
            <source>Unknown name '{name}'{where}.{hint} Use the variable {variable}, or the constants pi and e.</source>
            <translation>未知的名称“{name}”{where}。{hint}请使用变量 {variable}，或常数 pi 和 e。</translation>
        </message>
        <message>
            <source>Unknown name '{name}'{where}.{hint} Use the variable (none), or the constants pi and e.</source>
            <translation>未知的名称“{name}”{where}。{hint}这里没有变量，请使用常数 pi 和 e。</translation>
        </message>
        <message>
            <source>Calling something other than a named function</source>
            <translation>调用具名函数以外的东西</translation>
        </message>
        <message>
            <source>Unknown function '{name}'{where}.{hint} Known functions: {functions}.</source>
            <translation>未知的函数“{name}”{where}。{hint}可用的函数：{functions}。</translation>
        </message>
        <message>
            <source>{name}(){where} takes exactly one argument, e.g. {name}(x).</source>
            <translation>{name}(){where}只接受一个参数，例如 {name}(x)。</translation>
        </message>
        <message>
            <source> Did you mean '{name}'?</source>
            <translation>是不是想写“{name}”？</translation>
        </message>
        <message>
            <source>Syntax error{where}: {problem}. Check brackets and operators (multiplication needs '*', as in 2*x).</source>
            <translation>语法错误{where}：{problem}。请检查括号和运算符（乘法必须写 '*'，如 2*x）。</translation>
        </message>
        <message>
            <source>The expression cannot be read: {error}.</source>
            <translation>无法读取表达式：{error}。</translation>
        </message>
        <message>
            <source>The function must be text.</source>
            <translation>函数必须是文本。</translation>
        </message>
        <message>
            <source>The expression is {length} characters long; the limit is {limit}.</source>
            <translation>表达式长 {length} 个字符；上限是 {limit} 个。</translation>
        </message>
        <message>
            <source>Type a function, for example {example}.</source>
            <translation>请输入一个函数，例如 {example}。</translation>
        </message>
        <message>
            <source>'{value}' is not a number; type a probability between 0 and 1, e.g. 0.6.</source>
            <translation>“{value}”不是数字；请输入 0 到 1 之间的概率，例如 0.6。</translation>
        </message>
        <message>
            <source>NaN is not a probability; type a number between 0 and 1.</source>
            <translation>NaN 不是概率；请输入 0 到 1 之间的数。</translation>
        </message>
        <message>
            <source>{value:g} is negative; a probability lies between 0 and 1.</source>
            <translation>{value:g} 是负数；概率在 0 到 1 之间。</translation>
        </message>
        <message>
            <source>{value:g} is larger than 1; a probability lies between 0 and 1 (the 10 values always sum to 1).</source>
            <translation>{value:g} 大于 1；概率在 0 到 1 之间（10 个值的和总是 1）。</translation>
        </message>
        <message>
            <source>'{value}' is not a number; type a logit such as 2.5.</source>
            <translation>“{value}”不是数字；请输入一个 logit，例如 2.5。</translation>
        </message>
        <message>
            <source>A logit must be a finite number (softmax turns it into a probability).</source>
            <translation>logit 必须是有限的数（softmax 函数把它变成概率）。</translation>
        </message>
        <message>
            <source>{value:g} is outside ±{limit:g}; larger logits only push softmax to exactly 0 and 1.</source>
            <translation>{value:g} 超出了 ±{limit:g}；更大的 logit 只会把 softmax 函数的输出推到恰好 0 和 1。</translation>
        </message>
        <message>
            <source>'{batch_size}' is not a whole number of samples.</source>
            <translation>“{batch_size}”不是整数，不能作为样本数。</translation>
        </message>
        <message>
            <source>The batch size must be a whole number, not {batch_size}.</source>
            <translation>批大小必须是整数，而不是 {batch_size}。</translation>
        </message>
        <message>
            <source>A mini-batch needs at least 1 sample, not {batch_size}.</source>
            <translation>mini-batch 至少需要 1 个样本，而不是 {batch_size} 个。</translation>
        </message>
        <message>
            <source>A batch of {batch_size} is larger than the {train_size} training images; choose 1 to {train_size}.</source>
            <translation>大小为 {batch_size} 的批比 {train_size} 张训练图像还多；请选择 1 到 {train_size}。</translation>
        </message>
        <message>
            <source>Copy the four original MNIST files ({files}) into that folder again.</source>
            <translation>请把四个原始 MNIST 文件（{files}）重新复制到该文件夹中。</translation>
        </message>
        <message>
            <source>MNIST file missing: {path}. {fix}</source>
            <translation>缺少 MNIST 文件：{path}。{fix}</translation>
        </message>
        <message>
            <source>Cannot read MNIST file {path}: {error}. Check that the file and its folder are readable.</source>
            <translation>无法读取 MNIST 文件 {path}：{error}。请检查该文件及其所在文件夹是否可读。</translation>
        </message>
        <message>
            <source>{path} is not a readable gzip file ({error}); it is truncated or corrupt. {fix}</source>
            <translation>{path} 不是可读的 gzip 文件（{error}）；文件不完整或已损坏。{fix}</translation>
        </message>
        <message>
            <source>{path} is too short ({size} bytes) to hold an IDX header. {fix}</source>
            <translation>{path} 太短（{size} 字节），放不下 IDX 文件头。{fix}</translation>
        </message>
        <message>
            <source>{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (images). Is it the right file? {fix}</source>
            <translation>{path} 的 IDX 魔数是 0x{found:08x}，应为 0x{magic:08x}（图像）。是不是选错了文件？{fix}</translation>
        </message>
        <message>
            <source>{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (labels). Is it the right file? {fix}</source>
            <translation>{path} 的 IDX 魔数是 0x{found:08x}，应为 0x{magic:08x}（标签）。是不是选错了文件？{fix}</translation>
        </message>
        <message>
            <source>{path} holds images of {rows}x{columns} pixels, expected 28x28. {fix}</source>
            <translation>{path} 中的图像是 {rows}x{columns} 像素，应为 28x28。{fix}</translation>
        </message>
        <message>
            <source>{path} has {size} bytes after decompression, expected {expected} for {count} images: truncated or padded. {fix}</source>
            <translation>{path} 解压后有 {size} 字节，而 {count} 张图像应为 {expected} 字节：文件被截断或多出了数据。{fix}</translation>
        </message>
        <message>
            <source>{path} has {size} bytes after decompression, expected {expected} for {count} labels: truncated or padded. {fix}</source>
            <translation>{path} 解压后有 {size} 字节，而 {count} 个标签应为 {expected} 字节：文件被截断或多出了数据。{fix}</translation>
        </message>
        <message>
            <source>{path} has label {label} at index {index}; labels must be 0-9. {fix}</source>
            <translation>{path} 在索引 {index} 处的标签是 {label}；标签必须是 0-9。{fix}</translation>
        </message>
        <message>
            <source>MNIST folder not found: {folder}. {fix}</source>
            <translation>找不到 MNIST 文件夹：{folder}。{fix}</translation>
        </message>
        <message>
            <source>{path} differs from the original MNIST file (md5 mismatch). {fix}</source>
            <translation>{path} 与原始 MNIST 文件不同（md5 不一致）。{fix}</translation>
        </message>
        <message>
            <source>{folder}: the train set has {n_images} images but {n_labels} labels; the files do not belong together. {fix}</source>
            <translation>{folder}：训练数据有 {n_images} 张图像，却有 {n_labels} 个标签；这些文件不是配套的。{fix}</translation>
        </message>
        <message>
            <source>{folder}: the test set has {n_images} images but {n_labels} labels; the files do not belong together. {fix}</source>
            <translation>{folder}：测试数据有 {n_images} 张图像，却有 {n_labels} 个标签；这些文件不是配套的。{fix}</translation>
        </message>
        <message>
            <source>Unknown initialisation {name!r}; use a number or one of: {names}</source>
            <translation>未知的初始值设定 {name!r}；请输入一个数，或从以下选择：{names}</translation>
        </message>
        <message>
            <source>The initial weight scale must be a finite number above 0 (got {value})</source>
            <translation>权重初始值的标准差必须是大于 0 的有限数（输入的是 {value}）</translation>
        </message>
        <message>
            <source>{count} hidden layers is too many; use at most {limit}</source>
            <translation>{count} 个隐藏层太多了；最多 {limit} 个</translation>
        </message>
        <message>
            <source>A layer needs a whole number of neurons, at least 1 (got {value})</source>
            <translation>每一层的神经元数必须是至少为 1 的整数（输入的是 {value}）</translation>
        </message>
        <message>
            <source>A hidden layer of {width} neurons is too wide; use at most {limit}</source>
            <translation>有 {width} 个神经元的隐藏层太宽了；最多 {limit} 个</translation>
        </message>
        <message>
            <source>Unknown activation {name!r}; choose one of: {names}</source>
            <translation>未知的激活函数 {name!r}；可选：{names}</translation>
        </message>
        <message>
            <source>Weight decay λ must be a finite number ≥ 0 (got {value})</source>
            <translation>权值衰减 λ 必须是 ≥ 0 的有限数（输入的是 {value}）</translation>
        </message>
        <message>
            <source>A race needs 1 to {limit} racers (got {count})</source>
            <translation>比赛需要 1 到 {limit} 名选手（现在是 {count}）</translation>
        </message>
        <message>
            <source>The learning rate must be a finite number above 0 (got {value})</source>
            <translation>学习率必须是大于 0 的有限数（输入的是 {value}）</translation>
        </message>
        <message>
            <source>{name} must lie in [0, 1) (got {value})</source>
            <translation>{name} 必须在 [0, 1) 之内（输入的是 {value}）</translation>
        </message>
        <message>
            <source>Unknown optimizer {name!r}; choose one of: {names}</source>
            <translation>未知的优化器 {name!r}；可选：{names}</translation>
        </message>
        <message>
            <source>{count} hidden layers is too many for the playground; use at most {limit}</source>
            <translation>对游乐场来说 {count} 个隐藏层太多了；最多 {limit} 个</translation>
        </message>
        <message>
            <source>Each hidden layer needs 1 to {limit} neurons (got {value})</source>
            <translation>每个隐藏层需要 1 到 {limit} 个神经元（输入的是 {value}）</translation>
        </message>
        <message>
            <source>{file} is a folder, not a scenario file.</source>
            <translation>{file} 是一个文件夹，不是场景文件。</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} 不存在。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>无法读取 {file}：{reason}。</translation>
        </message>
        <message>
            <source>{file} is {size} MB; a scenario file is at most {limit} MB.</source>
            <translation>{file} 有 {size} MB；场景文件最大为 {limit} MB。</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text (byte {position}).</source>
            <translation>{file} 不是 UTF-8 文本（第 {position} 字节）。</translation>
        </message>
        <message>
            <source>{file} nests {depth} levels deep; a scenario nests at most {limit}.</source>
            <translation>{file} 嵌套了 {depth} 层；场景文件最多嵌套 {limit} 层。</translation>
        </message>
        <message>
            <source>{file} is not JSON: {problem} (line {line}, column {column}).</source>
            <translation>{file} 不是 JSON：{problem}（第 {line} 行，第 {column} 列）。</translation>
        </message>
        <message>
            <source>{file} is not JSON: {problem}</source>
            <translation>{file} 不是 JSON：{problem}</translation>
        </message>
        <message>
            <source>{name} is not a number a file may hold.</source>
            <translation>{name} 不是文件中允许的数。</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object.</source>
            <translation>同一个对象中键 {key} 出现了两次。</translation>
        </message>
        <message>
            <source>{file} is not a Gradient Lab scenario (it has no "format": "gradient-lab").</source>
            <translation>{file} 不是梯度实验室的场景文件（其中没有 "format": "gradient-lab"）。</translation>
        </message>
        <message>
            <source>{file}: "version" must be a whole number from 1, not {value}.</source>
            <translation>{file}："version" 必须是从 1 开始的整数，而不是 {value}。</translation>
        </message>
        <message>
            <source>{file} was written by a newer Gradient Lab (file version {version}; this one reads version {supported}).</source>
            <translation>{file} 是由更新版本的梯度实验室写的（文件版本 {version}；本程序只能读取版本 {supported}）。</translation>
        </message>
        <message>
            <source>{file} has unknown entries: {keys}.</source>
            <translation>{file} 中有未知的项：{keys}。</translation>
        </message>
        <message>
            <source>{file}: "scenes" must be a list of 1 … {limit} scenes.</source>
            <translation>{file}："scenes" 必须是包含 1 … {limit} 个场景的列表。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: a scene must be a JSON object, not {value}.</source>
            <translation>{file}，场景 {number}：场景必须是一个 JSON 对象，而不是 {value}。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: "section" must name a section.</source>
            <translation>{file}，场景 {number}："section" 必须是某一节的名称。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: there is no section {name}; the sections are {names}.</source>
            <translation>{file}，场景 {number}：没有名为 {name} 的节；可用的节有 {names}。</translation>
        </message>
        <message>
            <source>{file}, scene {number} ({section}): {problem}</source>
            <translation>{file}，场景 {number}（{section}）：{problem}</translation>
        </message>
        <message>
            <source>{file} has {count} scenes; there is no scene {number}.</source>
            <translation>{file} 共有 {count} 个场景；没有场景 {number}。</translation>
        </message>
        <message>
            <source>{file}, scene {number}: the {section} section cannot be opened from a file yet.</source>
            <translation>{file}，场景 {number}：{section} 这一节暂时还不能从文件打开。</translation>
        </message>
        <message>
            <source>The {section} section cannot be saved as a scene yet.</source>
            <translation>{section} 这一节暂时还不能保存为场景。</translation>
        </message>
        <message>
            <source>The {section} section cannot be written as Python yet.</source>
            <translation>{section} 这一节暂时还不能导出为 Python。</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <translation>无法写入 {file}：{reason}。</translation>
        </message>
        <message>
            <source>A scenario needs at least one scene.</source>
            <translation>场景文件至少需要一个场景。</translation>
        </message>
        <message>
            <source>A scene must name its section.</source>
            <translation>场景必须写明它属于哪一节。</translation>
        </message>
        <message>
            <source>A scene of {section} has a key that is not text.</source>
            <translation>{section} 的场景中有一个不是文本的键。</translation>
        </message>
        <message>
            <source>A scene of {section} holds {value}, which a file cannot store.</source>
            <translation>{section} 的场景中含有 {value}，文件无法保存它。</translation>
        </message>
        <message>
            <source>A scene of {section} holds a {kind}, which a file cannot store.</source>
            <translation>{section} 的场景中含有 {kind}，文件无法保存它。</translation>
        </message>
        <message>
            <source>{key} must add up to 1 (a probability vector), not {total}.</source>
            <translation>{key} 的各项之和必须为 1（概率向量），而不是 {total}。</translation>
        </message>
        <message>
            <source>{key} needs 'from' &lt; 'to', not {lo} … {hi}.</source>
            <translation>{key} 需要“从” &lt; “到”，而不是 {lo} … {hi}。</translation>
        </message>
        <message>
            <source>{key} holds {count} points; at most {limit} are allowed.</source>
            <translation>{key} 有 {count} 个点；最多允许 {limit} 个。</translation>
        </message>
        <message>
            <source>{key} must be [x0, x1, class] with class 0 or 1.</source>
            <translation>{key} 必须是 [x0, x1, 类别]，类别为 0 或 1。</translation>
        </message>
        <message>
            <source>{key} must be a list of different inputs from: {choices}.</source>
            <translation>{key} 必须是由以下不同输入组成的列表：{choices}。</translation>
        </message>
        <message>
            <source>{key} must list whole numbers of neurons.</source>
            <translation>{key} 必须列出神经元的个数（整数）。</translation>
        </message>
        <message>
            <source>{key} must be null (the output) or [layer, neuron] of this network, not {value}.</source>
            <translation>{key} 必须是 null（输出）或本网络的 [层, 神经元]，而不是 {value}。</translation>
        </message>
        <message>
            <source>The scene must be a JSON object, not {kind}.</source>
            <translation>场景必须是一个 JSON 对象，而不是 {kind}。</translation>
        </message>
        <message>
            <source>{where} must be a JSON object, not {kind}.</source>
            <translation>{where} 必须是一个 JSON 对象，而不是 {kind}。</translation>
        </message>
        <message>
            <source>The scene has no value for {key}.</source>
            <translation>场景中缺少 {key} 的值。</translation>
        </message>
        <message>
            <source>{key} must be a finite number, not {value}.</source>
            <translation>{key} 必须是有限的数，而不是 {value}。</translation>
        </message>
        <message>
            <source>{key} is {value}, outside {lo} … {hi}.</source>
            <translation>{key} 为 {value}，超出了 {lo} … {hi} 的范围。</translation>
        </message>
        <message>
            <source>{key} must be a whole number, not {value}.</source>
            <translation>{key} 必须是整数，而不是 {value}。</translation>
        </message>
        <message>
            <source>{key} must be true or false, not {value}.</source>
            <translation>{key} 必须是 true 或 false，而不是 {value}。</translation>
        </message>
        <message>
            <source>{key} must be one of {choices}, not {value}.</source>
            <translation>{key} 必须是 {choices} 之一，而不是 {value}。</translation>
        </message>
        <message>
            <source>{key} must be text, not {value}.</source>
            <translation>{key} 必须是文本，而不是 {value}。</translation>
        </message>
        <message>
            <source>{key} is {length} characters long; at most {limit} are allowed.</source>
            <translation>{key} 长 {length} 个字符；最多允许 {limit} 个。</translation>
        </message>
        <message>
            <source>{key}: {problem}</source>
            <translation>{key}：{problem}</translation>
        </message>
        <message>
            <source>{key} must be a list of {count} numbers, not {value}.</source>
            <translation>{key} 必须是由 {count} 个数组成的列表，而不是 {value}。</translation>
        </message>
        <message>
            <source>{key} must be {rows} rows of {columns} numbers.</source>
            <translation>{key} 必须是 {rows} 行、每行 {columns} 个数。</translation>
        </message>
        <message>
            <source>{key} must be a list of {lo} … {hi} entries.</source>
            <translation>{key} 必须是包含 {lo} … {hi} 项的列表。</translation>
        </message>
        <message>
            <source>The scene has unknown values: {keys}.</source>
            <translation>场景中有未知的值：{keys}。</translation>
        </message>
        <message>
            <source>{where} has unknown values: {keys}.</source>
            <translation>{where} 中有未知的值：{keys}。</translation>
        </message>
        <message>
            <source>W must be 2×3 and x must have 2 entries (got {W_shape} and {x_shape}).</source>
            <translation>W 必须是 2×3，x 必须有 2 个元素（实际为 {W_shape} 和 {x_shape}）。</translation>
        </message>
        <message>
            <source>W and x must be finite numbers (no nan or inf).</source>
            <translation>W 和 x 必须是有限的数（不能有 nan 或 inf）。</translation>
        </message>
        <message>
            <source>x·W overflows float64 (|p| &gt; 1.8e308): use smaller values.</source>
            <translation>x·W 超出了 float64 的范围（|p| &gt; 1.8e308）：请使用更小的值。</translation>
        </message>
        <message>
            <source>lr must be a finite number.</source>
            <translation>lr 必须是有限的数。</translation>
        </message>
        <message>
            <source>lr must be &gt; 0 (got {lr:g}): with lr = 0 W never moves, and a negative lr climbs the gradient, raising the loss.</source>
            <translation>lr 必须 &gt; 0（当前为 {lr:g}）：lr = 0 时 W 永远不动，而负的 lr 会沿梯度方向往上走，使损失变大。</translation>
        </message>
        <message>
            <source>lr = {lr:g} is below 1e-12: each step lr·dW is lost in the rounding of W, so W never moves. Use 1e-12 ≤ lr ≤ 1000.</source>
            <translation>lr = {lr:g} 小于 1e-12：每一步的 lr·dW 都淹没在 W 的舍入误差里，W 永远不动。请使用 1e-12 ≤ lr ≤ 1000。</translation>
        </message>
        <message>
            <source>lr = {lr:g} is above 1000: already from lr ≈ 10 one step makes y of the correct class exactly 1. Use 1e-12 ≤ lr ≤ 1000.</source>
            <translation>lr = {lr:g} 大于 1000：从 lr ≈ 10 起，一步就已让正确类别的 y 恰好等于 1。请使用 1e-12 ≤ lr ≤ 1000。</translation>
        </message>
        <message>
            <source>The number of steps must be a whole number such as 100 (got {steps:g}).</source>
            <translation>步数必须是整数，例如 100（收到 {steps:g}）。</translation>
        </message>
        <message>
            <source>The number of steps must be at least 1 (got {steps}).</source>
            <translation>步数至少为 1（当前为 {steps}）。</translation>
        </message>
        <message>
            <source>f has a corner or a jump at {point} (abs, sign, step or relu of 0): there is no derivative there.</source>
            <translation>f 在 {point} 处有尖角或跳跃（abs、sign、step 或 relu 在 0 处）：那里没有导数。</translation>
        </message>
        <message>
            <source>The derivative is not finite at {point} (the slope is vertical or f is undefined).</source>
            <translation>导数在 {point} 处不是有限值（斜率是竖直的，或 f 没有定义）。</translation>
        </message>
        <message>
            <source>sympy is not installed.</source>
            <translation>没有安装 sympy。</translation>
        </message>
        <message>
            <source>sympy could not differentiate this function ({error}).</source>
            <translation>sympy 无法对这个函数求导（{error}）。</translation>
        </message>
        <message>
            <source>f divides by zero or is undefined everywhere.</source>
            <translation>f 除以了零，或者处处没有定义。</translation>
        </message>
        <message>
            <source>f takes complex values (a square root or logarithm of a negative number), so it has no real derivative.</source>
            <translation>f 取复数值（负数的平方根或对数），所以没有实数范围内的导数。</translation>
        </message>
        <message>
            <source>sympy left it unevaluated.</source>
            <translation>sympy 没能求出结果（保持未求值）。</translation>
        </message>
        <message>
            <source> at position {pos}</source>
            <translation>（第 {pos} 个字符处）</translation>
        </message>
        <message>
            <source>The expression is nested more than {depth} levels deep{where}; simplify it.</source>
            <translation>表达式{where}的嵌套超过了 {depth} 层；请简化它。</translation>
        </message>
        <message>
            <source>A second expression{where} is not allowed: type one expression, without ';'.</source>
            <translation>第二个表达式{where}是不允许的：只输入一个表达式，不要用 ';'。</translation>
        </message>
        <message>
            <source>An assignment ('='){where} is not allowed: type only the expression, e.g. {example} instead of f({variables}) = {example}.</source>
            <translation>赋值（'='）{where}是不允许的：只输入表达式，例如输入 {example}，而不是 f({variables}) = {example}。</translation>
        </message>
        <message>
            <source>'{keyword}'{where} starts a Python statement, and statements are not allowed: type one expression in {variables}, using numbers, + - * / ^ and the functions {functions}.</source>
            <translation>“{keyword}”{where}开始的是一条 Python 语句，而语句是不允许的：请输入一个关于 {variables} 的表达式，只用数字、+ - * / ^ 和这些函数：{functions}。</translation>
        </message>
        <message>
            <source>invalid syntax</source>
            <translation>无效的语法</translation>
        </message>
        <message>
            <source>invalid decimal literal</source>
            <translation>无效的数字写法</translation>
        </message>
        <message>
            <source>'{bracket}' was never closed</source>
            <translation>“{bracket}”没有闭合</translation>
        </message>
        <message>
            <source>unmatched '{bracket}'</source>
            <translation>“{bracket}”没有与之配对的括号</translation>
        </message>
        <message>
            <source>closing parenthesis '{closing}' does not match opening parenthesis '{opening}'</source>
            <translation>右括号“{closing}”与左括号“{opening}”不匹配</translation>
        </message>
        <message>
            <source>invalid character '{char}' (U+{code})</source>
            <translation>无效字符“{char}”（U+{code}）</translation>
        </message>
        <message>
            <source>invalid non-printable character U+{code}</source>
            <translation>无效的不可见字符 U+{code}</translation>
        </message>
        <message>
            <source>unterminated string literal (detected at line {line})</source>
            <translation>字符串没有结束（在第 {line} 行发现）</translation>
        </message>
        <message>
            <source>Unknown data set {name!r}; choose one of: {names}</source>
            <translation>未知的数据集 {name!r}；可选：{names}</translation>
        </message>
        <message>
            <source>The number of points must be a whole number from 2 to {limit} (got {value})</source>
            <translation>点数必须是 2 到 {limit} 之间的整数（输入的是 {value}）</translation>
        </message>
        <message>
            <source>Noise must lie between 0 and 1 (got {value})</source>
            <translation>噪声必须在 0 到 1 之间（输入的是 {value}）</translation>
        </message>
        <message>
            <source>The test share must lie in [0, 1) (got {value})</source>
            <translation>测试数据的比例必须在 [0, 1) 之内（输入的是 {value}）</translation>
        </message>
        <message>
            <source>Choose at least one input feature from: {names}</source>
            <translation>请至少从以下选择一个输入特征：{names}</translation>
        </message>
        <message>
            <source>The book trains for 10000 iterations.</source>
            <translation>书中迭代 10000 次。</translation>
        </message>
        <message>
            <source>The book uses mini-batches of 100 images.</source>
            <translation>书中的 mini-batch 为 100 张图像。</translation>
        </message>
        <message>
            <source>The book uses 0.1.</source>
            <translation>书中用 0.1。</translation>
        </message>
        <message>
            <source>The book's network has 50 hidden neurons.</source>
            <translation>书中神经网络的隐藏层有 50 个神经元。</translation>
        </message>
        <message>
            <source>The book uses 0.01.</source>
            <translation>书中用 0.01。</translation>
        </message>
        <message>
            <source>Any number from 0 up gives a repeatable run.</source>
            <translation>任何 &gt;= 0 的数都能得到可重复的结果。</translation>
        </message>
        <message>
            <source>Use None for all training images, or e.g. 300 as in the book's 6.4.1.</source>
            <translation>用 None 表示使用全部训练图像，或者像书中 6.4.1 那样用 300 等。</translation>
        </message>
        <message>
            <source>The book's network has 1 hidden layer; 0 is softmax regression.</source>
            <translation>书中的网络有 1 个隐藏层；0 个隐藏层即 softmax 回归。</translation>
        </message>
        <message>
            <source>{name} must be a whole number &gt;= {minimum}, not {value}. {hint}</source>
            <translation>{name} 必须是 &gt;= {minimum} 的整数，而不是 {value}。{hint}</translation>
        </message>
        <message>
            <source>{name} must be one of {choices}, not {value}.</source>
            <translation>{name} 必须是 {choices} 之一，而不是 {value}。</translation>
        </message>
        <message>
            <source>{name} must be a finite number, not {value}.</source>
            <translation>{name} 必须是有限的数，而不是 {value}。</translation>
        </message>
        <message>
            <source>{name} must be a finite number, not {value}. {hint}</source>
            <translation>{name} 必须是有限的数，而不是 {value}。{hint}</translation>
        </message>
        <message>
            <source>weight_init_std must be &gt;= 0, not {value}: it is the standard deviation of the initial weights (the book uses 0.01).</source>
            <translation>weight_init_std 必须 &gt;= 0，而不是 {value}：它是权重初始值的标准差（书中用 0.01）。</translation>
        </message>
        <message>
            <source>evaluate must be True or False, not {value}.</source>
            <translation>evaluate 必须是 True 或 False，而不是 {value}。</translation>
        </message>
        <message>
            <source>The numerical gradient is offered for the book's two-layer network with plain SGD only; choose backprop for this configuration.</source>
            <translation>数值梯度只适用于书中使用普通 SGD 的两层网络；这个设置请选择误差反向传播。</translation>
        </message>
        <message>
            <source>data must be ((x_train, t_train), (x_test, t_test)) as load_mnist returns it.</source>
            <translation>data 必须是 load_mnist 返回的形式 ((x_train, t_train), (x_test, t_test))。</translation>
        </message>
        <message>
            <source>The training images must be an array of shape (N, pixels) with N &gt;= 1; got shape {shape}.</source>
            <translation>训练图像必须是形状为 (N, 像素数)、N &gt;= 1 的数组；实际形状为 {shape}。</translation>
        </message>
        <message>
            <source>The test images must be an array of shape (N, pixels) with N &gt;= 1; got shape {shape}.</source>
            <translation>测试图像必须是形状为 (N, 像素数)、N &gt;= 1 的数组；实际形状为 {shape}。</translation>
        </message>
        <message>
            <source>The training set has {n} images but labels of shape {shape}; give one label (or one one-hot row) per image.</source>
            <translation>训练数据有 {n} 张图像，但标签的形状是 {shape}；请为每张图像提供一个标签（或一行 one-hot）。</translation>
        </message>
        <message>
            <source>The test set has {n} images but labels of shape {shape}; give one label (or one one-hot row) per image.</source>
            <translation>测试数据有 {n} 张图像，但标签的形状是 {shape}；请为每张图像提供一个标签（或一行 one-hot）。</translation>
        </message>
        <message>
            <source>train_size is {train_size} but there are only {n} training images; use at most {n} (or None for all).</source>
            <translation>train_size 为 {train_size}，但只有 {n} 张训练图像；请最多使用 {n}（或用 None 表示全部）。</translation>
        </message>
        <message>
            <source>The training images contain NaN or infinite pixels.</source>
            <translation>训练图像中有 NaN 或无穷大的像素。</translation>
        </message>
        <message>
            <source>The test images contain NaN or infinite pixels.</source>
            <translation>测试图像中有 NaN 或无穷大的像素。</translation>
        </message>
        <message>
            <source>The training labels must be whole class numbers &gt;= 0.</source>
            <translation>训练数据的标签必须是 &gt;= 0 的整数类别编号。</translation>
        </message>
        <message>
            <source>The test labels must be whole class numbers &gt;= 0.</source>
            <translation>测试数据的标签必须是 &gt;= 0 的整数类别编号。</translation>
        </message>
        <message>
            <source>The training labels have {n_train} classes but the test labels have {n_test}; use the same label format for both.</source>
            <translation>训练数据的标签有 {n_train} 个类别，而测试数据的标签有 {n_test} 个；请对两者使用相同的标签格式。</translation>
        </message>
        <message>
            <source>Training images have {n_train} pixels but test images have {n_test}; they must be the same size.</source>
            <translation>训练图像有 {n_train} 个像素，而测试图像有 {n_test} 个；两者的大小必须相同。</translation>
        </message>
        <message>
            <source>batch_size is {batch_size} but the training set has only {n} images; use a batch_size of at most {n} or more training images.</source>
            <translation>batch_size 为 {batch_size}，但训练数据只有 {n} 张图像；请把 batch_size 设为不超过 {n}，或使用更多训练图像。</translation>
        </message>
    </context>
</TS>

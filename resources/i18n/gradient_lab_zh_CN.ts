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
    <name>AccuracyPanel</name>
    <message>
        <source>weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>range ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>w (or drag the black line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d accuracy / dw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d loss / dw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 2-4-2 network on 30 points. Moving w changes the loss continuously, but the accuracy only jumps when a point changes class: its slope is 0 almost everywhere, so gradient descent would never move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy (steps) vs loss (smooth)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight w = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their slopes (h = 1e-4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step vs sigmoid (fig 4-4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h(x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their slopes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dh/dx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step: 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sigmoid: &gt; 0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>Accuracy per epoch (fig. 4-12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>train acc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test acc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>previous run: train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>previous run: test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%s training images, %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Confusion matrix (test set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>predicted label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true label</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DescentControls</name>
    <message>
        <source>Gradient descent on W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learning rate lr  (W ← W − lr·dW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One gradient step (→)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶ Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Take all the steps, animated (space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟲ Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the W before the first step (R)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DigitCanvas</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a digit with the mouse. It is cut to its bounding box, scaled to 20×20 and centred by mass in 28×28, as MNIST was prepared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the network sees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability of each digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%d  (%s %%)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DigitGrid</name>
    <message>
        <source>Test digits: predicted label (probability); red = mistake</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the weights: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights saved to %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>these are not 784-hidden-10 TwoLayerNet weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load %s: %s. The current weights stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded %s: Start continues training from these weights; Reset forgets them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to export yet: train first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>无法写入 %s：%s</translation>
    </message>
    <message>
        <source>Exported %d iterations to %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NumPy weights (*.npz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export loss and accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForwardView</name>
    <message>
        <source>%d ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%d ✗ wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weights W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p = x·W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y (%s = t)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x·W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>softmax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CE(y, t)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>argmax(p)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book prints loss 0.92806853663411326: it has no 1e-7 guard in the log (hover for details).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book prints loss = 0.92806853663411326 and dW = [[0.21924763 0.14356247 −0.36281009] [0.32887144 0.2153437 −0.54421514]]. It computed them without the 1e-7 guard inside the log; this app keeps the guard of cross_entropy_error, log(y + 1e-7), so its loss is ~2.5e-7 lower and dW differs by ~1e-7.</source>
        <translation type="unfinished" />
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
    <name>GradientTools</name>
    <message>
        <source>Gradient check on the current network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max |diff|</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max rel. diff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Race time per method (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Race: backprop vs numerical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same start, same wall time: loss reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wall time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backprop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compares backprop with central differences (h = 1e-4) on 10 test images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No network or data yet: wait for MNIST to load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agree: backprop is correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DISAGREE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest difference %s — the two methods %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data yet: wait for MNIST to load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Racing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both methods train from the same weights for the same wall time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backprop: %d iterations, loss %s
numerical: %d iterations, loss %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backprop did %s× as many iterations</source>
        <translation type="unfinished" />
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
    <name>LossPlots</name>
    <message>
        <source>Loss per iteration (fig. 4-11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iteration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First 1000 iterations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Start: the loss of every mini-batch appears here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the current plots as an image, their data as CSV, or the animation as a GIF</source>
        <translation>把当前的图保存为图片、把数据保存为 CSV，或把动画保存为 GIF</translation>
    </message>
</context>
<context>
    <name>MiniBatchPanel</name>
    <message>
        <source>batch_size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resample (seed + 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network that computes y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fresh TwoLayerNet, weight_init_std 0.01 (book)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fresh TwoLayerNet, weight_init_std 1 (wild guesses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean cross-entropy (4.3), label form t = [7, 2, …]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… one-hot form t = [[0,…,1,…], …]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x_batch (yellow: the label t)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss per sample −log y&lt;sub&gt;n&lt;/sub&gt;[t&lt;sub&gt;n&lt;/sub&gt;]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sample n in the batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a batch: MNIST is read when this tab is first opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>np.random.seed(%d)
batch_mask = np.random.choice(60000, %d)
x_batch = x_train[batch_mask]
t_batch = t_train[batch_mask]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network from the Training section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST could not be loaded, so there is no mini-batch: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No MNIST data: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous batch stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean loss (4.3), labels t = [%s]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same, one-hot t (%d × 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>float64: %.17g</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>difference: %s   ·   batch accuracy %s %%   ·   N = %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> … (%d more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (pictures: the first %d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>batch_mask = [%s%s]%s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NegLogPanel</name>
    <message>
        <source>E = −log y (fig 4-3): small when y_t is near 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t, probability the network gives the correct digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss −log y_t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t (the others rescale):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t = 0 (the trap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t = 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−log(y_t + 1e-7):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag y_t down to 0: without the guard log 0 = −∞ would make the loss infinite and stop every later computation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y%s = %s
−log(y%s + 1e-7) = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t = 0: log 0 is −∞, so the loss would be infinite. The book adds δ = 1e-7 inside the log: −log(0 + 1e-7) = %s (dashed line), a large but finite loss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The loss only looks at y_t, the output for the correct digit %d: y_t = 1 gives 0, and it grows without bound as y_t → 0 (capped at %s by δ = 1e-7, dashed).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetControls</name>
    <message>
        <source>simpleNet: x, W, t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input x (type in a cell, Enter):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights W (row i = input x_i, column j = class j):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct class t (one-hot):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label %d   t = [%s]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Randomise W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W = np.random.randn(2, 3) after np.random.seed(seed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NudgeControls</name>
    <message>
        <source>Nudge one weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or click a cell of the dW heatmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>δ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change added to the chosen weight (−3 … 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>δ − h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>δ + h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>δ = 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it: W ← W + δ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Edit mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normalise: edit y, others rescale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logits: edit a, y = softmax(a)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct label t (click a digit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All 0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y = t (one-hot)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_k = 0.1 for every digit: a network with no idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A perfectly confident, correct output: both losses ≈ 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean squared error (4.1)&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-entropy error (4.2)&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log(y&lt;sub&gt;k&lt;/sub&gt; + 10&lt;sup&gt;−7&lt;/sup&gt;) = −log y&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>digit k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Squared errors ½(y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-entropy −t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output y: drag a bar (dashed: one-hot t)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logits a: drag a bar (numbers: y = softmax(a))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probability y_k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logit a_k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−log y%s = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>float64: %.17g</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t = %d, one-hot: [%s]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>book prints: %s</source>
        <translation type="unfinished" />
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
    <name>Presets</name>
    <message>
        <source>f(x) = 0.01x² + 0.1x with its tangents at x = 5 and x = 10 (central difference, h = 1e-4), fig 4-7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book's bad implementation: forward difference with h = 10e-50 gives slope 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fig 4-10: f = x0² + x1² from (−3, 4), lr = 0.1, 100 steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr = 10 is too large: the values diverge to about 1e13</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr = 1e-10 is too small: x barely moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The three learning rates of the book racing from (−3, 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saddle x0² − x1²: no minimum, the path slides away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rosenbrock's valley: fast fall, slow crawl to (1, 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fig 4-9: −∇f of f = x0² + x1² on arange(-2, 2.5, 0.25)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saddle f = x0² − x1²: downhill along x1, uphill along x0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rosenbrock's valley: steep walls, an almost flat floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4.2.1: digit 2 gets 0.6 — MSE 0.0975, CE 0.5108</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4.2.1: digit 7 gets 0.6 — MSE 0.5975, CE 2.3026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>y_t = 0: the 1e-7 guard gives 16.1 instead of infinity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4.2.3: np.random.choice(60000, 10) from MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4.2.5: accuracy is a staircase, the loss is smooth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book's simpleNet: its W, x = (0.6, 0.9), t = (0, 0, 1); nudge w11 by 0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nudge w23 by 2.5: the real ΔL parts from the line dW·δ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A random W = np.random.randn(2, 3) with seed 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book's W after 50 gradient steps with lr = 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exactly 4.5: 10 000 iterations, batch 100, lr 0.1, 50 hidden neurons, all 60 000 training images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only 300 training images: train accuracy reaches 1 while test accuracy stays behind (4.1.2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem 1: ∂f/∂x0 at x0 = 3, x1 = 4 (fix x1 = 4), the book's 6.00000000000378</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem 2: ∂f/∂x1 at x0 = 3, x1 = 4 (fix x0 = 3), the book's 7.999999999999119</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fig 4-8: the surface of x0² + x1² over −3 … 3 in 3-D (the heatmap where there is no OpenGL)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>h = %s: h must be greater than 0. With h = 0 the difference quotient is 0/0, which is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h = %s is far too large for a derivative; use h ≤ 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range needs 'from' &lt; 'to'; the plot keeps %s to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No analytic slope here: error measured against a float64 central difference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerical slope (%s, %s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>analytic f'(%s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerical − analytic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(f(x+h) − f(x−h)) / 2h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(f(x+h) − f(x)) / h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned tangent at x = %s: numerical %s, analytic %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h = 0: the difference quotient is 0/0, which is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h = %s underflows to 0 in %s (the smallest %s is %s), so the quotient is 0/0 = nan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x + h == x in %s: h = %s is below half the gap between %s numbers near x = %s (gap %s), so f(x + h) − f(x) = 0 and the slope is 0. This is the rounding error of the book's bad implementation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x + h) and f at the other point round to the same %s number: the change of f is lost in rounding, so the slope is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounding error dominates at this h: make h larger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Truncation error dominates at this h: a smaller h (or the central difference) is more accurate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No analytic derivative: sympy cannot differentiate this function.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f has a corner or a jump there (abs, sign, step or relu of 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the slope is infinite or f is undefined there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f'(x) = %s, but there is no analytic derivative at x = %s: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f'(x) = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book's bad implementation: (f(x + h) − f(x)) / h with h = 10e-50. In float64, x + h == x, so the slope is 0; in float32, h itself underflows to 0 (np.float32(1e-50) is 0.0) and the quotient is 0/0. Switch the precision to see both; the book's fix is the central difference with h = 1e-4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>point x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h (log scale; type any value &gt; 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin tangent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear pins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or drag the dotted vertical line in the plot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x0, x1) = %s is not finite anywhere in the view (inf or nan): there is nothing to descend. The previous surface stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f is not finite on %d%% of the view (e.g. log or sqrt of a negative number); contours are left out there and a path that enters it stops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The descent could not be computed: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left the view at step %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start init_x = %s. Click the plot to move it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f is not finite at the start %s; click a point where f has a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing %d steps for %d learning rates in the background …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %d of %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIVERGED at step %d: the values grew past %s. Last finite x = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STALLED: x moved only %s in %d steps; ends at %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate lr (η): slide 1e-10 … 10 or type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps (step_num)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Race: up to three more learning rates, e.g. 10, 1e-10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10, 1e-10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient descent on the contours of f</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x0, x1) = %s is not a finite number anywhere on the grid (inf or nan), so it has no gradient to draw; the previous field stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f is not finite at %d of %d grid points (e.g. log or sqrt of a negative number, or a division by zero); no arrows are drawn there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%d arrows computed and drawn in %s ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same length (direction only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: arrow length is proportional to |∇f|, the longest arrow fills one grid step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrows per axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrows show −∇f, the direction of steepest descent. Each arrow starts at its grid point; they are long where f is steep and vanish at the minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the mouse over the plot to read f and its gradient there:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(x0, x1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x0, x1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂x0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂x1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrows: −∇f, the direction of steepest descent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrows show −∇f, the direction of steepest descent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contour lines of f (equal height)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output and loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−log y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why not accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W and x must be finite numbers (nan and inf are refused).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x·W overflows: |p| would pass 1.8e308, the largest float64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous values stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %d: loss %s (start %s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%s' is not a number; type e.g. 0.47 or −1.2e-3. The previous value stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W = np.random.randn(2, 3) with seed %d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr must be &gt; 0: with lr = 0 W never moves, and a negative lr climbs the gradient. The previous lr stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of steps must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%d steps is too many: capped at %d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diverged: with lr = %s the next W overflows float64. W stops at the last finite step; choose a smaller lr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalled: dW is 0 everywhere (the loss is flat here), so W no longer moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dW and the nudge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient descent on W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dW = ∂L/∂W, numerical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column j (class)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row i (input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a cell to nudge that weight. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss over gradient steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W moves against dW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss L (nats)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next step −lr·dW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ΔL when %s moves by δ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>δ added to %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ΔL (nats)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actual ΔL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction dW·δ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L(W+δ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ΔL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dW·δ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first-order prediction ∂L/∂%s × δ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST could not be loaded: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The loss stays far above 2.3 (guessing) instead of falling: learning rate %s is too large and training diverges. Try 0.1 (the book's value).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This engine version has no shuffled epochs yet; choose random choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The loaded weights have %d hidden neurons: set the hidden size to match or press Reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate %s is very large: expect the loss to diverge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%s images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training diverged at iteration %d: the loss became %s. Lower the learning rate (the book uses 0.1) and check the data for NaN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training stopped with an error: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning curves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numerical vs backprop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range needs 'from' &lt; 'to'; the plots keep %s to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 3-D surface needs OpenGL, which is not available here (%s). The heatmap shows the same function.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem 1: fix x1 = 4, so f becomes x0² + 4² — a function of x0 alone. Its slope at x0 = 3 (top slice) is ∂f/∂x0 = %s; the exact value is 2·x0 = 6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem 2: fix x0 = 3, so f becomes 3² + x1² — a function of x1 alone. Its slope at x1 = 4 (bottom slice) is ∂f/∂x1 = %s; the exact value is 2·x1 = 8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x0, x1 from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>point x0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>point x1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Central difference, as the book: (f(x+h) − f(x−h)) / 2h along one variable, the other fixed.&lt;br&gt;&lt;span style='color:#d50000'&gt;━ numerical tangent&lt;/span&gt;&lt;br&gt;&lt;span style='color:#2e7d32'&gt;╍ analytic tangent&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heatmap and contours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3-D surface (fig 4-8)</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>f(x) and its tangent at x (figs 4-6, 4-7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>|error|</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error against h:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerical tangent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>analytic tangent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pinned tangents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncation error (model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rounding error (model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measured error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x0, x1): click or drag the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x0, x1 = %s): slope ∂f/∂x0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>f(x0 = %s, x1): slope ∂f/∂x1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂x0 numerical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂x0 analytic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂x1 numerical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂x1 analytic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂%s = %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>∂f/∂%s: no analytic derivative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No analytic value at (%s, %s): f has a corner, a jump or no finite slope there.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>The learning rate must be greater than 0 (the book uses 0.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%d it/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo speed: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶ Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶ Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>→ Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟲ Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new training run from fresh weights (space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exactly one iteration (→)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and clear the plots (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train acc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test acc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate lr (live)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight init std</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backprop (ch. 5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerical (vectorised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerical (book's loop, very slow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>random choice (book)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shuffled epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer training images make the network overfit (4.1.2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hyperparameters (book 4.5.2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save weights…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load weights…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export loss/accuracy CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>random choice with replacement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Iterations must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden size must be at least 1 neuron (the book uses 50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The training set needs at least 1 image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size must be at least 1 (the book uses 100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size %d is larger than the training set (%d images): lower the batch size or use more training images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The learning rate must be greater than 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weight init std must be a finite number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %s s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%d/%d · %s it/s%s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeightTiles</name>
    <message>
        <source>W1: a 28×28 tile per neuron</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>PresetNames</name><message><source>book-example-1</source><translation type="unfinished" /></message><message><source>book-example-2</source><translation type="unfinished" /></message><message><source>log-zero</source><translation type="unfinished" /></message><message><source>mini-batch</source><translation type="unfinished" /></message><message><source>why-not-accuracy</source><translation type="unfinished" /></message><message><source>book</source><translation type="unfinished" /></message><message><source>bad-implementation</source><translation type="unfinished" /></message><message><source>problem-1</source><translation type="unfinished" /></message><message><source>problem-2</source><translation type="unfinished" /></message><message><source>fig-4-8</source><translation type="unfinished" /></message><message><source>saddle</source><translation type="unfinished" /></message><message><source>rosenbrock</source><translation type="unfinished" /></message><message><source>book-lr-10</source><translation type="unfinished" /></message><message><source>book-lr-1e-10</source><translation type="unfinished" /></message><message><source>race</source><translation type="unfinished" /></message><message><source>far_nudge</source><translation type="unfinished" /></message><message><source>random</source><translation type="unfinished" /></message><message><source>descend</source><translation type="unfinished" /></message><message><source>overfit</source><translation type="unfinished" /></message></context></TS>

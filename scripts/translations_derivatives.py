"""Translations of 4.3 derivatives and partial derivatives (see translations_table): (English, Simplified Chinese, Japanese).

Placeholders (%s, %d, %r, %%) and HTML tags stay as they are; "Context|text" applies to one context.
"""
ENTRIES = [
    ("h = 0: the difference quotient would divide by zero (0/0, not a number). Type an h greater than 0, "
     "e.g. 1e-4.",
     "h = 0：差商将除以零（0/0，不是一个数）。请输入大于 0 的 h，例如 1e-4。",
     "h = 0：差分商がゼロで割ることになります（0/0 は数ではありません）。0 より大きい h、たとえば 1e-4 を入力してください。"),
    ("h = %s is negative. The formula still works with the sign flipped: the central difference gives "
     "the same slope as h = %s, and the forward difference becomes the backward difference "
     "(f(x) − f(x − %s)) / %s. Here h is the size of the step, on a log scale: type %s.",
     "h = %s 是负数。公式在符号翻转后照样成立：中心差分给出与 h = %s 相同的斜率，前向差分则变成后向差分 "
     "(f(x) − f(x − %s)) / %s。这里的 h 是步长的大小，用对数刻度表示：请输入 %s。",
     "h = %s は負です。符号が反転するだけで式はそのまま使えます：中心差分は h = %s と同じ傾きになり、前方差分は"
     "後退差分 (f(x) − f(x − %s)) / %s になります。ここでの h は刻み幅の大きさで、対数目盛です：%s と入力してください。"),
    ("h = %s is far too large for a derivative; use h ≤ 1.", "h = %s 对求导来说太大了；请使用 h ≤ 1。",
     "h = %s は微分には大きすぎます。h ≤ 1 を使ってください。"),
    ("The range needs 'from' < 'to'; the plot keeps %s to %s.", "范围需要“从” < “到”；图中保持 %s 到 %s。",
     "範囲は「から」<「まで」でなければなりません。グラフは %s から %s のままです。"),
    ("No analytic slope here: error measured against a float64 central difference.",
     "这里没有解析斜率：误差是相对于 float64 中心差分测量的。",
     "ここでは解析的な傾きがありません：誤差は float64 の中心差分に対して測っています。"),
    ("numerical (%s, %s)", "数值（%s，%s）", "数値（%s、%s）"),
    ("analytic f'(%s)", "解析导数 f'(%s)", "解析的な f'(%s)"),
    ("numerical − analytic", "数值 − 解析", "数値 − 解析"),
    ("(f(x+h) − f(x−h)) / 2h", "(f(x+h) − f(x−h)) / 2h", "(f(x+h) − f(x−h)) / 2h"),
    ("(f(x+h) − f(x)) / h", "(f(x+h) − f(x)) / h", "(f(x+h) − f(x)) / h"),
    ("Pinned tangent at x = %s: numerical %s (%s, h = %s), analytic %s",
     "固定在 x = %s 的切线：数值 %s（%s，h = %s），解析 %s",
     "x = %s に固定した接線：数値 %s（%s、h = %s）、解析 %s"),
    ("No error to draw: f is not finite near x, so there is no slope to compare with.",
     "无法画出误差：f 在 x 附近不是有限的，所以没有可比较的斜率。",
     "誤差は描けません：x の近くで f が有限でないため、比べる傾きがありません。"),
    ("central", "中心差分", "中心差分"),
    ("forward", "前向差分", "前方差分"),
    ("h = 0: the difference quotient is 0/0, which is not a number.", "h = 0：差商是 0/0，不是一个数。",
     "h = 0：差分商が 0/0 になり、数になりません。"),
    ("h = %s underflows to 0 in %s (the smallest %s is %s), so the quotient is 0/0 = nan.",
     "h = %s 在 %s 中下溢为 0（最小的 %s 是 %s），所以差商是 0/0 = nan。",
     "h = %s は %s でアンダーフローして 0 になります（%s の最小値は %s）。そのため商は 0/0 = nan です。"),
    ("x + h == x in %s: h = %s is below half the gap between %s numbers near x = %s (gap %s), so f(x + h) − f(x) "
     "= 0 and the slope is 0. This is the rounding error of the book's bad implementation.",
     "在 %s 中 x + h == x：h = %s 小于相邻 %s 数之间间隔的一半（x = %s 附近，间隔 %s），所以 f(x + h) − f(x) = 0，"
     "斜率为 0。这就是书中不好的实现示例的舍入误差。",
     "%s では x + h == x：h = %s は隣り合う %s の数の間隔の半分より小さい（x = %s 付近、間隔 %s）ので、"
     "f(x + h) − f(x) = 0 となり傾きは 0 です。これが本の悪い実装例の丸め誤差です。"),
    ("f(x + h) and f at the other point round to the same %s number: the change of f is lost in rounding, so the slope is 0.",
     "f(x + h) 和另一点的 f 被舍入成同一个 %s 数：f 的变化在舍入中丢失了，所以斜率为 0。",
     "f(x + h) ともう一方の点の f が同じ %s の数に丸められます：f の変化が丸めで失われるので傾きは 0 です。"),
    ("Rounding error dominates at this h: make h larger.", "在这个 h 下舍入误差占主导：请把 h 调大。",
     "この h では丸め誤差が支配的です：h を大きくしてください。"),
    ("Truncation error dominates at this h: a smaller h (or the central difference) is more accurate.",
     "在这个 h 下截断误差占主导：更小的 h（或中心差分）更准确。",
     "この h では打ち切り誤差が支配的です：もっと小さい h（または中心差分）のほうが正確です。"),
    ("No analytic derivative: sympy cannot differentiate this function.", "没有解析导数：sympy 无法对这个函数求导。",
     "解析的な微分はありません：sympy はこの関数を微分できません。"),
    ("f has a corner or a jump there (abs, sign, step or relu of 0).", "f 在那里有尖角或跳跃（abs、sign、step 或 relu 在 0 处）。",
     "f はそこで角か跳びがあります（0 での abs、sign、step、relu）。"),
    ("the slope is infinite or f is undefined there.", "那里的斜率为无穷大，或 f 没有定义。", "そこでは傾きが無限大か、f が定義されていません。"),
    ("f'(x) = %s, but there is no analytic derivative at x = %s: %s", "f'(x) = %s，但在 x = %s 处没有解析导数：%s",
     "f'(x) = %s ですが、x = %s では解析的な微分がありません：%s"),
    ("f'(x) = %s", "f'(x) = %s", "f'(x) = %s"),
    ("The book's bad implementation: (f(x + h) − f(x)) / h with h = 10e-50. In float64, x + h == x, so the slope "
     "is 0; in float32, h itself underflows to 0 (np.float32(1e-50) is 0.0) and the quotient is 0/0. Switch the "
     "precision to see both; the book's fix is the central difference with h = 1e-4.",
     "书中不好的实现示例：(f(x + h) − f(x)) / h，h = 10e-50。在 float64 中 x + h == x，所以斜率为 0；在 float32 中 "
     "h 本身下溢为 0（np.float32(1e-50) 是 0.0），差商是 0/0。切换精度可以看到两种情况；书中的改进是 h = 1e-4 的中心差分。",
     "本の悪い実装例：h = 10e-50 での (f(x + h) − f(x)) / h。float64 では x + h == x なので傾きは 0、float32 では "
     "h 自体がアンダーフローして 0 になり（np.float32(1e-50) は 0.0）、商は 0/0 です。精度を切り替えて両方を確かめてください。"
     "本の改善策は h = 1e-4 の中心差分です。"),
    ("to", "到", "まで"),
    ("x from", "x 从", "x の範囲"),
    ("point x", "点 x", "点 x"),
    ("difference", "差分", "差分"),
    ("precision", "精度", "精度"),
    ("h (log scale; type any value > 0)", "h（对数刻度；可输入任意 > 0 的值）", "h（対数目盛、> 0 を入力）"),
    ("Pin tangent", "固定切线", "接線を固定"),
    ("Clear pins", "清除固定的切线", "固定を解除"),
    ("Or drag the dotted vertical line in the plot.", "也可以拖动图中的竖直虚线。", "グラフの縦の点線をドラッグしても変えられます。"),
    ("f(x) and its tangent at x (figs 4-6, 4-7)", "f(x) 及其在 x 处的切线（图 4-6、4-7）", "f(x) と x での接線（図 4-6、4-7）"),
    ("|error|", "|误差|", "|誤差|"),
    ("Error against h:", "误差与 h 的关系：", "h に対する誤差："),
    ("measured", "实测", "実測"),
    ("other scheme", "另一种差分", "もう一方の差分"),
    ("truncation", "截断误差", "打ち切り誤差"),
    ("rounding", "舍入误差", "丸め誤差"),
    ("f(x)", "f(x)", "f(x)"),
    ("numerical tangent", "数值切线", "数値微分の接線"),
    ("analytic tangent", "解析切线", "解析的な接線"),
    ("pinned tangents", "固定的切线", "固定した接線"),
    ("truncation error (model)", "截断误差（模型）", "打ち切り誤差（モデル）"),
    ("rounding error (model)", "舍入误差（模型）", "丸め誤差（モデル）"),
    ("measured error", "实测误差", "実測の誤差"),
    ("The 3-D surface needs OpenGL, which is not available here (%s). The heatmap shows the same function.",
     "三维曲面需要 OpenGL，但这里不可用（%s）。热图显示的是同一个函数。",
     "3D の曲面には OpenGL が必要ですが、ここでは使えません（%s）。ヒートマップが同じ関数を表示します。"),
    ("Problem 1: fix x1 = 4, so f becomes x0² + 4² — a function of x0 alone. Its slope at x0 = 3 (top slice) is "
     "∂f/∂x0 = %s; the exact value is 2·x0 = 6.",
     "问题 1：固定 x1 = 4，f 变成 x0² + 4² —— 只含 x0 的函数。它在 x0 = 3 处的斜率（上方截面）是 ∂f/∂x0 = %s；"
     "精确值是 2·x0 = 6。",
     "問 1：x1 = 4 に固定すると f は x0² + 4²、x0 だけの関数になります。x0 = 3 での傾き（上の断面）は ∂f/∂x0 = %s、"
     "正確な値は 2·x0 = 6 です。"),
    ("Problem 2: fix x0 = 3, so f becomes 3² + x1² — a function of x1 alone. Its slope at x1 = 4 (bottom slice) is "
     "∂f/∂x1 = %s; the exact value is 2·x1 = 8.",
     "问题 2：固定 x0 = 3，f 变成 3² + x1² —— 只含 x1 的函数。它在 x1 = 4 处的斜率（下方截面）是 ∂f/∂x1 = %s；"
     "精确值是 2·x1 = 8。",
     "問 2：x0 = 3 に固定すると f は 3² + x1²、x1 だけの関数になります。x1 = 4 での傾き（下の断面）は ∂f/∂x1 = %s、"
     "正確な値は 2·x1 = 8 です。"),
    ("x0, x1 from", "x0、x1 从", "x0、x1 の範囲"),
    ("point x0", "点 x0", "点 x0"),
    ("point x1", "点 x1", "点 x1"),
    ("Central difference, as the book: (f(x+h) − f(x−h)) / 2h along one variable, the other fixed.<br><span "
     "style='color:#d50000'>━ numerical tangent</span><br><span style='color:#2e7d32'>╍ analytic tangent</span>",
     "与书中一样使用中心差分：固定一个变量，沿另一个变量计算 (f(x+h) − f(x−h)) / 2h。<br><span "
     "style='color:#d50000'>━ 数值切线</span><br><span style='color:#2e7d32'>╍ 解析切线</span>",
     "本と同じ中心差分：一方の変数を固定し、もう一方に沿って (f(x+h) − f(x−h)) / 2h。<br><span "
     "style='color:#d50000'>━ 数値微分の接線</span><br><span style='color:#2e7d32'>╍ 解析的な接線</span>"),
    ("Heatmap and contours", "热图与等高线", "ヒートマップと等高線"),
    ("3-D surface (fig 4-8)", "三维曲面（图 4-8）", "3D 曲面（図 4-8）"),
    ("f(x0, x1): click or drag the target", "f(x0, x1)：点击或拖动目标点", "f(x0, x1)：目標点をクリックまたはドラッグ"),
    ("f(x0, x1 = %s): slope ∂f/∂x0", "f(x0, x1 = %s)：斜率 ∂f/∂x0", "f(x0, x1 = %s)：傾き ∂f/∂x0"),
    ("f(x0 = %s, x1): slope ∂f/∂x1", "f(x0 = %s, x1)：斜率 ∂f/∂x1", "f(x0 = %s, x1)：傾き ∂f/∂x1"),
    # 4.3.3 short slice titles and the point hint; 4.4 arrow counts and the accepted density
    ("f(x0, x1 = %s)", "f(x0, x1 = %s)", "f(x0, x1 = %s)"),
    ("f(x0 = %s, x1)", "f(x0 = %s, x1)", "f(x0 = %s, x1)"),
    ("Or click the heatmap, or drag its target.", "也可以点击热图，或拖动其中的目标点。",
     "ヒートマップをクリックするか、目標点をドラッグしても選べます。"),
    ("%d arrows per axis is outside the accepted %d to %d; showing %d × %d.",
     "每个轴 %d 个箭头超出了允许的范围 %d 到 %d；现在显示 %d × %d。",
     "1 軸あたり %d 本の矢印は、受け付ける範囲 %d ～ %d の外です。%d × %d で表示します。"),
    ("%d × %d grid: %d arrows.", "%d × %d 网格：%d 个箭头。", "%d × %d の格子：矢印 %d 本。"),
    ("No arrow at %d point(s) where ∇f = 0 (a minimum, maximum or saddle): there is no downhill direction.",
     "在 ∇f = 0 的 %d 个点（极小值、极大值或鞍点）没有箭头：那里没有下降方向。",
     "∇f = 0 となる %d 点（極小値・極大値・鞍点）には矢印がありません：下る方向がないからです。"),
    ("No arrow at %d point(s) where f or ∇f is not finite.", "在 f 或 ∇f 不是有限数的 %d 个点没有箭头。",
     "f または ∇f が有限でない %d 点には矢印がありません。"),
    ("Field computed and handed to the plot in %s ms.", "梯度场计算并交给绘图用了 %s 毫秒。",
     "勾配場の計算と描画への受け渡しに %s ミリ秒。"),
    ("arrows: −∇f", "箭头：−∇f", "矢印：−∇f"),
    ("∂f/∂x0 numerical", "∂f/∂x0 数值", "∂f/∂x0 数値"),
    ("∂f/∂x0 analytic", "∂f/∂x0 解析", "∂f/∂x0 解析"),
    ("∂f/∂x1 numerical", "∂f/∂x1 数值", "∂f/∂x1 数値"),
    ("∂f/∂x1 analytic", "∂f/∂x1 解析", "∂f/∂x1 解析"),
    ("∂f/∂%s = %s", "∂f/∂%s = %s", "∂f/∂%s = %s"),
    ("∂f/∂%s: no analytic derivative", "∂f/∂%s：没有解析导数", "∂f/∂%s：解析的な微分なし"),
    ("No analytic value at (%s, %s): f has a corner, a jump or no finite slope there.",
     "在 (%s, %s) 处没有解析值：f 在那里有尖角、跳跃，或没有有限的斜率。",
     "(%s, %s) では解析的な値がありません：f はそこで角や跳びがあるか、有限の傾きがありません。"),
    ("analytic slope f'(x)", "解析斜率 f'(x)", "解析的な傾き f'(x)"),
    ("No analytic derivative: %s", "没有解析导数：%s", "解析的な微分はありません：%s"),
    ("h = %s is too small for ∂f/∂%s here: x + h rounds back to x or f does not change in float64, so the numerical "
     "slope is lost to rounding (see 4.3.1).",
     "h = %s 对这里的 ∂f/∂%s 来说太小了：在 float64 中 x + h 被舍入回 x，或 f 没有变化，所以数值斜率被舍入误差吞掉了"
     "（参见 4.3.1）。",
     "h = %s はここでの ∂f/∂%s には小さすぎます：float64 では x + h が x に丸められるか f が変わらないため、"
     "数値微分の傾きが丸め誤差で失われます（4.3.1 を参照）。"),
    ("Slope at this x and h in each scheme and precision:", "在此 x 和 h 下各种差分与精度的斜率：",
     "この x と h での、差分の方式と精度ごとの傾き："),
    ("∂f/∂%s: no analytic derivative: %s", "∂f/∂%s：没有解析导数：%s", "∂f/∂%s：解析的な微分なし：%s"),
    # why there is no 3-D surface (context SurfaceView)
    ("the '%s' display platform has no OpenGL", "“%s”显示平台没有 OpenGL", "表示プラットフォーム「%s」には OpenGL がありません"),
    ("PyOpenGL cannot be loaded (%s)", "无法加载 PyOpenGL（%s）", "PyOpenGL を読み込めません（%s）"),
    ("no OpenGL context could be created", "无法创建 OpenGL 上下文", "OpenGL コンテキストを作成できません"),
    ("the OpenGL context cannot be made current", "无法激活 OpenGL 上下文", "OpenGL コンテキストを有効にできません"),
]

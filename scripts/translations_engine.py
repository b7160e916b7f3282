"""Chinese and Japanese for the sentences the engine writes (engine.messages.Message templates).

Each entry is (English template, Simplified Chinese, Japanese). The English is the
template exactly as it stands at its Message(...) call in engine/*.py (found there by
scripts/i18n_tool.py engine_messages); translations_table files it under context
"Engine". A translation keeps exactly the {field} placeholders of its template, with
the same names and format specs ({value:g}, {h:.3g}, {found:08x}); their order may
change. Fields such as {where}, {hint}, {what}, {problem}, {fix} and {error} hold
whole clauses (translated through their own entries, or text from Python or the
operating system), so each sentence is built to read well with them in place:
" at position {pos}" becomes "（第 {pos} 个字符处）" / "（{pos} 文字目）".
Terms follow the book: 损失函数/損失関数, 学习率/学習率, 权重/重み, 隐藏层/隠れ層,
训练数据/訓練データ, 测试数据/テストデータ, mini-batch/ミニバッチ, 梯度/勾配.
"""

ENGINE_ENTRIES = []

# --- engine.expressions: a typed function that is refused ----------------------------------------
ENGINE_ENTRIES += [
    (" at position {pos}", "（第 {pos} 个字符处）", "（{pos} 文字目）"),
    (" Did you mean '{name}'?", "是不是想写“{name}”？", "「{name}」のことですか？"),
    ("{what}{where} is not allowed in a function.", "函数中不能使用{what}{where}。",
     "関数の中では{what}{where}は使えません。"),
    ("A comprehension", "推导式", "内包表記"),
    ("Attribute access ('.')", "属性访问（'.'）", "属性アクセス（'.'）"),
    ("Indexing ('[...]')", "索引（'[...]'）", "インデックス参照（'[...]'）"),
    ("A lambda", "lambda 表达式", "lambda 式"),
    ("A comparison", "比较运算", "比較"),
    ("A list", "列表", "リスト"),
    ("A tuple (a stray comma?)", "元组（多写了一个逗号？）", "タプル（余分なカンマ？）"),
    ("A dict", "字典", "辞書"),
    ("A set", "集合", "集合"),
    ("A string", "字符串", "文字列"),
    ("'*' unpacking", "'*' 解包", "'*' によるアンパック"),
    ("The operator '{operator}'", "运算符“{operator}”", "演算子「{operator}」"),
    ("The construct '{name}'", "语法结构“{name}”", "構文「{name}」"),
    ("The value {value}", "值 {value}", "値 {value}"),
    ("Calling something other than a named function", "调用具名函数以外的东西", "名前のある関数以外の呼び出し"),
    ("The expression is nested more than {depth} levels deep{where}; simplify it.",
     "表达式{where}的嵌套超过了 {depth} 层；请简化它。",
     "式{where}の入れ子が {depth} 段を超えています。簡単にしてください。"),
    ("'{name}'{where} is a function: write {name}(...) with its argument in parentheses.",
     "“{name}”{where}是函数：请写成 {name}(...)，把参数放在括号里。",
     "「{name}」{where}は関数です：{name}(...) のように、引数をかっこに入れて書いてください。"),
    ("Unknown name '{name}'{where}.{hint} Use the variables {variables}, or the constants pi and e.",
     "未知的名称“{name}”{where}。{hint}请使用变量 {variables}，或常数 pi 和 e。",
     "不明な名前「{name}」{where}です。{hint}変数 {variables} か、定数 pi と e を使ってください。"),
    ("Unknown name '{name}'{where}.{hint} Use the variable {variable}, or the constants pi and e.",
     "未知的名称“{name}”{where}。{hint}请使用变量 {variable}，或常数 pi 和 e。",
     "不明な名前「{name}」{where}です。{hint}変数 {variable} か、定数 pi と e を使ってください。"),
    ("Unknown name '{name}'{where}.{hint} Use the variable (none), or the constants pi and e.",
     "未知的名称“{name}”{where}。{hint}这里没有变量，请使用常数 pi 和 e。",
     "不明な名前「{name}」{where}です。{hint}変数はありません。定数 pi と e を使ってください。"),
    ("Unknown function '{name}'{where}.{hint} Known functions: {functions}.",
     "未知的函数“{name}”{where}。{hint}可用的函数：{functions}。",
     "不明な関数「{name}」{where}です。{hint}使える関数：{functions}。"),
    ("{name}(){where} takes exactly one argument, e.g. {name}(x).",
     "{name}(){where}只接受一个参数，例如 {name}(x)。",
     "{name}(){where}の引数はちょうど 1 つです。例：{name}(x)。"),
    ("Syntax error{where}: {problem}. Check brackets and operators (multiplication needs '*', as in 2*x).",
     "语法错误{where}：{problem}。请检查括号和运算符（乘法必须写 '*'，如 2*x）。",
     "構文エラー{where}：{problem}。かっこと演算子を確認してください（掛け算には 2*x のように '*' が必要です）。"),
    # Python's own parser messages, the common ones (the field {problem} above)
    ("invalid syntax", "无效的语法", "不正な構文"),
    ("invalid decimal literal", "无效的数字写法", "不正な数値リテラル"),
    ("'{bracket}' was never closed", "“{bracket}”没有闭合", "「{bracket}」が閉じられていません"),
    ("unmatched '{bracket}'", "“{bracket}”没有与之配对的括号", "「{bracket}」に対応するかっこがありません"),
    ("closing parenthesis '{closing}' does not match opening parenthesis '{opening}'",
     "右括号“{closing}”与左括号“{opening}”不匹配", "閉じかっこ「{closing}」が開きかっこ「{opening}」と対応していません"),
    ("invalid character '{char}' (U+{code})", "无效字符“{char}”（U+{code}）", "使えない文字「{char}」（U+{code}）"),
    ("invalid non-printable character U+{code}", "无效的不可见字符 U+{code}", "使えない不可視文字 U+{code}"),
    ("unterminated string literal (detected at line {line})", "字符串没有结束（在第 {line} 行发现）",
     "文字列リテラルが閉じられていません（{line} 行目で検出）"),
    ("The expression cannot be read: {error}.", "无法读取表达式：{error}。", "式を読み取れません：{error}。"),
    ("The function must be text.", "函数必须是文本。", "関数はテキストでなければなりません。"),
    ("The expression is {length} characters long; the limit is {limit}.",
     "表达式长 {length} 个字符；上限是 {limit} 个。", "式の長さが {length} 文字あります。上限は {limit} 文字です。"),
    ("Type a function, for example {example}.", "请输入一个函数，例如 {example}。", "関数を入力してください。例：{example}。"),
    # statements typed instead of an expression (engine.syntax_messages)
    ("'{keyword}'{where} starts a Python statement, and statements are not allowed: type one expression in "
     "{variables}, using numbers, + - * / ^ and the functions {functions}.",
     "“{keyword}”{where}开始的是一条 Python 语句，而语句是不允许的：请输入一个关于 {variables} 的表达式，"
     "只用数字、+ - * / ^ 和这些函数：{functions}。",
     "「{keyword}」{where}は Python の文の始まりで、文は使えません：数と + - * / ^ と関数 {functions} を使い、"
     "{variables} の式を 1 つだけ入力してください。"),
    ("An assignment ('='){where} is not allowed: type only the expression, e.g. {example} instead of "
     "f({variables}) = {example}.",
     "赋值（'='）{where}是不允许的：只输入表达式，例如输入 {example}，而不是 f({variables}) = {example}。",
     "代入（'='）{where}は使えません：式だけを入力してください。例：f({variables}) = {example} ではなく {example}。"),
    ("A second expression{where} is not allowed: type one expression, without ';'.",
     "第二个表达式{where}是不允许的：只输入一个表达式，不要用 ';'。",
     "2 つ目の式{where}は使えません：';' を使わずに式を 1 つだけ入力してください。"),
]

# --- engine.symbolic: why there is no analytic derivative -------------------------------------------
ENGINE_ENTRIES += [
    ("f has a corner or a jump at {point} (abs, sign, step or relu of 0): there is no derivative there.",
     "f 在 {point} 处有尖角或跳跃（abs、sign、step 或 relu 在 0 处）：那里没有导数。",
     "f は {point} で角か跳びがあります（0 での abs、sign、step、relu）：そこでは微分できません。"),
    ("The derivative is not finite at {point} (the slope is vertical or f is undefined).",
     "导数在 {point} 处不是有限值（斜率是竖直的，或 f 没有定义）。",
     "{point} での微分は有限の値になりません（傾きが垂直か、f が定義されていません）。"),
    ("sympy is not installed.", "没有安装 sympy。", "sympy がインストールされていません。"),
    ("sympy could not differentiate this function ({error}).", "sympy 无法对这个函数求导（{error}）。",
     "sympy はこの関数を微分できませんでした（{error}）。"),
    ("f divides by zero or is undefined everywhere.", "f 除以了零，或者处处没有定义。",
     "f がゼロで割っているか、どこでも定義されていません。"),
    ("f takes complex values (a square root or logarithm of a negative number), so it has no real derivative.",
     "f 取复数值（负数的平方根或对数），所以没有实数范围内的导数。",
     "f が複素数の値をとる（負の数の平方根や対数）ため、実数の微分がありません。"),
    ("sympy left it unevaluated.", "sympy 没能求出结果（保持未求值）。", "sympy が評価できずにそのまま残しました。"),
]

# --- engine.derivative_demos: where a numerical derivative goes wrong (4.3.1) -------------------------
ENGINE_ENTRIES += [
    ("h = 0: the difference quotient divides by zero (0/0), which is not a number. Choose h > 0, e.g. 1e-4.",
     "h = 0：差商除以零（0/0），不是一个数。请选择 h > 0，例如 1e-4。",
     "h = 0：差分商がゼロで割ることになり（0/0）、数になりません。h > 0、たとえば 1e-4 を選んでください。"),
    ("h = {h:g} is not a finite number, so the quotient is nan. Choose h > 0, e.g. 1e-4.",
     "h = {h:g} 不是有限的数，所以差商是 nan。请选择 h > 0，例如 1e-4。",
     "h = {h:g} は有限の数ではないので、商は nan です。h > 0、たとえば 1e-4 を選んでください。"),
    ("{values} in {dtype}: f overflows there (beyond {largest:.3g}) or divides by zero, so the slope is "
     "{slope}. This is not rounding error. {advice}",
     "在 {dtype} 中 {values}：f 在那里溢出（超过 {largest:.3g}）或除以零，所以斜率是 {slope}。"
     "这不是舍入误差。{advice}",
     "{dtype} で {values}：f がそこでオーバーフローする（{largest:.3g} を超える）か、ゼロで割っているので、"
     "傾きは {slope} です。丸め誤差ではありません。{advice}"),
    ("{values} in {dtype}: f is not defined there (e.g. log or sqrt of a negative number), so the slope is "
     "{slope}. This is not rounding error. {advice}",
     "在 {dtype} 中 {values}：f 在那里没有定义（例如负数的 log 或 sqrt），所以斜率是 {slope}。"
     "这不是舍入误差。{advice}",
     "{dtype} で {values}：f がそこで定義されていない（負の数の log や sqrt など）ので、傾きは {slope} です。"
     "丸め誤差ではありません。{advice}"),
    ("f(x) is finite: a smaller h may keep both points where f is finite.",
     "f(x) 是有限的：更小的 h 也许能让两个点都落在 f 有限的地方。",
     "f(x) は有限です：h を小さくすれば、両方の点が f の有限な範囲に収まるかもしれません。"),
    ("f(x) is not finite either, so no h helps: move x or change f.",
     "f(x) 本身也不是有限的，所以换什么 h 都没用：请移动 x 或修改 f。",
     "f(x) 自体も有限ではないので、どの h でも直りません：x を動かすか f を変えてください。"),
    ("f is finite at both points, but the quotient is larger than the largest {dtype} number "
     "({largest:.3g}): h = {h:.3g} is tiny and f jumps, so the slope is {slope}.",
     "f 在两个点上都是有限的，但差商超过了最大的 {dtype} 数（{largest:.3g}）：h = {h:.3g} 极小而 f 有跳跃，"
     "所以斜率是 {slope}。",
     "f は両方の点で有限ですが、商が {dtype} の最大値（{largest:.3g}）を超えます：h = {h:.3g} がごく小さく f が跳ぶので、"
     "傾きは {slope} です。"),
    ("h = {h:.3g} is negative, and the formula still works with the sign flipped: (f(x + h) − f(x − h)) / 2h "
     "gives the same slope as h = {size:.3g}.",
     "h = {h:.3g} 是负数，公式在符号翻转后照样成立：(f(x + h) − f(x − h)) / 2h 给出与 h = {size:.3g} 相同的斜率。",
     "h = {h:.3g} は負ですが、符号が反転するだけで式はそのまま使えます：(f(x + h) − f(x − h)) / 2h は "
     "h = {size:.3g} と同じ傾きになります。"),
    ("h = {h:.3g} is negative, and the formula still works with the sign flipped: (f(x + h) − f(x)) / h "
     "is then the backward difference (f(x) − f(x − {size:.3g})) / {size:.3g}.",
     "h = {h:.3g} 是负数，公式在符号翻转后照样成立：此时 (f(x + h) − f(x)) / h 就是后向差分 "
     "(f(x) − f(x − {size:.3g})) / {size:.3g}。",
     "h = {h:.3g} は負ですが、符号が反転するだけで式はそのまま使えます：このとき (f(x + h) − f(x)) / h は"
     "後退差分 (f(x) − f(x − {size:.3g})) / {size:.3g} です。"),
    ("h = {h:.3g} underflows to 0 in {dtype} (the smallest {dtype} is {smallest:.2g}), so the quotient is 0/0 = nan.",
     "h = {h:.3g} 在 {dtype} 中下溢为 0（最小的 {dtype} 是 {smallest:.2g}），所以差商是 0/0 = nan。",
     "h = {h:.3g} は {dtype} でアンダーフローして 0 になります（{dtype} の最小値は {smallest:.2g}）。"
     "そのため商は 0/0 = nan です。"),
    ("x + h == x in {dtype}: h = {h:.3g} is below half the gap between {dtype} numbers near x = {x:g} "
     "(gap {gap:.2g}), so f(x + h) − f(x) = 0 and the slope comes out as 0.",
     "在 {dtype} 中 x + h == x：h = {h:.3g} 小于相邻 {dtype} 数之间间隔的一半（x = {x:g} 附近，间隔 {gap:.2g}），"
     "所以 f(x + h) − f(x) = 0，算出的斜率为 0。",
     "{dtype} では x + h == x：h = {h:.3g} は x = {x:g} 付近で隣り合う {dtype} の数の間隔の半分より小さい"
     "（間隔 {gap:.2g}）ので、f(x + h) − f(x) = 0 となり、傾きは 0 になります。"),
    ("f(x + h) and the other point round to the same {dtype} number: the change of f is lost in rounding, "
     "so the slope is 0.",
     "f(x + h) 和另一点的值被舍入成同一个 {dtype} 数：f 的变化在舍入中丢失了，所以斜率为 0。",
     "f(x + h) ともう一方の点の値が同じ {dtype} の数に丸められます：f の変化が丸めで失われるので、傾きは 0 です。"),
]

# --- engine.loss_demos: typed probabilities, logits and batch sizes (4.2) ----------------------------
ENGINE_ENTRIES += [
    ("'{value}' is not a number; type a probability between 0 and 1, e.g. 0.6.",
     "“{value}”不是数字；请输入 0 到 1 之间的概率，例如 0.6。",
     "「{value}」は数値ではありません。0 から 1 の間の確率を入力してください（例：0.6）。"),
    ("NaN is not a probability; type a number between 0 and 1.", "NaN 不是概率；请输入 0 到 1 之间的数。",
     "NaN は確率ではありません。0 から 1 の間の数を入力してください。"),
    ("{value:g} is negative; a probability lies between 0 and 1.", "{value:g} 是负数；概率在 0 到 1 之间。",
     "{value:g} は負の数です。確率は 0 から 1 の間の値です。"),
    ("{value:g} is larger than 1; a probability lies between 0 and 1 (the 10 values always sum to 1).",
     "{value:g} 大于 1；概率在 0 到 1 之间（10 个值的和总是 1）。",
     "{value:g} は 1 より大きいです。確率は 0 から 1 の間の値です（10 個の値の和は常に 1）。"),
    ("'{value}' is not a number; type a logit such as 2.5.", "“{value}”不是数字；请输入一个 logit，例如 2.5。",
     "「{value}」は数値ではありません。2.5 のようなロジットを入力してください。"),
    ("A logit must be a finite number (softmax turns it into a probability).",
     "logit 必须是有限的数（softmax 函数把它变成概率）。",
     "ロジットは有限の数でなければなりません（ソフトマックス関数がそれを確率に変えます）。"),
    ("{value:g} is outside ±{limit:g}; larger logits only push softmax to exactly 0 and 1.",
     "{value:g} 超出了 ±{limit:g}；更大的 logit 只会把 softmax 函数的输出推到恰好 0 和 1。",
     "{value:g} は ±{limit:g} の範囲外です。これより大きなロジットは、ソフトマックス関数の出力をちょうど 0 と 1 "
     "に押しやるだけです。"),
    ("'{batch_size}' is not a whole number of samples.", "“{batch_size}”不是整数，不能作为样本数。",
     "「{batch_size}」は整数のサンプル数ではありません。"),
    ("The batch size must be a whole number, not {batch_size}.", "批大小必须是整数，而不是 {batch_size}。",
     "バッチサイズは整数でなければなりません（{batch_size} は使えません）。"),
    ("A mini-batch needs at least 1 sample, not {batch_size}.", "mini-batch 至少需要 1 个样本，而不是 {batch_size} 个。",
     "ミニバッチには 1 個以上のサンプルが必要です（{batch_size} は使えません）。"),
    ("A batch of {batch_size} is larger than the {train_size} training images; choose 1 to {train_size}.",
     "大小为 {batch_size} 的批比 {train_size} 张训练图像还多；请选择 1 到 {train_size}。",
     "{batch_size} のバッチは訓練画像 {train_size} 枚より大きいです。1 から {train_size} の間で選んでください。"),
]

# --- engine.simple_net_demos: simpleNet's W, x, lr and steps (4.4.2) ---------------------------------
ENGINE_ENTRIES += [
    ("W must be 2×3 and x must have 2 entries (got {W_shape} and {x_shape}).",
     "W 必须是 2×3，x 必须有 2 个元素（实际为 {W_shape} 和 {x_shape}）。",
     "W は 2×3、x は要素 2 個でなければなりません（実際は {W_shape} と {x_shape}）。"),
    ("W and x must be finite numbers (no nan or inf).", "W 和 x 必须是有限的数（不能有 nan 或 inf）。",
     "W と x は有限の数でなければなりません（nan や inf は使えません）。"),
    ("x·W overflows float64 (|p| > 1.8e308): use smaller values.",
     "x·W 超出了 float64 的范围（|p| > 1.8e308）：请使用更小的值。",
     "x·W が float64 でオーバーフローします（|p| > 1.8e308）：もっと小さい値を使ってください。"),
    ("lr must be a finite number.", "lr 必须是有限的数。", "lr は有限の数でなければなりません。"),
    ("lr must be > 0 (got {lr:g}): with lr = 0 W never moves, and a negative lr climbs the gradient, raising "
     "the loss.",
     "lr 必须 > 0（当前为 {lr:g}）：lr = 0 时 W 永远不动，而负的 lr 会沿梯度方向往上走，使损失变大。",
     "lr は 0 より大きくなければなりません（現在 {lr:g}）：lr = 0 では W はまったく動かず、負の lr では勾配の"
     "向きに登ってしまい、損失が大きくなります。"),
    ("The number of steps must be at least 1 (got {steps}).", "步数至少为 1（当前为 {steps}）。",
     "ステップ数は 1 以上にしてください（現在 {steps}）。"),
]

# --- engine.training: the hyperparameters and the data (4.5) ------------------------------------------
ENGINE_ENTRIES += [
    ("{name} must be a whole number >= {minimum}, not {value}. {hint}",
     "{name} 必须是 >= {minimum} 的整数，而不是 {value}。{hint}",
     "{name} には {minimum} 以上の整数を指定してください（{value} は使えません）。{hint}"),
    ("{name} must be one of {choices}, not {value}.", "{name} 必须是 {choices} 之一，而不是 {value}。",
     "{name} には {choices} のいずれかを指定してください（{value} は使えません）。"),
    ("{name} must be a finite number, not {value}.", "{name} 必须是有限的数，而不是 {value}。",
     "{name} には有限の数を指定してください（{value} は使えません）。"),
    ("{name} must be a finite number, not {value}. {hint}", "{name} 必须是有限的数，而不是 {value}。{hint}",
     "{name} には有限の数を指定してください（{value} は使えません）。{hint}"),
    ("The book trains for 10000 iterations.", "书中迭代 10000 次。", "本では 10000 回繰り返して学習します。"),
    ("The book uses mini-batches of 100 images.", "书中的 mini-batch 为 100 张图像。",
     "本ではミニバッチを 100 枚にしています。"),
    ("The book uses 0.1.", "书中用 0.1。", "本では 0.1 です。"),
    ("The book's network has 50 hidden neurons.", "书中神经网络的隐藏层有 50 个神经元。",
     "本のネットワークの隠れ層のニューロンは 50 個です。"),
    ("The book uses 0.01.", "书中用 0.01。", "本では 0.01 です。"),
    ("Any number from 0 up gives a repeatable run.", "任何 >= 0 的数都能得到可重复的结果。",
     "0 以上の数なら、どれでも同じ結果を再現できます。"),
    ("Use None for all training images, or e.g. 300 as in the book's 6.4.1.",
     "用 None 表示使用全部训练图像，或者像书中 6.4.1 那样用 300 等。",
     "すべての訓練画像を使うなら None、本の 6.4.1 のようにするなら 300 などにしてください。"),
    ("weight_init_std must be >= 0, not {value}: it is the standard deviation of the initial weights "
     "(the book uses 0.01).",
     "weight_init_std 必须 >= 0，而不是 {value}：它是权重初始值的标准差（书中用 0.01）。",
     "weight_init_std は 0 以上でなければなりません（{value} は使えません）：重みの初期値の標準偏差です（本では 0.01）。"),
    ("evaluate must be True or False, not {value}.", "evaluate 必须是 True 或 False，而不是 {value}。",
     "evaluate には True か False を指定してください（{value} は使えません）。"),
    ("data must be ((x_train, t_train), (x_test, t_test)) as load_mnist returns it.",
     "data 必须是 load_mnist 返回的形式 ((x_train, t_train), (x_test, t_test))。",
     "data は load_mnist が返す形 ((x_train, t_train), (x_test, t_test)) でなければなりません。"),
    ("The training images must be an array of shape (N, pixels) with N >= 1; got shape {shape}.",
     "训练图像必须是形状为 (N, 像素数)、N >= 1 的数组；实际形状为 {shape}。",
     "訓練画像は形状 (N, ピクセル数)、N >= 1 の配列でなければなりません。実際の形状は {shape} です。"),
    ("The test images must be an array of shape (N, pixels) with N >= 1; got shape {shape}.",
     "测试图像必须是形状为 (N, 像素数)、N >= 1 的数组；实际形状为 {shape}。",
     "テスト画像は形状 (N, ピクセル数)、N >= 1 の配列でなければなりません。実際の形状は {shape} です。"),
    ("The training set has {n} images but labels of shape {shape}; give one label (or one one-hot row) per image.",
     "训练数据有 {n} 张图像，但标签的形状是 {shape}；请为每张图像提供一个标签（或一行 one-hot）。",
     "訓練データには画像が {n} 枚ありますが、ラベルの形状は {shape} です。画像 1 枚につきラベルを 1 つ"
     "（または one-hot を 1 行）与えてください。"),
    ("The test set has {n} images but labels of shape {shape}; give one label (or one one-hot row) per image.",
     "测试数据有 {n} 张图像，但标签的形状是 {shape}；请为每张图像提供一个标签（或一行 one-hot）。",
     "テストデータには画像が {n} 枚ありますが、ラベルの形状は {shape} です。画像 1 枚につきラベルを 1 つ"
     "（または one-hot を 1 行）与えてください。"),
    ("train_size is {train_size} but there are only {n} training images; use at most {n} (or None for all).",
     "train_size 为 {train_size}，但只有 {n} 张训练图像；请最多使用 {n}（或用 None 表示全部）。",
     "train_size は {train_size} ですが、訓練画像は {n} 枚しかありません。{n} 以下にしてください"
     "（すべて使うなら None）。"),
    ("The training images contain NaN or infinite pixels.", "训练图像中有 NaN 或无穷大的像素。",
     "訓練画像に NaN または無限大のピクセルがあります。"),
    ("The test images contain NaN or infinite pixels.", "测试图像中有 NaN 或无穷大的像素。",
     "テスト画像に NaN または無限大のピクセルがあります。"),
    ("The training labels must be whole class numbers >= 0.", "训练数据的标签必须是 >= 0 的整数类别编号。",
     "訓練データのラベルは 0 以上の整数のクラス番号でなければなりません。"),
    ("The test labels must be whole class numbers >= 0.", "测试数据的标签必须是 >= 0 的整数类别编号。",
     "テストデータのラベルは 0 以上の整数のクラス番号でなければなりません。"),
    ("The training labels have {n_train} classes but the test labels have {n_test}; use the same label format "
     "for both.",
     "训练数据的标签有 {n_train} 个类别，而测试数据的标签有 {n_test} 个；请对两者使用相同的标签格式。",
     "訓練データのラベルは {n_train} クラスですが、テストデータのラベルは {n_test} クラスです。"
     "両方で同じラベル形式を使ってください。"),
    ("Training images have {n_train} pixels but test images have {n_test}; they must be the same size.",
     "训练图像有 {n_train} 个像素，而测试图像有 {n_test} 个；两者的大小必须相同。",
     "訓練画像は {n_train} ピクセルですが、テスト画像は {n_test} ピクセルです。同じ大きさでなければなりません。"),
    ("batch_size is {batch_size} but the training set has only {n} images; use a batch_size of at most {n} or "
     "more training images.",
     "batch_size 为 {batch_size}，但训练数据只有 {n} 张图像；请把 batch_size 设为不超过 {n}，或使用更多训练图像。",
     "batch_size は {batch_size} ですが、訓練データは {n} 枚しかありません。batch_size を {n} 以下にするか、"
     "訓練画像を増やしてください。"),
]

# --- engine.mnist: the four MNIST files ---------------------------------------------------------------
ENGINE_ENTRIES += [
    ("Copy the four original MNIST files ({files}) into that folder again.",
     "请把四个原始 MNIST 文件（{files}）重新复制到该文件夹中。",
     "4 つの元の MNIST ファイル（{files}）を、そのフォルダにもう一度コピーしてください。"),
    ("MNIST file missing: {path}. {fix}", "缺少 MNIST 文件：{path}。{fix}", "MNIST ファイルがありません：{path}。{fix}"),
    ("Cannot read MNIST file {path}: {error}. Check that the file and its folder are readable.",
     "无法读取 MNIST 文件 {path}：{error}。请检查该文件及其所在文件夹是否可读。",
     "MNIST ファイル {path} を読み込めません：{error}。ファイルとそのフォルダが読み取り可能か確認してください。"),
    ("{path} is not a readable gzip file ({error}); it is truncated or corrupt. {fix}",
     "{path} 不是可读的 gzip 文件（{error}）；文件不完整或已损坏。{fix}",
     "{path} は読み込める gzip ファイルではありません（{error}）。途中で切れているか壊れています。{fix}"),
    ("{path} is too short ({size} bytes) to hold an IDX header. {fix}",
     "{path} 太短（{size} 字节），放不下 IDX 文件头。{fix}",
     "{path} は短すぎて（{size} バイト）IDX ヘッダが入りません。{fix}"),
    ("{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (images). Is it the right file? {fix}",
     "{path} 的 IDX 魔数是 0x{found:08x}，应为 0x{magic:08x}（图像）。是不是选错了文件？{fix}",
     "{path} の IDX マジックナンバーは 0x{found:08x} ですが、0x{magic:08x}（画像）のはずです。正しいファイルですか？{fix}"),
    ("{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (labels). Is it the right file? {fix}",
     "{path} 的 IDX 魔数是 0x{found:08x}，应为 0x{magic:08x}（标签）。是不是选错了文件？{fix}",
     "{path} の IDX マジックナンバーは 0x{found:08x} ですが、0x{magic:08x}（ラベル）のはずです。正しいファイルですか？{fix}"),
    ("{path} holds images of {rows}x{columns} pixels, expected 28x28. {fix}",
     "{path} 中的图像是 {rows}x{columns} 像素，应为 28x28。{fix}",
     "{path} の画像は {rows}x{columns} ピクセルですが、28x28 のはずです。{fix}"),
    ("{path} has {size} bytes after decompression, expected {expected} for {count} images: truncated or padded. {fix}",
     "{path} 解压后有 {size} 字节，而 {count} 张图像应为 {expected} 字节：文件被截断或多出了数据。{fix}",
     "{path} は展開後 {size} バイトですが、画像 {count} 枚なら {expected} バイトのはずです：途中で切れているか、"
     "余分なデータがあります。{fix}"),
    ("{path} has {size} bytes after decompression, expected {expected} for {count} labels: truncated or padded. {fix}",
     "{path} 解压后有 {size} 字节，而 {count} 个标签应为 {expected} 字节：文件被截断或多出了数据。{fix}",
     "{path} は展開後 {size} バイトですが、ラベル {count} 個なら {expected} バイトのはずです：途中で切れているか、"
     "余分なデータがあります。{fix}"),
    ("{path} has label {label} at index {index}; labels must be 0-9. {fix}",
     "{path} 在索引 {index} 处的标签是 {label}；标签必须是 0-9。{fix}",
     "{path} のインデックス {index} のラベルが {label} です。ラベルは 0〜9 でなければなりません。{fix}"),
    ("MNIST folder not found: {folder}. {fix}", "找不到 MNIST 文件夹：{folder}。{fix}",
     "MNIST フォルダが見つかりません：{folder}。{fix}"),
    ("{path} differs from the original MNIST file (md5 mismatch). {fix}",
     "{path} 与原始 MNIST 文件不同（md5 不一致）。{fix}",
     "{path} は元の MNIST ファイルと異なります（md5 が一致しません）。{fix}"),
    ("{folder}: the train set has {n_images} images but {n_labels} labels; the files do not belong together. {fix}",
     "{folder}：训练数据有 {n_images} 张图像，却有 {n_labels} 个标签；这些文件不是配套的。{fix}",
     "{folder}：訓練データの画像は {n_images} 枚なのに、ラベルは {n_labels} 個あります。これらのファイルは組に"
     "なっていません。{fix}"),
    ("{folder}: the test set has {n_images} images but {n_labels} labels; the files do not belong together. {fix}",
     "{folder}：测试数据有 {n_images} 张图像，却有 {n_labels} 个标签；这些文件不是配套的。{fix}",
     "{folder}：テストデータの画像は {n_images} 枚なのに、ラベルは {n_labels} 個あります。これらのファイルは組に"
     "なっていません。{fix}"),
]

# --- engine.checkpoint: loading a saved network (weight file) ---------------------------------------
ENGINE_ENTRIES += [
    ("Cannot load the network from {path}: {problem}", "无法从 {path} 加载神经网络：{problem}",
     "{path} からネットワークを読み込めません：{problem}"),
    ("the file does not exist. Check the name and folder, or save a network first.",
     "文件不存在。请检查文件名和文件夹，或者先保存一个神经网络。",
     "ファイルがありません。名前とフォルダを確認するか、先にネットワークを保存してください。"),
    ("it is a folder. Choose a .npz file saved by Gradient Lab.", "这是一个文件夹。请选择由梯度实验室保存的 .npz 文件。",
     "これはフォルダです。勾配ラボで保存した .npz ファイルを選んでください。"),
    ("it is a single NumPy array (.npy), not a network file (.npz) saved by Gradient Lab.",
     "这是单个 NumPy 数组（.npy），而不是由梯度实验室保存的神经网络文件（.npz）。",
     "これは単一の NumPy 配列（.npy）で、勾配ラボで保存したネットワークファイル（.npz）ではありません。"),
    ("the file is truncated or corrupt ({error}). Save the network again.",
     "文件不完整或已损坏（{error}）。请重新保存神经网络。",
     "ファイルが途中で切れているか壊れています（{error}）。ネットワークを保存し直してください。"),
    ("it is not a network file (.npz) saved by Gradient Lab ({error}).",
     "这不是由梯度实验室保存的神经网络文件（.npz）（{error}）。",
     "勾配ラボで保存したネットワークファイル（.npz）ではありません（{error}）。"),
    ("the file cannot be read ({error}). Check that it is readable.", "无法读取文件（{error}）。请检查它是否可读。",
     "ファイルを読み込めません（{error}）。読み取り可能か確認してください。"),
    ("its training settings are not valid JSON ({error}). Save the network again.",
     "其中的学习设置不是有效的 JSON（{error}）。请重新保存神经网络。",
     "学習の設定が正しい JSON ではありません（{error}）。ネットワークを保存し直してください。"),
    ("its training settings are not a set of named values. Save the network again.",
     "其中的学习设置不是一组具名的值。请重新保存神经网络。",
     "学習の設定が名前付きの値の集まりではありません。ネットワークを保存し直してください。"),
    ("its training settings have unknown fields {fields}; it was saved by a different version of Gradient Lab.",
     "其中的学习设置含有未知字段 {fields}；它是由其他版本的梯度实验室保存的。",
     "学習の設定に不明な項目 {fields} があります。別のバージョンの勾配ラボで保存されたファイルです。"),
    ("its training settings are invalid: {error}", "其中的学习设置无效：{error}", "学習の設定が正しくありません：{error}"),
    ("it lacks {names}, so it is not a complete network file saved by Gradient Lab.",
     "缺少 {names}，所以不是由梯度实验室保存的完整神经网络文件。",
     "{names} がないため、勾配ラボで保存した完全なネットワークファイルではありません。"),
    ("its format tag is {found}, not {expected}.", "格式标记是 {found}，而不是 {expected}。",
     "形式タグが {expected} ではなく {found} です。"),
    ("it was written in format version {version}; this Gradient Lab reads up to version {supported}. "
     "Update Gradient Lab.",
     "它是以格式版本 {version} 写入的；此版本的梯度实验室最多只能读取版本 {supported}。请更新梯度实验室。",
     "形式バージョン {version} で書かれています。この勾配ラボが読めるのはバージョン {supported} までです。"
     "勾配ラボを更新してください。"),
    ("{key} has shape {shape}; a TwoLayerNet's {key} has {ndim} dimension(s).",
     "{key} 的形状是 {shape}；TwoLayerNet 的 {key} 是 {ndim} 维的。",
     "{key} の形状は {shape} ですが、TwoLayerNet の {key} は {ndim} 次元です。"),
    ("{key} holds {dtype} values; expected float32 or float64.", "{key} 中是 {dtype} 类型的值；应为 float32 或 float64。",
     "{key} の値は {dtype} 型です。float32 か float64 のはずです。"),
    ("{key} is {dtype} but W1 is {w1_dtype}; all parameters must share one dtype.",
     "{key} 是 {dtype}，而 W1 是 {w1_dtype}；所有参数必须使用同一种 dtype。",
     "{key} は {dtype} ですが、W1 は {w1_dtype} です。すべてのパラメータの dtype をそろえる必要があります。"),
    ("{key} contains NaN or infinite values (the training diverged); train again with a smaller learning rate.",
     "{key} 中有 NaN 或无穷大的值（学习发散了）；请用更小的学习率重新学习。",
     "{key} に NaN または無限大の値があります（学習が発散しました）。もっと小さい学習率で学習し直してください。"),
    ("{key} has shape {shape} but W1 {w1_shape} and W2 {w2_shape} need {expected}.",
     "{key} 的形状是 {shape}，但 W1 {w1_shape} 和 W2 {w2_shape} 要求它是 {expected}。",
     "{key} の形状は {shape} ですが、W1 {w1_shape} と W2 {w2_shape} には {expected} が必要です。"),
    ("the layer sizes {inputs}-{hidden}-{outputs} include an empty layer.",
     "层的大小 {inputs}-{hidden}-{outputs} 中有空层。", "層のサイズ {inputs}-{hidden}-{outputs} に空の層があります。"),
    ("its settings say hidden_size {hidden_size} but W1 has {hidden} hidden units.",
     "其中的设置是 hidden_size {hidden_size}，但 W1 的隐藏层有 {hidden} 个神经元。",
     "設定では hidden_size {hidden_size} ですが、W1 の隠れ層のニューロンは {hidden} 個です。"),
    ("its settings say dtype {dtype} but the weights are {weights_dtype}.",
     "其中的设置是 dtype {dtype}，但权重是 {weights_dtype}。", "設定では dtype {dtype} ですが、重みは {weights_dtype} です。"),
]

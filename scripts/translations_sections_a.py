"""Translations for the scenes of the loss, derivative, partial, gradient and playground sections.

(English, Simplified Chinese, Japanese), as in translations_table. ENGINE_ENTRIES are
engine.messages templates (context "Engine", placeholders kept exactly) raised when a
scene's value cannot be used; ENTRIES are the sections' own strings.
"""

ENGINE_ENTRIES = [
    ("{key} must add up to 1 (a probability vector), not {total}.",
     "{key} 的各项之和必须为 1（概率向量），而不是 {total}。",
     "{key} の合計は 1（確率のベクトル）でなければなりません。{total} ではありません。"),
    ("{key} needs 'from' < 'to', not {lo} … {hi}.",
     "{key} 需要“从” < “到”，而不是 {lo} … {hi}。",
     "{key} は「から」<「まで」でなければなりません。{lo} … {hi} ではありません。"),
    ("{key} holds {count} points; at most {limit} are allowed.",
     "{key} 有 {count} 个点；最多允许 {limit} 个。",
     "{key} には {count} 個の点があります。{limit} 個までです。"),
    ("{key} must be [x0, x1, class] with class 0 or 1.",
     "{key} 必须是 [x0, x1, 类别]，类别为 0 或 1。",
     "{key} は [x0, x1, クラス]（クラスは 0 か 1）でなければなりません。"),
    ("{key} must be a list of different inputs from: {choices}.",
     "{key} 必须是由以下不同输入组成的列表：{choices}。",
     "{key} は次の中から選んだ、重複のない入力のリストでなければなりません：{choices}。"),
    ("{key} must list whole numbers of neurons.",
     "{key} 必须列出神经元的个数（整数）。",
     "{key} にはニューロンの個数（整数）を並べてください。"),
    ("{key} must be null (the output) or [layer, neuron] of this network, not {value}.",
     "{key} 必须是 null（输出）或本网络的 [层, 神经元]，而不是 {value}。",
     "{key} は null（出力）かこのネットワークの [層, ニューロン] でなければなりません。{value} ではありません。"),
]

ENTRIES = [
]

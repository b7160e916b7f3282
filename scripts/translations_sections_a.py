"""Translations for the scenes of the loss, derivative, partial, gradient and playground sections.

(English, Simplified Chinese, Japanese), as in translations_table. ENGINE_ENTRIES are
engine.messages templates (context "Engine", placeholders kept exactly) raised when a
scene's value cannot be used; ENTRIES are the sections' own strings.
"""

ENGINE_ENTRIES = [
    ("{key} must add up to 1 (a probability vector), not {total}.",
     "{key} 的各项之和必须为 1（概率向量），而不是 {total}。",
     "{key} の合計は 1（確率のベクトル）でなければなりません。{total} ではありません。"),
]

ENTRIES = [
]

"""Chinese (the seed's terms) and Japanese (the book's original terms) for every UI string.

Keys are the English source texts; "Context|source" overrides one context.
scripts/i18n_tool.py fill writes them into resources/i18n/*.ts.
"""
ZH_CN = {}
JA = {}

TABLES = {"zh_CN": ZH_CN, "ja": JA}

"""Translations of the sections' own strings (controls, plots, presets, messages); see translations_table."""
SECTION_ENTRIES = [
]

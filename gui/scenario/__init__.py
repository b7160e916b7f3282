"""Scenario files (.glab) in the window: open, save, recent files, drops, decks and Copy as Python.

scenes.py bridges a window's sections and engine.scenario (also used by the command
line); files.py holds the File menu's actions; deck.py the deck and its list panel.
"""

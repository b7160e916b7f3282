"""Qt user interface: the main window, one module per section, shared widgets and workers."""

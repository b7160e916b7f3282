import os

# Qt aborts without a display unless a platform is chosen; tests run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

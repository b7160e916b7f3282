import os

import pytest

# Qt aborts without a display unless a platform is chosen; tests run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _collector(qapp):
    """As in the app: Python's cycle collector runs only in the GUI thread (gui/collector.py)."""
    from gui import collector
    return collector.install(qapp)


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collector):
    # tests that never spin the event loop still free their widgets' cycles, in this thread
    yield
    _collector.collect()

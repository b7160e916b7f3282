"""Shared fixtures. Tests run offscreen; engine tests need no Qt at all."""
import os

import numpy as np
from PySide6.QtCore import QEvent
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


@pytest.fixture
def translations(qapp):
    """The application's translations; English again after the test."""
    from gui import i18n

    translations = i18n.Translations.of(qapp)
    yield translations
    translations.set_language("en")


@pytest.fixture
def window(qtbot, qapp, translations):
    """The main window as the app shows it (with the app's style sheet), closed after the test."""
    from gui.main_window import MainWindow
    from gui.style import apply_style

    previous = qapp.styleSheet()
    apply_style(qapp)                # as gui.app.create_application does
    win = MainWindow(translations=translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    # Delete it now: a closed window left for a later event loop would still get the next
    # test's language and font changes, with its sections half torn down.
    win.deleteLater()
    qapp.sendPostedEvents(None, QEvent.DeferredDelete)
    qapp.setStyleSheet(previous)


def make_synthetic_data(n_train=200, n_test=50, seed=1, nan=False):
    """Ten noisy 784-pixel prototypes, one per label: learnable in a few dozen iterations."""
    rng = np.random.default_rng(seed)
    prototypes = rng.random((10, 784))
    t_train = rng.integers(0, 10, n_train)
    t_test = rng.integers(0, 10, n_test)
    x_train = np.clip(prototypes[t_train] + 0.3 * rng.standard_normal((n_train, 784)), 0, 1)
    x_test = np.clip(prototypes[t_test] + 0.3 * rng.standard_normal((n_test, 784)), 0, 1)
    if nan:
        x_train[:] = np.nan
    return (x_train, t_train), (x_test, t_test)


@pytest.fixture
def synthetic_data():
    """make_synthetic_data: an MNIST-shaped data set small enough to train in a test."""
    return make_synthetic_data

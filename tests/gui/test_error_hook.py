"""The global error hook: exceptions in a slot or a thread are shown in a dialog; the app goes on."""
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton

from gui.error_hook import ErrorHook


@pytest.fixture
def hook(qapp):
    hook = ErrorHook(qapp).install()
    yield hook
    hook.uninstall()
    if hook.dialog is not None:
        hook.dialog.close()
        hook.dialog.deleteLater()
    hook.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_dialog(qtbot, hook, capsys):
    def broken():
        raise ZeroDivisionError("the slot divided by zero")

    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    button.click()                       # PySide6 hands the exception to sys.excepthook
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    text = hook.dialog.text()
    assert "ZeroDivisionError: the slot divided by zero" in text
    assert "in broken" in text            # the traceback, for a bug report
    assert not hook.dialog.isModal()
    hook.dialog.copy_details()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    # the application keeps working after the error
    done = []
    QTimer.singleShot(0, lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    assert "ZeroDivisionError" in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_thread_arrives_in_the_gui_thread(qtbot, hook):
    shown_in = []
    hook.error_raised.connect(lambda *_: shown_in.append(threading.current_thread()))

    def worker():
        raise KeyError("lost weight file")

    thread = threading.Thread(target=worker, name="trainer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert "KeyError: 'lost weight file'" in hook.dialog.text()
    assert "Thread: trainer" in hook.dialog.text()
    assert shown_in == [threading.main_thread()]


@pytest.mark.qt_no_exception_capture
def test_several_errors_share_one_dialog(qtbot, hook):
    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()
    emitter.fired.connect(lambda: 1 / 0)
    emitter.fired.emit()
    emitter.fired.emit()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.count == 2)
    assert hook.dialog.text().count("ZeroDivisionError") >= 2


def test_install_and_uninstall_restore_previous_hooks(qapp):
    before = (sys.excepthook, threading.excepthook)
    hook = ErrorHook(qapp).install()
    assert sys.excepthook == hook.excepthook and threading.excepthook == hook.thread_excepthook
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    hook.deleteLater()


def test_the_application_installs_the_hook(qapp):
    from gui.app import create_application
    from gui.error_hook import ErrorHook

    style = qapp.styleSheet()
    before = (sys.excepthook, threading.excepthook)
    try:
        app = create_application()
        hook = app.findChild(ErrorHook, ErrorHook.OBJECT_NAME)
        assert hook is not None and sys.excepthook == hook.excepthook
        assert create_application().findChild(ErrorHook, ErrorHook.OBJECT_NAME) is hook   # once
    finally:
        hook.uninstall()
        qapp.setStyleSheet(style)
    assert (sys.excepthook, threading.excepthook) == before

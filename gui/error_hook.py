"""A global error hook: an unexpected exception anywhere is shown in a dialog; the app keeps running.

install(app) replaces sys.excepthook (exceptions in slots and event handlers of
the GUI thread, and in QThreads) and threading.excepthook (Python threads).
Either may run in any thread, so the hook only formats the traceback and emits
a signal; the ErrorHook lives in the GUI thread, so the dialog is created there
(a queued connection). The dialog is non-modal and collects further errors
instead of opening a new window for each.
"""
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout


def format_exception(exc_type, exc_value, exc_tb, where=""):
    text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    return f"{where}\n{text}" if where else text


class ErrorDialog(QDialog):
    """Shows the details of one or more unexpected errors, with a button to copy them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModal(False)
        self.setAttribute(Qt.WA_DeleteOnClose, False)
        self.resize(760, 460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.count = 0
        self.retranslate()

    def retranslate(self):
        self.setWindowTitle(self.tr("Unexpected error"))
        self.intro.setText(self.tr(
            "Something went wrong inside Gradient Lab. The app keeps running, but the last action "
            "may not have finished. Please copy the details below into a bug report."))
        self.copy_button.setText(self.tr("Copy details"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_error(self, summary, details):
        self.count += 1
        separator = "\n" + "─" * 60 + "\n" if self.count > 1 else ""
        self.details.appendPlainText(f"{separator}{summary}\n\n{details}".rstrip())

    def text(self):
        return self.details.toPlainText()

    def copy_details(self):
        QGuiApplication.clipboard().setText(self.text())

    def closeEvent(self, event):
        self.details.clear()
        self.count = 0
        super().closeEvent(event)


class ErrorHook(QObject):
    """Installed once per application; error_raised(summary, details) arrives in the GUI thread."""
    error_raised = Signal(str, str)

    OBJECT_NAME = "GradientLabErrorHook"

    def __init__(self, app, show_dialog=True):
        super().__init__(app)
        self.setObjectName(self.OBJECT_NAME)
        self.show_dialog = show_dialog
        self.dialog = None
        self._previous = None
        self.error_raised.connect(self._show, Qt.QueuedConnection)

    def install(self):
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self):
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, exc_type, exc_value, exc_tb):
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        where = threading.current_thread().name
        self._report(exc_type, exc_value, exc_tb, where)

    def thread_excepthook(self, args):
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _report(self, exc_type, exc_value, exc_tb, where):
        details = format_exception(exc_type, exc_value, exc_tb, f"Thread: {where}")
        print(details, file=sys.stderr, flush=True)
        summary = f"{exc_type.__name__}: {exc_value}"
        self.error_raised.emit(summary, details)  # queued: safe from any thread

    def _show(self, summary, details):
        if not self.show_dialog:
            return
        if self.dialog is None:
            self.dialog = ErrorDialog()
        self.dialog.add_error(summary, details)
        self.dialog.show()


def install(app, show_dialog=True):
    """The application's ErrorHook, installed (idempotent)."""
    hook = app.findChild(ErrorHook, ErrorHook.OBJECT_NAME)
    if hook is None:
        hook = ErrorHook(app, show_dialog)
    return hook.install()

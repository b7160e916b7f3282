"""Checking what a student types into the descent controls: learning rates and step counts.

lr_problem returns None or a translated sentence (the kit's LogSlider shows it).
parse_steps and parse_rates return (value, problem): problem is None or a callable
giving the sentence in the current language, so an error on screen can be said
again after a language switch; value is None when the text is refused.
"""
import math

from PySide6.QtCore import QCoreApplication, QObject, Signal

translate = QCoreApplication.translate   # context "DescentInputs", a literal at each call for lupdate

LR_MIN, LR_MAX = 1e-12, 1e3
MAX_STEPS = 10_000      # ~0.4 s for Rosenbrock in the book's per-element numerical_gradient
MAX_RATES = 4


def lr_problem(lr):
    """None for a usable learning rate, else why not (the slider keeps its previous value)."""
    if math.isnan(lr) or math.isinf(lr):
        return translate("DescentInputs", "The learning rate must be a finite number.")
    if lr == 0:
        return translate("DescentInputs", "lr = 0 never moves: x ← x − 0·∇f. Use a positive learning "
                                          "rate such as 0.1.")
    if lr < 0:
        return translate("DescentInputs", "A negative learning rate climbs uphill (gradient ascent), "
                                          "away from the minimum. Use a positive value such as 0.1.")
    if lr < LR_MIN:
        return translate("DescentInputs", "lr = %s is below 1e-12: every step would vanish in "
                                          "rounding. Try 1e-10 to see a stalled descent.") % f"{lr:.3g}"
    if lr > LR_MAX:
        return translate("DescentInputs", "lr = %s is above 1000: the first step already leaves any "
                                          "view. Try 10 to watch a divergence.") % f"{lr:.3g}"
    return None


def _sentences(parts):
    """Sentences one after another: a space after English ones, none after "。" (Chinese, Japanese)."""
    text = ""
    for part in parts:
        text += part if not text or text.endswith("。") else " " + part
    return text


def _steps_accepted():
    return translate("DescentInputs", "Type a whole number of steps from 1 to %d, e.g. 100.") % MAX_STEPS


def parse_steps(text):
    """(step_num, problem): at least 1; more than MAX_STEPS are capped, with a problem saying so."""
    text = text.strip().replace("_", "").replace(" ", "")

    def refused(why):
        return None, lambda: _sentences((why(), _steps_accepted()))

    try:
        value = float(text)
    except ValueError:
        return refused(lambda: translate("DescentInputs", "'%s' is not a number.") % text)
    if not math.isfinite(value) or value != int(value):
        return refused(lambda: translate("DescentInputs", "%s is not a whole number.") % text)
    if value < 1:
        return refused(lambda: translate("DescentInputs", "At least 1 step is needed: step_num = %s would "
                                                          "leave x at the start.") % text)
    if value > MAX_STEPS:
        return MAX_STEPS, lambda: translate("DescentInputs", "%s steps would take minutes; capped at %d "
                                                             "steps.") % (f"{value:.3g}", MAX_STEPS)
    return int(value), None


def _rates_accepted():
    return translate("DescentInputs", "Type up to %d learning rates between 1e-12 and 1000, separated by "
                                      "commas, e.g. 10, 1e-10.") % (MAX_RATES - 1)


def parse_rates(text):
    """(rates, problem) for a comma-separated list of up to MAX_RATES - 1 extra learning rates."""
    parts = [p.strip().replace("−", "-") for p in text.replace(";", ",").split(",") if p.strip()]
    sentences = []     # callables: every problem of the text is named, then what is accepted
    rates = []
    for part in parts:
        try:
            lr = float(part)
        except ValueError:
            sentences.append(lambda part=part: translate("DescentInputs", "'%s' is not a number.") % part)
            break
        if lr_problem(lr):
            sentences.append(lambda lr=lr: lr_problem(lr))
            break
        rates.append(lr)
    if len(parts) > MAX_RATES - 1:
        sentences.append(lambda: translate("DescentInputs", "%d learning rates were typed; at most %d race "
                                                            "besides the slider's (four curves in all).")
                         % (len(parts), MAX_RATES - 1))
    if not sentences:
        return rates, None
    return None, lambda: _sentences([s() for s in sentences] + [_rates_accepted()])


class CheckedField(QObject):
    """A QLineEdit whose committed text is checked by parse(text) -> (value, problem).

    A refused text shows why in error (an InlineError under the field, said again on a
    language switch) and the field goes back to the value in use; a value with a
    problem (a capped step count) is used and the problem shown as well. Only text the
    user typed counts: Qt emits editingFinished again when the field loses focus, and
    that second commit of the restored text must not wipe the explanation.
    """
    accepted = Signal(object)

    def __init__(self, edit, error, parse, show=str, parent=None):
        super().__init__(parent)
        self.edit, self.error, self._parse, self._show = edit, error, parse, show
        self.value = None
        edit.editingFinished.connect(self._commit)

    def set_value(self, value):
        """Put value in the field (a preset): no message, nothing emitted."""
        self.value = value
        self.edit.setText(self._show(value))
        self.edit.setModified(False)
        self.error.clear()

    def _commit(self):
        if not self.edit.isModified():
            return
        self.edit.setModified(False)
        value, problem = self._parse(self.edit.text())
        if problem is None:
            self.error.clear()
        else:
            self.error.show_error(problem)
        if value is None:
            self.edit.setText(self._show(self.value))
            return
        self.edit.setText(self._show(value))
        if value != self.value:
            self.value = value
            self.accepted.emit(value)

"""Checking what a student types into the descent controls: learning rates and step counts.

Each check returns (value, problem): problem is None or a translated message.
"""
import math

from PySide6.QtCore import QCoreApplication

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


def parse_steps(text):
    """(step_num, problem, capped): at least 1; more than MAX_STEPS are capped with a warning."""
    text = text.strip().replace("_", "").replace(" ", "")
    try:
        value = float(text)
    except ValueError:
        return None, translate("DescentInputs", "'%s' is not a whole number of steps; type e.g. "
                                                "100.") % text, False
    if not math.isfinite(value) or value != int(value):
        return None, translate("DescentInputs", "The step count must be a whole number, e.g. 100."), False
    if value < 1:
        return None, translate("DescentInputs", "At least 1 step is needed: step_num = 0 would leave "
                                                "x at the start."), False
    if value > MAX_STEPS:
        return MAX_STEPS, translate("DescentInputs", "%s steps would take minutes; capped at %d "
                                                     "steps.") % (f"{value:.3g}", MAX_STEPS), True
    return int(value), None, False


def parse_rates(text):
    """(rates, problem) for a comma-separated list of up to MAX_RATES - 1 extra learning rates."""
    parts = [p.strip().replace("−", "-") for p in text.replace(";", ",").split(",") if p.strip()]
    if len(parts) > MAX_RATES - 1:
        return None, translate("DescentInputs", "At most %d extra learning rates race (four curves "
                                                "in all).") % (MAX_RATES - 1)
    rates = []
    for part in parts:
        try:
            lr = float(part)
        except ValueError:
            return None, translate("DescentInputs", "'%s' is not a number; type rates like 10, "
                                                    "1e-10.") % part
        problem = lr_problem(lr)
        if problem:
            return None, problem
        rates.append(lr)
    return rates, None

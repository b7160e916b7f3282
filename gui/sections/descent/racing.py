"""The descent section's racers: who races, their names, the race's tables for the CSV.

A mixin of DescentSection (it uses rates(), racer_list, race_panel, _runs, _columns
and current_step()); the section's tr() context stays DescentSection.
"""
from PySide6.QtCore import QCoreApplication

from engine.optimizer_race import MAX_RACERS
from gui.kit.numbers import format_number
from gui.sections.descent.inputs import parse_rates
from gui.sections.descent.racers import TITLES


# The section's context, named at each call: lupdate would file a mixin's self.tr under "Racing",
# while at run time self.tr looks in "DescentSection".
translate = QCoreApplication.translate


class Racing:
    """The learning rates' SGD racers and the optimizers' racers as one list."""

    def racers(self):
        """Every racer on the plot, (optimizer, settings): the learning rates' SGD, then the optimizers."""
        racers = [("sgd", {"lr": lr}) for lr in self.rates()] + self.racer_list.racers()
        return racers[:MAX_RACERS]

    def _parse_rates(self, text):
        """parse_rates, and the race field may not crowd out the optimizers: six racers in all."""
        rates, problem = parse_rates(text)
        room = MAX_RACERS - 1 - len(self.racer_list.racers())
        if rates is not None and len(rates) > room:
            return None, lambda: translate(
                "DescentSection", "%d learning rates were typed, but the optimizers below leave room for %d "
                                  "(six racers in all).") % (len(rates), room)
        return rates, problem

    def _names(self):
        # A learning-rate race names its curves by lr alone, as 4.4.1 does; among optimizers SGD is named.
        plain = all(name == "sgd" for (name, _), *_ in self._runs)
        names = []
        for (name, hyper), *_ in self._runs:
            lr = translate("DescentSection", "lr = %s") % format_number(hyper["lr"], 3)
            names.append(lr if plain else f"{TITLES[name]}, {lr}")
        return names

    def export_tables(self):
        """Every racer's steps up to the one on screen, at full precision: lr, step, x0, x1, f(x), |grad|
        and the optimizer (last, so the learning-rate race's columns stay where they were)."""
        k = self.current_step()
        rows = [[repr(float(hyper["lr"])), int(c[0]), *(repr(float(v)) for v in c[1:]), TITLES[name]]
                for ((name, hyper), *_), columns in zip(self._runs, self._columns) for c in columns[:k + 1]]
        if not rows:
            return []
        title = translate("DescentSection", "Gradient descent: x_k for each racer, steps 0 to %d") % k
        tables = [(title, ["lr", "k", "x0", "x1", "f(x)", "|grad|", "optimizer"], rows)]
        if k == self._run_steps:     # the end of the race: the table the panel shows
            final = [[name, repr(float(x[0])), repr(float(x[1])), repr(float(fx)), "never" if first is None
                      else first] for name, x, fx, first in self.race_panel.final_rows()]
            title = translate("DescentSection", "The end of the race: final x, f(x) and the first step with "
                                                "f < 1e-3")
            tables.append((title, ["racer", "x0", "x1", "f(x)", "first step with f < 1e-3"], final))
        return tables

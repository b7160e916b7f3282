"""What a training run has reported so far: every iteration's loss and learning rate, each
epoch's accuracies. Pure NumPy; the section appends TrainSteps and the plots read copies."""
import io

import numpy as np


class RunHistory:
    """The series of one run, appended to as TrainSteps arrive (amortised O(1) per step)."""

    def __init__(self):
        self.clear()

    def clear(self):
        self.n = 0
        self._loss = np.empty(1024)
        self._lr = np.empty(1024)
        self.epochs, self.epoch_iterations, self.train_acc, self.test_acc = [], [], [], []
        self.last = None          # the latest TrainStep

    def extend(self, steps):
        """Append TrainSteps in the order they were trained."""
        need = self.n + len(steps)
        if need > len(self._loss):
            size = max(need, 2 * len(self._loss))
            self._loss = np.resize(self._loss, size)
            self._lr = np.resize(self._lr, size)
        for step in steps:
            self._loss[self.n] = step.loss
            self._lr[self.n] = step.learning_rate
            self.n += 1
            if step.epoch_end:
                self.epochs.append(step.epoch)
                self.epoch_iterations.append(step.iteration)
                self.train_acc.append(step.train_acc)
                self.test_acc.append(step.test_acc)
        if steps:
            self.last = steps[-1]

    def losses(self):
        """Every iteration's mini-batch loss so far, in order (a view: read, don't keep)."""
        return self._loss[:self.n]

    def learning_rates(self):
        """The learning rate each iteration used (a view)."""
        return self._lr[:self.n]

    def recent_mean_loss(self, k):
        """The mean loss of the last k iterations (nan before k of them)."""
        return float(np.mean(self._loss[self.n - k:self.n])) if self.n >= k else float("nan")

    def csv(self):
        """CSV text: one row per iteration; the accuracies at each epoch's last iteration."""
        acc = {int(i): (a, b) for i, a, b in zip(self.epoch_iterations, self.train_acc, self.test_acc)}
        out = io.StringIO()
        out.write("iteration,loss,learning_rate,train_acc,test_acc\n")
        for i, (loss, lr) in enumerate(zip(self.losses(), self.learning_rates()), start=1):
            a, b = acc.get(i, ("", ""))
            out.write(f"{i},{float(loss)!r},{float(lr)!r},{a},{b}\n")
        return out.getvalue()

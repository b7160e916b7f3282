"""The descent section's animation: the timer steps through precomputed paths, or Step, Reset, seek.

A mixin of DescentSection: it uses the section's timer, clock, playbar, jobs, _pos,
_run_steps, _runs and _redraw.
"""
FRAME_MS = 16          # ~60 frames/s; at high speed one frame advances several steps


class Animation:
    """Playing, stepping and seeking through the paths on screen."""

    def _set_playing(self, playing):
        if playing and (self.jobs.busy() or not self._runs):
            playing = False
        if playing:
            if self.current_step() >= self._run_steps:
                self._pos = 0.0
            self._clock.start()
            self.timer.start()
        else:
            self.timer.stop()
            self.race_panel.show_step(self.current_step())    # the card waits while the animation runs
        self.playbar.set_playing(playing)

    def _tick(self):
        dt = self._clock.restart() / 1000.0
        # Several steps per frame at high speed; never more than the frame rate can show at low speed.
        self._pos = min(float(self._run_steps), self._pos + self.playbar.steps_per_second() * dt)
        self._redraw()
        if self._pos >= self._run_steps:
            self._set_playing(False)

    def is_playing(self):
        return self.timer.isActive()

    def play_pause(self):
        self._set_playing(not self.timer.isActive())
        return True

    def step(self):
        self._set_playing(False)
        self._pos = float(min(self._run_steps, self.current_step() + 1))
        self._redraw()
        return True

    def reset(self):
        self._set_playing(False)
        self._pos = 0.0
        self._redraw()
        return True

    def seek(self, k):
        """Show step k (clamped); used by tests and presets."""
        self._pos = float(max(0, min(self._run_steps, int(k))))
        self._redraw()

    def autoplay(self):
        self._pos = 0.0
        self._set_playing(True)
        return True


"""The optimizer race under a person's many clicks, exported in every format, and in presentation mode."""
import random

import numpy as np
import pytest

from engine.optimizer_race import MAX_RACERS

TIMEOUT = 20000


@pytest.mark.parametrize("seed", [3, 11])
def test_random_race_actions_never_break_the_section(window, qtbot, seed):
    section = window.show_section("descent")
    rng = random.Random(seed)
    actions = ["preset", "add", "remove", "optimizer", "play", "step", "reset", "toggle", "target"]
    for _ in range(60):
        action = rng.choice(actions)
        racers = section.racer_list
        if action == "preset":
            section.apply_preset(rng.choice(["optimizers", "saddle-escape", "plateau", "book", "race"]))
        elif action == "add":
            racers.add.click()
        elif action == "remove" and racers.rows:
            rng.choice(racers.rows).remove.click()
        elif action == "optimizer" and racers.rows:
            row = rng.choice(racers.rows)
            row.optimizer.setCurrentIndex(rng.randrange(row.optimizer.count()))
        elif action == "play":
            section.play_pause()
        elif action == "step":
            section.step()
        elif action == "reset":
            section.reset()
        elif action == "toggle":
            rng.choice(list(section.race_panel.boxes.values())).click()
        elif action == "target" and section.race_panel.target.count():
            section.race_panel.target.setCurrentIndex(rng.randrange(section.race_panel.target.count()))
        qtbot.wait(rng.choice([0, 5, 30]))
        assert len(section.racers()) <= MAX_RACERS
        assert len(racers.rows) <= MAX_RACERS
    section.apply_preset("optimizers")               # and it still draws the book's figure exactly
    qtbot.waitUntil(lambda: len(section._runs) == 4, timeout=TIMEOUT)
    section.reset()
    for _ in range(30):
        section.step()
    qtbot.waitUntil(lambda: section.current_step() == 30, timeout=TIMEOUT)
    np.testing.assert_allclose(section._runs[2][1][-1], [-0.12016232, 0.0], atol=1e-6)   # AdaGrad's end


def test_the_race_exports_in_every_format_and_scales_for_a_presentation(window, qtbot, tmp_path):
    section = window.show_section("descent")
    section.apply_preset("optimizers")
    qtbot.waitUntil(lambda: len(section._runs) == 4, timeout=TIMEOUT)
    for _ in range(5):
        section.step()
    for fmt in ("png", "svg", "csv"):
        path = window.export_menu.save(fmt, str(tmp_path / f"race.{fmt}"))
        assert path and (tmp_path / f"race.{fmt}").stat().st_size > 200
    csv = (tmp_path / "race.csv").read_text(encoding="utf-8")
    assert "Momentum" in csv and "Adam" in csv
    recorder = window.export_menu.record_gif(str(tmp_path / "race.gif"), seconds=1)
    with qtbot.waitSignal(recorder.finished, timeout=TIMEOUT):
        pass
    assert (tmp_path / "race.gif").read_bytes()[:6] in (b"GIF89a", b"GIF87a")
    card = section.race_panel.card
    before = card.font().pointSizeF()
    window.set_presentation_scale(1.5)
    window.act_present.trigger()
    assert card.font().pointSizeF() == pytest.approx(1.5 * before, rel=0.1)
    window.act_present.trigger()
    assert card.font().pointSizeF() == pytest.approx(before)

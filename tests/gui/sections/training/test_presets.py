"""The training presets, checked headless: what the section will show when the preset runs."""
from engine.training import TrainConfig, train
from gui.sections.training.controls import BOOK, OVERFIT


def test_the_book_preset_is_the_books_run():
    assert TrainConfig(**dict(BOOK, train_size=None)) == TrainConfig()


def test_the_overfit_preset_learns_its_300_images_by_heart():
    """4.1.2 / 6.4.1: train accuracy reaches 1.0 while the test accuracy stays well behind."""
    ends = [step for step in train(TrainConfig(**OVERFIT)) if step.epoch_end]
    assert len(ends) == 200                       # 600 iterations of 3 per epoch
    assert ends[-1].train_acc == 1.0
    assert 0.7 < ends[-1].test_acc < 0.9
    assert ends[-1].train_acc - ends[-1].test_acc > 0.1

"""The training section as its run tests open it: on the synthetic data set, with short runs."""
import pytest

from gui.sections.training import TrainingSection


@pytest.fixture
def make_section(qtbot, synthetic_data):
    """A factory of sections with iters and batch set; each is shut down (its worker stopped) afterwards."""
    made = []

    def make(iters=60, batch=20, data=None, **values):
        section = TrainingSection(data=synthetic_data() if data is None else data)
        qtbot.addWidget(section)
        section.panel.set_values(dict(iters_num=iters, batch_size=batch, **values))
        made.append(section)
        return section
    yield make
    for section in made:
        section.shutdown()

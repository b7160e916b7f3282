import os
import stat

import pytest

from engine.atomic import atomic_path, atomic_write_text


def test_atomic_write_replaces(tmp_path):
    target = tmp_path / "a.csv"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_failed_write_keeps_previous_file(tmp_path):
    target = tmp_path / "w.npz"
    target.write_text("previous")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            with open(tmp, "w") as fh:
                fh.write("half-writ")
            raise RuntimeError("disk full")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["w.npz"]


@pytest.fixture
def umask():
    """Set the process umask for a test; the previous one is put back afterwards."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield os.umask
    os.umask(previous)


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_usual_permissions(tmp_path, umask, mask, expected):
    umask(mask)
    target = tmp_path / "plots.csv"
    atomic_write_text(target, "x,y\n")
    assert stat.S_IMODE(target.stat().st_mode) == expected
    # as open() would have made it
    with open(tmp_path / "plain.csv", "w") as fh:
        fh.write("x,y\n")
    assert stat.S_IMODE((tmp_path / "plain.csv").stat().st_mode) == expected


def test_replacing_a_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "weights.npz"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_checkpoint_gets_the_usual_permissions(tmp_path, umask):
    from engine.checkpoint import save_network
    from engine.networks import TwoLayerNet

    umask(0o022)
    target = tmp_path / "net.npz"
    save_network(target, TwoLayerNet(4, 3, 2, seed=0), None)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644

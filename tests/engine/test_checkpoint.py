import dataclasses
import io
import json

import numpy as np
import pytest

from engine.checkpoint import CheckpointError, load_network, save_network
from engine.networks import TwoLayerNet
from engine.training import TrainConfig


def _net(dtype=np.float64):
    net = TwoLayerNet(12, 5, 3, weight_init_std=0.3, seed=4, dtype=dtype)
    net.params["b1"] += 0.1  # non-zero biases, so a swapped key would show
    return net


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_round_trip_is_exact(tmp_path, dtype):
    net = _net(np.dtype(dtype))
    config = TrainConfig(iters_num=7, hidden_size=5, dtype=dtype, train_size=30, sampling="shuffle")
    path = tmp_path / "net.npz"
    save_network(path, net, config)
    loaded, loaded_config = load_network(path)
    assert loaded_config == config
    for key, value in net.params.items():
        assert loaded.params[key].dtype == value.dtype
        assert np.array_equal(loaded.params[key], value)
    x = np.random.default_rng(0).random((4, 12)).astype(dtype)
    assert np.array_equal(loaded.predict(x), net.predict(x))


def test_save_without_config_and_to_a_name_without_npz(tmp_path):
    path = tmp_path / "weights.bin"
    save_network(path, _net(), None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["weights.bin"]  # no stray temp file
    assert load_network(path)[1] is None


def test_failed_save_keeps_the_previous_file(tmp_path):
    path = tmp_path / "net.npz"
    save_network(path, _net(), None)
    before = path.read_bytes()
    broken = _net()
    del broken.params["W2"]
    with pytest.raises(KeyError):
        save_network(path, broken, None)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.npz"]


def _write_npz(path, **arrays):
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    path.write_bytes(buf.getvalue())


def _good_arrays(**changes):
    net = _net()
    arrays = {"format": np.array("gradient-lab/two-layer-net"), "version": np.array(1),
              "config": np.array(json.dumps(dataclasses.asdict(TrainConfig(hidden_size=5)))),
              **net.params}
    arrays.update(changes)
    return {k: v for k, v in arrays.items() if v is not None}


@pytest.mark.parametrize("case, message", [
    ("missing", "does not exist"),
    ("folder", "folder"),
    ("text", "not a network file"),
    ("empty", "truncated"),
    ("truncated", "truncated"),
    ("npy", "single NumPy array"),
    ("no_W1", "lacks W1"),
    ("foreign", "format tag"),
    ("newer", "version 9"),
    ("bad_json", "not valid JSON"),
    ("unknown_field", "unknown fields"),
    ("bad_config", "settings are invalid"),
    ("W1_1d", "W1 has shape"),
    ("int_weights", "int64"),
    ("mixed_dtype", "all parameters must share one dtype"),
    ("b1_shape", "b1 has shape"),
    ("W2_shape", "W2 has shape"),
    ("nan", "NaN"),
    ("hidden_mismatch", "hidden_size 50"),
    ("dtype_mismatch", "dtype float32"),
])
def test_bad_files_raise_checkpoint_error(tmp_path, case, message):
    path = tmp_path / "net.npz"
    net = _net()
    if case == "folder":
        path.mkdir()
    elif case == "text":
        path.write_text("W1,b1\n1,2\n")
    elif case == "empty":
        path.write_bytes(b"")
    elif case == "truncated":
        save_network(path, net, TrainConfig(hidden_size=5))
        path.write_bytes(path.read_bytes()[:300])
    elif case == "npy":
        with open(path, "wb") as fh:
            np.save(fh, net.params["W1"])
    elif case != "missing":
        config = dataclasses.asdict(TrainConfig(hidden_size=5))
        changes = {
            "no_W1": {"W1": None},
            "foreign": {"format": np.array("something else")},
            "newer": {"version": np.array(9)},
            "bad_json": {"config": np.array("{hidden_size: 5")},
            "unknown_field": {"config": np.array(json.dumps({**config, "momentum": 0.9}))},
            "bad_config": {"config": np.array(json.dumps({**config, "batch_size": 0}))},
            "W1_1d": {"W1": np.zeros(12)},
            "int_weights": {"W1": np.zeros((12, 5), dtype=np.int64)},
            "mixed_dtype": {"b1": np.zeros(5, dtype=np.float32)},
            "b1_shape": {"b1": np.zeros(6)},
            "W2_shape": {"W2": np.zeros((4, 3))},
            "nan": {"W2": np.full((5, 3), np.nan)},
            "hidden_mismatch": {"config": np.array(json.dumps(dataclasses.asdict(TrainConfig())))},
            "dtype_mismatch": {"config": np.array(json.dumps({**config, "dtype": "float32"}))},
        }[case]
        _write_npz(path, **_good_arrays(**changes))
    with pytest.raises(CheckpointError, match=message) as info:
        load_network(path)
    assert isinstance(info.value, ValueError)
    assert str(path) in str(info.value)

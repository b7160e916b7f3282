import dataclasses
import io
import json
from pathlib import Path

import numpy as np
import pytest

from engine.checkpoint import CheckpointError, load_network, save_network
from engine.multilayer import MultiLayerNet
from engine.networks import PARAM_KEYS, TwoLayerNet
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


# --- the training lab's networks (any number of layers) and files of version 1 ----------------------
DATA = Path(__file__).parent / "data"


def _deep_config(**changes):
    return TrainConfig(**dict(dict(hidden_size=6, hidden_layers=3, activation="relu", weight_init_std="he",
                                   optimizer="adam", optimizer_params={"beta1": 0.8, "beta2": 0.99},
                                   weight_decay=0.05, learning_rate=0.001), **changes))


@pytest.mark.parametrize("layers, activation", [(3, "relu"), (0, "tanh"), (1, "sigmoid"), (1, "tanh")])
def test_deep_round_trip_keeps_every_layer_and_the_whole_configuration(tmp_path, layers, activation):
    config = _deep_config(hidden_layers=layers, activation=activation)
    net = MultiLayerNet(12, [6] * layers, 3, activation=activation, weight_init_std="he",
                        weight_decay_lambda=0.05, seed=2)
    for key in net.params:
        if key.startswith("b"):
            net.params[key] += 0.1
    path = tmp_path / "deep.npz"
    save_network(path, net, config)
    loaded, loaded_config = load_network(path)
    assert loaded_config == config and loaded_config.optimizer_params == (("beta1", 0.8), ("beta2", 0.99))
    assert list(loaded.params) == list(net.params) and len(loaded.params) == 2 * (layers + 1)
    for key, value in net.params.items():
        assert np.array_equal(loaded.params[key], value)
    # the same function: the activation came back with the configuration
    x = np.random.default_rng(0).random((4, 12))
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))
    book_network = layers == 1 and activation == "sigmoid"
    assert isinstance(loaded, TwoLayerNet) == book_network


def test_a_file_of_version_1_still_loads():
    """Written by the two-layer code before the training lab (W1 b1 W2 b2, version 1)."""
    loaded, config = load_network(DATA / "two_layer_v1.npz")
    expected = TwoLayerNet(12, 5, 3, weight_init_std=0.3, seed=4)
    expected.params["b1"] += 0.1
    assert isinstance(loaded, TwoLayerNet)
    for key in PARAM_KEYS:
        np.testing.assert_array_equal(loaded.params[key], expected.params[key])
    assert config == TrainConfig(iters_num=7, hidden_size=5, train_size=30, learning_rate=0.25)
    assert config.is_book_network


def test_settings_written_before_the_lab_fields_existed_are_the_book_network(tmp_path):
    fields = dataclasses.asdict(TrainConfig(hidden_size=5))
    for name in ("hidden_layers", "activation", "optimizer", "optimizer_params", "weight_decay"):
        del fields[name]
    path = tmp_path / "old.npz"
    _write_npz(path, **_good_arrays(config=np.array(json.dumps(fields))))
    loaded, config = load_network(path)
    assert config.hidden_layers == 1 and config.activation == "sigmoid" and config.optimizer == "sgd"
    assert isinstance(loaded, TwoLayerNet)


@pytest.mark.parametrize("case, message", [
    ("gap", "lacks W2, b2"),
    ("too_many", "holds 12 layers"),
    ("layers_mismatch", r"say 3 hidden layer\(s\) but it holds the weights of 2"),
    ("width_mismatch", "W2 has 4 hidden units"),
    ("chain", "W3 has shape"),
    ("too_wide", "too wide"),
])
def test_bad_deep_files_raise_checkpoint_error(tmp_path, case, message):
    net = MultiLayerNet(12, [6, 6], 3, seed=1)
    arrays = {"format": np.array("gradient-lab/two-layer-net"), "version": np.array(2),
              "config": np.array(json.dumps(dataclasses.asdict(_deep_config(hidden_layers=2)))),
              **net.params}
    if case == "gap":
        del arrays["W2"], arrays["b2"]
    elif case == "too_many":
        arrays["W12"], arrays["b12"] = np.zeros((3, 3)), np.zeros(3)
    elif case == "layers_mismatch":
        arrays["config"] = np.array(json.dumps(dataclasses.asdict(_deep_config(hidden_layers=3))))
    elif case == "width_mismatch":
        arrays["W2"], arrays["b2"], arrays["W3"] = np.zeros((6, 4)), np.zeros(4), np.zeros((4, 3))
    elif case == "chain":
        arrays["W3"] = np.zeros((5, 3))
    elif case == "too_wide":
        arrays["W1"], arrays["b1"], arrays["W2"] = np.zeros((12, 1001)), np.zeros(1001), np.zeros((1001, 6))
    path = tmp_path / "net.npz"
    _write_npz(path, **arrays)
    with pytest.raises(CheckpointError, match=message):
        load_network(path)

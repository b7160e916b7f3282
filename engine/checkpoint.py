"""Saving and loading a trained network (the book's TwoLayerNet or a MultiLayerNet) with its
TrainConfig, as one .npz file.

The file holds W1 b1 … WL bL exactly as trained (round trip bit for bit), the
config as JSON (layers, activation, optimizer, … included), and a format tag.
Version 1 files (the two-layer network of 4.5, written before the training lab)
still load. It is written atomically (temporary file, then rename), so a failed
save never leaves half a file behind. Every problem on loading raises
CheckpointError (a ValueError) saying what is wrong and what to do.
"""
import dataclasses
import json
import os
import re
import zipfile
import zlib
from pathlib import Path

import numpy as np

from engine.atomic import atomic_path
from engine.messages import Message, message_of
from engine.multilayer import MAX_HIDDEN_LAYERS, MultiLayerNet, check_layers
from engine.networks import PARAM_KEYS, TwoLayerNet
from engine.training import TrainConfig

FORMAT = "gradient-lab/two-layer-net"     # the tag of every version (the name of the first)
VERSION = 2                               # 2: any number of layers; 1: W1 b1 W2 b2 only
_KEY = re.compile(r"([Wb])([1-9][0-9]*)\Z")


class CheckpointError(ValueError):
    """A network file is missing, unreadable, or not a network saved by Gradient Lab."""


def layer_keys(count):
    """W1 b1 … WL bL for count (L) affine layers, in the order of the network's params."""
    return tuple(f"{kind}{i}" for i in range(1, count + 1) for kind in "Wb")


def network_from_params(params, activation="sigmoid", weight_decay=0.0):
    """A network holding copies of params: the book's TwoLayerNet for its own network (two layers,
    sigmoid), otherwise a MultiLayerNet of as many layers as params has, with this activation."""
    if activation == "sigmoid" and set(params) == set(PARAM_KEYS):
        return TwoLayerNet.from_params(params)
    count = len(params) // 2
    keys = layer_keys(count)
    sizes = [params["W1"].shape[0]] + [params[f"W{i}"].shape[1] for i in range(1, count + 1)]
    # Built with one neuron per layer (drawing 784 × 1000 random weights only to overwrite them
    # would cost more than the redraw it is for), then given the real sizes and weights.
    network = MultiLayerNet(1, [1] * (count - 1), 1, activation=activation, weight_init_std=1.0,
                            weight_decay_lambda=weight_decay, dtype=params["W1"].dtype)
    network.sizes = sizes
    network.params = {k: np.array(params[k], copy=True) for k in keys}
    return network


def save_network(path, network, config):
    """Write network's params and config (a TrainConfig or None) to path (.npz), atomically."""
    count = max(int(m.group(2)) for m in map(_KEY.match, network.params) if m)
    # W1 b1 … WL bL, nothing else; a missing one raises KeyError before the file is touched
    params = {k: np.asarray(network.params[k]) for k in layer_keys(count)}
    config_json = json.dumps(None if config is None else dataclasses.asdict(config))
    with atomic_path(path) as tmp:
        # A file object, not a name: np.savez would append ".npz" to a name.
        with open(tmp, "wb") as fh:
            np.savez(fh, format=np.array(FORMAT), version=np.array(VERSION),
                     config=np.array(config_json), **params)
            fh.flush()
            os.fsync(fh.fileno())


def _fail(path, problem):
    """Raise CheckpointError; problem: a Message, the clause after "...from {path}: "."""
    raise CheckpointError(Message("Cannot load the network from {path}: {problem}",
                                  path=path, problem=problem))


def _read(path):
    """All arrays of the .npz at path, loaded into memory."""
    if not path.exists():
        _fail(path, Message("the file does not exist. Check the name and folder, or save a "
                            "network first."))
    if path.is_dir():
        _fail(path, Message("it is a folder. Choose a .npz file saved by Gradient Lab."))
    try:
        # Our own file object: np.load leaves its own open when it fails part-way.
        with open(path, "rb") as fh:
            npz = np.load(fh, allow_pickle=False)
            if not isinstance(npz, np.lib.npyio.NpzFile):
                _fail(path, Message("it is a single NumPy array (.npy), not a network file (.npz) "
                                    "saved by Gradient Lab."))
            with npz:
                return {key: npz[key] for key in npz.files}
    except CheckpointError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        _fail(path, Message("the file is truncated or corrupt ({error}). Save the network again.",
                            error=str(exc)))
    except ValueError as exc:
        _fail(path, Message("it is not a network file (.npz) saved by Gradient Lab ({error}).",
                            error=str(exc)))
    except OSError as exc:
        _fail(path, Message("the file cannot be read ({error}). Check that it is readable.",
                            error=str(exc.strerror or exc)))


def _config(path, arrays):
    try:
        fields = json.loads(str(arrays["config"][()]))
    except (ValueError, TypeError) as exc:
        _fail(path, Message("its training settings are not valid JSON ({error}). Save the network "
                            "again.", error=str(exc)))
    if fields is None:
        return None
    if not isinstance(fields, dict):
        _fail(path, Message("its training settings are not a set of named values. Save the "
                            "network again."))
    known = {f.name for f in dataclasses.fields(TrainConfig)}
    unknown = sorted(set(fields) - known)
    if unknown:
        _fail(path, Message("its training settings have unknown fields {fields}; it was saved by a "
                            "different version of Gradient Lab.", fields=unknown))
    try:
        return TrainConfig(**fields)
    except ValueError as exc:
        # TrainConfig's own Message, so it is translated too.
        _fail(path, Message("its training settings are invalid: {error}",
                            error=message_of(exc) or str(exc)))


def _layer_count(path, arrays):
    """L from the file's W1 b1 … WL bL; CheckpointError for a missing one or too many layers."""
    count = max((int(m.group(2)) for m in map(_KEY.match, arrays) if m), default=1)
    if count > MAX_HIDDEN_LAYERS + 1:
        _fail(path, Message("it holds {count} layers; a network here has at most {limit} hidden "
                            "layers and the output layer.", count=count, limit=MAX_HIDDEN_LAYERS))
    missing = [k for k in ("format", "config", *layer_keys(count)) if k not in arrays]
    if missing:
        _fail(path, Message("it lacks {names}, so it is not a complete network file saved by "
                            "Gradient Lab.", names=", ".join(missing)))
    return count


def _check_arrays(path, params):
    for key, value in params.items():
        ndim = 2 if key.startswith("W") else 1
        if value.ndim != ndim:
            _fail(path, Message("{key} has shape {shape}; a network's {key} has {ndim} dimension(s).",
                                key=key, shape=value.shape, ndim=ndim))
        if value.dtype not in (np.float32, np.float64):
            _fail(path, Message("{key} holds {dtype} values; expected float32 or float64.",
                                key=key, dtype=value.dtype))
        if value.dtype != params["W1"].dtype:
            _fail(path, Message("{key} is {dtype} but W1 is {w1_dtype}; all parameters must share "
                                "one dtype.", key=key, dtype=value.dtype, w1_dtype=params["W1"].dtype))
        if not np.isfinite(value).all():
            _fail(path, Message("{key} contains NaN or infinite values (the training diverged); "
                                "train again with a smaller learning rate.", key=key))


def _check_chain(path, params, count):
    """Each layer takes what the one before gives: b_i has W_i's columns, W_i+1 as many rows."""
    for i in range(1, count + 1):
        W = params[f"W{i}"]
        expected = {f"b{i}": (W.shape[1],)}
        if i < count:
            expected[f"W{i + 1}"] = (W.shape[1], params[f"W{i + 1}"].shape[1])
        for key, shape in expected.items():
            if params[key].shape != shape:
                _fail(path, Message("{key} has shape {shape} but W{i} has shape {w_shape}, so it needs "
                                    "{expected}.", key=key, shape=params[key].shape, i=i,
                                    w_shape=W.shape, expected=shape))
    sizes = [params["W1"].shape[0]] + [params[f"W{i}"].shape[1] for i in range(1, count + 1)]
    if min(sizes) == 0:
        _fail(path, Message("the layer sizes {sizes} include an empty layer.",
                            sizes="-".join(map(str, sizes))))
    try:
        check_layers(sizes[0], sizes[1:-1], sizes[-1])
    except ValueError as exc:
        _fail(path, Message("its layers cannot be trained here: {error}", error=message_of(exc) or str(exc)))
    return sizes


def _check_config(path, config, params, sizes):
    hidden = sizes[1:-1]
    if config.hidden_layers != len(hidden):
        _fail(path, Message("its settings say {layers} hidden layer(s) but it holds the weights of "
                            "{found}.", layers=config.hidden_layers, found=len(hidden)))
    for i, width in enumerate(hidden, start=1):
        if width != config.hidden_size:
            _fail(path, Message("its settings say hidden_size {hidden_size} but W{i} has {hidden} "
                                "hidden units.", hidden_size=config.hidden_size, i=i, hidden=width))
    if config.dtype != params["W1"].dtype.name:
        _fail(path, Message("its settings say dtype {dtype} but the weights are {weights_dtype}.",
                            dtype=config.dtype, weights_dtype=params["W1"].dtype.name))


def load_network(path):
    """(network, TrainConfig or None) from a file written by save_network.

    The network is a TwoLayerNet for the book's network (two layers, sigmoid), otherwise a
    MultiLayerNet with the configuration's activation (sigmoid when the file has no settings).
    """
    path = Path(path)
    arrays = _read(path)
    count = _layer_count(path, arrays)
    if str(arrays["format"][()]) != FORMAT:
        _fail(path, Message("its format tag is {found}, not {expected}.",
                            found=repr(str(arrays["format"][()])), expected=repr(FORMAT)))
    if "version" in arrays and int(arrays["version"][()]) > VERSION:
        _fail(path, Message("it was written in format version {version}; this Gradient Lab reads "
                            "up to version {supported}. Update Gradient Lab.",
                            version=int(arrays["version"][()]), supported=VERSION))
    config = _config(path, arrays)
    params = {k: arrays[k] for k in layer_keys(count)}
    _check_arrays(path, params)
    sizes = _check_chain(path, params, count)
    if config is not None:
        _check_config(path, config, params, sizes)
    activation = "sigmoid" if config is None else config.activation
    decay = 0.0 if config is None else config.weight_decay
    return network_from_params(params, activation, decay), config

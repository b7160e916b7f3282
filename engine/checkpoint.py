"""Saving and loading a trained TwoLayerNet with its TrainConfig, as one .npz file.

The file holds W1 b1 W2 b2 exactly as trained (round trip bit for bit), the
config as JSON, and a format tag. It is written atomically (temporary file,
then rename), so a failed save never leaves half a file behind. Every problem
on loading raises CheckpointError (a ValueError) saying what is wrong and what to do.
"""
import dataclasses
import json
import os
import zipfile
import zlib
from pathlib import Path

import numpy as np

from engine.atomic import atomic_path
from engine.messages import Message, message_of
from engine.networks import PARAM_KEYS, TwoLayerNet
from engine.training import TrainConfig

FORMAT = "gradient-lab/two-layer-net"
VERSION = 1
_NDIM = {"W1": 2, "b1": 1, "W2": 2, "b2": 1}


class CheckpointError(ValueError):
    """A network file is missing, unreadable, or not a network saved by Gradient Lab."""


def save_network(path, network, config):
    """Write network's params and config (a TrainConfig or None) to path (.npz), atomically."""
    params = {k: np.asarray(network.params[k]) for k in PARAM_KEYS}
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


def load_network(path):
    """(TwoLayerNet, TrainConfig or None) from a file written by save_network."""
    path = Path(path)
    arrays = _read(path)
    missing = [k for k in ("format", "config", *PARAM_KEYS) if k not in arrays]
    if missing:
        _fail(path, Message("it lacks {names}, so it is not a complete network file saved by "
                            "Gradient Lab.", names=", ".join(missing)))
    if str(arrays["format"][()]) != FORMAT:
        _fail(path, Message("its format tag is {found}, not {expected}.",
                            found=repr(str(arrays["format"][()])), expected=repr(FORMAT)))
    if "version" in arrays and int(arrays["version"][()]) > VERSION:
        _fail(path, Message("it was written in format version {version}; this Gradient Lab reads "
                            "up to version {supported}. Update Gradient Lab.",
                            version=int(arrays["version"][()]), supported=VERSION))
    config = _config(path, arrays)
    params = {k: arrays[k] for k in PARAM_KEYS}
    for key, value in params.items():
        if value.ndim != _NDIM[key]:
            _fail(path, Message("{key} has shape {shape}; a TwoLayerNet's {key} has {ndim} "
                                "dimension(s).", key=key, shape=value.shape, ndim=_NDIM[key]))
        if value.dtype not in (np.float32, np.float64):
            _fail(path, Message("{key} holds {dtype} values; expected float32 or float64.",
                                key=key, dtype=value.dtype))
        if value.dtype != params["W1"].dtype:
            _fail(path, Message("{key} is {dtype} but W1 is {w1_dtype}; all parameters must share "
                                "one dtype.", key=key, dtype=value.dtype, w1_dtype=params["W1"].dtype))
        if not np.isfinite(value).all():
            _fail(path, Message("{key} contains NaN or infinite values (the training diverged); "
                                "train again with a smaller learning rate.", key=key))
    (D, H), (_, C) = params["W1"].shape, params["W2"].shape
    expected = {"b1": (H,), "W2": (H, C), "b2": (C,)}
    for key, shape in expected.items():
        if params[key].shape != shape:
            _fail(path, Message("{key} has shape {shape} but W1 {w1_shape} and W2 {w2_shape} need "
                                "{expected}.", key=key, shape=params[key].shape,
                                w1_shape=params["W1"].shape, w2_shape=params["W2"].shape,
                                expected=shape))
    if min(D, H, C) == 0:
        _fail(path, Message("the layer sizes {inputs}-{hidden}-{outputs} include an empty layer.",
                            inputs=D, hidden=H, outputs=C))
    if config is not None:
        if config.hidden_size != H:
            _fail(path, Message("its settings say hidden_size {hidden_size} but W1 has {hidden} "
                                "hidden units.", hidden_size=config.hidden_size, hidden=H))
        if config.dtype != params["W1"].dtype.name:
            _fail(path, Message("its settings say dtype {dtype} but the weights are {weights_dtype}.",
                                dtype=config.dtype, weights_dtype=params["W1"].dtype.name))
    return TwoLayerNet.from_params(params), config

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
    raise CheckpointError(f"Cannot load the network from {path}: {problem}")


def _read(path):
    """All arrays of the .npz at path, loaded into memory."""
    if not path.exists():
        _fail(path, "the file does not exist. Check the name and folder, or save a network first.")
    if path.is_dir():
        _fail(path, "it is a folder. Choose a .npz file saved by Gradient Lab.")
    try:
        # Our own file object: np.load leaves its own open when it fails part-way.
        with open(path, "rb") as fh:
            npz = np.load(fh, allow_pickle=False)
            if not isinstance(npz, np.lib.npyio.NpzFile):
                _fail(path, "it is a single NumPy array (.npy), not a network file (.npz) "
                            "saved by Gradient Lab.")
            with npz:
                return {key: npz[key] for key in npz.files}
    except CheckpointError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        _fail(path, f"the file is truncated or corrupt ({exc}). Save the network again.")
    except ValueError as exc:
        _fail(path, f"it is not a network file (.npz) saved by Gradient Lab ({exc}).")
    except OSError as exc:
        _fail(path, f"the file cannot be read ({exc.strerror or exc}). Check that it is readable.")


def _config(path, arrays):
    try:
        fields = json.loads(str(arrays["config"][()]))
    except (ValueError, TypeError) as exc:
        _fail(path, f"its training settings are not valid JSON ({exc}). Save the network again.")
    if fields is None:
        return None
    if not isinstance(fields, dict):
        _fail(path, "its training settings are not a set of named values. Save the network again.")
    known = {f.name for f in dataclasses.fields(TrainConfig)}
    unknown = sorted(set(fields) - known)
    if unknown:
        _fail(path, f"its training settings have unknown fields {unknown}; it was saved by a "
                    "different version of Gradient Lab.")
    try:
        return TrainConfig(**fields)
    except ValueError as exc:
        _fail(path, f"its training settings are invalid: {exc}")


def load_network(path):
    """(TwoLayerNet, TrainConfig or None) from a file written by save_network."""
    path = Path(path)
    arrays = _read(path)
    missing = [k for k in ("format", "config", *PARAM_KEYS) if k not in arrays]
    if missing:
        _fail(path, f"it lacks {', '.join(missing)}, so it is not a complete network file "
                    "saved by Gradient Lab.")
    if str(arrays["format"][()]) != FORMAT:
        _fail(path, f"its format tag is {str(arrays['format'][()])!r}, not {FORMAT!r}.")
    if "version" in arrays and int(arrays["version"][()]) > VERSION:
        _fail(path, f"it was written in format version {int(arrays['version'][()])}; this "
                    f"Gradient Lab reads up to version {VERSION}. Update Gradient Lab.")
    config = _config(path, arrays)
    params = {k: arrays[k] for k in PARAM_KEYS}
    for key, value in params.items():
        if value.ndim != _NDIM[key]:
            _fail(path, f"{key} has shape {value.shape}; a TwoLayerNet's {key} has "
                        f"{_NDIM[key]} dimension(s).")
        if value.dtype not in (np.float32, np.float64):
            _fail(path, f"{key} holds {value.dtype} values; expected float32 or float64.")
        if value.dtype != params["W1"].dtype:
            _fail(path, f"{key} is {value.dtype} but W1 is {params['W1'].dtype}; all "
                        "parameters must share one dtype.")
        if not np.isfinite(value).all():
            _fail(path, f"{key} contains NaN or infinite values (the training diverged); "
                        "train again with a smaller learning rate.")
    (D, H), (_, C) = params["W1"].shape, params["W2"].shape
    expected = {"b1": (H,), "W2": (H, C), "b2": (C,)}
    for key, shape in expected.items():
        if params[key].shape != shape:
            _fail(path, f"{key} has shape {params[key].shape} but W1 {params['W1'].shape} and "
                        f"W2 {params['W2'].shape} need {shape}.")
    if min(D, H, C) == 0:
        _fail(path, f"the layer sizes {D}-{H}-{C} include an empty layer.")
    if config is not None:
        if config.hidden_size != H:
            _fail(path, f"its settings say hidden_size {config.hidden_size} but W1 has {H} "
                        "hidden units.")
        if config.dtype != params["W1"].dtype.name:
            _fail(path, f"its settings say dtype {config.dtype} but the weights are "
                        f"{params['W1'].dtype.name}.")
    network = TwoLayerNet(D, H, C, dtype=params["W1"].dtype)
    network.params = {k: np.array(v, copy=True) for k, v in params.items()}
    return network, config

"""The MNIST database, read from the four original IDX .gz files (bundled under resources/).

load_mnist returns the book's ((x_train, t_train), (x_test, t_test)). Every
file is checked structurally before use; the bundled copies are also checked
against their published md5 sums. Problems raise MnistError (a ValueError)
or MnistFileError (an OSError) naming the file, the problem and the fix.
"""
import gzip
import hashlib
import os
import threading
import zlib
from pathlib import Path

import numpy as np

from engine.labels import one_hot
from engine.messages import Message

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "resources" / "mnist"

# key -> (file name, IDX magic, md5 of the original .gz)
FILES = {
    "train_img": ("train-images-idx3-ubyte.gz", 0x00000803, "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
    "train_label": ("train-labels-idx1-ubyte.gz", 0x00000801, "d53e105ee54ea40749a09fcbcd1e9432"),
    "test_img": ("t10k-images-idx3-ubyte.gz", 0x00000803, "9fb629c4189551a2d022fa330f9573f3"),
    "test_label": ("t10k-labels-idx1-ubyte.gz", 0x00000801, "ec29112dd5afa0611ce80d1b7f02629c"),
}
IMAGE_SHAPE = (28, 28)
N_CLASSES = 10   # the digits 0-9

# The fix that ends most messages (the field {fix}).
_FIX = Message("Copy the four original MNIST files ({files}) into that folder again.",
               files=", ".join(name for name, _, _ in FILES.values()))


class MnistError(ValueError):
    """An MNIST file exists but its content is wrong."""


class MnistFileError(OSError):
    """An MNIST file or folder cannot be found or read."""


_cache = {}
_cache_lock = threading.Lock()


def _read_gzip(path):
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise MnistFileError(Message("MNIST file missing: {path}. {fix}", path=path, fix=_FIX)) from None
    except OSError as exc:
        raise MnistFileError(Message("Cannot read MNIST file {path}: {error}. "
                                     "Check that the file and its folder are readable.",
                                     path=path, error=str(exc.strerror or exc))) from None
    try:
        return raw, gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise MnistError(Message("{path} is not a readable gzip file ({error}); it is truncated or "
                                 "corrupt. {fix}", path=path, error=str(exc), fix=_FIX)) from None


def _parse_idx(path, data, magic):
    """The array stored in an IDX file, after checking magic, dimensions and byte count."""
    ndim = 3 if magic == 0x00000803 else 1
    header_len = 4 + 4 * ndim
    if len(data) < header_len:
        raise MnistError(Message("{path} is too short ({size} bytes) to hold an IDX header. {fix}",
                                 path=path, size=len(data), fix=_FIX))
    found = int.from_bytes(data[:4], "big")
    if found != magic:
        fields = dict(path=path, found=found, magic=magic, fix=_FIX)
        raise MnistError(
            Message("{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (images). "
                    "Is it the right file? {fix}", **fields) if ndim == 3 else
            Message("{path} has IDX magic number 0x{found:08x}, expected 0x{magic:08x} (labels). "
                    "Is it the right file? {fix}", **fields))
    dims = tuple(int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    if ndim == 3 and dims[1:] != IMAGE_SHAPE:
        raise MnistError(Message("{path} holds images of {rows}x{columns} pixels, expected 28x28. {fix}",
                                 path=path, rows=dims[1], columns=dims[2], fix=_FIX))
    expected = header_len + int(np.prod(dims))
    if len(data) != expected:
        fields = dict(path=path, size=len(data), expected=expected, count=dims[0], fix=_FIX)
        raise MnistError(
            Message("{path} has {size} bytes after decompression, expected {expected} for {count} "
                    "images: truncated or padded. {fix}", **fields) if ndim == 3 else
            Message("{path} has {size} bytes after decompression, expected {expected} for {count} "
                    "labels: truncated or padded. {fix}", **fields))
    arr = np.frombuffer(data, dtype=np.uint8, offset=header_len).reshape(dims)
    if ndim == 1 and arr.size and arr.max() > 9:
        bad = int(np.argmax(arr > 9))
        raise MnistError(Message("{path} has label {label} at index {index}; labels must be 0-9. {fix}",
                                 path=path, label=arr[bad], index=bad, fix=_FIX))
    return arr


def _read_folder(folder, verify_md5):
    arrays = {}
    if not folder.is_dir():
        raise MnistFileError(Message("MNIST folder not found: {folder}. {fix}", folder=folder, fix=_FIX))
    for key, (name, magic, md5) in FILES.items():
        path = folder / name
        raw, data = _read_gzip(path)
        if verify_md5 and hashlib.md5(raw).hexdigest() != md5:
            raise MnistError(Message("{path} differs from the original MNIST file (md5 mismatch). {fix}",
                                     path=path, fix=_FIX))
        arrays[key] = _parse_idx(path, data, magic)
    for split in ("train", "test"):
        n_img, n_lab = len(arrays[split + "_img"]), len(arrays[split + "_label"])
        if n_img != n_lab:
            fields = dict(folder=folder, n_images=n_img, n_labels=n_lab, fix=_FIX)
            raise MnistError(
                Message("{folder}: the train set has {n_images} images but {n_labels} labels; "
                        "the files do not belong together. {fix}", **fields) if split == "train" else
                Message("{folder}: the test set has {n_images} images but {n_labels} labels; "
                        "the files do not belong together. {fix}", **fields))
    return arrays


def _raw_arrays(data_dir):
    """Decoded uint8 arrays, cached per folder and file state (size, mtime)."""
    folder = BUNDLED_DIR if data_dir is None else Path(data_dir)
    try:
        stamp = tuple((st.st_size, st.st_mtime_ns) for st in
                      (os.stat(folder / name) for name, _, _ in FILES.values()))
    except OSError:
        stamp = None  # let _read_folder produce the precise message
    key = (str(folder.resolve()) if folder.exists() else str(folder), stamp)
    with _cache_lock:
        if stamp is not None and key in _cache:
            return _cache[key]
        arrays = _read_folder(folder, verify_md5=data_dir is None)
        for arr in arrays.values():
            arr.flags.writeable = False
        _cache.clear()  # keep one data set in memory, not one per folder ever loaded
        _cache[key] = arrays
        return arrays


def _normalized(raw, key):
    """float32 pixels in [0, 1], computed once per data set (astype, then /= 255 as the book)."""
    with _cache_lock:
        cached = raw.get(key + "_norm")
        if cached is None:
            cached = raw[key].astype(np.float32)
            cached /= 255.0
            cached.flags.writeable = False
            raw[key + "_norm"] = cached
        return cached


def load_mnist(normalize=True, flatten=True, one_hot_label=False, data_dir=None):
    """((x_train, t_train), (x_test, t_test)) as in the book.

    normalize: pixels as float32 in [0, 1] (else uint8 0-255); flatten: images
    (N, 784) (else (N, 1, 28, 28)); one_hot_label: t (N, 10) (else labels (N,)).
    The image arrays are read-only and shared between calls (decoding and
    scaling 60 000 images each time would cost ~0.5 s): copy one to modify it.
    """
    raw = _raw_arrays(data_dir)
    out = []
    for split in ("train", "test"):
        x = _normalized(raw, split + "_img") if normalize else raw[split + "_img"]
        x = x.reshape(-1, 784) if flatten else x.reshape(-1, 1, 28, 28)
        label = raw[split + "_label"]
        t = one_hot(label, 10, np.float32) if one_hot_label else label.copy()
        out.append((x, t))
    return tuple(out)

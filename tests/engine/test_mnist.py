"""The bundled MNIST and every way a data folder can be broken."""
import gzip
import os
import shutil

import numpy as np
import pytest

from engine import mnist
from engine.mnist import MnistError, MnistFileError, load_mnist


def test_bundled_shapes_and_values():
    (x_train, t_train), (x_test, t_test) = load_mnist()
    assert x_train.shape == (60000, 784) and x_train.dtype == np.float32
    assert x_test.shape == (10000, 784)
    assert t_train.shape == (60000,) and t_test.shape == (10000,)
    assert 0.0 <= x_train.min() and x_train.max() == 1.0
    assert np.bincount(t_train).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    assert np.bincount(t_test).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert x_train.mean() == pytest.approx(0.1307, abs=1e-4)


def test_options_flatten_one_hot_and_raw():
    (x, t), _ = load_mnist(normalize=False, flatten=False, one_hot_label=True)
    assert x.shape == (60000, 1, 28, 28) and x.dtype == np.uint8 and x.max() == 255
    assert t.shape == (60000, 10) and t.sum(axis=1).tolist() == [1] * 60000
    (_, labels), _ = load_mnist()
    assert np.array_equal(t.argmax(axis=1), labels)


def _copy(tmp_path):
    folder = tmp_path / "mnist"
    shutil.copytree(mnist.BUNDLED_DIR, folder)
    return folder


def _rewrite(folder, name, transform):
    path = folder / name
    with gzip.open(path, "rb") as fh:
        data = fh.read()
    with gzip.open(path, "wb") as fh:
        fh.write(transform(data))


def test_a_copied_folder_loads(tmp_path):
    (x, t), (xt, tt) = load_mnist(data_dir=_copy(tmp_path))
    assert x.shape == (60000, 784) and tt.shape == (10000,)


def test_missing_file(tmp_path):
    folder = _copy(tmp_path)
    os.remove(folder / "t10k-labels-idx1-ubyte.gz")
    with pytest.raises(MnistFileError, match="t10k-labels-idx1-ubyte.gz"):
        load_mnist(data_dir=folder)


def test_missing_folder(tmp_path):
    with pytest.raises(OSError, match="not found"):
        load_mnist(data_dir=tmp_path / "nowhere")


def test_truncated_gzip(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(MnistError, match="truncated or corrupt"):
        load_mnist(data_dir=folder)


def test_not_gzip(tmp_path):
    folder = _copy(tmp_path)
    (folder / "train-labels-idx1-ubyte.gz").write_text("hello")
    with pytest.raises(MnistError, match="train-labels"):
        load_mnist(data_dir=folder)


def test_wrong_magic(tmp_path):
    folder = _copy(tmp_path)
    _rewrite(folder, "t10k-labels-idx1-ubyte.gz", lambda d: b"\x00\x00\x08\x03" + d[4:])
    with pytest.raises(MnistError, match="magic number 0x00000803"):
        load_mnist(data_dir=folder)


def test_short_file(tmp_path):
    folder = _copy(tmp_path)
    _rewrite(folder, "t10k-images-idx3-ubyte.gz", lambda d: d[:-784])
    with pytest.raises(MnistError, match="truncated or padded"):
        load_mnist(data_dir=folder)


def test_header_only_fragment(tmp_path):
    folder = _copy(tmp_path)
    _rewrite(folder, "t10k-images-idx3-ubyte.gz", lambda d: d[:6])
    with pytest.raises(MnistError, match="too short"):
        load_mnist(data_dir=folder)


def test_bad_label(tmp_path):
    folder = _copy(tmp_path)
    _rewrite(folder, "t10k-labels-idx1-ubyte.gz", lambda d: d[:100] + b"\x0c" + d[101:])
    with pytest.raises(MnistError, match="label 12 at index 92"):
        load_mnist(data_dir=folder)


def test_mismatched_counts(tmp_path):
    folder = _copy(tmp_path)

    def drop_one_label(d):
        n = int.from_bytes(d[4:8], "big") - 1
        return d[:4] + n.to_bytes(4, "big") + d[8:-1]

    _rewrite(folder, "t10k-labels-idx1-ubyte.gz", drop_one_label)
    with pytest.raises(MnistError, match="10000 images but 9999 labels"):
        load_mnist(data_dir=folder)


@pytest.mark.parametrize("name", [name for name, _, _ in mnist.FILES.values()])
def test_every_bundled_file_is_checked_against_its_md5(tmp_path, monkeypatch, name):
    """Each of the four files on its own: the same content, compressed anew, is not the original."""
    folder = _copy(tmp_path)
    path = folder / name
    with gzip.open(path, "rb") as fh:
        data = fh.read()
    path.write_bytes(gzip.compress(data, compresslevel=1, mtime=0))   # valid, identical content
    monkeypatch.setattr(mnist, "BUNDLED_DIR", folder)
    with pytest.raises(MnistError, match=f"{name} differs from the original MNIST file"):
        load_mnist()
    # the same folder passed as data_dir is only checked structurally
    assert load_mnist(data_dir=folder)[1][1].shape == (10000,)


def test_unreadable_file(tmp_path, monkeypatch):
    folder = _copy(tmp_path)
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("t10k-images-idx3-ubyte.gz"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    # root ignores permission bits, so simulate what a normal user would get
    monkeypatch.setattr(mnist, "open", guarded_open, raising=False)
    with pytest.raises(MnistFileError, match="Cannot read MNIST file .*Permission denied"):
        load_mnist(data_dir=folder)


def test_returned_images_are_read_only_and_shared():
    (x, _), _ = load_mnist()
    with pytest.raises(ValueError):
        x[0, 0] = 1.0
    (x2, _), _ = load_mnist(flatten=False)
    assert np.shares_memory(x, x2)

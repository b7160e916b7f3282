"""Atomic file writes: a failed or interrupted save leaves the previous file intact."""
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path


def _current_umask():
    # Linux reports the umask without changing it; os.umask can only read it by setting
    # it, which for a moment affects files other threads create, so it is the fallback.
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode(path):
    """The permissions a save to path should leave: the existing file's, or 0o666 & ~umask.

    mkstemp creates its file 0o600 whatever the umask; without this every saved
    file would be private to its owner, unlike a file written with open().
    """
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_current_umask()


@contextmanager
def atomic_path(path):
    """Yield a temporary path in the target's folder; on success it replaces path (os.replace).

    On any exception the temporary file is removed and path is untouched. The
    file gets the usual permissions (see file_mode).
    Usage: ``with atomic_path(p) as tmp: np.savez(tmp, ...)``.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp" + path.suffix, dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_bytes(path, data):
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def atomic_write_text(path, text, encoding="utf-8"):
    atomic_write_bytes(path, text.encode(encoding))

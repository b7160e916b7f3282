"""Shared by the benchmarks: BLAS thread control (before NumPy loads) and table printing.

Import this module, and call use_threads_from_argv(), before anything imports NumPy:
OpenBLAS reads its thread count from the environment once, when it loads.
"""
import ctypes
import glob
import os
import platform
import sys

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def use_threads_from_argv(default=1):
    """Set the BLAS thread variables from --threads N (default 1); return N."""
    threads = default
    if "--threads" in sys.argv:
        threads = int(sys.argv[sys.argv.index("--threads") + 1])
    if "numpy" in sys.modules:
        print("warning: NumPy was imported before the thread count was set; "
              "the reported count below is what OpenBLAS really uses", file=sys.stderr)
    for name in THREAD_VARIABLES:
        os.environ[name] = str(threads)
    return threads


def blas_threads():
    """The thread count OpenBLAS reports (None if it cannot be asked)."""
    import numpy as np
    libs = glob.glob(os.path.join(os.path.dirname(os.path.dirname(np.__file__)),
                                  "numpy.libs", "*openblas*"))
    for path in libs:
        lib = ctypes.CDLL(path)
        for name in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                     "openblas_get_num_threads"):
            if hasattr(lib, name):
                return int(getattr(lib, name)())
    return None


def machine():
    import numpy as np
    return {"python": platform.python_version(), "numpy": np.__version__,
            "cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "blas_threads": blas_threads(), "load_average": os.getloadavg()[0]}


def table(headers, rows):
    """A plain-text table with right-aligned numbers."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def percentile(values, q):
    """The q-th percentile of values (nan for none): the latency figures' p50 and p99."""
    import numpy as np

    return float(np.percentile(np.asarray(values, dtype=float), q)) if values else float("nan")

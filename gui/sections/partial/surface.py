"""The 3-D surface of f(x0, x1) (fig 4-8), or a plain note where there is no OpenGL.

pyqtgraph.opengl is imported only when the 3-D view is first built: it needs
PyOpenGL and a working context, which the offscreen platform (tests, CI,
screenshots) does not have. Nothing here may crash without OpenGL.
"""
import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QOffscreenSurface, QOpenGLContext, QVector3D
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate   # context "SurfaceView", a literal at each call for lupdate
NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc")
SPAN = 10.0   # the surface is drawn in a 10 x 10 x 5 box whatever the ranges


def opengl_problem():
    """None when a 3-D view can be drawn here, else a short reason (translated)."""
    platform = QGuiApplication.platformName()
    if platform in NO_GL_PLATFORMS:
        return translate("SurfaceView", "the '%s' display platform has no OpenGL") % platform
    try:
        import OpenGL.GL  # noqa: F401  (PyOpenGL, needed by pyqtgraph.opengl)
    except Exception as exc:   # ImportError, or a missing libGL raising something else
        return translate("SurfaceView", "PyOpenGL cannot be loaded (%s)") % type(exc).__name__
    context = QOpenGLContext()
    if not context.create():
        return translate("SurfaceView", "no OpenGL context could be created")
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return translate("SurfaceView", "the OpenGL context cannot be made current")
        context.doneCurrent()
    finally:
        surface.destroy()
    return None


class SurfaceView(QWidget):
    """A GLViewWidget with the surface, the chosen point and the two slices; or a note.

    probe returns None when OpenGL works or a reason string; tests pass their own.
    """

    def __init__(self, probe=opengl_problem, parent=None):
        super().__init__(parent)
        self._probe = probe
        self.problem = None       # the reason 3-D is unavailable, once known
        self.view = None          # the GLViewWidget, once built
        self._items = {}
        self._scale = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignCenter)
        self.note.setStyleSheet("color: #8a5a00; padding: 20px;")
        font = QFont()
        font.setPointSize(13)
        self.note.setFont(font)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.note)
        self._built = False
        self._last_surface = None   # replayed when the view is built after the data came
        self._last_point = None

    @property
    def available(self):
        return self.view is not None

    def build(self):
        """Create the 3-D view now (first time the tab is shown); returns True when it works."""
        if self._built:
            return self.available
        self._built = True
        self.problem = self._probe()
        if self.problem is None:
            try:
                self._create_view()
            except Exception as exc:   # any failure inside PyOpenGL/pyqtgraph.opengl means: no 3-D
                self.problem = f"{type(exc).__name__}: {exc}"
                self.view = None
        if self.view is not None:
            self.note.hide()
            if self._last_surface is not None:
                self.show_surface(*self._last_surface)
            if self._last_point is not None:
                self.show_point(*self._last_point)
        return self.available

    def _create_view(self):
        import pyqtgraph.opengl as gl

        view = gl.GLViewWidget()
        view.setBackgroundColor("w")
        view.setCameraPosition(pos=QVector3D(0, 0, SPAN / 5), distance=17, elevation=26, azimuth=-60)
        grid = gl.GLGridItem(color=(0, 0, 0, 60))
        grid.setSize(SPAN, SPAN)
        grid.setSpacing(1, 1)
        view.addItem(grid)
        surface = gl.GLSurfacePlotItem(shader=None, computeNormals=False, smooth=False,
                                       drawEdges=False)
        view.addItem(surface)
        point = gl.GLScatterPlotItem(size=14, color=(0.9, 0.32, 0.0, 1.0))
        slice0 = gl.GLLinePlotItem(width=3, color=(0.9, 0.32, 0.0, 1.0), antialias=True)
        slice1 = gl.GLLinePlotItem(width=3, color=(0.12, 0.3, 0.61, 1.0), antialias=True)
        labels = [gl.GLTextItem(pos=p, text=t, color=(20, 20, 20, 255)) for p, t in
                  (((SPAN / 2 + 0.8, 0, 0), "x0"), ((0, SPAN / 2 + 0.8, 0), "x1"), ((0, 0, SPAN / 2 + 0.6), "f"))]
        from OpenGL import GL
        # The point and the slices lie on the surface: drawn without the depth test so it cannot hide them.
        on_top = {GL.GL_DEPTH_TEST: False, GL.GL_BLEND: True,
                  "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)}
        for item in (point, slice0, slice1):
            item.setGLOptions(on_top)
            item.setDepthValue(10)
        for item in (point, slice0, slice1, *labels):
            view.addItem(item)
        self._items = dict(surface=surface, point=point, slice0=slice0, slice1=slice1)
        self._layout.addWidget(view)
        self.view = view

    def set_note(self, text):
        self.note.setText(text)

    # --- updates (setData only) -------------------------------------------------
    def _to_box(self, x0, x1, z):
        (a0, b0), (a1, b1), (zlo, zhi) = self._scale
        s0 = (np.asarray(x0, float) - (a0 + b0) / 2) / (b0 - a0) * SPAN
        s1 = (np.asarray(x1, float) - (a1 + b1) / 2) / (b1 - a1) * SPAN
        sz = (np.asarray(z, float) - zlo) / (zhi - zlo or 1.0) * SPAN / 2
        return s0, s1, sz

    def show_surface(self, x0s, x1s, Z, colors):
        """Z[i, j] = f(x0s[i], x1s[j]); colors: (n0, n1, 4) floats in 0..1."""
        self._last_surface = (x0s, x1s, Z, colors)
        finite = Z[np.isfinite(Z)]
        zlo, zhi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        self._scale = ((x0s[0], x0s[-1]), (x1s[0], x1s[-1]), (zlo, zhi))
        if not self.available:
            return
        s0, s1, sz = self._to_box(x0s, x1s, np.where(np.isfinite(Z), Z, zlo))
        # Vertex colours go in flat, (n0 * n1, 4): the (n0, n1, 4) form the docstring of
        # GLSurfacePlotItem mentions raises an IndexError inside MeshData (pyqtgraph 0.14).
        self._items["surface"].setData(x=s0, y=s1, z=np.clip(sz, -SPAN, SPAN),
                                       colors=np.asarray(colors, dtype=np.float32).reshape(-1, 4))

    def show_point(self, x0, x1, z, slice0, slice1):
        """The point (x0, x1, z = f) and the slices as (xs, zs): slice0 along x0, slice1 along x1."""
        self._last_point = (x0, x1, z, slice0, slice1)
        if not self.available or self._scale is None:
            return
        (xs0, z0), (xs1, z1) = slice0, slice1
        for key, (a, b, c) in (("slice0", self._to_box(xs0, np.full_like(xs0, x1), z0)),
                               ("slice1", self._to_box(np.full_like(xs1, x0), xs1, z1))):
            keep = np.isfinite(c)
            self._items[key].setData(pos=np.column_stack([a[keep], b[keep], np.clip(c[keep], -SPAN, SPAN)]))
        a, b, c = self._to_box([x0], [x1], [z if np.isfinite(z) else self._scale[2][0]])
        self._items["point"].setData(pos=np.column_stack([a, b, c]))

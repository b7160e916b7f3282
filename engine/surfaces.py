"""The example functions f(x0, x1) of sections 4.4 and 4.4.1, with views that show them well."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Surface:
    name: str
    text: str          # for engine.expressions.parse(text, ("x0", "x1"))
    grid_range: tuple  # ((x0 lo, hi), (x1 lo, hi)) of the quiver grid (section 4.4)
    grid_n: int        # grid points per axis
    view: tuple        # ((x0 lo, hi), (x1 lo, hi)) of the descent plot (section 4.4.1)
    start: tuple       # init_x of the descent
    lr: float
    step_num: int


SURFACES = {
    # function_2 of the book; fig 4-9 uses arange(-2, 2.5, 0.25), fig 4-10 init_x = (-3, 4).
    "book": Surface("book", "x0**2 + x1**2", ((-2.0, 2.25), (-2.0, 2.25)), 18,
                    ((-4.5, 4.5), (-4.5, 4.5)), (-3.0, 4.0), 0.1, 100),
    # A saddle: downhill along x1 forever, so the path slides off the view.
    "saddle": Surface("saddle", "x0**2 - x1**2", ((-2.0, 2.0), (-2.0, 2.0)), 17,
                      ((-4.0, 4.0), (-4.0, 4.0)), (-3.0, 0.2), 0.1, 40),
    # Rosenbrock's banana valley: the path falls in fast, then crawls along the floor to (1, 1).
    "rosenbrock": Surface("rosenbrock", "(1 - x0)**2 + 100*(x1 - x0**2)**2",
                          ((-2.0, 2.0), (-1.0, 3.0)), 17, ((-2.0, 2.0), (-1.0, 3.0)),
                          (-1.5, 2.0), 0.001, 5000),
}

"""The shape of the code, read from the source: what the README's Layout promises stays true."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400


def modules(folder):
    """{dotted name: path} of every .py under folder (a package of the project)."""
    out = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports(path, package):
    """The project modules path imports (at any depth: lazy imports count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.split(".")[0] == package}


def test_no_module_is_longer_than_400_lines():
    paths = [ROOT / "main.py", *(ROOT / "engine").rglob("*.py"), *(ROOT / "gui").rglob("*.py")]
    long = {str(p.relative_to(ROOT)): n for p in paths
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these into modules of one idea each: {long}"


def test_the_engine_has_no_import_cycle():
    graph = {name: imports(path, "engine") & set(modules("engine")) - {name}
             for name, path in modules("engine").items()}
    state = {}

    def visit(name, trail):
        if state.get(name) == "done":
            return
        assert state.get(name) != "open", "import cycle: " + " → ".join(trail + [name])
        state[name] = "open"
        for other in sorted(graph[name]):
            if other != "engine":
                visit(other, trail + [name])
        state[name] = "done"

    for name in graph:
        visit(name, [])


def test_kernels_are_a_leaf():
    """engine.kernels (numba's loops) imports nothing of the engine: the warm-up lives elsewhere."""
    assert imports(ROOT / "engine" / "kernels.py", "engine") == set()


@pytest.mark.parametrize("section", [p.stem for p in (ROOT / "gui" / "sections").iterdir()
                                     if not p.name.startswith("_") and (p.is_dir() or p.suffix == ".py")
                                     and p.name != "__pycache__"])
def test_sections_never_import_each_other(section):
    path = ROOT / "gui" / "sections" / section
    files = list(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
    for file in files:
        for name in imports(file, "gui"):
            parts = name.split(".")
            if len(parts) > 2 and parts[1] == "sections":
                assert parts[2] == section, f"{file.relative_to(ROOT)} imports {name}"


def test_the_shell_and_the_kit_never_import_a_section_module():
    """The window assembles sections through the registry (lazily); the kit serves every section."""
    for folder in ("gui/kit", "gui"):
        for path in (ROOT / folder).glob("*.py"):
            bad = {n for n in imports(path, "gui") if n.startswith("gui.sections.")}
            assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_every_section_is_a_registered_class_of_its_own_name():
    from gui import sections

    for info in sections.SECTIONS:
        cls = sections.section_class(info.name)
        assert cls.__name__ == info.class_name and cls.NAME == info.name
    names = [sections.section_class(n).__name__ for n in sections.NAMES]
    assert len(set(names)) == len(names), "each section class has its own name (and tr() context)"


def test_no_section_helper_sits_in_the_flat_gui_folder():
    prefixes = ("loss_", "derivative_", "partial_", "gradient_", "descent_", "network_", "training_")
    flat = [p.name for p in (ROOT / "gui").glob("*.py") if p.name.startswith(prefixes)]
    assert not flat, f"a section's helper belongs in gui/sections/<section>/: {flat}"

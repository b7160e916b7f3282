"""Between the window's sections and engine.scenario: capture, restore and Python scripts.

Each section package gives its scene through scene.py and its script through
python.py (see SectionBase.capture_scene). A section without them (yet) raises
ModuleNotFoundError for that very module; here that becomes a ScenarioError with a
sentence a person can read, while any other missing module stays a real error.
"""
from engine import scenario
from engine.scene_values import SceneError
from gui import sections as registry


def _absent(error, section, module):
    """Whether error says that section's module (scene or python) does not exist."""
    name = getattr(error, "name", None) or ""
    return name == f"{section.info.module}.{module}"


def capture(section):
    """The section's scene as saved in a file: {"section": NAME, ...values}."""
    try:
        values = section.capture_scene()
    except ModuleNotFoundError as exc:
        if _absent(exc, section, "scene"):
            raise scenario.cannot_save(section.NAME) from None
        raise
    return {"section": section.NAME, **values}


def python_script(section):
    """The section's standalone NumPy script (ScenarioError when it has none yet)."""
    try:
        return section.python_script()
    except ModuleNotFoundError as exc:
        if _absent(exc, section, "python"):
            raise scenario.cannot_write_python(section.NAME) from None
        if _absent(exc, section, "scene"):
            raise scenario.cannot_save(section.NAME) from None
        raise


def read(path):
    """The scenes of a .glab file, its structure checked (ScenarioError naming it otherwise)."""
    return scenario.read(path, registry.NAMES)


def restore(window, scene, number, path):
    """Put scene (number, 1-based, of the file at path) into its section, then show that section.

    The section is built if needed but only shown once its values were accepted: a
    refused scene (ScenarioError) leaves the window as it was. Returns the section.
    """
    name = scene["section"]
    section = window.section(name)
    values = {key: value for key, value in scene.items() if key != "section"}
    try:
        section.restore_scene(values)
    except SceneError as exc:
        raise scenario.scene_error(path, number, name, exc) from None
    except ModuleNotFoundError as exc:
        if _absent(exc, section, "scene"):
            raise scenario.cannot_restore(path, number, name) from None
        raise
    window.show_section(name)
    return section

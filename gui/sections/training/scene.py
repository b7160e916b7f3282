"""The training section's scene: every hyperparameter under TrainConfig's own field names (the
training images and their sampling included), the demo speed and the smoothed loss.

optimizer_params holds the chosen optimizer's settings besides η (e.g. {"beta1": 0.9,
"beta2": 0.999} for Adam); weight_init_std is a number or "xavier" / "he". Trained weights
keep their own file (Save weights…): a scene restores the settings, not a run.
"""
from engine.messages import Message, message_of
from engine.multilayer import ACTIVATIONS
from engine.optimizers import OPTIMIZERS, make_optimizer
from engine.scene_values import SceneError, SceneValues
from engine.training import DTYPES, GRADIENTS, SAMPLINGS
from engine.layer_stats import CASES
from gui.sections.training.controls import BOOK, SPEEDS
from gui.sections.training.layer_page import DIGIT, HISTOGRAMS, OVER_TIME
from gui.sections.training.layers import EXPERIMENT, NETWORK
from gui.sections.training.lab_controls import INITS, MAX_DECAY, SETTINGS

INIT_NAMES = tuple(name for name in INITS if name)
LR_RANGE = (1e-12, 1e6)
# The tabs in their order (display.py, then the Layers tab) and the Layers tab's three pictures.
TABS = ("curves", "predictions", "gradients", "draw", "layers")
LAYER_PAGES = {"digit": DIGIT, "histograms": HISTOGRAMS, "over-time": OVER_TIME}
MAX_DIGIT = 9999             # MNIST's test set: the Layers tab's digit is an index into it      # the lr box takes any number above 0; these bound what a file may say


def capture(section):
    """Every control's value as plain JSON values."""
    panel = section.panel
    values = panel.values()
    std = values["weight_init_std"]
    return dict(values, learning_rate=float(values["learning_rate"]),
                weight_init_std=std if isinstance(std, str) else float(std),
                optimizer_params={k: float(v) for k, v in values["optimizer_params"].items()},
                weight_decay=float(values["weight_decay"]), speed=panel.max_rate(),
                smooth=panel.smooth.isChecked(), tab=TABS[section.tabs.currentIndex()],
                layers=_capture_layers(section.layers))


def _capture_layers(layers):
    """What the Layers tab shows: its picture, the network or the book's experiment (which case),
    and the test digit followed through the layers."""
    page = next(name for name, index in LAYER_PAGES.items() if index == layers.stack.currentIndex())
    return {"page": page, "source": layers.source, "case": layers.case, "digit": layers.digit_spin.value()}


def _read_layers(raw):
    if raw is None:
        return {"page": "digit", "source": NETWORK, "case": next(iter(CASES)), "digit": 0}
    values = SceneValues(raw, "layers")
    read = {"page": values.choice("page", tuple(LAYER_PAGES)),
            "source": values.choice("source", (NETWORK, EXPERIMENT)),
            "case": values.choice("case", tuple(CASES)), "digit": values.integer("digit", 0, MAX_DIGIT)}
    values.done()
    return read


def _spin_range(box):
    return box.minimum(), box.maximum()


def _init_std(values, raw, limits):
    """A name ("xavier", "he") when the scene has text, else a number in the std box's range."""
    if isinstance(raw, str):
        return values.choice("weight_init_std", INIT_NAMES)
    return values.number("weight_init_std", *limits)


def _optimizer_params(raw, name):
    """The settings of optimizer name (its defaults where the scene has none), checked by the optimizer."""
    params = SceneValues(raw, "optimizer_params")
    hyper = {key: params.number(key, 0.0, 1.0, default=value) for key, value in SETTINGS[name].items()}
    params.done()
    try:
        make_optimizer(name, **hyper)
    except ValueError as exc:
        raise SceneError(Message("{key}: {problem}", key="optimizer_params",
                                 problem=message_of(exc) or str(exc))) from None
    return hyper


def read(panel, scene):
    """The checked values of a scene (SceneError naming the first bad one); changes nothing."""
    if not isinstance(scene, dict):
        SceneValues(scene)               # refuses it, saying what it is instead
    rest = dict(scene)
    raw_params = rest.pop("optimizer_params", {})
    layers = _read_layers(rest.pop("layers", None))
    values = SceneValues(rest)
    ints = {"iters_num": panel.iters, "batch_size": panel.batch, "hidden_size": panel.hidden,
            "seed": panel.seed, "train_size": panel.train_size}
    checked = {key: values.integer(key, *_spin_range(box)) for key, box in ints.items()}
    checked["learning_rate"] = values.number("learning_rate", *LR_RANGE)
    checked["weight_init_std"] = _init_std(values, scene.get("weight_init_std"), _spin_range(panel.init_std))
    checked["gradient"] = values.choice("gradient", GRADIENTS)
    checked["dtype"] = values.choice("dtype", DTYPES)
    checked["sampling"] = values.choice("sampling", SAMPLINGS)
    # the lab's settings: a scene without them is the book's network
    checked["hidden_layers"] = values.integer("hidden_layers", *_spin_range(panel.lab.layers),
                                              default=BOOK["hidden_layers"])
    checked["activation"] = values.choice("activation", tuple(ACTIVATIONS), default=BOOK["activation"])
    checked["optimizer"] = values.choice("optimizer", tuple(OPTIMIZERS), default=BOOK["optimizer"])
    checked["weight_decay"] = values.number("weight_decay", 0.0, MAX_DECAY, default=BOOK["weight_decay"])
    checked["tab"] = values.choice("tab", TABS, default="curves")
    speed = values.choice("speed", SPEEDS)
    smooth = values.boolean("smooth")
    values.done()
    checked["optimizer_params"] = _optimizer_params(raw_params, checked["optimizer"])
    checked["layers"] = layers
    return checked, speed, smooth


def restore(section, scene):
    """Check every value, then set the controls (the current run is reset, as a preset does)."""
    panel = section.panel
    checked, speed, smooth = read(panel, scene)
    tab, layers = checked.pop("tab"), checked.pop("layers")
    section.reset()
    panel.set_values(checked)
    panel.speed.setValue(SPEEDS.index(speed))
    panel.smooth.setChecked(smooth)
    section._show_initial_network()
    section.preview_axes()
    view = section.layers
    view.set_source(layers["source"])
    view.set_case(layers["case"])
    # before MNIST is read the digit box allows only 0: it is widened to the scene's digit
    view.digit_spin.setMaximum(max(view.digit_spin.maximum(), layers["digit"]))
    view.digit_spin.setValue(layers["digit"])
    view.set_page(LAYER_PAGES[layers["page"]])
    section.tabs.setCurrentIndex(TABS.index(tab))

"""engine.loss_demos against engine.losses and the book's printed numbers."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import loss_demos as ld
from engine.functions import softmax
from engine.labels import one_hot
from engine.losses import DELTA, cross_entropy_error, mean_squared_error
from engine.networks import TwoLayerNet


@pytest.mark.parametrize("y, key, mse, ce", [
    (ld.BOOK_Y1, "book-example-1", 0.0975, 0.5108),
    (ld.BOOK_Y2, "book-example-2", 0.5975, 2.3026),
])
def test_book_examples_match_the_printed_numbers(y, key, mse, ce):
    r = ld.output_losses(np.array(y), ld.BOOK_T)
    assert f"{r.mse:.4f}" == f"{mse:.4f}" and f"{r.ce:.4f}" == f"{ce:.4f}"
    assert "%.17g" % r.mse == ld.BOOK_PRINTED[key]["mse"]
    assert "%.17g" % r.ce == ld.BOOK_PRINTED[key]["ce"]


def test_terms_sum_to_the_losses_and_only_the_label_term_is_nonzero():
    y = np.array(ld.BOOK_Y2)
    r = ld.output_losses(y, 7)
    assert r.squared_terms.sum() == pytest.approx(r.mse)
    assert r.ce_terms.sum() == pytest.approx(r.ce)
    assert np.flatnonzero(r.ce_terms).tolist() == [7]
    assert r.ce == pytest.approx(-np.log(0.6 + DELTA))


def test_yt_zero_gives_the_guarded_value_not_infinity():
    y = np.array(ld.BOOK_Y2)
    y = ld.set_probability(y, 2, 0.0)
    r = ld.output_losses(y, 2)
    assert np.isfinite(r.ce) and r.ce == pytest.approx(-np.log(1e-7)) and 16.1 < r.ce < 16.2


def test_one_hot_output_gives_nearly_zero_losses():
    y = one_hot(4)
    r = ld.output_losses(y, 4)
    assert r.mse == 0.0
    # the guard makes a perfect answer's loss slightly negative: -log(1 + 1e-7) ≈ -1e-7
    assert r.ce == -np.log(1 + DELTA) and -1e-6 < r.ce < 0


def test_set_probability_keeps_a_probability_vector_and_the_ratios():
    y = np.array(ld.BOOK_Y1)
    new = ld.set_probability(y, 2, 0.9)
    assert new[2] == 0.9 and new.sum() == pytest.approx(1.0) and (new >= 0).all()
    assert new[0] / new[1] == pytest.approx(y[0] / y[1])
    # all others zero: the rest is shared equally
    spread = ld.set_probability(one_hot(3), 3, 0.1)
    assert spread.sum() == pytest.approx(1.0) and spread[0] == pytest.approx(0.1)


@pytest.mark.parametrize("bad, words", [(-0.1, "negative"), (1.5, "larger than 1"),
                                        (float("nan"), "NaN"), ("abc", "not a number")])
def test_bad_probabilities_are_refused_with_a_message(bad, words):
    with pytest.raises(ValueError, match=words):
        ld.set_probability(np.array(ld.BOOK_Y1), 2, bad)


@pytest.mark.parametrize("bad", [float("inf"), float("nan"), 1e6, "x"])
def test_bad_logits_are_refused(bad):
    with pytest.raises(ValueError):
        ld.check_logit(bad)


def test_logits_reproduce_the_probabilities():
    y = np.array([0.1, 0.2, 0.3, 0.4, 0, 0, 0, 0, 0, 0])
    back = softmax(ld.logits_from_probabilities(y))
    assert np.allclose(back, y, atol=1e-3)            # zeros become about 1e-4
    assert back[1] / back[0] == pytest.approx(2.0)    # the ratios of the others stay exact
    assert np.allclose(softmax(ld.logits_from_probabilities(np.full(10, 0.1))), 0.1)


def test_draw_batch_is_np_random_choice_with_replacement():
    mask = ld.draw_batch(60000, 10, seed=5)
    np.random.seed(5)
    assert mask.tolist() == np.random.choice(60000, 10).tolist()
    full = ld.draw_batch(20, 20, seed=1)   # with replacement: repeats are expected
    assert full.size == 20 and full.max() < 20 and len(set(full.tolist())) < 20
    assert ld.draw_batch(60000, 10, 6).tolist() != mask.tolist()


@pytest.mark.parametrize("bad", [0, -3, 60001, 2.5, float("nan"), "ten"])
def test_bad_batch_sizes_are_refused(bad):
    with pytest.raises(ValueError):
        ld.draw_batch(60000, bad, 0)


def test_batch_losses_label_and_one_hot_forms_agree():
    rng = np.random.default_rng(0)
    x = rng.random((7, 784))
    t = rng.integers(0, 10, 7)
    net = TwoLayerNet(784, 20, 10, weight_init_std=1.0, seed=1)
    r = ld.batch_losses(net, x, t)
    assert r.mean_label == r.mean_one_hot
    assert r.per_sample.mean() == pytest.approx(r.mean_label)
    assert r.mean_label == pytest.approx(cross_entropy_error(net.predict(x), t))
    # picking rows by index, a few at a time, gives the same numbers
    mask = np.array([3, 3, 0, 6, 1])
    picked = ld.batch_losses(net, x, t, mask, chunk=2)
    direct = ld.batch_losses(net, x[mask], t[mask])
    assert np.allclose(picked.per_sample, direct.per_sample)
    assert picked.mean_label == pytest.approx(direct.mean_label)


def test_tile_images_places_each_image():
    images = np.stack([np.full(784, i, dtype=np.float32) for i in range(5)])
    mosaic = ld.tile_images(images, columns=3)
    assert mosaic.shape == (2 * 29, 3 * 29)
    assert mosaic[0, 0] == 0 and mosaic[0, 29] == 1 and mosaic[29, 29] == 4 and mosaic[29, 60] == 0


def test_weight_sweep_accuracy_is_a_staircase_and_loss_is_smooth():
    net, x, t = ld.toy_problem()
    before = {k: v.copy() for k, v in net.params.items()}
    s = ld.weight_sweep(net, x, t, "W1[0,0]", np.linspace(-8, 8, 401))
    for k in before:   # the network is put back
        assert np.array_equal(before[k], net.params[k])
    levels = np.unique(s.accuracy)
    assert len(levels) >= 4 and np.allclose(levels * len(t), np.round(levels * len(t)))   # multiples of 1/N
    assert np.mean(s.d_accuracy == 0) > 0.95          # flat almost everywhere
    assert np.mean(s.d_loss != 0) > 0.95               # the loss always moves
    # the central-difference slope of the loss agrees with the slope of the sampled curve
    assert np.allclose(s.d_loss[1:-1], np.gradient(s.loss, s.w)[1:-1], atol=0.02)


def test_weight_sweep_restores_the_weight_even_when_predict_fails():
    net, x, t = ld.toy_problem()
    original = net.params["W2"][0, 0]
    with pytest.raises(ValueError):
        ld.weight_sweep(net, x[:, :1], t, "W2[0,0]", [0.0, 1.0])   # wrong input width
    assert net.params["W2"][0, 0] == original


def test_step_and_sigmoid_slopes():
    x = np.array([-2.0, -0.5, 0.5, 2.0])
    step, sig, d_step, d_sig = ld.step_and_sigmoid(x)
    assert step.tolist() == [0, 0, 1, 1] and (d_step == 0).all()
    assert (d_sig > 0).all() and d_sig[1] == pytest.approx(sig[1] * (1 - sig[1]))


def test_mse_matches_engine_for_random_outputs():
    rng = np.random.default_rng(3)
    for _ in range(20):
        y = softmax(rng.standard_normal(10) * 3)
        label = int(rng.integers(10))
        r = ld.output_losses(y, label)
        assert r.mse == mean_squared_error(y, one_hot(label))
        assert r.ce == cross_entropy_error(y, one_hot(label))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=10, max_size=10), st.integers(0, 9), st.floats(0, 1))
def test_set_probability_always_returns_a_probability_vector(raw, k, value):
    y = np.array(raw)
    y = y / y.sum() if y.sum() > 0 else np.full(10, 0.1)
    new = ld.set_probability(y, k, value)
    assert new[k] == value and (new >= 0).all() and new.sum() == pytest.approx(1.0)
    r = ld.output_losses(new, k)
    assert np.isfinite(r.ce) and r.ce <= -np.log(ld.DELTA) + 1e-12

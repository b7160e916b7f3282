"""The correct answer t in its two forms (engine.labels): labels and one-hot rows."""
import numpy as np

from engine.labels import as_labels, label_of, one_hot


def test_labels_and_one_hot_round_trip():
    labels = np.array([7, 2, 1, 0])
    t = one_hot(labels)
    assert t.shape == (4, 10) and t.dtype == np.float64 and t.sum() == 4
    np.testing.assert_array_equal(as_labels(t), labels)
    np.testing.assert_array_equal(as_labels(labels), labels)
    assert as_labels(labels).dtype == np.intp
    assert one_hot(labels, 10, np.float32).dtype == np.float32


def test_one_sample():
    np.testing.assert_array_equal(one_hot(2, 3), [0, 0, 1])       # simpleNet's t
    assert label_of([0, 0, 1]) == 2 and label_of(2) == 2 and label_of(np.int64(1)) == 1

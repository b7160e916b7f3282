"""Gradient Lab's data files: MNIST (mnist/), the compiled translations (i18n/*.qm) and the icons.

A package only so that `pip install .` carries these files into site-packages next
to engine/ and gui/, which find them as ``<their parent>/resources``, the same
place as in a source checkout and in the bundle.
"""

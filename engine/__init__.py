"""The chapter's mathematics in pure NumPy: no Qt is imported anywhere in here."""

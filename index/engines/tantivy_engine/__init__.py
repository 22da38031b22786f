"""The tantivy engine, the default: a native inverted index (see base.py)."""

"""The Whoosh engine: pure Python, complete, slower at archive scale (see base.py)."""

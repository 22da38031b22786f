"""The indexer: read articles, analyse them, extract facets and write a Whoosh index.

Nothing in this package imports ``search``; the query side reads the index on disk
and calls the pure functions here (name keys, passage splitting, the analyzer).
"""

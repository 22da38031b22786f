"""The query side: open an index, parse a query, rank passages, count facets.

``search.engine.search`` returns a ``SearchResponse`` of frozen dataclasses; the
renderers turn it into terminal text or JSON, and ``search.cli`` is the only
module that knows about the command line.
"""

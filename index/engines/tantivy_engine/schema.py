"""The tantivy schema of the index fields.

Text fields receive the terms ``index.analysis`` made, joined by spaces, which the
white-space tokenizer registered for them splits again; it is registered on every
open because tantivy does not store tokenizers in the index. Keyword
fields are raw terms with a fast column (facet counts are tantivy
aggregations); numbers and dates are fast columns too (ranges, sorting). One
extra document, marked in the META field, holds the id of the commit.
"""

from __future__ import annotations

from typing import Any

import tantivy

from index.store.schema import FIELDS, ID_FIELD, Kind

RECORD = "record"  # the stored article, as JSON bytes (index.records.StoredArticle)
META = "meta"  # "commit" in the one document that carries the commit id
TEXT_TOKENIZER = "news"


def build_schema() -> Any:
    builder = tantivy.SchemaBuilder()
    builder.add_bytes_field(RECORD, stored=True, indexed=False)
    builder.add_text_field(META, stored=False, tokenizer_name="raw", index_option="basic")
    for name, kind in FIELDS.items():
        if kind is Kind.ID:
            builder.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
        elif kind is Kind.TEXT:
            builder.add_text_field(name, tokenizer_name=TEXT_TOKENIZER, index_option="position")
        elif kind is Kind.KEYWORD:
            builder.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
        elif kind is Kind.TOKEN:
            builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
        elif kind is Kind.NUMBER:
            builder.add_integer_field(name, indexed=True, fast=True)
        elif kind is Kind.DATE:  # a day number (date.toordinal): tantivy's own dates
            builder.add_integer_field(name, indexed=True, fast=True)  # stop at 1677 and 2262
    assert ID_FIELD in FIELDS
    return builder.build()


def register_tokenizer(index: Any) -> None:
    """The text fields' tokenizer: white space. The writer hands a text field its
    terms joined by spaces (``writer.tantivy_document``), which this splits into the
    same terms at positions 0, 1, 2...; searches never run it (queries are built of
    terms). Indexes written before it handed over pre-tokenised text only, so any
    index opens with it."""
    analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
    index.register_tokenizer(TEXT_TOKENIZER, analyzer)

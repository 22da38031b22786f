"""The Whoosh schema: field names shared by the writer and the query side."""

from __future__ import annotations

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.analysis import news_analyzer

SCHEMA_VERSION = 10

ID_FIELD = "id"
TITLE = "title"
BODY = "body"
SOURCE = "source"  # lower-cased source name, for filtering and facets
PUBLISHED = "published"  # a stated publication date (record field or text)
MONTH = "month"  # "YYYY-MM" bucket of the stated publication date
QUOTE_TEXT = "quote_text"  # every quotation of an article, for quote search
SPEAKER = "speaker"  # person ids of the named speakers of its quotations
ESTIMATED = "estimated"  # an estimated date (mentioned dates, else file time)
ANY_MONTH = "any_month"  # month of the stated or else the estimated date
# Mentioned dates by granularity: "YYYY-MM-DD", "YYYY-MM", "YYYY" terms.
MENTION_FIELDS = {"day": "mention_day", "month": "mention_month", "year": "mention_year"}
PLACE = "place"
PERSON = "person"
ORG = "org"
ENTITY_FIELDS = {"PLACE": PLACE, "PERSON": PERSON, "ORG": ORG}
# The distinct ISO country codes of an article's places (a country is a place of its own).
COUNTRY = "country"
# The same for an article's main places only (index.extract.salience): the places it is about.
MAIN_PLACE = "main_place"
MAIN_COUNTRY = "main_country"
# The key of the main place ids in the stored "entities" field (beside "PLACE", ...).
MAIN_PLACE_KIND = "MAIN_PLACE"
# Winnowed shingle hashes of the body (index.fingerprints), for finding reprints.
FINGERPRINTS = "fingerprints"
# Fields users may name in a query ("title:syria"), mapped to schema fields.
QUERY_FIELDS = {
    "title": TITLE,
    "body": BODY,
    "text": BODY,
    "source": SOURCE,
    "place": PLACE,
    "person": PERSON,
    "org": ORG,
    "id": ID_FIELD,
}
# Stored only: what the search side shows.
STORED_FIELDS = (
    "source_name",
    "url",
    "dateline",
    "path",
    "line",
    "date_source",
    "metadata",
    "entities",
    "tallies",
    "dates",
    "quotes",
)


def facet_field(field: str, main_places: bool) -> str:
    """The field that answers for ``field`` (place, country, or any other): with
    main_places, place and country read the main places' fields."""
    if main_places:
        return {PLACE: MAIN_PLACE, COUNTRY: MAIN_COUNTRY}.get(field, field)
    return field


def build_schema() -> Schema:
    analyzer = news_analyzer()
    # Sortable: each document's ids are also kept in a column, for facet counts.
    entity = {"commas": True, "lowercase": False, "scorable": False, "sortable": True}
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        hash=ID(sortable=True),
        file=ID(sortable=True),
        title=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        body=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        source=ID(sortable=True),
        published=DATETIME(stored=True, sortable=True),
        month=ID(sortable=True),
        estimated=DATETIME(stored=True, sortable=True),
        any_month=ID(sortable=True),
        mention_day=KEYWORD(commas=True, scorable=False, lowercase=False),
        mention_month=KEYWORD(commas=True, scorable=False, lowercase=False),
        mention_year=KEYWORD(commas=True, scorable=False, lowercase=False),
        quote_text=TEXT(analyzer=analyzer, multitoken_query="phrase"),
        speaker=KEYWORD(**entity),
        place=KEYWORD(**entity),
        person=KEYWORD(**entity),
        org=KEYWORD(**entity),
        country=KEYWORD(**entity),
        main_place=KEYWORD(**entity),
        main_country=KEYWORD(**entity),
        fingerprints=KEYWORD(scorable=False, lowercase=False),
        **{name: STORED() for name in STORED_FIELDS},
    )

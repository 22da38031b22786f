"""The index's fields, engine-neutral: names shared by the writer, the engines and
the query side, and what kind of field each is (each engine maps the kinds onto
its own field types in ``index.engines``)."""

from __future__ import annotations

from enum import Enum

SCHEMA_VERSION = 16  # 10: the engine seam, JSON records; 11: name keys that keep look-alikes
# apart; 12: tantivy keeps days as numbers (its dates end at 1677 and 2262); 13: acronyms
# that cannot be said keyed as spelled ("CNN" is not "KHN"); 14: a quotation's speaker is
# a person only, a group or a description is stored apart (Quotation.attribution); 15: the
# tables count each source's paragraphs (index.site_furniture), which an update adds to;
# 16: a page's longest paragraph is its story's and is not counted (an update of a format
# 15 index would take away counts it never added)


class Kind(Enum):
    ID = "id"  # one exact value per article, unique: the article id
    TEXT = "text"  # analysed text (index.analysis), with positions; scored
    KEYWORD = "keyword"  # exact values, several per article; counted by facets
    TOKEN = "token"  # exact values, several per article; looked up, never counted
    NUMBER = "number"  # whole numbers, several per article; ranges
    DATE = "date"  # a day; ranges, sorting, facet months come from it


ID_FIELD = "id"
TITLE = "title"
BODY = "body"
QUOTE_TEXT = "quote_text"  # every quotation of an article, for quote search
SOURCE = "source"  # lower-cased source name, for filtering and facets
PUBLISHED = "published"  # a stated publication date (record field or text)
ESTIMATED = "estimated"  # an estimated date (mentioned dates, else file time)
MONTH = "month"  # "YYYY-MM" bucket of the stated publication date
ANY_MONTH = "any_month"  # month of the stated or else the estimated date
SPEAKER = "speaker"  # person ids of the named speakers of its quotations
# Mentioned dates by granularity, as numbers: YYYYMMDD, YYYYMM, YYYY.
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
# The key of the main place ids in a stored article's entities (beside "PLACE", ...).
MAIN_PLACE_KIND = "MAIN_PLACE"
# Winnowed shingle hashes of the body (index.fingerprints), for finding reprints.
FINGERPRINTS = "fingerprints"

FIELDS: dict[str, Kind] = {
    ID_FIELD: Kind.ID,
    TITLE: Kind.TEXT,
    BODY: Kind.TEXT,
    QUOTE_TEXT: Kind.TEXT,
    SOURCE: Kind.KEYWORD,
    PUBLISHED: Kind.DATE,
    ESTIMATED: Kind.DATE,
    MONTH: Kind.KEYWORD,
    ANY_MONTH: Kind.KEYWORD,
    SPEAKER: Kind.KEYWORD,
    PLACE: Kind.KEYWORD,
    PERSON: Kind.KEYWORD,
    ORG: Kind.KEYWORD,
    COUNTRY: Kind.KEYWORD,
    MAIN_PLACE: Kind.KEYWORD,
    MAIN_COUNTRY: Kind.KEYWORD,
    FINGERPRINTS: Kind.TOKEN,
    **{name: Kind.NUMBER for name in MENTION_FIELDS.values()},
}
TEXT_FIELDS = tuple(name for name, kind in FIELDS.items() if kind is Kind.TEXT)
# Fields users may name in a query ("title:syria"), mapped to index fields.
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


def facet_field(field: str, main_places: bool) -> str:
    """The field that answers for ``field`` (place, country, or any other): with
    main_places, place and country read the main places' fields."""
    if main_places:
        return {PLACE: MAIN_PLACE, COUNTRY: MAIN_COUNTRY}.get(field, field)
    return field

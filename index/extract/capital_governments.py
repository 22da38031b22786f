"""A capital named for its country's government: "Washington urged Tokyo to act".

News copy names a government by its capital: "Washington has threatened to retaliate",
"talks between Washington and Tehran", "relations with Moscow". Such a mention is not
the city, and a place value that holds it is one an editor cannot trust ("Washington"
would hold every article on American trade policy). A national capital
(``index/data/capitals.tsv``) resolved to that city is read as its country where:

- a verb of speaking, deciding or acting as a state (:mod:`index.extract.state_acts`,
  any of its forms) follows it (or follows another name joined to it: "Moscow
  and Tehran deny it"), the mention opening its clause ("Washington said", "Tokyo has
  agreed", "on terms Washington considers", "New Delhi initially rebuffed", "Beijing
  unveiled", and a verb's plain form after a modal or a suggestion: "Delhi should
  avoid", "we suggest Washington engage"); not a place's passive ("Paris was bombed"),
  a plural verb after one name (a team's: "If Madrid do not want"), a verb's -s form
  that is also a noun's plural, or its -ing form, before what no verb takes ("Tehran
  protests spread", "Bangkok bombing suspects"), nor a list ("Oslo and Stockholm
  offer"); not after a word that
  puts something in the city ("officials in Washington said", "spokesmen in New York
  and Washington said") or makes it an example of places ("states like Washington
  not considered a battleground"), nor as a word of a longer one ("Tokyo-based");
- it is a side of relations between governments: "talks between Washington and
  Tehran", "relations with Moscow", "pressure from Washington", "no comment from
  Washington", "mistrust between Dhaka and Delhi", "Dhaka–Delhi relations", or a
  government among its allies ("Washington and its allies");
- it is the agent of a government's act in the passive ("sanctions imposed by
  Washington", "a freedom subverted by Beijing", "considered again by Washington"), or
  the object of one, with what it is blamed or asked for after it ("Moscow blames Kyiv
  for the attacks", "accused Moscow of", "urged Tokyo to act", "expecting Colombo to be
  balanced", "pressing Washington into", "wanted Moscow to"), or of a stance or
  pressure ("pressure on Moscow", "a milder stance towards Beijing", "impatience at
  Moscow", "make clear to Moscow", "spying for Moscow");
- its possessive owns what only a state has, or decides, up to two qualifying words
  between: "Beijing's sphere of influence", "Moscow's envoy", "Washington's foreign
  policy", "New Delhi's support", "Washington's rivals", "Moscow's recent withdrawal",
  "Beijing's approval" (not "Tokyo's mayor", "London's hospitals"); "in Beijing's view";
- it names the political class: "the Washington establishment", "Washington insiders",
  "Washington's political class".

A sports report's capitals are left alone: there "a deal with Ottawa" is with the
town's club. The mention then takes the country's id and name: the first country of the capital's
row unless the article names another of them (Moscow: Russia, or the Soviet Union).
Everything else about the city is left as it was: datelines, "in Washington", "the
Washington office". Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from functools import cache

from index.extract.gazetteer import CITY, Place, data_rows, load_gazetteer
from index.extract.region_sense import SPORTS_REPORT
from index.extract.state_acts import FINITE_FORMS, NOUN_FORMS, PLAIN_FORMS, alternation
from index.extract.weekdays import WEEKDAY_NAMES
from index.months import MONTH_NAMES
from index.names import fold_text
from index.records import PLACE, Mention

#: Words between a subject and its verb: auxiliaries, modals and adverbs ("has
#: repeatedly denied", "would have to make", "has gradually been chipping").
_AUXILIARY = (
    r"(?:(?:has|have|had|will|would|could|can|may|might|must|should|shall|is|was|are|were|"
    r"be|been|being|do|did|does|not|never|also|now|still|then|again|already|since|later|"
    r"(?:has|have|had|needs?|ought|is|was|going|able)\s+to|[a-z]+ly)\s+)*"
)
#: A verb of a state's act after a capital: the auxiliaries, the verb, the word after it.
_VERB_AFTER = re.compile(
    r"\s+(?P<aux>"
    + _AUXILIARY
    + r")(?P<verb>"
    + alternation(PLAIN_FORMS | FINITE_FORMS)
    + r")\b(?:\s+(?P<next>[\w'’]+))?"
)
_BE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s")
#: Acts whose passive has a place for its subject: "Paris was bombed", "Kyiv was struck".
_PLACE_PASSIVES = frozenset(
    "bombed attacked struck invaded annexed blockaded built blocked hit deployed".split()
)
#: A plural verb after one name is a team's ("If Madrid do not want me", "Leeds have
#: signed"); a government is singular ("Moscow does not want").
_PLURAL_AUX = re.compile(r"(?:do|have|are|were)\s")
#: A name and a comma before: a list of places ("Glasgow, Oslo and Stockholm offer").
_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+(?:[A-Z][\w'’-]*\s+and\s+)?$")
#: What a verb takes after it, telling "Tehran protests the sale" from "Tehran protests spread".
_OBJECT_WORDS = frozenset(
    "the a an that it its their his her this these those to against over on for with any "
    "no all more new what whether in up".split()
)
#: A plain form needs what makes it finite: "We suggest that Washington engage Bogota".
_SUBJUNCTIVE_BEFORE = re.compile(
    r"\b(?:suggest|recommend|propose|urge|insist|ask|request|demand)(?:s|ed|ing)?\s+"
    r"(?:that\s+)?$"
)
#: What a government ought to do, any verb after: "New Delhi should go a step further".
_MODAL_AFTER = re.compile(
    r"\s+(?:(?:also|now|still|first)\s+)?(?:should|must|ought\s+to|needs?\s+to)\s+"
    r"(?:(?:not|also|now|first)\s+)?[a-z]"
)
# A word that puts the name in the city, or makes it part of a longer name, before it.
_PLACE_WORDS = (
    r"in|at|from|to|near|outside|around|across|into|through|toward|towards|via|of|for|"
    r"on|by|the|a|an|based|like|including|such\s+as|de|du|des|di|del|della"
)
#: Capitalised words that open a clause, not a longer name ("After Washington overthrew").
_OPENERS = (
    "(?:After|When|If|Since|But|And|As|While|Because|Although|Though|Then|So|Yet|Now|Until|"
    "Unless|Once|Before|Where|Why|How|That|Instead|Meanwhile|Still|Today|Yesterday)"
)
_PLACED_BEFORE = re.compile(
    rf"(?:\b(?:{_PLACE_WORDS})|[-'’]|(?!{_OPENERS}\b)[A-Z][\w'’-]*"
    rf"|\b(?:{_PLACE_WORDS})\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,?\s+(?:and|or))\s+$"
)
#: A comma that closes a phrase opening the sentence, not a list's ("However, Moscow and
#: Tehran deny it", "On Monday, Moscow and", "In Geneva, Moscow and"): an opening word, a day
#: or month, or a capitalised preposition's phrase (a preposition is capitalised only there).
_OPENING_COMMA = re.compile(
    rf"(?:\b{_OPENERS}|\b(?:However|Moreover|Separately|Earlier|Later|Nevertheless|Indeed|"
    rf"Previously|Similarly|Likewise|{'|'.join(WEEKDAY_NAMES)}|"
    # not "May", also a name: "Theresa May, Moscow and Tehran" is a list
    rf"{'|'.join(n for n in MONTH_NAMES if n != 'May')})"
    r"|\b(?:In|On|At|From|After|Before|Since|During|Until|Throughout)\s+(?:[\w'’-]+\s+){0,2}"
    r"[A-Z][\w'’-]*),\s+(?:[A-Z][\w'’-]*\s+and\s+)?$"
)
_COMPOUND_AFTER = re.compile(r"[-–/'’]")
_SIDE_BEFORE = re.compile(
    r"\b(?i:relations|ties|talks|negotiations|dialogue|dispute|row|rift|standoff|"
    r"tensions|pressure|demands|concessions|deal|accord|agreement|links|contacts|"
    r"comment|response|reaction|relationship|cooperation|partnership|alliance|mistrust|"
    r"distrust|suspicion|friction|rapprochement|thaw|confrontation|rivalry|engagement)\s+"
    r"(?:with|from|between)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+)?$"
)
#: A government and its allies: "frozen by Washington and its allies".
_ALLIES_AFTER = re.compile(r"\s+and\s+(?:its|their)\s+(?:allies|partners)\b")
#: A government's act in the passive before it: "sanctions imposed by Washington".
_AGENT_BEFORE = re.compile(
    r"\b(?:imposed|subverted|sanctioned|backed|supported|opposed|rejected|approved|"
    r"condemned|criticised|criticized|accused|threatened|pressured|demanded|proposed|"
    r"blocked|frozen|ordered|recognised|recognized|controlled|funded|brokered|dictated|"
    r"vetoed|welcomed|annexed|occupied|invaded|expelled|banned|blacklisted|"
    # acts a government is the agent of, an adverb between: "being considered again by Washington"
    r"designed|considered|trampled|denounced|adopted|endorsed|installed|appointed|"
    r"engineered|orchestrated|sponsored|financed|armed|requested|sought|ruled|governed)"
    r"(?:\s+(?:again|[a-z]+ly))?\s+by\s+$"
)
#: What only a state has, after the capital's possessive: "Beijing's sphere of influence".
#: Up to two words that qualify the noun after it, a quotation mark before them: "Moscow's
#: "excessive use of force"", "Beijing's increasingly robust naval presence"; not a word of
#: the city's own tier, whose response or leadership is the city's ("London's local
#: response", "Tokyo's municipal leadership").
_QUALIFIERS = (
    r"[\"“‘']?(?:(?!(?:local|municipal|civic|metropolitan|city|urban)\b)"
    r"(?:own|new|latest|long-standing|foreign|military|nuclear|economic|trade|diplomatic|"
    r"recent|robust|tough|hard|harsh|[a-z]+(?:ly|al|ive|ent|ant|ous|ful|ist))"
    r"\s+){0,2}"
)
_STATE_OWNS_AFTER = re.compile(
    r"['’]s?\s+" + _QUALIFIERS + r"(?:sphere|influence|policy|policies|stance|envoy|envoys|"
    r"ambassador|diplomats?|diplomacy|regime|sanctions|allies|military|troops|army|"
    r"intervention|interventions|empire|strategy|agenda|crackdown|propaganda|ambitions|"
    r"demands|bidding|blessing|grip|satellites?|proxies|territorial|political\s+class|"
    r"establishment|elites?|insiders|bureaucracy|swamp|forces|armed\s+forces|air\s+power|"
    r"navy|air\s+force|invasion|annexation|warplanes|missiles|support|backing|interests|"
    r"overtures|involvement|hostility|anger|rivals|adversaries|enemies|relations|ties|"
    r"objections|refusal|reluctance|policymakers|policy-makers|"
    # a state's decisions, stances and arms
    r"approval|recognition|withdrawal|decisions?|response|reaction|tone|rhetoric|"
    r"participation|attacks|aggression|motivations|motives|intentions|threats|warnings|"
    r"accusations|condemnation|denials?|insistence|retaliation|concessions|leadership|"
    r"negotiators|decision-makers|fleet|presence|movers\s+and\s+shakers|politics|"
    r"use\s+of\s+(?:military\s+)?force)\b"
)
#: "in" as a word of its own just before the name ("in Beijing's view"; not "within").
_IN_BEFORE = re.compile(r"\b[Ii]n $")
#: Its opinion, after "in": "in Beijing's view".
_VIEW_AFTER = re.compile(r"['’]s?\s+(?:view|opinion|eyes|estimation)\b")
#: A name and "in" or "at" before a possessive: the possessive is the longer name's ("the
#: U.S. Embassy in Cairo's response"), not after a common noun ("a shift in Beijing's policy").
_NAME_IN_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+(?:in|at)\s+$")
#: A government as the object of a stance or pressure: "pressure on Moscow", "a harder
#: line towards Beijing", "impatience at Moscow", "make clear to Moscow", "spying for".
_STANCE_BEFORE = re.compile(
    r"\b(?:(?i:pressure|sanctions|stance|policy|policies|attitude|approach|hostility|"
    r"impatience|anger|frustration|message|signal|warning|overtures|appeal|ultimatum|"
    r"posture)\s+(?:on|towards?|at|to|against)|(?i:line)\s+(?:on|towards?|against)|"
    # a line "to" a city is a railway's ("the new rail line to Moscow")
    r"ma(?:ke|kes|de|king)\s+(?:it\s+)?"
    r"clear\s+to|sp(?:y|ies|ied|ying)\s+(?:for|on))\s+$"
)
#: The political class named by its capital: "the Washington establishment".
_CLASS_AFTER = re.compile(
    r"\s+(?:insiders?|elites?|establishment|neocons?|political\s+class|bureaucracy|"
    r"bureaucrats|swamp|power\s+brokers)\b"
)
#: A government as the object of another's act, then what it is blamed or asked for:
#: "Moscow blames Kyiv for the attacks", "accused Moscow of placing", "urged Tokyo to act".
_ACT_BEFORE = re.compile(
    r"\b(?:blames?|blamed|blaming|accuse[sd]?|accusing|punish(?:es|ed|ing)?|urge[sd]?|"
    r"urging|press(?:es|ed)?|pressured?|warned|warns|sanction(?:s|ed)?|condemn(?:s|ed)?|"
    r"critici[sz]e[sd]?|called\s+on|calls\s+on|expect(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"persuade[sd]?|persuading|convince[sd]?|convincing|force[sd]?|forcing|"
    r"pressing|push(?:es|ed|ing)?|wants?|wanted|wanting)\s+$"
)
#: Another capitalised name the verb after both is of: "Moscow and Tehran deny it".
_AND_NAME = re.compile(r"\s+and\s+[A-Z][\w'’-]*(?=\s)")
_NAME_AND_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+and\s+$")
_ACT_AFTER = re.compile(r"\s+(?:for|of|to|over|into)\b")
#: Relations named by two governments' capitals joined: "Dhaka–Delhi relations".
_RELATIONS = (
    r"\s+(?:(?:bilateral|diplomatic|strained|frosty)\s+)?(?:relations|ties|talks|dialogue|"
    r"relationship|rapprochement|rift|row|summit|standoff|thaw)\b"
)
_PAIR_AFTER = re.compile(r"[-–/]\s?[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?" + _RELATIONS)
_PAIR_BEFORE = re.compile(r"\b[A-Z][\w'’]*[-–/]\s?$")
_RELATIONS_AFTER = re.compile(_RELATIONS)
_REACH = 48  # characters looked at before a mention


def as_governments(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each capital named for its government as its country."""
    rows = capital_countries()
    governed = {
        id(m)
        for m in mentions
        if m.type == PLACE and _capital_row(m, rows) and _government(m, text)
    }
    if not governed or _sports_report(text):
        return mentions  # a sports report's capital is a club's town ("a deal with Ottawa")
    named = {m.entity_id for m in mentions if m.type == PLACE}
    return [_country_of(m, rows, named) if id(m) in governed else m for m in mentions]


def _sports_report(text: str) -> bool:
    """Two signs of a sports report (a score, a results line, a word only sports copy
    uses: :data:`index.extract.region_sense.SPORTS_REPORT`); one may be a range of
    figures in other copy ("a 20-25 billion dlr loan")."""
    found = SPORTS_REPORT.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def _capital_row(m: Mention, rows: dict[str, tuple[Place, ...]]) -> bool:
    """``m`` is a national capital, resolved to the city in its country."""
    countries = rows.get(m.name, ())
    return any(place.cc == m.country for place in countries)


def _government(m: Mention, text: str) -> bool:
    """The words around ``m`` make it its country's government (see the module)."""
    before = text[max(0, m.start - _REACH) : m.start]
    if _COMPOUND_AFTER.match(text, m.end):  # not "Tokyo-based"
        if _IN_BEFORE.search(before) and _VIEW_AFTER.match(text, m.end):
            return True  # "in Beijing's view"
        if _NAME_IN_BEFORE.search(before) and text[m.end] in "'’":
            return False  # "the Embassy in Cairo's early response": the embassy's
        return bool(_STATE_OWNS_AFTER.match(text, m.end) or _PAIR_AFTER.match(text, m.end))
    if _PAIR_BEFORE.search(before) and _RELATIONS_AFTER.match(text, m.end):
        return True  # "Dhaka–Delhi relations"
    if "\n\n" in before:
        before = before[before.rindex("\n\n") + 2 :]  # a caption above is no word of its name
    if _SIDE_BEFORE.search(before) or _ALLIES_AFTER.match(text, m.end):
        return True
    if _CLASS_AFTER.match(text, m.end) or _STANCE_BEFORE.search(before):
        return True
    if before.endswith("by ") and _AGENT_BEFORE.search(before):
        return True
    if _ACT_AFTER.match(text, m.end) and _ACT_BEFORE.search(before):
        return True
    pair = _AND_NAME.match(text, m.end)  # "Moscow and Tehran deny it"
    after = pair.end() if pair else m.end
    joined = bool(pair or _NAME_AND_BEFORE.search(before)) and not _listed(before)
    plain = joined or bool(_SUBJUNCTIVE_BEFORE.search(before))
    acts = _acts(_VERB_AFTER.match(text, after), plain, joined)
    acts = acts or bool(_MODAL_AFTER.match(text, after))
    return bool(acts) and not _PLACED_BEFORE.search(before)


def _listed(before: str) -> bool:
    """A name and a comma before the capital make it a list's, unless the comma closes a
    phrase opening the sentence (:data:`_OPENING_COMMA`)."""
    return bool(_LIST_BEFORE.search(before)) and not _OPENING_COMMA.search(before)


def _acts(found: re.Match[str] | None, plain: bool, joined: bool) -> bool:
    """``found`` (:data:`_VERB_AFTER`) is the capital's act: a finite verb, not a place's
    passive ("Paris was bombed"), nor plural after one name (``joined``: "Moscow and
    Tehran have"); a verb's -s form that is also a noun's plural, or its -ing form with no
    auxiliary, before what a verb takes ("Tehran protests the sale", not "Tehran protests
    spread", "the Bangkok bombing suspects"); a plain form after an auxiliary, another name
    ("Moscow and Tehran deny") or a suggestion (``plain``: "we suggest Washington act")."""
    if found is None:
        return False
    aux, verb = found["aux"], " ".join(found["verb"].split())
    if _PLURAL_AUX.match(aux) and not joined:
        return False
    if verb in FINITE_FORMS:
        if verb in _PLACE_PASSIVES and _BE.search(aux):
            return False
        bare = not aux and (verb in NOUN_FORMS or verb.endswith("ing"))
        return not bare or found["next"] in _OBJECT_WORDS
    return bool(aux) or plain


def _country_of(m: Mention, rows: dict[str, tuple[Place, ...]], named: set[str]) -> Mention:
    countries = rows[m.name]
    country = next((c for c in countries if c.entity_id in named), countries[0])
    return Mention(m.start, m.end, PLACE, m.text, country.entity_id, country.name, country.cc)


@cache
def capital_countries() -> dict[str, tuple[Place, ...]]:
    """Each capital, by the name the gazetteer shows for the city -> the countries it
    stands for, first the usual one."""
    gaz = load_gazetteer()
    out: dict[str, tuple[Place, ...]] = {}
    for capital, countries in data_rows("capitals.tsv"):
        places = tuple(gaz.candidates(fold_text(name))[0].place for name in countries.split("|"))
        ccs = {place.cc for place in places}
        cities = (c.place for c in gaz.candidates(fold_text(capital)) if c.place.kind == CITY)
        city = next((p for p in cities if p.cc in ccs), None)  # the best: New Delhi, not Delhi
        if city is not None:
            out[city.name] = places
    return out

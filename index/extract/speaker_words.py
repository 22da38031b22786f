"""The words and patterns of attribution: the verbs that report speech, the words
around a speaker's name, and the role words that describe a speaker. Used by
:mod:`index.extract.speakers` and :mod:`index.extract.quotes`."""

from __future__ import annotations

import re

VERBS = (
    "said says say told tells added adds stated states noted notes explained explains warned "
    "warns asked asks urged urges vowed vows tweeted tweets wrote writes announced announces "
    "declared declares insisted insists replied replies continued argued argues claimed claims "
    "commented conceded admitted acknowledged complained recalled cautioned predicted suggested "
    "stressed emphasised emphasized remarked responded observed pledged promised threatened "
    "agreed concluded quipped joked shouted testified posted countered maintained confirmed "
    "denied called described chanted saying retorted retorts recalls revealed reveals continues "
    "remembers acknowledges exclaimed scoffed fumed sneered lamented recounted assured enthused "
    "confided wondered mused asserted asserts boasted bragged reiterated protested laughed sang "
    "sings shouts pledges advised advises gushed raved confirms"
    # the present tense of verbs above, where it is no plural noun as well ('remarks')
    " concedes admits complains cautions predicts suggests emphasises emphasizes responds "
    "observes agrees concludes quips denies exclaims scoffs fumes laments "
    "recounts assures confides muses boasts brags reiterates gushes raves affirms affirmed"
).split()
# The verbs the name recogniser reads a speaker's surname by
# (:mod:`index.extract.quoted_people`); the speaker search reads these and more.
RECOGNISER_VERBS = tuple(VERBS)
VERBS += (
    # a present tense of a verb above that was missing ('The minister stresses ...,
    # stating'), and verbs of breaking into an exchange or of speaking low ('"...,"
    # Lee interjected', 'she whispers')
    " stresses interjected interjects whispered whispers"
    # a verb of stressing a point, as 'stressed' is ('"...," highlighted the minister')
    " highlighted highlights"
).split() + ["shot back", "fired back"]  # a reply in an exchange: '"No," Lee shot back'
# A word of a name in capitals and small letters: 'Bridenstine', not 'NASA'.
NAME_WORD = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*")
# Verbs that may come before their subject: '"...," said X'.
INVERTIBLE = (
    "said says added adds asked asks wrote writes explained explains noted notes warned warns "
    "continued continues replied replies insisted insists recalled recalls tweeted retorted "
    "quipped argued countered declared exclaimed responded stated cautioned confided commented "
    "observed remarked admitted conceded confirmed stressed announced suggested concluded joked "
    "claimed complained acknowledged predicted promised boasted agreed agrees exclaims "
    "quips argues admits concedes laughed mused muses"
)
RECOGNISER_INVERTIBLE = INVERTIBLE
INVERTIBLE += " interjected whispered highlighted"  # '"...," Lee interjected'


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` grouped by first letter ("a(?:dded|sked)|s(?:aid|ays)"),
    longest first within a group: the engine tries only the group of the letter it
    reads, not every word (half the time of a flat alternation over Reuters). Every
    use is followed by a word boundary, so it matches what the flat one does."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


VERB_ALT = _alternation(VERBS)
RECOGNISER_VERB_ALT = _alternation(list(RECOGNISER_VERBS))
INVERTIBLE_ALT = _alternation(INVERTIBLE.split())  # the verbs that may come before a speaker
RECOGNISER_INVERTIBLE_ALT = _alternation(RECOGNISER_INVERTIBLE.split())
SAYING = frozenset(VERBS)  # a phrase holding one is a clause, not a speaker's description
VERB = re.compile(rf"\b(?:[Aa]ccording to|{VERB_ALT})\b")
AUX = (
    r"(?:has|have|had|also|later|then|again|further|earlier|previously|once|would|will|"
    r"was quoted as|were quoted as|is quoted as|had earlier|has since|often|repeatedly|"
    r"frequently|recently|simply|finally|still|always|never|angrily|bluntly|quietly|flatly|"
    r"openly|publicly|privately|reportedly|allegedly|"
    # a reflexive or 'only' between a subject and its verb: 'X himself warned', 'the
    # mayor would only say'
    r"himself|herself|only|"
    # a phrase between a body and the 'to say' it goes on record with: 'the league went
    # on record to say'
    r"(?:went|goes|go|gone) on (?:the )?record to)"
)
TRAILING_AUX = re.compile(rf"(?:\s+{AUX})*\s*$")
# Where the phrase after a verb ends: a comma or other stop, or a full stop that is
# not a title's ('said lead author Dr. Ann Lee, of ...').
STOP = re.compile(
    r"[,;:!?\"“”\n()]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bGov)(?<!\bGen)(?<!\bCol)(?<!\bRev)(?<!\bProf)(?<!\bCapt)(?<!\bHon)(?<!\bFr)"
    r"(?<!\bMaj)(?<!\bAlh)\.(?=\s)"
)
# The words before a name in the phrase after a verb: titles, "the", "of".
NAME_LIKE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
POSSESSIVE = re.compile(r"['’]s?\b")
TITLE_WORDS = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}")
AGE = re.compile(r"\d{1,3}-year-old")  # 'said 39-year-old Mohammed Haj'
TITLES_ONLY = re.compile(
    r"(?:[A-Za-z0-9][\w.'’-]*\s+){0,5}"
)  # words before a name: 'Foreign Minister', '39-year-old'
# An apposition's first word; an age of two or three digits between commas ('X, 19, said';
# not '85,000' nor 'On Wednesday, 826 new cases').
APPOSITION_START = re.compile(r"\s*(?:a|an|the|who|whose|which|[a-z]+|\d)\b|\s+\d{2,3}(?=,|$)")
# A full stop inside a name or title, not ending a sentence: 'E.F. Hutton analyst',
# 'J. Howard Macdonald', 'Sen. Don Nickles' (but not 'the U.S. Which ...').
ABBREVIATION_DOT = (
    r"(?:\.(?=\S)|(?<=[A-Z])\.(?=\s+[A-Z])"
    r"|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Gov|Gen|Col|Lt|Capt|Sgt|St|Jr|Sr"
    # honorifics of the clergy, parliaments and ranks the world over: 'Rev. X, the
    # pastor, said', 'Hon. X, the MP for the area, said', 'Alh. X'
    r"|Rev|Hon|Fr|Msgr|Pres|Amb|Maj|Brig|Adm|Cmdr|Cpl|Supt|Insp|Alh)\."
    # a month before a day: 'X, who grilled him at his Dec. 13 hearing, told'
    r"|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s\d))"
)
ATTRIBUTED_AFTER = re.compile(
    rf"(?:,\s(?:[^.;:!?\"“”\n]|{ABBREVIATION_DOT}){{1,150}}?,)?\s+(?:{AUX}\s+)*(?:{VERB_ALT})\b"
)
# 'Smith in a television interview said', 'Smith at a news conference told': a
# prepositional phrase between a sentence's subject and its verb.
PHRASE_THEN_VERB = re.compile(
    rf"\s+(?:in|at|on|during|after|before|from|with|to)\s[^.;:!?\"“”\n]{{1,90}}?"
    rf"\s+(?:{AUX}\s+)*(?:{VERB_ALT})\b"
)
WORD = re.compile(r"[\w’'.-]+")
# A bracketed tag after a name: a party and state, an age, a picture note ('Sen. X
# (D-Md.) said', 'X (45) said', 'X (pictured) said'): not words of the subject.
_TAG = re.compile(r"\s*\([^()\n]{1,24}\)\s*$")


def untagged(text: str, lo: int, hi: int) -> int:
    """Where text[lo:hi] ends without trailing spaces and a bracketed tag."""
    tag = _TAG.search(text, max(lo, hi - 30), hi)
    end = tag.start() if tag is not None and tag.start() > lo else hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


# A person followed straight by a participle of speech says what follows: 'with host
# Tom Ames announcing the show would not "..."' (not after a comma: in 'Smith lashed out
# at Jones, accusing him of "..."' the participle is Smith's).
PARTICIPLE_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:saying|announcing|accusing|telling|arguing|claiming|insisting"
    r"|warning|calling|describing|declaring|stating|explaining|urging|vowing|promising"
    r"|complaining|blasting|slamming|dubbing|labell?ing|branding|denouncing)\b"
)
# The comma after a description, after the bracketed part of a title if any: 'said
# Superintendent of Police (Rural), X,' names X as 'a spokesman, X,' does.
TAG_COMMA = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,")
# A name and a colon just before the quotation: who says it, whatever describes them
# before ('Secretary of the Air Force James Roche: "', a transcript's or a list's line).
NAME_COLON = re.compile(r"[ \t]*:[ \t]*")
# Small words inside a title or a name ('Secretary of the Air Force', 'Ibn al-Khattab').
TITLE_LINKS = frozenset("of the for to and de del la al el van von bin ibn".split())
CUT_WORDS = frozenset(
    "at in on from with near outside inside after before during who which whose that "
    "while as when where and but by to told".split()
)
# A noun a person's name modifies: 'the Biden campaign', 'the NuAge website', 'a
# Clinton spokesman' speak, not the person named.
MODIFIED = re.compile(
    r"\s+(?:campaign|administration|website|site|team|camp|family|foundation|office|statement"
    r"|aides?|lawyers?|attorneys?|spokes(?:man|woman|person)|staff|allies|supporters)\b"
)
# A preposition after a word in lower case, making the name after it its object:
# 'the spokesman for X', 'an adviser to X' (not 'Secretary of State X', 'Minister for
# Health X': prepositions inside a title); a clause's word ('a tweet that X called').
OBJECT_OF = re.compile(
    r"\b[a-z][\w'’-]*\s+(?:for|to|with|from|by|at|of)\s"
    r"|\b(?:that|which|who|whom|whose|when|where|while|if|because|since|than|but|or|after"
    r"|before|until|once|as|although|though)\s"
)
# A few words in lower case between two names, the second's role: 'Bush communications
# director Wallace' (no comma, no 'and', no verb of a clause of its own).
ROLE_RUN = re.compile(r"(?:\s+(?!and\b|or\b)[a-z][\w-]*){1,3}\s+")
# An aside naming who says something, after a comma: 'Leo, as John Rao observes, was'.
AS_ASIDE = re.compile(r"\s*as\s+(?=\w)")
# A name followed by where the person works: 'X of Y', 'X at Y', 'X from Y'.
OF_PHRASE = re.compile(r"\s+(?:of|at|from|with)\s")
FINITE = frozenset("is are was were be been has have had do does did not".split())
LEADING = frozenset("and but while as meanwhile however also so yet later earlier then".split())
ALNUM_WORD = re.compile(r"\w+")
# Marks between the words before a speaker: a list's bullet ('- Coach X: "'), a dash
# ('WASHINGTON — President X'), a quotation's closing mark ('," Mr. X finished, "').
BULLET = re.compile(r"[-–—―•*·&\"“”'‘’]+")

SPACES = re.compile(r"\s*")
# He or she just before an attribution verb ('where he explained'), and anywhere.
# A person a sentence opens with as its topic ('But for Ann Lee, an analyst, the
# deal is sound'): the 'he' or 'she' of the quotation after it, as a subject is.
FOR_TOPIC = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?[Ff]or\s+")
LAST_PRONOUN = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)$")
# A person introduced by name ('a retired miner named Walter Hale'): the subject of
# what follows, as one opening a clause is.
NAMED = re.compile(r"\bnamed\s+$")
# 'His message to the chancellor was: "', 'Her reply: "': a possessive and a noun of
# speech ending with a colon before the quotation.
_SPEECH_NOUNS = (
    r"(?:message|reply|response|answer|advice|verdict|words|warning|comment|explanation"
    r"|argument|conclusion|plea|prediction|promise|remark|observation|reminder)\b"
)
POSSESSED_SPEECH = re.compile(
    rf"\b[Hh](?:is|er)\s+(?:[a-z]+\s+)?{_SPEECH_NOUNS}"
    r"[^.:;!?\"“”\n]{0,60}?(?:\s(?:was|is))?:\s*$"
)
# A named person's noun of speech before a colon: 'Let us recall Shaw's remark: "'.
NAMED_SPEECH = re.compile(
    rf"['’]s\s+(?:[a-z]+\s+)?{_SPEECH_NOUNS}[^.:;!?\"“”\n]{{0,60}}?(?:\s(?:was|is))?:\s*$"
)
# A clause of its own before a quotation: 'a day after the nominee blamed "..."',
# 'hours before Jones called it "..."': its subject, not the sentence's, says it.
SUBORDINATE = re.compile(
    r"\b(?:after|before|when|while|because|since|until|although|though|whereas|once)\s+"
    r"(?P<np>(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?|(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"|(?:he|she)\s+)(?:[a-z]+ed|said|says|called|told|spoke|wrote|made|gave|took|put|saw)\b"
)
THAT = re.compile(r"\bthat\b")
ACRONYM = re.compile(r"[A-Z]{2,6}")  # a title by its initials: 'the CEC', 'the IG'
RELATIVE = re.compile(r"\s*who\s*")  # 'X, who said'
# An apposition describing the person before it: an article, a word in lower case
# or a possessive ('a strategist', 'former aide', "the firm's chief", "Acme's chief").
APPOSITIVE = re.compile(r"\s*(?:a|an|the|[a-z][\w-]*|[A-Z][\w.&-]*['’]s)\s")
LISTED = re.compile(r"\b(?:and|or|&)\s+$")  # 'advisor to Y and X, who wrote': not X alone
QUOTE_MARK = re.compile(r"[\"“”]")
ABOUT_THEM = re.compile(r"\s*(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")  # a quotation's first word
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
HE_SHE = frozenset(["he", "she"])
# 'him' or 'her' alone after a verb: 'according to him', a pronoun for a speaker.
OBJECT_PRONOUN = re.compile(r"\s*([Hh]im|[Hh]er)\s*")
UNNAMED_WORDS = frozenset("i we they you one".split())
INVALID = frozenset("which who whom whose that this these there it what".split())
#: Role words of people ("the spokesman", "one economist").
PERSON_ROLES = frozenset(
    "president chairman chairwoman spokesman spokeswoman spokesperson minister secretary "
    "analyst economist director official head chief executive vice manager leader governor "
    "ambassador envoy trader broker general senior deputy assistant adviser advisor engineer "
    "farmer teacher nurse doctor lawyer coach striker neighbour neighbor consultant professor "
    "researcher strategist dealer banker worker resident witness owner founder partner member "
    "commissioner representative senator congressman legislator mayor judge prosecutor attorney "
    "counsel treasurer controller officer boss captain skipper host anchor".split()
)
#: Bodies that speak as roles do ("the company said").
BODIES = frozenset("company union party bank opposition mp".split())
ROLES = PERSON_ROLES | BODIES
#: Words before a name that describe the person, besides role words and capitalised
#: titles: 'former Democratic leader X', 'said lead study author Dr. X'.
BEFORE_NAME = ROLES | frozenset(
    "former late acting interim retired longtime top lead study author co-author "
    "fellow incoming outgoing then".split()
)
SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
#: Nouns a news story describes its own subject by, once named ("the Libertarian
#: presidential contender", "the chancellor", "the 41-year-old singer"); not the
#: people who speak about someone else (a source, an aide, a spokesman, a lawyer).
SUBJECT_NOUNS = frozenset(
    "president chancellor premier minister leader governor senator congressman "
    "congresswoman mayor candidate contender hopeful nominee challenger incumbent "
    "actor actress singer star rapper musician comedian presenter host model "
    "novelist artist player champion winner billionaire tycoon entrepreneur "
    "businessman businesswoman lawmaker republican democrat chart-topper "
    # sport and letters: 'the defender said', 'the author said'
    "defender midfielder goalkeeper winger striker forward footballer cricketer batsman "
    "bowler quarterback pitcher athlete sprinter boxer golfer swimmer cyclist author "
    "writer filmmaker".split()
)
MAX_WORDS = 7
# 'said Smith', 'said Foreign Minister Smith', 'says analyst Smith': a verb, then only
# title words, in capitals or a role's in lower case.
VERB_BEFORE = re.compile(
    rf"\b(?:{INVERTIBLE_ALT}|[Aa]ccording to)\s+"
    rf"(?:[A-Z][\w.'’-]*\s+|the\s+|(?:{_alternation(sorted(BEFORE_NAME))})\s+){{0,5}}$"
)
#: Words a role ends with before a name ('communications director X', 'singer X').
NAME_ROLES = BEFORE_NAME | SUBJECT_NOUNS


def without_leading(words: list[str]) -> list[str]:
    """Words without the conjunctions that open them ('But', 'and', 'meanwhile')."""
    k = 0
    while k < len(words) and words[k].lower() in LEADING:
        k += 1
    return words[k:]

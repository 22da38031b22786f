"""A name whose last word alone is quoted as speaking is a person's.

News names a person in full once and then quotes them by the surname: "Shania Twain
has dropped a remix ... 'I like to work with talented people,' Twain explained";
"For Sofia Jao, a student, the problem ... 'It can't be changed,' said Jao". The
tagger, which has never seen the name, may read it as a place or an organisation,
and the surname then speaks for a town or a body. A company or a place is not
quoted by the last word of its name ("Goldman Sachs" speaks as "Goldman", not as
"Sachs"), so a name of two or three words opening with a given name, which the
gazetteer and the shipped organisations do not know and which holds no
organisation word, whose last word is the subject of a reporting verb ("Twain
said", "said Twain") is that person's name, unless a person the article names in
full carries that surname ("Joe Biden ... Hunter Biden ... Biden said"). Linking
then gives the surname the full name's id.

A courtesy title is surer still: no place or body is "Mr Sunak" or "Dr Bottazzi".
When the last word of such a name is given one later in the article ("Rishi Sunak
... Mr Sunak said"), the name is a person's even when its first word is no given
name the dictionary knows ("Rishi", "Megyn"), if the name is of two words and its
first is no common word ("See Obama" is a verb run into a name).
"""

from __future__ import annotations

import re

from index.extract.gazetteer import Gazetteer
from index.extract.linking import Draft
from index.extract.people import has_org_word, known_org
from index.extract.speaker_words import RECOGNISER_INVERTIBLE_ALT, RECOGNISER_VERB_ALT
from index.names import fold_text, name_key
from index.records import ORG, PERSON, PLACE

_NAME_TAIL = r"[a-z]+(?:['’-][A-Za-z]+)*"
_NAME = rf"[A-Z]{_NAME_TAIL}"
_WORD = re.compile(_NAME)
# Both patterns below read a whole text. Where a branch opens with the character class
# of its first character and checks the character before it by a lookbehind after
# that ("[A-Z](?<![\w'’-].)" for "(?<![\w'’-])[A-Z]"), the regex engine fails at most
# positions at once, and a pattern that opens so skips ahead to candidates; the verbs
# are grouped by first letter (``_alternation``). The same matches over all 27,881
# Reuters and bench-data bodies, at about 60% of the time.
#: A capitalised word right before a reporting verb, or right after an inverted one.
_SPEAKING = re.compile(
    rf"([A-Z](?<![\w'’-].){_NAME_TAIL})\s+(?:{RECOGNISER_VERB_ALT})\b"
    rf"|\b(?:{RECOGNISER_INVERTIBLE_ALT}),?\s+({_NAME})(?![\w'’-])"
)
#: A capitalised word right after a courtesy title ("Mr Sunak", "Dr. Bottazzi").
_TITLED = re.compile(
    rf"[MD](?<![\w'’-].)(?:(?<=M)(?:rs?|s|iss)|(?<=D)r)\.?[ \t]+({_NAME})(?![\w'’-])"
)


def with_quoted_people(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
    """Make the drafts that name a person quoted by their surname (module docstring)
    people, in place."""
    candidates = [d for d in drafts if _unknown_name(d, gaz)]
    if not candidates:
        return  # the text is read for titles and verbs only where a name may need them
    people: dict[str, set[str]] = {}
    for d in drafts:
        if d.type == PERSON and len(d.tokens) > 1:
            people.setdefault(d.tokens[-1], set()).add(d.text)
    # Only a surname written again after its name can be titled or speak there: where
    # none is, the two scans of the whole text are spared.
    candidates = [d for d in candidates if text.find(d.tokens[-1], d.end + 1) >= 0]
    if not candidates:
        return
    speaking, titled = _speaking(text), _titled(text)
    for draft in candidates:
        surname = draft.tokens[-1]
        if people.get(surname, set()) - {draft.text}:
            continue  # a surname another person named in full carries speaks for them
        title = titled.get(surname, -1) > draft.end
        if draft.tokens[0] not in gaz.given_names and not title:
            continue  # a name opening with no given name needs the title
        if title or speaking.get(surname, -1) > draft.end:
            draft.type, draft.entity_id, draft.name = PERSON, name_key(draft.text), draft.text
            draft.country, draft.small_place, draft.kind = None, False, ""


def _unknown_name(draft: Draft, gaz: Gazetteer) -> bool:
    """A place or body of 2-3 words in title case, opening with a given name (or of two
    words, the first no common word: "See Obama" is a verb run into a name), that
    neither the gazetteer nor the shipped organisations know and that holds no
    organisation word."""
    tokens = draft.tokens
    if draft.type not in (PLACE, ORG) or not 2 <= len(tokens) <= 3:
        return False
    if tokens[0] not in gaz.given_names and (
        len(tokens) != 2 or tokens[0].lower() in gaz.common_words
    ):
        return False
    if not all(_WORD.fullmatch(t) for t in tokens) or has_org_word(tokens):
        return False
    return known_org(draft.text, gaz) is None and not gaz.candidates(fold_text(draft.text))


def _titled(text: str) -> dict[str, int]:
    """Each word given a courtesy title, and where it last is: one pass over the text."""
    return {match.group(1): match.start(1) for match in _TITLED.finditer(text)}


def _speaking(text: str) -> dict[str, int]:
    """Each word that stands alone (no capitalised word right before it) as the subject
    of a reporting verb, and where it last does: one pass over the text."""
    found: dict[str, int] = {}
    for match in _SPEAKING.finditer(text):
        if match.group(2):
            found[match.group(2)] = match.start(2)
            continue
        before = text[max(0, match.start(1) - 30) : match.start(1)].split()
        if not before or not before[-1][:1].isupper():
            found[match.group(1)] = match.start(1)
    return found

"""The reprint round of stop 45 (issue 16), on texts written for these tests:
a longer version of the same day (``index.coverage.longer_version``). A first
take found whole in the fuller story filed later that day, each opening found
in the other, is the same story, even when the fuller one updates a figure
of a paragraph they share; a story of a later day carrying the first is not
folded by that rule (it may be an advance and the event)."""

from __future__ import annotations

from index.coverage import MIN_WHOLE_SHINGLES, longer_version
from index.layout import disagree
from index.particulars import same_event
from index.passages import PARAGRAPH_SEPARATOR
from index.text_particulars import read

LEAD = (
    "A landslide buried part of the hill village of Tarrowmere on Tuesday after three days "
    "of heavy rain, and rescuers were digging through the mud for survivors late into the "
    "evening, the district office said."
)
TOLL_FIRST = (
    "At least 12 people were killed and dozens were missing, a district officer told "
    "reporters at the foot of the hill, where families waited beside the road for news."
)
TOLL_LATER = (
    "At least 17 people were killed and dozens were missing, a district officer told "
    "reporters at the foot of the hill, where families waited beside the road for news."
)
MIDDLE = (
    "The slope above the village had been cleared of its forest for tea terraces over the "
    "past decade, and residents said cracks had opened in the ground there after the first "
    "night of rain.",
    "Soldiers and volunteers with shovels joined the search in the afternoon, but heavy "
    "machinery could not reach the village because the only road up the hill had been cut "
    "in two places.",
)
ADDED = (
    "The regional governor, Ilse Brannock, said she would visit the village on Wednesday and "
    "promised help for families who had lost their homes, adding that the terraces would be "
    "inspected.",
    "The weather service warned that more rain was expected over the hills until the end of "
    "the week and asked people living on steep ground to move to schools and halls below.",
)
FIRST_TAKE = PARAGRAPH_SEPARATOR.join((LEAD, TOLL_FIRST, *MIDDLE))
FULL_STORY = PARAGRAPH_SEPARATOR.join((LEAD, TOLL_LATER, *MIDDLE, *ADDED))


def test_a_first_take_and_the_fuller_story_of_the_same_day_fold() -> None:
    first, second = read(FIRST_TAKE), read(FULL_STORY)
    assert len(first.shingles) >= MIN_WHOLE_SHINGLES
    assert longer_version(first, second)
    # The toll updated in a shared paragraph is a disagreement for rule 1,
    # which kept the two apart before rule 11.
    assert disagree(first, second)
    assert same_event(FIRST_TAKE, FULL_STORY, same_day=True)
    assert same_event(FULL_STORY, FIRST_TAKE, same_day=True)


def test_the_rule_is_not_asked_of_another_day_or_an_unknown_one() -> None:
    # Printed on another day (or with a date unknown) the two are left to
    # the other rules, which keep the updated toll apart.
    assert not same_event(FIRST_TAKE, FULL_STORY, same_day=False, later=True)
    assert not same_event(FIRST_TAKE, FULL_STORY)


def test_a_text_opening_otherwise_is_no_longer_version() -> None:
    # The fuller story re-led on the governor's visit: the first take's lead
    # is found in it, but its own opening is not in the first take.
    releded = PARAGRAPH_SEPARATOR.join((ADDED[0], LEAD, TOLL_LATER, *MIDDLE, ADDED[1]))
    assert not longer_version(read(FIRST_TAKE), read(releded))


def test_a_short_take_is_too_short_for_the_rule() -> None:
    short = PARAGRAPH_SEPARATOR.join((LEAD, TOLL_FIRST))
    assert len(read(short).shingles) < MIN_WHOLE_SHINGLES
    assert not longer_version(read(short), read(FULL_STORY))

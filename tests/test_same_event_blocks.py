"""The round of the reprint work after the test15 part (issue 16), on texts
written for these tests: a text stored as one block (no paragraph breaks, as
some feeds keep wire copy) is read by its sentences, so that its lead is its
first sentence and not the whole story; and a story whose lead another
carries further down is not folded under it for the background they share."""

from __future__ import annotations

from index.fingerprints import is_copy, shingle_set
from index.furniture import beyond_common
from index.layout import lead_carried, opening
from index.particulars import MIN_LONG, same_event
from index.passages import MAX_SENTENCES, PARAGRAPH_SEPARATOR, reading_spans, sentence_spans
from index.text_particulars import read


def block(*sentences: str) -> str:
    """The sentences as a feed without paragraph breaks stores them."""
    return " ".join(sentences)


def paragraphs(*sentences: str) -> str:
    """The sentences as wire copy stores them: a paragraph each."""
    return PARAGRAPH_SEPARATOR.join(sentences)


# --------------------------------------------------------------------------- reading


def test_a_text_of_one_block_is_read_by_its_sentences() -> None:
    text = block(*RESIGN)
    assert [text[s:e] for s, e in reading_spans(text)] == list(RESIGN)
    lead = opening(read(text))
    assert lead is not None and lead.shingles == shingle_set(RESIGN[0])


def test_short_paragraphs_are_read_whole_and_a_long_one_by_its_sentences() -> None:
    short = paragraphs(block(*RESIGN[:2]), block(*RESIGN[2:4]))
    assert len(reading_spans(short)) == 2  # wire paragraphs of two sentences stay whole
    long = paragraphs(RESIGN[0], block(*RESIGN[1:]))
    assert len(sentence_spans(block(*RESIGN[1:]))) > MAX_SENTENCES
    assert len(reading_spans(long)) == len(RESIGN)


# --------------------------------------------------------------------------- one block

BACKGROUND = (
    "Kittredge, who chairs the Senate finance committee, has repaid 18,400 dlrs of the "
    "claims but denies wrongdoing.",
    "The state ethics board opened an inquiry into the claims in March.",
    "Kittredge, 71, has represented the Harmon Falls district since 1982.",
    "He was admitted to Saint Aurel hospital in Lansford on Wednesday with chest pains, "
    "his office said.",
    "The claims were first reported by the Lansford Courier, which said they covered "
    "hotel stays, meals and a rented car over four years.",
)
# Thursday: the leaders' call to resign, the lawyer's reply, the background.
RESIGN = (
    "LANSFORD (Wirenews) - The two top Democrats in the state Senate called on Senator "
    "Amos Kittredge on Thursday to resign over the expense claims he faces.",
    "Senate leader Joan Halloway said the claims were serious and that the senator had "
    "lost the trust of his colleagues.",
    "Her deputy, Peter Quillan, said the same in a statement.",
    "His lawyer, Victor Sandoval, said Kittredge would not be hounded from office.",
    *BACKGROUND,
)
# Friday: the lawyer on the senator's plans, leading with news of its own, the
# same background carried word for word.
PLANS = (
    "LANSFORD (Wirenews) - A decision on whether Senator Amos Kittredge steps down will "
    "be made within a day or two, his lawyer Victor Sandoval told reporters on Friday.",
    "No decision has been made, Sandoval said outside the senator's home.",
    *BACKGROUND,
    "Halloway had called on Kittredge on Thursday to step aside.",
)


def test_a_later_days_story_stored_as_one_block_is_read_as_its_paragraphs_are() -> None:
    """The later story leads with news of its own (rule 8), whether its
    sentences are paragraphs or one block: read as one block, its lead was
    the whole story, which holds the background both carry."""
    earlier, later = block(*RESIGN), block(*PLANS)
    assert is_copy(shingle_set(block(*BACKGROUND)), shingle_set(earlier))
    assert not same_event(earlier, later, later=True)
    assert not same_event(later, earlier, later=False)
    assert not same_event(paragraphs(*RESIGN), paragraphs(*PLANS), later=True)


def test_a_copy_stored_as_one_block_still_folds() -> None:
    earlier = block(*RESIGN)
    copy = earlier.replace("called on", "urged").replace("would not be", "will not be")
    assert same_event(earlier, copy, later=True)
    assert same_event(earlier, block(*RESIGN[:-1]), same_day=True)  # cut short


# --------------------------------------------------------------------------- lead carried

SPENDING = (
    "Harlan Voss, the indicted former campaign manager for Governor Aldous Renfrew, spent "
    "1.2 mln dlrs on eleven paintings and 640,000 dlrs on a yacht called Seraphine, "
    "prosecutors said."
)
CHARGES = (
    "Voss ran the Renfrew campaign from June to August of 2016 before resigning amid "
    "reports of payments from Kestovan shipping interests.",
    "Prosecutors said Voss and his partner Dario Pellum moved 18.4 mln dlrs through banks "
    "in Larnaca, Valletta and Tallinn between 2011 and 2015.",
    "The indictment names Brevik Consulting, Oster Group and Halvard Partners as companies "
    "Voss used to hide the payments.",
    "Judge Miriam Castellane of the Ellsworth District Court set a 10 mln dlr bond for Voss "
    "and a 5 mln dlr bond for Pellum.",
    "Neither Renfrew nor his campaign was named in the indictment.",
    "Special prosecutor Nadia Okonkwo has examined the Kestovan payments since March.",
    "Pellum's lawyer, Theo Grandin, said his client would fight the charges in Portsville.",
)
# The same day: a story on the spending the indictment lists, and the day's
# main story of the charges, which carries the spending's lead near its end.
SIDEBAR = paragraphs(
    f"PORTSVILLE (Wirenews) - {SPENDING[:-1]} on Monday.",
    "The spending is listed in a 31-page annex to the indictment.",
    *CHARGES,
)
MAIN = paragraphs(
    "PORTSVILLE (Wirenews) - Harlan Voss and his partner Dario Pellum pleaded not guilty "
    "on Monday to a 14-count indictment charging them with laundering money from Kestovan "
    "shipping interests.",
    "A further hearing is set for Thursday.",
    *CHARGES,
    SPENDING,
)


def test_a_story_whose_lead_another_carries_further_down_is_not_folded_under_it() -> None:
    """Each has figures of its own, they share several paragraphs of background
    and many particulars, and neither lead is the other's: the sidebar's lead
    is a paragraph near the end of the main story. Two stories of one day."""
    first, second = read(SIDEBAR), read(MAIN)
    assert len(first.shingles & second.shingles) >= MIN_LONG
    assert lead_carried(first, second) and lead_carried(second, first)
    assert not same_event(SIDEBAR, MAIN, same_day=True)
    assert not same_event(MAIN, SIDEBAR)


def test_stories_sharing_several_paragraphs_below_their_own_leads_still_fold() -> None:
    """Two outlets' stories of one event built from the same copy, each leading
    in its own words and neither lead found in the other (the seeds' pair):
    the several paragraphs they share still make them one story."""
    other = paragraphs(
        "PORTSVILLE (Wirenews) - The former campaign manager of Governor Aldous Renfrew, "
        "Harlan Voss, denied on Monday charges that he laundered money for Kestovan "
        "shipping interests, entering a plea with his partner.",
        "A further hearing is set for Thursday, a court clerk said.",
        *CHARGES,
    )
    main = paragraphs(*MAIN.split(PARAGRAPH_SEPARATOR)[:-1])
    assert not lead_carried(read(other), read(main))
    assert same_event(other, main, same_day=True)


# --------------------------------------------------------------------------- furniture


def test_page_furniture_is_whole_paragraphs_not_a_blocks_sentences() -> None:
    """Two blocks opening with the same sentence share no run of paragraphs
    (rule 0 is for the lines a site prints around its articles); a page's
    column is a run, and what is left beyond it keeps the shingles of a long
    paragraph read by its sentences."""
    header = "The following is a digest of the day's court filings."
    assert beyond_common(block(header, *RESIGN), block(header, *PLANS)) is None
    column = ("Latest stories", "Ports reopen after storm", "Rates held again")
    article = block(*RESIGN)
    beyond = beyond_common(paragraphs(*column, article), paragraphs(*column, block(*PLANS)))
    assert beyond is not None and beyond.first == article
    assert beyond.first_shingles == read(article).shingles

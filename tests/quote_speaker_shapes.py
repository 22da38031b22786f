# ruff: noqa: E501
"""Short passages in the attribution shapes of modern news, each with the quotation's
expected speaker: written for the speaker rules (not taken from any corpus), read by
tests/test_quote_speaker_shapes.py.

Each case is (text, the quotation's first words, the expected speaker or None).
"""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    # -- the speaker named after the quotation, in the same sentence --------------
    (
        '"We will not back down," said Karen Whitfield, the union\'s president.',
        "We will",
        "Karen Whitfield",
    ),
    ('"The numbers are clear," Daniel Okoro said on Tuesday.', "The numbers", "Daniel Okoro"),
    (
        '"It was a mistake," Michael Brennan, who has led the group since 2015 and was re-elected last year, said.',
        "It was a",
        "Michael Brennan",
    ),
    ('"Nobody expected this," Sen. Robert Delaney told reporters.', "Nobody", "Robert Delaney"),
    (
        '"We are reviewing the findings," Dr. Susan Achebe told CNN.',
        "We are reviewing",
        "Susan Achebe",
    ),
    (
        '"Prices will rise," Prime Minister Thomas Lindqvist warned.',
        "Prices will",
        "Thomas Lindqvist",
    ),
    ('"That is simply false," Laura Bennett insisted.', "That is simply", "Laura Bennett"),
    (
        '"I never saw the letter," Steven Marsh testified on Thursday.',
        "I never saw",
        "Steven Marsh",
    ),
    ('"Who could have imagined it?" quipped Jennifer Holloway.', "Who could", "Jennifer Holloway"),
    ('"The law is settled," argued attorney Richard Pike.', "The law is", "Richard Pike"),
    # -- colon introductions -------------------------------------------------------
    ('Mark Fenwick said: "This is the end of an era."', "This is the end", "Mark Fenwick"),
    (
        'In a statement, Rebecca Lyons wrote: "I am grateful to everyone who helped."',
        "I am grateful",
        "Rebecca Lyons",
    ),
    (
        'On Facebook, Gregory Hale posted: "Thank you all for the kind words."',
        "Thank you all",
        "Gregory Hale",
    ),
    ('Anthony Russo tweeted: "Big day tomorrow. Be there."', "Big day", "Anthony Russo"),
    (
        'Governor Patricia Dunn put it simply: "We have no money left."',
        "We have no money",
        "Patricia Dunn",
    ),
    # -- "according to" and "told" ------------------------------------------------
    (
        'The plan is "dead on arrival," according to Kevin Ashworth, a senior aide.',
        "dead on arrival",
        "Kevin Ashworth",
    ),
    (
        '"We were never consulted," Emily Carter told The New York Times.',
        "We were never",
        "Emily Carter",
    ),
    (
        'Jason Whitmore told the BBC: "The club owes the fans an apology."',
        "The club owes",
        "Jason Whitmore",
    ),
    # -- speech verbs beyond "said" ------------------------------------------------
    ('"Nothing has changed," Christopher Vance noted.', "Nothing has", "Christopher Vance"),
    (
        '"It will take years," explained Sarah Kimball, a hydrologist.',
        "It will take",
        "Sarah Kimball",
    ),
    ('"I remember the silence," recalled Margaret Doyle.', "I remember", "Margaret Doyle"),
    ('"The risks are real," Andrew Pollard cautioned.', "The risks", "Andrew Pollard"),
    (
        '"This is a historic day," Nancy Whitaker wrote on Twitter.',
        "This is a historic",
        "Nancy Whitaker",
    ),
    ('"We won\'t stop," Brian Caldwell vowed.', "We won", "Brian Caldwell"),
    ('"I made my choice," Linda Moreau admitted.', "I made my", "Linda Moreau"),
    ('"The court got it wrong," Paul Sheridan added.', "The court", "Paul Sheridan"),
    # -- the speaker named in the paragraph before --------------------------------
    (
        'Charles Wexley was blunt.\n\n"This bill is a disaster for farmers."',
        "This bill",
        "Charles Wexley",
    ),
    (
        'Rachel Ingram has spent ten years in the job.\n\n"I love every minute of it," she said.',
        "I love every",
        "Rachel Ingram",
    ),
    (
        'Mayor David Thornton spoke at City Hall on Monday.\n\n"We are going to rebuild," he said. "Every street, every home."',
        "Every street",
        "David Thornton",
    ),
    (
        '"The deal is done," said Joseph Kellerman.\n\nHe added: "We start work next week."',
        "We start",
        "Joseph Kellerman",
    ),
    (
        'Olivia Grant and her husband moved to Ohio in 2010.\n\nShe said the town had changed.\n\n"It is not the place I knew," she said.',
        "It is not the place",
        "Olivia Grant",
    ),
    # -- the pronoun a paragraph or two on -----------------------------------------
    (
        'Helen Marsh, the committee chair, opened the hearing on Monday. Her colleague Peter Hines spoke next.\n\n"We need answers," she said.',
        "We need",
        "Helen Marsh",
    ),
    (
        'William Carver, 62, ran the shop for decades.\n\nThe store closed in March after the landlord raised the rent.\n\n"I had no choice," he said.',
        "I had no",
        "William Carver",
    ),
    # -- titles and surnames -------------------------------------------------------
    (
        'Senator Elizabeth Warrick criticised the plan on Monday.\n\n"It is reckless," Warrick said.',
        "It is reckless",
        "Elizabeth Warrick",
    ),
    (
        'Jonathan Price, the bank\'s chief executive, declined to comment further.\n\n"We will see," Mr Price said.',
        "We will see",
        "Jonathan Price",
    ),
    (
        'Dr. Amanda Foley leads the study.\n\n"Results are promising," said Dr. Foley.',
        "Results are",
        "Amanda Foley",
    ),
    ('"We are ready," said Gen. Mark Stanton.', "We are ready", "Mark Stanton"),
    # -- a description naming a person already named -------------------------------
    (
        'Senator James Holloway spoke in Iowa.\n\n"We need new roads," the senator said.',
        "We need new",
        "James Holloway",
    ),
    (
        'Maria Gonzalez won the race on Sunday.\n\n"I am exhausted," the 45-year-old said.',
        "I am exhausted",
        "Maria Gonzalez",
    ),
    (
        'Prime Minister John Aldridge arrived in Paris.\n\n"France is our friend," the prime minister said.',
        "France is our",
        "John Aldridge",
    ),
    # -- a quotation running on, then another from the same speaker -----------------
    (
        '"It was chaos," said Thomas Reilly. "People were running everywhere."',
        "People were",
        "Thomas Reilly",
    ),
    (
        '"We lost everything," Angela Ruiz said.\n\n"The water came up to the roof."',
        "The water came",
        "Angela Ruiz",
    ),
    # -- the speaker inside a long apposition -------------------------------------
    (
        'Robert Hastings, who has led the group since 2015 and was re-elected last year, said: "We will fight on."',
        "We will fight",
        "Robert Hastings",
    ),
    (
        'Lisa Monroe, a spokeswoman for the city, said in an email: "The road is closed."',
        "The road is",
        "Lisa Monroe",
    ),
    # -- Q&A and interview layout ------------------------------------------------
    (
        'In an interview, Stephen Clarke was asked about the budget.\n\n"Are you worried?"\n\n"Not at all," Clarke replied.',
        "Not at all",
        "Stephen Clarke",
    ),
    # -- tweets and posts in blocks -----------------------------------------------
    (
        'Donald Keller took to Twitter on Friday.\n\n"The press is lying again. Sad!" Keller tweeted.',
        "The press",
        "Donald Keller",
    ),
    (
        'Actress Julia Benton posted on Instagram: "So grateful for this life."',
        "So grateful",
        "Julia Benton",
    ),
    # -- reported speech, then the quotation -------------------------------------
    (
        'George Ramsey said the company would appeal. "We believe the ruling is wrong."',
        "We believe",
        "George Ramsey",
    ),
    (
        'Catherine Hale insisted she had done nothing wrong.\n\n"I followed the rules."',
        "I followed",
        "Catherine Hale",
    ),
    # -- a sentence with the subject before the quotation -----------------------------
    ('Frank Miller called the decision "a betrayal of the workers."', "a betrayal", "Frank Miller"),
    (
        'Deborah Hunt described the scene as "utter devastation."',
        "utter devastation",
        "Deborah Hunt",
    ),
    ('Edward Stone urged voters to "think hard about the future."', "think hard", "Edward Stone"),
    # -- precision: nobody is said to say these ----------------------------------
    ('The film "Gone With the Wind" returned to cinemas.', "Gone With", None),
    ('A sign on the door read "Closed until further notice."', "Closed until", None),
    ('"We will appeal," the company said in a statement.', "We will appeal", None),
    ('"It is too early to tell," police said.', "It is too early", None),
    ('Critics call it a "revenge memoir."', "revenge memoir", None),
    ('"Stop the war," protesters chanted outside the embassy.', "Stop the war", None),
    # -- a pronoun whose referent is the other sex of the nearest name ---------------
    (
        'Karen Lowell met Richard Dunn in 2004.\n\n"He was kind to me," she said.',
        "He was kind",
        "Karen Lowell",
    ),
    (
        '"You can\'t win them all," said coach Brian Foster after the loss.',
        "You can",
        "Brian Foster",
    ),
]

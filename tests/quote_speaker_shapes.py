# ruff: noqa: E501
"""Short passages in the attribution shapes of modern news, each with the quotation's
expected speaker: written for the speaker rules (not taken from any corpus), read by
tests/test_quote_speaker_shapes.py.

Each case is (text, the quotation's first words, the expected speaker or None).
The first 60 were written at stop 39, the rest at stop 40.
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
    # -- stop 40: a second round of shapes, written for the classes of a sample read
    #    over all corpora (wrong speakers first, then recall)
    # -- he or she after a paragraph naming two people: the nearer speaker -----------
    (
        'Striker Tom Welland, 27, is fit to play on Saturday. "He trained well today," said club spokesman Ian Parr. He added: "He will start the game."',
        "He will start",
        "Ian Parr",
    ),
    (
        'Midfielder Rob Keane was booked twice. "It was harsh," said manager Phil Doyle. He added: "We will appeal the decision."',
        "We will appeal",
        "Phil Doyle",
    ),
    (
        'Councillor Mary Hogg opened the meeting. "We have a plan," said treasurer Anne Boyd. She added: "It is fully costed."',
        "It is fully",
        "Anne Boyd",
    ),
    (
        'Mr Tom Hale denied that Mr Rob Yeo said the plans "stink". He also said he was sure Mr Dale would "set out the position clearly" next week.',
        "set out the",
        "Tom Hale",
    ),
    # -- the pronoun's referent is the person a paragraph is about -----------------
    (
        '"The vote was rigged," said Paul Strand.\n\nThe anger was shared by a retired miner named Walter Hale. He wrote on his blog that "nobody listens to us any more."',
        "nobody listens",
        "Walter Hale",
    ),
    (
        '"Prices will rise," said Victor Ames, an analyst.\n\nNobody knows the market better than a trader named George Pike. He has called the rally "a bubble waiting to burst."',
        "a bubble",
        "George Pike",
    ),
    (
        '"We will appeal," said Diane Cole.\n\nThe plan was drawn up by a young engineer named Laura Finch. She says it is "the cheapest option by far."',
        "the cheapest",
        "Laura Finch",
    ),
    # -- a pronoun of the other sex from the last speaker ------------------------------
    (
        '"The river has never been this high," said Jeb Tolliver, a farmer.\n\nAcross the road, Martha Quill was filling sandbags. "We were told to leave by noon," she said.',
        "We were told",
        "Martha Quill",
    ),
    (
        '"It is a fair deal," Mr Arlo Brant said.\n\nMrs Keeley Dorn disagreed. "It is nothing of the kind," she said.',
        "It is nothing",
        "Keeley Dorn",
    ),
    # -- a list of quotations, one speaker a line, no colon -------------------------
    (
        'What they said\n\n- Rovers boss Gary Mellor "We deserved the win. The second half was our best of the season."\n\n- United boss Alan Shard "We were second best all afternoon and I cannot complain."',
        "We were second",
        "Alan Shard",
    ),
    (
        'Reaction\n\n- City manager Tony Brill "We let them back into the game."\n\n- Town captain Neil Dace "That was our best away win in years."',
        "That was our best",
        "Neil Dace",
    ),
    (
        'Reaction\n\n- City manager Tony Brill "We let them back into the game."\n\n- Town captain Neil Dace "That was our best away win in years."',
        "We let them",
        "Tony Brill",
    ),
    (
        'Reaction\n\n- Rovers boss Gary Mellor "We deserved it. We were the better side." \n - United boss Alan Shard "We were second best all afternoon."',
        "We were second",
        "Alan Shard",
    ),
    # -- a quotation signed after a dash, then another person -------------------------
    (
        '"This is the worst winter I can remember." - Dale Ingram, farmer, Wyoming\n\nSusan Petrie runs the only shop in town. "We have had no deliveries for a week," she said.',
        "We have had",
        "Susan Petrie",
    ),
    # -- a continued quotation after an award's presenter ---------------------------
    (
        '"She has given her whole life to this city," said Mayor Tom Reyes, presenting the medal to Ellen Park.\n\n"No one deserves it more."',
        "No one deserves",
        "Tom Reyes",
    ),
    (
        'Ellen Park received the city\'s medal on Friday. "She has given her whole life to this city," said Mayor Tom Reyes. "No one deserves it more."',
        "No one deserves",
        "Tom Reyes",
    ),
    # -- a partial quotation: the speaker of its own sentence ---------------------------
    (
        '"We are ready for anything," said Karen Bloom.\n\nHer rival, Martin Sayle, called the plan "a fantasy" on Monday.',
        "a fantasy",
        "Martin Sayle",
    ),
    (
        '"Nobody wants a strike," said Helen Marsh.\n\nThe union leader, Frank Obi, accused ministers of "playing games with people\'s lives."',
        "playing games",
        "Frank Obi",
    ),
    (
        'Mayor Ruth Colley blasted the governor, a day after he called the protesters "thugs."',
        "thugs",
        None,
    ),
    (
        'Mayor Ruth Colley blasted the plan, a day after the Republican nominee blamed "outside agitators."',
        "outside agitators",
        None,
    ),
    (
        'Sen. Ada Voss criticised the report on Friday, a day after Paul Kerrigan branded it "a whitewash."',
        "a whitewash",
        "Paul Kerrigan",
    ),
    (
        'Sen. Ada Voss criticised the report on Friday, hours after Paul Kerrigan called it "a whitewash."',
        "a whitewash",
        "Paul Kerrigan",
    ),
    # -- titles and terms in quotes are nobody's words -----------------------------
    ('She starred in "Lost," "Heroes" and "Fringe" before moving to film.', "Lost", None),
    (
        'Anna Lisle, 34, is best known for "Night Shift," which ran for five seasons.',
        "Night Shift",
        None,
    ),
    (
        'The defence objected, citing a California "shield" law that protects reporters.',
        "shield",
        None,
    ),
    ('Jane Ober and the prosecutor kept three "immigrant" jurors on the panel.', "immigrant", None),
    (
        'On his website, he had posted "Ten Ways to Beat the Market," which drew thousands of readers.',
        "Ten Ways",
        None,
    ),
    ('Her new album, "Quiet Rooms," comes out in May.', "Quiet Rooms", None),
    ('Tom Marsh said the "Buy Local" campaign had lifted sales.', "Buy Local", None),
    ('The so-called "peace dividend" never arrived, Nancy Webb said.', "peace dividend", None),
    # -- interview transcripts -------------------------------------------------------
    (
        'Q: Why did you leave?\n\nA: I was tired of it. My boss told me: "Work harder or go home."',
        "Work harder",
        None,
    ),
    # -- possessive speech nouns ---------------------------------------------------
    (
        'Sir Alan Dowd said stability mattered most. His message to the minister was: "Do not waste the money."',
        "Do not waste",
        "Alan Dowd",
    ),
    (
        'Kate Rourke was asked about the decision. Her reply: "I have nothing to add."',
        "I have nothing",
        "Kate Rourke",
    ),
    # -- reported speech then the quotation --------------------------------------
    (
        'On Tuesday, Dukes walked out of the court saying she felt no anger. "They are big, but they can be challenged."',
        "They are big",
        None,
    ),
    (
        'On Tuesday, Betty Marlowe walked out of the court saying she felt no anger. "They may be big, but they can be challenged."',
        "They may be",
        "Betty Marlowe",
    ),
    # -- a nickname in quotes inside a name ---------------------------------------
    (
        '"It is the best report in years," said John "Bud" Fraser, a grain analyst.',
        "It is the best",
        "John Fraser",
    ),
    # -- more precision cases -------------------------------------------------------
    (
        '"We will not comment," the club said. Its manager, Lee Howe, was not available.',
        "We will not",
        None,
    ),
    ('"The market is nervous," one dealer said. Analyst Jim Crane agreed.', "The market", None),
    ('Clara Voss wrote the song "Run to Me" in 1998.', "Run to Me", None),
    ('The hashtag "#StopTheCuts" trended after Priya Lal shared it.', "#StopTheCuts", None),
    # -- recall: more speakers ----------------------------------------------------
    (
        'Coach Sam Riddell was furious after the game.\n\n"We gave the points away," he said. "Again."',
        "We gave",
        "Sam Riddell",
    ),
    (
        '"We will be back," said Anita Rowe, the team\'s captain. "This is not the end."',
        "This is not",
        "Anita Rowe",
    ),
    ('Asked about the deal, Peter Vance said: "It is done."', "It is done", "Peter Vance"),
    (
        'Dr. Lena Ortiz, who led the study, said the results were "very encouraging."',
        "very encouraging",
        "Lena Ortiz",
    ),
    (
        'Gov. Mark Tuller signed the bill on Friday, calling it "a win for every family in this state."',
        "a win for",
        "Mark Tuller",
    ),
]

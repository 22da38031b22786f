"""The strata quotas of each draw of the reprint labelled set (``bench.reprints_draw
--quotas NAME``): how many pairs each part took from each stratum, and why, with the
counts of unlabelled pairs each stratum held when the part was drawn."""

from __future__ import annotations

# Pairs drawn from each stratum.
QUOTAS = {"identical": 30, "same title": 60, "overlapping": 40, "bonds": 30,
          "dividends": 25, "earnings": 25, "prices": 30, "other": 50}  # fmt: skip
# The second draw (the test2 part): about half as many, more of the formulaic kinds.
SECOND_QUOTAS = {"identical": 10, "same title": 26, "overlapping": 18, "bonds": 20,
                 "dividends": 18, "earnings": 18, "prices": 22, "other": 18}  # fmt: skip
# The third draw (the test3 part): fewer again, weighted to rewrites and formulaic kinds.
THIRD_QUOTAS = {"identical": 6, "same title": 22, "overlapping": 16, "bonds": 14,
                "dividends": 12, "earnings": 12, "prices": 16, "other": 12}  # fmt: skip
# The fourth draw (the test4 part): weighted to the formulaic strata and rewrites.
# (Only 7 dividend and 4 earnings pairs were left unlabelled: all are drawn.)
FOURTH_QUOTAS = {"identical": 4, "same title": 26, "overlapping": 22, "bonds": 20,
                 "dividends": 14, "earnings": 14, "prices": 20, "other": 12}  # fmt: skip
# The fifth draw (the test5 part), only pairs published within 7 days (--window 7),
# weighted to the formulaic strata and rewrites. Unlabelled pairs within 7 days
# (of 4,118 unlabelled, 2,002; of all 4,783, 2,391): identical 272, same title 359,
# overlapping 75, bonds 677, dividends 0, earnings 0, prices 41 (all drawn), other 578.
FIFTH_QUOTAS = {"identical": 6, "same title": 40, "overlapping": 30, "bonds": 35,
                "dividends": 0, "earnings": 0, "prices": 41, "other": 18}  # fmt: skip
# The sixth draw (the test6 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,948 unlabelled, 1,832): identical 266, same title 319, overlapping 45, bonds 642,
# dividends 0, earnings 0, prices 0, other 560. All 180 drawn are within the window.
SIXTH_QUOTAS = {"identical": 6, "same title": 45, "overlapping": 35, "bonds": 40,
                "dividends": 0, "earnings": 0, "prices": 0, "other": 54}  # fmt: skip
# The seventh draw (the test7 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,768 unlabelled, 1,652): identical 260, same title 274, overlapping 10 (all drawn),
# bonds 602, dividends 0, earnings 0, prices 0, other 506. test6's proportions, the 25
# overlapping pairs missing spread over the others in those proportions.
SEVENTH_QUOTAS = {"identical": 7, "same title": 53, "overlapping": 10, "bonds": 47,
                  "dividends": 0, "earnings": 0, "prices": 0, "other": 63}  # fmt: skip
# The eighth draw (the test8 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,588 unlabelled, 1,472): identical 253, same title 221, overlapping 0, bonds 555,
# dividends 0, earnings 0, prices 0, other 443. test7's proportions, its 10 overlapping
# pairs (none left) spread over the others in those proportions.
EIGHTH_QUOTAS = {"identical": 7, "same title": 56, "overlapping": 0, "bonds": 50,
                 "dividends": 0, "earnings": 0, "prices": 0, "other": 67}  # fmt: skip
# The ninth draw (the test9 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,408 unlabelled, 1,292): identical 246, same title 165, overlapping 0, bonds 505,
# dividends 0, earnings 0, prices 0, other 376. test8's quotas: every stratum holds enough.
NINTH_QUOTAS = {"identical": 7, "same title": 56, "overlapping": 0, "bonds": 50,
                "dividends": 0, "earnings": 0, "prices": 0, "other": 67}  # fmt: skip
# The tenth draw (the test10 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,228 unlabelled, 1,112): identical 239, same title 109, overlapping 0, bonds 455,
# dividends 0, earnings 0, prices 0, other 309. test9's quotas: every stratum holds enough.
TENTH_QUOTAS = {"identical": 7, "same title": 56, "overlapping": 0, "bonds": 50,
                "dividends": 0, "earnings": 0, "prices": 0, "other": 67}  # fmt: skip
# The eleventh draw (the test11 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,048 unlabelled, 932): identical 232, same title 53 (all drawn), overlapping 0,
# bonds 405, dividends 0, earnings 0, prices 0, other 242. test10's quotas, the 3 same-title
# pairs missing spread over the others in those proportions.
ELEVENTH_QUOTAS = {"identical": 7, "same title": 53, "overlapping": 0, "bonds": 51,
                   "dividends": 0, "earnings": 0, "prices": 0, "other": 69}  # fmt: skip
# The twelfth draw (the test12 part), again within 7 days. Unlabelled pairs within 7 days
# (of 2,868 unlabelled, 752): identical 225, same title 0, overlapping 0, bonds 354,
# dividends 0, earnings 0, prices 0, other 173. test11's quotas, its 53 same-title pairs
# (none left) spread over the others in those proportions (7:51:69 of 180).
TWELFTH_QUOTAS = {"identical": 10, "same title": 0, "overlapping": 0, "bonds": 72,
                  "dividends": 0, "earnings": 0, "prices": 0, "other": 98}  # fmt: skip
# The thirteenth draw (the test13 part), again within 7 days. Unlabelled pairs within 7 days
# (of 2,688 unlabelled, 572): identical 215, same title 0, overlapping 0, bonds 282,
# dividends 0, earnings 0, prices 0, other 75 (all drawn). Every "other" pair left; the
# other 105 split between identical and bonds in test12's proportion (10:72).
THIRTEENTH_QUOTAS = {"identical": 13, "same title": 0, "overlapping": 0, "bonds": 92,
                     "dividends": 0, "earnings": 0, "prices": 0, "other": 75}  # fmt: skip
# The fourteenth draw (the test14 part), again within 7 days. Unlabelled pairs within 7 days
# (of 2,508 unlabelled, 392): identical 202, same title 0, overlapping 0, bonds 190, dividends 0,
# earnings 0, prices 0, other 0: test13 took every "other" pair left, so the part is made up
# mostly of written pairs (reprints_labelled.md), with 30 identical and 30 bond pairs drawn.
FOURTEENTH_QUOTAS = {"identical": 30, "same title": 0, "overlapping": 0, "bonds": 30,
                     "dividends": 0, "earnings": 0, "prices": 0, "other": 0}  # fmt: skip
# The fourteenth part's pairs of a news corpus (--news webis: no dates, so no window).
# Pairs: identical 40, same title 1, overlapping 24, other 4,561 (most of them page
# furniture one site repeats), across outlets 748. All the overlapping and same-title ones.
FOURTEENTH_NEWS_QUOTAS = {"identical": 8, "same title": 1, "overlapping": 24, "other": 17,
                          "across outlets": 30}  # fmt: skip
# The fifteenth draw (the test15 part). Within 7 days the Reuters pairs left are identical
# bodies and bond templates only (test14), so the part draws none of them: its Reuters
# articles are the originals of its planted copies (--planted 50). Its drawn pairs are of
# a news corpus with dates: a slice of the ISOT dataset's Reuters wire of late 2017
# (--news isot --window 7; pairs within 7 days: identical 7, overlapping 5, other 97,
# all drawn).
FIFTEENTH_QUOTAS = {"identical": 0, "same title": 0, "overlapping": 0, "bonds": 0,
                    "dividends": 0, "earnings": 0, "prices": 0, "other": 0}  # fmt: skip
FIFTEENTH_NEWS_QUOTAS = {"identical": 7, "same title": 0, "overlapping": 5,
                         "other": 97}  # fmt: skip
# The sixteenth draw (the test16 part): no Reuters pairs again (its Reuters articles are the
# originals of its planted copies), and pairs of another news corpus with dates, ReCOVery's
# COVID-19 news of 2020 from 22 sites (--news recovery --window 7; pairs within 7 days:
# identical 756, most of them one scrape's body read for many pages of one site, same title
# 1, overlapping 4, other 354, across outlets 53). Every pair of the rare strata, few
# identical ones, and "other" pairs to make up 120.
SIXTEENTH_QUOTAS = FIFTEENTH_QUOTAS
SIXTEENTH_NEWS_QUOTAS = {"identical": 6, "same title": 1, "overlapping": 4, "other": 56,
                         "across outlets": 53}  # fmt: skip
# The seventeenth draw (the test17 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, the
# stories of some 20 Ghanaian news sites of 7 to 14 January 2026 (--news ghananews --window
# 7; pairs within 7 days: identical 35, 33 of them one site's pages whose scraped text is
# only its furniture, same title 3, overlapping 51, 30 of them that site's furniture, other
# 328, most of them one site's pages sharing its furniture, across outlets 51). Every pair
# of the same-title, overlapping and across-outlets strata, few identical and other ones.
SEVENTEENTH_QUOTAS = FIFTEENTH_QUOTAS
SEVENTEENTH_NEWS_QUOTAS = {"identical": 6, "same title": 3, "overlapping": 51, "other": 20,
                           "across outlets": 51}  # fmt: skip
# The eighteenth draw (the test18 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, Dawn's
# and the APP's articles of September 2025 (--news pknews --window 7; pairs within 7 days:
# identical 17, same title 2, overlapping 21, other 1,140, across outlets 204). Every pair
# of the same-title and overlapping strata, about half the identical ones, and the rest
# split between one outlet's pairs (templates, furniture) and the two outlets' pairs.
EIGHTEENTH_QUOTAS = FIFTEENTH_QUOTAS
EIGHTEENTH_NEWS_QUOTAS = {"identical": 8, "same title": 2, "overlapping": 21, "other": 45,
                          "across outlets": 44}  # fmt: skip
# The nineteenth draw (the test19 part): no Reuters pairs again (its Reuters articles are the
# originals of its planted copies), and pairs of another news corpus with dates, the Daily
# FT's, the Daily Mirror's and dbsjeyaraj.com's long-form articles of May 2024 to August 2026
# (--news newslk --window 7; pairs within 7 days: identical 96, same title 18, overlapping
# 138, most of them one paper's column reposted by dbsjeyaraj.com, other 508, one outlet's
# pages, across outlets 55). Every same-title pair, few identical ones, and the rest split
# between the overlapping, one outlet's and the outlets' pairs.
NINETEENTH_QUOTAS = FIFTEENTH_QUOTAS
NINETEENTH_NEWS_QUOTAS = {"identical": 8, "same title": 18, "overlapping": 30, "other": 40,
                          "across outlets": 35}  # fmt: skip
# The twentieth draw (the test20 part): no Reuters pairs again (its Reuters articles are the
# originals of its planted copies), and pairs of another news corpus with dates, five
# Zimbabwean sites' articles of December 2024 to April 2025 (--news zimnews --window 7;
# pairs within 7 days: identical 141, same title 62, overlapping 346, other 993, one site's
# pages, across outlets 1,289). Few identical pairs, and the rest split between the
# same-title, overlapping, one site's and the sites' pairs.
TWENTIETH_QUOTAS = FIFTEENTH_QUOTAS
TWENTIETH_NEWS_QUOTAS = {"identical": 8, "same title": 25, "overlapping": 35, "other": 30,
                         "across outlets": 37}  # fmt: skip
# The twenty-first draw (the test21 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, four Sri
# Lankan English-language news sites' articles of August and September 2025 (--news lknews
# --window 7; pairs within 7 days: identical 17, same title 37, overlapping 99, other 19,748,
# one site's pages sharing its furniture, across outlets 358). Few identical pairs, and the
# rest split between the same-title, overlapping, one site's and the sites' pairs.
TWENTYFIRST_QUOTAS = FIFTEENTH_QUOTAS
TWENTYFIRST_NEWS_QUOTAS = {"identical": 8, "same title": 25, "overlapping": 35, "other": 30,
                           "across outlets": 37}  # fmt: skip
# The twenty-second draw (the test22 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, five
# British national news outlets' articles of November 2023 (--news uknews --window 7; pairs
# within 7 days: identical 254, same title 91, overlapping 103, other 40,467, one outlet's
# pages sharing its furniture, across outlets 1,466). test21's quotas: few identical pairs,
# and the rest split between the same-title, overlapping, one outlet's and the outlets' pairs.
TWENTYSECOND_QUOTAS = FIFTEENTH_QUOTAS
TWENTYSECOND_NEWS_QUOTAS = TWENTYFIRST_NEWS_QUOTAS
# The twenty-third draw (the test23 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, fourteen
# Bangladeshi English-language news sites' pages crawled on 15 February 2026 (--news bdpress
# --window 7; pairs within 7 days: identical 155, same title 14, overlapping 29, other 246,
# one site's pages, across outlets 197). test22's quotas, the 11 same-title and 6
# overlapping pairs missing (all drawn) spread over the identical, one site's and the sites'
# pairs.
TWENTYTHIRD_QUOTAS = FIFTEENTH_QUOTAS
TWENTYTHIRD_NEWS_QUOTAS = {"identical": 10, "same title": 14, "overlapping": 29, "other": 38,
                           "across outlets": 44}  # fmt: skip
# The twenty-fourth draw (the test24 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, four
# papers' articles on the Israel-Hamas war of October 2023 to April 2024 (--news mepress
# --window 7; pairs within 7 days: identical 0, same title 0, overlapping 13, other 44,
# one paper's articles, across outlets 11): every pair within the window is drawn.
TWENTYFOURTH_QUOTAS = FIFTEENTH_QUOTAS
TWENTYFOURTH_NEWS_QUOTAS = {"overlapping": 13, "other": 44, "across outlets": 11}
# The twenty-fifth draw (the test25 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, the
# Korean Central News Agency's English articles of August to November 2024, one agency's
# pages only (--news kcna --window 7; pairs within 7 days: identical 1,199, one story under
# several topic pages' addresses, same title 875, most of them a daily item of other days,
# overlapping 5, other 1,370): few identical pairs, all the overlapping ones, and the rest
# split between the same-title and the other pairs.
TWENTYFIFTH_QUOTAS = FIFTEENTH_QUOTAS
TWENTYFIFTH_NEWS_QUOTAS = {"identical": 12, "same title": 40, "overlapping": 5, "other": 83}
# The twenty-sixth draw (the test26 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, NewsSumm's
# Indian English newspaper articles as one study kept them, most of them of a few days of
# 2024 and 2025 (--news innews --window 7; pairs within 7 days: identical 22, same title 156,
# most of them one paper's article entered twice, overlapping 35, earnings 3, other 86, one
# paper's articles, across outlets 30): few identical pairs, every across-outlets and
# earnings pair, and the rest split between the same-title, overlapping and one paper's pairs.
TWENTYSIXTH_QUOTAS = FIFTEENTH_QUOTAS
TWENTYSIXTH_NEWS_QUOTAS = {"identical": 8, "same title": 30, "overlapping": 25, "earnings": 3,
                           "other": 35, "across outlets": 30}  # fmt: skip
# The twenty-seventh draw (the test27 part): no Reuters pairs again (its Reuters articles are
# the originals of its planted copies), and pairs of another news corpus with dates, two
# public broadcasters' Pacific stories, ABC News's and RNZ's, as the World Bank's Pacific
# Observatory scraped them (--news pacnews --window 7; pairs within 7 days: identical 16,
# same title 16, overlapping 25, other 566, one broadcaster's stories, across outlets 17):
# every identical, same-title, overlapping and across-outlets pair, and as many of the one
# broadcaster's pairs besides.
TWENTYSEVENTH_QUOTAS = FIFTEENTH_QUOTAS
TWENTYSEVENTH_NEWS_QUOTAS = {"identical": 16, "same title": 16, "overlapping": 25,
                             "other": 60, "across outlets": 17}  # fmt: skip
QUOTA_CHOICES = {"first": QUOTAS, "second": SECOND_QUOTAS, "third": THIRD_QUOTAS,
                 "fourth": FOURTH_QUOTAS, "fifth": FIFTH_QUOTAS, "sixth": SIXTH_QUOTAS,
                 "seventh": SEVENTH_QUOTAS, "eighth": EIGHTH_QUOTAS,
                 "ninth": NINTH_QUOTAS, "tenth": TENTH_QUOTAS,
                 "eleventh": ELEVENTH_QUOTAS, "twelfth": TWELFTH_QUOTAS,
                 "thirteenth": THIRTEENTH_QUOTAS, "fourteenth": FOURTEENTH_QUOTAS,
                 "fourteenth-news": FOURTEENTH_NEWS_QUOTAS,
                 "fifteenth": FIFTEENTH_QUOTAS,
                 "fifteenth-news": FIFTEENTH_NEWS_QUOTAS,
                 "sixteenth": SIXTEENTH_QUOTAS,
                 "sixteenth-news": SIXTEENTH_NEWS_QUOTAS,
                 "seventeenth": SEVENTEENTH_QUOTAS,
                 "seventeenth-news": SEVENTEENTH_NEWS_QUOTAS,
                 "eighteenth": EIGHTEENTH_QUOTAS,
                 "eighteenth-news": EIGHTEENTH_NEWS_QUOTAS,
                 "nineteenth": NINETEENTH_QUOTAS,
                 "nineteenth-news": NINETEENTH_NEWS_QUOTAS,
                 "twentieth": TWENTIETH_QUOTAS,
                 "twentieth-news": TWENTIETH_NEWS_QUOTAS,
                 "twentyfirst": TWENTYFIRST_QUOTAS,
                 "twentyfirst-news": TWENTYFIRST_NEWS_QUOTAS,
                 "twentysecond": TWENTYSECOND_QUOTAS,
                 "twentysecond-news": TWENTYSECOND_NEWS_QUOTAS,
                 "twentythird": TWENTYTHIRD_QUOTAS,
                 "twentythird-news": TWENTYTHIRD_NEWS_QUOTAS,
                 "twentyfourth": TWENTYFOURTH_QUOTAS,
                 "twentyfourth-news": TWENTYFOURTH_NEWS_QUOTAS,
                 "twentyfifth": TWENTYFIFTH_QUOTAS,
                 "twentyfifth-news": TWENTYFIFTH_NEWS_QUOTAS,
                 "twentysixth": TWENTYSIXTH_QUOTAS,
                 "twentysixth-news": TWENTYSIXTH_NEWS_QUOTAS,
                 "twentyseventh": TWENTYSEVENTH_QUOTAS,
                 "twentyseventh-news": TWENTYSEVENTH_NEWS_QUOTAS}  # fmt: skip

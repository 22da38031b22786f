"""The facet precision scorer (bench/facet_precision_eval.py) and its labelled Wikinews set."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from helpers import REPO

from bench.facet_precision_eval import (
    ALLSIDES,
    BASIL,
    BBC,
    BDNEWS,
    CELEBRITY,
    FAKEHEALTH,
    FNC,
    GHANANEWS,
    GUARDIAN,
    HYPERPARTISAN,
    INNEWS,
    LATAFNEWS,
    MASAKHANEWS,
    NEWSDATA,
    NEWSLK,
    NEXISNEWS,
    PARTS,
    PKNEWS,
    PNGNEWS,
    PTC,
    RECOVERY,
    TEHRANTIMES,
    TEXTS,
    TIMESOFMALTA,
    UKNEWS,
    USLOCAL,
    VUNEWS,
    WEBIS,
    ZBCNEWS,
    Value,
    read_labels,
    score,
)


def test_precision_counts_right_and_wrong_values_and_sets_unlabelled_apart() -> None:
    labels = {("place", "paris@FR"): True, ("place", "bidan"): False, ("org", "bbk"): True}
    values = [
        Value("q1", "place", "paris@FR", "Paris"),
        Value("q2", "place", "paris@FR", "Paris"),  # a label holds in every query
        Value("q1", "place", "bidan", "Biden"),
        Value("q1", "org", "bbk", "BBC"),
        Value("q1", "person", "nobody", "Nobody"),
    ]
    scores = {s.facet: s for s in score(values, labels)}
    assert (scores["place"].right, scores["place"].labelled) == (2, 3)
    assert scores["place"].precision == pytest.approx(2 / 3)
    assert scores["org"].precision == 1.0
    assert (scores["person"].labelled, scores["person"].unlabelled) == (0, 1)
    assert (scores["all"].right, scores["all"].labelled, scores["all"].unlabelled) == (3, 4, 1)


def test_a_bad_label_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text('{"facet": "org", "id": "x", "ok": true}\n{"facet": "org"}\n')
    with pytest.raises(SystemExit, match=r"labels.jsonl:2: not a label line"):
        read_labels(path)


@pytest.mark.parametrize("part", sorted(PARTS))
def test_the_shipped_labels_cover_three_facets_with_a_reason_for_each_wrong_one(part: str) -> None:
    data = PARTS[part]
    rows = [json.loads(line) for line in (data / "labels.jsonl").read_text("utf-8").splitlines()]
    assert {row["facet"] for row in rows} == {"place", "person", "org"}
    assert all(row["ok"] or row.get("why") for row in rows)
    listed = (data / "articles.tsv").read_text("utf-8").splitlines()
    # test2 is the 43 Wikinews documents of the GUM corpus (its README says why so few)
    assert listed[0] == "id\turl" and len(listed) > (40 if part == "test2" else 100)
    # test3 to test11 are BBC News (files of the Greene and Cunningham dataset), fresh1 US
    # news sites (addresses of many publishers), fresh2 three US outlets (BASIL's
    # addresses), fresh3 the corpus files of the PTC on GitHub, fresh4 the addresses of
    # the AllSides corpus's outlets, fresh5 the FNC-1 bodies by file and body id (no web
    # address is known), fresh6 the addresses of FakeHealth's stories (some of them a
    # web.archive.org copy's), fresh7 the Celebrity dataset's files on GitHub at the
    # commit drawn from, fresh8 the addresses of the BuzzFeed-Webis corpus's ABC News,
    # CNN and Politico articles, fresh9 the addresses the SemEval-2019 hyperpartisan
    # task's ground truth gives its articles, fresh10 the addresses of ReCOVery's reliable
    # sites' articles, fresh11 the BBC addresses of MasakhaNEWS's English articles,
    # fresh12 the Sri Lankan newspapers' addresses of news_long_lk's articles, fresh13 the
    # Ghanaian news sites' addresses of ghana-news-feed's stories, fresh14 the Bangladeshi
    # newspapers' addresses of BDNewsPaperScraper's articles, fresh15 Dawn's and the APP's
    # addresses of xai_articles's articles, fresh16 The National's addresses of
    # PNG-News-Database's articles, fresh17 ZBC News's addresses of flask-news-scraper's
    # stories, fresh18 five British outlets' addresses of UK_News_Scrapers's articles,
    # fresh19 the rows of NewsSumm's file in a summarisation study's repository on GitHub
    # (the rows have no address), fresh20 Vanuatu Business Review's addresses of the Pacific
    # Observatory's scrape, fresh21 US local news sites' addresses of NLGF's test set,
    # fresh22 The Guardian's addresses of your-next-city's articles, fresh23 the text files of
    # a course project's Nexis Uni download on GitHub (China Daily's and The Daily
    # Telegraph's; the download has no web address), fresh24 the Latin American and African
    # news sites' addresses of the English Worldwide Newswire set's files, fresh25 the Tehran
    # Times's addresses of Tehran-Times-Dataset's pages, fresh26 the files of a scrape of the
    # Times of Malta on GitHub (its articles have no web address), the others Wikinews
    prefix = "bbc/" if part in BBC else "https://en.wikinews.org/"
    web = NEWSDATA + BASIL + ALLSIDES + FAKEHEALTH + WEBIS + HYPERPARTISAN + RECOVERY
    web += MASAKHANEWS + NEWSLK + GHANANEWS + BDNEWS + PKNEWS + PNGNEWS + ZBCNEWS + UKNEWS
    web += VUNEWS + USLOCAL + GUARDIAN + LATAFNEWS + TEHRANTIMES
    prefix = "http" if part in web else prefix
    prefix = "https://github.com/aschern/semeval2020_task11/blob/" if part in PTC else prefix
    celebrity = "https://github.com/pmacinec/fake-news-datasets/blob/"
    prefix = celebrity if part in CELEBRITY else prefix
    newssumm = "https://github.com/Kavyahegde-2609/factuality-aware-indian-news-summarization/"
    prefix = newssumm + "blob/" if part in INNEWS else prefix
    nexis = "https://github.com/robinhu1/comm313_S21_Final_Project/blob/"
    prefix = nexis if part in NEXISNEWS else prefix
    malta = "https://github.com/dvas0004/TimesOfMaltaExplorer/blob/"
    prefix = malta if part in TIMESOFMALTA else prefix
    prefix = "" if part in FNC else prefix
    assert all(line.split("\t")[1].startswith(prefix) for line in listed[1:])
    body = r"(train|competition_test)_bodies\.csv#\d+"
    assert part not in FNC or all(re.fullmatch(body, line.split("\t")[1]) for line in listed[1:])
    assert len((data / "queries.txt").read_text("utf-8").split()) >= 5


def test_no_two_parts_share_an_article_or_a_query() -> None:
    def addresses(part: str) -> set[str]:
        lines = (PARTS[part] / "articles.tsv").read_text("utf-8").splitlines()[1:]
        return {line.split("\t")[1] for line in lines}

    def queries(part: str) -> set[str]:
        return set((PARTS[part] / "queries.txt").read_text("utf-8").split())

    parts = sorted(PARTS)
    for one, other in ((a, b) for a in parts for b in parts if a < b):
        assert not addresses(one) & addresses(other)
        assert not queries(one) & queries(other)


def openings(part: str) -> list[str]:
    """The first 200 characters of each article's text of a part."""
    with gzip.open(TEXTS[part], "rt", encoding="utf-8") as rows:
        return [json.loads(row)["text"][:200] for row in rows]


def test_the_two_parts_texts_share_no_article() -> None:
    if not all(TEXTS[part].is_file() for part in PARTS):
        pytest.skip("needs the parts' text beside the repository (../bench-data), not committed")

    def texts(part: str) -> set[str]:
        return set(openings(part))

    assert not texts("dev") & texts("test")
    assert not (texts("dev") | texts("test")) & texts("test2")
    assert not (texts("dev") | texts("test") | texts("test2")) & texts("test3")
    assert not (texts("dev") | texts("test") | texts("test2") | texts("test3")) & texts("test4")
    earlier = texts("dev") | texts("test") | texts("test2") | texts("test3") | texts("test4")
    assert not earlier & texts("test5")
    assert not (earlier | texts("test5")) & texts("test6")
    assert not (earlier | texts("test5") | texts("test6")) & texts("test7")
    assert not (earlier | texts("test5") | texts("test6") | texts("test7")) & texts("test8")
    later = texts("test5") | texts("test6") | texts("test7") | texts("test8")
    assert not (earlier | later) & texts("test9")
    assert not (earlier | later | texts("test9")) & texts("test10")
    assert not (earlier | later | texts("test9") | texts("test10")) & texts("test11")
    assert REPO.is_dir()


def test_the_bbc_parts_share_no_article_even_under_another_file_name() -> None:
    # the BBC dataset holds some articles twice under two names: compared by text
    if not all(TEXTS[part].is_file() for part in BBC):
        pytest.skip("needs the BBC parts' text beside the repository (../bench-data/bbc)")
    three, four, five = openings("test3"), openings("test4"), openings("test5")
    six, seven, eight = openings("test6"), openings("test7"), openings("test8")
    nine, ten, eleven = openings("test9"), openings("test10"), openings("test11")
    assert len(four) == len(set(four)) == 200
    assert len(five) == len(set(five)) == 200
    assert len(six) == len(set(six)) == 200
    assert len(seven) == len(set(seven)) == 200
    assert len(eight) == len(set(eight)) == 200
    assert len(nine) == len(set(nine)) == 200
    assert len(ten) == len(set(ten)) == 200
    # test11: 40 of each class but tech, of which only 6 files were left to draw
    assert len(eleven) == len(set(eleven)) == 166
    assert not set(three) & set(four)
    assert not (set(three) | set(four)) & set(five)
    assert not (set(three) | set(four) | set(five)) & set(six)
    assert not (set(three) | set(four) | set(five) | set(six)) & set(seven)
    assert not (set(three) | set(four) | set(five) | set(six) | set(seven)) & set(eight)
    before_nine = set(three) | set(four) | set(five) | set(six) | set(seven) | set(eight)
    assert not before_nine & set(nine)
    assert not (before_nine | set(nine)) & set(ten)
    assert not (before_nine | set(nine) | set(ten)) & set(eleven)


def test_the_parts_are_listed_in_their_order_with_test10_and_test11_after_test9() -> None:
    # part names run past test9: "test10" and "test11" sort before "test2" as text, so the
    # listing (and --part's choices) keep the order the parts were made in
    assert list(PARTS)[-29:] == [
        "test9",
        "test10",
        "test11",
        "fresh1",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh26",
    ]
    assert BBC[-2:] == ("test10", "test11")
    assert PARTS["test10"].name == "bbc_test10" and PARTS["test11"].name == "bbc_test11"
    assert TEXTS["test10"].parent.name == TEXTS["test11"].parent.name == "bbc"


def listed_docs(part: str, count: int) -> tuple[list[dict[str, str]], list[str]]:
    """A part's articles, as listed in its articles.tsv, and their openings: ``count``
    articles, no opening twice (skips when the text is not beside the repository)."""
    if not TEXTS[part].is_file():
        pytest.skip(f"needs {part}'s text beside the repository ({TEXTS[part].parent})")
    with gzip.open(TEXTS[part], "rt", encoding="utf-8") as rows:
        docs = [json.loads(row) for row in rows]
    listed = (PARTS[part] / "articles.tsv").read_text("utf-8").splitlines()[1:]
    assert [f"{d['id']}\t{d['url']}" for d in docs] == listed
    fresh = [d["text"][:200] for d in docs]
    assert len(fresh) == len(set(fresh)) == count
    return docs, fresh


def test_fresh1_holds_the_listed_articles_once_each_none_of_the_bbc_parts() -> None:
    # fresh1: US news sites of March 2023, another corpus than every earlier part's
    docs, fresh = listed_docs("fresh1", 194)
    assert all(d["date"].startswith("2023-03") and d["source"] and d["title"] for d in docs)
    for part in (p for p in BBC if TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh2_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh2: BASIL's New York Times, Fox News and HuffPost articles of 2010-2019, another
    # corpus than every earlier part's
    docs, fresh = listed_docs("fresh2", 200)
    assert all("2010" <= d["date"][:4] <= "2019" and d["source"] for d in docs)
    # one BASIL file drawn gives an empty title (its text is whole)
    assert sum(not d["title"] for d in docs) == 1
    assert {d["source"] for d in docs} == {"The New York Times", "Fox News", "HuffPost"}
    for part in (p for p in PARTS if p != "fresh2" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh3_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh3: news articles of the Propaganda Techniques Corpus (SemEval-2020 task 11),
    # another corpus than every earlier part's; the corpus gives no day
    docs, fresh = listed_docs("fresh3", 200)
    assert all(d["title"] and d["source"] and not d["date"] for d in docs)
    assert all(d["id"] == "ptc-" + d["url"].rsplit("article", 1)[1][:-4] for d in docs)
    for part in (p for p in PARTS if p != "fresh3" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh4_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh4: news articles of the AllSides corpus of Baly et al. 2020, another corpus than
    # every earlier part's; the corpus gives no day for some articles
    docs, fresh = listed_docs("fresh4", 200)
    assert all(d["title"] and d["source"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"allsides-[A-Za-z0-9]{16}", d["id"]) for d in docs)
    assert all(not d["date"] or "2012" <= d["date"][:4] <= "2020" for d in docs)
    for part in (p for p in PARTS if p != "fresh4" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh5_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh5: article bodies of the Fake News Challenge (FNC-1), another corpus than every
    # earlier part's; the corpus gives no title, day or address
    docs, fresh = listed_docs("fresh5", 200)
    assert all(not d["title"] and not d["date"] and d["source"] == "FNC-1" for d in docs)
    assert all(len(d["text"]) >= 800 for d in docs)
    assert all(
        re.fullmatch(r"fnc-(train|test)-\d+", d["id"])
        and d["url"].split("#")[1] == d["id"].rsplit("-", 1)[1]
        and d["url"].startswith("train" if d["id"].startswith("fnc-train-") else "competition")
        for d in docs
    )
    # the draw kept one body per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh5" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh6_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh6: health news stories of FakeHealth's HealthStory, another corpus than every
    # earlier part's; the corpus gives no day for some stories
    docs, fresh = listed_docs("fresh6", 200)
    assert all(d["title"] and d["source"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"fakehealth-\d{5}", d["id"]) for d in docs)
    assert all(not d["date"] or "2009" <= d["date"][:4] <= "2018" for d in docs)
    assert all("web.archive.org" not in d["source"] for d in docs)
    # the draw kept one story per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh6" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh7_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh7: celebrity news of the Celebrity dataset (Perez-Rosas et al. 2018), legit and
    # fake, another corpus than every earlier part's; the corpus gives no day or outlet
    docs, fresh = listed_docs("fresh7", 200)
    assert all(d["title"] and not d["date"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"celebrity-(legit|fake)-\d{3}", d["id"]) for d in docs)
    # the address is the file's: celebrity-legit-001 is .../celebrityDataset/legit/001legit.txt
    files = (d["id"].split("-")[1:] for d in docs)
    named = [f"/celebrityDataset/{kind}/{number}{kind}.txt" for kind, number in files]
    assert all(d["url"].endswith(name) for d, name in zip(docs, named, strict=True))
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh7" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh8_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh8: ABC News, CNN and Politico articles of September 2016, the mainstream news of
    # the BuzzFeed-Webis Fake News Corpus 2016, another corpus than every earlier part's;
    # the corpus gives no day
    docs, fresh = listed_docs("fresh8", 200)
    assert all(d["title"] and not d["date"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"webis-\d{4}", d["id"]) for d in docs)
    assert {d["source"] for d in docs} == {"ABC News", "CNN", "Politico"}
    hosts = ("abcnews.go.com/", "cnn.com/", "politico.com/", "politico.eu/")
    assert all(any(host in d["url"] for host in hosts) for d in docs)
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh8" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh9_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh9: news of many sites, the articles of SemEval-2019 Task 4's by-article set
    # labelled not hyperpartisan, another corpus than every earlier part's; the corpus
    # names no publisher (the source is the address's host) and gives no day for some
    docs, fresh = listed_docs("fresh9", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"hyperpartisan-\d{7}", d["id"]) for d in docs)
    assert all(not d["date"] or re.fullmatch(r"\d{4}-\d\d-\d\d", d["date"]) for d in docs)
    assert all(d["source"] and d["source"] in d["url"] for d in docs)
    assert len({d["source"] for d in docs}) > 50
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh9" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh10_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh10: COVID-19 news of 2020 of the sites the ReCOVery repository rates reliable,
    # another corpus than every earlier part's; every article gives its day and publisher
    docs, fresh = listed_docs("fresh10", 200)
    assert all(d["title"] and d["source"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"recovery-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"2020-\d\d-\d\d", d["date"]) for d in docs)
    assert len({d["source"] for d in docs}) > 10
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh10" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh11_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh11: BBC News and BBC Sport articles of MasakhaNEWS's English part, another
    # corpus than every earlier part's (the BBC parts are the publisher's 2004-2005
    # dataset); the corpus gives no day
    docs, fresh = listed_docs("fresh11", 200)
    assert all(d["title"] and not d["date"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"masakhanews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(d["url"].startswith("https://www.bbc.co.uk/") for d in docs)
    sport = {d["source"] == "BBC Sport" for d in docs if "/sport/" in d["url"]}
    assert sport == {True} and {d["source"] for d in docs} == {"BBC News", "BBC Sport"}
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh11" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh12_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh12: long-form articles and opinion pieces of three Sri Lankan English-language
    # outlets of 2024-2026, another corpus than every earlier part's; the day is the
    # scrape's record's
    docs, fresh = listed_docs("fresh12", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"newslk-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"202[4-6]-\d\d-\d\d", d["date"]) for d in docs)
    hosts = {"Daily FT": "ft.lk/", "Daily Mirror": "dailymirror.lk/"}
    hosts["dbsjeyaraj.com"] = "dbsjeyaraj.com/"
    assert all(hosts[d["source"]] in d["url"] for d in docs)
    assert len({d["source"] for d in docs}) == 3
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh12" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh13_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh13: news stories of Ghanaian news sites of January 2026, another corpus than
    # every earlier part's; Peace FM's stories give no day (the feed's "3 hours ago"), and
    # the feed took no title for a few stories
    docs, fresh = listed_docs("fresh13", 200)
    assert all(d["source"] and len(d["text"]) >= 800 for d in docs)
    assert sum(bool(d["title"]) for d in docs) > 190
    assert all(re.fullmatch(r"ghnews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"(2026-01-\d\d)?", d["date"]) for d in docs)
    assert all(d["date"] or d["source"] == "PeaceFM" for d in docs)
    assert len({d["source"] for d in docs}) > 10
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh13" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh14_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh14: English articles of Bangladeshi newspapers of December 2025, another corpus
    # than every earlier part's; The Business Standard's and bdnews24.com's give no day,
    # and the scrape met a few older Prothom Alo pages
    docs, fresh = listed_docs("fresh14", 200)
    assert all(d["source"] and d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"bdnews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"(\d{4}-\d\d-\d\d)?", d["date"]) for d in docs)
    assert sum(d["date"].startswith("2025-12") for d in docs) > 100
    assert len({d["source"] for d in docs}) > 2
    # the scrape's run-together paragraphs were split: no sentence end runs into a capital
    assert not any(re.search(r"[a-z][.?!][A-Z][a-z]", d["text"]) for d in docs)
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh14" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh15_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh15: Pakistani news of October 2025, Dawn's and the Associated Press of
    # Pakistan's, another corpus than every earlier part's; every article has a day
    docs, fresh = listed_docs("fresh15", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"pknews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"2025-1[01]-\d\d", d["date"]) for d in docs)
    hosts = {"Dawn": "dawn.com/", "APP": "app.com.pk/"}
    assert all(hosts[d["source"]] in d["url"] for d in docs)
    assert {d["source"] for d in docs} == {"Dawn", "APP"}
    # the page's title element's tail (" - Pakistan - DAWN.COM") is not in the titles
    assert not any(d["title"].endswith("DAWN.COM") for d in docs)
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh15" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh16_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh16: Papua New Guinea's The National of late August to November 2025, another
    # corpus than every earlier part's; every article has a day and one paragraph (the
    # collection keeps no paragraph breaks)
    docs, fresh = listed_docs("fresh16", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"pngnews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"2025-(0[89]|1[01])-\d\d", d["date"]) for d in docs)
    assert all(d["url"].startswith("https://www.thenational.com.pg/") for d in docs)
    assert {d["source"] for d in docs} == {"The National"}
    assert not any("\n" in d["text"] for d in docs)
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh16" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh17_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh17: ZBC News (the Zimbabwe Broadcasting Corporation's site) of December 2024 to
    # July 2025, another corpus than every earlier part's; the day is the scraper's record
    # of when it took the story, and four stories have none
    docs, fresh = listed_docs("fresh17", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"zbcnews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"((2024-12|2025-0[1-7])-\d\d)?", d["date"]) for d in docs)
    assert sum(not d["date"] for d in docs) == 4
    assert all(d["url"].startswith("https://www.zbcnews.co.zw/") for d in docs)
    assert {d["source"] for d in docs} == {"ZBC News"}
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh17" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh18_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh18: British national news of June to December 2023 (The Guardian, The
    # Independent, the Evening Standard, Sky News and i), another corpus than every earlier
    # part's; the day is the scraper's record of when it took the story, and the BBC's
    # stories, the earlier parts' news, are left out
    docs, fresh = listed_docs("fresh18", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"uknews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"2023-(0[6-9]|1[0-2])-\d\d", d["date"]) for d in docs)
    outlets = {"The Guardian", "The Independent", "Evening Standard", "Sky News", "i"}
    assert {d["source"] for d in docs} == outlets
    hosts = {d["url"].split("/")[2] for d in docs}
    assert "www.bbc.co.uk" not in hosts and "www.bbc.com" not in hosts
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh18" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh19_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh19: Indian newspapers of June 2024 to January 2025 (NewsSumm's articles in a
    # summarisation study's file), another corpus than every earlier part's; the rows
    # carry no address, so an article is named by its row of the file at the commit read
    docs, fresh = listed_docs("fresh19", 200)
    assert all(d["title"] and d["source"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"innews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"2024-(0[6-9]|1[0-2])-\d\d|2025-01-\d\d", d["date"]) for d in docs)
    row = r"https://github\.com/\S+/blob/[0-9a-f]{40}/data/processed/Google%20colab/val_1k\.csv"
    assert all(re.fullmatch(row + r"#row-\d+", d["url"]) for d in docs)
    assert len({d["url"] for d in docs}) == 200
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh19" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh20_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh20: Vanuatu news of April 2020 to September 2023 (Vanuatu Business Review of
    # the World Bank Pacific Observatory's scrape), another corpus than every earlier part's
    docs, fresh = listed_docs("fresh20", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert {d["source"] for d in docs} == {"Vanuatu Business Review"}
    assert all(re.fullmatch(r"vunews-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"202[0-3]-\d\d-\d\d", d["date"]) for d in docs)
    assert all(re.fullmatch(r"https://vbr\.vu/news/[a-z0-9-]+/", d["url"]) for d in docs)
    assert len({d["url"] for d in docs}) == 200
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh20" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh21_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh21: US local news (164 sites of NLGF's test set of the 3DLNews2 dataset), another
    # corpus than every earlier part's; the file gives no day, so only a day an address
    # holds is kept
    docs, fresh = listed_docs("fresh21", 200)
    assert all(d["title"] and d["source"] and len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"uslocal-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"(202[2-4]-\d\d-\d\d)?", d["date"]) for d in docs)
    assert sum(bool(d["date"]) for d in docs) == 44
    assert all(re.match(r"https?://", d["url"]) for d in docs)
    assert len({d["url"] for d in docs}) == 200 and len({d["source"] for d in docs}) == 164
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh21" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh22_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh22: The Guardian's articles of 2007-2016 naming Bangkok, Shanghai, Taiwan or Tel
    # Aviv (your-next-city's collection), another corpus than every earlier part's
    docs, fresh = listed_docs("fresh22", 200)
    assert all(d["title"] and len(d["text"]) >= 800 for d in docs)
    assert {d["source"] for d in docs} == {"The Guardian"}
    assert all(re.fullmatch(r"guardian-[0-9a-f]{10}", d["id"]) for d in docs)
    assert all(re.fullmatch(r"20(0[7-9]|1[0-6])-\d\d-\d\d", d["date"]) for d in docs)
    assert all(d["url"].startswith("https://www.theguardian.com/") for d in docs)
    assert len({d["url"] for d in docs}) == 200
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    # none of the articles whose text was printed while the corpus was chosen
    seen = (PARTS["fresh22"] / "seen.tsv").read_text("utf-8").splitlines()[1:]
    assert not {line.split("\t")[1] for line in seen} & {d["url"] for d in docs}
    for part in (p for p in PARTS if p != "fresh22" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh23_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh23: China Daily's (US edition) and The Daily Telegraph's (Sydney) articles of
    # 2020-2021 from a course project's Nexis Uni download, another corpus than every
    # earlier part's
    docs, fresh = listed_docs("fresh23", 200)
    assert all(len(d["text"]) >= 800 for d in docs)
    outlets = {"China Daily - US Edition", "The Daily Telegraph (Australia)"}
    assert {d["source"] for d in docs} == outlets
    assert all(re.fullmatch(r"nexis-[0-9a-f]{10}", d["id"]) for d in docs)
    # a day where the project's index names the file once (all but three articles)
    assert all(re.fullmatch(r"202[01]-\d\d-\d\d", d["date"]) for d in docs if d["date"])
    assert sum(bool(d["title"]) for d in docs) == sum(bool(d["date"]) for d in docs) == 197
    folders = ("data/text/china_daily/", "data/text/daily_telegraph/")
    base = "https://github.com/robinhu1/comm313_S21_Final_Project/blob/dd53b08"
    assert all(d["url"].startswith(base) and any(f in d["url"] for f in folders) for d in docs)
    assert len({d["url"] for d in docs}) == 200
    # the draw kept one article per opening with whitespace runs read as one space
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    for part in (p for p in PARTS if p != "fresh23" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh24_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh24: 31 Latin American and African news sites' articles of the English Worldwide
    # Newswire set, another corpus than every earlier part's
    docs, fresh = listed_docs("fresh24", 200)
    assert all(len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"latafnews-[a-z_]+_\d+", d["id"]) for d in docs)
    assert len({d["source"] for d in docs}) == 31
    # a day where the address holds one (48 articles, all of 2022)
    assert sum(bool(d["date"]) for d in docs) == 48
    assert all(re.fullmatch(r"2022-\d\d-\d\d", d["date"]) for d in docs if d["date"])
    assert len({d["url"] for d in docs}) == 200
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    # no address of an earlier part: test_no_two_parts_share_an_article_or_a_query
    for part in (p for p in PARTS if p != "fresh24" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh25_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh25: the Tehran Times's news pages of Tehran-Times-Dataset's crawl of its site,
    # another corpus than every earlier part's
    docs, fresh = listed_docs("fresh25", 200)
    assert all(len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"tehrantimes-\d+", d["id"]) for d in docs)
    assert {d["source"] for d in docs} == {"tehrantimes.com (Iran)"}
    assert not any(d["title"] or d["date"] for d in docs)
    assert all(re.match(r"https://www\.tehrantimes\.com/news/\d+/", d["url"]) for d in docs)
    assert len({d["url"] for d in docs}) == 200
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    # the site's footer line, on every page, is cut
    assert not any(d["text"].endswith("International License.") for d in docs)
    # no address of an earlier part: test_no_two_parts_share_an_article_or_a_query
    for part in (p for p in PARTS if p != "fresh25" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))


def test_fresh26_holds_the_listed_articles_once_each_none_of_the_other_parts() -> None:
    # fresh26: the Times of Malta's national news of TimesOfMaltaExplorer's scrape of its
    # site, another corpus than every earlier part's
    docs, fresh = listed_docs("fresh26", 200)
    assert all(len(d["text"]) >= 800 for d in docs)
    assert all(re.fullmatch(r"timesofmalta-\d+", d["id"]) for d in docs)
    assert {d["source"] for d in docs} == {"timesofmalta.com (Malta)"}
    assert not any(d["title"] or d["date"] for d in docs)
    base = "https://github.com/dvas0004/TimesOfMaltaExplorer/blob/"
    base += "c651c7b4fa997bb930032483fd07bc2ca20482b1/"
    assert all(
        re.fullmatch(re.escape(base) + r"tom_articles_\d+\.json#id-\d+", d["url"]) for d in docs
    )
    assert len({d["url"] for d in docs}) == 200
    assert len({" ".join(d["text"].split())[:200] for d in docs}) == 200
    # no address of an earlier part: test_no_two_parts_share_an_article_or_a_query
    for part in (p for p in PARTS if p != "fresh26" and TEXTS[p].is_file()):
        assert not set(fresh) & set(openings(part))

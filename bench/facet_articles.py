"""Facet labels per article: which articles a labelled value covers, and in which of them
its mentions are not the labelled entity (``bench/facet_precision_eval.py``'s article level).

A label line of a part's ``labels.jsonl`` may carry, beside ``facet``, ``id``, ``value``,
``ok`` and ``why``:

- ``articles``: the sorted ids (as the index stores them: the part's ``articles.tsv``
  ids) of the part's articles whose facet holds the value, recorded at the commit
  ``articles_at`` names (``bench/facet_article_labels.py --record`` writes both);
- ``wrong_in``: for a value labelled wrong, the sorted ids of those articles in which the
  value's mentions are not this entity of this type and link, read from their sentences
  (``bench/facet_article_labels.py --list``); equal to ``articles`` for a value wrong
  everywhere (page furniture, a non-entity); ``[]`` for a value right in every article it
  covers at ``articles_at`` though labelled wrong before (with a ``read_again`` note).

With ``articles``, a value is right at the article level when none of the articles it
covers now is in ``wrong_in`` and all of them are in ``articles``; one that covers an
article not in ``articles`` is counted apart ("covers articles not read") and listed with
those ids, to be read and added. A value labelled wrong with ``articles`` but no
``wrong_in`` yet counts as wrong in all its articles (as at the value level); a label
without ``articles`` scores as at the value level.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

Key = tuple[str, str]  # (facet, entity id)
KINDS = {"place": "PLACE", "person": "PERSON", "org": "ORG"}
# A sentence's end: a stop, a question or exclamation mark before a space, or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(\[A-Z0-9])|\n+")


@dataclass(frozen=True)
class ArticleLabel:
    """A value's label with its articles, where recorded (None: not recorded)."""

    ok: bool
    articles: frozenset[str] | None = None
    wrong_in: frozenset[str] | None = None

    def wrong_articles(self) -> frozenset[str]:
        """The articles in which the value is wrong (all it covered, for a wrong value
        whose articles are not read yet)."""
        if self.wrong_in is not None:
            return self.wrong_in
        return frozenset() if self.ok else (self.articles or frozenset())


@dataclass(frozen=True)
class ArticleScore:
    facet: str
    right: int
    labelled: int
    unlabelled: int
    unread: int  # values covering articles their label has not read

    @property
    def precision(self) -> float:
        return self.right / self.labelled if self.labelled else 0.0


def _ids(row: Mapping[str, object], name: str) -> frozenset[str] | None:
    found = row.get(name)
    if found is None:
        return None
    if not isinstance(found, list) or not all(isinstance(i, str) for i in found):
        raise TypeError(f"{name} is not a list of article ids")
    return frozenset(found)


def read_article_labels(path: Path) -> dict[Key, ArticleLabel]:
    """(facet, id) -> its label with its articles, from one JSON object per line."""
    labels: dict[Key, ArticleLabel] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            label = ArticleLabel(bool(row["ok"]), _ids(row, "articles"), _ids(row, "wrong_in"))
            labels[(row["facet"], row["id"])] = label
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a label line ({error})") from None
    return labels


def verdict(label: ArticleLabel, current: frozenset[str]) -> bool | None:
    """Whether a value covering the articles ``current`` is right by its label; None
    when it covers articles the label has not read."""
    if label.articles is None:
        return label.ok
    if current - label.articles:
        return None
    return not current & label.wrong_articles()


def score_articles(
    values: Iterable[tuple[str, str]],
    labels: Mapping[Key, ArticleLabel],
    current: Mapping[Key, frozenset[str]],
    facets: Iterable[str] = tuple(KINDS),
) -> tuple[list[ArticleScore], dict[Key, frozenset[str]]]:
    """Precision per facet and over all (facet "all") of the scored values (one
    (facet, id) per query and rank, as the value level counts them), by their articles;
    and the values that cover articles not read, with those articles."""
    counts = {facet: [0, 0, 0, 0] for facet in (*facets, "all")}
    unread: dict[Key, frozenset[str]] = {}
    for key in values:
        label = labels.get(key)
        covered = current.get(key, frozenset())
        right = None if label is None else verdict(label, covered)
        for facet in (key[0], "all"):
            if label is None:
                counts[facet][2] += 1
            elif right is None:
                counts[facet][3] += 1
            else:
                counts[facet][0] += right
                counts[facet][1] += 1
        if label is not None and right is None and label.articles is not None:
            unread[key] = covered - label.articles
    return [ArticleScore(facet, *numbers) for facet, numbers in counts.items()], unread


def wrong_pairs(
    keys: Iterable[Key], labels: Mapping[Key, ArticleLabel], current: Mapping[Key, frozenset[str]]
) -> list[tuple[str, str, str]]:
    """The (facet, id, article) pairs still present in which a value is wrong, sorted."""
    pairs: set[tuple[str, str, str]] = set()
    for key in set(keys):
        label = labels.get(key)
        if label is not None and label.articles is not None:
            wrong = current.get(key, frozenset()) & label.wrong_articles()
            pairs.update((*key, article) for article in wrong)
    return sorted(pairs)


def value_articles(index: Path) -> dict[Key, frozenset[str]]:
    """(facet, id) -> the articles of the index whose facet holds the value: those whose
    entities of its type hold the id, and for a person those holding a surname alone that
    the person facet folds into it (``search.surname_folds``)."""
    from search.store import open_store

    found: dict[Key, set[str]] = {}
    with open_store(index) as store:
        folds = store.person_folds
        for article in store.reader.documents():
            for facet, kind in KINDS.items():
                for entity in article.entities.get(kind, ()):
                    head = folds.get(entity, entity) if kind == "PERSON" else entity
                    found.setdefault((facet, head), set()).add(article.id)
    return {key: frozenset(ids) for key, ids in found.items()}


def sentences(text: str) -> list[str]:
    """The text's sentences (split at sentence ends and line breaks), roughly."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def spelled(text: str, spellings: Iterable[str], width: int = 160) -> list[str]:
    """The sentences of text that hold one of the spellings as whole words; of a
    sentence longer than twice ``width``, the ``width`` characters on each side of the
    first spelling found."""
    words = sorted({s for s in spellings if s.strip()}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    found = []
    for sentence in sentences(text):
        match = pattern.search(sentence)
        if match and len(sentence) > 2 * width:
            start, end = max(0, match.start() - width), match.end() + width
            found.append(f"...{sentence[start:end]}...")
        elif match:
            found.append(sentence)
    return found

"""bench/extraction_stages.py: its stage timers leave extraction's output and the
modules as they were, and its shares add up (a stage never outweighs the one that
calls it)."""

from __future__ import annotations

import sys

from helpers import REPO

sys.path.insert(0, str(REPO))
import index.extract.entities as entities_module  # noqa: E402
import index.extract.recognise as recognise_module  # noqa: E402
import index.extract.tagger as tagger_module  # noqa: E402
from bench.extraction_stages import CRFSUITE, MENDS, STAGES, profile  # noqa: E402

TEXTS = [
    "TOKYO, March 3 - Finance Minister Kiichi Miyazawa told the Bank of Japan that the\n"
    "yen had risen too far, the Securities and Exchange Commission said in Washington.",
    "LONDON - Shares in Imperial Chemical Industries Plc rose after Mr John Harvey-Jones\n"
    "said the company would sell its stake in a French venture to Rhone-Poulenc SA.",
]


def test_stage_timers_change_no_output_and_are_removed() -> None:
    before = [recognise_module.recognise(text) for text in TEXTS]
    extracted = [entities_module.extract_entities(text) for text in TEXTS]
    originals = [getattr(module, name) for _, _, module, name in STAGES]
    load_tagger, mends = tagger_module.load_tagger, entities_module.MENDS
    totals, shares = profile(TEXTS, 2)
    assert [getattr(module, name) for _, _, module, name in STAGES] == originals
    assert tagger_module.load_tagger is load_tagger
    assert entities_module.MENDS is mends
    assert [recognise_module.recognise(text) for text in TEXTS] == before
    assert [entities_module.extract_entities(text) for text in TEXTS] == extracted
    assert len(totals) == len(shares) == 2 and all(total > 0 for total in totals)


def test_nested_stages_fit_inside_their_caller() -> None:
    _, shares = profile(TEXTS, 1)
    share = shares[0]
    labels = {name: label for _, label, _, name in STAGES}
    assert all(0 <= value <= 1 for value in share.values())
    assert share[labels["classify"]] > 0 and share[labels["tag_for_vetting"]] > 0
    inside_recognise = ("classify", "tag_for_vetting", "vet", "merge", "link")
    assert sum(share[labels[name]] for name in inside_recognise) <= share[labels["recognise"]]
    assert share[labels["recognise"]] + share[MENDS] <= 1
    assert share[labels["find_segments"]] <= share[labels["classify"]]
    inside_tagger = (labels["read_text"], labels["runs"], labels["run_names"])
    assert sum(share[label] for label in inside_tagger) <= share[labels["tag_for_vetting"]]
    assert share[labels["window_features"]] + share[CRFSUITE] <= share[labels["run_names"]]

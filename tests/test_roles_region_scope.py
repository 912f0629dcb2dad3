"""A continent's or region's adjective before a title is the office's scope, no body (roles/nouns.py
_region_scope, words.tsv region_adjectives): "Asian director for Acme" is director for Acme only."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_region_adjective_before_a_title_is_no_body() -> None:
    reading = read("""
    Prices    price     NOUN  NNS 2 nsubj    -
    rose      rise      VERB  VBD 4 ccomp    -
    ,         ,         PUNCT ,   4 punct    -
    said      say       VERB  VBD 0 ROOT     -
    Tom       Tom       PROPN NNP 6 compound PERSON
    Reyes     Reyes     PROPN NNP 4 nsubj    I-PERSON
    ,         ,         PUNCT ,   6 punct    -
    African   African   PROPN NNP 9 compound NORP
    Director  Director  PROPN NNP 6 appos    -
    for       for       ADP   IN  9 prep     -
    Acme      Acme      PROPN NNP 12 compound ORG
    Corp      Corp      PROPN NNP 10 pobj    I-ORG
    .         .         PUNCT .   4 punct    -
    """)
    titles = facts(reading, "title")
    assert ("Tom Reyes", "director for", "Acme Corp") in titles
    assert not {f for f in titles if f[2] == "African"}

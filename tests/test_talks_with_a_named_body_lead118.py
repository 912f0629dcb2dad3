"""Talks named after a body are talks with it (lead, stop 54): "Peru and Chile held IMF talks" is not Peru
meeting Chile; each holds talks with the IMF ("Iraq and Afghanistan in WTO talks" was read as the two
meeting each other in round 199). Plain "held talks" still pairs them. Parsed by hand (tests/hand_docs.py)
as the model parses it; the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_TABLE = """
    Peru   Peru   PROPN NNP 4 nsubj    GPE
    and    and    CCONJ CC  1 cc       -
    Chile  Chile  PROPN NNP 1 conj     GPE
    held   hold   VERB  VBD 0 ROOT     -
    {body}
    talks  talk   NOUN  NNS 4 dobj     -
    .      .      PUNCT .   4 punct    -
    """


def test_talks_named_after_a_body_do_not_pair_the_subjects() -> None:
    triples = read_triples(_TABLE.replace("{body}", "IMF    IMF    PROPN NNP 6 compound -"))
    assert ("Peru", "meet with", "Chile") not in triples, triples


def test_plain_talks_pair_the_subjects() -> None:
    triples = read_triples(_TABLE.replace("{body}", "trade  trade  NOUN  NN  6 compound -"))
    assert ("Peru", "meet with", "Chile") in triples, triples


def test_a_headlines_talks_after_a_body_do_not_pair_the_subjects() -> None:
    # "Peru and Chile in IMF talks": the tagger took "talks" for the verb, the parser hung "in IMF" on Peru
    triples = read_triples("""
    Peru   Peru   PROPN NNP 6 nsubj    GPE
    and    and    CCONJ CC  1 cc       -
    Chile  Chile  PROPN NNP 1 conj     GPE
    in     in     ADP   IN  1 prep     -
    IMF    IMF    PROPN NNP 4 pobj     ORG
    talks  talk   VERB  VBZ 0 ROOT     -
    """)
    assert ("Peru", "talk with", "Chile") not in triples, triples

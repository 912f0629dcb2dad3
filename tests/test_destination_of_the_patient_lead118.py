"""What an actor is brought "into" is where that actor goes, no party to the act (lead, stop 54): "Jan Lind
welcomed Finland into NATO" is Lind welcoming Finland; "Lind welcome into NATO" said nothing (our own seed
story gave it). Parsed by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_the_place_an_actor_is_welcomed_into_is_no_party() -> None:
    triples = read_triples("""
    Jan       Jan       PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    welcomed  welcome   VERB  VBD 0 ROOT     -
    Finland   Finland   PROPN NNP 3 dobj     GPE
    into      into      ADP   IN  3 prep     -
    NATO      NATO      PROPN NNP 5 pobj     ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert ("Jan Lind", "welcome", "Finland") in triples, triples
    assert not [t for t in triples if t[0] == "Jan Lind" and t[2] == "NATO"], triples

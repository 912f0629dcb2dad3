"""A bare public (sector PPL: "voters", "the public") hung on a clause whose subject is a person of a state
is that person's state's people, not those of the state the story names most, here only as where the person
visited (wave 109 H; affiliations/organisations._constituents_state). Sentences written for this
test; the parse is hand-built."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Chilean President Ana Vela has raised her standing with voters since her visit to Peru. Vela signed
# a pact with Peru in Lima." (the tagger's reading: "her standing" a gerund clause with "her" its subject)
STANDING = """
    Chilean   Chilean   ADJ   JJ  2  amod     NORP
    President President PROPN NNP 4  compound -
    Ana       Ana       PROPN NNP 4  compound PERSON
    Vela      Vela      PROPN NNP 6  nsubj    I-PERSON
    has       have      AUX   VBZ 6  aux      -
    raised    raise     VERB  VBN 0  ROOT     -
    her       she       PRON  PRP 8  nsubj    -
    standing  stand     VERB  VBG 6  ccomp    -
    with      with      ADP   IN  8  prep     -
    voters    voter     NOUN  NNS 9  pobj     -
    since     since     ADP   IN  6  prep     -
    her       her       PRON  PRP$ 13 poss    -
    visit     visit     NOUN  NN  11 pobj     -
    to        to        ADP   IN  13 prep     -
    Peru      Peru      PROPN NNP 14 pobj     GPE
    .         .         PUNCT .   6  punct    -
    Vela      Vela      PROPN NNP 18 nsubj    PERSON
    signed    sign      VERB  VBD 0  ROOT     -
    a         a         DET   DT  20 det      -
    pact      pact      NOUN  NN  18 dobj     -
    with      with      ADP   IN  20 prep     -
    Peru      Peru      PROPN NNP 21 pobj     GPE
    in        in        ADP   IN  18 prep     -
    Lima      Lima      PROPN NNP 23 pobj     GPE
    .         .         PUNCT .   18 punct    -
"""


def test_voters_a_person_courts_are_the_persons_states() -> None:
    triples = read_triples(STANDING)
    assert ("Ana Vela", "stand with", "Chilean voters") in triples
    assert not any("Peruvian" in obj for _, _, obj in triples)

"""A sea the tagger took for a people, after a preposition the parser took for a particle, is a place and no
party (lead, stop 48, completing wave 104 E's contact relatives and wave 103 E's seas): "the alert followed
measures Peru has been taking in the Adriatic since May" gave "Peru -take in-> Adriatic" with the sea a
people (entities/retyping._sea_taken_for_a_people and clauses/objects._gapped_place, through
syntax.after_particle). The parse is stated by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

TABLE = """
The      the      DET   DT  2  det   -
alert    alert    NOUN  NN  3  nsubj -
followed follow   VERB  VBD 0  ROOT  -
measures measure  NOUN  NNS 3  dobj  -
Peru     Peru     PROPN NNP 8  nsubj GPE
has      have     AUX   VBZ 8  aux   -
been     be       AUX   VBN 8  aux   -
taking   take     VERB  VBG 4  relcl -
in       in       ADP   RP  8  prt   -
the      the      DET   DT  11 det   -
Adriatic Adriatic PROPN NNP 8  dobj  NORP
since    since    SCONJ IN  8  prep  -
May      May      PROPN NNP 12 pobj  DATE
.        .        PUNCT .   3  punct -
"""


def test_a_sea_after_a_particle_in_a_contact_relative_is_no_party() -> None:
    triples = read_triples(TABLE)
    assert not any(o == "Adriatic" for _, _, o in triples), triples

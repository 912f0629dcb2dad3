"""Wave 104 E, item 3: in "measures Peru has been taking in the Pacific" (a relative clause with no relative
word) the noun is what is taken; the sea the parser makes the object after "in" read as a particle is where,
no party. Sentences ours, parses built by hand (as the tagger and parser read them)."""

from __future__ import annotations

from hand_docs import read_triples

# "Chile protested because of measures Peru has been taking in the Pacific."
_MEASURES_TAKEN_IN = """
Chile     Chile    PROPN NNP 2  nsubj GPE
protested protest  VERB  VBD 0  ROOT  -
because   because  SCONJ IN  2  prep  -
of        of       ADP   IN  3  pcomp -
measures  measure  NOUN  NNS 3  pobj  -
Peru      Peru     PROPN NNP 9  nsubj GPE
has       have     AUX   VBZ 9  aux   -
been      be       AUX   VBN 9  aux   -
taking    take     VERB  VBG 5  relcl -
in        in       ADP   RP  9  prt   -
the       the      DET   DT  12 det   -
Pacific   Pacific  PROPN NNP 9  dobj  LOC
.         .        PUNCT .   2  punct -
"""


def test_a_sea_after_a_particle_in_a_contact_relative_clause_is_where() -> None:
    assert not {t for t in read_triples(_MEASURES_TAKEN_IN) if t[2] == "Pacific"}

"""Wave 106 G mend (REVIEW106 finding 3): "in accord with" is compliance only when its object is a thing
("in accord with Chilean ministry guidelines": no accord, tests/test_event_roots_wave106g.py); with a party
it states an agreement ("Peru is in full accord with Chile": an accord with Chile, words.tsv
conformity_phrases, objects.respect_phrase). The parse is stated by hand (tests/hand_docs.py); the sentence
is ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Peru is in full accord with Chile on the tariff plan."
_IN_ACCORD_WITH_A_PARTY = """
Peru     Peru     PROPN NNP 2  nsubj    GPE
is       be       AUX   VBZ 0  ROOT     -
in       in       ADP   IN  2  prep     -
full     full     ADJ   JJ  5  amod     -
accord   accord   NOUN  NN  3  pobj     -
with     with     ADP   IN  5  prep     -
Chile    Chile    PROPN NNP 6  pobj     GPE
on       on       ADP   IN  5  prep     -
the      the      DET   DT  11 det      -
tariff   tariff   NOUN  NN  11 compound -
plan     plan     NOUN  NN  8  pobj     -
.        .        PUNCT .   2  punct    -
"""


def test_in_accord_with_a_party_is_an_accord() -> None:
    assert ("Peru", "accord with", "Chile") in read_triples(_IN_ACCORD_WITH_A_PARTY)

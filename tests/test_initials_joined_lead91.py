"""A firm's initials joined by a lower-case "and" ("AT and T", a wire archive's spelt-out ampersand) are one
name, whatever the tagger made of them (hand-built parse)."""

from __future__ import annotations

from hand_docs import read, read_triples

STOPPED = """
Siemens Siemens PROPN NNP 2  nsubj ORG
tried   try     VERB  VBD 0  ROOT  -
to      to      PART  TO  4  aux   -
stop    stop    VERB  VB  2  xcomp -
AT      AT      PROPN NNP 4  dobj  -
and     and     CCONJ CC  5  cc    -
T       t       NOUN  NN  5  conj  -
from    from    ADP   IN  4  prep  -
buying  buy     VERB  VBG 8  pcomp -
the     the     DET   DT  11 det   -
stake   stake   NOUN  NN  9  dobj  -
.       .       PUNCT .   2  punct -
"""


def test_initials_joined_by_and_are_one_firm() -> None:
    assert "AT and T" in {e.label for e in read(STOPPED).entities.entities()}
    assert any(obj == "AT and T" for _, _, obj in read_triples(STOPPED))

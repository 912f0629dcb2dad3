"""Hand-built parse: a participle in "-ed" right after a noun, which the parser reads as a clause of the
governing verb with no subject of its own ("a meeting of aid donors grouped in the Paris Club"), is a
reduced relative on the noun: the donors are grouped, not the speaker."""

from __future__ import annotations

from hand_docs import facts, read

GROUPED = """
Ali       Ali       PROPN NNP 2  compound PERSON
Wardhana  Wardhana  PROPN NNP 4  nsubj    I-PERSON
was       be        AUX   VBD 4  aux      -
speaking  speak     VERB  VBG 0  ROOT     -
at        at        ADP   IN  4  prep     -
a         a         DET   DT  7  det      -
meeting   meeting   NOUN  NN  5  pobj     -
of        of        ADP   IN  7  prep     -
aid       aid       NOUN  NN  10 compound -
donors    donor     NOUN  NNS 8  pobj     -
grouped   group     VERB  VBD 4  {dep:8} -
in        in        ADP   IN  11 prep     -
the       the       DET   DT  15 det      -
Paris     Paris     PROPN NNP 15 compound ORG
Club      Club      PROPN NNP 12 pobj     I-ORG
.         .         PUNCT .   4  punct    -
"""


def test_a_participle_after_a_noun_is_no_deed_of_the_speaker() -> None:
    # "Ali Wardhana was speaking at a meeting of aid donors grouped in the Paris Club."
    for dep in ("advcl", "ccomp"):
        reading = read(GROUPED.format(dep=dep))
        assert not any(s == "Ali Wardhana" for s, _, _ in facts(reading, "prep"))

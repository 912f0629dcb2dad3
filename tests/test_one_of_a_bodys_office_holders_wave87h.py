"""One of a body's office holders (wave 87 H): "Tomas Verdan became one of 12 FESTA leaders to join a hunger
strike" makes Verdan a holder of the body's office ("leader of" FESTA, read by the title rule as "became a
FESTA leader" is: roles.clauses.one_of_roles), never "become" the body; "Verdan is one of 12 FESTA leaders"
likewise, never "be one" of it (objects.SlotReader._objects). The parses are built by hand as the parser gave
them (tests/hand_docs.py); the sentences and the names are ours."""

from __future__ import annotations

from hand_docs import read_triples

BECAME = """
Tomas    Tomas    PROPN NNP  2  compound -
Verdan   Verdan   PROPN NNP  3  nsubj  PERSON
became   become   VERB  VBD  0  ROOT   -
one      one      NUM   CD   3  attr   -
of       of       ADP   IN   4  prep   -
12       12       NUM   CD   8  nummod -
FESTA    FESTA    PROPN NNP  8  compound ORG
leaders  leader   NOUN  NNS  5  pobj   -
to       to       PART  TO   10 aux    -
join     join     VERB  VB   3  xcomp  -
a        a        DET   DT   13 det    -
hunger   hunger   NOUN  NN   13 compound -
strike   strike   NOUN  NN   10 dobj   -
.        .        PUNCT .    3  punct  -
"""

IS = """
Tomas    Tomas    PROPN NNP  2  compound -
Verdan   Verdan   PROPN NNP  3  nsubj  PERSON
is       be       AUX   VBZ  0  ROOT   -
one      one      NUM   CD   3  attr   -
of       of       ADP   IN   4  prep   -
12       12       NUM   CD   8  nummod -
FESTA    FESTA    PROPN NNP  8  compound ORG
leaders  leader   NOUN  NNS  5  pobj   -
.        .        PUNCT .    3  punct  -
"""


def test_becoming_one_of_a_bodys_leaders_holds_its_office() -> None:
    facts = {(s, p, o) for s, p, o in read_triples(BECAME) if o == "FESTA"}
    assert facts == {("Tomas Verdan", "leader of", "FESTA")}  # no "become" FESTA


def test_being_one_of_a_bodys_leaders_holds_its_office() -> None:
    facts = {(s, p, o) for s, p, o in read_triples(IS) if o == "FESTA"}
    assert facts == {("Tomas Verdan", "leader of", "FESTA")}  # no "be one" FESTA

"""A bank named after its town ("Bank of Montreal"), a firm named after its state in another language
("Petroleos de Venezuela") are of that country; the GATT is an international body, of no state. Sentences
written for these tests, parses built by hand."""

from __future__ import annotations

from hand_docs import country_of, read

BANK_OF_A_TOWN = """
The        the        DET   DT   2   det       ORG
Bank       Bank       PROPN NNP  5   nsubj     I-ORG
of         of         ADP   IN   2   prep      I-ORG
Montreal   Montreal   PROPN NNP  3   pobj      I-ORG
lent       lend       VERB  VBD  0   ROOT      -
money      money      NOUN  NN   5   dobj      -
to         to         ADP   IN   5   dative    -
Mexico     Mexico     PROPN NNP  7   pobj      GPE
.          .          PUNCT .    5   punct     -
"""

FIRM_DE_A_STATE = """
Petroleos  Petroleos  PROPN NNP  3   nmod      ORG
de         de         X     FW   3   nmod      I-ORG
Venezuela  Venezuela  PROPN NNP  4   nsubj     I-ORG
halted     halt       VERB  VBD  0   ROOT      -
shipments  shipment   NOUN  NNS  4   dobj      -
to         to         ADP   IN   4   prep      -
Texaco     Texaco     PROPN NNP  6   pobj      ORG
.          .          PUNCT .    4   punct     -
"""

CONSULT_GATT = """
Japan      Japan      PROPN NNP  3   nsubj     GPE
would      would      AUX   MD   3   aux       -
consult    consult    VERB  VB   0   ROOT      -
GATT       GATT       PROPN NNP  3   dobj      ORG
in         in         ADP   IN   4   prep      -
Tokyo      Tokyo      PROPN NNP  5   pobj      GPE
.          .          PUNCT .    3   punct     -
"""


def test_a_bank_named_after_its_town_is_of_the_town_s_country() -> None:
    assert country_of(read(BANK_OF_A_TOWN), "Bank of Montreal") == "CAN"


def test_a_firm_named_after_its_state_with_de_is_of_that_state() -> None:
    assert country_of(read(FIRM_DE_A_STATE), "Petroleos de Venezuela") == "VEN"


def test_the_gatt_is_of_no_state() -> None:
    reading = read(CONSULT_GATT)
    names = ("GATT", "General Agreement on Tariffs and Trade")
    [gatt] = [e for e in reading.entities.entities() if e.label in names]
    assert gatt.country is None

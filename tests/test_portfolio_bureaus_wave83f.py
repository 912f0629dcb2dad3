"""Wave 83 F: a state's agency named "<portfolio> Bureau" ("the Customs Bureau", "the Statistics Bureau") is a
generic agency of portfolios as "the Bureau of Customs" is (entities/organisations.portfolio_body, data
portfolio_heads_after): with no state's word, the story's state's. The parse is stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.organisations import portfolio_body
from hand_docs import country_of, read

_STORY = """
The            the            DET    DT      2 det        -
Philippines    Philippines    PROPN  NNPS    4 nsubj      GPE
will           will           AUX    MD      4 aux        -
tax            tax            VERB   VB      0 ROOT       -
miners         miner          NOUN   NNS     4 dobj       -
from           from           ADP    IN      5 prep       -
Japan          Japan          PROPN  NNP     6 pobj       GPE
in             in             ADP    IN      4 prep       -
Manila         Manila         PROPN  NNP     8 pobj       GPE
.              .              PUNCT  .       4 punct      -
Luzon          Luzon          PROPN  NNP    13 compound   ORG
Mining         Mining         PROPN  NNP    13 compound   I-ORG
Corp           Corp           PROPN  NNP    14 nsubj      I-ORG
reported       report         VERB   VBD     0 ROOT       -
to             to             ADP    IN     14 prep       -
the            the            DET    DT     18 det        -
Customs        Customs        PROPN  NNP    18 compound   ORG
Bureau         Bureau         PROPN  NNP    15 pobj       I-ORG
.              .              PUNCT  .      14 punct      -
"""


def test_portfolio_before_bureau_names_a_states_agency():
    assert portfolio_body("the Customs Bureau")
    assert portfolio_body("Statistics Bureau")
    assert not portfolio_body("Political Bureau")


def test_customs_bureau_is_the_settings():
    assert country_of(read(_STORY), "Customs Bureau") == "PHL"

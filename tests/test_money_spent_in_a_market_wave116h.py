"""Wave 116 H: "Kestrel plans to invest 50m euros in Brazil": a firm's money spent or invested in a state,
named after "in", goes to its market, no material cooperation (06) with the state as an actor; the edge
stays with no event code (relations._market_spent_in). A state investing in another state stays 06. The
sentences are ours and their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import roots_between

# "Kestrel plans to invest 50m euros in Brazil."
FIRM_INVESTS = """
Kestrel   Kestrel   PROPN NNP  2  nsubj    ORG
plans     plan      VERB  VBZ  0  ROOT     -
to        to        PART  TO   4  aux      -
invest    invest    VERB  VB   2  xcomp    -
50        50        NUM   CD   6  nummod   CARDINAL
m         m         PROPN NNP  7  compound -
euros     euro      NOUN  NNS  4  dobj     -
in        in        ADP   IN   7  prep     -
Brazil    Brazil    PROPN NNP  8  pobj     GPE
.         .         PUNCT .    2  punct    -
"""

# "Japan plans to invest 50m euros in Brazil."
STATE_INVESTS = FIRM_INVESTS.replace(
    "Kestrel   Kestrel   PROPN NNP  2  nsubj    ORG", "Japan     Japan     PROPN NNP  2  nsubj    GPE"
)


def test_a_firms_money_put_in_a_state_is_no_cooperation_with_it() -> None:
    roots = roots_between(FIRM_INVESTS, "Kestrel", "Brazil")
    assert roots == {None}


def test_a_state_investing_in_another_stays_material_cooperation() -> None:
    assert roots_between(STATE_INVESTS, "Japan", "Brazil") == {"06"}

"""A state asks its own firms only with a home request verb, and never its lenders (review 106, finding 1;
wave 106 H). A bare class of firms that a state asks, urges or calls on to act is its own ("Peru will ask
companies to boost imports"), but banks, lenders and creditors it asks to reschedule its debt are the
creditors it owes, and companies it invites to bid are any bidders: both stay of no state. Each story names
a second state (hand_docs.then_abroad), so that no story state settles it. Sentences written for these
tests; the parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import read_triples, then_abroad

# "Peru asked banks to reschedule its debt."
ASKS_BANKS = """
    Peru       Peru       PROPN NNP 2  nsubj    GPE
    asked      ask        VERB  VBD 0  ROOT     -
    banks      bank       NOUN  NNS 2  dobj     -
    to         to         PART  TO  5  aux      -
    reschedule reschedule VERB  VB  2  xcomp    -
    its        its        PRON  PRP$ 7 poss     -
    debt       debt       NOUN  NN  5  dobj     -
    .          .          PUNCT .   2  punct    -
"""

# "Peru urged creditors to ease its debt terms."
URGES_CREDITORS = """
    Peru       Peru       PROPN NNP 2  nsubj    GPE
    urged      urge       VERB  VBD 0  ROOT     -
    creditors  creditor   NOUN  NNS 2  dobj     -
    to         to         PART  TO  5  aux      -
    ease       ease       VERB  VB  2  xcomp    -
    its        its        PRON  PRP$ 8 poss     -
    debt       debt       NOUN  NN  8  compound -
    terms      term       NOUN  NNS 5  dobj     -
    .          .          PUNCT .   2  punct    -
"""

# "Peru invited companies to bid for oil contracts."
INVITES = """
    Peru       Peru       PROPN NNP 2  nsubj    GPE
    invited    invite     VERB  VBD 0  ROOT     -
    companies  company    NOUN  NNS 2  dobj     -
    to         to         PART  TO  5  aux      -
    bid        bid        VERB  VB  2  xcomp    -
    for        for        ADP   IN  5  prep     -
    oil        oil        NOUN  NN  8  compound -
    contracts  contract   NOUN  NNS 6  pobj     -
    .          .          PUNCT .   2  punct    -
"""

# "Peru urged companies to boost imports.": a guard, the state's own firms
URGES_FIRMS = """
    Peru       Peru       PROPN NNP 2  nsubj    GPE
    urged      urge       VERB  VBD 0  ROOT     -
    companies  company    NOUN  NNS 2  dobj     -
    to         to         PART  TO  5  aux      -
    boost      boost      VERB  VB  2  xcomp    -
    imports    import     NOUN  NNS 5  dobj     -
    .          .          PUNCT .   2  punct    -
"""


def test_banks_a_state_asks_to_reschedule_its_debt_are_of_no_state() -> None:
    triples = read_triples(then_abroad(ASKS_BANKS))
    assert ("Peru", "ask", "banks") in triples
    assert ("Peru", "ask", "Peruvian banks") not in triples


def test_creditors_a_state_urges_are_of_no_state() -> None:
    triples = read_triples(then_abroad(URGES_CREDITORS))
    assert ("Peru", "urge", "creditors") in triples
    assert ("Peru", "urge", "Peruvian creditors") not in triples


def test_firms_a_state_invites_to_bid_are_of_no_state() -> None:
    triples = read_triples(then_abroad(INVITES))
    assert ("Peru", "invite", "businesses") in triples
    assert ("Peru", "invite", "Peruvian businesses") not in triples


def test_firms_a_state_urges_stay_its_own() -> None:
    assert ("Peru", "urge", "Peruvian businesses") in read_triples(then_abroad(URGES_FIRMS))

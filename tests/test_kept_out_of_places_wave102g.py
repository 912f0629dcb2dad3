"""Wave 102 G: after a verb of prevention (prevention_verbs: block, bar, ban, exclude, keep ...) with a party
as its direct object, the place, market or body after "from" (or "out of") is where the party is kept from,
not whom the verb is done to: no edge to it, the edge to the party stays (rules._kept_out_of). Goods kept
out ("banned beef from Peru") come from the state after "from", which keeps its edge. The parses are
stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Trade Secretary Ana Ruiz vowed on Friday to exclude Peruvian airlines from Lima."
_EXCLUDE_AIRLINES_FROM_A_CITY = """
Trade        Trade        PROPN NNP  2   compound  -
Secretary    Secretary    PROPN NNP  4   compound  -
Ana          Ana          PROPN NNP  4   compound  PERSON
Ruiz         Ruiz         PROPN NNP  5   nsubj     I-PERSON
vowed        vow          VERB  VBD  0   ROOT      -
on           on           ADP   IN   5   prep      -
Friday       Friday       PROPN NNP  6   pobj      DATE
to           to           PART  TO   9   aux       -
exclude      exclude      VERB  VB   5   xcomp     -
Peruvian     peruvian     ADJ   JJ   11  amod      NORP
airlines     airline      NOUN  NNS  9   dobj      -
from         from         ADP   IN   9   prep      -
Lima         Lima         PROPN NNP  12  pobj      GPE
.            .            PUNCT .    5   punct     -
"""

# "Chile barred Acme Corp from the European Union."
_BAR_FIRM_FROM_A_BODY = """
Chile        Chile        PROPN NNP  2   nsubj     GPE
barred       bar          VERB  VBD  0   ROOT      -
Acme         Acme         PROPN NNP  4   compound  ORG
Corp         Corp         PROPN NNP  2   dobj      I-ORG
from         from         ADP   IN   2   prep      -
the          the          DET   DT   8   det       -
European     European     PROPN NNP  8   compound  ORG
Union        Union        PROPN NNP  5   pobj      I-ORG
.            .            PUNCT .    2   punct     -
"""

# "Chile banned beef from Peru.", with "from" hung on the verb
_BAN_GOODS_FROM_A_STATE = """
Chile        Chile        PROPN NNP  2   nsubj     GPE
banned       ban          VERB  VBD  0   ROOT      -
beef         beef         NOUN  NN   2   dobj      -
from         from         ADP   IN   2   prep      -
Peru         Peru         PROPN NNP  4   pobj      GPE
.            .            PUNCT .    2   punct     -
"""


def test_place_a_party_is_blocked_from_is_no_party() -> None:
    triples = read_triples(_EXCLUDE_AIRLINES_FROM_A_CITY)
    assert not {t for t in triples if t[2] == "Lima"}
    assert ("Ana Ruiz", "vow to exclude", "Peruvian airlines") in triples


def test_body_a_firm_is_barred_from_is_no_party() -> None:
    triples = read_triples(_BAR_FIRM_FROM_A_BODY)
    assert not {t for t in triples if t[2] == "European Union"}
    assert ("Chile", "bar", "Acme Corp") in triples


def test_state_goods_are_banned_from_keeps_its_edge() -> None:
    assert {t for t in read_triples(_BAN_GOODS_FROM_A_STATE) if t[2] == "Peru"}

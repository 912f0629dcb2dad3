"""Wave 98 H: a party taken to a forum ("took Peru to GATT", "to court", "before the World Court") is one act
against the party there: the forum goes into the predicate ("take to GATT" Peru) and is no party of its own,
and the forum's phrase still selects the verb's sense (a complaint to an international body, 114; a suit
before a court, 115). A matter taken to a forum ("took the dispute to GATT") keeps the forum as its object."""

from __future__ import annotations

from hand_docs import codes_between, read_triples

# "Officials said Chile was considering taking Peru to GATT, the Geneva-based body which oversees farm trade,
# if Lima imposed the duties."
_TAKING_A_STATE_TO_GATT = """
Officials  official   NOUN  NNS  2  nsubj     -
said       say        VERB  VBD  0  ROOT      -
Chile      Chile      PROPN NNP  5  nsubj     GPE
was        be         AUX   VBD  5  aux       -
considering consider  VERB  VBG  2  ccomp     -
taking     take       VERB  VBG  5  xcomp     -
Peru       Peru       PROPN NNP  6  dobj      GPE
to         to         ADP   IN   6  prep      -
GATT       GATT       PROPN NNP  8  pobj      ORG
,          ,          PUNCT ,    5  punct     -
the        the        DET   DT   15 det       -
Geneva     Geneva     PROPN NNP  14 npadvmod  GPE
-          -          PUNCT HYPH 14 punct     -
based      base       VERB  VBN  15 amod      -
body       body       NOUN  NN   5  dobj      -
which      which      PRON  WDT  17 nsubj     -
oversees   oversee    VERB  VBZ  15 relcl     -
farm       farm       NOUN  NN   19 compound  -
trade      trade      NOUN  NN   17 dobj      -
,          ,          PUNCT ,    5  punct     -
if         if         SCONJ IN   23 mark      -
Lima       Lima       PROPN NNP  23 nsubj     GPE
imposed    impose     VERB  VBD  5  advcl     -
the        the        DET   DT   25 det       -
duties     duty       NOUN  NNS  23 dobj      -
.          .          PUNCT .    2  punct     -
"""

# "Chile threatened to take Peru to court."
_THREAT_TO_TAKE_TO_COURT = """
Chile      Chile      PROPN NNP  2  nsubj     GPE
threatened threaten   VERB  VBD  0  ROOT      -
to         to         PART  TO   4  aux       -
take       take       VERB  VB   2  xcomp     -
Peru       Peru       PROPN NNP  4  dobj      GPE
to         to         ADP   IN   4  prep      -
court      court      NOUN  NN   6  pobj      -
.          .          PUNCT .    2  punct     -
"""

# "Chile took Peru to the World Court."
_TAKEN_TO_THE_WORLD_COURT = """
Chile      Chile      PROPN NNP  2  nsubj     GPE
took       take       VERB  VBD  0  ROOT      -
Peru       Peru       PROPN NNP  2  dobj      GPE
to         to         ADP   IN   2  prep      -
the        the        DET   DT   7  det       -
World      World      PROPN NNP  7  compound  ORG
Court      Court      PROPN NNP  4  pobj      I-ORG
.          .          PUNCT .    2  punct     -
"""

# "Chile will take the dispute to GATT."
_A_DISPUTE_TAKEN_TO_GATT = """
Chile      Chile      PROPN NNP  3  nsubj     GPE
will       will       AUX   MD   3  aux       -
take       take       VERB  VB   0  ROOT      -
the        the        DET   DT   5  det       -
dispute    dispute    NOUN  NN   3  dobj      -
to         to         ADP   IN   3  prep      -
GATT       GATT       PROPN NNP  6  pobj      ORG
.          .          PUNCT .    3  punct     -
"""


def test_a_state_taken_to_an_international_body_is_one_act_against_it_there() -> None:
    triples = read_triples(_TAKING_A_STATE_TO_GATT)
    assert ("Chile", "consider take to GATT", "Peru") in triples
    # neither the forum nor the apposition naming it ("the Geneva-based body") is a party
    assert not any(o not in ("Peru",) for s, _, o in triples if s == "Chile")
    assert {code[:2] for code in codes_between(_TAKING_A_STATE_TO_GATT, "Chile", "Peru") if code} == {"11"}


def test_a_state_taken_to_court_names_the_court_in_the_predicate() -> None:
    assert ("Chile", "threaten to take to court", "Peru") in read_triples(_THREAT_TO_TAKE_TO_COURT)


def test_a_named_court_is_the_forum_of_a_suit_and_no_party() -> None:
    triples = read_triples(_TAKEN_TO_THE_WORLD_COURT)
    assert ("Chile", "take to World Court", "Peru") in triples
    assert not any(o == "World Court" for _, _, o in triples)
    assert codes_between(_TAKEN_TO_THE_WORLD_COURT, "Chile", "Peru") == {"115"}
    # a matter taken there, with no party taken, keeps the forum as its object
    assert ("Chile", "take dispute to", "GATT") in read_triples(_A_DISPUTE_TAKEN_TO_GATT)

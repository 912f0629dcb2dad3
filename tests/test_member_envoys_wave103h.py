"""Wave 103 H: the envoys of a body's member states. "U.N. diplomats", "NATO delegates", "OPEC ambassadors"
are the envoys the body's members send to it, not its own people (its own are "U.N. officials", and "the
U.N. envoy" is its own envoy): no edge to the body is read through them (words.tsv member_envoy_nouns,
clauses/arguments.py). A member named among a number of them ("conferred with a number of diplomats,
including the representative of Bolivia") stands for its state: the examples a quantity noun carries are
of its "of" phrase's group, and a representative of a state is its organ (words.tsv organ_nouns), read as
"the ambassador of X" is (`confer with representative of -> Bolivia`). The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Jan Bolt conferred with U.N. diplomats on Monday."
_UN_DIPLOMATS = """
Jan          Jan          PROPN NNP  2   compound  PERSON
Bolt         Bolt         PROPN NNP  3   nsubj     PERSON
conferred    confer       VERB  VBD  0   ROOT      -
with         with         ADP   IN   3   prep      -
U.N.         U.N.         PROPN NNP  6   compound  ORG
diplomats    diplomat     NOUN  NNS  4   pobj      -
on           on           ADP   IN   3   prep      -
Monday       Monday       PROPN NNP  7   pobj      DATE
.            .            PUNCT .    3   punct     -
"""

# "Jan Bolt conferred with U.N. officials on Monday."
_UN_OFFICIALS = _UN_DIPLOMATS.replace("diplomats    diplomat  ", "officials    official  ")

# "Jan Bolt conferred with a number of diplomats, including the representative of Bolivia."
_INCLUDING_A_REPRESENTATIVE = """
Jan            Jan            PROPN NNP  2   compound  PERSON
Bolt           Bolt           PROPN NNP  3   nsubj     PERSON
conferred      confer         VERB  VBD  0   ROOT      -
with           with           ADP   IN   3   prep      -
a              a              DET   DT   6   det       -
number         number         NOUN  NN   4   pobj      -
of             of             ADP   IN   6   prep      -
diplomats      diplomat       NOUN  NNS  7   pobj      -
,              ,              PUNCT ,    6   punct     -
including      include        VERB  VBG  6   prep      -
the            the            DET   DT   12  det       -
representative representative NOUN  NN   10  pobj      -
of             of             ADP   IN   12  prep      -
Bolivia        Bolivia        PROPN NNP  13  pobj      GPE
.              .              PUNCT .    3   punct     -
"""


def _objects(table: str) -> set[str]:
    return {obj for subj, _, obj, _, _, _ in read_modal_acts(table) if subj == "Jan Bolt"}


def test_member_states_diplomats_at_a_body_are_not_the_body() -> None:
    assert "United Nations" not in _objects(_UN_DIPLOMATS)
    # the body's own officials still act for it
    assert "United Nations" in _objects(_UN_OFFICIALS)


def test_a_state_named_among_a_number_of_diplomats_is_met() -> None:
    edges = {(pred, obj) for subj, pred, obj, _, _, _ in read_modal_acts(_INCLUDING_A_REPRESENTATIVE)}
    assert ("confer with representative of", "Bolivia") in edges

"""Wave 103 H: a stated lack of relations. Relations one has are a standing state of a pair, no deed
(rules._having), but "X has no (diplomatic) relations with Y", "X does not have ties with Y" and "X and Y
have no relations" state a lack an analyst lists: a negated edge `X -NOT have relation with-> Y` (rule
light_verb), both ways for coordinated subjects (rule reciprocal), and to the state a relative clause
"with which" hangs on (rule prep). Relations had, not denied, stay unread. The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Peru has no diplomatic relations with Chile."
_NO_RELATIONS_WITH = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
has          have         VERB  VBZ  0   ROOT      -
no           no           DET   DT   5   det       -
diplomatic   diplomatic   ADJ   JJ   5   amod      -
relations    relation     NOUN  NNS  2   dobj      -
with         with         ADP   IN   5   prep      -
Chile        Chile        PROPN NNP  6   pobj      GPE
.            .            PUNCT .    2   punct     -
"""

# "Peru has diplomatic relations with Chile."
_RELATIONS_WITH = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
has          have         VERB  VBZ  0   ROOT      -
diplomatic   diplomatic   ADJ   JJ   4   amod      -
relations    relation     NOUN  NNS  2   dobj      -
with         with         ADP   IN   4   prep      -
Chile        Chile        PROPN NNP  5   pobj      GPE
.            .            PUNCT .    2   punct     -
"""

# "Peru and Chile have no diplomatic relations."
_PAIR_HAS_NONE = """
Peru         Peru         PROPN NNP  4   nsubj     GPE
and          and          CCONJ CC   1   cc        -
Chile        Chile        PROPN NNP  1   conj      GPE
have         have         VERB  VBP  0   ROOT      -
no           no           DET   DT   7   det       -
diplomatic   diplomatic   ADJ   JJ   7   amod      -
relations    relation     NOUN  NNS  4   dobj      -
.            .            PUNCT .    4   punct     -
"""

# "Peru sent envoys to Bolivia, with which Chile has no relations."
_WITH_WHICH_NONE = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
sent         send         VERB  VBD  0   ROOT      -
envoys       envoy        NOUN  NNS  2   dobj      -
to           to           ADP   IN   2   prep      -
Bolivia      Bolivia      PROPN NNP  4   pobj      GPE
,            ,            PUNCT ,    5   punct     -
with         with         ADP   IN   10  prep      -
which        which        PRON  WDT  7   pobj      -
Chile        Chile        PROPN NNP  10  nsubj     GPE
has          have         VERB  VBZ  5   relcl     -
no           no           DET   DT   12  det       -
relations    relation     NOUN  NNS  10  dobj      -
.            .            PUNCT .    2   punct     -
"""


def _edges(table: str) -> set[tuple[str, str, str, bool]]:
    return {(subj, pred, obj, negated) for subj, pred, obj, _, _, negated in read_modal_acts(table)}


def test_no_relations_with_a_state_is_a_negated_edge() -> None:
    assert ("Peru", "have relation with", "Chile", True) in _edges(_NO_RELATIONS_WITH)
    # relations had, not denied, are a standing state: no edge
    assert not {e for e in _edges(_RELATIONS_WITH) if e[1] == "have relation with"}


def test_a_pair_with_no_relations_lacks_them_both_ways() -> None:
    edges = _edges(_PAIR_HAS_NONE)
    assert ("Peru", "have relation with", "Chile", True) in edges
    assert ("Chile", "have relation with", "Peru", True) in edges


def test_a_state_with_which_another_has_no_relations() -> None:
    assert ("Chile", "have relation with", "Bolivia", True) in _edges(_WITH_WHICH_NONE)

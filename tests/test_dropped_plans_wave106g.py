"""Wave 106 G: a plan its owner backs away from or backs down on is dropped (aim_dropping_verbs), also where
the parser reads the particle as an adverb that holds the preposition ("backing away from its plans") and
where the plan has no possessor ("backed down on plans to give X aid": the dropper's own plan). The act
planned is negated, not carried as still to come. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Peru is backing away from its plans to give Chile aid."
_AWAY_AS_ADVERB = """
Peru     Peru     PROPN NNP  3  nsubj  GPE
is       be       AUX   VBZ  3  aux    -
backing  back     VERB  VBG  0  ROOT   -
away     away     ADV   RB   3  advmod -
from     from     ADP   IN   4  prep   -
its      its      PRON  PRP$ 7  poss   -
plans    plan     NOUN  NNS  5  pobj   -
to       to       PART  TO   9  aux    -
give     give     VERB  VB   7  acl    -
Chile    Chile    PROPN NNP  9  dative GPE
aid      aid      NOUN  NN   9  dobj   -
.        .        PUNCT .    3  punct  -
"""

# "Peru backed down on plans to give Chile aid."
_NO_POSSESSOR = """
Peru     Peru     PROPN NNP  2  nsubj  GPE
backed   back     VERB  VBD  0  ROOT   -
down     down     ADP   RP   2  prt    -
on       on       ADP   IN   2  prep   -
plans    plan     NOUN  NNS  4  pobj   -
to       to       PART  TO   7  aux    -
give     give     VERB  VB   5  acl    -
Chile    Chile    PROPN NNP  7  dative GPE
aid      aid      NOUN  NN   7  dobj   -
.        .        PUNCT .    2  punct  -
"""


def _planned_acts(table: str) -> set[tuple[str, bool]]:
    return {(p, negated) for s, p, o, _, _, negated in read_modal_acts(table) if (s, o) == ("Peru", "Chile")}


def test_a_plan_backed_away_from_is_dropped() -> None:
    acts = _planned_acts(_AWAY_AS_ADVERB)
    assert acts and all(negated for _, negated in acts), acts


def test_a_plan_with_no_possessor_backed_down_on_is_the_droppers_and_dropped() -> None:
    acts = _planned_acts(_NO_POSSESSOR)
    assert acts and all(negated for _, negated in acts), acts

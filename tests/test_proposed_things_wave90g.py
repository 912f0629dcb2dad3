"""A thing proposed by X is not X (wave 90 G): "France backed a new compromise budget proposed by Belgium"
backs the budget Belgium put forward, "back compromise budget of" Belgium, never the bare maker ("France
-back-> Belgium"); so "rejected a plan drawn up by Y" (proposing_verbs: "draw up") and "welcomed a proposal
made by Y" (a light verb after a noun of proposal). The passive says the same (arguments.proposed_words).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

BACKED = """
France     France     PROPN NNP 2  nsubj    GPE
backed     back       VERB  VBD 0  ROOT     -
a          a          DET   DT  6  det      -
new        new        ADJ   JJ  6  amod     -
compromise compromise NOUN  NN  6  compound -
budget     budget     NOUN  NN  2  dobj     -
proposed   propose    VERB  VBN 6  acl      -
by         by         ADP   IN  7  agent    -
Belgium    Belgium    PROPN NNP 8  pobj     GPE
.          .          PUNCT .   2  punct    -
"""

DRAWN_UP = """
Kenya    Kenya    PROPN NNP 2 nsubj GPE
rejected reject   VERB  VBD 0 ROOT  -
a        a        DET   DT  4 det   -
plan     plan     NOUN  NN  2 dobj  -
drawn    draw     VERB  VBN 4 acl   -
up       up       ADP   RP  5 prt   -
by       by       ADP   IN  5 agent -
Tanzania Tanzania PROPN NNP 7 pobj  GPE
.        .        PUNCT .   2 punct -
"""

MADE = """
Kenya    Kenya    PROPN NNP 2 nsubj GPE
welcomed welcome  VERB  VBD 0 ROOT  -
a        a        DET   DT  4 det   -
proposal proposal NOUN  NN  2 dobj  -
made     make     VERB  VBN 4 acl   -
by       by       ADP   IN  5 agent -
Tanzania Tanzania PROPN NNP 6 pobj  GPE
.        .        PUNCT .   2 punct -
"""

PASSIVE = """
The        the        DET   DT  2  det       -
compromise compromise NOUN  NN  7  nsubjpass -
proposed   propose    VERB  VBN 2  acl       -
by         by         ADP   IN  3  agent     -
Belgium    Belgium    PROPN NNP 4  pobj      GPE
was        be         AUX   VBD 7  auxpass   -
backed     back       VERB  VBN 0  ROOT      -
by         by         ADP   IN  7  agent     -
France     France     PROPN NNP 8  pobj      GPE
.          .          PUNCT .   7  punct     -
"""


def test_a_budget_proposed_by_a_state_is_backed_not_the_state() -> None:
    triples = read_triples(BACKED)
    assert ("France", "back compromise budget of", "Belgium") in triples, triples
    assert ("France", "back", "Belgium") not in triples, triples


def test_a_plan_drawn_up_by_a_state_is_its_plan() -> None:
    triples = read_triples(DRAWN_UP)
    assert ("Kenya", "reject plan of", "Tanzania") in triples, triples


def test_a_proposal_made_by_a_state_is_its_proposal() -> None:
    triples = read_triples(MADE)
    assert ("Kenya", "welcome proposal of", "Tanzania") in triples, triples


def test_a_passive_stance_on_a_proposed_thing_keeps_the_thing() -> None:
    triples = read_triples(PASSIVE)
    assert ("France", "back compromise of", "Belgium") in triples, triples
    assert ("France", "back", "Belgium") not in triples, triples

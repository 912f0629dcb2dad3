"""A fronted topic's owner (wave 105 F): "On Chile's export prospects, Garcia said …" names the topic of what
is said; the state that owns (or qualifies) the topic is no party to the words, so no empty "say on" edge
to it. A named topic itself ("On Chile, Garcia said …") keeps its "say" edge with the content (wave 71 H).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_content

ON_A_STATES_TOPIC = """
    On             on             ADP    IN      8 prep       -
    Chile          Chile          PROPN  NNP     5 poss       GPE
    's             's             PART   POS     2 case       -
    export         export         NOUN   NN      5 compound   -
    prospects      prospect       NOUN   NNS     1 pobj       -
    ,              ,              PUNCT  ,       8 punct      -
    Garcia         Garcia         PROPN  NNP     8 nsubj      PERSON
    said           say            VERB   VBD     0 ROOT       -
    a              a              DET    DT     11 det        -
    drought        drought        NOUN   NN     13 nsubj      -
    would          would          AUX    MD     13 aux        -
    force          force          VERB   VB      8 ccomp      -
    Chile          Chile          PROPN  NNP    13 dobj       GPE
    to             to             PART   TO     16 aux        -
    sell           sell           VERB   VB     13 xcomp      -
    less           less           ADV    RBR    16 advmod     -
    .              .              PUNCT  .       8 punct      -
"""

ON_A_STATES_ECONOMY = """
    On             on             ADP    IN      7 prep       -
    the            the            DET    DT      4 det        -
    Chilean        Chilean        ADJ    JJ      4 amod       NORP
    economy        economy        NOUN   NN      1 pobj       -
    ,              ,              PUNCT  ,       7 punct      -
    Garcia         Garcia         PROPN  NNP     7 nsubj      PERSON
    said           say            VERB   VBD     0 ROOT       -
    that           that           SCONJ  IN     11 mark       -
    growth         growth         NOUN   NN     11 nsubj      -
    would          would          AUX    MD     11 aux        -
    slow           slow           VERB   VB      7 ccomp      -
    .              .              PUNCT  .       7 punct      -
"""


def test_the_owner_of_a_fronted_topic_is_said_nothing_on() -> None:
    edges = facts_with_content(ON_A_STATES_TOPIC)
    assert not [e for e in edges if e[0] == "Garcia" and e[1] == "say on"]


def test_the_state_qualifying_a_fronted_topic_is_said_nothing_on() -> None:
    edges = facts_with_content(ON_A_STATES_ECONOMY)
    assert not [e for e in edges if e[0] == "Garcia" and e[1] == "say on"]

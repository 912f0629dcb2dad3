"""Referring to a state's thing is no word about the state alone (wave 90 F): "Sam Grant referred to
Chile's policy of limiting debt payments" keeps the policy in the relation ("refer to policy of" Chile), as
"commented on Chile's plan" keeps the plan; the owner alone would stand for its thing. A verb of speaking
about (words.tsv topic_turns: refer to, comment on; or a statement's topic preposition: talk about, speak
of) whose object is an owner's conduct, deed, economy or holding (objects.SPOKEN_THING_NOUNS) keeps the
noun (objects.SlotReader._keep_noun). Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

POLICY_REFERRED_TO = """
Sam      Sam      PROPN NNP 2  compound PERSON
Grant    Grant    PROPN NNP 3  nsubj    I-PERSON
referred refer    VERB  VBD 0  ROOT     -
to       to       ADP   IN  3  prep     -
Chile    Chile    PROPN NNP 7  poss     GPE
's       's       PART  POS 5  case     -
policy   policy   NOUN  NN  4  pobj     -
of       of       ADP   IN  7  prep     -
limiting limit    VERB  VBG 8  pcomp    -
debt     debt     NOUN  NN  11 compound -
payments payment  NOUN  NNS 9  dobj     -
.        .        PUNCT .   3  punct    -
"""

POLICY_SPOKEN_ABOUT = """
Sam      Sam      PROPN NNP 2  compound PERSON
Grant    Grant    PROPN NNP 3  nsubj    I-PERSON
spoke    speak    VERB  VBD 0  ROOT     -
about    about    ADP   IN  3  prep     -
Chile    Chile    PROPN NNP 7  poss     GPE
's       's       PART  POS 5  case     -
policy   policy   NOUN  NN  4  pobj     -
.        .        PUNCT .   3  punct    -
"""


def test_referring_to_a_states_policy_keeps_the_policy() -> None:
    assert read_triples(POLICY_REFERRED_TO) == {("Sam Grant", "refer to policy of", "Chile")}


def test_speaking_about_a_states_policy_keeps_the_policy() -> None:
    assert read_triples(POLICY_SPOKEN_ABOUT) == {("Sam Grant", "speak about policy of", "Chile")}

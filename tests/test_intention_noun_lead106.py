"""An intention is a noun of aim as a plan is (words.tsv intent_nouns): "Peru has no intention to sanction
Chile" denies an act still to come, as "has no plans to" does, and "announced its intention to" states one
(will). The lead's fix after round 166 (word lists, no rule version). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Peru has no intention to sanction Chile."
NO_INTENTION = """
Peru      Peru      PROPN NNP 2 nsubj GPE
has       have      VERB  VBZ 0 ROOT  -
no        no        DET   DT  4 det   -
intention intention NOUN  NN  2 dobj  -
to        to        PART  TO  6 aux   -
sanction  sanction  VERB  VB  4 acl   -
Chile     Chile     PROPN NNP 6 dobj  GPE
.         .         PUNCT .   2 punct -
"""


def test_no_intention_to_act_is_a_denied_act_to_come() -> None:
    acts = read_modal_acts(NO_INTENTION)
    assert any(
        s == "Peru" and o == "Chile" and modal == "will" and negated for s, _, o, _, modal, negated in acts
    ), acts


def test_no_plans_read_the_same() -> None:
    plans = NO_INTENTION.replace("intention intention NOUN  NN ", "plans     plan      NOUN  NNS")
    acts = read_modal_acts(plans)
    assert any(
        s == "Peru" and o == "Chile" and modal == "will" and negated for s, _, o, _, modal, negated in acts
    ), acts

"""Wave 98 G: a reprisal named by a noun reads as the verb does. "Retaliatory action (measures, steps)"
taken in a sentence about trade is a counter-measure, a sanction (163), as "retaliate" is there (cameo.tsv
context=@trade rows, read for an event noun too: stance.verb_context); elsewhere "retaliatory action" stays
force (19) and "retaliatory steps" no event. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between


def _taken(noun: str, lemma: str, tag: str, why: str) -> str:
    """ "Chile took retaliatory <noun> against Peru <why>", <why> one of the endings below."""
    return f"""
Chile        Chile        PROPN NNP   2  nsubj     GPE
took         take         VERB  VBD   0  ROOT      -
retaliatory  retaliatory  ADJ   JJ    4  amod      -
{noun}       {lemma}      NOUN  {tag}  2  dobj      -
against      against      ADP   IN    4  prep      -
Peru         Peru         PROPN NNP   5  pobj      GPE
{why}
.            .            PUNCT .     2  punct     -
"""


_OVER_A_TRADE_PACT = """
over         over         ADP   IN    2  prep      -
its          its          PRON  PRP$  9  poss      -
failure      failure      NOUN  NN    7  pobj      -
to           to           PART  TO   11  aux       -
honour       honour       VERB  VB    9  acl       -
a            a            DET   DT   14  det       -
trade        trade        NOUN  NN   14  compound  -
pact         pact         NOUN  NN   11  dobj      -
"""

# the same length as the trade ending, so that the full stop keeps its head
_AFTER_A_RAID = """
after        after        ADP   IN    2  prep      -
its          its          PRON  PRP$  9  poss      -
attack       attack       NOUN  NN    7  pobj      -
on           on           ADP   IN    9  prep      -
a            a            DET   DT   14  det       -
border       border       NOUN  NN   14  compound  -
army         army         NOUN  NN   14  compound  -
post         post         NOUN  NN   10  pobj      -
"""


def test_retaliatory_action_over_trade_is_a_sanction_and_elsewhere_force() -> None:
    assert roots_between(_taken("action", "action", "NN", _OVER_A_TRADE_PACT), "Chile", "Peru") == {"16"}
    assert roots_between(_taken("action", "action", "NN", _AFTER_A_RAID), "Chile", "Peru") == {"19"}


def test_retaliatory_steps_over_trade_are_a_sanction_and_elsewhere_as_before() -> None:
    assert roots_between(_taken("steps", "step", "NNS", _OVER_A_TRADE_PACT), "Chile", "Peru") == {"16"}
    assert roots_between(_taken("steps", "step", "NNS", _AFTER_A_RAID), "Chile", "Peru") == {None}

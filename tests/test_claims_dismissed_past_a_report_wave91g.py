"""Claims dismissed after a report of another kind (wave 91 G, narrowing wave 90 F): "Peru accused Chile of
spying. Bolivia said it would send troops to the border. Chile dismissed the accusations." The accusation is
Peru's: the act noun's own verb (accuse, allege, claim) further back makes the claim, and a "said" in the
sentence just before stands for it only where no such verb does, and only where what is said is about
another party, not the speaker's word of its own plans ("it would send troops").
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

ACCUSED_THEN_SAID = """
Peru        Peru       PROPN NNP 2  nsubj    GPE
accused     accuse     VERB  VBD 0  ROOT     -
Chile       Chile      PROPN NNP 2  dobj     GPE
of          of         ADP   IN  2  prep     -
spying      spy        VERB  VBG 4  pcomp    -
.           .          PUNCT .   2  punct    -
Bolivia     Bolivia    PROPN NNP 8  nsubj    GPE
said        say        VERB  VBD 0  ROOT     -
it          it         PRON  PRP 11 nsubj    -
would       would      AUX   MD  11 aux      -
send        send       VERB  VB  8  ccomp    -
troops      troop      NOUN  NNS 11 dobj     -
to          to         ADP   IN  11 prep     -
the         the        DET   DT  15 det      -
border      border     NOUN  NN  13 pobj     -
.           .          PUNCT .   8  punct    -
Chile       Chile      PROPN NNP 18 nsubj    GPE
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  20 det      -
accusations accusation NOUN  NNS 18 dobj     -
.           .          PUNCT .   18 punct    -
"""

# the same with no accusation before: the report just before is Bolivia's word of its own plans
SAID_ONLY = """
Bolivia     Bolivia    PROPN NNP 2  nsubj    GPE
said        say        VERB  VBD 0  ROOT     -
it          it         PRON  PRP 5  nsubj    -
would       would      AUX   MD  5  aux      -
send        send       VERB  VB  2  ccomp    -
troops      troop      NOUN  NNS 5  dobj     -
to          to         ADP   IN  5  prep     -
the         the        DET   DT  9  det      -
border      border     NOUN  NN  7  pobj     -
.           .          PUNCT .   2  punct    -
Chile       Chile      PROPN NNP 12 nsubj    GPE
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  14 det      -
accusations accusation NOUN  NNS 12 dobj     -
.           .          PUNCT .   12 punct    -
"""


def _dismissals(table: str) -> set[tuple[str, str, str, str | None]]:
    return {fact for fact in facts_with_roots(table) if fact[1] == "dismiss"}


def test_accusations_dismissed_past_a_report_reject_the_accuser() -> None:
    assert _dismissals(ACCUSED_THEN_SAID) == {("Chile", "dismiss", "Peru", "12")}


def test_accusations_dismissed_after_a_speakers_own_plans_reject_no_speaker() -> None:
    assert ("Chile", "dismiss", "Bolivia") not in {fact[:3] for fact in _dismissals(SAID_ONLY)}

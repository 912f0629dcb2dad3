"""A hedge on a verb of deciding is the hedge of the act decided (wave 110 H5): "Zenith may determine to sell
its unit to Acme Corp" and "Zenith might opt to sell ..." say the sale may (might) come, not that it is the
writer's plain fact; the verb of deciding drops out of the predicate, so its modal must carry over to the sale
(words.tsv choosing_verbs, voice.choosing_governor). The parse is built by hand as the parser gives it
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

DETERMINE = """
Zenith     Zenith     PROPN NNP  3  nsubj    ORG
may        may        AUX   MD   3  aux      -
determine  determine  VERB  VB   0  ROOT     -
to         to         PART  TO   5  aux      -
sell       sell       VERB  VB   3  xcomp    -
its        its        PRON  PRP$ 7  poss     -
unit       unit       NOUN  NN   5  dobj     -
to         to         ADP   IN   5  dative   -
Acme       Acme       PROPN NNP  10 compound ORG
Corp       Corp       PROPN NNP  8  pobj     I-ORG
.          .          PUNCT .    3  punct    -
"""

OPT = DETERMINE.replace("may        may", "might      might").replace(
    "determine  determine", "opt        opt      "
)


def _sales(rows: str) -> set[tuple[str | None, bool]]:
    return {
        (modality, negated) for s, p, o, _, modality, negated in read_modal_acts(rows) if p.startswith("sell")
    }


def test_the_hedge_of_deciding_is_the_hedge_of_the_act_decided() -> None:
    assert _sales(DETERMINE) == {("may", False)}
    assert _sales(OPT) == {("might", False)}

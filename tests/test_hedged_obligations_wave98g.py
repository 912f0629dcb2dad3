"""Wave 98 G: an obligation under a hedging modal is a possibility, no obligation: "Chile might (may, could)
have to pay Peru" takes the hedge ("might", as "Chile might pay Peru" does), where "has to pay" and "must
pay" stay "must" (voice.obligation). The parses are stated by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _hedged(modal: str) -> str:
    return f"""
Chile        Chile        PROPN NNP   3  nsubj     GPE
{modal}      {modal}      AUX   MD    3  aux       -
have         have         VERB  VB    0  ROOT      -
to           to           PART  TO    5  aux       -
pay          pay          VERB  VB    3  xcomp     -
Peru         Peru         PROPN NNP   5  dobj      GPE
.            .            PUNCT .     3  punct     -
"""


_HAS_TO = """
Chile        Chile        PROPN NNP   2  nsubj     GPE
has          have         VERB  VBZ   0  ROOT      -
to           to           PART  TO    4  aux       -
pay          pay          VERB  VB    2  xcomp     -
Peru         Peru         PROPN NNP   4  dobj      GPE
.            .            PUNCT .     2  punct     -
"""


def _modalities(table: str) -> set[str | None]:
    return {m for s, _, o, _, m, _ in read_modal_acts(table) if (s, o) == ("Chile", "Peru")}


def test_might_may_could_have_to_are_hedges_and_has_to_stays_owed() -> None:
    assert _modalities(_hedged("might")) == {"might"}
    assert _modalities(_hedged("may")) == {"may"}
    assert _modalities(_hedged("could")) == {"could"}
    assert _modalities(_hedged("would")) == {"must"}
    assert _modalities(_HAS_TO) == {"must"}

"""Hedged agreements (wave 35): a deal agreed "tentatively", "provisionally" or "in principle" is not final,
so the deed keeps the modality "may" and is never stated as done; "in principle" hedges only verbs of
agreeing ("opposed in principle" is a stance held on principle). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _modalities(table: str, predicate: str) -> set[str | None]:
    found = {r.modality for r in read(table).relations if r.predicate == predicate}
    assert found, f"no {predicate!r} read"
    return found


# "Chile {tentatively} agreed to buy copper from Peru."
TENTATIVELY = """
    Chile       Chile       PROPN NNP 3 nsubj  GPE
    tentatively tentatively ADV   RB  3 advmod -
    agreed      agree       VERB  VBD 0 ROOT   -
    to          to          PART  TO  5 aux    -
    buy         buy         VERB  VB  3 xcomp  -
    copper      copper      NOUN  NN  5 dobj   -
    from        from        ADP   IN  5 prep   -
    Peru        Peru        PROPN NNP 7 pobj   GPE
    .           .           PUNCT .   3 punct  -
"""

# "Chile agreed in principle to a merger with Peru."
IN_PRINCIPLE = """
    Chile     Chile     PROPN NNP 2 nsubj GPE
    agreed    agree     VERB  VBD 0 ROOT  -
    in        in        ADP   IN  2 prep  -
    principle principle NOUN  NN  3 pobj  -
    to        to        ADP   IN  2 prep  -
    a         a         DET   DT  7 det   -
    merger    merger    NOUN  NN  5 pobj  -
    with      with      ADP   IN  7 prep  -
    Peru      Peru      PROPN NNP 8 pobj  GPE
    .         .         PUNCT .   2 punct -
"""


def _agreed_outright() -> str:
    """TENTATIVELY without its adverb (the second token), heads renumbered."""
    rows = [line.split() for line in TENTATIVELY.strip().splitlines()]
    del rows[1]
    for row in rows:
        head = int(row[4])
        row[4] = str(head - 1 if head > 2 else head)
    return "\n".join("    " + " ".join(row) for row in rows)


def test_a_tentative_agreement_is_only_may() -> None:
    assert _modalities(TENTATIVELY, "agree to buy copper from") == {"may"}


def test_an_agreement_without_hedge_stays_a_deed() -> None:
    assert _modalities(_agreed_outright(), "agree to buy copper from") == {None}


def test_an_agreement_in_principle_is_only_may() -> None:
    assert _modalities(IN_PRINCIPLE, "agree to merger with") == {"may"}


# "Chile opposed in principle a merger with Peru."
OPPOSED_IN_PRINCIPLE = """
    Chile     Chile     PROPN NNP 2 nsubj GPE
    opposed   oppose    VERB  VBD 0 ROOT  -
    in        in        ADP   IN  2 prep  -
    principle principle NOUN  NN  3 pobj  -
    a         a         DET   DT  6 det   -
    merger    merger    NOUN  NN  2 dobj  -
    with      with      ADP   IN  6 prep  -
    Peru      Peru      PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   2 punct -
"""


def test_opposed_in_principle_is_no_hedge() -> None:
    assert _modalities(OPPOSED_IN_PRINCIPLE, "oppose merger with") == {None}

"""Hand-built parses: a deed done "despite" another's objection, opposition or protest says that other's
stance toward the doer ("Chile will hold the drill despite Peru's objections" -> Peru object to Chile),
whatever the deed's modality; a cause that is no stance ("despite the rain") says nothing."""

from __future__ import annotations

from hand_docs import facts, read

DRILL = """
Chile    Chile    PROPN NNP 3 nsubj    GPE
will     will     AUX   MD  3 aux      -
hold     hold     VERB  VB  0 ROOT     -
the      the      DET   DT  5 det      -
drill    drill    NOUN  NN  3 dobj     -
despite  despite  ADP   IN  3 prep     -
Peru     Peru     PROPN NNP 9 poss     GPE
's       's       PART  POS 7 case     -
{noun}   {lemma}  NOUN  NNS 6 pobj     -
.        .        PUNCT .   3 punct    -
"""


def test_a_deed_despite_anothers_objections_is_objected_to() -> None:
    reading = read(DRILL.format(noun="objections", lemma="objection"))
    assert facts(reading, "defied") == {("Peru", "object to", "Chile")}


def test_a_deed_despite_opposition_from_a_state_is_opposed_by_it() -> None:
    # "Chile held the drill despite opposition from Peru."
    reading = read("""
    Chile       Chile       PROPN NNP 2 nsubj GPE
    held        hold        VERB  VBD 0 ROOT  -
    the         the         DET   DT  4 det   -
    drill       drill       NOUN  NN  2 dobj  -
    despite     despite     ADP   IN  2 prep  -
    opposition  opposition  NOUN  NN  5 pobj  -
    from        from        ADP   IN  6 prep  -
    Peru        Peru        PROPN NNP 7 pobj  GPE
    .           .           PUNCT .   2 punct -
    """)
    assert facts(reading, "defied") == {("Peru", "oppose", "Chile")}


def test_a_deed_despite_a_states_rain_is_no_stance() -> None:
    reading = read(DRILL.format(noun="rains", lemma="rain"))
    assert facts(reading, "defied") == set()

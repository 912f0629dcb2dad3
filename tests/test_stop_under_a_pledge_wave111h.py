"""A verb of stopping under a chain verb ("agreed to stop selling X", "refused to stop selling X") is what is
agreed or refused: its "not" stays the deed's and never climbs onto the agreeing, and a vow to stop
attacking is an intent stated, no threat (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_modal_acts, roots_between


def _stop_selling(*opening: str) -> str:
    """ "Peru <opening> stop selling copper to Bolivia.", the opening's rows given with their heads."""
    n = len(opening)
    return (
        "Peru      Peru      PROPN NNP  2   nsubj  GPE\n"
        + "\n".join(opening)
        + f"""
to        to        PART  TO   {n + 3}   aux    -
stop      stop      VERB  VB   {n + 1}   xcomp  -
selling   sell      VERB  VBG  {n + 3}   xcomp  -
copper    copper    NOUN  NN   {n + 4}   dobj   -
to        to        ADP   IN   {n + 4}   prep   -
Bolivia   Bolivia   PROPN NNP  {n + 6}   pobj   GPE
.         .         PUNCT .    2   punct  -
"""
    )


# "Peru agreed to stop selling copper to Bolivia."
AGREED = _stop_selling("agreed    agree     VERB  VBD  0   ROOT   -")
# "Peru refused to stop selling copper to Bolivia."
REFUSED = _stop_selling("refused   refuse    VERB  VBD  0   ROOT   -")
# "Peru did not agree to stop selling copper to Bolivia."
NOT_AGREED = """
Peru      Peru      PROPN NNP  4   nsubj  GPE
did       do        AUX   VBD  4   aux    -
not       not       PART  RB   4   neg    -
agree     agree     VERB  VB   0   ROOT   -
to        to        PART  TO   6   aux    -
stop      stop      VERB  VB   4   xcomp  -
selling   sell      VERB  VBG  6   xcomp  -
copper    copper    NOUN  NN   7   dobj   -
to        to        ADP   IN   7   prep   -
Bolivia   Bolivia   PROPN NNP  9   pobj   GPE
.         .         PUNCT .    4   punct  -
"""
# "Peru stopped selling copper to Bolivia."
STOPPED = """
Peru      Peru      PROPN NNP  2   nsubj  GPE
stopped   stop      VERB  VBD  0   ROOT   -
selling   sell      VERB  VBG  2   xcomp  -
copper    copper    NOUN  NN   3   dobj   -
to        to        ADP   IN   3   prep   -
Bolivia   Bolivia   PROPN NNP  5   pobj   GPE
.         .         PUNCT .    2   punct  -
"""
# "Peru vowed to stop attacking Bolivia."
VOWED = """
Peru      Peru      PROPN NNP  2   nsubj  GPE
vowed     vow       VERB  VBD  0   ROOT   -
to        to        PART  TO   4   aux    -
stop      stop      VERB  VB   2   xcomp  -
attacking attack    VERB  VBG  4   xcomp  -
Bolivia   Bolivia   PROPN NNP  5   dobj   GPE
.         .         PUNCT .    2   punct  -
"""
# "Peru pledged to cease attacks on Bolivia."
PLEDGED = """
Peru      Peru      PROPN NNP  2   nsubj  GPE
pledged   pledge    VERB  VBD  0   ROOT   -
to        to        PART  TO   4   aux    -
cease     cease     VERB  VB   2   xcomp  -
attacks   attack    NOUN  NNS  4   dobj   -
on        on        ADP   IN   5   prep   -
Bolivia   Bolivia   PROPN NNP  6   pobj   GPE
.         .         PUNCT .    2   punct  -
"""


def _reads(table: str) -> set[tuple[str, bool]]:
    return {(predicate, negated) for s, predicate, o, _, _, negated in read_modal_acts(table) if s == "Peru"}


def test_an_agreement_to_stop_is_an_agreement_made() -> None:
    assert _reads(AGREED) == {("agree to stop sell copper to", False)}


def test_a_refusal_to_stop_is_a_refusal_made() -> None:
    assert _reads(REFUSED) == {("refuse to stop sell copper to", False)}
    assert roots_between(REFUSED, "Peru", "Bolivia") == {"12"}


def test_an_agreement_denied_stays_denied() -> None:
    assert _reads(NOT_AGREED) == {("agree to stop sell copper to", True)}


def test_a_stop_with_no_chain_verb_is_the_deeds_not() -> None:
    # guard: "stopped selling" keeps its convention (NOT sell); passes with or without the change
    assert _reads(STOPPED) == {("sell copper to", True)}


def test_a_vow_to_stop_attacking_is_an_intent_not_a_threat() -> None:
    assert roots_between(VOWED, "Peru", "Bolivia") == {"03"}


def test_a_pledge_to_cease_attacks_is_an_intent_not_a_threat() -> None:
    assert roots_between(PLEDGED, "Peru", "Bolivia") == {"03"}


# "Peru agreed to stop being hostile to Bolivia."
AGREED_COPULA = """
Peru      Peru      PROPN NNP  2   nsubj  GPE
agreed    agree     VERB  VBD  0   ROOT   -
to        to        PART  TO   4   aux    -
stop      stop      VERB  VB   2   xcomp  -
being     be        AUX   VBG  4   xcomp  -
hostile   hostile   ADJ   JJ   5   acomp  -
to        to        ADP   IN   6   prep   -
Bolivia   Bolivia   PROPN NNP  7   pobj   GPE
.         .         PUNCT .    2   punct  -
"""


def test_an_agreement_to_stop_a_state_keeps_the_copulas_not_and_states_an_intent() -> None:
    # a copula's phrase shows no chain, so the stop stays its "not"; the agreement is an intent (03)
    assert {(p, neg, root) for s, p, o, root, _, neg in read_modal_acts(AGREED_COPULA)} == {
        ("be hostile to", True, "03")
    }


# "Peru promised to stop making threats against Bolivia."
PROMISED_LIGHT_VERB = """
Peru      Peru      PROPN NNP  2   nsubj  GPE
promised  promise   VERB  VBD  0   ROOT   -
to        to        PART  TO   4   aux    -
stop      stop      VERB  VB   2   xcomp  -
making    make      VERB  VBG  4   xcomp  -
threats   threat    NOUN  NNS  5   dobj   -
against   against   ADP   IN   6   prep   -
Bolivia   Bolivia   PROPN NNP  7   pobj   GPE
.         .         PUNCT .    2   punct  -
"""


def test_a_promise_to_stop_making_threats_is_a_promise_made() -> None:
    assert {(p, neg, root) for s, p, o, root, _, neg in read_modal_acts(PROMISED_LIGHT_VERB)} == {
        ("promise to stop threaten", False, "03")
    }

"""Mend 109 F: an act toward a party that is only weighed and has no intent reading ("is considering sanctions
against X", "is weighing a proposal from Y") is CAMEO's own "consider policy option" (014, root 01); weighed
cooperation stays an intent (03), weighed force a threat (13), and a noun that names no act ("a move to X")
no event (frame.Clause._weighed_act). Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import roots_between


def test_sanctions_weighed_against_a_state_are_a_policy_option() -> None:
    assert roots_between(
        """
    Peru        Peru      PROPN NNP 3 nsubj GPE
    is          be        AUX   VBZ 3 aux   -
    considering consider  VERB  VBG 0 ROOT  -
    sanctions   sanction  NOUN  NNS 3 dobj  -
    against     against   ADP   IN  4 prep  -
    Chile       Chile     PROPN NNP 5 pobj  GPE
    .           .         PUNCT .   3 punct -
    """,
        "Peru",
        "Chile",
    ) == {"01"}


def test_a_proposal_weighed_from_a_state_is_a_policy_option() -> None:
    assert roots_between(
        """
    Peru      Peru      PROPN NNP 3 nsubj GPE
    is        be        AUX   VBZ 3 aux   -
    weighing  weigh     VERB  VBG 0 ROOT  -
    a         a         DET   DT  5 det   -
    proposal  proposal  NOUN  NN  3 dobj  -
    from      from      ADP   IN  5 prep  -
    Chile     Chile     PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   3 punct -
    """,
        "Peru",
        "Chile",
    ) == {"01"}


def test_an_embargo_mulled_on_a_state_is_a_policy_option() -> None:
    assert roots_between(
        """
    Chile    Chile    PROPN NNP 2 nsubj GPE
    mulled   mull     VERB  VBD 0 ROOT  -
    an       an       DET   DT  4 det   -
    embargo  embargo  NOUN  NN  2 dobj  -
    on       on       ADP   IN  4 prep  -
    Peru     Peru     PROPN NNP 5 pobj  GPE
    .        .        PUNCT .   2 punct -
    """,
        "Chile",
        "Peru",
    ) == {"01"}

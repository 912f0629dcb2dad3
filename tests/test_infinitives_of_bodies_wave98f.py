"""The "to"-infinitive of a body asked for is the body's (wave 98 F): "called for the establishment of an
Andean fund to help Peru", "pressed for a regional force to protect Bolivia", "pressed for a plan to help
Peru" say what the fund, force or plan would do, even where the parser hangs the infinitive on the verb;
the one who asks does not help, so rule svo gives no "help" edge from the caller. A state asked by
control ("urged Peru to help Bolivia") still acts. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_FUND_THROUGH_OF = """
    Arana         Arana         PROPN NNP 2  nsubj    PERSON
    called        call          VERB  VBD 0  ROOT     -
    for           for           ADP   IN  2  prep     -
    the           the           DET   DT  5  det      -
    establishment establishment NOUN  NN  3  pobj     -
    of            of            ADP   IN  5  prep     -
    an            an            DET   DT  9  det      -
    Andean        andean        ADJ   JJ  9  amod     NORP
    fund          fund          NOUN  NN  6  pobj     -
    to            to            PART  TO  11 aux      -
    help          help          VERB  VB  2  advcl    -
    Peru          Peru          PROPN NNP 11 dobj     GPE
    .             .             PUNCT .   2  punct    -
    """

_FORCE_AFTER_FOR = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    pressed       press         VERB  VBD 0  ROOT     -
    for           for           ADP   IN  2  prep     -
    a             a             DET   DT  6  det      -
    regional      regional      ADJ   JJ  6  amod     -
    force         force         NOUN  NN  3  pobj     -
    to            to            PART  TO  8  aux      -
    protect       protect       VERB  VB  2  advcl    -
    Bolivia       Bolivia       PROPN NNP 8  dobj     GPE
    .             .             PUNCT .   2  punct    -
    """

_PLAN_AFTER_FOR = """
    Arana         Arana         PROPN NNP 2  nsubj    PERSON
    pressed       press         VERB  VBD 0  ROOT     -
    for           for           ADP   IN  2  prep     -
    a             a             DET   DT  5  det      -
    plan          plan          NOUN  NN  3  pobj     -
    to            to            PART  TO  7  aux      -
    help          help          VERB  VB  2  advcl    -
    Peru          Peru          PROPN NNP 7  dobj     GPE
    .             .             PUNCT .   2  punct    -
    """

_STATE_URGED = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    urged         urge          VERB  VBD 0  ROOT     -
    Peru          Peru          PROPN NNP 2  dobj     GPE
    to            to            PART  TO  5  aux      -
    help          help          VERB  VB  2  xcomp    -
    Bolivia       Bolivia       PROPN NNP 5  dobj     GPE
    .             .             PUNCT .   2  punct    -
    """


def _acts(table: str, subject: str, verb: str) -> bool:
    return any(s == subject and p == verb for s, p, _ in read_triples(table))


def test_fund_whose_establishment_is_called_for_is_what_helps() -> None:
    assert not _acts(_FUND_THROUGH_OF, "Arana", "help")
    # a state urged to act still acts
    assert ("Peru", "help", "Bolivia") in read_triples(_STATE_URGED)


def test_force_pressed_for_is_what_protects() -> None:
    assert not _acts(_FORCE_AFTER_FOR, "Chile", "protect")


def test_plan_pressed_for_is_no_deed_of_the_one_pressing() -> None:
    assert not _acts(_PLAN_AFTER_FOR, "Arana", "help")

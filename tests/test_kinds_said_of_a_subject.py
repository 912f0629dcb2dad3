"""What "be" says a subject is, as a kind ("is the biggest bank group in Canada and one of the largest lenders
to Africa"), makes the unnamed actors that kind's noun stands for elsewhere ("banks") no party to the
subject; a noun reached through a preposition ("a critic of the government") keeps its reading. Sentences
written for this test; the parse is hand-built (tests/hand_docs.py)."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Westbank is the biggest bank group in Canada and one of the largest lenders to Africa."
A_KIND_OF_BANK = """
    Westbank       Westbank       PROPN  NNP     2 nsubj      ORG
    is             be             AUX    VBZ     0 ROOT       -
    the            the            DET    DT      6 det        -
    biggest        big            ADJ    JJS     6 amod       -
    bank           bank           NOUN   NN      6 compound   -
    group          group          NOUN   NN      2 attr       -
    in             in             ADP    IN      6 prep       -
    Canada         Canada         PROPN  NNP     7 pobj       GPE
    and            and            CCONJ  CC      6 cc         -
    one            one            NUM    CD      6 conj       CARDINAL
    of             of             ADP    IN     10 prep       -
    the            the            DET    DT     14 det        -
    largest        large          ADJ    JJS    14 amod       -
    lenders        lender         NOUN   NNS    11 pobj       -
    to             to             ADP    IN     14 prep       -
    Africa         Africa         PROPN  NNP    15 pobj       LOC
    .              .              PUNCT  .       2 punct      -
"""


def test_the_kind_a_subject_is_said_to_be_is_no_party_to_it() -> None:
    facts = read_triples(A_KIND_OF_BANK)
    assert not any(obj == "banks" or predicate.startswith("be group") for _, predicate, obj in facts), facts

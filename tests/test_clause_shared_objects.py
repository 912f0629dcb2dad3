"""Objects the clause's arguments share or only modify (wave 14b): coordinated subjects of one named thing,
places named by a state's adjective, names that only modify a common noun.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, read


def test_coordinated_signers_of_a_named_accord_did_not_sign_with_each_other() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Peru       Peru       PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    the        the        DET   DT  9 det      -
    Pacific    Pacific    PROPN NNP 7 compound ORG
    Trade      Trade      PROPN NNP 8 compound I-ORG
    Area       Area       PROPN NNP 9 nmod     I-ORG
    agreement  agreement  NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == set()


def test_coordinated_signers_of_a_known_treaty_did_not_sign_with_each_other() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Bolivia    Bolivia    PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    the        the        DET   DT  6 det      -
    treaty     treaty     NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == set()


def test_coordinated_signers_of_a_new_deal_signed_it_with_each_other() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Bolivia    Bolivia    PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    a          a          DET   DT  8 det      -
    maritime   maritime   ADJ   JJ  8 amod     -
    border     border     NOUN  NN  8 compound -
    agreement  agreement  NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == {("Chile", "sign with", "Bolivia")}

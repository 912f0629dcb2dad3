"""What a relative clause hangs on is its object for the verb's sense (wave 46 C): "the testimony he gave to
the Senate" is a statement to it (01), never aid (07)."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_testimony_given_in_a_relative_clause_is_a_statement() -> None:
    found = facts_with_roots("""
    Jan       Jan       PROPN NNP 2 compound PERSON
    Kowal     Kowal     PROPN NNP 3 nsubj    I-PERSON
    repeated  repeat    VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    testimony testimony NOUN  NN  3 dobj     -
    he        he        PRON  PRP 7 nsubj    -
    gave      give      VERB  VBD 5 relcl    -
    to        to        ADP   IN  7 dative   -
    the       the       DET   DT  10 det     -
    Senate    Senate    PROPN NNP 8 pobj     ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert ("Jan Kowal", "give to", "Senate", "01") in found
    assert not any(f[3] == "07" for f in found), found


def test_a_loan_given_in_a_relative_clause_stays_aid() -> None:
    found = facts_with_roots("""
    Peru     Peru     PROPN NNP 2 nsubj GPE
    welcomed welcome  VERB  VBD 0 ROOT  -
    the      the      DET   DT  4 det   -
    loans    loan     NOUN  NNS 2 dobj  -
    Japan    Japan    PROPN NNP 6 nsubj GPE
    gave     give     VERB  VBD 4 relcl -
    to       to       ADP   IN  6 dative -
    Chile    Chile    PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert ("Japan", "give to", "Chile", "07") in found

"""A plural that stands for two named companies or states ("the two companies", "both governments",
"the carmakers"), and companies that merge with each other (hand-built parses)."""

from __future__ import annotations

from hand_docs import facts, read


def labels(reading) -> set[str]:
    return {e.label for e in reading.entities.entities()}


DEAL = """
    Toyota    Toyota    PROPN NNP 4 nsubj    ORG
    and       and       CCONJ CC  1 cc       -
    Ford      Ford      PROPN NNP 1 conj     ORG
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  6 det      -
    deal      deal      NOUN  NN  4 dobj     -
    .         .         PUNCT .   4 punct    -
"""


def test_the_two_companies_are_the_two_just_named_not_businesses() -> None:
    reading = read(
        DEAL
        + """
    The       the       DET   DT  10 det     -
    two       two       NUM   CD  10 nummod  CARDINAL
    companies company   NOUN  NNS 11 nsubj   -
    criticised criticise VERB VBD 0 ROOT     -
    Mexico    Mexico    PROPN NNP 11 dobj    GPE
    .         .         PUNCT .   11 punct   -
    """
    )
    assert {("Toyota", "criticise", "Mexico"), ("Ford", "criticise", "Mexico")} <= facts(reading, "svo")
    assert "businesses" not in labels(reading)


def test_both_firms_are_the_two_just_named() -> None:
    reading = read(
        DEAL
        + """
    Both      both      DET   DT  9 det      -
    firms     firm      NOUN  NNS 10 nsubj   -
    criticised criticise VERB VBD 0 ROOT     -
    Mexico    Mexico    PROPN NNP 10 dobj    GPE
    .         .         PUNCT .   10 punct   -
    """
    )
    assert {("Toyota", "criticise", "Mexico"), ("Ford", "criticise", "Mexico")} <= facts(reading, "svo")


def test_the_carmakers_are_nobody_when_three_companies_were_named() -> None:
    reading = read("""
    Toyota    Toyota    PROPN NNP 6 nsubj    ORG
    ,         ,         PUNCT ,   1 punct    -
    Honda     Honda     PROPN NNP 1 conj     ORG
    and       and       CCONJ CC  3 cc       -
    Ford      Ford      PROPN NNP 3 conj     ORG
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  8 det      -
    deal      deal      NOUN  NN  6 dobj     -
    .         .         PUNCT .   6 punct    -
    The       the       DET   DT  11 det     -
    carmakers carmaker  NOUN  NNS 12 nsubj   -
    criticised criticise VERB VBD 0 ROOT     -
    Mexico    Mexico    PROPN NNP 12 dobj    GPE
    .         .         PUNCT .   12 punct   -
    """)
    assert not {f for f in facts(reading, "svo") if f[1] == "criticise"}


def test_both_governments_are_the_two_states_just_named() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 4 nsubj    GPE
    and       and       CCONJ CC  1 cc       -
    Peru      Peru      PROPN NNP 1 conj     GPE
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  6 det      -
    treaty    treaty    NOUN  NN  4 dobj     -
    .         .         PUNCT .   4 punct    -
    Both      both      DET   DT  9 det      -
    governments government NOUN NNS 10 nsubj -
    thanked   thank     VERB  VBD 0 ROOT     -
    Bolivia   Bolivia   PROPN NNP 10 dobj    GPE
    .         .         PUNCT .   10 punct   -
    """)
    assert {("Chile", "thank", "Bolivia"), ("Peru", "thank", "Bolivia")} <= facts(reading, "svo")


def test_two_companies_that_merge_merge_with_each_other() -> None:
    reading = read("""
    Toyota    Toyota    PROPN NNP 5 nsubj    ORG
    and       and       CCONJ CC  1 cc       -
    Ford      Ford      PROPN NNP 1 conj     ORG
    will      will      AUX   MD  5 aux      -
    merge     merge     VERB  VB  0 ROOT     -
    .         .         PUNCT .   5 punct    -
    """)
    assert facts(reading, "reciprocal") == {("Toyota", "merge with", "Ford")}


def test_the_other_two_companies_are_not_the_two_just_named() -> None:
    reading = read(
        DEAL
        + """
    The       the       DET   DT  11 det     -
    other     other     ADJ   JJ  11 amod    -
    two       two       NUM   CD  11 nummod  CARDINAL
    companies company   NOUN  NNS 12 nsubj   -
    criticised criticise VERB VBD 0 ROOT     -
    Mexico    Mexico    PROPN NNP 12 dobj    GPE
    .         .         PUNCT .   12 punct   -
    """
    )
    assert not {f for f in facts(reading, "svo") if f[0] in ("Toyota", "Ford") and f[1] == "criticise"}

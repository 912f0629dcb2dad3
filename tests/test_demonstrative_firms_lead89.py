"""A demonstrative plural of firms ("those firms", "these companies") points back to firms the text has
named: never business at large (hand-built parses)."""

from __future__ import annotations

from hand_docs import read, read_triples

THREE_FIRMS = """
    Acme      Acme      PROPN NNP 6 nsubj    ORG
    ,         ,         PUNCT ,   1 punct    -
    Beta      Beta      PROPN NNP 1 conj     ORG
    and       and       CCONJ CC  3 cc       -
    Gamma     Gamma     PROPN NNP 3 conj     ORG
    grew      grow      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
"""


def test_those_firms_after_three_named_firms_are_no_class_of_businesses() -> None:
    table = THREE_FIRMS + """
    Those     that      DET   DT  9 det      -
    firms     firm      NOUN  NNS 10 nsubj   -
    expanded  expand    VERB  VBD 0 ROOT     -
    in        in        ADP   IN  10 prep    -
    Peru      Peru      PROPN NNP 11 pobj    GPE
    .         .         PUNCT .   10 punct   -
    """
    labels = {e.label for e in read(table).entities.entities()}
    assert "businesses" not in labels
    assert not any(subject == "businesses" for subject, _, _ in read_triples(table))


def test_firms_alone_stay_business_at_large() -> None:
    table = THREE_FIRMS + """
    Firms     firm      NOUN  NNS 9 nsubj    -
    expanded  expand    VERB  VBD 0 ROOT     -
    in        in        ADP   IN  9 prep     -
    Peru      Peru      PROPN NNP 10 pobj    GPE
    .         .         PUNCT .   9 punct    -
    """
    assert "businesses" in {e.label for e in read(table).entities.entities()}


def test_these_firms_after_two_named_firms_are_the_two() -> None:
    table = """
    Acme      Acme      PROPN NNP 6 nsubj    ORG
    Corp      Corp      PROPN NNP 1 flat     I-ORG
    and       and       CCONJ CC  1 cc       -
    Beta      Beta      PROPN NNP 1 conj     ORG
    Inc       Inc       PROPN NNP 4 flat     I-ORG
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  8 det      -
    deal      deal      NOUN  NN  6 dobj     -
    .         .         PUNCT .   6 punct    -
    These     this      DET   DT  11 det     -
    firms     firm      NOUN  NNS 12 nsubj   -
    criticised criticise VERB VBD 0 ROOT     -
    Mexico    Mexico    PROPN NNP 12 dobj    GPE
    .         .         PUNCT .   12 punct   -
    """
    assert {("Acme Corp", "criticise", "Mexico"), ("Beta Inc", "criticise", "Mexico")} <= read_triples(table)

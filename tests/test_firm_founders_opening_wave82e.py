"""A firm of one-word founders joined by "and" before its legal form whose first founder opens the sentence
and is read by the tagger as a common noun ("[Cable] and Wireless PLC", wave 82 E): the name stays whole,
also when another firm follows after a second "and"; a plural common noun ("Officials and Acme Corp") is
no founder. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_an_opening_founder_read_as_a_common_noun_stays_in_the_firm_name() -> None:
    triples = read_triples("""
    Ribbon   ribbon   NOUN  NN   9  nsubj    -
    and      and      CCONJ CC   1  cc       -
    Kestrel  Kestrel  PROPN NNP  4  compound ORG
    PLC      PLC      PROPN NNP  1  conj     I-ORG
    and      and      CCONJ CC   1  cc       -
    the      the      DET   DT   8  det      -
    Orvan    Orvan    PROPN NNP  8  compound ORG
    group    group    NOUN  NN   1  conj     -
    signed   sign     VERB  VBD  0  ROOT     -
    a        a        DET   DT   11 det      -
    deal     deal     NOUN  NN   9  dobj     -
    with     with     ADP   IN   9  prep     -
    Japan    Japan    PROPN NNP  12 pobj     GPE
    .        .        PUNCT .    9  punct    -
    """)
    assert ("Ribbon and Kestrel PLC", "sign deal with", "Japan") in triples
    assert not any(s == "Kestrel PLC" for s, _, _ in triples)


def test_an_opening_plural_common_noun_is_no_founder() -> None:
    triples = read_triples("""
    Officials official NOUN  NNS  5  nsubj    -
    and       and      CCONJ CC   1  cc       -
    Acme      Acme     PROPN NNP  4  compound ORG
    Corp      Corp     PROPN NNP  1  conj     I-ORG
    signed    sign     VERB  VBD  0  ROOT     -
    a         a        DET   DT   7  det      -
    deal      deal     NOUN  NN   5  dobj     -
    with      with     ADP   IN   5  prep     -
    Japan     Japan    PROPN NNP  8  pobj     GPE
    .         .        PUNCT .    5  punct    -
    """)
    assert ("Acme Corp", "sign deal with", "Japan") in triples
    assert not any("Officials" in s for s, _, _ in triples)

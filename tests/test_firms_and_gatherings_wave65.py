"""Which body, which firm (wave 65 H): a lower-case congress, conference or convention of a body, or one
held every year or numbered, is that body's meeting, never a legislature of the story's state. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

PERU_CONGRESS = """
The       the       DET   DT  2  det      -
congress  congress  PROPN NNP 3  nsubj    ORG
passed    pass      VERB  VBD 9  ccomp    -
the       the       DET   DT  5  det      -
budget    budget    NOUN  NN  3  dobj     -
,         ,         PUNCT ,   9  punct    -
Peruvian  peruvian  ADJ   JJ  8  amod     NORP
officials official  NOUN  NNS 9  nsubj    -
said      say       VERB  VBD 0  ROOT     -
.         .         PUNCT .   9  punct    -
"""


def test_a_numbered_congress_of_a_union_is_its_meeting_not_the_legislature() -> None:
    table = (
        PERU_CONGRESS
        + """
    Garcia    Garcia    PROPN NNP 12 nsubj    PERSON
    spoke     speak     VERB  VBD 0  ROOT     -
    at        at        ADP   IN  12 prep     -
    the       the       DET   DT  16 det      -
    12th      12th      ADJ   JJ  16 amod     ORDINAL
    congress  congress  PROPN NNP 13 pobj     ORG
    of        of        ADP   IN  16 prep     -
    the       the       DET   DT  21 det      ORG
    Andean    Andean    PROPN NNP 21 compound I-ORG
    Farmers   Farmers   PROPN NNP 21 compound I-ORG
    Union     Union     PROPN NNP 17 pobj     I-ORG
    .         .         PUNCT .   12 punct    -
    """
    )
    triples = read_triples(table)
    assert ("Garcia", "speak at congress of", "Andean Farmers Union") in triples
    assert not any(t[0] == "Garcia" and t[2] == "congress" for t in triples)


def test_an_annual_congress_is_a_meeting_not_a_legislature() -> None:
    table = (
        PERU_CONGRESS
        + """
    Garcia    Garcia    PROPN NNP 12 nsubj    PERSON
    spoke     speak     VERB  VBD 0  ROOT     -
    at        at        ADP   IN  12 prep     -
    an        an        DET   DT  16 det      -
    annual    annual    ADJ   JJ  16 amod     DATE
    congress  congress  PROPN NNP 13 pobj     ORG
    in        in        ADP   IN  12 prep     -
    Lima      Lima      PROPN NNP 17 pobj     GPE
    .         .         PUNCT .   12 punct    -
    """
    )
    triples = read_triples(table)
    assert not any(t[0] == "Garcia" and t[2] == "congress" for t in triples)


def test_the_congress_of_a_state_stays_its_legislature() -> None:
    triples = read_triples(PERU_CONGRESS)
    assert any("congress" in (t[0], t[2]) for t in triples)


def test_a_counted_plural_name_is_goods_not_a_firm() -> None:
    triples = read_triples("""
    Honda    Honda    PROPN NNP  3  compound ORG
    Motor    Motor    PROPN NNP  3  compound I-ORG
    Co       Co       PROPN NNP  4  nsubj    I-ORG
    said     say      VERB  VBD  0  ROOT     -
    it       it       PRON  PRP  7  nsubj    -
    had      have     AUX   VBD  7  aux      -
    exported export   VERB  VBN  4  ccomp    -
    500      500      NUM   CD   9  nummod   CARDINAL
    Accords  Accords  PROPN NNPS 7  dobj     ORG
    to       to       ADP   IN   7  prep     -
    Chile    Chile    PROPN NNP  10 pobj     GPE
    .        .        PUNCT .    4  punct    -
    """)
    assert ("Honda Motor Co", "export to", "Chile") in triples
    assert not any(t[2] == "Accords" for t in triples)

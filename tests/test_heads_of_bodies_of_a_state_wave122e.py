"""Whose officer a bare company title names, and the state a head takes from what he heads (wave 122,
engineer E). A chief executive titled bare after his own quotation that names another firm (a brand his
firm owns) is the officer of the story's own firm, the one its lead names and names most, not of the brand
he speaks of. Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

OWNED_BRAND = """
    Profits        profit         NOUN  NNS  9   nsubj     -
    at             at             ADP   IN   1   prep      -
    the            the            DET   DT   6   det       -
    Swiss          swiss          ADJ   JJ   6   amod      NORP
    drugs          drug           NOUN  NNS  6   compound  -
    group          group          NOUN  NN   8   compound  -
    Ferrona        Ferrona        PROPN NNP  8   compound  ORG
    Holdings       Holdings       PROPN NNPS 2   pobj      I-ORG
    rose           rise           VERB  VBD  0   ROOT      -
    in             in             ADP   IN   9   prep      -
    2004           2004           NUM   CD   10  pobj      DATE
    .              .              PUNCT .    9   punct     -
    Ferrona        Ferrona        PROPN NNP  14  compound  ORG
    Holdings       Holdings       PROPN NNPS 15  nsubj     I-ORG
    said           say            VERB  VBD  0   ROOT      -
    sales          sale           NOUN  NNS  17  nsubj     -
    grew           grow           VERB  VBD  15  ccomp     -
    in             in             ADP   IN   17  prep      -
    Asia           Asia           PROPN NNP  18  pobj      LOC
    .              .              PUNCT .    15  punct     -
    Ferrona        Ferrona        PROPN NNP  22  compound  ORG
    Holdings       Holdings       PROPN NNPS 24  nsubj     I-ORG
    will           will           AUX   MD   24  aux       -
    buy            buy            VERB  VB   0   ROOT      -
    back           back           ADV   RB   24  advmod    -
    shares         share          NOUN  NNS  24  dobj      -
    .              .              PUNCT .    24  punct     -
    Doubts         doubt          NOUN  NNS  29  nsubj     -
    remain         remain         VERB  VBP  0   ROOT      -
    over           over           ADP   IN   29  prep      -
    Vallora        Vallora        PROPN NNP  30  pobj      ORG
    ,              ,              PUNCT ,    31  punct     -
    the            the            DET   DT   36  det       -
    French         french         ADJ   JJ   36  amod      NORP
    cosmetics      cosmetic       NOUN  NNS  36  compound  -
    firm           firm           NOUN  NN   31  appos     -
    owned          own            VERB  VBN  36  acl       -
    by             by             ADP   IN   37  agent     -
    Ferrona        Ferrona        PROPN NNP  40  compound  ORG
    Holdings       Holdings       PROPN NNPS 38  pobj      I-ORG
    .              .              PUNCT .    29  punct     -
    "              "              PUNCT ``   47  punct     -
    A              a              DET   DT   44  det       -
    buyer          buyer          NOUN  NN   47  nsubj     -
    for            for            ADP   IN   44  prep      -
    Vallora        Vallora        PROPN NNP  45  pobj      ORG
    is             be             AUX   VBZ  56  ccomp     -
    still          still          ADV   RB   47  advmod    -
    possible       possible       ADJ   JJ   47  acomp     -
    ,              ,              PUNCT ,    56  punct     -
    "              "              PUNCT ''   56  punct     -
    chief          chief          ADJ   JJ   53  amod      -
    executive      executive      NOUN  NN   55  compound  -
    Urs            Urs            PROPN NNP  55  compound  PERSON
    Brandli        Brandli        PROPN NNP  56  nsubj     I-PERSON
    said           say            VERB  VBD  0   ROOT      -
    .              .              PUNCT .    56  punct     -
"""


def test_a_brand_named_in_his_own_quotation_is_not_whose_officer_he_is() -> None:
    reading = read(OWNED_BRAND)
    assert country_of(reading, "Urs Brandli") == "CHE"
    triples = read_triples(OWNED_BRAND)
    assert ("Urs Brandli", "chief executive of", "Ferrona Holdings") in triples
    assert ("Urs Brandli", "chief executive of", "Vallora") not in triples

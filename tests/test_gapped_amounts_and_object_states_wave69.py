"""Wave 69 E: a list of parallel buyers with their amounts after a complete clause, the verb written once
("X took 5 tonnes of wheat, Y 3 tonnes and Z 1 tonne"), names the gapped verb's subjects, never its objects,
whatever the parser hangs them on; and a verb of setting in a state with an adjective after its object
("left the Australians angry") does nothing to the object. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_names_with_amounts_listed_after_a_purchase_are_no_objects() -> None:
    triples = read_triples("""
    Kenya    Kenya    PROPN NNP 2  nsubj    GPE
    bought   buy      VERB  VBD 0  ROOT     -
    300,000  300,000  NUM   CD  4  nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 2  dobj     I-QUANTITY
    of       of       ADP   IN  4  prep     -
    maize    maize    NOUN  NN  5  pobj     -
    ,        ,        PUNCT ,   4  punct    -
    Uganda   Uganda   PROPN NNP 10 nmod     GPE
    90,000   90,000   NUM   CD  10 nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 4  conj     I-QUANTITY
    and      and      CCONJ CC  10 cc       -
    Tanzania Tanzania PROPN NNP 10 conj     GPE
    45,000   45,000   NUM   CD  14 nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 12 appos    I-QUANTITY
    .        .        PUNCT .   2  punct    -
    """)
    assert not [t for t in triples if t[0] == "Kenya" and t[2] in ("Uganda", "Tanzania")]


def test_a_name_with_its_amount_in_apposition_to_the_goods_is_no_object() -> None:
    triples = read_triples("""
    Chile    Chile    PROPN NNP 2  nsubj    GPE
    shipped  ship     VERB  VBD 0  ROOT     -
    copper   copper   NOUN  NN  2  dobj     -
    ,        ,        PUNCT ,   3  punct    -
    northern northern ADJ   JJ  6  amod     -
    Peru     Peru     PROPN NNP 3  appos    GPE
    12,000   12,000   NUM   CD  8  nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 3  appos    I-QUANTITY
    .        .        PUNCT .   2  punct    -
    """)
    assert not [t for t in triples if t[0] == "Chile" and t[2] == "Peru"]


def test_buyers_listed_after_to_stay_objects() -> None:
    triples = read_triples("""
    Canada   Canada   PROPN NNP 2  nsubj    GPE
    sold     sell     VERB  VBD 0  ROOT     -
    8,000    8,000    NUM   CD  4  nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 2  dobj     I-QUANTITY
    to       to       ADP   IN  2  prep     -
    Cuba     Cuba     PROPN NNP 5  pobj     GPE
    ,        ,        PUNCT ,   6  punct    -
    Haiti    Haiti    PROPN NNP 6  conj     GPE
    and      and      CCONJ CC  8  cc       -
    Panama   Panama   PROPN NNP 8  conj     GPE
    .        .        PUNCT .   2  punct    -
    """)
    assert {t[2] for t in triples if t[0] == "Canada"} >= {"Cuba", "Haiti", "Panama"}


def test_leaving_a_people_unconvinced_is_no_act_of_leaving() -> None:
    triples = read_triples("""
    Britain     Britain     PROPN NNP  2 nsubj  GPE
    left        leave       VERB  VBD  0 ROOT   -
    the         the         DET   DT   4 det    -
    Australians Australians PROPN NNPS 2 dobj   NORP
    unconvinced unconvinced ADJ   JJ   2 oprd   -
    .           .           PUNCT .    2 punct  -
    """)
    assert not [t for t in triples if t[0] == "United Kingdom" and t[1].startswith("leave")]


def test_leaving_a_city_stays_an_act_of_leaving() -> None:
    triples = read_triples("""
    Sweden   Sweden   PROPN NNP 2 nsubj  GPE
    left     leave    VERB  VBD 0 ROOT   -
    Beirut   Beirut   PROPN NNP 2 dobj   GPE
    .        .        PUNCT .   2 punct  -
    """)
    assert [t for t in triples if t[0] == "Sweden" and t[1] == "leave"]

"""Names the tagger splits or types wrongly (wave 71 E): a state's name that opens a firm's name closed by a
legal form is part of that name, no state whose office the firm's head holds ("president of Japan Marine
Survey Co"); a currency named with its state's adjective ("the South Korean Won") is money, no place or
actor; a name ending in a body's head noun is an organisation, though it opens with a continent's word
("the Africa Institute"). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

_FIRM_HEAD = """
    Tom       Tom       PROPN NNP   2  compound PERSON
    Lee       Lee       PROPN NNP   12 nsubj    I-PERSON
    ,         ,         PUNCT ,     2  punct    -
    president president NOUN  NN    2  appos    -
    of        of        ADP   IN    4  prep     -
    Japan     Japan     PROPN NNP   9  compound ORG
    Marine    Marine    PROPN NNP   8  compound I-ORG
    Survey    Survey    PROPN NNP   9  compound I-ORG
    Co        Co        PROPN NNP   5  pobj     I-ORG
    ,         ,         PUNCT ,     2  punct    -
    said      say       VERB  VBD   0  ROOT     -
    fees      fee       NOUN  NNS   14 nsubj    -
    would     would     AUX   MD    14 aux      -
    rise      rise      VERB  VB    11 ccomp    -
    .         .         PUNCT .     11 punct    -
"""


def test_a_state_name_opening_a_firm_name_with_a_legal_form_stays_in_the_name() -> None:
    triples = read_triples(_FIRM_HEAD)
    assert ("Tom Lee", "president of", "Japan Marine Survey Co") in triples
    assert not any(o == "Japan" or s == "Marine Survey Co" for s, _, o in triples)


def test_a_firm_named_after_a_state_is_an_organisation_not_a_person() -> None:
    types = {e.label: e.type for e in read(_FIRM_HEAD).entities.entities()}
    assert types.get("Japan Marine Survey Co") == "ORG"
    assert "Marine Survey Co" not in types


def test_a_state_before_a_firm_with_a_possessive_stays_the_firm_s_country() -> None:
    reading = read("""
    Tom       Tom       PROPN NNP 2  compound PERSON
    Lee       Lee       PROPN NNP 12 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    president president NOUN  NN  2  appos    -
    of        of        ADP   IN  4  prep     -
    Japan     Japan     PROPN NNP 10 poss     GPE
    's        's        PART  POS 6  case     -
    Hoshi     Hoshi     PROPN NNP 10 compound ORG
    Bank      Bank      PROPN NNP 10 compound I-ORG
    Ltd       Ltd       PROPN NNP 5  pobj     I-ORG
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    fees      fee       NOUN  NNS 15 nsubj    -
    would     would     AUX   MD  15 aux      -
    rise      rise      VERB  VB  12 ccomp    -
    .         .         PUNCT .   12 punct    -
    """)
    firm = [e for e in reading.entities.entities() if e.label == "Hoshi Bank Ltd"]
    assert firm and firm[0].type == "ORG" and firm[0].country == "JPN"


def test_a_capitalised_currency_after_its_state_adjective_is_no_place() -> None:
    reading = read("""
    Traders trader NOUN  NNS 2 nsubj    -
    sold    sell   VERB  VBD 0 ROOT     -
    the     the    DET   DT  6 det      LOC
    South   south  ADJ   JJ  5 amod     I-LOC
    Korean  Korean PROPN NNP 6 compound I-LOC
    Won     Won    PROPN NNP 2 dobj     I-LOC
    on      on     ADP   IN  2 prep     -
    Monday  Monday PROPN NNP 7 pobj     DATE
    .       .      PUNCT .   2 punct    -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert not any("Won" in label for label in labels)


def test_a_body_named_after_a_continent_is_an_organisation() -> None:
    reading = read("""
    Addressing address   VERB  VBG 7  advcl    -
    the        the       DET   DT  4  det      LOC
    Africa     Africa    PROPN NNP 4  compound I-LOC
    Institute  Institute PROPN NNP 1  dobj     I-LOC
    ,          ,         PUNCT ,   7  punct    -
    Mbeki      Mbeki     PROPN NNP 7  nsubj    PERSON
    said       say       VERB  VBD 0  ROOT     -
    aid        aid       NOUN  NN  10 nsubj    -
    would      would     AUX   MD  10 aux      -
    rise       rise      VERB  VB  7  ccomp    -
    .          .         PUNCT .   7  punct    -
    """)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert types.get("Africa Institute") == "ORG"

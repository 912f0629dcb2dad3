"""A firm described by a place and a firm noun after a capital "An"/"A" set off by a comma (wave 96 E): wire
copy capitalises after commas at times, so "Kestrel, An Alberta Corp, which owns 57 pct of Ridge Oil Ltd"
is the same description as "Kestrel, an Alberta corp, ..." (wave 95 E): no firm called "Alberta Corp",
Kestrel is of the place's state (CAN), and the relative clause the parser hangs on the description is
Kestrel's (it holds the stake). Each test states its parse by hand (tests/hand_docs.py); the sentence is
ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

_TABLE = """
    Kestrel  Kestrel  PROPN NNP 16 nsubj    ORG
    ,        ,        PUNCT ,   1  punct    -
    An       an       DET   DT  5  det      ORG
    Alberta  Alberta  PROPN NNP 5  compound I-ORG
    Corp     Corp     PROPN NNP 1  appos    I-ORG
    ,        ,        PUNCT ,   5  punct    -
    which    which    PRON  WDT 8  nsubj    -
    owns     own      VERB  VBZ 5  relcl    -
    57       57       NUM   CD  10 nummod   CARDINAL
    pct      pct      NOUN  NN  8  dobj     -
    of       of       ADP   IN  10 prep     -
    Ridge    Ridge    PROPN NNP 14 compound ORG
    Oil      Oil      PROPN NNP 14 compound I-ORG
    Ltd      Ltd      PROPN NNP 11 pobj     I-ORG
    ,        ,        PUNCT ,   1  punct    -
    agreed   agree    VERB  VBD 0  ROOT     -
    to       to       PART  TO  18 aux      -
    sell     sell     VERB  VB  16 xcomp    -
    it       it       PRON  PRP 18 dobj     -
    to       to       ADP   IN  18 dative   -
    Tamura   Tamura   PROPN NNP 20 pobj     ORG
    .        .        PUNCT .   16 punct    -
    """


def test_a_place_and_a_firm_noun_after_a_capital_an_is_no_firm() -> None:
    labels = {e.label.lower() for e in read(_TABLE).entities.entities()}
    assert "alberta corp" not in labels
    assert not any(f[0].lower() == "alberta corp" for f in read_triples(_TABLE))


def test_the_described_firm_is_of_the_places_state() -> None:
    assert country_of(read(then_abroad(_TABLE)), "Kestrel") == "CAN"


def test_the_relative_clause_on_the_description_is_the_named_firms() -> None:
    assert ("Kestrel", "hold stake in", "Ridge Oil Ltd") in read_triples(_TABLE)

"""A firm described by a place and a lower-case firm noun after "a"/"an" (wave 95 E): in "Kestrel, an Alberta
corp, which owns 57 pct of Ridge Oil Ltd, ..." the tagger takes "Alberta corp" for a firm's name, and the
relative clause then speaks of it. The article makes it a description of the name before it: no firm called
"Alberta corp", and the described firm is of the place's state (Alberta: CAN). Each test states its parse by
hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

_TABLE = """
    Kestrel  Kestrel  PROPN NNP 16 nsubj    ORG
    ,        ,        PUNCT ,   1  punct    -
    an       an       DET   DT  5  det      -
    Alberta  Alberta  PROPN NNP 5  compound ORG
    corp     corp     PROPN NNP 1  appos    I-ORG
    ,        ,        PUNCT ,   1  punct    -
    which    which    PRON  WDT 8  nsubj    -
    owns     own      VERB  VBZ 1  relcl    -
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


def test_a_place_and_a_firm_noun_after_an_article_is_no_firm() -> None:
    labels = {e.label.lower() for e in read(_TABLE).entities.entities()}
    assert "alberta corp" not in labels
    assert not any(f[0].lower() == "alberta corp" for f in read_triples(_TABLE))


def test_the_described_firm_is_of_the_places_state() -> None:
    assert country_of(read(then_abroad(_TABLE)), "Kestrel") == "CAN"

"""Wave 74: a lone name the tagger calls a body or a place is a person where it is the first name of one
person named in full before it ("Ratna Sari ... Ratna said"), or where it opens a sentence as the subject of
a verb of speech and the next sentence goes on with "he" or "she" ("Wiro said ... He urged ..."); bodies
that speak ("Opec said ... It urged ...") stay bodies."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse


def _labels(table: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(parse(table))]


def test_a_first_name_alone_after_the_full_name_is_the_person() -> None:
    found = _labels("""
    Ratna    Ratna    PROPN NNP  2 compound PERSON
    Sari     Sari     PROPN NNP  3 nsubj    I-PERSON
    chairs   chair    VERB  VBZ  0 ROOT     -
    the      the      DET   DT   5 det      -
    group    group    NOUN  NN   3 dobj     -
    .        .        PUNCT .    3 punct    -
    Ratna    Ratna    PROPN NNP  8 nsubj    ORG
    said     say      VERB  VBD  0 ROOT     -
    Malaysia Malaysia PROPN NNP 11 nsubj    GPE
    must     must     AUX   MD  11 aux      -
    act      act      VERB  VB   8 ccomp    -
    .        .        PUNCT .    8 punct    -
    """)
    assert ("Ratna", "PERSON") in found
    assert ("Ratna", "ORG") not in found


def test_a_lone_name_speaking_and_then_he_is_a_person() -> None:
    found = _labels("""
    Wiro    Wiro    PROPN NNP   2 nsubj  ORG
    said    say     VERB  VBD   0 ROOT   -
    the     the     DET   DT    4 det    -
    growers grower  NOUN  NNS   5 nsubj  -
    had     have    VERB  VBD   2 ccomp  -
    common  common  ADJ   JJ    7 amod   -
    ground  ground  NOUN  NN    5 dobj   -
    with    with    ADP   IN    5 prep   -
    buyers  buyer   NOUN  NNS   8 pobj   -
    .       .       PUNCT .     2 punct  -
    He      he      PRON  PRP  12 nsubj  -
    urged   urge    VERB  VBD   0 ROOT   -
    India   India   PROPN NNP  12 dobj   GPE
    to      to      PART  TO   15 aux    -
    cut     cut     VERB  VB   12 xcomp  -
    tariffs tariff  NOUN  NNS  15 dobj   -
    .       .       PUNCT .    12 punct  -
    """)
    assert ("Wiro", "PERSON") in found


def test_a_body_that_speaks_and_then_it_stays_a_body() -> None:
    found = _labels("""
    Opec   Opec   PROPN NNP  2 nsubj ORG
    said   say    VERB  VBD  0 ROOT  -
    output output NOUN  NN   5 nsubj -
    would  would  AUX   MD   5 aux   -
    rise   rise   VERB  VB   2 ccomp -
    .      .      PUNCT .    2 punct -
    It     it     PRON  PRP  8 nsubj -
    urged  urge   VERB  VBD  0 ROOT  -
    India  India  PROPN NNP  8 dobj  GPE
    to     to     PART  TO  11 aux   -
    buy    buy    VERB  VB   8 xcomp -
    more   more   ADJ   JJR 11 dobj  -
    .      .      PUNCT .    8 punct -
    """)
    assert ("Opec", "ORG") in found
    reuters = _labels("""
    Reuters Reuters PROPN NNP 2 nsubj ORG
    said    say     VERB  VBD 0 ROOT  -
    output  output  NOUN  NN  5 nsubj -
    would   would   AUX   MD  5 aux   -
    rise    rise    VERB  VB  2 ccomp -
    .       .       PUNCT .   2 punct -
    He      he      PRON  PRP 8 nsubj -
    left    leave   VERB  VBD 0 ROOT  -
    .       .       PUNCT .   8 punct -
    """)
    assert ("Reuters", "PERSON") not in reuters

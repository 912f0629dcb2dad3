"""A holder named after a body's name and a title (lead, stop 42): "Board of Trade director Jane Lin told
reporters ..." may be parsed with the body as the subject, the title inside its "of" phrase and the name
joined to the body as a conjunct, so that the body speaks and the holder's words are given to it. The
repair (io/nlp.py body_titled_names) makes the name the head of the phrase. Each test states its parse by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import body_titled_names
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Board of Export Trade director Jane Lin told reporters Chilean officials told her that Peru would face
# sanctions." as the parser may read it: "Lin" a conjunct of "Board", "director" the object of "of".
TOLD = """
    Board     Board     PROPN NNP 8  nsubj    ORG
    of        of        ADP   IN  1  prep     I-ORG
    Export    Export    PROPN NNP 4  compound I-ORG
    Trade     Trade     PROPN NNP 5  compound I-ORG
    director  director  NOUN  NN  2  pobj     -
    Jane      Jane      PROPN NNP 7  compound PERSON
    Lin       Lin       PROPN NNP 1  conj     I-PERSON
    told      tell      VERB  VBD 0  ROOT     -
    reporters reporter  NOUN  NNS 8  dobj     -
    Chilean   chilean   ADJ   JJ  11 amod     NORP
    officials official  NOUN  NNS 12 nsubj    -
    told      tell      VERB  VBD 8  ccomp    -
    her       she       PRON  PRP 12 dobj     -
    that      that      SCONJ IN  17 mark     -
    Peru      Peru      PROPN NNP 17 nsubj    GPE
    would     would     AUX   MD  17 aux      -
    face      face      VERB  VB  12 ccomp    -
    sanctions sanction  NOUN  NNS 17 dobj     -
    .         .         PUNCT .   8  punct    -
    """


def test_the_name_heads_the_phrase_and_speaks() -> None:
    doc = body_titled_names(parse(TOLD))
    lin, director, board, trade = doc[6], doc[4], doc[0], doc[3]
    assert (lin.dep_, lin.head.i) == ("nsubj", 7)
    assert (director.dep_, director.head.i) == ("compound", 6)
    assert (board.dep_, board.head.i) == ("nmod", 4)
    assert (trade.dep_, trade.head.i) == ("pobj", 1)


def test_the_holder_not_the_body_is_the_source() -> None:
    reading = read_doc(body_titled_names(parse(TOLD)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    told = [r for r in reading.relations if r.predicate == "tell"]
    assert told and all(label.get(r.attributed_to or "") == "Jane Lin" for r in told)


# "Board of Export Trade and director Jane Lin told reporters ...": two subjects, joined by "and".
LISTED = """
    Board     Board     PROPN NNP 9  nsubj    ORG
    of        of        ADP   IN  1  prep     I-ORG
    Export    Export    PROPN NNP 4  compound I-ORG
    Trade     Trade     PROPN NNP 2  pobj     I-ORG
    and       and       CCONJ CC  1  cc       -
    director  director  NOUN  NN  8  compound -
    Jane      Jane      PROPN NNP 8  compound PERSON
    Lin       Lin       PROPN NNP 1  conj     I-PERSON
    told      tell      VERB  VBD 0  ROOT     -
    reporters reporter  NOUN  NNS 9  dobj     -
    .         .         PUNCT .   9  punct    -
    """


def test_a_list_joined_by_and_is_left_alone() -> None:
    doc = body_titled_names(parse(LISTED))
    assert (doc[7].dep_, doc[7].head.i) == ("conj", 0)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 8)

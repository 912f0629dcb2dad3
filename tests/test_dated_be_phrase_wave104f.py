"""Review mend (wave 104 F): a time span on "be" before a clause of time makes its "it" empty only when the
span is all "be" says. With a phrase of its own ("it will be in talks with Peru next week before Bolivia
votes") the span dates the talks, and "it" is the party that holds them (coref._span_of_time). The parse is
stated by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.entities.coref import expletive
from hand_docs import parse, read_triples

# "Chile said it will be in talks with Peru next week before Bolivia votes."
IN_TALKS = """
Chile     Chile     PROPN NNP 2  nsubj    GPE
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 5  nsubj    -
will      will      AUX   MD  5  aux      -
be        be        AUX   VB  2  ccomp    -
in        in        ADP   IN  5  prep     -
talks     talk      NOUN  NNS 6  pobj     -
with      with      ADP   IN  7  prep     -
Peru      Peru      PROPN NNP 8  pobj     GPE
next      next      ADJ   JJ  11 amod     DATE
week      week      NOUN  NN  5  npadvmod I-DATE
before    before    SCONJ IN  14 mark     -
Bolivia   Bolivia   PROPN NNP 14 nsubj    GPE
votes     vote      VERB  VBZ 5  advcl    -
.         .         PUNCT .   2  punct    -
"""


def test_a_dated_phrase_of_be_keeps_its_it() -> None:
    assert not expletive(parse(IN_TALKS)[2])
    assert ("Chile", "meet with", "Peru") in read_triples(IN_TALKS)

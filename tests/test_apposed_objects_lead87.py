"""A direct object set off by a comma after an earlier object of the same verb, or of a verb joined to it
("was hosting a dinner for X and had invited Ann Roe, the miners' union leader"), describes the name before
it: no second thing the verb acts on, nor one that makes the verb's "for" phrase a purpose
(objects._apposed_second_object). The parse is built by hand as the parser gave it (tests/hand_docs.py);
the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

HOSTED = """
Weizsaecker Weizsaecker PROPN NNP 3  nsubj    PERSON
is          be          AUX   VBZ 3  aux      -
hosting     host        VERB  VBG 0  ROOT     -
a           a           DET   DT  5  det      -
dinner      dinner      NOUN  NN  3  dobj     -
tonight     tonight     NOUN  NN  3  npadvmod TIME
for         for         ADP   IN  3  dative   -
Paz         Paz         PROPN NNP 9  compound PERSON
Estenssoro  Estenssoro  PROPN NNP 7  pobj     I-PERSON
and         and         CCONJ CC  3  cc       -
had         have        AUX   VBD 12 aux      -
invited     invite      VERB  VBN 3  conj     -
Ann         Ann         PROPN NNP 14 compound PERSON
Roe         Roe         PROPN NNP 12 dobj     I-PERSON
,           ,           PUNCT ,   3  punct    -
the         the         DET   DT  17 det      -
miners      miner       NOUN  NNS 21 poss     -
'           '           PART  POS 17 case     -
union       union       NOUN  NN  21 compound -
top         top         NOUN  NN  21 amod     -
leader      leader      NOUN  NN  3  dobj     -
.           .           PUNCT .   3  punct    -
"""


def test_a_description_hung_on_the_verb_as_a_second_object_is_no_guest() -> None:
    triples = read_triples(HOSTED)
    assert ("Weizsaecker", "host dinner for", "Paz Estenssoro") in triples
    assert ("Weizsaecker", "invite", "Ann Roe") in triples
    assert all(t[1] != "host" for t in triples), triples

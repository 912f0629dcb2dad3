"""A party added as doing the same is no object (wave 90 G): "In addition to Acme Bank, telexes were sent by
Beta Bank and Gamma Bank to Zambia" says Acme Bank sent telexes too, never that the others sent anything to
it; "in addition to", "besides", "along with", "apart from" (words.tsv added_party_preps) name a party that
does what the subject does, no object or partner of the verb (objects._added_party). Fronted before the
subject, the parser may hang the subject on that party as an apposition: it is no title of the subject
(roles.appositions). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

SENT_BY = """
In        in        ADP   IN  9  prep      -
addition  addition  NOUN  NN  1  pobj      -
to        to        ADP   IN  2  prep      -
Acme      Acme      PROPN NNP 5  compound  ORG
Bank      Bank      PROPN NNP 3  pobj      I-ORG
,         ,         PUNCT ,   9  punct     -
telexes   telex     NOUN  NNS 9  nsubjpass -
were      be        AUX   VBD 9  auxpass   -
sent      send      VERB  VBN 0  ROOT      -
by        by        ADP   IN  9  agent     -
Beta      Beta      PROPN NNP 12 compound  ORG
Bank      Bank      PROPN NNP 10 pobj      I-ORG
and       and       CCONJ CC  12 cc        -
Gamma     Gamma     PROPN NNP 15 compound  ORG
Bank      Bank      PROPN NNP 12 conj      I-ORG
to        to        ADP   IN  9  prep      -
Zambia    Zambia    PROPN NNP 16 pobj      GPE
.         .         PUNCT .   9  punct     -
"""

BESIDES = """
Besides    besides   ADP   IN  5  prep   -
Tanzania   Tanzania  PROPN NNP 1  pobj   GPE
,          ,         PUNCT ,   5  punct  -
Kenya      Kenya     PROPN NNP 5  nsubj  GPE
criticised criticise VERB  VBD 0  ROOT   -
Zambia     Zambia    PROPN NNP 5  dobj   GPE
.          .         PUNCT .   5  punct  -
"""

APPOSED = """
In        in        ADP   IN  9  prep      -
addition  addition  NOUN  NN  1  pobj      -
to        to        ADP   IN  2  prep      -
Acme      Acme      PROPN NNP 5  compound  ORG
Bank      Bank      PROPN NNP 3  pobj      I-ORG
,         ,         PUNCT ,   5  punct     -
Beta      Beta      PROPN NNP 8  compound  ORG
Bank      Bank      PROPN NNP 5  appos     I-ORG
sent      send      VERB  VBD 0  ROOT      -
telexes   telex     NOUN  NNS 9  dobj      -
to        to        ADP   IN  9  prep      -
Zambia    Zambia    PROPN NNP 11 pobj      GPE
.         .         PUNCT .   9  punct     -
"""


def test_a_party_added_in_addition_is_no_object_of_the_senders() -> None:
    triples = read_triples(SENT_BY)
    assert ("Beta Bank", "send to", "Zambia") in triples, triples
    assert not {t for t in triples if t[2] == "Acme Bank"}, triples


def test_a_party_added_by_besides_is_not_criticised() -> None:
    triples = read_triples(BESIDES)
    assert ("Kenya", "criticise", "Zambia") in triples, triples
    assert not {t for t in triples if "Tanzania" in (t[0], t[2])}, triples


def test_a_subject_after_an_added_party_is_no_title_of_it() -> None:
    triples = read_triples(APPOSED)
    assert not {t for t in triples if "Acme Bank" in (t[0], t[2])}, triples

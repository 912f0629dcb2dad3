"""A main clause of leading states an office (wave 108 G2): "Dag Lund heads Larkin Motors, a Swedish
carmaker" (a present verb of leading, entity_words.tsv office_leading_verbs, with a person its subject and a
body its object) makes Lund the firm's head ("head of" Larkin Motors), as "Dag Lund, who heads Larkin
Motors" does, and of its country; the verb's own "head" edge repeats that office and is dropped. "Dag Lund
does not head Larkin Motors" states none. The parses are built by hand as the parser gives them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

HEADS = """
Dag       Dag       PROPN NNP  2  compound PERSON
Lund      Lund      PROPN NNP  3  nsubj    I-PERSON
heads     head      VERB  VBZ  0  ROOT     -
Larkin    Larkin    PROPN NNP  5  compound ORG
Motors    Motors    PROPN NNP  3  dobj     I-ORG
,         ,         PUNCT ,    5  punct    -
a         a         DET   DT   9  det      -
Swedish   swedish   ADJ   JJ   9  amod     NORP
carmaker  carmaker  NOUN  NN   5  appos    -
.         .         PUNCT .    3  punct    -
"""

DENIED = """
Dag       Dag       PROPN NNP  2  compound PERSON
Lund      Lund      PROPN NNP  5  nsubj    I-PERSON
does      do        AUX   VBZ  5  aux      -
not       not       PART  RB   5  neg      -
head      head      VERB  VB   0  ROOT     -
Larkin    Larkin    PROPN NNP  7  compound ORG
Motors    Motors    PROPN NNP  5  dobj     I-ORG
.         .         PUNCT .    5  punct    -
"""


def test_a_person_who_heads_a_firm_holds_its_office() -> None:
    triples = read_triples(HEADS)
    assert ("Dag Lund", "head of", "Larkin Motors") in triples, triples
    assert ("Dag Lund", "head", "Larkin Motors") not in triples, triples
    assert country_of(read(HEADS), "Dag Lund") == "SWE"
    # only the present leading, undenied, states it
    assert ("Dag Lund", "head of", "Larkin Motors") not in read_triples(DENIED)

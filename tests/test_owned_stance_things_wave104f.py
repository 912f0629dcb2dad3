"""Wave 104 F: a state named on the right, sovereignty or concern that a stance acts on ("Peru recognises
Chilean rights", "Peru violated Chile's sovereignty") owns the thing; the relation keeps the
noun ("recognise right of" Chile), never a recognition or rejection of the state itself (words.tsv
owned_thing_nouns, read by objects.SlotReader._keep_noun). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

RECOGNISES_RIGHTS = """
Peru        Peru        PROPN NNP  2   nsubj     GPE
recognises  recognise   VERB  VBZ  0   ROOT      -
Chilean     chilean     ADJ   JJ   4   amod      NORP
rights      right       NOUN  NNS  2   dobj      -
in          in          ADP   IN   4   prep      -
the         the         DET   DT   7   det       -
Pacific     Pacific     PROPN NNP  5   pobj      LOC
.           .           PUNCT .    2   punct     -
"""

VIOLATED_SOVEREIGNTY = """
Peru        Peru        PROPN NNP  2   nsubj     GPE
violated    violate     VERB  VBD  0   ROOT      -
Chile       Chile       PROPN NNP  5   poss      GPE
's          's          PART  POS  3   case      -
sovereignty sovereignty NOUN  NN   2   dobj      -
over        over        ADP   IN   5   prep      -
the         the         DET   DT   8   det       -
islands     island      NOUN  NNS  6   pobj      -
.           .           PUNCT .    2   punct     -
"""


def test_rights_of_a_demonym_keep_their_noun() -> None:
    triples = read_triples(RECOGNISES_RIGHTS)
    assert ("Peru", "recognise right of", "Chile") in triples
    assert ("Peru", "recognise", "Chile") not in triples


def test_sovereignty_of_a_possessor_keeps_its_noun() -> None:
    triples = read_triples(VIOLATED_SOVEREIGNTY)
    assert ("Peru", "violate sovereignty of", "Chile") in triples
    assert ("Peru", "violate", "Chile") not in triples

"""A head's name that only says whose government it was is no antecedent of "he" (lead, stop 54): in "Jan
Hale was born in Leeds. After serving in the Attlee government, he criticised Spain" the critic is Hale,
not Attlee, who acts nowhere in the story; and the Attlee government is a state's, never the person's.
Parsed by hand (tests/hand_docs.py) as the model parses it; the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_TABLE = """
    Jan        Jan        PROPN NNP  2  compound  PERSON
    Hale       Hale       PROPN NNP  4  nsubjpass I-PERSON
    was        be         AUX   VBD  4  auxpass   -
    born       bear       VERB  VBN  0  ROOT      -
    in         in         ADP   IN   4  prep      -
    Leeds      Leeds      PROPN NNPS 5  pobj      GPE
    .          .          PUNCT .    4  punct     -
    After      after      ADP   IN   16 prep      -
    serving    serve      VERB  VBG  8  pcomp     -
    in         in         ADP   IN   9  prep      -
    the        the        DET   DT   13 det       -
    Attlee     Attlee     PROPN NNP  13 compound  PERSON
    government government NOUN  NN   10 pobj      -
    ,          ,          PUNCT ,    16 punct     -
    he         he         PRON  PRP  16 nsubj     -
    criticised criticise  VERB  VBD  0  ROOT      -
    Spain      Spain      PROPN NNP  16 dobj      GPE
    .          .          PUNCT .    16 punct     -
    """


def test_he_after_a_government_named_for_its_head_is_the_person_before() -> None:
    triples = read_triples(_TABLE)
    assert ("Jan Hale", "criticise", "Spain") in triples, triples
    assert not [t for t in triples if t[0] == "Attlee"], triples
    assert not [t for t in triples if t[2] == "Attlee"], triples

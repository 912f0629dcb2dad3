"""A body's name spelt out before its bracketed acronym, which the tagger read as a work's title (wave 87 H):
"Dana Vell told an informal Zembian Trade Union of Grain Merchants (ZTUGM) meeting the gap was widening" tells
the body, its meeting the hearer; no "tell union of" with words of the body's own name
(mentions._tagged_otherwise: a work's title, as a law's, is still the name the acronym spells). The parse is
built by hand as the parser gave it (tests/hand_docs.py); the sentence and the names are ours."""

from __future__ import annotations

from hand_docs import read_triples

TOLD = """
Dana      Dana      PROPN NNP  2  compound  PERSON
Vell      Vell      PROPN NNP  3  nsubj     I-PERSON
told      tell      VERB  VBD  0  ROOT      -
an        an        DET   DT   8  det       -
informal  informal  ADJ   JJ   8  amod      -
Zembian   Zembian   PROPN NNP  8  compound  WORK_OF_ART
Trade     Trade     PROPN NNP  8  compound  I-WORK_OF_ART
Union     Union     PROPN NNP  3  dobj      I-WORK_OF_ART
of        of        ADP   IN   8  prep      I-WORK_OF_ART
Grain     Grain     PROPN NNP  11 compound  I-WORK_OF_ART
Merchants Merchants PROPN NNPS 9  pobj      I-WORK_OF_ART
(         (         PUNCT -LRB- 13 punct    -
ZTUGM     ZTUGM     PROPN NNP  11 appos     ORG
)         )         PUNCT -RRB- 13 punct    -
meeting   meet      VERB  VBG  8  acl       -
the       the       DET   DT   17 det       -
gap       gap       NOUN  NN   19 nsubj     -
was       be        AUX   VBD  19 aux       -
widening  widen     VERB  VBG  3  ccomp     -
.         .         PUNCT .    3  punct     -
"""


def test_the_hearer_is_the_body_its_acronym_names_with_no_words_of_its_name() -> None:
    facts = {(s, p) for s, p, o in read_triples(TOLD) if s == "Dana Vell"}
    assert facts == {("Dana Vell", "tell")}  # no "tell union of"

"""A state body's document as the source (wave 92 E): "Chile's Mining Ministry released figures. Brazilian
investment in Chile rose, the ministry document said" is the ministry's word, as "the ministry said" and "a
ministry spokesman said" are: the bare body noun before the document (document_nouns) is the body the text
named before (coref._body_of_its_speaker). Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_attributed

MINISTRY_DOCUMENT = """
Chile       Chile       PROPN NNP  4  poss     GPE
's          's          PART  POS  1  case     -
Mining      Mining      PROPN NNP  4  compound ORG
Ministry    Ministry    PROPN NNP  5  nsubj    I-ORG
released    release     VERB  VBD  0  ROOT     -
figures     figure      NOUN  NNS  5  dobj     -
.           .           PUNCT .    5  punct    -
Brazilian   Brazilian   ADJ   JJ   9  amod     NORP
investment  investment  NOUN  NN   12 nsubj    -
in          in          ADP   IN   9  prep     -
Chile       Chile       PROPN NNP  10 pobj     GPE
rose        rise        VERB  VBD  17 ccomp    -
,           ,           PUNCT ,    17 punct    -
the         the         DET   DT   16 det      -
ministry    ministry    NOUN  NN   16 compound -
{noun}      {noun}      NOUN  NN   17 nsubj    -
said        say         VERB  VBD  0  ROOT     -
.           .           PUNCT .    17 punct    -
"""


def test_a_ministry_document_speaks_for_the_ministry_named_before() -> None:
    for noun in ("document", "report", "forecast"):
        facts = {f for f in read_attributed(MINISTRY_DOCUMENT.format(noun=noun)) if f[0] == "Brazil"}
        assert facts and all(f[3] == "Mining Ministry" for f in facts), (noun, facts)

"""Hand-built parse: a state's body named bare right after a sentence about a state is that state's, whatever
state the story names most ("Chile rejected Peru's charges. The Foreign Ministry said ...")."""

from __future__ import annotations

from hand_docs import country_of, read

STORY = """
Peru      Peru      PROPN NNP 2  nsubj    GPE
seized    seize     VERB  VBD 0  ROOT     -
boats     boat      NOUN  NNS 2  dobj     -
.         .         PUNCT .   2  punct    -
Chile     Chile     PROPN NNP 6  nsubj    GPE
rejected  reject    VERB  VBD 0  ROOT     -
Peru      Peru      PROPN NNP 9  poss     GPE
's        's        PART  POS 7  case     -
charges   charge    NOUN  NNS 6  dobj     -
.         .         PUNCT .   6  punct    -
The       the       DET   DT  13 det      ORG
Foreign   Foreign   PROPN NNP 13 compound I-ORG
Ministry  Ministry  PROPN NNP 14 nsubj    I-ORG
said      say       VERB  VBD 0  ROOT     -
boats     boat      NOUN  NNS 16 nsubj    -
fished    fish      VERB  VBD 14 ccomp    -
.         .         PUNCT .   14 punct    -
"""


def test_a_bare_ministry_after_a_sentence_about_a_state_is_that_state_s() -> None:
    # "Peru seized boats. Chile rejected Peru's charges. The Foreign Ministry said boats fished."
    assert country_of(read(STORY), "Foreign Ministry") == "CHL"

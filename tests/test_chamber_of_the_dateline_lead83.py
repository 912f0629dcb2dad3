"""A chamber's bare name in a story filed from a state that has one ("WASHINGTON - ... the Senate Banking
Committee") is that state's, though the only state the story names is a person's ("Ann Lee, a Canadian")
and that state has such a chamber too. Sentences written for this test, parses built by hand."""

from __future__ import annotations

from hand_docs import country_of, read

# "WASHINGTON, March 20 - Ann Lee, a Canadian, resigned. The Senate Banking Committee wrote to her."
FILED = """
WASHINGTON WASHINGTON PROPN NNP  0   ROOT      GPE
,          ,          PUNCT ,    1   punct     -
March      March      PROPN NNP  1   npadvmod  DATE
20         20         NUM   CD   3   nummod    I-DATE
-          -          PUNCT :    3   punct     -
Ann        Ann        PROPN NNP  7   compound  PERSON
Lee        Lee        PROPN NNP  8   nsubj     I-PERSON
resigned   resign     VERB  VBD  0   ROOT      -
,          ,          PUNCT ,    8   punct     -
a          a          DET   DT   11  det       -
Canadian   Canadian   PROPN NNP  8   npadvmod  NORP
.          .          PUNCT .    8   punct     -
The        the        DET   DT   16  det       -
Senate     Senate     PROPN NNP  16  compound  ORG
Banking    Banking    PROPN NNP  16  compound  I-ORG
Committee  Committee  PROPN NNP  17  nsubj     I-ORG
wrote      write      VERB  VBD  17  ROOT      -
to         to         ADP   IN   17  prep      -
her        she        PRON  PRP  18  pobj      -
.          .          PUNCT .    17  punct     -
"""


def test_a_chamber_in_a_story_filed_from_a_state_with_one_is_that_states() -> None:
    assert country_of(read(FILED), "Senate Banking Committee") == "USA"

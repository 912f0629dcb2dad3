"""Hand-built parse: a body named with "of" and its state ("the Supreme Council of Kenya") is named later by
its own last word ("the Council"): one entity. A word of the state's name after "of" is no short form of the
body ("Emirates" of "... of the United Arab Emirates" is the state's, or an airline's)."""

from __future__ import annotations

from hand_docs import read

COUNCIL = """
The       the       DET   DT  3  det      ORG
Supreme   Supreme   PROPN NNP 3  compound I-ORG
Council   Council   PROPN NNP 6  nsubj    I-ORG
of        of        ADP   IN  3  prep     I-ORG
Kenya     Kenya     PROPN NNP 4  pobj     I-ORG
met       meet      VERB  VBD 0  ROOT     -
.         .         PUNCT .   6  punct    -
The       the       DET   DT  9  det      -
{short:9} {short:9} PROPN NNP 10 nsubj    ORG
rejected  reject    VERB  VBD 0  ROOT     -
the       the       DET   DT  12 det      -
plan      plan      NOUN  NN  10 dobj     -
.         .         PUNCT .   10 punct    -
"""


def test_a_state_body_named_by_its_last_word_is_one_entity() -> None:
    # "The Supreme Council of Kenya met. The Council rejected the plan."
    reading = read(COUNCIL.format(short="Council"))
    assert [e.label for e in reading.entities.entities() if e.type == "ORG"] == ["Supreme Council of Kenya"]


EMIRATES = """
The       the       DET   DT  3  det      ORG
Supreme   Supreme   PROPN NNP 3  compound I-ORG
Council   Council   PROPN NNP 9  nsubj    I-ORG
of        of        ADP   IN  3  prep     I-ORG
the       the       DET   DT  8  det      I-ORG
United    United    PROPN NNP 8  compound I-ORG
Arab      Arab      PROPN NNP 8  compound I-ORG
Emirates  Emirates  PROPN NNP 4  pobj     I-ORG
met       meet      VERB  VBD 0  ROOT     -
.         .         PUNCT .   9  punct    -
Emirates  Emirates  PROPN NNP 12 nsubj    ORG
grew      grow      VERB  VBD 0  ROOT     -
.         .         PUNCT .   12 punct    -
"""


def test_the_state_after_of_is_no_short_form_of_the_body() -> None:
    # "The Supreme Council of the United Arab Emirates met. Emirates grew."
    reading = read(EMIRATES)
    [council] = [e for e in reading.entities.entities() if e.label.startswith("Supreme Council")]
    assert "Emirates" not in council.aliases

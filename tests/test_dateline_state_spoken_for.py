"""A bare national title's holder who tells what the dateline's state will do ("LIMA - Trade Minister X said
Peru would act against Chile") holds that state's office, though the story is mostly about the other side.
Sentences written for this test; the parse is hand-built (the dateline is a sentence of its own, as the
model parses it; its dash stands alone between spaces, as wire datelines write it)."""

from __future__ import annotations

from tests.hand_docs import country_of, read

# "LIMA, May 2 - Trade Minister Juan Perez said Peru would act against Chile. Chile said Santiago would keep
# its tariffs. Chile and Santiago's allies agreed."
SPEAKS_FOR_THE_DATELINE = """
    LIMA      LIMA      PROPN NNP   0  ROOT     GPE
    ,         ,         PUNCT ,     1  punct    -
    May       May       PROPN NNP   1  npadvmod DATE
    2         2         NUM   CD    3  nummod   I-DATE
    -         -         PUNCT :     3  punct    -
    Trade     Trade     PROPN NNP   7  compound -
    Minister  Minister  PROPN NNP   9  compound -
    Juan      Juan      PROPN NNP   9  compound PERSON
    Perez     Perez     PROPN NNP   10 nsubj    I-PERSON
    said      say       VERB  VBD   0  ROOT     -
    Peru      Peru      PROPN NNP   13 nsubj    GPE
    would     would     AUX   MD    13 aux      -
    act       act       VERB  VB    10 ccomp    -
    against   against   ADP   IN    13 prep     -
    Chile     Chile     PROPN NNP   14 pobj     GPE
    .         .         PUNCT .     10 punct    -
    Chile     Chile     PROPN NNP   18 nsubj    GPE
    said      say       VERB  VBD   0  ROOT     -
    Santiago  Santiago  PROPN NNP   21 nsubj    GPE
    would     would     AUX   MD    21 aux      -
    keep      keep      VERB  VB    18 ccomp    -
    its       its       PRON  PRP$  23 poss     -
    tariffs   tariff    NOUN  NNS   21 dobj     -
    .         .         PUNCT .     18 punct    -
    Chile     Chile     PROPN NNP   26 nsubj    GPE
    agreed    agree     VERB  VBD   0  ROOT     -
    .         .         PUNCT .     26 punct    -
"""


def test_a_bare_title_telling_the_datelines_intent_is_that_states() -> None:
    assert country_of(read(SPEAKS_FOR_THE_DATELINE), "Juan Perez") == "PER"

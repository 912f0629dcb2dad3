"""A counterpart noun written with a hyphen ("counter-part", as older wire copy splits it) before a name the
tagger called an organisation makes the name a person of the demonym's state, as "counterpart" does."""

from hand_docs import read

# "Holm rounded on his Austrian counter-part Rolf Anker." with "Rolf Anker" tagged an organisation
HYPHENED = """
Holm     Holm     PROPN NNP   2  nsubj    PERSON
rounded  round    VERB  VBD   0  ROOT     -
on       on       ADP   IN    2  prep     -
his      his      PRON  PRP$  9  poss     -
Austrian Austrian ADJ   JJ    9  amod     NORP
counter  counter  NOUN  NN    8  compound -
-        -        PUNCT HYPH  8  punct    -
part     part     NOUN  NN    9  compound -
Rolf     Rolf     PROPN NNP   10 compound ORG
Anker    Anker    PROPN NNP   3  pobj     I-ORG
.        .        PUNCT .     2  punct    -
"""


def test_name_after_a_hyphened_counterpart_is_a_person_of_that_state() -> None:
    reading = read(HYPHENED)
    [anker] = [e for e in reading.entities.entities() if e.label == "Rolf Anker"]
    assert (anker.type, anker.country) == ("PERSON", "AUT")

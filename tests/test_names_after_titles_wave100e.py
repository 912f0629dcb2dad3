"""Wave 100 E, item 1: a name the tagger half-reads after a title. In "Peruvian Foreign Trade Minister Ana
Maria Lopez Vega told reporters" the tagger may tag only the surname a person, leaving the given names
untagged between the title and it (and the state's adjective with the portfolio an organisation). Right
after a title of office, the capitalised untagged words the parser joins to the surname are the person's
(up to three): the title marks where the name begins. The title before them, with its state's adjective,
is the person's office. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Prices fell, Peruvian Foreign Trade Minister Ana Maria Lopez Vega told reporters." (only "Vega" tagged)
_HALF_TAGGED = """
Prices     price      NOUN  NNS 2  nsubj    -
fell       fall       VERB  VBD 12 ccomp    -
,          ,          PUNCT ,   12 punct    -
Peruvian   peruvian   ADJ   JJ  7  amod     ORG
Foreign    Foreign    PROPN NNP 6  compound I-ORG
Trade      Trade      PROPN NNP 7  compound I-ORG
Minister   Minister   PROPN NNP 11 compound -
Ana        Ana        PROPN NNP 11 compound -
Maria      Maria      PROPN NNP 11 compound -
Lopez      Lopez      PROPN NNP 11 compound -
Vega       Vega       PROPN NNP 12 nsubj    PERSON
told       tell       VERB  VBD 0  ROOT     -
reporters  reporter   NOUN  NNS 12 dobj     -
.          .          PUNCT .   12 punct    -
"""


def test_untagged_given_names_after_a_title_are_the_persons() -> None:
    people = {e.label for e in read(_HALF_TAGGED).entities.entities() if e.type == "PERSON"}
    assert people == {"Ana Maria Lopez Vega"}


def test_the_title_before_a_half_tagged_name_is_the_persons_office() -> None:
    assert ("Ana Maria Lopez Vega", "foreign trade minister of", "Peru") in read_triples(_HALF_TAGGED)

"""Wave 113 G: the KGB was the Soviet Union's security service (state_bodies.tsv; the Stasi East
Germany's, the Securitate Romania's), so "a former KGB colonel" and the KGB itself carry the Soviet state's
country where the text names no other; a state's word or possessive right before the name ("the Belarusian
KGB", Belarus's service that kept the name) still gives the body that state
(affiliations/organisations._stated_body_state). The parses are stated by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

import pytest
from hand_docs import country_of, facts, read

# "Ivan Petrenko, a former KGB colonel, criticised Lithuania."
_FORMER_COLONEL = """
Ivan        Ivan       PROPN NNP 2 compound PERSON
Petrenko    Petrenko   PROPN NNP 9 nsubj    I-PERSON
,           ,          PUNCT ,   2 punct    -
a           a          DET   DT  7 det      -
former      former     ADJ   JJ  7 amod     -
KGB         KGB        PROPN NNP 7 compound ORG
colonel     colonel    NOUN  NN  2 appos    -
,           ,          PUNCT ,   2 punct    -
criticised  criticise  VERB  VBD 0 ROOT     -
Lithuania   Lithuania  PROPN NNP 9 dobj     GPE
.           .          PUNCT .   9 punct    -
"""

# "The Belarusian KGB detained Olga Ivanova."
_BELARUSIAN = """
The         the         DET   DT  3 det      -
Belarusian  Belarusian  PROPN NNP 3 compound NORP
KGB         KGB         PROPN NNP 4 nsubj    ORG
detained    detain      VERB  VBD 0 ROOT     -
Olga        Olga        PROPN NNP 6 compound PERSON
Ivanova     Ivanova     PROPN NNP 4 dobj     I-PERSON
.           .           PUNCT .   4 punct    -
"""


@pytest.mark.parametrize(("service", "state"), [("KGB", "SUN"), ("Stasi", "DDR"), ("Securitate", "ROU")])
def test_a_former_officer_of_a_states_past_service_is_of_that_state(service: str, state: str) -> None:
    reading = read(_FORMER_COLONEL.replace("KGB", service))
    assert ("Ivan Petrenko", "former colonel of", service) in facts(reading, "title")
    assert country_of(reading, service) == state
    assert country_of(reading, "Ivan Petrenko") == state


def test_a_state_word_before_the_kgb_gives_it_that_state() -> None:
    reading = read(_BELARUSIAN)
    assert country_of(reading, "KGB") == "BLR"

"""Wave 106 G mend (REVIEW106 finding 2): a fronted "In <city>," sets a bare state actor's state only where
the story names that city's state as an actor (or is datelined in it): talks and delegations meet in cities
of states that are no party ("In Geneva, the government criticised Acme Corp" is no Swiss act unless the
story names Switzerland), and bare officials stay the story's, wherever they speak. The parses are stated by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples, then_abroad

# "In Geneva, the government criticised Acme Corp."
_GENEVA_GOVERNMENT = """
In          in         ADP   IN  6  prep     -
Geneva      Geneva     PROPN NNP 1  pobj     GPE
,           ,          PUNCT ,   6  punct    -
the         the        DET   DT  5  det      -
government  government NOUN  NN  6  nsubj    -
criticised  criticise  VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 8  compound ORG
Corp        Corp       PROPN NNP 6  dobj     I-ORG
.           .          PUNCT .   6  punct    -
"""

# ... "Switzerland objected."
_SWITZERLAND_OBJECTED = """
Switzerland Switzerland PROPN NNP 11 nsubj GPE
objected    object      VERB  VBD 0  ROOT  -
.           .           PUNCT .   11 punct -
"""


# ... "Peru objected." (a story that names another state)
_PERU_OBJECTED = _SWITZERLAND_OBJECTED.replace("Switzerland Switzerland", "Peru        Peru       ")

# "In Chile, officials criticised Acme Corp."
_CHILE_OFFICIALS = """
In          in         ADP   IN  5  prep     -
Chile       Chile      PROPN NNP 1  pobj     GPE
,           ,          PUNCT ,   5  punct    -
officials   official   NOUN  NNS 5  nsubj    -
criticised  criticise  VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 7  compound ORG
Corp        Corp       PROPN NNP 5  dobj     I-ORG
.           .          PUNCT .   5  punct    -
"""


def test_a_city_of_a_state_the_story_does_not_name_sets_no_state() -> None:
    unnamed = read_triples(_GENEVA_GOVERNMENT.rstrip() + "\n" + _PERU_OBJECTED)
    assert not any(subject == "Switzerland" for subject, _, _ in unnamed)
    # the same clause in a story that names Switzerland is Switzerland's: the parse is read
    named = read_triples(_GENEVA_GOVERNMENT.rstrip() + "\n" + _SWITZERLAND_OBJECTED)
    assert ("Switzerland", "criticise", "Acme Corp") in named


def test_bare_officials_take_no_setting() -> None:
    assert ("Chile", "criticise", "Acme Corp") not in read_triples(then_abroad(_CHILE_OFFICIALS))
    # a bare government in the same setting is the setting state's
    government = _GENEVA_GOVERNMENT.replace("Geneva      Geneva", "Chile       Chile ")
    assert ("Chile", "criticise", "Acme Corp") in read_triples(then_abroad(government))

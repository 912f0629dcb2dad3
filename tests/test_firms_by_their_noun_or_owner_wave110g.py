"""Wave 110 G: names the tagger called a person or a place that the text makes firms.

"Norwegian oil companies Kestrel Oil and Brandvik Petroleum have applied ...": with no comma, the parser may
give the plural noun of firms and the list of names after it the one role (two subjects of one verb); the
list is in apposition to the noun all the same (mentions.plural_noun_before_list), so its names are firms
(retyping.members_by_their_group) of the state of the demonym on the noun (affiliations/described).

"Spain's Valdoro agreed a price with Acme Corp.": a name a state's possessive owns, typed a place, that acts
as a firm (buys, sells, makes, agrees a price or wins a contract) and that the gazetteer knows as no place is
that state's firm (retyping.firms_a_state_owns); "Spain's Bilbao" stays the city. The parses are stated by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import read


def _typed(reading: Reading, label: str) -> tuple[str, str | None]:
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity.type, entity.country


# "Norwegian oil companies Kestrel Oil and Brandvik Petroleum have applied for rights in Gabon."
_FIRMS_LISTED_AFTER_THEIR_NOUN = """
Norwegian  Norwegian  ADJ   JJ   3  amod     NORP
oil        oil        NOUN  NN   3  compound -
companies  company    NOUN  NNS  10 nsubj    -
Kestrel    Kestrel    PROPN NNP  5  compound PERSON
Oil        Oil        PROPN NNP  10 nsubj    I-PERSON
and        and        CCONJ CC   5  cc       -
Brandvik   Brandvik   PROPN NNP  8  compound ORG
Petroleum  Petroleum  PROPN NNP  5  conj     I-ORG
have       have       AUX   VBP  10 aux      -
applied    apply      VERB  VBN  0  ROOT     -
for        for        ADP   IN   10 prep     -
rights     right      NOUN  NNS  11 pobj     -
in         in         ADP   IN   12 prep     -
Gabon      Gabon      PROPN NNP  13 pobj     GPE
.          .          PUNCT .    10 punct    -
"""


def test_names_listed_right_after_a_plural_of_firms_are_firms_of_its_state() -> None:
    reading = read(_FIRMS_LISTED_AFTER_THEIR_NOUN)
    assert _typed(reading, "Kestrel Oil") == ("ORG", "NOR")
    assert _typed(reading, "Brandvik Petroleum") == ("ORG", "NOR")


def _owned(name: str) -> str:
    # "Spain's <name> agreed a price with Acme Corp."
    return f"""
Spain    Spain    PROPN NNP  3 poss     GPE
's       's       PART  POS  1 case     -
{name}   {name}   PROPN NNP  4 nsubj    GPE
agreed   agree    VERB  VBD  0 ROOT     -
a        a        DET   DT   6 det      -
price    price    NOUN  NN   4 dobj     -
with     with     ADP   IN   6 prep     -
Acme     Acme     PROPN NNP  9 compound ORG
Corp.    Corp.    PROPN NNP  7 pobj     I-ORG
"""


def test_a_states_name_agreeing_a_price_and_no_known_place_is_its_firm() -> None:
    assert _typed(read(_owned("Valdoro")), "Valdoro") == ("ORG", "ESP")
    # a city of that state the gazetteer knows stays the place, whatever it agrees
    assert _typed(read(_owned("Bilbao")), "Bilbao")[0] == "GPE"

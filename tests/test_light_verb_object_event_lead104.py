"""A light verb whose party is reached through a noun that names no act ("put tariffs on imports of
Peruvian shoes") takes its event from its own object (the tariffs: a sanction, 16), not from the noun
("imports"); a noun that names an act keeps its own (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Chile put tariffs on imports of Peruvian shoes."
TARIFFS_ON_IMPORTS_OF = """
Chile     Chile     PROPN NNP 2 nsubj    GPE
put       put       VERB  VBD 0 ROOT     -
tariffs   tariff    NOUN  NNS 2 dobj     -
on        on        ADP   IN  2 prep     -
imports   import    NOUN  NNS 4 pobj     -
of        of        ADP   IN  5 prep     -
Peruvian  Peruvian  ADJ   JJ  8 amod     NORP
shoes     shoe      NOUN  NNS 6 pobj     -
.         .         PUNCT .   2 punct    -
"""


def test_tariffs_put_on_imports_of_a_state_are_a_sanction() -> None:
    assert roots_between(TARIFFS_ON_IMPORTS_OF, "Chile", "Peru") == {"16"}


def test_an_object_of_no_act_leaves_the_noun_of_the_party_its_own_reading() -> None:
    table = TARIFFS_ON_IMPORTS_OF.replace("tariffs   tariff  ", "labels    label   ")
    assert roots_between(table, "Chile", "Peru") == {None}

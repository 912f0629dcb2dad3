"""Nouns coordinated before a head noun (wave 99 H): "Acme's car and truck production plant" that the parser
read as "Acme's car" and "truck production plant" is one plant the car and the truck nouns modify (a parse
repair), so no predicate ends on "car"; and a name built at a production site is a product, no actor.
Sentences are my own; parses are stated by hand (tests/hand_docs.py)."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_noun_modifiers
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read

# "The vans were built at Acme's car and truck production plant." ("car" parsed as the head, "plant" its
# conjunct)
BUILT_AT_CAR = """
The         the         DET   DT  2  det       -
vans        van         NOUN  NNS 4  nsubjpass -
were        be          AUX   VBD 4  auxpass   -
built       build       VERB  VBN 0  ROOT      -
at          at          ADP   IN  4  prep      -
Acme        Acme        PROPN NNP 8  poss      ORG
's          's          PART  POS 6  case      -
car         car         NOUN  NN  5  pobj      -
and         and         CCONJ CC  8  cc        -
truck       truck       NOUN  NN  12 compound  -
production  production  NOUN  NN  12 compound  -
plant       plant       NOUN  NN  8  conj      -
.           .           PUNCT .   4  punct     -
"""


def test_a_noun_coordinated_with_the_first_of_a_heads_modifiers_modifies_the_head() -> None:
    doc = coordinated_noun_modifiers(parse(BUILT_AT_CAR))
    car, truck, plant = doc[7], doc[9], doc[11]
    assert (plant.dep_, plant.head.text) == ("pobj", "at")
    assert doc[5].head.i == plant.i  # the owner's is the plant
    assert car.head.i == plant.i and (truck.dep_, truck.head.i) == ("conj", car.i)


def test_no_predicate_ends_on_the_first_conjunct() -> None:
    doc = coordinated_noun_modifiers(
        parse(
            BUILT_AT_CAR.replace(
                "vans        van         NOUN  NNS 4  nsubjpass -",
                "Peru        Peru        PROPN NNP 4  nsubjpass GPE",
            )
        )
    )
    found = facts(read_doc(doc, scope="hand-built"), "passive_prep")
    assert ("Peru", "be built at car of", "Acme") not in found


def test_a_place_of_its_own_before_the_and_stays_a_head() -> None:
    """ "Acme's port and oil export terminal": two places (a guard: passes without the change too)."""
    table = BUILT_AT_CAR.replace("car         car  ", "port        port ").replace(
        "truck       truck       NOUN  NN  12 compound", "oil         oil         NOUN  NN  12 compound"
    )
    doc = coordinated_noun_modifiers(parse(table))
    assert doc[7].dep_ == "pobj" and doc[11].dep_ == "conj"


# "The Zephyrs were built at Acme's plant." (the tagger took the car model for an organisation)
MODELS_BUILT = """
The       the       DET   DT  2 det       -
Zephyrs   Zephyr    PROPN NNPS 4 nsubjpass ORG
were      be        AUX   VBD 4 auxpass   -
built     build     VERB  VBN 0 ROOT      -
at        at        ADP   IN  4 prep      -
Acme      Acme      PROPN NNP 8 poss      ORG
's        's        PART  POS 6 case      -
plant     plant     NOUN  NN  5 pobj      -
.         .         PUNCT .   4 punct     -
"""


def test_a_name_built_at_a_production_site_is_a_product_not_an_actor() -> None:
    assert facts(read(MODELS_BUILT), "passive_prep") == set()

"""A plural demonym names the state's people, an actor of its own with the state's code, not the state
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.countries import lookup_country, people_of_demonym
from hand_docs import facts, read


def test_a_plural_demonym_is_the_people_of_the_state() -> None:
    reading = read("""
    Peruvians Peruvian PROPN NNPS 2 nsubj NORP
    protested protest  VERB  VBD  0 ROOT  -
    against   against  ADP   IN   2 prep  -
    Chile     Chile    PROPN NNP  3 pobj  GPE
    .         .        PUNCT .    2 punct -
    """)
    people = {e.label: (e.id, e.country, e.sector) for e in reading.entities.entities() if e.type == "NORP"}
    assert people == {"Peruvian people": ("group:people@per", "PER", "PPL")}
    assert facts(reading, "prep") == {("Peruvian people", "protest against", "Chile")}


def test_an_uninflected_or_singular_demonym_is_no_plural_people() -> None:
    assert people_of_demonym("the Peruvians") == lookup_country("Peru")
    assert people_of_demonym("Britons") == lookup_country("United Kingdom")
    assert people_of_demonym("Peruvian") is None  # the adjective ("Peruvian officials")
    assert people_of_demonym("the French") is None  # often the state itself
    assert people_of_demonym("Peru") is None


def test_the_plural_demonym_after_the_is_the_states_side() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP  2 nsubj GPE
    warned   warn     VERB  VBD  0 ROOT  -
    the      the      DET   DT   4 det   -
    Peruvians Peruvian PROPN NNPS 2 dobj  NORP
    .        .        PUNCT .    2 punct -
    """)
    assert facts(reading, "svo") == {("Chile", "warn", "Peru")}

"""Names the text calls things, not actors: a landform ("the X volcano") is a site, a craft ("the ship X") no
person, a work by a person ("X by Ann Lee") an argument, a genus or a dinosaur ("X y, a dinosaur") no
entity; a capitalised word that opens a sentence and that the article writes in lower case elsewhere is no
name."""

from __future__ import annotations

from hand_docs import read


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_name_before_volcano_is_a_site() -> None:
    types = _types("""
    Villagers villager NOUN  NNS 2 nsubj    -
    fled      flee     VERB  VBD 0 ROOT     -
    the       the      DET   DT  5 det      -
    Kaloa     Kaloa    PROPN NNP 5 compound PERSON
    volcano   volcano  NOUN  NN  2 dobj     -
    .         .        PUNCT .   2 punct    -
    """)
    assert types["Kaloa"] == "LOC"


def test_a_name_after_ship_is_a_craft() -> None:
    types = _types("""
    The       the      DET   DT  2 det      -
    navy      navy     NOUN  NN  3 nsubj    -
    sent      send     VERB  VBD 0 ROOT     -
    the       the      DET   DT  5 det      -
    ship      ship     NOUN  NN  3 dobj     -
    Polaris   Polaris  PROPN NNP 5 appos    PERSON
    .         .        PUNCT .   3 punct    -
    """)
    # the craft's facility label is voted with the bodies' (clusters.py): no person, in any case
    assert types["Polaris"] in ("FAC", "ORG")


def test_a_genus_in_apposition_to_a_dinosaur_is_no_entity() -> None:
    types = _types("""
    Experts   expert   NOUN  NNS 2 nsubj    -
    studied   study    VERB  VBD 0 ROOT     -
    Velox     Velox    PROPN NNP 4 compound PERSON
    ferox     ferox    PROPN NNP 2 dobj     -
    ,         ,        PUNCT ,   4 punct    -
    a         a        DET   DT  7 det      -
    dinosaur  dinosaur NOUN  NN  4 appos    -
    .         .        PUNCT .   2 punct    -
    """)
    assert "Velox" not in types


def test_a_title_by_a_person_is_a_work() -> None:
    types = _types("""
    Critics   critic   NOUN  NNS 2 nsubj    -
    praised   praise   VERB  VBD 0 ROOT     -
    Silent    Silent   PROPN NNP 4 compound PERSON
    Rivers    Rivers   PROPN NNP 2 dobj     I-PERSON
    by        by       ADP   IN  4 prep     -
    Ana       Ana      PROPN NNP 7 compound PERSON
    Lind      Lind     PROPN NNP 5 pobj     I-PERSON
    .         .        PUNCT .   2 punct    -
    """)
    assert types["Silent Rivers"] == "EVENT"
    assert types["Ana Lind"] == "PERSON"


def test_an_opening_word_written_in_lower_case_elsewhere_is_no_name() -> None:
    types = _types("""
    Ash       Ash      PROPN NNP 2 nsubj    PERSON
    covered   cover    VERB  VBD 0 ROOT     -
    Hilo      Hilo     PROPN NNP 2 dobj     GPE
    .         .        PUNCT .   2 punct    -
    Ana       Ana      PROPN NNP 6 compound PERSON
    Lind      Lind     PROPN NNP 7 nsubj    I-PERSON
    swept     sweep    VERB  VBD 7 ROOT     -
    the       the      DET   DT  9 det      -
    ash       ash      NOUN  NN  7 dobj     -
    .         .        PUNCT .   7 punct    -
    """)
    assert "Ash" not in types
    assert types["Ana Lind"] == "PERSON"

"""A state renamed since keeps the name it bore on the article's day as its label, one node under its code
for every date: Zaire (1971-1997), Burma (to 1989), Upper Volta (to 1984), Dahomey (to 1975); and the old
names and their adjectives are the states' in the gazetteer (wave 83 E). Sentences written for these tests."""

from __future__ import annotations

from hand_docs import read

_PROTESTED = """
    {name}    {name}    PROPN NNP 2 nsubj    GPE
    protested protest   VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    move      move      NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """

_TWO_WORD_PROTESTED = """
    {first}   {first}   PROPN NNP 2 compound GPE
    {second}  {second}  PROPN NNP 3 nsubj    I-GPE
    protested protest   VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    move      move      NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """


def _states(table: str, day: str | None) -> set[tuple[str, str | None]]:
    return {(e.label, e.country) for e in read(table, day=day).entities.entities() if e.type == "GPE"}


def test_zaire_is_labelled_zaire_in_its_years_only() -> None:
    zaire = _PROTESTED.format(name="Zaire")
    assert _states(zaire, "1987-03-05") == {("Zaire", "COD")}
    assert _states(zaire, "1997-05-17") == {("Democratic Republic of the Congo", "COD")}
    assert _states(zaire, "1965-06-01") == {("Democratic Republic of the Congo", "COD")}


def test_burma_is_labelled_burma_before_1989() -> None:
    burma = _PROTESTED.format(name="Burma")
    assert _states(burma, "1987-03-05") == {("Burma", "MMR")}
    assert _states(burma, "1989-06-18") == {("Myanmar", "MMR")}


def test_upper_volta_and_dahomey_are_their_states_under_the_names_of_the_day() -> None:
    volta = _TWO_WORD_PROTESTED.format(first="Upper", second="Volta")
    assert _states(volta, "1983-05-01") == {("Upper Volta", "BFA")}
    assert _states(volta, "1987-03-05") == {("Burkina Faso", "BFA")}
    assert _states(_PROTESTED.format(name="Dahomey"), "1970-05-01") == {("Dahomey", "BEN")}


def test_a_zairean_unit_is_of_zaire() -> None:
    troops = """
    Zairean   Zairean   ADJ   JJ  2 amod     NORP
    troops    troop     NOUN  NNS 3 nsubj    -
    entered   enter     VERB  VBD 0 ROOT     -
    Angola    Angola    PROPN NNP 3 dobj     GPE
    .         .         PUNCT .   3 punct    -
    """
    labels = {(e.label, e.country) for e in read(troops, day="1987-03-05").entities.entities()}
    assert ("Zairean military", "COD") in labels


def test_a_states_names_go_oldest_first() -> None:
    from geokg.extract.entities.former_places import _names

    for state, rows in _names().items():
        assert [until for _, _, until in rows] == sorted(until for _, _, until in rows), state

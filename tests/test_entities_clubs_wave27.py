"""Football clubs of a story of clubs: a town's name on one side of a match verb is the town's club, of the
town's state; a state's word before a club's noun with no name is no state; leagues and clubs the tables
know are of their states."""

from __future__ import annotations

import pytest
from geokg.extract.entities.organisations import lookup_organisation
from hand_docs import read

_LEAGUE = """
    The        the        DET   DT  2 det      -
    Bundesliga Bundesliga PROPN NNP 3 nsubj    ORG
    resumed    resume     VERB  VBD 0 ROOT     -
    .          .          PUNCT .   3 punct    -
"""


def test_a_town_on_one_side_of_a_match_in_a_story_of_clubs_is_its_club() -> None:
    reading = read(
        _LEAGUE
        + """
    Bremen     Bremen     PROPN NNP 7 nsubj    GPE
    will       will       AUX   MD  7 aux      -
    face       face       VERB  VB  3 conj     -
    Hamburg    Hamburg    PROPN NNP 7 dobj     GPE
    .          .          PUNCT .   7 punct    -
    """
    )
    for i in (4, 7):
        club = reading.entities.entity(reading.entities.entity_id_at(i) or "")
        assert club is not None
        assert (club.type, club.country) == ("ORG", "DEU")


def test_a_town_facing_another_outside_a_story_of_clubs_stays_a_place() -> None:
    reading = read("""
    Bremen     Bremen     PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    face       face       VERB  VB  0 ROOT     -
    floods     flood      NOUN  NNS 3 dobj     -
    .          .          PUNCT .   3 punct    -
    """)
    town = reading.entities.entity(reading.entities.entity_id_at(0) or "")
    assert town is not None and town.type == "GPE"


@pytest.mark.parametrize(
    ("article", "noun", "lemma"), [("a", "side", "side"), ("two", "sides", "side"), ("the", "clubs", "club")]
)
def test_a_state_s_word_before_a_club_s_noun_with_no_name_is_no_state(
    article: str, noun: str, lemma: str
) -> None:
    reading = read(
        _LEAGUE
        + f"""
    Bremen     Bremen     PROPN NNP 7 nsubjpass GPE
    were       be         AUX   VBD 7 auxpass  -
    drawn      draw       VERB  VBN 3 conj     -
    against    against    ADP   IN  7 prep     -
    {article}  {article}  DET   DT  11 det     -
    Spanish    Spanish    ADJ   JJ  11 amod    NORP
    {noun}     {lemma}    NOUN  NN  8 pobj     -
    .          .          PUNCT .   7 punct    -
    """
    )
    assert not any(e.country == "ESP" for e in reading.entities.entities())


def test_leagues_and_clubs_known_by_name_are_of_their_states() -> None:
    assert {
        name: (org.kind, org.country)
        for name in ("Serie A", "Eredivisie", "Galatasaray", "FC Porto", "Champions League")
        if (org := lookup_organisation(name)) is not None
    } == {
        "Serie A": ("league", "ITA"),
        "Eredivisie": ("league", "NLD"),
        "Galatasaray": ("club", "TUR"),
        "FC Porto": ("club", "PRT"),
        "Champions League": ("league", None),
    }


def test_a_known_club_after_a_league_s_title_is_an_organisation_of_its_state() -> None:
    reading = read("""
    Eredivisie Eredivisie PROPN NNP 2 compound -
    leaders    leader     NOUN  NNS 4 compound -
    PSV        PSV        PROPN NNP 4 compound PERSON
    Eindhoven  Eindhoven  PROPN NNP 5 nsubj    I-PERSON
    lost       lose       VERB  VBD 0 ROOT     -
    .          .          PUNCT .   5 punct    -
    """)
    club = reading.entities.entity(reading.entities.entity_id_at(3) or "")
    assert club is not None
    assert (club.type, club.country) == ("ORG", "NLD")


def test_a_town_taken_for_a_person_that_an_organisation_plays_is_its_club() -> None:
    reading = read("""
    Galatasaray Galatasaray PROPN NNP 3 nsubj  ORG
    will       will       AUX   MD  3 aux      -
    face       face       VERB  VB  0 ROOT     -
    Porto      Porto      PROPN NNP 3 dobj     PERSON
    .          .          PUNCT .   3 punct    -
    """)
    club = reading.entities.entity(reading.entities.entity_id_at(3) or "")
    assert club is not None
    assert (club.type, club.country) == ("ORG", "PRT")

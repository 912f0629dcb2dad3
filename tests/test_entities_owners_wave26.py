"""Whose an institution is, and which of several namesake places a story means, on hand-built parses of
sentences of our own: a state's body owning a school abroad makes it the state's school ("the Danish Navy
runs its Sea School in Ghana"); the states of a story's bodies and people settle a place name several states
share ("Brest" in a story on the French Navy is in France)."""

from __future__ import annotations

from hand_docs import read


def _country(table: str, label: str) -> str | None:
    [found] = [e for e in read(table).entities.entities() if e.label == label]
    return found.country


def test_a_school_a_state_s_body_runs_as_its_own_abroad_is_the_body_s_state_s() -> None:
    # "The Danish Navy runs its Sea School in Ghana."
    table = """
    The     the     DET   DT   3 det      -
    Danish  Danish  ADJ   JJ   3 amod     ORG
    Navy    Navy    PROPN NNP  4 nsubj    I-ORG
    runs    run     VERB  VBZ  0 ROOT     -
    its     its     PRON  PRP$ 7 poss     -
    Sea     Sea     PROPN NNP  7 compound ORG
    School  School  PROPN NNP  4 dobj     I-ORG
    in      in      ADP   IN   7 prep     -
    Ghana   Ghana   PROPN NNP  8 pobj     GPE
    .       .       PUNCT .    4 punct    -
    """
    assert _country(table, "Sea School") == "DNK"


def test_its_school_of_a_company_is_not_given_the_company_s_state() -> None:
    # "Danish Shipping runs its Sea School in Ghana.": a company's school abroad is where it stands
    table = """
    Danish   Danish   ADJ   JJ   2 amod     ORG
    Shipping Shipping PROPN NNP  3 nsubj    I-ORG
    runs     run      VERB  VBZ  0 ROOT     -
    its      its      PRON  PRP$ 6 poss     -
    Sea      Sea      PROPN NNP  6 compound ORG
    School   School   PROPN NNP  3 dobj     I-ORG
    in       in       ADP   IN   6 prep     -
    Ghana    Ghana    PROPN NNP  7 pobj     GPE
    .        .        PUNCT .    3 punct    -
    """
    assert _country(table, "Sea School") == "GHA"


def test_a_state_s_possessive_the_tagger_took_into_a_school_s_name_gives_the_state() -> None:
    # "Critics of Denmark's Sea School in Ghana protested."
    table = """
    Critics   critic    NOUN  NNS  9 nsubj    -
    of        of        ADP   IN   1 prep     -
    Denmark   Denmark   PROPN NNP  6 poss     ORG
    's        's        PART  POS  3 case     I-ORG
    Sea       Sea       PROPN NNP  6 compound I-ORG
    School    School    PROPN NNP  2 pobj     I-ORG
    in        in        ADP   IN   6 prep     -
    Ghana     Ghana     PROPN NNP  7 pobj     GPE
    protested protest   VERB  VBD  0 ROOT     -
    .         .         PUNCT .    9 punct    -
    """
    assert _country(table, "Denmark's Sea School") == "DNK"


_MOVED_TO = """
    The      the      DET   DT   3 det      -
    {first}  {first}  ADJ   JJ   3 amod     ORG
    {second} {second} PROPN NNP  4 nsubj    I-ORG
    moved    move     VERB  VBD  0 ROOT     -
    its      its      PRON  PRP$ 6 poss     -
    school   school   NOUN  NN   4 dobj     -
    to       to       ADP   IN   4 prep     -
    {place}  {place}  PROPN NNP  7 pobj     GPE
    .        .        PUNCT .    4 punct    -
"""


def test_a_place_several_states_share_is_in_the_state_of_the_story_s_body() -> None:
    # "The French Navy moved its school to Brest."
    assert _country(_MOVED_TO.format(first="French", second="Navy", place="Brest"), "Brest") == "FRA"


def test_a_capital_stays_the_capital_whatever_state_the_story_s_people_are_of() -> None:
    # "Sheriff Tom Greene of Lamar County, Texas, drove to Paris.": people travel, and a capital's bare
    # name is the capital ("Paris, Texas" is written so)
    table = """
    Sheriff  Sheriff  PROPN NNP 3 compound -
    Tom      Tom      PROPN NNP 3 compound PERSON
    Greene   Greene   PROPN NNP 9 nsubj    I-PERSON
    of       of       ADP   IN  3 prep     -
    Lamar    Lamar    PROPN NNP 6 compound GPE
    County   County   PROPN NNP 4 pobj     I-GPE
    ,        ,        PUNCT ,   6 punct    -
    Texas    Texas    PROPN NNP 6 appos    GPE
    drove    drive    VERB  VBD 0 ROOT     -
    to       to       ADP   IN  9 prep     -
    Paris    Paris    PROPN NNP 10 pobj    GPE
    .        .        PUNCT .   9 punct    -
    """
    assert _country(table, "Paris") == "FRA"


def test_a_state_s_name_a_town_abroad_shares_is_in_the_state_of_the_story_s_minister() -> None:
    # "Australian Trade Minister Ann Hollis met U.S. officials in Victoria."
    table = """
    Australian Australian ADJ   JJ  5 amod     NORP
    Trade      Trade      PROPN NNP 4 compound -
    Minister   Minister   PROPN NNP 5 compound -
    Ann        Ann        PROPN NNP 5 compound PERSON
    Hollis     Hollis     PROPN NNP 6 nsubj    I-PERSON
    met        meet       VERB  VBD 0 ROOT     -
    U.S.       U.S.       PROPN NNP 8 compound GPE
    officials  official   NOUN  NNS 6 dobj     -
    in         in         ADP   IN  6 prep     -
    Victoria   Victoria   PROPN NNP 9 pobj     GPE
    .          .          PUNCT .   6 punct    -
    """
    assert _country(table, "Victoria") == "AUS"


def test_a_place_of_one_state_the_story_names_outweighs_its_bodies_states() -> None:
    # "A U.S. Navy band played in Winchester and Hampshire.": a band travels; Hampshire lies in Britain only
    table = """
    A          a          DET   DT  4 det      -
    U.S.       U.S.       PROPN NNP 3 compound ORG
    Navy       Navy       PROPN NNP 4 compound I-ORG
    band       band       NOUN  NN  5 nsubj    -
    played     play       VERB  VBD 0 ROOT     -
    in         in         ADP   IN  5 prep     -
    Winchester Winchester PROPN NNP 6 pobj     GPE
    and        and        CCONJ CC  7 cc       -
    Hampshire  Hampshire  PROPN NNP 7 conj     GPE
    .          .          PUNCT .   5 punct    -
    """
    assert _country(table, "Winchester") == "GBR"

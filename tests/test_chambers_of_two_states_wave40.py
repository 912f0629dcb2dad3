"""Chambers of two states (wave 40 C): "Japan's House Speaker X met U.S. House Speaker Y": a chamber named
with a state's possessive is that state's, another body than the other state's chamber of the same word,
and its speaker is of that state; a bare chamber named before it is not taken for it. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read

TWO_SPEAKERS = """
U.S.     U.S.     PROPN NNP 2  compound GPE
House    House    PROPN NNP 3  compound ORG
Speaker  Speaker  PROPN NNP 5  compound -
Ann      Ann      PROPN NNP 5  compound PERSON
Baxter   Baxter   PROPN NNP 6  nsubj    I-PERSON
met      meet     VERB  VBD 0  ROOT     -
Japan    Japan    PROPN NNP 12 poss     GPE
's       's       PART  POS 7  case     -
House    House    PROPN NNP 10 compound ORG
Speaker  Speaker  PROPN NNP 12 compound -
Ken      Ken      PROPN NNP 12 compound PERSON
Mori     Mori     PROPN NNP 6  dobj     I-PERSON
.        .        PUNCT .   6  punct    -
"""


def _entities(reading):  # type: ignore[no-untyped-def]
    return {e.id: e for e in reading.entities.entities()}


def test_a_chamber_in_a_states_possessive_is_that_states_own() -> None:
    reading = read(TWO_SPEAKERS)
    entities = _entities(reading)
    speakers = {
        entities[r.subject.entity_id].label: entities[r.object.entity_id]
        for r in by_rule(reading, "title")
        if r.predicate == "speaker of"
    }
    assert speakers["Ann Baxter"].country == "USA"
    assert speakers["Ken Mori"].country == "JPN"
    assert speakers["Ann Baxter"].id != speakers["Ken Mori"].id
    people = {e.label: e.country for e in entities.values() if e.type == "PERSON"}
    assert people == {"Ann Baxter": "USA", "Ken Mori": "JPN"}


def test_a_bare_chamber_named_before_a_states_chamber_is_not_taken_for_it() -> None:
    reading = read("""
    The      the      DET   DT  2  det      -
    House    House    PROPN NNP 3  nsubj    ORG
    adjourned adjourn VERB  VBD 0  ROOT     -
    .        .        PUNCT .   3  punct    -
    Japan    Japan    PROPN NNP 10 poss     GPE
    's       's       PART  POS 5  case     -
    House    House    PROPN NNP 8  compound ORG
    Speaker  Speaker  PROPN NNP 10 compound -
    Ken      Ken      PROPN NNP 10 compound PERSON
    Mori     Mori     PROPN NNP 11 nsubj    I-PERSON
    resigned resign   VERB  VBD 0  ROOT     -
    .        .        PUNCT .   11 punct    -
    """)
    houses = [e for e in reading.entities.entities() if e.label == "House"]
    assert len(houses) == 2
    assert {e.country for e in houses} == {"JPN", None}


def test_a_states_lower_house_is_its_own_chamber_and_its_speaker_of_that_state() -> None:
    reading = read("""
    Ken      Ken      PROPN NNP 2  compound PERSON
    Mori     Mori     PROPN NNP 11 nsubj    I-PERSON
    ,        ,        PUNCT ,   2  punct    -
    speaker  speaker  NOUN  NN  2  appos    -
    of       of       ADP   IN  4  prep     -
    the      the      DET   DT  9  det      -
    Japanese Japanese ADJ   JJ  9  amod     NORP
    lower    low      ADJ   JJR 9  amod     -
    house    house    NOUN  NN  5  pobj     -
    ,        ,        PUNCT ,   2  punct    -
    met      meet     VERB  VBD 0  ROOT     -
    U.S.     U.S.     PROPN NNP 13 compound GPE
    House    House    PROPN NNP 14 compound ORG
    Speaker  Speaker  PROPN NNP 16 compound -
    Ann      Ann      PROPN NNP 16 compound PERSON
    Baxter   Baxter   PROPN NNP 11 dobj     I-PERSON
    .        .        PUNCT .   11 punct    -
    """)
    entities = _entities(reading)
    roles = {
        (entities[r.subject.entity_id].label, r.predicate, entities[r.object.entity_id].id)
        for r in by_rule(reading, "title")
    }
    assert ("Ken Mori", "speaker of", "org:lower_house@jpn") in roles
    people = {e.label: e.country for e in entities.values() if e.type == "PERSON"}
    assert people == {"Ann Baxter": "USA", "Ken Mori": "JPN"}


def test_a_states_upper_house_in_its_possessive_is_its_legislature() -> None:
    reading = read("""
    India     India     PROPN NNP 4 poss  GPE
    's        's        PART  POS 1 case  -
    upper     upper     ADJ   JJ  4 amod  -
    house     house     NOUN  NN  5 nsubj -
    adjourned adjourn   VERB  VBD 0 ROOT  -
    .         .         PUNCT .   5 punct -
    """)
    chamber = _entities(reading).get("org:upper_house@ind")
    assert chamber is not None and (chamber.country, chamber.sector) == ("IND", "LEG")


def test_a_states_house_of_representatives_is_a_body_not_a_title() -> None:
    reading = read("""
    Japan           Japan           PROPN NNP  3 poss  GPE
    's              's              PART  POS  1 case  -
    House           House           PROPN NNP  6 nsubj ORG
    of              of              ADP   IN   3 prep  I-ORG
    Representatives Representatives PROPN NNPS 4 pobj  I-ORG
    adjourned       adjourn         VERB  VBD  0 ROOT  -
    .               .               PUNCT .    6 punct -
    """)
    chamber = _entities(reading).get("org:house_of_representatives@jpn")
    assert chamber is not None and chamber.country == "JPN"

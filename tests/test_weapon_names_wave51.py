"""A weapon's name is no actor (sentences of our own, parsed by hand): a name the tagger takes for a body or
a person written before a weapon noun ("Exocet missiles", "Peruvian Mirage jets") is the weapon's, neither
an object of the deed nor a part of the state that owns it; a state's word the tagger ran into the name stays
the state's, and a body the tables know ("Hezbollah rockets") stays an actor."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

# "Chile fired Exocet missiles at Peru."
FIRED_NAMED_MISSILES = """
Chile     Chile     PROPN NNP 2 nsubj GPE
fired     fire      VERB  VBD 0 ROOT  -
Exocet    Exocet    PROPN NNP 4 compound ORG
missiles  missile   NOUN  NNS 2 dobj  -
at        at        ADP   IN  2 prep  -
Peru      Peru      PROPN NNP 5 pobj  GPE
.         .         PUNCT .   2 punct -
"""

# "Chile's Scud rockets hit Peru."
OWNED_NAMED_ROCKETS = """
Chile    Chile    PROPN NNP 4 poss  GPE
's       's       PART  POS 1 case  -
Scud     Scud     PROPN NNP 4 compound ORG
rockets  rocket   NOUN  NNS 5 nsubj -
hit      hit      VERB  VBD 0 ROOT  -
Peru     Peru     PROPN NNP 5 dobj  GPE
.        .        PUNCT .   5 punct -
"""

# "Peruvian Mirage jets attacked Chile." (the tagger runs "Peruvian Mirage" into one ORG)
STATE_WORD_RUN_INTO_WEAPON = """
Peruvian  Peruvian  ADJ   JJ  3 amod  ORG
Mirage    Mirage    PROPN NNP 3 compound I-ORG
jets      jet       NOUN  NNS 4 nsubj -
attacked  attack    VERB  VBD 0 ROOT  -
Chile     Chile     PROPN NNP 4 dobj  GPE
.         .         PUNCT .   4 punct -
"""

# "Hezbollah rockets hit Israel." (a body the tables know)
KNOWN_BODY_ROCKETS = """
Hezbollah  Hezbollah  PROPN NNP 2 compound ORG
rockets    rocket     NOUN  NNS 3 nsubj -
hit        hit        VERB  VBD 0 ROOT  -
Israel     Israel     PROPN NNP 3 dobj  GPE
.          .          PUNCT .   3 punct -
"""


def _labels(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities()}


def test_a_named_missile_is_no_entity() -> None:
    assert "Exocet" not in _labels(FIRED_NAMED_MISSILES)
    found = facts_with_roots(FIRED_NAMED_MISSILES)
    assert ("Chile", "fire missile at", "Peru", "19") in found
    assert not any("Exocet" in (s, o) for s, _, o, _ in found)


def test_a_states_named_rockets_are_no_part_of_it() -> None:
    found = facts_with_roots(OWNED_NAMED_ROCKETS)
    assert not any("Scud" in (s, o) for s, _, o, _ in found)
    assert ("Chile", "hit", "Peru", "19") in found


def test_the_state_word_run_into_a_weapon_name_stays_the_states() -> None:
    found = facts_with_roots(STATE_WORD_RUN_INTO_WEAPON)
    assert ("Peru", "attack", "Chile", "19") in found
    assert not any("Mirage" in s or "Mirage" in o for s, _, o, _ in found)


def test_a_known_body_before_a_weapon_stays_an_actor() -> None:
    assert ("Hezbollah", "hit", "Israel", "19") in facts_with_roots(KNOWN_BODY_ROCKETS)


# "Chile deployed Exocet missiles. The Exocets threaten Peru." (the tagger takes the name for a product
# before the noun, for a body alone)
NAMED_MISSILES_THEN_THEIR_PLURAL = """
Chile     Chile     PROPN NNP 2 nsubj GPE
deployed  deploy    VERB  VBD 0 ROOT  -
Exocet    Exocet    PROPN NNP 4 compound PRODUCT
missiles  missile   NOUN  NNS 2 dobj  -
.         .         PUNCT .   2 punct -
The       the       DET   DT  7 det   -
Exocets   Exocets   PROPN NNPS 8 nsubj ORG
threaten  threaten  VERB  VBP 0 ROOT  -
Peru      Peru      PROPN NNP 8 dobj  GPE
.         .         PUNCT .   8 punct -
"""


def test_the_plural_of_a_weapons_name_is_no_actor() -> None:
    assert "Exocets" not in _labels(NAMED_MISSILES_THEN_THEIR_PLURAL)
    assert not any(s == "Exocets" for s, _, _, _ in facts_with_roots(NAMED_MISSILES_THEN_THEIR_PLURAL))


# "The Peruvian Army tanks attacked Chile." (a force's name before its weapons owns them)
FORCE_BEFORE_ITS_TANKS = """
The       the       DET   DT  4 det   -
Peruvian  Peruvian  ADJ   JJ  3 amod  ORG
Army      Army      PROPN NNP 4 compound I-ORG
tanks     tank      NOUN  NNS 5 nsubj -
attacked  attack    VERB  VBD 0 ROOT  -
Chile     Chile     PROPN NNP 5 dobj  GPE
.         .         PUNCT .   5 punct -
"""


def test_a_force_named_before_its_tanks_stays_an_actor() -> None:
    assert any("Army" in label for label in _labels(FORCE_BEFORE_ITS_TANKS))


# "Chile fired Katyusha rocket launchers at Peru." (a weapon noun among the words of the kind)
NAMED_ROCKET_LAUNCHERS = """
Chile      Chile      PROPN NNP 2 nsubj GPE
fired      fire       VERB  VBD 0 ROOT  -
Katyusha   Katyusha   PROPN NNP 5 compound PERSON
rocket     rocket     NOUN  NN  5 compound -
launchers  launcher   NOUN  NNS 2 dobj  -
at         at         ADP   IN  2 prep  -
Peru       Peru       PROPN NNP 6 pobj  GPE
.          .          PUNCT .   2 punct -
"""


def test_a_name_before_a_two_word_weapon_is_no_actor() -> None:
    assert "Katyusha" not in _labels(NAMED_ROCKET_LAUNCHERS)


# "Kurdish fighters attacked Chile." (a people's word before "fighters" names people, no weapon)
PEOPLES_FIGHTERS = """
Kurdish   Kurdish   ADJ   JJ  2 amod  NORP
fighters  fighter   NOUN  NNS 3 nsubj -
attacked  attack    VERB  VBD 0 ROOT  -
Chile     Chile     PROPN NNP 3 dobj  GPE
.         .         PUNCT .   3 punct -
"""


def test_a_peoples_fighters_are_people() -> None:
    assert any(s != "Chile" for s, _, o, _ in facts_with_roots(PEOPLES_FIGHTERS) if o == "Chile")

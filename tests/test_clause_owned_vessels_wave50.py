"""Wave 50: deeds of force on a state's ships and platforms. A state's demonym the tagger takes for a proper
noun and hangs on the thing as a compound ("a Peruvian tanker") owns it as the adjective does, so a deed
of force on it is one on the state; armed forces or a weapon that "hit" something strike it (CAMEO 19); a
military escort of another's ships protects them (CAMEO 074), and a convoy of ships stands for the ships.
Parses are built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_an_attack_on_a_tanker_a_demonym_compound_names_is_an_attack_on_its_state() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    attacked   attack     VERB  VBD  0  ROOT     -
    a          a          DET   DT   5  det      -
    Peruvian   Peruvian   PROPN NNP  5  compound GPE
    tanker     tanker     NOUN  NN   2  dobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "attack", "Peru", "19")}


def test_a_demonym_compound_before_a_thing_no_deed_reaches_is_no_object() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    praised    praise     VERB  VBD  0  ROOT     -
    the        the        DET   DT   5  det      -
    Peruvian   Peruvian   PROPN NNP  5  compound GPE
    pipeline   pipeline   NOUN  NN   2  dobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == set()


def test_warplanes_that_hit_a_states_platform_fight_it() -> None:
    facts = facts_with_roots(
        """
    Chilean    chilean    ADJ   JJ   2  amod     NORP
    warplanes  warplane   NOUN  NNS  3  nsubj    -
    hit        hit        VERB  VBD  0  ROOT     -
    a          a          DET   DT   7  det      -
    Peruvian   peruvian   ADJ   JJ   7  amod     NORP
    oil        oil        NOUN  NN   7  compound -
    platform   platform   NOUN  NN   3  dobj     -
    .          .          PUNCT .    3  punct    -
    """
    )
    assert facts == {("Chilean military", "hit", "Peru", "19")}


def test_a_tanker_hit_by_a_states_missile_is_struck_by_the_state() -> None:
    facts = facts_with_roots(
        """
    A          a          DET   DT   3  det       -
    Peruvian   Peruvian   PROPN NNP  3  compound  GPE
    tanker     tanker     NOUN  NN   5  nsubjpass -
    was        be         AUX   VBD  5  auxpass   -
    hit        hit        VERB  VBN  0  ROOT      -
    by         by         ADP   IN   5  agent     -
    a          a          DET   DT   9  det       -
    Chilean    chilean    ADJ   JJ   9  amod      NORP
    missile    missile    NOUN  NN   6  pobj      -
    .          .          PUNCT .    5  punct     -
    """
    )
    assert facts == {("Chile", "hit", "Peru", "19")}


def test_a_state_that_hits_another_is_no_event_without_force() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    hit        hit        VERB  VBD  0  ROOT     -
    Peru       Peru       PROPN NNP  2  dobj     GPE
    hard       hard       ADV   RB   2  advmod   -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "hit", "Peru", None)}


def test_warships_escorting_a_convoy_of_a_states_tankers_protect_the_state() -> None:
    facts = facts_with_roots(
        """
    Chilean    chilean    ADJ   JJ   2  amod     NORP
    warships   warship    NOUN  NNS  3  nsubj    -
    escorted   escort     VERB  VBD  0  ROOT     -
    a          a          DET   DT   5  det      -
    convoy     convoy     NOUN  NN   3  dobj     -
    of         of         ADP   IN   5  prep     -
    Peruvian   peruvian   ADJ   JJ   8  amod     NORP
    tankers    tanker     NOUN  NNS  6  pobj     -
    .          .          PUNCT .    3  punct    -
    """
    )
    assert facts == {("Chilean military", "escort", "Peru", "07")}


def test_an_escort_by_others_than_armed_forces_is_no_protection() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    escorted   escort     VERB  VBD  0  ROOT     -
    Peru       Peru       PROPN NNP  2  dobj     GPE
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "escort", "Peru", None)}


def test_a_peoples_plural_as_a_compound_owns_nothing_for_its_state() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    attacked   attack     VERB  VBD  0  ROOT     -
    Peruvians  Peruvians  PROPN NNP  4  compound GPE
    convoys    convoy     NOUN  NNS  2  dobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == set()


def test_a_state_that_hits_a_ship_with_a_missile_fights_its_owner() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    hit        hit        VERB  VBD  0  ROOT     -
    a          a          DET   DT   5  det      -
    Peruvian   peruvian   ADJ   JJ   5  amod     NORP
    freighter  freighter  NOUN  NN   2  dobj     -
    with       with       ADP   IN   2  prep     -
    a          a          DET   DT   8  det      -
    torpedo    torpedo    NOUN  NN   6  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "hit", "Peru", "19")}


def test_a_state_that_hits_another_with_tariffs_is_no_fight() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    hit        hit        VERB  VBD  0  ROOT     -
    Peru       Peru       PROPN NNP  2  dobj     GPE
    with       with       ADP   IN   2  prep     -
    tariffs    tariff     NOUN  NNS  4  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert {root for *_, root in facts} <= {None}


def test_a_tanker_a_state_owns_by_a_hyphened_participle_is_the_states() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    attacked   attack     VERB  VBD  0  ROOT     -
    a          a          DET   DT   7  det      -
    Peruvian   Peruvian   PROPN NNP  6  npadvmod GPE
    -          -          PUNCT HYPH 6  punct    -
    owned      own        VERB  VBN  7  amod     -
    tanker     tanker     NOUN  NN   2  dobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "attack", "Peru", "19")}


def test_the_owners_adjective_comes_before_the_state_of_registry() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    attacked   attack     VERB  VBD  0  ROOT     -
    a          a          DET   DT   8  det      -
    Bolivian   bolivian   ADJ   JJ   6  npadvmod NORP
    -          -          PUNCT HYPH 6  punct    -
    registered register   VERB  VBN  8  amod     -
    Peruvian   peruvian   ADJ   JJ   8  amod     NORP
    tanker     tanker     NOUN  NN   2  dobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "attack", "Peru", "19")}

"""A people's word that names kin of a state living in another one ("the ethnic Slovak party", "the Polish
minority") names a group of no state: no link to the kin state, and no evidence that the story is that
state's."""

from __future__ import annotations

from hand_docs import read


def test_an_ethnic_people_s_word_names_a_group_not_the_kin_state() -> None:
    reading = read("""
    The       the       DET   DT  4 det      -
    ethnic    ethnic    ADJ   JJ  4 amod     -
    Slovak    Slovak    ADJ   JJ  4 amod     NORP
    party     party     NOUN  NN  5 nsubj    -
    left      leave     VERB  VBD 0 ROOT     -
    the       the       DET   DT  7 det      -
    coalition coalition NOUN  NN  5 dobj     -
    .         .         PUNCT .   5 punct    -
    Ethnic    ethnic    ADJ   JJ  10 amod    -
    Slovaks   Slovaks   PROPN NNPS 11 nsubj  NORP
    protested protest   VERB  VBD 0 ROOT     -
    .         .         PUNCT .   11 punct   -
    """)
    entities = reading.entities.entities()
    assert not any(e.country == "SVK" for e in entities)
    assert {(e.label, e.type) for e in entities if "Slovak" in e.label} == {("ethnic Slovak", "NORP")}


def test_a_people_s_word_before_minority_names_a_group_not_the_kin_state() -> None:
    reading = read("""
    The       the       DET   DT  3 det      -
    Polish    Polish    ADJ   JJ  3 amod     NORP
    minority  minority  NOUN  NN  4 nsubj    -
    voted     vote      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   4 punct    -
    Polish    Polish    ADJ   JJ  7 amod     NORP
    troops    troop     NOUN  NNS 8 nsubj    -
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    kin = reading.entities.entity_id_at(1)
    troops = reading.entities.entity_id_at(5)
    assert kin is not None and reading.entities.entity(kin).country is None
    # a people's word before any other noun still names the state's own ("Polish troops")
    assert troops is not None and reading.entities.entity(troops).country != kin


def test_kin_of_another_state_do_not_give_the_story_s_people_that_state() -> None:
    reading = read("""
    Former    former    ADJ   JJ  3 amod     -
    premier   premier   NOUN  NN  3 compound -
    Velinov   Velinov    PROPN NNP 4 nsubj    PERSON
    said      say       VERB  VBD 0 ROOT     -
    the       the       DET   DT  8 det      -
    ethnic    ethnic    ADJ   JJ  8 amod     -
    Hungarian Hungarian ADJ   JJ  8 amod     NORP
    party     party     NOUN  NN  9 nsubj    -
    quit      quit      VERB  VBD 4 ccomp    -
    .         .         PUNCT .   4 punct    -
    Velinov   Velinov    PROPN NNP 12 nsubj   PERSON
    met       meet      VERB  VBD 0 ROOT     -
    ethnic    ethnic    ADJ   JJ  14 amod    -
    Hungarians Hungarians PROPN NNPS 12 dobj NORP
    .         .         PUNCT .   12 punct   -
    """)
    velinov = reading.entities.entity_id_at(2)
    assert velinov is not None
    assert reading.entities.entity(velinov).country != "HUN"
    assert not any(e.country == "HUN" for e in reading.entities.entities())

"""A deed a state's name before it owns (wave 45 B): a stance on "the U.S. veto" is one toward the U.S."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_stance_on_a_deed_a_states_name_before_it_owns_is_toward_the_state() -> None:
    # "Japan welcomed the U.S. veto of the bill": the veto is the state's, as "Washington's veto" is
    reading = read("""
    Japan     Japan     PROPN NNP 2  nsubj    GPE
    welcomed  welcome   VERB  VBD 0  ROOT     -
    the       the       DET   DT  5  det      -
    Chile     Chile     PROPN NNP 5  compound GPE
    veto      veto      NOUN  NN  2  dobj     -
    of        of        ADP   IN  5  prep     -
    the       the       DET   DT  8  det      -
    bill      bill      NOUN  NN  6  pobj     -
    .         .         PUNCT .   2  punct    -
    """)
    assert ("Japan", "welcome", "Chile") in facts(reading, "svo")


def test_a_states_name_before_other_deeds_does_not_make_them_its_own() -> None:
    # "Japan welcomed the Chile talks": talks about or in a state are not the state's deed
    reading = read("""
    Japan     Japan     PROPN NNP 2  nsubj    GPE
    welcomed  welcome   VERB  VBD 0  ROOT     -
    the       the       DET   DT  5  det      -
    Chile     Chile     PROPN NNP 5  compound GPE
    talks     talk      NOUN  NNS 2  dobj     -
    .         .         PUNCT .   2  punct    -
    """)
    assert ("Japan", "welcome", "Chile") not in facts(reading, "svo")

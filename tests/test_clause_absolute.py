"""An absolute clause after "with" ("with Hall again taking charge"): its noun is the participle's subject,
no companion of the main verb (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import facts, read

_RETURNED = """
Mark      Mark      PROPN NNP 2  compound PERSON
Jones     Jones     PROPN NNP 3  nsubj    I-PERSON
returned  return    VERB  VBD 0  ROOT     -
to        to        ADP   IN  3  prep     -
the       the       DET   DT  6  det      -
squad     squad     NOUN  NN  4  pobj     -
with      with      ADP   IN  6  prep     -
Tom       Tom       PROPN NNP 9  compound PERSON
Hall      Hall      PROPN NNP 7  pobj     I-PERSON
"""


def test_a_noun_with_a_participle_of_its_own_after_with_is_no_companion() -> None:
    reading = read(
        _RETURNED
        + """
    again     again     ADV   RB  11 advmod   -
    taking    take      VERB  VBG 3  advcl    -
    charge    charge    NOUN  NN  11 dobj     -
    .         .         PUNCT .   3  punct    -
    """
    )
    assert facts(reading, "noun_prep") == set()


def test_a_noun_after_with_and_no_participle_is_a_companion() -> None:
    reading = read(_RETURNED + "    .         .         PUNCT .   3  punct    -\n")
    assert facts(reading, "noun_prep") == {("Mark Jones", "return to squad with", "Tom Hall")}

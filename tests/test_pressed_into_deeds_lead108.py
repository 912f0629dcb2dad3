"""Lead, wave 108: a deed one is pressed "into" doing is asked of the one pressed, as "pressed X to do" asks
it ("should"), and a pressing denied asks nothing; a deed one is forced into stays done. The parses are
stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Chile pressed Acme Corp into lending Peru money."
_PRESSED = """
Chile    Chile    PROPN NNP 2  nsubj    GPE
pressed  press    VERB  VBD 0  ROOT     -
Acme     Acme     PROPN NNP 4  compound ORG
Corp     Corp     PROPN NNP 2  dobj     I-ORG
into     into     ADP   IN  2  prep     -
lending  lend     VERB  VBG 5  pcomp    -
Peru     Peru     PROPN NNP 6  dative   GPE
money    money    NOUN  NN  6  dobj     -
.        .        PUNCT .   2  punct    -
"""

# "Chile did not press Acme Corp into lending Peru money."
_NOT_PRESSED = """
Chile    Chile    PROPN NNP 4  nsubj    GPE
did      do       AUX   VBD 4  aux      -
not      not      PART  RB  4  neg      -
press    press    VERB  VB  0  ROOT     -
Acme     Acme     PROPN NNP 6  compound ORG
Corp     Corp     PROPN NNP 4  dobj     I-ORG
into     into     ADP   IN  4  prep     -
lending  lend     VERB  VBG 7  pcomp    -
Peru     Peru     PROPN NNP 8  dative   GPE
money    money    NOUN  NN  8  dobj     -
.        .        PUNCT .   4  punct    -
"""


def _lendings(table: str) -> set[tuple[str | None, bool]]:
    return {
        (modality, negated)
        for subject, predicate, obj, _, modality, negated in read_modal_acts(table)
        if subject == "Acme Corp" and obj == "Peru" and predicate.startswith("lend")
    }


def test_a_deed_pressed_into_is_asked() -> None:
    assert _lendings(_PRESSED) == {("should", False)}


def test_a_deed_not_pressed_into_is_not_asked() -> None:
    assert _lendings(_NOT_PRESSED) == set()

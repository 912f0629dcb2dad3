"""Names as fixed-width wire archives print them (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read

# "<Orbis Mining Ltd> bought a mine.": the archive's angle brackets around a company's name, taken by the
# tagger into the entity.
BRACKETED = """
<        <        X     XX     4  punct    ORG
Orbis    Orbis    PROPN NNP    4  compound I-ORG
Mining   Mining   PROPN NNP    4  compound I-ORG
Ltd      Ltd      PROPN NNP    6  nsubj    I-ORG
>        >        PUNCT -RRB-  4  punct    I-ORG
bought   buy      VERB  VBD    0  ROOT     -
a        a        DET   DT     8  det      -
mine     mine     NOUN  NN     6  dobj     -
.        .        PUNCT .      6  punct    -
"""


def test_angle_brackets_around_a_name_are_no_part_of_it() -> None:
    labels = {e.label for e in read(BRACKETED).entities.entities()}
    assert "Orbis Mining Ltd" in labels
    assert not any("<" in label or ">" in label for label in labels)

"""A second report joined by a bare "but" to a reported clause is the writer's, not more of the first
speaker's words (lead, stop 54): in "Prime Minister Jan Lind said Denmark would join but the Greens say he is
surrendering a veto" the Greens' claim is not Lind's to carry. Parsed by hand (tests/hand_docs.py) as the
model parses it; the sentence is ours."""

from __future__ import annotations

from hand_docs import read_attributed

_TABLE = """
    Prime        Prime        PROPN NNP  2  compound -
    Minister     Minister     PROPN NNP  4  compound -
    Jan          Jan          PROPN NNP  4  compound PERSON
    Lind         Lind         PROPN NNP  5  nsubj    I-PERSON
    said         say          VERB  VBD  0  ROOT     -
    Denmark      Denmark      PROPN NNP  8  nsubj    GPE
    would        would        AUX   MD   8  aux      -
    join         join         VERB  VB   5  ccomp    -
    but          but          CCONJ CC   8  cc       -
    the          the          DET   DT   11 det      -
    Greens       Greens       PROPN NNPS 12 nsubj    ORG
    say          say          VERB  VBP  8  conj     -
    he           he           PRON  PRP  15 nsubj    -
    is           be           AUX   VBZ  15 aux      -
    surrendering surrender    VERB  VBG  12 ccomp    -
    a            a            DET   DT   17 det      -
    veto         veto         NOUN  NN   15 dobj     -
    .            .            PUNCT .    5  punct    -
    """


def test_a_second_report_after_but_is_the_writers() -> None:
    facts = read_attributed(_TABLE)
    greens = [f for f in facts if f[0] == "Greens"]
    assert greens, facts
    assert all(f[3] is None for f in greens), facts

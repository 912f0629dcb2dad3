"""Wave 104 H: "it said" of the one body a story quotes. In a stats story led by "The Agriculture Department
said Peru bought wheat", a later "Bolivia was the main buyer, it said." after a sentence of figures naming
no body is the department speaking, as "the department said" would be: the speaking "it" is the one
organisation the story had as the subject of a verb of speech before it (coref.CorefResolver.
_sole_reporting_body), so the edge `Agriculture Department -say-> Bolivia` is read. Where two bodies have
reported, "it" stays open. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_LEAD = """
The          the          DET   DT   3   det       ORG
Agriculture  Agriculture  PROPN NNP  3   compound  I-ORG
Department   Department   PROPN NNP  4   nsubj     I-ORG
said         say          VERB  VBD  0   ROOT      -
Peru         Peru         PROPN NNP  6   nsubj     GPE
bought       buy          VERB  VBD  4   ccomp     -
wheat        wheat        NOUN  NN   6   dobj      -
.            .            PUNCT .    4   punct     -
"""

# "Corn sales were up. Bolivia was the main buyer, it said." (token positions after the lead's 8)
_FIGURES_THEN_IT_SAID = """
Corn         corn         NOUN  NN   10  compound  -
sales        sale         NOUN  NNS  11  nsubj     -
were         be           AUX   VBD  0   ROOT      -
up           up           ADV   RB   11  advmod    -
.            .            PUNCT .    11  punct     -
Bolivia      Bolivia      PROPN NNP  15  nsubj     GPE
was          be           AUX   VBD  21  ccomp     -
the          the          DET   DT   18  det       -
main         main         ADJ   JJ   18  amod      -
buyer        buyer        NOUN  NN   15  attr      -
,            ,            PUNCT ,    21  punct     -
it           it           PRON  PRP  21  nsubj     -
said         say          VERB  VBD  0   ROOT      -
.            .            PUNCT .    21  punct     -
"""

# "The Grain Council said sales rose." (after the lead, before the figures: a second body reports)
_SECOND_BODY = """
The          the          DET   DT   11  det       ORG
Grain        Grain        PROPN NNP  11  compound  I-ORG
Council      Council      PROPN NNP  12  nsubj     I-ORG
said         say          VERB  VBD  0   ROOT      -
sales        sale         NOUN  NNS  14  nsubj     -
rose         rise         VERB  VBD  12  ccomp     -
.            .            PUNCT .    12  punct     -
"""


def _shifted(table: str, by: int) -> str:
    """The table with every head (but a root's 0) moved on by `by` tokens: the same sentence later on."""
    rows = []
    for line in table.strip().splitlines():
        cells = line.split()
        if cells[4] != "0":
            cells[4] = str(int(cells[4]) + by)
        rows.append(" ".join(cells))
    return "\n".join(rows)


def test_it_said_after_figures_is_the_one_body_quoted_before() -> None:
    triples = read_triples(_LEAD + _FIGURES_THEN_IT_SAID)
    assert ("Agriculture Department", "say", "Bolivia") in triples


def test_it_said_stays_open_where_two_bodies_reported() -> None:
    # the lead (8 tokens), the second body (7), then the figures and "it said" shifted on by 7
    triples = read_triples(_LEAD + _SECOND_BODY + _shifted(_FIGURES_THEN_IT_SAID, 7))
    assert not {t for t in triples if t[1] == "say" and t[2] == "Bolivia"}

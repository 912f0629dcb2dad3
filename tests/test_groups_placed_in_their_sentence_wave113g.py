"""Wave 113 G: a group of society the sentence sets "in" a place ("In Latvia last year, Pavel Orlov was pelted
by protesters") is of that place's state, not of the state the story is mostly about (here Kazakhstan):
affiliations/organisations._placed_groups_state. A state's organ so placed keeps the story's reading. The
parses are stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read

# "Kazakhstan raised taxes on the fund. Kazakhstan fined the fund again. In Latvia last year, Pavel Orlov was
# pelted by protesters."
_PELTED = """
Kazakhstan  Kazakhstan  PROPN NNP 2  nsubj     GPE
raised      raise       VERB  VBD 0  ROOT      -
taxes       tax         NOUN  NNS 2  dobj      -
on          on          ADP   IN  2  prep      -
the         the         DET   DT  6  det       -
fund        fund        NOUN  NN  4  pobj      -
.           .           PUNCT .   2  punct     -
Kazakhstan  Kazakhstan  PROPN NNP 9  nsubj     GPE
fined       fine        VERB  VBD 0  ROOT      -
the         the         DET   DT  11 det       -
fund        fund        NOUN  NN  9  dobj      -
again       again       ADV   RB  9  advmod    -
.           .           PUNCT .   9  punct     -
In          in          ADP   IN  22 prep      -
Latvia      Latvia      PROPN NNP 14 pobj      GPE
last        last        ADJ   JJ  17 amod      DATE
year        year        NOUN  NN  22 npadvmod  I-DATE
,           ,           PUNCT ,   22 punct     -
Pavel       Pavel       PROPN NNP 20 compound  PERSON
Orlov       Orlov       PROPN NNP 22 nsubjpass I-PERSON
was         be          AUX   VBD 22 auxpass   -
pelted      pelt        VERB  VBN 0  ROOT      -
by          by          ADP   IN  22 agent     -
protesters  protester   NOUN  NNS 23 pobj      -
.           .           PUNCT .   22 punct     -
"""


def _countries(table: str) -> set[tuple[str, str | None]]:
    """(label, country) of every entity whose label ends in "protesters"."""
    reading = read(table)
    return {(e.label, e.country) for e in reading.entities.entities() if e.label.endswith("protesters")}


def test_protesters_placed_in_their_sentence_take_that_state() -> None:
    found = _countries(_PELTED)
    assert found and all(country == "LVA" for _, country in found)


def test_protesters_placed_nowhere_keep_the_story_s_state() -> None:
    table = _PELTED.replace(
        "In          in          ADP   IN  22 prep ", "Then        then        ADV   RB  22 advmod"
    )
    table = table.replace(
        "Latvia      Latvia      PROPN NNP 14 pobj      GPE",
        "again       again       ADV   RB  22 advmod    -",
    )
    found = _countries(table)
    assert found and all(country == "KAZ" for _, country in found)

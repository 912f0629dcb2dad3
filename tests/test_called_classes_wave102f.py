"""A call on a class of states (wave 102 F): "Ann Roe called on leading Western nations to set up a fund."
The West's states and the industrialized ones named as one class are a generic actor of no state
(sectors.tsv "western nations", "industrialized countries", bare "no"), even where the parser tags
"Western" as a name, so the appeal (02) goes to the class. Parses built by hand; the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts_with_roots, read

CALLED = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    PERSON
called     call       VERB  VBD  0  ROOT     -
on         on         ADP   IN   3  prep     -
leading    lead       VERB  VBG  7  amod     -
Western    western    ADJ   JJ   7  amod     NORP
nations    nation     NOUN  NNS  4  pobj     -
to         to         PART  TO   9  aux      -
set        set        VERB  VB   3  xcomp    -
up         up         ADP   RP   9  prt      -
a          a          DET   DT   12 det      -
fund       fund       NOUN  NN   9  dobj     -
.          .          PUNCT .    3  punct    -
"""


def test_a_call_on_western_nations_is_an_appeal_to_the_class() -> None:
    facts = facts_with_roots(CALLED)
    assert any(f[0] == "Ann Roe" and f[2] == "western countries" and f[3] == "02" for f in facts), facts
    assert country_of(read(CALLED), "western countries") is None


def test_industrialized_countries_are_the_developed_countries() -> None:
    industrial = CALLED.replace(
        "Western    western    ADJ   JJ   7  amod     NORP", "industrialized industrialize VERB VBN 7 amod -"
    )
    facts = facts_with_roots(industrial.replace("nations    nation ", "countries  country"))
    assert any(f[0] == "Ann Roe" and f[2] == "developed countries" and f[3] == "02" for f in facts), facts

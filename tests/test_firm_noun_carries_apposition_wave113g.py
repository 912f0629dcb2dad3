"""Wave 113 G: "the Zentek group, the main Dutch shareholder of Vardo": where a lower-case firm's noun follows
the name ("group", "company") the parser hangs the apposition on that noun, not on the name; the description
is the firm's still, and its state's word gives the firm its country (affiliations/described._said_of). The
parses are stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read

# "The Zentek group, the main Dutch shareholder in Vardo, backed Anna Berg."
_GROUP = """
The          the          DET   DT  3  det      -
Zentek       Zentek       PROPN NNP 3  compound ORG
group        group        NOUN  NN  12 nsubj    -
,            ,            PUNCT ,   3  punct    -
the          the          DET   DT  8  det      -
main         main         ADJ   JJ  8  amod     -
Dutch        dutch        ADJ   JJ  8  amod     NORP
shareholder  shareholder  NOUN  NN  3  appos    -
in           in           ADP   IN  8  prep     -
Vardo        Vardo        PROPN NNP 9  pobj     ORG
,            ,            PUNCT ,   3  punct    -
backed       back         VERB  VBD 0  ROOT     -
Anna         Anna         PROPN NNP 14 compound PERSON
Berg         Berg         PROPN NNP 12 dobj     I-PERSON
.            .            PUNCT .   12 punct    -
"""


def test_an_apposition_on_the_firms_noun_after_its_name_places_the_firm() -> None:
    reading = read(_GROUP)
    assert country_of(reading, "Zentek") == "NLD"


def test_an_apposition_on_a_noun_that_is_no_firms_leaves_the_name_alone() -> None:
    reading = read(_GROUP.replace("group        group ", "fans         fan   "))
    assert country_of(reading, "Zentek") is None

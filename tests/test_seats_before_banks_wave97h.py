"""Seats before banks (wave 97 H). A town the tagger left untagged, hyphened to a seat's participle before
a firm's name ("Dammam-based Kestrel Bank"), is a place the gazetteer knows: its mention gives the firm the
town's state, as a tagged "Tokyo-based X" does (entities/mentions._town_before_a_seat). Firms named in
apposition to a seated noun ("the Qatar-based international banks, X and Y") are based there, both of them:
the conjunct too (affiliations/places._place_of_institution), and "international" then says where they work,
not that they have no state (affiliations/described._seated).
Each test states its parse by hand (tests/hand_docs.py); the sentences and firms are ours."""

from __future__ import annotations

from hand_docs import country_of, read

SEATED_BANK = """
{town}     {town}     PROPN NNP  3 npadvmod -
-          -          PUNCT HYPH 3 punct    -
based      base       VERB  VBN  5 amod     -
Kestrel    Kestrel    PROPN NNP  5 compound ORG
Bank       Bank       PROPN NNP  6 nsubj    I-ORG
opened     open       VERB  VBD  0 ROOT     -
a          a          DET   DT   8 det      -
branch     branch     NOUN  NN   6 dobj     -
in         in         ADP   IN   6 prep     -
London     London     PROPN NNP  9 pobj     GPE
.          .          PUNCT .    6 punct    -
"""


def test_an_untagged_town_before_based_gives_the_firm_its_state() -> None:
    reading = read(SEATED_BANK.format(town="Dammam"))
    assert country_of(reading, "Kestrel Bank") == "SAU"


def test_a_word_no_gazetteer_knows_gives_no_state() -> None:
    # guard: "Harbour-based" names no known place
    reading = read(SEATED_BANK.format(town="Harbour"))
    assert country_of(reading, "Kestrel Bank") is None


BANKS_IN_APPOSITION = """
The           the           DET   DT   8  det      -
two           two           NUM   CD   8  nummod   CARDINAL
major         major         ADJ   JJ   8  amod     -
Qatar         Qatar         PROPN NNP  6  npadvmod GPE
-             -             PUNCT HYPH 6  punct    -
based         base          VERB  VBN  8  amod     -
international international ADJ   JJ   8  amod     -
banks         bank          NOUN  NNS  18 nsubj    -
,             ,             PUNCT ,    8  punct    -
Corvell       Corvell       PROPN NNP  11 compound ORG
Bank          Bank          PROPN NNP  8  appos    I-ORG
and           and           CCONJ CC   11 cc       -
Dunmore       Dunmore       PROPN NNP  15 compound ORG
Trust         Trust         PROPN NNP  15 compound I-ORG
Corp          Corp          PROPN NNP  11 conj     I-ORG
,             ,             PUNCT ,    8  punct    -
have          have          AUX   VBP  18 aux      -
grown         grow          VERB  VBN  0  ROOT     -
in            in            ADP   IN   18 prep     -
London        London        PROPN NNP  19 pobj     GPE
.             .             PUNCT .    18 punct    -
"""


def test_the_first_firm_in_apposition_to_seated_international_banks_is_based_there() -> None:
    reading = read(BANKS_IN_APPOSITION)
    assert country_of(reading, "Corvell Bank") == "QAT"


def test_the_conjunct_firm_in_apposition_is_based_there_too() -> None:
    reading = read(BANKS_IN_APPOSITION)
    assert country_of(reading, "Dunmore Trust Corp") == "QAT"

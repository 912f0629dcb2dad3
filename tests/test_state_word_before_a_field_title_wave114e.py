"""A state's word that opens a title before a name owns the title, though a plain noun of the title's field
no title list knows stands between them (wave 114 E): "US bankruptcy judge X" is a judge of the United
States, "French tax court judge Y" one of France, whatever state the story is about; a field's noun with no
state's word before it ("Veteran bankruptcy judge Z"), nor one after a people's name that ends in a state's
word ("African American radio host W"), names a state. Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

# "US bankruptcy judge Nora Vale said Spain would appeal. Spain's courts met in Spain."
US_BANKRUPTCY_JUDGE = """
US         US         PROPN NNP 3  compound GPE
bankruptcy bankruptcy NOUN  NN  3  compound -
judge      judge      NOUN  NN  5  compound -
Nora       Nora       PROPN NNP 5  compound PERSON
Vale       Vale       PROPN NNP 6  nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
Spain      Spain      PROPN NNP 9  nsubj    GPE
would      would      AUX   MD  9  aux      -
appeal     appeal     VERB  VB  6  ccomp    -
.          .          PUNCT .   6  punct    -
Spain      Spain      PROPN NNP 13 poss     GPE
's         's         PART  POS 11 case     -
courts     court      NOUN  NNS 14 nsubj    -
met        meet       VERB  VBD 0  ROOT     -
in         in         ADP   IN  14 prep     -
Spain      Spain      PROPN NNP 15 pobj     GPE
.          .          PUNCT .   14 punct    -
"""

# "French tax court judge Paul Ardent rejected the appeal."
FRENCH_TAX_COURT_JUDGE = """
French   french   ADJ   JJ  4 amod     NORP
tax      tax      NOUN  NN  3 compound -
court    court    NOUN  NN  4 compound -
judge    judge    NOUN  NN  6 compound -
Paul     Paul     PROPN NNP 6 compound PERSON
Ardent   Ardent   PROPN NNP 7 nsubj    I-PERSON
rejected reject   VERB  VBD 0 ROOT     -
the      the      DET   DT  9 det      -
appeal   appeal   NOUN  NN  7 dobj     -
.        .        PUNCT .   7 punct    -
"""

# "Veteran bankruptcy judge Nora Vale rejected the appeal."
VETERAN_BANKRUPTCY_JUDGE = """
Veteran    veteran    NOUN  NN  3 compound -
bankruptcy bankruptcy NOUN  NN  3 compound -
judge      judge      NOUN  NN  5 compound -
Nora       Nora       PROPN NNP 5 compound PERSON
Vale       Vale       PROPN NNP 6 nsubj    I-PERSON
rejected   reject     VERB  VBD 0 ROOT     -
the        the        DET   DT  8 det      -
appeal     appeal     NOUN  NN  6 dobj     -
.          .          PUNCT .   6 punct    -
"""

# "He told African American radio host Dana Mole the vote mattered."
AFRICAN_AMERICAN_RADIO_HOST = """
He       he       PRON  PRP 2  nsubj    -
told     tell     VERB  VBD 0  ROOT     -
African  african  ADJ   JJ  4  amod     NORP
American american ADJ   JJ  6  amod     I-NORP
radio    radio    NOUN  NN  6  compound -
host     host     NOUN  NN  8  compound -
Dana     Dana     PROPN NNP 8  compound PERSON
Mole     Mole     PROPN NNP 2  dobj     I-PERSON
the      the      DET   DT  10 det      -
vote     vote     NOUN  NN  11 nsubj    -
mattered matter   VERB  VBD 2  ccomp    -
.        .        PUNCT .   2  punct    -
"""


def test_a_state_word_before_a_field_noun_owns_the_judges_title() -> None:
    triples = read_triples(US_BANKRUPTCY_JUDGE)
    assert ("Nora Vale", "judge of", "United States") in triples
    assert not any(t[0] == "Nora Vale" and t[2] == "Spain" and "judge" in t[1] for t in triples)


def test_the_holder_is_of_the_state_written_not_the_storys() -> None:
    assert country_of(read(US_BANKRUPTCY_JUDGE), "Nora Vale") == "USA"


def test_two_field_nouns_between_the_state_word_and_the_title() -> None:
    triples = read_triples(then_abroad(FRENCH_TAX_COURT_JUDGE))
    assert ("Paul Ardent", "judge of", "France") in triples


def test_a_field_noun_with_no_state_word_before_it_names_no_state() -> None:
    # positive guard: "Veteran" is no state's word; the title has no owner written
    triples = read_triples(then_abroad(VETERAN_BANKRUPTCY_JUDGE))
    assert not any(t[0] == "Nora Vale" and t[1] == "judge of" for t in triples)


def test_a_peoples_name_ending_in_a_state_word_owns_no_title() -> None:
    # the name "African American" ends in "American", but names a people, no state
    triples = read_triples(then_abroad(AFRICAN_AMERICAN_RADIO_HOST))
    assert not any(t[0] == "Dana Mole" and t[2] == "African American" for t in triples)

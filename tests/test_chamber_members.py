"""Hand-built parse: a member's title of a chamber the story names as one state's ("Sen. X" in a story about
"a U.S. Senate team") is that state's office, whatever other states the story names."""

from __future__ import annotations

from hand_docs import country_of, facts, read

TEAM = """
A         a         DET   DT  4  det      -
U.S.      U.S.      PROPN NNP 3  compound ORG
Senate    Senate    PROPN NNP 4  compound I-ORG
team      team      NOUN  NN  5  nsubj    -
visited   visit     VERB  VBD 0  ROOT     -
Kuwait    Kuwait    PROPN NNP 5  dobj     GPE
.         .         PUNCT .   5  punct    -
{title:10} {lemma:10} PROPN NNP 10 compound -
John      John      PROPN NNP 10 compound PERSON
Kemp      Kemp      PROPN NNP 11 nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
France    France    PROPN NNP 14 nsubj    GPE
should    should    AUX   MD  14 aux      -
act       act       VERB  VB  11 ccomp    -
.         .         PUNCT .   11 punct    -
"""


def test_a_senator_in_a_story_of_one_states_senate_is_its_member() -> None:
    # "A U.S. Senate team visited Kuwait. Sen. John Kemp said France should act."
    reading = read(TEAM.format(title="Sen.", lemma="Sen."))
    assert country_of(reading, "John Kemp") == "USA"
    assert ("John Kemp", "senator of", "United States") in facts(reading, "title")


def test_an_unknown_title_takes_no_state_from_the_chamber() -> None:
    # "A U.S. Senate team visited Kuwait. Dr. John Kemp said France should act."
    reading = read(TEAM.format(title="Dr.", lemma="Dr."))
    assert country_of(reading, "John Kemp") is None


POLITBURO = """
Vietnam   Vietnam   PROPN NNP 2  nsubj    GPE
sacked    sack      VERB  VBD 0  ROOT     -
its       its       PRON  PRP$ 4 poss     -
premier   premier   NOUN  NN  2  dobj     -
.         .         PUNCT .   2  punct    -
Vietnam   Vietnam   PROPN NNP 7  nsubj    GPE
named     name      VERB  VBD 0  ROOT     -
Le        Le        PROPN NNP 9  compound PERSON
Tam       Tam       PROPN NNP 7  dobj     I-PERSON
.         .         PUNCT .   7  punct    -
Politburo Politburo PROPN NNP 12 compound ORG
member    member    NOUN  NN  14 compound -
Le        Le        PROPN NNP 14 compound PERSON
Tam       Tam       PROPN NNP 15 nsubj    I-PERSON
spoke     speak     VERB  VBD 0  ROOT     -
.         .         PUNCT .   15 punct    -
"""


def test_a_politburo_is_the_ruling_party_of_the_story_state() -> None:
    # "Vietnam sacked its premier. Vietnam named Le Tam. Politburo member Le Tam spoke.": every ruling
    # communist party has one, so the name fixes no state
    reading = read(POLITBURO)
    assert country_of(reading, "Politburo") == "VNM"
    assert country_of(reading, "Le Tam") == "VNM"

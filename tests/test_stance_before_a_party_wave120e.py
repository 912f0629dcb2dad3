"""A stance before a party's name the tagger ran into it (wave 120 E): "pro-Iraq war Labour MP X" names the
Labour Party, whose member X is and whose state X acts for; the stance is the MP's, no word of the party's
name. Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

# "Paul Dorran will stand against pro-Iraq war Labour MP Ruth Pell."
STANCE_LABOUR_MP = """
Paul      Paul      PROPN  NNP     2 compound  PERSON
Dorran    Dorran    PROPN  NNP     4 nsubj     I-PERSON
will      will      AUX    MD      4 aux       -
stand     stand     VERB   VB      0 ROOT      -
against   against   ADP    IN      4 prep      -
pro       pro       ADJ    JJ     10 amod      ORG
-         -         PUNCT  HYPH   10 amod      I-ORG
Iraq      iraq      ADJ    JJ     10 amod      I-ORG
war       war       NOUN   NN     12 compound  I-ORG
Labour    Labour    PROPN  NNP    11 compound  I-ORG
MP        MP        PROPN  NNP    12 compound  -
Ruth      Ruth      PROPN  NNP    13 compound  PERSON
Pell      Pell      PROPN  NNP     5 pobj      I-PERSON
.         .         PUNCT  .       4 punct     -
"""

# the same, the tagger running the name on over the title: "[pro-Iraq war Labour MP] Ruth Pell"
STANCE_LABOUR_MP_TITLE_IN = STANCE_LABOUR_MP.replace(
    "MP        MP        PROPN  NNP    12 compound  -", "MP        MP        PROPN  NNP    12 compound  I-ORG"
)


def test_the_stance_is_no_word_of_the_partys_name() -> None:
    labels = {e.label for e in read(then_abroad(STANCE_LABOUR_MP)).entities.entities()}
    assert "Labour Party" in labels
    assert not any(label.startswith("pro-") for label in labels)


def test_the_mp_is_a_member_of_the_party() -> None:
    triples = read_triples(then_abroad(STANCE_LABOUR_MP))
    assert ("Ruth Pell", "member of", "Labour Party") in triples


def test_the_mp_acts_for_the_partys_state() -> None:
    assert country_of(read(then_abroad(STANCE_LABOUR_MP)), "Ruth Pell") == "GBR"


def test_a_title_the_tagger_ran_into_the_name_leaves_the_party() -> None:
    triples = read_triples(then_abroad(STANCE_LABOUR_MP_TITLE_IN))
    assert ("Ruth Pell", "member of", "Labour Party") in triples

"""Offices a party gives, stated beside a name or standing for it (wave 112 E): "Labour deputy leader X" (the
party's name the tagger calls an adjective, no portfolio of a minister's title), "... and party leader Y"
(the party the sentence names), "The Green Party Co-Chairman said" (the party, and the title left to
coreference, no body named by the title) and "the co-chairman" as the holder the text titled so. Each test
states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read, read_triples, then_abroad

# "Labour deputy leader Ruth Pell said the vote was close."
LABOUR_DEPUTY_LEADER = """
Labour  labour  ADJ   JJ   3 amod      ORG
deputy  deputy  NOUN  NN   3 compound  -
leader  leader  NOUN  NN   5 compound  -
Ruth    Ruth    PROPN NNP  5 compound  PERSON
Pell    Pell    PROPN NNP  6 nsubj     I-PERSON
said    say     VERB  VBD  0 ROOT      -
the     the     DET   DT   8 det       -
vote    vote    NOUN  NN   9 nsubj     -
was     be      AUX   VBD  6 ccomp     -
close   close   ADJ   JJ   9 acomp     -
.       .       PUNCT .    6 punct     -
"""

# "Labour Minister Ruth Pell said the vote was close."  (a minister's title: the tagger's word stays out)
LABOUR_MINISTER = """
Labour    labour    ADJ   JJ   2 amod      ORG
Minister  Minister  PROPN NNP  4 compound  -
Ruth      Ruth      PROPN NNP  4 compound  PERSON
Pell      Pell      PROPN NNP  5 nsubj     I-PERSON
said      say       VERB  VBD  0 ROOT      -
the       the       DET   DT   7 det       -
vote      vote      NOUN  NN   8 nsubj     -
was       be        AUX   VBD  5 ccomp     -
close     close     ADJ   JJ   8 acomp     -
.         .         PUNCT .    5 punct     -
"""

# "Tory chairman Jim Barrow opened the rally, and party leader Ann Kerrow spoke later."
PARTY_LEADER = """
Tory      tory      NOUN  NN   2 compound  NORP
chairman  chairman  NOUN  NN   4 compound  -
Jim       Jim       PROPN NNP  4 compound  PERSON
Barrow    Barrow    PROPN NNP  5 nsubj     I-PERSON
opened    open      VERB  VBD  0 ROOT      -
the       the       DET   DT   7 det       -
rally     rally     NOUN  NN   5 dobj      -
,         ,         PUNCT ,    5 punct     -
and       and       CCONJ CC   5 cc        -
party     party     NOUN  NN   11 compound -
leader    leader    NOUN  NN   13 compound -
Ann       Ann       PROPN NNP  13 compound PERSON
Kerrow    Kerrow    PROPN NNP  14 nsubj    I-PERSON
spoke     speak     VERB  VBD  5 conj      -
later     later     ADV   RB   14 advmod   -
.         .         PUNCT .    14 punct    -
"""

# "Tory chairman Jim Barrow attacked Labour, and party leader Ann Kerrow spoke later."  (two parties: whose?)
PARTY_LEADER_OF_TWO = """
Tory      tory      NOUN  NN   2 compound  NORP
chairman  chairman  NOUN  NN   4 compound  -
Jim       Jim       PROPN NNP  4 compound  PERSON
Barrow    Barrow    PROPN NNP  5 nsubj     I-PERSON
attacked  attack    VERB  VBD  0 ROOT      -
Labour    Labour    PROPN NNP  5 dobj      ORG
,         ,         PUNCT ,    5 punct     -
and       and       CCONJ CC   5 cc        -
party     party     NOUN  NN   10 compound -
leader    leader    NOUN  NN   12 compound -
Ann       Ann       PROPN NNP  12 compound PERSON
Kerrow    Kerrow    PROPN NNP  13 nsubj    I-PERSON
spoke     speak     VERB  VBD  5 conj      -
later     later     ADV   RB   13 advmod   -
.         .         PUNCT .    13 punct    -
"""

# "The Green Party Co-Chairman said the vote was close."  (the tagger runs the party into the title)
PARTY_CO_CHAIRMAN = """
The       the       DET   DT   6 det       ORG
Green     Green     PROPN NNP  3 compound  I-ORG
Party     Party     PROPN NNP  6 compound  I-ORG
Co        Co        PROPN NNP  6 compound  I-ORG
-         -         PUNCT HYPH 6 punct     I-ORG
Chairman  Chairman  PROPN NNP  7 nsubj     I-ORG
said      say       VERB  VBD  0 ROOT      -
the       the       DET   DT   9 det       -
vote      vote      NOUN  NN   10 nsubj    -
was       be        AUX   VBD  7 ccomp     -
close     close     ADJ   JJ   10 acomp    -
.         .         PUNCT .    7 punct     -
"""

# "Green co-chairman Jim Barrow spoke in Leeds. The co-chairman said the vote was close."
THE_CO_CHAIRMAN = """
Green     green     ADJ   JJ   4 compound  -
co        co        NOUN  NN   4 compound  -
-         -         PUNCT HYPH 4 punct     -
chairman  chairman  NOUN  NN   6 compound  -
Jim       Jim       PROPN NNP  6 compound  PERSON
Barrow    Barrow    PROPN NNP  7 nsubj     I-PERSON
spoke     speak     VERB  VBD  0 ROOT      -
in        in        ADP   IN   7 prep      -
Leeds     Leeds     PROPN NNPS 8 pobj      GPE
.         .         PUNCT .    7 punct     -
The       the       DET   DT   14 det      -
co        co        NOUN  NN   14 compound -
-         -         PUNCT HYPH 14 punct    -
chairman  chairman  NOUN  NN   15 nsubj    -
said      say       VERB  VBD  0 ROOT      -
Oslo      Oslo      PROPN NNP  17 nsubj    GPE
erred     err       VERB  VBD  15 ccomp    -
.         .         PUNCT .    15 punct    -
"""


def test_a_party_before_a_title_its_party_gives_is_the_party() -> None:
    triples = read_triples(then_abroad(LABOUR_DEPUTY_LEADER))
    assert ("Ruth Pell", "deputy leader of", "Labour Party") in triples


def test_the_same_word_before_a_ministers_title_is_no_party_office() -> None:
    # positive guard: "Labour Minister" is a portfolio's minister, held in no party
    triples = read_triples(then_abroad(LABOUR_MINISTER))
    assert not any(t[0] == "Ruth Pell" and t[2] == "Labour Party" and "leader" in t[1] for t in triples)


def test_party_leader_is_the_leader_of_the_party_the_sentence_names() -> None:
    triples = read_triples(then_abroad(PARTY_LEADER))
    assert ("Ann Kerrow", "leader of", "Conservative Party") in triples


def test_party_leader_after_two_parties_in_its_sentence_is_no_ones_leader() -> None:
    # positive guard: the sentence names two parties, and does not say whose leader Kerrow is
    triples = read_triples(then_abroad(PARTY_LEADER_OF_TWO))
    assert not any(t[0] == "Ann Kerrow" and "leader" in t[1] for t in triples)


def test_a_party_run_into_its_officers_title_is_the_party_alone() -> None:
    labels = {e.label for e in read(then_abroad(PARTY_CO_CHAIRMAN)).entities.entities()}
    assert "Green Party Co-Chairman" not in labels
    assert "Green Party" in labels


def test_the_co_chairman_is_the_one_the_text_titled_co_chairman() -> None:
    triples = read_triples(then_abroad(THE_CO_CHAIRMAN))
    assert ("Jim Barrow", "say", "Norway") in triples

"""A counterpart holds the owner's state office in the counterpart's own state (lead, stop 54): "Italian
finance minister Carlo Neri met his Spanish counterpart Luis Mora" makes Mora Spain's finance minister, the
fact an analyst lists, not "counterpart of Carlo Neri". A counterpart of a person with no state office keeps
the plain relation. Parsed by hand (tests/hand_docs.py) as the model parses such sentences; ours."""

from __future__ import annotations

from hand_docs import read_triples

_MEETING = """
    Italian      italian      ADJ   JJ   3  amod     NORP
    {office}     {office}     NOUN  NN   3  compound -
    {noun}       {noun}       NOUN  NN   5  compound -
    Carlo        Carlo        PROPN NNP  5  compound PERSON
    Neri         Neri         PROPN NNP  6  nsubj    I-PERSON
    met          meet         VERB  VBD  0  ROOT     -
    his          his          PRON  PRP$ 9  poss     -
    Spanish      spanish      ADJ   JJ   9  amod     NORP
    counterpart  counterpart  NOUN  NN   6  dobj     -
    Luis         Luis         PROPN NNP  11 compound PERSON
    Mora         Mora         PROPN NNP  9  appos    I-PERSON
    .            .            PUNCT .    6  punct    -
    """


def test_a_ministers_counterpart_holds_the_office_of_his_own_state() -> None:
    triples = read_triples(_MEETING.format(office="finance", noun="minister"))
    assert ("Luis Mora", "finance minister of", "Spain") in triples, triples
    assert ("Luis Mora", "counterpart of", "Carlo Neri") not in triples, triples
    assert ("Carlo Neri", "finance minister of", "Italy") in triples, triples


def test_a_counterpart_of_a_holder_of_no_state_office_stays_a_counterpart() -> None:
    triples = read_triples(_MEETING.format(office="football", noun="coach"))
    assert not [t for t in triples if t[0] == "Luis Mora" and t[2] == "Spain" and "coach" in t[1]], triples

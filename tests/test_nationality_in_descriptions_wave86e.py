"""A nationality stated in an apposition: "X, a Japanese car maker," (a firm's description: the name, which
the tagger may leave untagged or call a person's, is a firm of that state, whose acts make edges) and
"Rep. Z, a Washington Democrat," (a party's member of a place in a state: of that state, not of the state
the story is about) (wave 86 E). Each test states its parse by hand (tests/hand_docs.py); the sentences and
names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import country_of, read, read_triples, with_title_line

# "Vostok, a Japanese car maker, is negotiating a joint venture with Hungary."
CAR_MAKER = """
Vostok       Vostok       PROPN NNP  9 nsubj     {tag}
,            ,            PUNCT ,    1 punct     -
a            a            DET   DT   6 det       -
Japanese     japanese     ADJ   JJ   6 amod      NORP
car          car          NOUN  NN   6 compound  -
maker        maker        NOUN  NN   1 appos     -
,            ,            PUNCT ,    1 punct     -
is           be           AUX   VBZ  9 aux       -
negotiating  negotiate    VERB  VBG  0 ROOT      -
a            a            DET   DT   12 det      -
joint        joint        ADJ   JJ   12 amod     -
venture      venture      NOUN  NN   9 dobj      -
with         with         ADP   IN   12 prep     -
Hungary      Hungary      PROPN NNP  13 pobj     GPE
.            .            PUNCT .    9 punct     -
"""

# "JAPAN TRADE BILL ¶ Rep. Dan Borrow, a Washington Democrat, met Japanese officials."
A_WASHINGTON_DEMOCRAT = """
JAPAN        JAPAN        PROPN NNP  3 compound  GPE
TRADE        TRADE        PROPN NNP  3 compound  -
BILL         BILL         PROPN NNP  0 ROOT      -
¶            ¶            SPACE _SP  3 dep       -
Rep.         Rep.         PROPN NNP  7 compound  -
Dan          Dan          PROPN NNP  7 compound  PERSON
Borrow       Borrow       PROPN NNP  13 nsubj    I-PERSON
,            ,            PUNCT ,    7 punct     -
a            a            DET   DT   11 det      -
Washington   Washington   PROPN NNP  11 compound GPE
Democrat     Democrat     PROPN NNP  7 appos     NORP
,            ,            PUNCT ,    7 punct     -
met          meet         VERB  VBD  13 ROOT     -
Japanese     japanese     ADJ   JJ   15 amod     NORP
officials    official     NOUN  NNS  13 dobj     -
.            .            PUNCT .    13 punct    -
"""


def test_an_untagged_name_described_as_a_states_car_maker_is_its_firm_and_acts() -> None:
    table = CAR_MAKER.format(tag="-")
    assert ("Vostok", "negotiate venture with", "Hungary") in read_triples(table)
    assert country_of(read(table), "Vostok") == "JPN"


def test_a_name_tagged_a_persons_described_as_a_car_maker_is_a_firm() -> None:
    entities = {e.label: e for e in read(CAR_MAKER.format(tag="PERSON")).entities.entities()}
    assert (entities["Vostok"].type, entities["Vostok"].country) == ("ORG", "JPN")


def test_a_party_member_of_a_us_state_is_american_not_of_the_headlines_state() -> None:
    reading = read_doc(with_title_line(A_WASHINGTON_DEMOCRAT), scope="hand-built")
    assert country_of(reading, "Dan Borrow") == "USA"

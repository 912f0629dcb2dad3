"""A party's name before a seat its politicians hold (wave 121 E): "Labour peer Lord X", "Conservative peer
Lady Y" name a member of the party, who acts for the party's state, as "Labour MP X" does. The honorific
after the seat makes the tagger read the party's name as an adjective (tagged a body, or not at all); it is
still the party. Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

# "Labour peer Lord Tamsin Ray criticised the levy.": the tagger tagged "Labour" a body but read it as an
# adjective compounded into the title, as it does after a headline
TAGGED_ADJECTIVE = """
Labour      labour      ADJ    JJ      2 compound  ORG
peer        peer        NOUN   NN      5 compound  -
Lord        Lord        PROPN  NNP     5 compound  -
Tamsin      Tamsin      PROPN  NNP     5 compound  PERSON
Ray         Ray         PROPN  NNP     6 nsubj     I-PERSON
criticised  criticise   VERB   VBD     0 ROOT      -
the         the         DET    DT      8 det       -
levy        levy        NOUN   NN      6 dobj      -
.           .           PUNCT  .       6 punct     -
"""

# "Labour peer Lord Tamsin Ray criticised the levy.": "Labour" an adjective of no entity
UNTAGGED_ADJECTIVE = """
Labour      labour      ADJ    JJ      2 amod      -
peer        peer        NOUN   NN      5 compound  -
Lord        Lord        PROPN  NNP     5 compound  -
Tamsin      Tamsin      PROPN  NNP     5 compound  PERSON
Ray         Ray         PROPN  NNP     6 nsubj     I-PERSON
criticised  criticise   VERB   VBD     0 ROOT      -
the         the         DET    DT      8 det       -
levy        levy        NOUN   NN      6 dobj      -
.           .           PUNCT  .       6 punct     -
"""

# "Labour costs rose.": the same word, tagged a body, before a common noun that is no seat stays a common
# word capitalised because it opens the sentence
LABOUR_COSTS = """
Labour      labour      ADJ    JJ      2 compound  ORG
costs       cost        NOUN   NNS     3 nsubj     -
rose        rise        VERB   VBD     0 ROOT      -
.           .           PUNCT  .       3 punct     -
"""

def test_a_tagged_party_adjective_before_peer_is_the_party() -> None:
    assert ("Tamsin Ray", "peer of", "Labour Party") in read_triples(then_abroad(TAGGED_ADJECTIVE))


def test_the_peer_acts_for_the_partys_state() -> None:
    assert country_of(read(then_abroad(TAGGED_ADJECTIVE)), "Tamsin Ray") == "GBR"


def test_an_untagged_party_adjective_before_peer_is_the_party() -> None:
    reading = read(then_abroad(UNTAGGED_ADJECTIVE))
    assert country_of(reading, "Tamsin Ray") == "GBR"
    assert ("Tamsin Ray", "peer of", "Labour Party") in read_triples(then_abroad(UNTAGGED_ADJECTIVE))


def test_a_party_word_before_no_seat_stays_a_common_word() -> None:
    reading = read(then_abroad(LABOUR_COSTS))
    assert not any(e.label.startswith("Labour") for e in reading.entities.entities())

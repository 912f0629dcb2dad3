"""Wave 67 E: a party leader's title written with a chamber's word, a rank or a time qualifier before the
party's name ("Assistant Senate Democratic Leader X", "Former House Republican leader Y") is no present
leadership of the party: the chamber, the rank and the qualifier stay in the role ("assistant senate leader
of", "former house leader of"); "Acting" is a rank like "Deputy". Sentences written for these tests; each
parse is built by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read

ASSISTANT_CHAMBER_LEADER = """
    Assistant  Assistant  PROPN NNP 2 compound -
    Senate     Senate     PROPN NNP 4 compound ORG
    Democratic Democratic PROPN NNP 4 compound NORP
    Leader     Leader     PROPN NNP 6 compound -
    Mary       Mary       PROPN NNP 6 compound PERSON
    Lund       Lund       PROPN NNP 9 nsubj    I-PERSON
    of         of         ADP   IN  6 prep     -
    Iowa       Iowa       PROPN NNP 7 pobj     GPE
    praised    praise     VERB  VBD 0 ROOT     -
    Japan      Japan      PROPN NNP 9 dobj     GPE
    .          .          PUNCT .   9 punct    -
"""


def test_an_assistant_chamber_leader_keeps_rank_and_chamber() -> None:
    found = {f for f in facts(read(ASSISTANT_CHAMBER_LEADER), "title") if f[0] == "Mary Lund"}
    assert ("Mary Lund", "assistant senate leader of", "Democratic Party") in found
    assert ("Mary Lund", "leader of", "Democratic Party") not in found


FORMER_CHAMBER_LEADER = """
    Former     former     ADJ   JJ  4 amod     -
    House      House      PROPN NNP 4 nmod     ORG
    Republican republican ADJ   JJ  4 amod     NORP
    leader     leader     NOUN  NN  6 compound -
    Carl       Carl       PROPN NNP 6 compound PERSON
    Vance      Vance      PROPN NNP 7 nsubj    I-PERSON
    visited    visit      VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 7 dobj     GPE
    .          .          PUNCT .   7 punct    -
"""


def test_a_former_chamber_leader_is_a_past_office() -> None:
    found = {f for f in facts(read(FORMER_CHAMBER_LEADER), "title") if f[0] == "Carl Vance"}
    assert ("Carl Vance", "former house leader of", "Republican Party") in found
    assert not any(f[1] == "leader of" for f in found)


CHAMBER_LEADER = """
    Senate     Senate     PROPN NNP 3 compound ORG
    Democratic Democratic PROPN NNP 3 compound NORP
    Leader     Leader     PROPN NNP 5 compound -
    Joan       Joan       PROPN NNP 5 compound PERSON
    Pike       Pike       PROPN NNP 6 nsubj    I-PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    Chile      Chile      PROPN NNP 6 dobj     GPE
    .          .          PUNCT .   6 punct    -
"""


def test_a_chamber_leader_leads_the_party_s_group_in_the_chamber() -> None:
    found = {f for f in facts(read(CHAMBER_LEADER), "title") if f[0] == "Joan Pike"}
    assert ("Joan Pike", "senate leader of", "Democratic Party") in found
    assert ("Joan Pike", "leader of", "Democratic Party") not in found


PARTY_LEADER = """
    Democratic democratic ADJ   JJ  2 amod     NORP
    Leader     Leader     PROPN NNP 4 compound -
    Joan       Joan       PROPN NNP 4 compound PERSON
    Pike       Pike       PROPN NNP 5 nsubj    I-PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    Chile      Chile      PROPN NNP 5 dobj     GPE
    .          .          PUNCT .   5 punct    -
"""


def test_a_party_leader_with_no_chamber_stays_the_party_s_leader() -> None:
    assert ("Joan Pike", "leader of", "Democratic Party") in facts(read(PARTY_LEADER), "title")


ACTING_LEADER = """
    Acting   Acting   PROPN NNP 3 compound -
    Labour   Labour   PROPN NNP 3 compound ORG
    Leader   Leader   PROPN NNP 5 compound -
    Hugh     Hugh     PROPN NNP 5 compound PERSON
    Dale     Dale     PROPN NNP 6 nsubj    I-PERSON
    attacked attack   VERB  VBD 0 ROOT     -
    Chile    Chile    PROPN NNP 6 dobj     GPE
    .        .        PUNCT .   6 punct    -
"""


def test_an_acting_leader_is_no_leader() -> None:
    found = {f for f in facts(read(ACTING_LEADER), "title") if f[0] == "Hugh Dale"}
    assert ("Hugh Dale", "acting leader of", "Labour Party") in found
    assert ("Hugh Dale", "leader of", "Labour Party") not in found

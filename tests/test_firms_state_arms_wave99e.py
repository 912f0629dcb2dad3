"""Wave 99 E: a state's adjective right before a company the tables know of another state ("Brazilian
Bayer president X") names the firm's arm in that state: one organisation of that state, whose officer X
is, not the parent. The firm's own state's adjective ("German Bayer") still names the state's firm. Each
test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Brazilian Bayer president Ana Ruiz said Peru would cut tariffs."
_ARM = """
{state}    {state}    ADJ   JJ  2  {dep}    NORP
Bayer    Bayer    PROPN NNP 3  compound ORG
president  president  NOUN  NN  5  compound -
Ana        Ana        PROPN NNP 5  compound PERSON
Ruiz       Ruiz       PROPN NNP 6  nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
Peru       Peru       PROPN NNP 9  nsubj    GPE
would      would      AUX   MD  9  aux      -
cut        cut        VERB  VB  6  ccomp    -
tariffs    tariff     NOUN  NNS 9  dobj     -
.          .          PUNCT .   6  punct    -
"""


def test_another_states_adjective_before_a_known_firm_names_its_arm_there() -> None:
    table = _ARM.format(state="Brazilian", dep="compound")
    entities = {e.label: e for e in read(table).entities.entities()}
    assert entities["Brazilian Bayer"].country == "BRA"
    facts = read_triples(table)
    assert ("Ana Ruiz", "president of", "Brazilian Bayer") in facts
    assert ("Ana Ruiz", "president of", "Bayer") not in facts


def test_the_arm_is_named_where_the_adjective_hangs_on_the_title() -> None:
    # "Brazilian" parsed as a modifier of "president", as "Bayer" is
    table = _ARM.format(state="Brazilian", dep="amod").replace("ADJ   JJ  2", "ADJ   JJ  3")
    facts = read_triples(table)
    assert ("Ana Ruiz", "president of", "Brazilian Bayer") in facts


def test_the_firms_own_states_adjective_names_the_firm() -> None:
    facts = read_triples(_ARM.format(state="German", dep="compound"))
    assert ("Ana Ruiz", "president of", "Bayer") in facts

"""A state's firm noun in apposition to a named firm (wave 64 N): "Britain's biggest insurer, Acme Corp" says
the firm is Britain's, no office of Britain ("insurer of United Kingdom"); a person in the same frame keeps
the office ("Italy's chief trade negotiator, X"), and so does a body every state has ("Chile's central
bank, the Bank of Chile"). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read


def test_a_states_biggest_insurer_is_its_firm_and_no_office_of_it() -> None:
    reading = read("""
    Britain  Britain PROPN NNP 4  poss     GPE
    's       's      PART  POS 1  case     -
    biggest  big     ADJ   JJS 4  amod     -
    insurer  insurer NOUN  NN  9  nsubj    -
    ,        ,       PUNCT ,   4  punct    -
    Acme     Acme    PROPN NNP 7  compound ORG
    Corp     Corp    PROPN NNP 4  appos    I-ORG
    ,        ,       PUNCT ,   4  punct    -
    said     say     VERB  VBD 0  ROOT     -
    profits  profit  NOUN  NNS 11 nsubj    -
    fell     fall    VERB  VBD 9  ccomp    -
    .        .       PUNCT .   9  punct    -
    """)
    assert not [f for f in facts(reading, "title") if f[0] == "Acme Corp"]
    assert country_of(reading, "Acme Corp") == "GBR"


def test_a_states_trade_negotiator_keeps_his_office() -> None:
    reading = read("""
    Italy      Italy      PROPN NNP 5  poss     GPE
    's         's         PART  POS 1  case     -
    chief      chief      ADJ   JJ  5  amod     -
    trade      trade      NOUN  NN  5  compound -
    negotiator negotiator NOUN  NN  10 nsubj    -
    ,          ,          PUNCT ,   5  punct    -
    Tom        Tom        PROPN NNP 8  compound PERSON
    Reed       Reed       PROPN NNP 5  appos    I-PERSON
    ,          ,          PUNCT ,   5  punct    -
    said       say        VERB  VBD 0  ROOT     -
    talks      talk       NOUN  NNS 12 nsubj    -
    failed     fail       VERB  VBD 10 ccomp    -
    .          .          PUNCT .   10 punct    -
    """)
    assert [f for f in facts(reading, "title") if f[0] == "Tom Reed" and f[2] == "Italy"]


def test_a_states_central_bank_keeps_its_state() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP 4  poss  GPE
    's      's      PART  POS 1  case  -
    central central ADJ   JJ  4  amod  -
    bank    bank    NOUN  NN  11 nsubj -
    ,       ,       PUNCT ,   4  punct -
    the     the     DET   DT  7  det   ORG
    Bank    Bank    PROPN NNP 4  appos I-ORG
    of      of      ADP   IN  7  prep  I-ORG
    Chile   Chile   PROPN NNP 8  pobj  I-ORG
    ,       ,       PUNCT ,   4  punct -
    said    say     VERB  VBD 0  ROOT  -
    rates   rate    NOUN  NNS 13 nsubj -
    rose    rise    VERB  VBD 11 ccomp -
    .       .       PUNCT .   11 punct -
    """)
    assert [f for f in facts(reading, "title") if f[0] == "Bank of Chile" and f[2] == "Chile"]

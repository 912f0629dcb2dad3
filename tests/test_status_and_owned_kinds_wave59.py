"""Predicates that keep their point and states that are no partner (wave 59 S): a verb of putting keeps the
status it puts its object on ("placed its loans to X on nonaccrual status" is no new lending); a state's
adjective on what the subject has or runs names the kind of thing, no relation to the state. Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_status_put_on_stays_in_the_predicate() -> None:
    facts = read_triples("""
    Acme       Acme       PROPN NNP 3  nsubj ORG
    will       will       AUX   MD  3  aux   -
    place      place      VERB  VB  0  ROOT  -
    its        its        PRON  PRP$ 5 poss  -
    loans      loan       NOUN  NNS 3  dobj  -
    to         to         ADP   IN  3  prep  -
    Chile      Chile      PROPN NNP 6  pobj  GPE
    on         on         ADP   IN  3  prep  -
    nonaccrual nonaccrual ADJ   JJ  10 amod  -
    status     status     NOUN  NN  8  pobj  -
    .          .          PUNCT .   3  punct -
    """)
    assert ("Acme", "place loan on nonaccrual to", "Chile") in facts
    assert ("Acme", "place loan to", "Chile") not in facts


def test_a_hyphenated_status_stays_whole() -> None:
    facts = read_triples("""
    Acme     Acme     PROPN NNP 2  nsubj ORG
    put      put      VERB  VBD 0  ROOT  -
    its      its      PRON  PRP$ 4 poss  -
    loans    loan     NOUN  NNS 2  dobj  -
    to       to       ADP   IN  2  prep  -
    Chile    Chile    PROPN NNP 5  pobj  GPE
    on       on       ADP   IN  2  prep  -
    non      non      ADJ   JJ  11 amod  -
    -        -        ADJ   HYPH 11 amod -
    accrual  accrual  ADJ   JJ  11 amod  -
    status   status   NOUN  NN  7  pobj  -
    .        .        PUNCT .   2  punct -
    """)
    assert ("Acme", "put loan on non-accrual to", "Chile") in facts


def test_a_state_put_on_watch_keeps_the_watch() -> None:
    facts = read_triples("""
    Acme   Acme   PROPN NNP 2 nsubj ORG
    put    put    VERB  VBD 0 ROOT  -
    Chile  Chile  PROPN NNP 2 dobj  GPE
    on     on     ADP   IN  2 prep  -
    credit credit NOUN  NN  6 compound -
    watch  watch  NOUN  NN  4 pobj  -
    .      .      PUNCT .   2 punct -
    """)
    assert ("Acme", "put on watch", "Chile") in facts
    assert ("Acme", "put", "Chile") not in facts


def test_a_day_after_on_is_no_status() -> None:
    facts = read_triples("""
    Acme   Acme   PROPN NNP 2 nsubj ORG
    put    put    VERB  VBD 0 ROOT  -
    troops troop  NOUN  NNS 2 dobj  -
    in     in     ADP   IN  2 prep  -
    Chile  Chile  PROPN NNP 4 pobj  GPE
    on     on     ADP   IN  2 prep  -
    Monday Monday PROPN NNP 6 pobj  DATE
    .      .      PUNCT .   2 punct -
    """)
    assert not any(" on " in f[1] for f in facts)


def test_a_states_adjective_on_what_a_firm_has_is_no_relation() -> None:
    facts = read_triples("""
    Citicorp Citicorp PROPN NNP 2  nsubj    ORG
    has      have     VERB  VBZ 0  ROOT     -
    the      the      DET   DT  7  det      -
    largest  large    ADJ   JJS 7  amod     -
    Japanese japanese ADJ   JJ  7  amod     NORP
    branch   branch   NOUN  NN  7  compound -
    network  network  NOUN  NN  2  dobj     -
    in       in       ADP   IN  7  prep     -
    the      the      DET   DT  10 det      -
    city     city     NOUN  NN  8  pobj     -
    .        .        PUNCT .   2  punct    -
    """)
    assert not any(f[0] == "Citicorp" and f[2] == "Japan" for f in facts)


def test_a_states_possessive_on_what_a_firm_runs_is_no_relation() -> None:
    facts = read_triples("""
    Citicorp Citicorp PROPN NNP 2 nsubj ORG
    runs     run      VERB  VBZ 0 ROOT  -
    Japan    Japan    PROPN NNP 6 poss  GPE
    's       's       PART  POS 3 case  -
    biggest  big      ADJ   JJS 6 amod  -
    network  network  NOUN  NN  2 dobj  -
    .        .        PUNCT .   2 punct -
    """)
    assert not any(f[0] == "Citicorp" and f[2] == "Japan" for f in facts)


def test_people_of_a_state_held_stay_its() -> None:
    facts = read_triples("""
    Iran      Iran      PROPN NNP 2 nsubj GPE
    holds     hold      VERB  VBZ 0 ROOT  -
    British   british   ADJ   JJ  4 amod  NORP
    diplomats diplomat  NOUN  NNS 2 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert any(f[0] == "Iran" and f[1] == "hold" for f in facts)


_RANKING = """
    Chile    Chile    PROPN NNP 2  nsubj   GPE
    led      lead     VERB  VBD 0  ROOT    -
    the      the      DET   DT  4  det     -
    list     list     NOUN  NN  2  dobj    -
    with     with     ADP   IN  2  prep    -
    30       30       NUM   CD  7  nummod  CARDINAL
    banks    bank     NOUN  NNS 5  pobj    -
    ,        ,        PUNCT ,   7  punct   -
    followed follow   VERB  VBN 7  acl     -
    by       by       ADP   IN  9  agent   -
    Peru     Peru     PROPN NNP 10 pobj    GPE
    with     with     ADP   IN  9  prep    -
    12       12       NUM   CD  14 nummod  CARDINAL
    banks    bank     NOUN  NNS 12 pobj    -
    .        .        PUNCT .   2  punct   -
    """


def test_followed_by_a_state_with_a_count_is_a_ranking() -> None:
    facts = read_triples(_RANKING)
    assert not any(f[1].endswith(" with") and f[2] == "banks" for f in facts)


def test_meeting_with_counted_people_keeps_them() -> None:
    facts = read_triples("""
    Chile      Chile      PROPN NNP 2 nsubj  GPE
    met        meet       VERB  VBD 0 ROOT   -
    with       with       ADP   IN  2 prep   -
    30         30         NUM   CD  5 nummod CARDINAL
    lawmakers  lawmaker   NOUN  NNS 3 pobj   -
    from       from       ADP   IN  5 prep   -
    Peru       Peru       PROPN NNP 6 pobj   GPE
    .          .          PUNCT .   2 punct  -
    """)
    assert any(f[0] == "Chile" and f[2] == "Peru" for f in facts)

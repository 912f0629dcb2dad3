"""CAMEO roots of stances, yielding, blocking and proposals to cooperate (wave 59 Q, cameo.tsv rows):
a state that "has lost patience with" another disapproves of it (110); fighting someone's attempt, move or
decision opposes it (110), no use of force; "bow to pressure" yields (080) and keeps its negation;
"prevented X from buying" blocks a party's act as "block" does (120), and people stopped from acting are
restricted as barred people are (172); "suggested joint development with X" offers to cooperate (030); a
state official's trip to another state's capital is a visit (042). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read, roots_between


def test_lost_patience_with_a_state_is_disapproval() -> None:
    roots = roots_between("""
    Canada    Canada    PROPN NNP 3 nsubj    GPE
    has       have      AUX   VBZ 3 aux      -
    lost      lose      VERB  VBN 0 ROOT     -
    patience  patience  NOUN  NN  3 dobj     -
    with      with      ADP   IN  4 prep     -
    Mexican   mexican   ADJ   JJ  8 amod     NORP
    trade     trade     NOUN  NN  8 compound -
    practices practice  NOUN  NNS 5 pobj     -
    .         .         PUNCT .   3 punct    -
    """, "Canada", "Mexico")
    assert roots == {"11"}


def test_fighting_an_attempt_is_opposition_not_force() -> None:
    roots = roots_between("""
    Peru    Peru    PROPN NNP 3  nsubj GPE
    will    will    AUX   MD  3  aux   -
    fight   fight   VERB  VB  0  ROOT  -
    Chile   Chile   PROPN NNP 6  poss  GPE
    's      's      PART  POS 4  case  -
    attempt attempt NOUN  NN  3  dobj  -
    to      to      PART  TO  8  aux   -
    block   block   VERB  VB  6  acl   -
    the     the     DET   DT  10 det   -
    merger  merger  NOUN  NN  8  dobj  -
    .       .       PUNCT .   3  punct -
    """, "Peru", "Chile")
    assert roots == {"11"}


def test_no_plans_to_bow_to_pressure_is_negated_yielding() -> None:
    reading = read("""
    Egypt    Egypt    PROPN NNP 2 nsubj GPE
    has      have     VERB  VBZ 0 ROOT  -
    no       no       DET   DT  4 det   -
    plans    plan     NOUN  NNS 2 dobj  -
    to       to       PART  TO  6 aux   -
    bow      bow      VERB  VB  4 acl   -
    to       to       ADP   IN  6 prep  -
    Israeli  israeli  ADJ   JJ  9 amod  NORP
    pressure pressure NOUN  NN  7 pobj  -
    .        .        PUNCT .   2 punct -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    bowed = [r for r in reading.relations if label[r.subject.entity_id] == "Egypt" and "bow" in r.predicate]
    assert bowed and all(r.event_root == "08" and r.negated for r in bowed)


def test_preventing_a_firm_from_buying_blocks_it() -> None:
    roots = roots_between("""
    The        the        DET   DT  3  det   -
    Spanish    spanish    ADJ   JJ  3  amod  NORP
    government government NOUN  NN  4  nsubj -
    tried      try        VERB  VBD 0  ROOT  -
    to         to         PART  TO  6  aux   -
    prevent    prevent    VERB  VB  4  xcomp -
    Repsol     Repsol     PROPN NNP 6  dobj  ORG
    from       from       ADP   IN  6  prep  -
    buying     buy        VERB  VBG 8  pcomp -
    the        the        DET   DT  11 det   -
    refinery   refinery   NOUN  NN  9  dobj  -
    .          .          PUNCT .   4  punct -
    """, "Spain", "Repsol")
    assert roots == {"12"}


def test_people_stopped_from_marching_are_restricted() -> None:
    acts = facts_with_roots("""
    French     french    ADJ   JJ  2 amod  NORP
    police     police    NOUN  NNS 3 nsubj -
    stopped    stop      VERB  VBD 0 ROOT  -
    the        the       DET   DT  5 det   -
    protesters protester NOUN  NNS 3 dobj  -
    from       from      ADP   IN  3 prep  -
    marching   march     VERB  VBG 6 pobj  -
    .          .         PUNCT .   3 punct -
    """)
    stopped = [a for a in acts if a[1].startswith("stop")]
    assert stopped and all(a[3] == "17" for a in stopped)


def test_suggesting_joint_development_offers_cooperation() -> None:
    roots = roots_between("""
    Boeing      Boeing      PROPN NNP 2  nsubj ORG
    suggested   suggest     VERB  VBD 0  ROOT  -
    joint       joint       ADJ   JJ  4  amod  -
    development development NOUN  NN  2  dobj  -
    of          of          ADP   IN  4  prep  -
    the         the         DET   DT  7  det   -
    plane       plane       NOUN  NN  5  pobj  -
    with        with        ADP   IN  4  prep  -
    Italian     italian     ADJ   JJ  10 amod  NORP
    firms       firm        NOUN  NNS 8  pobj  -
    .           .           PUNCT .   2  punct -
    """, "Boeing", "Italian businesses")
    assert roots == {"03"}


def test_an_officials_trip_to_a_capital_is_a_visit() -> None:
    roots = roots_between("""
    French    french    ADJ   JJ  2  amod     NORP
    President President PROPN NNP 4  compound -
    Jacques   Jacques   PROPN NNP 4  compound PERSON
    Chirac    Chirac    PROPN NNP 6  poss     I-PERSON
    's        's        PART  POS 4  case     -
    trip      trip      NOUN  NN  9  nsubj    -
    to        to        ADP   IN  6  prep     -
    Moscow    Moscow    PROPN NNP 7  pobj     GPE
    ended     end       VERB  VBD 0  ROOT     -
    on        on        ADP   IN  9  prep     -
    Friday    Friday    PROPN NNP 10 pobj     DATE
    .         .         PUNCT .   9  punct    -
    """, "Jacques Chirac", "Moscow")
    assert roots == {"04"}

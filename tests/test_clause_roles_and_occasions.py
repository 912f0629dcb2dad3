"""An office after "as" and an event "in" which an act happens are no parties to it (audit round 15).
Sentences written for these tests, parses by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read

CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in CLAUSE_RULES for fact in facts(reading, name)}


def test_the_owner_of_an_office_after_as_is_not_designated() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    designated designate  VERB  VBD 0 ROOT     -
    Juan       Juan       PROPN NNP 4 compound PERSON
    Perez      Perez      PROPN NNP 2 dobj     I-PERSON
    as         as         ADP   IN  2 prep     -
    Peru       Peru       PROPN NNP 9 poss     GPE
    's         's         PART  POS 6 case     -
    defence    defence    NOUN  NN  9 compound -
    minister   minister   NOUN  NN  5 pobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert every(reading) == {("Chile", "designate", "Juan Perez")}


def test_an_event_in_which_wounds_were_suffered_is_their_occasion() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound PERSON
    Perez      Perez      PROPN NNP 3 nsubj    I-PERSON
    suffered   suffer     VERB  VBD 0 ROOT     -
    wounds     wound      NOUN  NNS 3 dobj     -
    in         in         ADP   IN  3 prep     -
    the        the        DET   DT  7 det      -
    bombing    bombing    NOUN  NN  5 pobj     EVENT
    .          .          PUNCT .   3 punct    -
    """)
    assert not any("bombing" in fact for fact in every(reading)), every(reading)


def test_an_event_that_opens_the_clause_is_its_occasion() -> None:
    reading = read("""
    In         in         ADP   IN  8 prep     -
    the        the        DET   DT  4 det      -
    2016       2016       NUM   CD  4 nummod   DATE
    election   election   NOUN  NN  1 pobj     EVENT
    ,          ,          PUNCT ,   8 punct    -
    Juan       Juan       PROPN NNP 7 compound PERSON
    Perez      Perez      PROPN NNP 8 nsubj    I-PERSON
    served     serve      VERB  VBD 0 ROOT     -
    as         as         ADP   IN  8 prep     -
    campaign   campaign   NOUN  NN  11 compound -
    manager    manager    NOUN  NN  9 pobj     -
    .          .          PUNCT .   8 punct    -
    """)
    assert not any("election" in " ".join(fact) for fact in every(reading)), every(reading)


def test_an_event_taken_part_in_stays_the_object() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 2 nsubj    GPE
    voted      vote       VERB  VBD 0 ROOT     -
    in         in         ADP   IN  2 prep     -
    the        the        DET   DT  5 det      -
    referendum referendum NOUN  NN  3 pobj     EVENT
    .          .          PUNCT .   2 punct    -
    """)
    assert any("referendum" in " ".join(fact) for fact in every(reading)), every(reading)


def test_a_state_that_opens_a_wars_name_is_not_opposed() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 2 nsubj    GPE
    was        be         AUX   VBD 0 ROOT     -
    an         an         DET   DT  4 det      -
    opponent   opponent   NOUN  NN  2 attr     -
    of         of         ADP   IN  4 prep     -
    the        the        DET   DT  8 det      -
    Iraq       Iraq       PROPN NNP 8 compound GPE
    War        War        PROPN NNP 5 pobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert not facts(reading, "copula"), facts(reading, "copula")


def test_a_ticket_nominated_is_the_candidate_on_it() -> None:
    reading = read("""
    The        the        DET   DT  3 det      ORG
    Green      Green      PROPN NNP 3 compound I-ORG
    Party      Party      PROPN NNP 4 nsubj    I-ORG
    nominated  nominate   VERB  VBD 0 ROOT     -
    a          a          DET   DT  6 det      -
    ticket     ticket     NOUN  NN  4 dobj     -
    of         of         ADP   IN  6 prep     -
    Juan       Juan       PROPN NNP 9 compound PERSON
    Perez      Perez      PROPN NNP 7 pobj     I-PERSON
    for        for        ADP   IN  6 prep     -
    president  president  NOUN  NN  10 pobj    -
    .          .          PUNCT .   4 punct    -
    """)
    assert every(reading) == {("Green Party", "nominate", "Juan Perez")}, every(reading)


def test_an_occasion_hung_on_the_objects_purpose_is_the_verbs() -> None:
    # "will make proposals to end X at a meeting with Y": the parser hangs the meeting on "end"; the
    # proposals are made there, so the subject meets Y
    reading = read("""
    Chile     Chile     PROPN NNP 3  nsubj    GPE
    will      will      AUX   MD  3  aux      -
    make      make      VERB  VB  0  ROOT     -
    proposals proposal  NOUN  NNS 3  dobj     -
    to        to        PART  TO  6  aux      -
    end       end       VERB  VB  4  acl      -
    the       the       DET   DT  8  det      -
    dispute   dispute   NOUN  NN  6  dobj     -
    at        at        ADP   IN  6  prep     -
    a         a         DET   DT  11 det      -
    meeting   meeting   NOUN  NN  9  pobj     -
    with      with      ADP   IN  11 prep     -
    Peru      Peru      PROPN NNP 12 pobj     GPE
    .         .         PUNCT .   3  punct    -
    """)
    assert ("Chile", "meet with", "Peru") in facts(reading, "circumstance_event")

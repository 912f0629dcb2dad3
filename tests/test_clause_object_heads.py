"""What a common noun names when a name follows it (audit round 9: wrong objects on unseen news).

"a hospital in Berlin, Charité": the parser hangs a name that renames the phrase's head on the nearer
name; but a place after a name locates it or goes on a list, and "a Republican" describes the one before
it. Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event", "copula")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_a_list_of_places_after_a_noun_does_not_rename_the_noun() -> None:
    # "a plan for A, B and C to be presented at Z": the plan is neither announced as B nor presented by B
    reading = read("""
    Peru      Peru      PROPN NNP 2  nsubj     GPE
    announced announce  VERB  VBD 0  ROOT      -
    a         a         DET   DT  6  det       -
    new       new       ADJ   JJ  6  amod      -
    fishing   fishing   NOUN  NN  6  compound  -
    plan      plan      NOUN  NN  2  dobj      -
    for       for       ADP   IN  6  prep      -
    the       the       DET   DT  10 det       LOC
    Humboldt  Humboldt  PROPN NNP 10 compound  I-LOC
    Sea       Sea       PROPN NNP 7  pobj      I-LOC
    ,         ,         PUNCT ,   10 punct     -
    the       the       DET   DT  13 det       LOC
    Gulf      Gulf      PROPN NNP 10 appos     I-LOC
    of        of        ADP   IN  13 prep      I-LOC
    Arauco    Arauco    PROPN NNP 14 pobj      I-LOC
    and       and       CCONJ CC  13 cc        -
    the       the       DET   DT  18 det       LOC
    Strait    Strait    PROPN NNP 13 conj      I-LOC
    of        of        ADP   IN  18 prep      I-LOC
    Magellan  Magellan  PROPN NNP 19 pobj      I-LOC
    to        to        PART  TO  23 aux       -
    be        be        AUX   VB  23 auxpass   -
    presented present   VERB  VBN 6  relcl     -
    at        at        ADP   IN  23 prep      -
    the       the       DET   DT  27 det       ORG
    United    United    PROPN NNP 27 compound  I-ORG
    Nations   Nations   PROPN NNP 24 pobj      I-ORG
    .         .         PUNCT .   2  punct     -
    """)
    found = every(reading)
    assert ("Peru", "announce", "Gulf of Arauco") not in found
    assert not any(subject == "Gulf of Arauco" for subject, _, _ in found)


def test_a_place_after_a_town_locates_it_and_is_no_other_name_of_the_noun() -> None:
    reading = read("""
    Jorge     Jorge     PROPN NNP 2  compound  PERSON
    Salas     Salas     PROPN NNP 3  nsubj     I-PERSON
    died      die       VERB  VBD 0  ROOT      -
    at        at        ADP   IN  3  prep      -
    a         a         DET   DT  6  det       -
    hospital  hospital  NOUN  NN  4  pobj      -
    in        in        ADP   IN  6  prep      -
    Ica       Ica       PROPN NNP 7  pobj      GPE
    ,         ,         PUNCT ,   8  punct     -
    Arequipa  Arequipa  PROPN NNP 8  appos     GPE
    .         .         PUNCT .   3  punct     -
    """)
    assert ("Jorge Salas", "die at", "Arequipa") not in every(reading)


def test_an_indefinite_description_after_a_name_describes_that_name() -> None:
    reading = read("""
    Maria        Maria        PROPN NNP 2  compound  PERSON
    Lopez        Lopez        PROPN NNP 3  nsubj     I-PERSON
    lost         lose         VERB  VBD 0  ROOT      -
    the          the          DET   DT  5  det       -
    race         race         NOUN  NN  3  dobj      -
    to           to           ADP   IN  5  prep      -
    Juan         Juan         PROPN NNP 8  compound  PERSON
    Perez        Perez        PROPN NNP 6  pobj      I-PERSON
    ,            ,            PUNCT ,   8  punct     -
    a            a            DET   DT  11 det       -
    Conservative Conservative PROPN NNP 8  appos     NORP
    .            .            PUNCT .   3  punct     -
    """)
    assert not any("Conservative" in fact for fact in every(reading))


def test_a_person_named_after_the_office_is_its_holder() -> None:
    reading = read("""
    The       the       DET   DT  2  det       -
    governor  governor  NOUN  NN  8  nsubj     -
    of        of        ADP   IN  2  prep      -
    Loreto    Loreto    PROPN NNP 3  pobj      GPE
    ,         ,         PUNCT ,   4  punct     -
    Jorge     Jorge     PROPN NNP 7  compound  PERSON
    Salas     Salas     PROPN NNP 4  appos     I-PERSON
    visited   visit     VERB  VBD 0  ROOT      -
    Chile     Chile     PROPN NNP 8  dobj      GPE
    .         .         PUNCT .   8  punct     -
    """)
    assert ("Jorge Salas", "visit", "Chile") in every(reading)


def test_a_town_after_a_region_renames_a_place_noun() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2  nsubj     GPE
    bombed    bomb      VERB  VBD 0  ROOT      -
    the       the       DET   DT  4  det       -
    capital   capital   NOUN  NN  2  dobj      -
    of        of        ADP   IN  4  prep      -
    Loreto    Loreto    PROPN NNP 5  pobj      GPE
    ,         ,         PUNCT ,   6  punct     -
    Iquitos   Iquitos   PROPN NNP 6  appos     GPE
    .         .         PUNCT .   2  punct     -
    """)
    assert ("Chile", "bomb", "Iquitos") in every(reading)


def test_a_home_ones_pronoun_owns_is_where_the_verb_happened() -> None:
    # "at his home" stands for him ("fired at his car" targets him), but he died at the home, in Ica
    reading = read("""
    Jorge     Jorge     PROPN NNP  2  compound  PERSON
    Salas     Salas     PROPN NNP  3  nsubj     I-PERSON
    died      die       VERB  VBD  0  ROOT      -
    at        at        ADP   IN   3  prep      -
    his       his       PRON  PRP$ 6  poss      -
    home      home      NOUN  NN   4  pobj      -
    in        in        ADP   IN   6  prep      -
    Ica       Ica       PROPN NNP  7  pobj      GPE
    ,         ,         PUNCT ,    8  punct     -
    Arequipa  Arequipa  PROPN NNP  8  appos     GPE
    .         .         PUNCT .    3  punct     -
    """)
    found = every(reading)
    assert ("Jorge Salas", "die at home in", "Ica") in found
    assert ("Jorge Salas", "die at", "Arequipa") not in found


def test_from_a_place_after_a_persons_name_is_where_they_are_from() -> None:
    reading = read("""
    The       the       DET   DT   3  det       -
    gold      gold      NOUN  NN   3  compound  -
    medal     medal     NOUN  NN   5  nsubjpass -
    was       be        AUX   VBD  5  auxpass   -
    won       win       VERB  VBN  0  ROOT      -
    by        by        ADP   IN   5  agent     -
    Juan      Juan      PROPN NNP  8  compound  PERSON
    Perez     Perez     PROPN NNP  6  pobj      I-PERSON
    from      from      ADP   IN   5  prep      -
    Peru      Peru      PROPN NNP  9  pobj      GPE
    .         .         PUNCT .    5  punct     -
    """)
    assert ("Juan Perez", "win from", "Peru") not in every(reading)


def test_from_after_whom_the_verb_moves_is_whence() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  2  nsubj     GPE
    expelled  expel     VERB  VBD  0  ROOT      -
    Juan      Juan      PROPN NNP  4  compound  PERSON
    Perez     Perez     PROPN NNP  2  dobj      I-PERSON
    from      from      ADP   IN   2  prep      -
    Peru      Peru      PROPN NNP  5  pobj      GPE
    .         .         PUNCT .    2  punct     -
    """)
    assert ("Chile", "expel from", "Peru") in every(reading)

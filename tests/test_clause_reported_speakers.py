"""Speakers and subjects of reported and controlled clauses (audit round 19): a titled name that the parser
hangs on its office's owner, a participle that goes on speaking, a content whose subject is "no X", a
warning not to act, "it" in what a reaction says, and what an "as" phrase takes someone for.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it; the sentences are
ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

CLAUSE_RULES = ("svo", "prep", "noun_prep", "passive_prep", "copula", "speech_content")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in CLAUSE_RULES for fact in facts(reading, name)}


def test_a_titled_name_apposed_to_its_office_owner_is_the_speaker() -> None:
    # The parser makes the union the subject and the envoy's name its apposition.
    reading = read("""
    The      the      DET   DT    3  det       ORG
    African  African  PROPN NNP   3  compound  I-ORG
    Union    Union    PROPN NNP   11 nsubj     I-ORG
    (        (        PUNCT -LRB- 3  punct     -
    AU       AU       PROPN NNP   7  nmod      ORG
    )        )        PUNCT -RRB- 7  punct     -
    peace    peace    NOUN  NN    8  compound  -
    envoy    envoy    NOUN  NN    10 compound  -
    Sara     Sara     PROPN NNP   10 compound  PERSON
    Bello    Bello    PROPN NNP   3  appos     I-PERSON
    said     say      VERB  VBD   0  ROOT      -
    that     that     SCONJ IN    15 mark      -
    she      she      PRON  PRP   15 nsubj     -
    would    would    AUX   MD    15 aux       -
    visit    visit    VERB  VB    11 ccomp     -
    Sudan    Sudan    PROPN NNP   15 dobj      GPE
    .        .        PUNCT .     11 punct     -
    """)
    assert not any(subject == "African Union" for subject, _, _ in every(reading))
    speakers = {r.attributed_to for r in by_rule(reading, "svo")}
    assert speakers == {"person:sara_bello"}


def test_adding_hung_on_the_content_is_still_the_speaker() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP  2  nsubj     GPE
    said     say      VERB  VBD  0  ROOT      -
    Peru     Peru     PROPN NNP  5  nsubj     GPE
    would    would    AUX   MD   5  aux       -
    pay      pay      VERB  VB   2  ccomp     -
    ,        ,        PUNCT ,    5  punct     -
    adding   add      VERB  VBG  5  advcl     -
    that     that     SCONJ IN   11 mark      -
    Bolivia  Bolivia  PROPN NNP  11 nsubj     GPE
    had      have     AUX   VBD  11 aux       -
    paid     pay      VERB  VBN  7  ccomp     -
    .        .        PUNCT .    2  punct     -
    """)
    added = {(s, o) for s, p, o in facts(reading, "speech_content") if p == "add"}
    assert added == {("Chile", "Bolivia")}


def test_a_content_whose_subject_is_no_one_is_about_no_one() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  2  nsubj     GPE
    said      say       VERB  VBD  0  ROOT      -
    no        no        DET   DT   5  det       -
    Bolivian  bolivian  ADJ   JJ   5  amod      NORP
    troops    troop     NOUN  NNS  7  nsubj     -
    had       have      AUX   VBD  7  aux       -
    crossed   cross     VERB  VBN  2  ccomp     -
    the       the       DET   DT   9  det       -
    border    border    NOUN  NN   7  dobj      -
    .         .         PUNCT .    2  punct     -
    """)
    assert facts(reading, "speech_content") == set()


def test_whom_a_warning_is_given_is_who_is_not_to_act() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP  2  nsubj     GPE
    warned   warn     VERB  VBD  0  ROOT      -
    Peru     Peru     PROPN NNP  2  dobj      GPE
    not      not      PART  RB   6  neg       -
    to       to       PART  TO   6  aux       -
    attack   attack   VERB  VB   2  xcomp     -
    Bolivia  Bolivia  PROPN NNP  6  dobj      GPE
    .        .        PUNCT .    2  punct     -
    """)
    attacks = {(s, o) for s, p, o in facts(reading, "svo") if p == "attack"}
    assert attacks == {("Peru", "Bolivia")}


def test_it_in_what_a_rejection_says_is_the_thing_rejected() -> None:
    reading = read("""
    The       the       DET   DT   2  det       -
    Senate    Senate    PROPN NNP  3  nsubj     ORG
    rejected  reject    VERB  VBD  0  ROOT      -
    the       the       DET   DT   5  det       -
    treaty    treaty    NOUN  NN   3  dobj      -
    ,         ,         PUNCT ,    3  punct     -
    saying    say       VERB  VBG  3  advcl     -
    it        it        PRON  PRP  10 nsubj     -
    would     would     AUX   MD   10 aux       -
    harm      harm      VERB  VB   7  ccomp     -
    Peru      Peru      PROPN NNP  10 dobj      GPE
    .         .         PUNCT .    3  punct     -
    """)
    assert not any(predicate == "harm" and subject == "Senate" for subject, predicate, _ in every(reading))


def test_what_an_object_is_taken_as_is_no_example_of_it() -> None:
    # "as" hung on the object: no "such" before it, so it lists no members of the families
    reading = read("""
    Chile     Chile     PROPN NNP  2  nsubj     GPE
    accepted  accept    VERB  VBD  0  ROOT      -
    the       the       DET   DT   4  det       -
    families  family    NOUN  NNS  2  dobj      -
    as        as        ADP   IN   4  prep      -
    refugees  refugee   NOUN  NNS  5  pobj      -
    .         .         PUNCT .    2  punct     -
    """)
    assert not any(subject == "Chile" for subject, _, _ in every(reading))


def test_a_common_noun_after_as_is_what_the_object_is_taken_for() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  3  nsubj     GPE
    will      will      AUX   MD   3  aux       -
    take      take      VERB  VB   0  ROOT      -
    the       the       DET   DT   5  det       -
    families  family    NOUN  NNS  3  dobj      -
    as        as        ADP   IN   3  prep      -
    refugees  refugee   NOUN  NNS  6  pobj      -
    .         .         PUNCT .    3  punct     -
    """)
    assert not any(subject == "Chile" for subject, _, _ in every(reading))


def test_such_before_the_group_still_gives_examples_of_it() -> None:
    reading = read("""
    Ana         Ana         PROPN NNP  2  nsubj     PERSON
    wrote       write       VERB  VBD  0  ROOT      -
    articles    article     NOUN  NNS  2  dobj      -
    for         for         ADP   IN   3  prep      -
    such        such        ADJ   JJ   6  amod      -
    newspapers  newspaper   NOUN  NNS  4  pobj      -
    as          as          ADP   IN   6  prep      -
    the         the         DET   DT   9  det       -
    Globe       Globe       PROPN NNP  7  pobj      ORG
    .           .           PUNCT .    2  punct     -
    """)
    assert any(subject == "Ana" and target == "Globe" for subject, _, target in every(reading))


def test_some_of_a_people_in_what_is_said_are_not_their_state() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP  2  nsubj     GPE
    said       say        VERB  VBD  0  ROOT      -
    Peruvians  Peruvians  PROPN NNPS 7  nsubj     NORP
    on         on         ADP   IN   3  prep      -
    the        the        DET   DT   6  det       -
    boat       boat       NOUN  NN   4  pobj      -
    were       be         AUX   VBD  2  ccomp     -
    afraid     afraid     ADJ   JJ   7  acomp     -
    .          .          PUNCT .    2  punct     -
    """)
    assert facts(reading, "speech_content") == set()


def test_a_content_that_acts_on_the_speaker_is_no_plain_word_about_its_subject() -> None:
    reading = read("""
    Ana      Ana      PROPN NNP  2  compound  PERSON
    Ruiz     Ruiz     PROPN NNP  3  nsubj     I-PERSON
    said     say      VERB  VBD  0  ROOT      -
    Tom      Tom      PROPN NNP  5  compound  PERSON
    Kerr     Kerr     PROPN NNP  7  nsubj     I-PERSON
    had      have     AUX   VBD  7  aux       -
    invited  invite   VERB  VBN  3  ccomp     -
    her      she      PRON  PRP  7  dobj      -
    to       to       ADP   IN   7  prep      -
    Lima     Lima     PROPN NNP  9  pobj      GPE
    .        .        PUNCT .    3  punct     -
    """)
    assert facts(reading, "speech_content") == set()
    assert ("Tom Kerr", "invite", "Ana Ruiz") in facts(reading, "svo")


def test_according_to_a_source_no_one_did_it_is_no_word_about_anyone() -> None:
    reading = read("""
    According  accord     VERB  VBG  8  prep      -
    to         to         ADP   IN   1  prep      -
    Chile      Chile      PROPN NNP  2  pobj      GPE
    ,          ,          PUNCT ,    8  punct     -
    no         no         DET   DT   7  det       -
    Peruvian   peruvian   ADJ   JJ   7  amod      NORP
    troops     troop      NOUN  NNS  8  nsubj     -
    crossed    cross      VERB  VBD  0  ROOT      -
    into       into       ADP   IN   8  prep      -
    Bolivia    Bolivia    PROPN NNP  9  pobj      GPE
    .          .          PUNCT .    8  punct     -
    """)
    assert facts(reading, "according_to") == set()

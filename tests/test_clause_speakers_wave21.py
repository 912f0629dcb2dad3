"""Who acts and who speaks (audit round 21): a gerund of means or time after the main verb's object is the
subject's act ("welcomed X by saying …"), the act a verb of perception takes is whom it perceives
("witnessed them torture detainees"), never the perceiver's, and a pronoun opening the words said of
someone ("said of X, 'It …'") stands for them; an unnamed official ("a senior Foreign Ministry official
said") is not the one person the article names in that body, nor is one of another state.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it; the sentences are
ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def test_saying_by_which_the_subject_greets_someone_is_the_subjects_speech() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    greeted   greet     VERB  VBD  0  ROOT   -
    Peru      Peru      PROPN NNP  2  dobj   GPE
    by        by        ADP   IN   2  prep   -
    saying    say       VERB  VBG  4  pcomp  -
    Bolivia   Bolivia   PROPN NNP  8  nsubj  GPE
    had       have      AUX   VBD  8  aux    -
    attacked  attack    VERB  VBN  5  ccomp  -
    Ecuador   Ecuador   PROPN NNP  8  dobj   GPE
    .         .         PUNCT .    2  punct  -
    """)
    said = facts(reading, "speech_content")
    assert ("Chile", "accuse", "Bolivia") in said  # an attack reported of someone accuses them
    assert not any(subject == "Peru" for subject, _, _ in said)
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [r.attributed_to for r in attacks] == ["country:CHL"]


def test_a_gerund_of_time_after_the_object_is_the_subjects_act() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    thanked   thank     VERB  VBD  0  ROOT   -
    Peru      Peru      PROPN NNP  2  dobj   GPE
    before    before    ADP   IN   2  prep   -
    visiting  visit     VERB  VBG  4  pcomp  -
    Bolivia   Bolivia   PROPN NNP  5  dobj   GPE
    .         .         PUNCT .    2  punct  -
    """)
    visits = {(s, o) for s, p, o in facts(reading, "svo") if p == "visit"}
    assert visits == {("Chile", "Bolivia")}


def test_a_gerund_of_control_is_still_the_objects_act() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    accused   accuse    VERB  VBD  0  ROOT   -
    Peru      Peru      PROPN NNP  2  dobj   GPE
    of        of        ADP   IN   2  prep   -
    attacking attack    VERB  VBG  4  pcomp  -
    Bolivia   Bolivia   PROPN NNP  5  dobj   GPE
    .         .         PUNCT .    2  punct  -
    """)
    attacks = {(s, o) for s, p, o in facts(reading, "svo") if p == "attack"}
    assert attacks == {("Peru", "Bolivia")}


def test_a_participle_before_a_title_is_no_gerund_of_the_subject() -> None:
    # "by acting Governor Ana Soto": the parser takes "acting" for a gerund with the name as its object.
    reading = read("""
    Congress  Congress  PROPN NNP  2  nsubj    ORG
    opened    open      VERB  VBD  0  ROOT     -
    an        an        DET   DT   4  det      -
    inquiry   inquiry   NOUN  NN   2  dobj     -
    by        by        ADP   IN   2  prep     -
    acting    act       VERB  VBG  5  pcomp    -
    Governor  governor  PROPN NNP  9  compound -
    Ana       Ana       PROPN NNP  9  compound PERSON
    Soto      Soto      PROPN NNP  6  dobj     I-PERSON
    .         .         PUNCT .    2  punct    -
    """)
    assert not any(subject == "Congress" and obj == "Ana Soto" for subject, _, obj in facts(reading, "svo"))


def test_it_opening_the_words_said_of_a_state_is_that_state() -> None:
    # The speaker's own country is named nearest before "It"; the words are said of Peru.
    reading = read("""
    The       the       DET   DT   3  det      -
    Chilean   Chilean   ADJ   JJ   3  amod     NORP
    minister  minister  NOUN  NN   5  compound -
    Ana       Ana       PROPN NNP  5  compound PERSON
    Soto      Soto      PROPN NNP  6  nsubj    I-PERSON
    said      say       VERB  VBD  0  ROOT     -
    of        of        ADP   IN   6  prep     -
    Peru      Peru      PROPN NNP  7  pobj     GPE
    ,         ,         PUNCT ,    6  punct    -
    "         "         PUNCT ``   6  punct    -
    It        it        PRON  PRP  12 nsubj    -
    attacked  attack    VERB  VBD  6  ccomp    -
    Bolivia   Bolivia   PROPN NNP  12 dobj     GPE
    .         .         PUNCT .    6  punct    -
    "         "         PUNCT ''   6  punct    -
    """)
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [(r.subject.entity_id, r.attributed_to) for r in attacks] == [("country:PER", "person:ana_soto")]


def test_he_opening_the_words_said_of_a_person_is_that_person() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP  2  compound PERSON
    Soto      Soto      PROPN NNP  3  nsubj    I-PERSON
    said      say       VERB  VBD  0  ROOT     -
    of        of        ADP   IN   3  prep     -
    Luis      Luis      PROPN NNP  6  compound PERSON
    Vega      Vega      PROPN NNP  4  pobj     I-PERSON
    :         :         PUNCT :    3  punct    -
    "         "         PUNCT ``   3  punct    -
    He        he        PRON  PRP  10 nsubj    -
    betrayed  betray    VERB  VBD  3  ccomp    -
    Chile     Chile     PROPN NNP  10 dobj     GPE
    .         .         PUNCT .    3  punct    -
    "         "         PUNCT ''   3  punct    -
    """)
    assert ("Luis Vega", "betray", "Chile") in facts(reading, "svo")
    assert ("Ana Soto", "betray", "Chile") not in facts(reading, "svo")


def test_the_act_a_witness_sees_is_not_the_witnesss() -> None:
    # The parser makes "them" the object of "witnessed" and "attack" its complement.
    reading = read("""
    Ana       Ana       PROPN NNP  2  compound PERSON
    Soto      Soto      PROPN NNP  3  nsubj    I-PERSON
    witnessed witness   VERB  VBD  0  ROOT     -
    them      they      PRON  PRP  3  dobj     -
    attack    attack    VERB  VB   3  xcomp    -
    Peru      Peru      PROPN NNP  5  dobj     GPE
    .         .         PUNCT .    3  punct    -
    """)
    assert not any(subject == "Ana Soto" and obj == "Peru" for subject, _, obj in facts(reading, "svo"))


def test_whom_a_passive_verb_of_perception_sees_does_the_act() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP  3  nsubjpass GPE
    was       be        AUX   VBD  3  auxpass   -
    seen      see       VERB  VBN  0  ROOT      -
    attacking attack    VERB  VBG  3  xcomp     -
    Peru      Peru      PROPN NNP  4  dobj      GPE
    by        by        ADP   IN   3  agent     -
    Ana       Ana       PROPN NNP  8  compound  PERSON
    Soto      Soto      PROPN NNP  6  pobj      I-PERSON
    .         .         PUNCT .    3  punct     -
    """)
    attacks = {(s, o) for s, p, o in facts(reading, "svo") if p == "attack"}
    assert attacks == {("Chile", "Peru")}


def test_an_unnamed_official_of_a_body_is_not_the_one_person_named_in_it() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP  2  compound PERSON
    Soto      Soto      PROPN NNP  7  nsubj    I-PERSON
    of        of        ADP   IN   2  prep     -
    the       the       DET   DT   6  det      ORG
    Foreign   Foreign   PROPN NNP  6  compound I-ORG
    Ministry  Ministry  PROPN NNP  3  pobj     I-ORG
    met       meet      VERB  VBD  0  ROOT     -
    Chile     Chile     PROPN NNP  7  dobj     GPE
    .         .         PUNCT .    7  punct    -
    A         a         DET   DT   15 det      -
    senior    senior    ADJ   JJ   15 amod     -
    Peruvian  peruvian  ADJ   JJ   14 amod     ORG
    Foreign   Foreign   PROPN NNP  14 compound I-ORG
    Ministry  Ministry  PROPN NNP  15 compound I-ORG
    official  official  NOUN  NN   16 nsubj    -
    said      say       VERB  VBD  0  ROOT     -
    Bolivia   Bolivia   PROPN NNP  19 nsubj    GPE
    would     would     AUX   MD   19 aux      -
    help      help      VERB  VB   16 ccomp    -
    Peru      Peru      PROPN NNP  19 dobj     GPE
    .         .         PUNCT .    16 punct    -
    """)
    helps = [r for r in by_rule(reading, "svo") if r.predicate == "help"]
    assert [r.attributed_to for r in helps] == ["org:foreign_ministry@per"]


def test_an_official_of_another_state_is_not_the_one_person_named_in_the_body() -> None:
    # The body's name, said without its state, is taken for the one named before: "the Chilean Foreign
    # Ministry"; the Peruvian official is still no Chilean.
    reading = read("""
    Ana       Ana       PROPN NNP  2  compound PERSON
    Soto      Soto      PROPN NNP  8  nsubj    I-PERSON
    of        of        ADP   IN   2  prep     -
    the       the       DET   DT   7  det      ORG
    Chilean   Chilean   PROPN NNP  7  compound I-ORG
    Foreign   Foreign   PROPN NNP  7  compound I-ORG
    Ministry  Ministry  PROPN NNP  3  pobj     I-ORG
    met       meet      VERB  VBD  0  ROOT     -
    Luis      Luis      PROPN NNP  10 compound PERSON
    Vega      Vega      PROPN NNP  8  dobj     I-PERSON
    .         .         PUNCT .    8  punct    -
    The       the       DET   DT   16 det      -
    Peruvian  peruvian  ADJ   JJ   15 compound NORP
    Foreign   Foreign   PROPN NNP  15 compound ORG
    Ministry  Ministry  PROPN NNP  16 compound I-ORG
    official  official  NOUN  NN   17 nsubj    -
    said      say       VERB  VBD  0  ROOT     -
    Peru      Peru      PROPN NNP  20 nsubj    GPE
    would     would     AUX   MD   20 aux      -
    help      help      VERB  VB   17 ccomp    -
    Chile     Chile     PROPN NNP  20 dobj     GPE
    .         .         PUNCT .    17 punct    -
    """)
    helps = [r for r in by_rule(reading, "svo") if r.predicate == "help"]
    assert helps and all(r.attributed_to != "person:ana_soto" for r in helps)


def test_an_indefinite_apposition_still_describes_the_named_person() -> None:
    reading = read("""
    Ana          Ana        PROPN NNP  2  compound PERSON
    Soto         Soto       PROPN NNP  11 nsubj    I-PERSON
    ,            ,          PUNCT ,    2  punct    -
    a            a          DET   DT   6  det      -
    Lima         Lima       PROPN NNP  6  compound GPE
    lawyer       lawyer     NOUN  NN   2  appos    -
    representing represent  VERB  VBG  6  acl      -
    Luis         Luis       PROPN NNP  9  compound PERSON
    Vega         Vega       PROPN NNP  7  dobj     I-PERSON
    ,            ,          PUNCT ,    2  punct    -
    spoke        speak      VERB  VBD  0  ROOT     -
    to           to         ADP   IN   11 prep     -
    Chile        Chile      PROPN NNP  12 pobj     GPE
    .            .          PUNCT .    11 punct    -
    """)
    assert ("Ana Soto", "represent", "Luis Vega") in facts(reading, "svo")

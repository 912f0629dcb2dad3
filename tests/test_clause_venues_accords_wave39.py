"""Venues of acts, accords reaffirmed together, and statements only on a thing (wave 39 D).

- a city after "in"/"at" of an act that has its own object (an accord reaffirmed, a pact signed, a statement
  issued) is where the act was done, not its object (relations._venue_of_act); an attack keeps its place,
  a country stays a stay abroad, a place on an object that is no act says which thing;
- coordinated subjects that reaffirm, renew or sign an accord are parties to it with each other (rule
  reciprocal, rules._accord_of_parties), with the root the lexicon gives the verb on an accord (reaffirming
  a commitment 03, signing or renewing 05);
- an accord named after a city ("the Cartagena accord") is no party to it (nouns._named_after_a_place);
- a statement only on a thing the tagger took for a body ("spoke on the European Monetary System") relates
  the speaker to nothing that acts (relations._topic_only).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, facts_with_roots, read

MINISTERS_REAFFIRMED_IN_LIMA = """
    Finance      finance      NOUN  NN   2  compound -
    ministers    minister     NOUN  NNS  9  nsubj    -
    of           of           ADP   IN   2  prep     -
    Brazil       Brazil       PROPN NNP  3  pobj     GPE
    ,            ,            PUNCT ,    4  punct    -
    Argentina    Argentina    PROPN NNP  4  conj     GPE
    and          and          CCONJ CC   6  cc       -
    Mexico       Mexico       PROPN NNP  6  conj     GPE
    reaffirmed   reaffirm     VERB  VBD  0  ROOT     -
    the          the          DET   DT   12 det      -
    Cartagena    Cartagena    PROPN NNP  12 compound ORG
    accord       accord       NOUN  NN   9  dobj     -
    in           in           ADP   IN   12 prep     -
    Lima         Lima         PROPN NNP  13 pobj     GPE
    on           on           ADP   IN   9  prep     -
    Monday       Monday       PROPN NNP  15 pobj     DATE
    .            .            PUNCT .    9  punct    -
"""


def test_states_reaffirming_an_accord_in_a_city_are_parties_to_it_with_each_other() -> None:
    found = facts_with_roots(MINISTERS_REAFFIRMED_IN_LIMA)
    assert found == {
        ("Brazil", "reaffirm accord with", "Argentina", "03"),
        ("Brazil", "reaffirm accord with", "Mexico", "03"),
        ("Argentina", "reaffirm accord with", "Mexico", "03"),
    }


def test_the_city_an_accord_is_reaffirmed_in_is_no_object_and_its_name_no_party() -> None:
    reading = read(MINISTERS_REAFFIRMED_IN_LIMA)
    labels = {e.id: e.label for e in reading.entities.entities()}
    ends = {labels[r.subject.entity_id] for r in reading.relations}
    ends |= {labels[r.object.entity_id] for r in reading.relations}
    assert "Lima" not in ends and "Cartagena" not in ends


def test_a_pact_signed_at_a_city_is_signed_there_not_to_it() -> None:
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  2  nsubj    GPE
    signed       sign         VERB  VBD  0  ROOT     -
    the          the          DET   DT   4  det      -
    pact         pact         NOUN  NN   2  dobj     -
    at           at           ADP   IN   2  prep     -
    Geneva       Geneva       PROPN NNP  5  pobj     GPE
    .            .            PUNCT .    2  punct    -
    """)
    assert not any(fact[2] == "Geneva" for fact in found)


def test_a_statement_issued_in_a_city_is_issued_there_not_about_it() -> None:
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  2  nsubj    GPE
    issued       issue        VERB  VBD  0  ROOT     -
    a            a            DET   DT   4  det      -
    statement    statement    NOUN  NN   2  dobj     -
    in           in           ADP   IN   4  prep     -
    Lima         Lima         PROPN NNP  5  pobj     GPE
    .            .            PUNCT .    2  punct    -
    """)
    assert not any(fact[2] == "Lima" for fact in found)


def test_an_attack_launched_in_a_city_keeps_its_place() -> None:
    found = facts_with_roots("""
    Rebels       rebel        NOUN  NNS  2  nsubj    -
    launched     launch       VERB  VBD  0  ROOT     -
    an           an           DET   DT   4  det      -
    attack       attack       NOUN  NN   2  dobj     -
    in           in           ADP   IN   4  prep     -
    Lima         Lima         PROPN NNP  5  pobj     GPE
    .            .            PUNCT .    2  punct    -
    """)
    assert any(fact[2] == "Lima" and fact[3] == "18" for fact in found)


def test_an_accord_signed_in_a_country_keeps_the_country() -> None:
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  2  nsubj    GPE
    signed       sign         VERB  VBD  0  ROOT     -
    the          the          DET   DT   4  det      -
    pact         pact         NOUN  NN   2  dobj     -
    in           in           ADP   IN   2  prep     -
    Peru         Peru         PROPN NNP  5  pobj     GPE
    .            .            PUNCT .    2  punct    -
    """)
    assert any(fact[2] == "Peru" for fact in found)


def test_a_place_on_an_object_that_is_no_act_says_which_thing_not_where() -> None:
    """ "criticised the election policy in Lima": the city's policy, not where Chile criticised it."""
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  2  nsubj    GPE
    criticised   criticise    VERB  VBD  0  ROOT     -
    the          the          DET   DT   5  det      -
    election     election     NOUN  NN   5  compound -
    policy       policy       NOUN  NN   2  dobj     -
    in           in           ADP   IN   5  prep     -
    Lima         Lima         PROPN NNP  6  pobj     GPE
    .            .            PUNCT .    2  punct    -
    """)
    assert any(fact[2] == "Lima" for fact in found)


def test_states_renewing_their_pact_renew_it_with_each_other() -> None:
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  4  nsubj    GPE
    and          and          CCONJ CC   1  cc       -
    Peru         Peru         PROPN NNP  1  conj     GPE
    renewed      renew        VERB  VBD  0  ROOT     -
    their        their        PRON  PRP$ 7  poss     -
    trade        trade        NOUN  NN   7  compound -
    pact         pact         NOUN  NN   4  dobj     -
    .            .            PUNCT .    4  punct    -
    """)
    assert ("Chile", "renew pact with", "Peru", "05") in found


def test_states_reaffirming_their_support_for_someone_did_not_do_it_with_each_other() -> None:
    reading = read("""
    Chile        Chile        PROPN NNP  4  nsubj    GPE
    and          and          CCONJ CC   1  cc       -
    Peru         Peru         PROPN NNP  1  conj     GPE
    reaffirmed   reaffirm     VERB  VBD  0  ROOT     -
    their        their        PRON  PRP$ 6  poss     -
    support      support      NOUN  NN   4  dobj     -
    for          for          ADP   IN   6  prep     -
    Bolivia      Bolivia      PROPN NNP  7  pobj     GPE
    .            .            PUNCT .    4  punct    -
    """)
    assert facts(reading, "reciprocal") == set()


def test_an_accord_named_after_a_city_is_no_party_to_it() -> None:
    reading = read("""
    The          the          DET   DT   3  det      -
    Cartagena    Cartagena    PROPN NNP  3  compound ORG
    accord       accord       NOUN  NN   6  nsubj    -
    with         with         ADP   IN   3  prep     -
    Peru         Peru         PROPN NNP  4  pobj     GPE
    took         take         VERB  VBD  0  ROOT     -
    effect       effect       NOUN  NN   6  dobj     -
    .            .            PUNCT .    6  punct    -
    """)
    assert facts(reading, "event_noun") == set()


def test_a_deal_named_after_a_body_keeps_the_body_as_its_party() -> None:
    reading = read("""
    The          the          DET   DT   3  det      -
    Boeing       Boeing       PROPN NNP  3  compound ORG
    deal         deal         NOUN  NN   6  nsubj    -
    with         with         ADP   IN   3  prep     -
    Peru         Peru         PROPN NNP  4  pobj     GPE
    took         take         VERB  VBD  0  ROOT     -
    effect       effect       NOUN  NN   6  dobj     -
    .            .            PUNCT .    6  punct    -
    """)
    assert facts(reading, "event_noun") == {("Boeing", "deal with", "Peru")}


def test_a_speech_only_on_a_named_system_relates_the_speaker_to_nothing() -> None:
    reading = read("""
    Balladur     Balladur     PROPN NNP  2  nsubj    PERSON
    spoke        speak        VERB  VBD  0  ROOT     -
    on           on           ADP   IN   2  prep     -
    the          the          DET   DT   7  det      -
    European     European     PROPN NNP  7  compound ORG
    Monetary     Monetary     PROPN NNP  7  compound I-ORG
    System       System       PROPN NNP  3  pobj     I-ORG
    .            .            PUNCT .    2  punct    -
    """)
    assert facts(reading, "prep") == set()


def test_a_speech_on_a_named_group_keeps_the_group_spoken_of() -> None:
    reading = read("""
    Kerry        Kerry        PROPN NNP  2  nsubj    PERSON
    spoke        speak        VERB  VBD  0  ROOT     -
    about        about        ADP   IN   2  prep     -
    Hezbollah    Hezbollah    PROPN NNP  3  pobj     ORG
    .            .            PUNCT .    2  punct    -
    """)
    assert facts(reading, "prep") == {("Kerry", "speak about", "Hezbollah")}


def test_states_reaffirming_their_commitment_to_an_accord_reaffirm_it_with_each_other() -> None:
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  6  nsubj    GPE
    ,            ,            PUNCT ,    1  punct    -
    Peru         Peru         PROPN NNP  1  conj     GPE
    and          and          CCONJ CC   3  cc       -
    Bolivia      Bolivia      PROPN NNP  3  conj     GPE
    reaffirmed   reaffirm     VERB  VBD  0  ROOT     -
    their        their        PRON  PRP$ 8  poss     -
    commitment   commitment   NOUN  NN   6  dobj     -
    to           to           ADP   IN   8  prep     -
    the          the          DET   DT   11 det      -
    accord       accord       NOUN  NN   9  pobj     -
    .            .            PUNCT .    6  punct    -
    """)
    assert found == {
        ("Chile", "reaffirm with", "Peru", "03"),
        ("Chile", "reaffirm with", "Bolivia", "03"),
        ("Peru", "reaffirm with", "Bolivia", "03"),
    }


def test_states_agreeing_to_an_accord_in_a_city_agree_with_each_other_not_with_the_city() -> None:
    found = facts_with_roots("""
    Chile        Chile        PROPN NNP  4  nsubj    GPE
    and          and          CCONJ CC   1  cc       -
    Peru         Peru         PROPN NNP  1  conj     GPE
    agreed       agree        VERB  VBD  0  ROOT     -
    to           to           ADP   IN   4  prep     -
    the          the          DET   DT   7  det      -
    accord       accord       NOUN  NN   5  pobj     -
    in           in           ADP   IN   7  prep     -
    Geneva       Geneva       PROPN NNP  8  pobj     GPE
    .            .            PUNCT .    4  punct    -
    """)
    assert found == {("Chile", "agree with", "Peru", "05")}


def test_an_accord_as_the_doer_relates_no_one() -> None:
    """ "Ana Ruiz said the revised agreement puts Taiwan on equal terms with Korea": an accord does nothing
    to Taiwan or Korea (lead, after round 51: "revised agreement put Taiwan" edges)."""
    reading = read("""
    Ana        Ana        PROPN NNP  2   compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3   nsubj     I-PERSON
    said       say        VERB  VBD  0   ROOT      -
    the        the        DET   DT   6   det       -
    revised    revise     VERB  VBN  6   amod      -
    agreement  agreement  NOUN  NN   7   nsubj     -
    puts       put        VERB  VBZ  3   ccomp     -
    Taiwan     Taiwan     PROPN NNP  7   dobj      GPE
    on         on         ADP   IN   7   prep      -
    equal      equal      ADJ   JJ   11  amod      -
    terms      term       NOUN  NNS  9   pobj      -
    with       with       ADP   IN   11  prep      -
    Korea      Korea      PROPN NNP  12  pobj      GPE
    .          .          PUNCT .    3   punct     -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    assert not [r for r in reading.relations if label[r.subject.entity_id] == "revised agreement"]

"""What a verb's arguments keep: a passive's subject noun done by its by-agent, the noun of a light
object, the role an object is given; hand-built parses of sentences of our own (objects.py)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def test_a_passive_subject_noun_leads_to_whom_the_by_agent_acts_on() -> None:
    reading = read("""
    The        the        DET   DT  2 det       -
    death      death      NOUN  NN  7 nsubjpass -
    of         of         ADP   IN  2 prep      -
    Ana        Ana        PROPN NNP 5 compound  PERSON
    Lopez      Lopez      PROPN NNP 3 pobj      I-PERSON
    was        be         AUX   VBD 7 auxpass   -
    announced  announce   VERB  VBN 0 ROOT      -
    by         by         ADP   IN  7 agent     -
    the        the        DET   DT  10 det      -
    Senate     Senate     PROPN NNP 8 pobj      ORG
    .          .          PUNCT .   7 punct     -
    """)
    assert facts(reading, "noun_prep") == {("Senate", "announce death of", "Ana Lopez")}
    [fact] = by_rule(reading, "noun_prep")
    assert fact.event_root == "01"


def test_without_a_by_agent_a_passive_subject_noun_reaches_nobody() -> None:
    reading = read("""
    The        the        DET   DT  2 det       -
    death      death      NOUN  NN  7 nsubjpass -
    of         of         ADP   IN  2 prep      -
    Ana        Ana        PROPN NNP 5 compound  PERSON
    Lopez      Lopez      PROPN NNP 3 pobj      I-PERSON
    was        be         AUX   VBD 7 auxpass   -
    announced  announce   VERB  VBN 0 ROOT      -
    on         on         ADP   IN  7 prep      -
    Monday     Monday     PROPN NNP 8 pobj      DATE
    .          .          PUNCT .   7 punct     -
    """)
    assert [r for r in reading.relations if r.rule.name != "title"] == []


def test_an_accident_done_by_a_by_agent_is_its_object() -> None:
    reading = read("""
    The           the          DET   DT  2 det       -
    crash         crash        NOUN  NN  5 nsubjpass -
    is            be           AUX   VBZ 5 aux       -
    being         be           AUX   VBG 5 auxpass   -
    investigated  investigate  VERB  VBN 0 ROOT      -
    by            by           ADP   IN  5 agent     -
    the           the          DET   DT  8 det       -
    NTSB          NTSB         PROPN NNP 6 pobj      ORG
    .             .            PUNCT .   5 punct     -
    """)
    assert facts(reading, "passive") == {("NTSB", "investigate", "crash")}
    assert by_rule(reading, "passive")[0].event_root == "09"


def test_a_noun_object_tagged_as_an_adjective_stays_in_the_predicate() -> None:
    reading = read("""
    Typhoon   Typhoon   PROPN NNP 2 compound ORG
    Lin       Lin       PROPN NNP 3 nsubj    I-ORG
    made      make      VERB  VBD 0 ROOT     -
    landfall  landfall  ADJ   JJ  3 dobj     -
    on        on        ADP   IN  3 prep     -
    Taiwan    Taiwan    PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert facts(reading, "prep") == {("Typhoon Lin", "make landfall on", "Taiwan")}


def test_the_role_an_object_is_picked_to_be_is_part_of_the_relation() -> None:
    reading = read("""
    Morena    Morena    PROPN NNP  2 nsubj  ORG
    tapped    tap       VERB  VBD  0 ROOT   -
    Ruiz      Ruiz      PROPN NNP  2 dobj   PERSON
    to        to        PART  TO   5 aux    -
    be        be        AUX   VB   2 xcomp  -
    its       its       PRON  PRP$ 7 poss   -
    nominee   nominee   NOUN  NN   5 attr   -
    .         .         PUNCT .    2 punct  -
    """)
    assert facts(reading, "svo") == {("Morena", "tap as nominee", "Ruiz")}


def test_seeking_a_seat_is_running_for_office_not_an_appeal() -> None:
    reading = read("""
    Ruiz     Ruiz     PROPN NNP 3 nsubj PERSON
    is       be       AUX   VBZ 3 aux   -
    seeking  seek     VERB  VBG 0 ROOT  -
    a        a        DET   DT  5 det   -
    seat     seat     NOUN  NN  3 dobj  -
    in       in       ADP   IN  3 prep  -
    the      the      DET   DT  8 det   ORG
    Senate   Senate   PROPN NNP 6 pobj  I-ORG
    .        .        PUNCT .   3 punct -
    """)
    [fact] = by_rule(reading, "prep")
    assert (fact.predicate, fact.event_root) == ("seek seat in", None)


def test_approaching_a_body_asks_something_of_it() -> None:
    reading = read("""
    Reuters     Reuters     PROPN NNP 2 nsubj ORG
    approached  approach    VERB  VBD 0 ROOT  -
    the         the         DET   DT  4 det   ORG
    NTSB        NTSB        PROPN NNP 2 dobj  I-ORG
    .           .           PUNCT .   2 punct -
    """)
    [fact] = by_rule(reading, "svo")
    assert fact.event_root == "02"


def test_an_event_with_its_own_owner_is_not_the_clause_subjects() -> None:
    reading = read("""
    Ruiz          Ruiz          PROPN NNP  2 nsubj  PERSON
    represented   represent     VERB  VBD  0 ROOT   -
    Ana           Ana           PROPN NNP  4 compound PERSON
    Lopez         Lopez         PROPN NNP  2 dobj   I-PERSON
    in            in            ADP   IN   2 prep   -
    her           her           PRON  PRP$ 7 poss   -
    lawsuit       lawsuit       NOUN  NN   5 pobj   -
    against       against       ADP   IN   7 prep   -
    Peru          Peru          PROPN NNP  8 pobj   GPE
    .             .             PUNCT .    2 punct  -
    """)
    assert facts(reading, "circumstance_event") == set()  # the lawsuit is hers, not Ruiz's


def test_a_natural_hazard_striking_a_country_is_no_event() -> None:
    storm = read("""
    Typhoon   Typhoon   PROPN NNP 2 compound ORG
    Lin       Lin       PROPN NNP 3 nsubj    I-ORG
    struck    strike    VERB  VBD 0 ROOT     -
    Taiwan    Taiwan    PROPN NNP 3 dobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    [fact] = by_rule(storm, "svo")
    assert (fact.predicate, fact.event_root) == ("strike", None)
    army = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    struck    strike    VERB  VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 2 dobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert by_rule(army, "svo")[0].event_root == "19"


def test_an_active_conjunct_does_not_share_a_passive_auxiliary() -> None:
    flew = read("""
    Ruiz     Ruiz     PROPN NNP 3 nsubjpass PERSON
    was      be       AUX   VBD 3 auxpass   -
    briefed  brief    VERB  VBN 0 ROOT      -
    and      and      CCONJ CC  3 cc        -
    flew     fly      VERB  VBD 3 conj      -
    to       to       ADP   IN  5 prep      -
    Lima     Lima     PROPN NNP 6 pobj      GPE
    .        .        PUNCT .   3 punct     -
    """)
    assert facts(flew, "prep") == {("Ruiz", "fly to", "Lima")}
    assert facts(flew, "passive_prep") == set()
    waived = read("""
    Ruiz         Ruiz         PROPN NNP 3 nsubjpass PERSON
    was          be           AUX   VBD 3 auxpass   -
    arrested     arrest       VERB  VBN 0 ROOT      -
    and          and          CCONJ CC  3 cc        -
    waived       waive        VERB  VBD 3 conj      -
    extradition  extradition  NOUN  NN  5 dobj      -
    to           to           ADP   IN  5 prep      -
    Peru         Peru         PROPN NNP 7 pobj      GPE
    .            .            PUNCT .   3 punct     -
    """)
    assert facts(waived, "prep") == {("Ruiz", "waive extradition to", "Peru")}
    moved = read("""
    Ruiz         Ruiz         PROPN NNP 3 nsubjpass PERSON
    was          be           AUX   VBD 3 auxpass   -
    arrested     arrest       VERB  VBN 0 ROOT      -
    and          and          CCONJ CC  3 cc        -
    transferred  transfer     VERB  VBD 3 conj      -
    to           to           ADP   IN  5 prep      -
    Lima         Lima         PROPN NNP 6 pobj      GPE
    .            .            PUNCT .   3 punct     -
    """)
    assert facts(moved, "passive_prep") == {("Ruiz", "be transferred to", "Lima")}


def test_defeating_a_person_is_a_contest_not_force() -> None:
    contest = read("""
    Ruiz      Ruiz      PROPN NNP 2 nsubj PERSON
    defeated  defeat    VERB  VBD 0 ROOT  -
    Lopez     Lopez     PROPN NNP 2 dobj  PERSON
    .         .         PUNCT .   2 punct -
    """)
    assert by_rule(contest, "svo")[0].event_root is None
    war = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    defeated  defeat    VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 2 dobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert by_rule(war, "svo")[0].event_root == "19"


def test_holding_someone_in_contempt_coerces() -> None:
    reading = read("""
    Congress  Congress  PROPN NNP 2 nsubj ORG
    held      hold      VERB  VBD 0 ROOT  -
    Ruiz      Ruiz      PROPN NNP 2 dobj  PERSON
    in        in        ADP   IN  2 prep  -
    contempt  contempt  NOUN  NN  4 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    [fact] = by_rule(reading, "svo")
    assert fact.event_root == "17"


def test_the_words_that_name_a_thing_stay_in_the_predicate() -> None:
    reading = read("""
    Ruiz       Ruiz       PROPN NNP 2 nsubj    PERSON
    scheduled  schedule   VERB  VBD 0 ROOT     -
    a          a          DET   DT  5 det      -
    town       town       NOUN  NN  5 compound -
    hall       hall       NOUN  NN  2 dobj     -
    on         on         ADP   IN  2 prep     -
    Telemundo  Telemundo  PROPN NNP 6 pobj     ORG
    .          .          PUNCT .   2 punct    -
    """)
    assert facts(reading, "prep") == {("Ruiz", "schedule town hall on", "Telemundo")}
    talks = read("""
    Chile   Chile   PROPN NNP 2 nsubj    GPE
    held    hold    VERB  VBD 0 ROOT     -
    peace   peace   NOUN  NN  4 compound -
    talks   talk    NOUN  NNS 2 dobj     -
    with    with    ADP   IN  4 prep     -
    Peru    Peru    PROPN NNP 5 pobj     GPE
    .       .       PUNCT .   2 punct    -
    """)
    assert facts(talks, "light_verb") == {("Chile", "meet with", "Peru")}  # an event noun keeps its lemma


def test_a_preposition_left_without_an_object_is_the_verbs_particle() -> None:
    reading = read("""
    Ruiz   Ruiz   PROPN NNP 2 nsubj PERSON
    swore  swear  VERB  VBD 0 ROOT  -
    Lopez  Lopez  PROPN NNP 2 dobj  PERSON
    in     in     ADP   IN  2 prep  -
    on     on     ADP   IN  2 prep  -
    Monday Monday PROPN NNP 5 pobj  DATE
    .      .      PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Ruiz", "swear in", "Lopez")}
    hung = read("""
    Ruiz     Ruiz     PROPN NNP 2 nsubj PERSON
    flew     fly      VERB  VBD 0 ROOT  -
    Lopez    Lopez    PROPN NNP 2 dobj  PERSON
    to       to       ADP   IN  2 prep  -
    Lima     Lima     PROPN NNP 3 appos GPE
    .        .        PUNCT .   2 punct -
    """)
    assert {p for _, p, _ in facts(hung, "svo")} == {"fly"}  # "to" has an object the parser hung elsewhere


def test_an_inquiry_into_a_death_looks_into_whom_it_happened_to() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP 2 nsubj    GPE
    opened   open     VERB  VBD 0 ROOT     -
    an       an       DET   DT  4 det      -
    inquiry  inquiry  NOUN  NN  2 dobj     -
    into     into     ADP   IN  4 prep     -
    Ruiz     Ruiz     PROPN NNP 8 poss     PERSON
    's       's       PART  POS 6 case     -
    death    death    NOUN  NN  5 pobj     -
    .        .        PUNCT .   2 punct    -
    """)
    assert facts(reading, "noun_prep") == {("Chile", "open inquiry into", "Ruiz")}
    assert by_rule(reading, "noun_prep")[0].event_root == "09"


def test_going_back_to_a_party_is_no_act_of_yielding() -> None:
    reading = read("""
    Ruiz      Ruiz      PROPN NNP 2 nsubj PERSON
    returned  return    VERB  VBD 0 ROOT  -
    to        to        ADP   IN  2 prep  -
    Unidad    Unidad    PROPN NNP 3 pobj  ORG
    .         .         PUNCT .   2 punct -
    """)
    [fact] = by_rule(reading, "prep")
    assert (fact.predicate, fact.event_root) == ("return to", None)


def test_contacting_a_counterpart_consults_it() -> None:
    # (a news outlet contacting someone asks for an interview: 01, tests/test_clause_deeds_and_roots.py)
    reading = read("""
    Peru       Peru       PROPN NNP 2 nsubj GPE
    contacted  contact    VERB  VBD 0 ROOT  -
    Unidad     Unidad     PROPN NNP 2 dobj  ORG
    .          .          PUNCT .   2 punct -
    """)
    assert by_rule(reading, "svo")[0].event_root == "04"

"""Every registered rule on a hand-built parse of a sentence of our own: what the rule reads from it.

The parses are written out (tests/hand_docs.py), so these tests hold whatever the statistical parser
does; tests/test_extract_*.py run the same kinds of sentences through the model.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from geokg.extract.clauses.registry import RULES, rule_table
from geokg.extract.clauses.scoring import ATTRIBUTION_FACTOR
from geokg.extract.pipeline import read_doc
from hand_docs import by_rule, facts, facts_with_roots, read, with_title_line

COVERED: set[str] = set()


def covers(*names: str) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Mark a test as the hand-built test of these rules (see test_every_rule_has_a_hand_built_test)."""

    def mark(test: Callable[[], None]) -> Callable[[], None]:
        COVERED.update(names)
        return test

    return mark


RUSSIA_ATTACKED_UKRAINE = """
Russia    Russia    PROPN NNP 2 nsubj GPE
attacked  attack    VERB  VBD 0 ROOT  -
Ukraine   Ukraine   PROPN NNP 2 dobj  GPE
.         .         PUNCT .   2 punct -
"""


@covers("svo")
def test_svo_the_subject_acts_on_the_object() -> None:
    reading = read(RUSSIA_ATTACKED_UKRAINE)
    assert facts(reading, "svo") == {("Russia", "attack", "Ukraine")}
    [fact] = by_rule(reading, "svo")
    assert (fact.negated, fact.modality, fact.event_root, fact.confidence) == (
        False,
        None,
        "19",
        RULES["svo"].confidence,
    )
    assert fact.rule.extractor == f"geokg.svo/{RULES['svo'].version}"


def test_negation_is_the_frames_and_reaches_the_fact() -> None:
    reading = read("""
    Hungary  Hungary  PROPN NNP 4 nsubj GPE
    did      do       AUX   VBD 4 aux   -
    not      not      PART  RB  4 neg   -
    condemn  condemn  VERB  VB  0 ROOT  -
    Russia   Russia   PROPN NNP 4 dobj  GPE
    .        .        PUNCT .   4 punct -
    """)
    [fact] = by_rule(reading, "svo")
    assert fact.negated


@covers("prep")
def test_prep_the_subject_acts_through_a_preposition() -> None:
    reading = read("""
    Chile  Chile  PROPN NNP 2 nsubj GPE
    flew   fly    VERB  VBD 0 ROOT  -
    to     to     ADP   IN  2 prep  -
    Peru   Peru   PROPN NNP 3 pobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    assert facts(reading, "prep") == {("Chile", "fly to", "Peru")}


@covers("noun_prep")
def test_noun_prep_an_entity_reached_through_the_object_noun() -> None:
    reading = read("""
    Canada      Canada     PROPN NNP 2 nsubj GPE
    criticised  criticise  VERB  VBD 0 ROOT  -
    the         the        DET   DT  4 det   -
    threats     threat     NOUN  NNS 2 dobj  -
    against     against    ADP   IN  4 prep  -
    Ukraine     Ukraine    PROPN NNP 5 pobj  GPE
    .           .          PUNCT .   2 punct -
    """)
    assert facts(reading, "noun_prep") == {("Canada", "criticise threat against", "Ukraine")}
    assert by_rule(reading, "noun_prep")[0].event_root == "11"  # the verb's event: disapprove


@covers("light_verb")
def test_light_verb_the_noun_is_the_event() -> None:
    reading = read("""
    Iraq   Iraq   PROPN NNP 2 nsubj GPE
    held   hold   VERB  VBD 0 ROOT  -
    talks  talk   NOUN  NNS 2 dobj  -
    with   with   ADP   IN  3 prep  -
    Iran   Iran   PROPN NNP 4 pobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    assert facts(reading, "light_verb") == {("Iraq", "meet with", "Iran")}  # the canonical predicate
    [held] = by_rule(reading, "light_verb")
    assert (held.predicate_text, held.event_root) == ("held talks with", "04")  # "talk": consult
    assert by_rule(reading, "noun_prep") == []


@covers("stake")
def test_stake_a_share_of_a_firm_held() -> None:
    reading = read("""
    Zenith Zenith PROPN NNP 2 compound ORG
    Inc    Inc    PROPN NNP 3 nsubj    I-ORG
    owns   own    VERB  VBZ 0 ROOT     -
    45     45     NUM   CD  5 nummod   CARDINAL
    pct    pct    NOUN  NN  3 dobj     -
    of     of     ADP   IN  5 prep     -
    Orbit  Orbit  PROPN NNP 8 compound ORG
    Co     Co     PROPN NNP 6 pobj     I-ORG
    .      .      PUNCT .   3 punct    -
    """)
    assert facts(reading, "stake") == {("Zenith Inc", "hold stake in", "Orbit Co")}
    [held] = by_rule(reading, "stake")
    assert (held.predicate_text, held.event_root) == ("owns pct of", None)  # a standing fact, no event


@covers("copula")
def test_copula_what_the_subject_is() -> None:
    reading = read("""
    Pakistan  Pakistan  PROPN NNP 2 nsubj GPE
    is        be        AUX   VBZ 0 ROOT  -
    an        an        DET   DT  4 det   -
    ally      ally      NOUN  NN  2 attr  -
    of        of        ADP   IN  4 prep  -
    China     China     PROPN NNP 5 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "copula") == {("Pakistan", "be ally of", "China")}
    assert by_rule(reading, "copula")[0].event_root is None  # being is no event


@covers("circumstance_event")
def test_circumstance_event_the_clause_subject_takes_part_in_the_event() -> None:
    reading = read("""
    Kerry   Kerry   PROPN NNP 2 nsubj PERSON
    spoke   speak   VERB  VBD 0 ROOT  -
    during  during  ADP   IN  2 prep  -
    talks   talk    NOUN  NNS 3 pobj  -
    with    with    ADP   IN  4 prep  -
    Iran    Iran    PROPN NNP 5 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert facts(reading, "circumstance_event") == {("Kerry", "meet with", "Iran")}
    [talks] = by_rule(reading, "circumstance_event")
    assert (talks.predicate_text, talks.event_root) == ("talks with", "04")


ISRAEL_CONDEMNED_BY_TURKEY = """
Israel     Israel     PROPN NNP 3 nsubjpass GPE
was        be         AUX   VBD 3 auxpass   -
condemned  condemn    VERB  VBN 0 ROOT      -
by         by         ADP   IN  3 agent     -
Turkey     Turkey     PROPN NNP 4 pobj      GPE
.          .          PUNCT .   3 punct     -
"""


@covers("passive")
def test_passive_the_by_agent_is_the_subject() -> None:
    reading = read(ISRAEL_CONDEMNED_BY_TURKEY)
    assert facts(reading, "passive") == {("Turkey", "condemn", "Israel")}
    assert by_rule(reading, "svo") == []


@covers("passive_prep")
def test_passive_prep_without_an_agent_the_patient_stays_subject() -> None:
    reading = read("""
    Marat     Marat     PROPN NNP 2 compound  PERSON
    Zhukov    Zhukov    PROPN NNP 4 nsubjpass I-PERSON
    was       be        AUX   VBD 4 auxpass   -
    detained  detain    VERB  VBN 0 ROOT      -
    in        in        ADP   IN  4 prep      -
    Belarus   Belarus   PROPN NNP 5 pobj      GPE
    .         .         PUNCT .   4 punct     -
    """)
    assert facts(reading, "passive_prep") == {("Marat Zhukov", "be detained in", "Belarus")}


@covers("reciprocal")
def test_reciprocal_coordinated_subjects_did_it_with_each_other() -> None:
    reading = read("""
    Brazil     Brazil     PROPN NNP 4 nsubj GPE
    and        and        CCONJ CC  1 cc    -
    Argentina  Argentina  PROPN NNP 1 conj  GPE
    signed     sign       VERB  VBD 0 ROOT  -
    a          a          DET   DT  6 det   -
    deal       deal       NOUN  NN  4 dobj  -
    .          .          PUNCT .   4 punct -
    """)
    assert facts(reading, "reciprocal") == {("Brazil", "sign deal with", "Argentina")}


@covers("speech_content")
def test_speech_content_a_report_is_about_its_subject() -> None:
    reading = read("""
    Germany   Germany   PROPN NNP 2 nsubj     GPE
    said      say       VERB  VBD 0 ROOT      -
    Navalny   Navalny   PROPN NNP 5 nsubjpass PERSON
    was       be        AUX   VBD 5 auxpass   -
    poisoned  poison    VERB  VBN 2 ccomp     -
    .         .         PUNCT .   2 punct     -
    """)
    assert facts(reading, "speech_content") == {("Germany", "say", "Navalny")}


@covers("according_to")
def test_according_to_the_source_says_it_about_the_subject() -> None:
    reading = read("""
    Israel     Israel     PROPN NNP 2 nsubj GPE
    bombed     bomb       VERB  VBD 0 ROOT  -
    Lebanon    Lebanon    PROPN NNP 2 dobj  GPE
    ,          ,          PUNCT ,   2 punct -
    according  accord     VERB  VBG 2 prep  -
    to         to         ADP   IN  5 prep  -
    Hezbollah  Hezbollah  PROPN NNP 6 pobj  ORG
    .          .          PUNCT .   2 punct -
    """)
    assert facts(reading, "according_to") == {("Hezbollah", "accuse", "Israel")}  # bombing is a wrong done
    [bombed] = by_rule(reading, "svo")
    assert bombed.attributed_to == "org:hezbollah"
    # the policy's discount for a reported fact (measured: 1.0 since the refit on rounds 9-17, where the
    # audits found reported facts as often right as asserted ones; never a raise)
    svo = RULES["svo"].confidence
    assert bombed.confidence == round(svo * ATTRIBUTION_FACTOR, 3) <= svo


RUSSIAS_ATTACK = """
Russia     Russia     PROPN NNP 3 poss      GPE
's         's         PART  POS 1 case      -
attack     attack     NOUN  NN  7 nsubjpass -
on         on         ADP   IN  3 prep      -
Ukraine    Ukraine    PROPN NNP 4 pobj      GPE
was        be         AUX   VBD 7 auxpass   -
condemned  condemn    VERB  VBN 0 ROOT      -
.          .          PUNCT .   7 punct     -
"""


@covers("event_noun")
def test_event_noun_its_possessor_acts_on_its_target() -> None:
    reading = read(RUSSIAS_ATTACK)
    assert facts(reading, "event_noun") == {("Russia", "attack", "Ukraine")}
    [fact] = by_rule(reading, "event_noun")
    expected = ("19", RULES["event_noun"].confidence, None)
    assert (fact.event_root, fact.confidence, fact.attributed_to) == expected
    assert fact.predicate_text == "attack on"


def test_a_reported_event_noun_gets_the_same_discount_as_a_reported_clause() -> None:
    # Fixed with the one confidence policy: event nouns used to skip the discount for reported facts.
    reading = read("""
    Germany    Germany    PROPN NNP 2  nsubj   GPE
    said       say        VERB  VBD 0  ROOT    -
    Russia     Russia     PROPN NNP 5  poss    GPE
    's         's         PART  POS 3  case    -
    attack     attack     NOUN  NN  8  nsubj   -
    on         on         ADP   IN  5  prep    -
    Ukraine    Ukraine    PROPN NNP 6  pobj    GPE
    failed     fail       VERB  VBD 2  ccomp   -
    .          .          PUNCT .   2  punct   -
    """)
    [fact] = by_rule(reading, "event_noun")
    assert fact.attributed_to == "country:DEU"
    assert fact.confidence == round(RULES["event_noun"].confidence * ATTRIBUTION_FACTOR, 3)


@covers("title")
def test_title_before_a_name_is_a_role_of_its_country() -> None:
    reading = read("""
    German      german      ADJ   JJ  4 amod     NORP
    Chancellor  chancellor  PROPN NNP 4 compound -
    Olaf        Olaf        PROPN NNP 4 compound PERSON
    Scholz      Scholz      PROPN NNP 5 nsubj    I-PERSON
    criticised  criticise   VERB  VBD 0 ROOT     -
    Russia      Russia      PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   5 punct    -
    """)
    assert facts(reading, "title") == {("Olaf Scholz", "chancellor of", "Germany")}
    assert by_rule(reading, "title")[0].confidence == RULES["title"].confidence


def test_a_request_makes_its_object_the_subject_and_the_fact_a_wish() -> None:
    reading = read("""
    Turkey   Turkey   PROPN NNP  2 nsubj GPE
    urged    urge     VERB  VBD  0 ROOT  -
    Syria    Syria    PROPN NNP  2 dobj  GPE
    to       to       PART  TO   5 aux   -
    release  release  VERB  VB   2 xcomp -
    Kurds    Kurds    PROPN NNPS 5 dobj  NORP
    .        .        PUNCT .    2 punct -
    """)
    released = [r for r in by_rule(reading, "svo") if r.predicate == "release"]
    assert [(r.subject.entity_id, r.modality, r.attributed_to) for r in released] == [
        ("country:SYR", "should", "country:TUR")
    ]


@covers("behest")
def test_behest_who_asked_whom() -> None:
    complied = read("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    complied  comply    VERB  VBD 0 ROOT  -
    with      with      ADP   IN  2 prep  -
    the       the       DET   DT  5 det   -
    request   request   NOUN  NN  3 pobj  -
    of        of        ADP   IN  5 prep  -
    Chile     Chile     PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    at_request = read("""
    At        at        ADP   IN  6 prep  -
    Chile     Chile     PROPN NNP 4 poss  GPE
    's        's        PART  POS 2 case  -
    request   request   NOUN  NN  1 pobj  -
    Peru      Peru      PROPN NNP 6 nsubj GPE
    closed    close     VERB  VBD 0 ROOT  -
    its       its       PRON  PRP$ 8 poss -
    border    border    NOUN  NN  6 dobj  -
    .         .         PUNCT .   6 punct -
    """)
    assert facts(complied, "behest") == facts(at_request, "behest") == {("Chile", "request", "Peru")}
    assert by_rule(at_request, "prep") == []  # the asker is no place Peru closed its border at
    [asked] = by_rule(complied, "behest")
    assert (asked.event_root, asked.predicate_text) == ("02", "request")
    refused = read("""
    Peru      Peru      PROPN NNP 4 nsubj GPE
    did       do        AUX   VBD 4 aux   -
    not       not       PART  RB  4 neg   -
    accede    accede    VERB  VB  0 ROOT  -
    to        to        ADP   IN  4 prep  -
    Chile     Chile     PROPN NNP 8 poss  GPE
    's        's        PART  POS 6 case  -
    demands   demand    NOUN  NNS 5 pobj  -
    .         .         PUNCT .   4 punct -
    """)
    [demanded] = by_rule(refused, "behest")  # refusing a demand does not unmake it
    assert (demanded.negated, demanded.event_root) == (False, "10")
    [answer] = by_rule(refused, "prep")  # and the refusal is the answer to the one who demanded
    expected = ("accede to demand of", True, "country:CHL")  # the demand, no actor, stays in the phrase
    assert (answer.predicate, answer.negated, answer.object.entity_id) == expected


@covers("evaluation")
def test_evaluation_what_the_subject_calls_someone_is_its_stance() -> None:
    called = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    called    call      VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 poss  GPE
    's        's        PART  POS 3 case  -
    plan      plan      NOUN  NN  2 dobj  -
    a         a         DET   DT  7 det   -
    disgrace  disgrace  NOUN  NN  2 oprd  -
    .         .         PUNCT .   2 punct -
    """)
    described = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    described describe  VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 2 dobj  GPE
    as        as        ADP   IN  2 prep  -
    a         a         DET   DT  6 det   -
    neighbour neighbour NOUN  NN  4 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(called, "evaluation") == {("Chile", "criticise", "Peru")}
    assert by_rule(called, "evaluation")[0].event_root == "11"
    assert by_rule(called, "svo") == []  # the calling is read as the stance, not as "call"
    assert facts(described, "evaluation") == {("Chile", "describe", "Peru")}


def test_speech_content_takes_the_speakers_stance() -> None:
    def said(content: str) -> set[tuple[str, str, str]]:
        return facts(read(content), "speech_content")

    demand = said("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 nsubj GPE
    must      must      AUX   MD  5 aux   -
    withdraw  withdraw  VERB  VB  2 ccomp -
    .         .         PUNCT .   2 punct -
    """)
    accuse = said("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 4 nsubj GPE
    attacked  attack    VERB  VBD 2 ccomp -
    Bolivia   Bolivia   PROPN NNP 4 dobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    criticise = said("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 poss  GPE
    's        's        PART  POS 3 case  -
    decision  decision  NOUN  NN  6 nsubj -
    was       be        AUX   VBD 2 ccomp -
    a         a         DET   DT  8 det   -
    betrayal  betrayal  NOUN  NN  6 attr  -
    .         .         PUNCT .   2 punct -
    """)
    denied = said("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 6 nsubj GPE
    had       have      AUX   VBD 6 aux   -
    not       not       PART  RB  6 neg   -
    attacked  attack    VERB  VBN 2 ccomp -
    Bolivia   Bolivia   PROPN NNP 6 dobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert demand == {("Chile", "demand", "Peru")}
    assert accuse == {("Chile", "accuse", "Peru")}
    assert criticise == {("Chile", "criticise", "Peru")}  # the decision's owner is the one criticised
    # a defence is no accusation; the content's own fact (Peru did not attack Bolivia) is what was said
    assert denied == set()


def test_every_rule_has_a_hand_built_test() -> None:
    assert set(RULES) <= COVERED, f"rules without a hand-built test: {sorted(set(RULES) - COVERED)}"


def test_the_rule_table_lists_every_rule_once() -> None:
    table = rule_table().splitlines()
    assert len(table) == len(RULES) + 1
    for name, line in zip(RULES, table[1:], strict=True):
        assert line.split()[0] == name


@pytest.mark.parametrize("name", sorted(RULES))
def test_rules_have_a_version_a_confidence_and_a_summary(name: str) -> None:
    rule = RULES[name]
    assert rule.version >= 1 and 0 < rule.confidence <= 1 and rule.summary


@covers("defied")
def test_defied_a_deed_despite_anothers_protests_is_protested() -> None:
    # "Chile held the drill despite Peru's protests": Peru protests against Chile
    reading = read("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    held     hold     VERB  VBD 0 ROOT  -
    the      the      DET   DT  4 det   -
    drill    drill    NOUN  NN  2 dobj  -
    despite  despite  ADP   IN  2 prep  -
    Peru     Peru     PROPN NNP 8 poss  GPE
    's       's       PART  POS 6 case  -
    protests protest  NOUN  NNS 5 pobj  -
    .        .        PUNCT .   2 punct -
    """)
    assert facts(reading, "defied") == {("Peru", "protest against", "Chile")}


def _called_a_wrong_and_vowed(target: str) -> str:
    tail = (
        """
    against   against   ADP   IN  10 prep  -
    Bolivia   Bolivia   PROPN NNP 11 pobj GPE
    """
        if target
        else ""
    )
    return f"""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    called    call      VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 poss  GPE
    's        's        PART  POS 3 case  -
    raids     raid      NOUN  NNS 2 dobj  -
    an        an        DET   DT  7 det   -
    escalation escalation NOUN NN 2 oprd  -
    and       and       CCONJ CC  2 cc    -
    vowed     vow       VERB  VBD 2 conj  -
    revenge   revenge   NOUN  NN  9 dobj  -
    {tail}
    .         .         PUNCT .   2 punct -
    """


@covers("answered_reprisal")
def test_answered_reprisal_a_vow_with_no_target_threatens_whom_the_sentence_blames() -> None:
    # "Chile called Peru's raids an escalation and vowed revenge": the revenge answers Peru's raids
    assert facts(read(_called_a_wrong_and_vowed("")), "answered_reprisal") == {("Chile", "threaten", "Peru")}
    assert ("Chile", "threaten", "Peru", "13") in facts_with_roots(_called_a_wrong_and_vowed(""))
    # a target named is the vow's own ("vowed revenge against Bolivia"): nothing is inferred
    assert facts(read(_called_a_wrong_and_vowed("Bolivia")), "answered_reprisal") == set()


@covers("event_victim")
def test_event_victim_who_died_in_an_event_was_killed_by_it() -> None:
    reading = read("""
    Omar      Omar      PROPN NNP 2 compound PERSON
    Haddad    Haddad    PROPN NNP 3 nsubj    I-PERSON
    died      die       VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    the       the       DET   DT  6 det      -
    explosion explosion NOUN  NN  4 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert facts(reading, "event_victim") == {("explosion", "kill", "Omar Haddad")}
    [fact] = by_rule(reading, "event_victim")
    assert fact.event_root == "18"


TWIN_BOMBINGS_HIT_MARAWI = """
Twin      twin      ADJ   JJ  2 amod     -
bombings  bombing   NOUN  NNS 3 nsubj    -
hit       hit       VERB  VBD 0 ROOT     -
Marawi    Marawi    PROPN NNP 3 dobj     GPE
.         .         PUNCT .   3 punct    -
"""


@covers("claimed_event")
def test_claimed_event_responsibility_without_for_is_for_the_event_named_last() -> None:
    reading = read(
        TWIN_BOMBINGS_HIT_MARAWI
        + """
    Hamas     Hamas     PROPN NNP 8 nsubj    ORG
    later     later     ADV   RB  8 advmod   -
    claimed   claim     VERB  VBD 0 ROOT     -
    responsibility responsibility NOUN NN 8 dobj -
    .         .         PUNCT .   8 punct    -
    """
    )
    assert facts(reading, "claimed_event") == {("Hamas", "claim responsibility for", "twin bombings")}
    [fact] = by_rule(reading, "claimed_event")
    assert fact.event_root == "01"


def test_claimed_event_needs_an_event_named_before() -> None:
    reading = read("""
    Hamas     Hamas     PROPN NNP 2 nsubj    ORG
    claimed   claim     VERB  VBD 0 ROOT     -
    responsibility responsibility NOUN NN 2 dobj -
    .         .         PUNCT .   2 punct    -
    """)
    assert facts(reading, "claimed_event") == set()


@covers("reaction")
def test_reaction_without_an_object_is_to_the_event_named_last() -> None:
    reading = read(
        TWIN_BOMBINGS_HIT_MARAWI
        + """
    Statements statement NOUN NNS 10 nsubj   -
    of        of        ADP   IN  6 prep     -
    condemnation condemnation NOUN NN 7 pobj -
    have      have      AUX   VBP 10 aux     -
    come      come      VERB  VBN 0 ROOT     -
    from      from      ADP   IN  10 prep    -
    Chile     Chile     PROPN NNP 11 pobj    GPE
    and       and       CCONJ CC  12 cc      -
    Peru      Peru      PROPN NNP 12 conj    GPE
    .         .         PUNCT .   10 punct   -
    """
    )
    expected = {("Chile", "condemn", "twin bombings"), ("Peru", "condemn", "twin bombings")}
    assert facts(reading, "reaction") == expected
    assert {r.event_root for r in by_rule(reading, "reaction")} == {"11"}


@covers("event_place")
def test_event_place_a_place_hung_on_the_object_is_where_the_event_acted() -> None:
    reading = read("""
    A         a         DET   DT  2 det      -
    bombing   bombing   NOUN  NN  3 nsubj    -
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 5 compound PERSON
    Haddad    Haddad    PROPN NNP 3 dobj     I-PERSON
    in        in        ADP   IN  5 prep     -
    the       the       DET   DT  8 det      -
    town      town      NOUN  NN  6 pobj     -
    of        of        ADP   IN  8 prep     -
    Hodeida   Hodeida   PROPN NNP 9 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert facts(reading, "event_place") == {("bombing", "kill in", "Hodeida")}
    [fact] = by_rule(reading, "event_place")
    assert fact.event_root == "18"


def test_event_place_needs_an_event_as_agent() -> None:
    reading = read("""
    Rebels    rebel     NOUN  NNS 2 nsubj    -
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 4 compound PERSON
    Haddad    Haddad    PROPN NNP 2 dobj     I-PERSON
    in        in        ADP   IN  4 prep     -
    Hodeida   Hodeida   PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert facts(reading, "event_place") == set()


def test_evaluation_reads_a_quoted_word_the_parser_hangs_on_the_object() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    called    call      VERB  VBD 0 ROOT  -
    the       the       DET   DT  5 det   -
    Peruvian  peruvian  ADJ   JJ  5 amod  NORP
    plan      plan      NOUN  NN  2 dobj  -
    "         "         PUNCT ``  5 punct -
    reckless  reckless  ADJ   JJ  5 acl   -
    "         "         PUNCT ''  2 punct -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "evaluation") == {("Chile", "criticise", "Peru")}


def test_a_hyphened_pair_of_states_both_own_what_the_noun_names() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    condemned condemn   VERB  VBD 0 ROOT  -
    the       the       DET   DT  7 det   -
    Peruvian  peruvian  ADJ   JJ  6 amod  NORP
    -         -         PUNCT HYPH 6 punct -
    Bolivian  bolivian  ADJ   JJ  7 amod  NORP
    accord    accord    NOUN  NN  2 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Chile", "condemn", "Peru"), ("Chile", "condemn", "Bolivia")}


@covers("according_to")
def test_according_to_carries_the_sources_stance_toward_the_doer() -> None:
    active = read("""
    Peru       Peru       PROPN NNP 2 nsubj GPE
    shelled    shell      VERB  VBD 0 ROOT  -
    Bolivia    Bolivia    PROPN NNP 2 dobj  GPE
    ,          ,          PUNCT ,   2 punct -
    according  accord     VERB  VBG 2 prep  -
    to         to         ADP   IN  5 prep  -
    Chile      Chile      PROPN NNP 6 pobj  GPE
    .          .          PUNCT .   2 punct -
    """)
    passive = read("""
    According  accord     VERB  VBG 8 prep      -
    to         to         ADP   IN  1 prep      -
    Chile      Chile      PROPN NNP 2 pobj      GPE
    ,          ,          PUNCT ,   8 punct     -
    the        the        DET   DT  6 det       -
    rebels     rebel      NOUN  NNS 8 nsubjpass -
    were       be         AUX   VBD 8 auxpass   -
    armed      arm        VERB  VBN 0 ROOT      -
    by         by         ADP   IN  8 agent     -
    Peru       Peru       PROPN NNP 9 pobj      GPE
    .          .          PUNCT .   8 punct     -
    """)
    assert facts(active, "according_to") == {("Chile", "accuse", "Peru")}
    assert facts(passive, "according_to") == {("Chile", "say", "Peru")}  # of the doer, not the armed


def test_an_appeal_for_an_act_is_made_of_whoever_the_act_belongs_to() -> None:
    compound = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    called    call      VERB  VBD 0 ROOT     -
    for       for       ADP   IN  2 prep     -
    NATO      NATO      PROPN NNP 5 compound ORG
    action    action    NOUN  NN  3 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    owner = read("""
    Chile      Chile      PROPN NNP 2 nsubj GPE
    pressed    press      VERB  VBD 0 ROOT  -
    for        for        ADP   IN  2 prep  -
    Peru       Peru       PROPN NNP 6 poss  GPE
    's         's         PART  POS 4 case  -
    withdrawal withdrawal NOUN  NN  3 pobj  -
    .          .          PUNCT .   2 punct -
    """)
    hoped = read("""
    Chile      Chile      PROPN NNP 2 nsubj GPE
    hoped      hope       VERB  VBD 0 ROOT  -
    for        for        ADP   IN  2 prep  -
    Peru       Peru       PROPN NNP 6 poss  GPE
    's         's         PART  POS 4 case  -
    withdrawal withdrawal NOUN  NN  3 pobj  -
    .          .          PUNCT .   2 punct -
    """)
    assert facts(compound, "prep") == {("Chile", "call for", "NATO")}
    assert facts(owner, "prep") == {("Chile", "press for", "Peru")}
    assert facts(hoped, "prep") == set()  # hoping for something asks nobody


QUOTED_TWO_SENTENCES = """
Chile     Chile     PROPN NNP 2  nsubj GPE
said      say       VERB  VBD 0  ROOT  -
:         :         PUNCT :   2  punct -
"         "         PUNCT ``  2  punct -
We        we        PRON  PRP 6  nsubj -
want      want      VERB  VBP 2  ccomp -
peace     peace     NOUN  NN  6  dobj  -
.         .         PUNCT .   2  punct -
Peru      Peru      PROPN NNP 10 nsubj GPE
{verb}
Bolivia   Bolivia   PROPN NNP 10 dobj  GPE
.         .         PUNCT .   10 punct -
"         "         PUNCT ''  10 punct -
"""


@covers("quote_stance")
def test_quote_stance_a_quoted_sentence_of_its_own_carries_the_speakers_stance() -> None:
    shelled = read(QUOTED_TWO_SENTENCES.format(verb="shelled   shell     VERB  VBD 0  ROOT  -"))
    visited = read(QUOTED_TWO_SENTENCES.format(verb="visited   visit     VERB  VBD 0  ROOT  -"))
    assert facts(shelled, "quote_stance") == {("Chile", "accuse", "Peru")}
    assert by_rule(shelled, "quote_stance")[0].attributed_to == "country:CHL"
    assert facts(visited, "quote_stance") == set()  # a plain statement is no edge to whom it names


@covers("quote_stance")
def test_quote_stance_a_plain_statement_opening_a_quotation_is_said_of_its_named_subject() -> None:
    """`Chile told reporters, "Peru wants a truce.`: the parser makes the quoted verb the root and the
    reporting clause its complement; the statement that opens the quotation is Chile's word about Peru."""
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    told      tell      VERB  VBD 7 ccomp -
    reporters reporter  NOUN  NNS 2 dobj  -
    ,         ,         PUNCT ,   7 punct -
    "         "         PUNCT ``  7 punct -
    Peru      Peru      PROPN NNP 7 nsubj GPE
    wants     want      VERB  VBZ 0 ROOT  -
    a         a         DET   DT  9 det   -
    truce     truce     NOUN  NN  7 dobj  -
    .         .         PUNCT .   7 punct -
    "         "         PUNCT ''  7 punct -
    """)
    assert facts(reading, "quote_stance") == {("Chile", "say", "Peru")}


def test_speech_content_reads_the_fact_the_speaker_holds_true() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2  nsubj GPE
    said      say       VERB  VBD 0  ROOT  -
    the       the       DET   DT  4  det   -
    report    report    NOUN  NN  5  nsubj -
    hid       hide      VERB  VBD 2  ccomp -
    the       the       DET   DT  7  det   -
    fact      fact      NOUN  NN  5  dobj  -
    that      that      SCONJ IN  10 mark  -
    Peru      Peru      PROPN NNP 10 nsubj GPE
    attacked  attack    VERB  VBD 7  acl   -
    Bolivia   Bolivia   PROPN NNP 10 dobj  GPE
    .         .         PUNCT .   2  punct -
    """)
    assert facts(reading, "speech_content") == {("Chile", "accuse", "Peru")}


@covers("received")
def test_received_the_from_phrase_does_what_the_subject_faces() -> None:
    faced = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    faced     face      VERB  VBD 0 ROOT  -
    criticism criticism NOUN  NN  2 dobj  -
    from      from      ADP   IN  3 prep  -
    Peru      Peru      PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    sent = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    sent      send      VERB  VBD 0 ROOT  -
    criticism criticism NOUN  NN  2 dobj  -
    from      from      ADP   IN  3 prep  -
    Peru      Peru      PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert facts(faced, "received") == {("Peru", "criticise", "Chile")}
    assert by_rule(faced, "received")[0].event_root == "11"
    assert by_rule(faced, "noun_prep") == []  # Chile does not criticise Peru
    assert facts(sent, "received") == set()


def test_passive_a_reduced_passive_with_its_by_agent() -> None:
    reading = read("""
    Hamas     Hamas     PROPN NNP 7 nsubj GPE
    ,         ,         PUNCT ,   1 punct -
    backed    back      VERB  VBN 1 acl   -
    by        by        ADP   IN  3 agent -
    Iran      Iran      PROPN NNP 4 pobj  GPE
    ,         ,         PUNCT ,   1 punct -
    attacked  attack    VERB  VBD 0 ROOT  -
    Israel    Israel    PROPN NNP 7 dobj  GPE
    .         .         PUNCT .   7 punct -
    """)
    assert facts(reading, "passive") == {("Iran", "back", "Hamas")}
    assert facts(reading, "svo") == {("Hamas", "attack", "Israel")}
    # after a prepositional object the parser often misplaces a participle that belongs further back
    misplaced = read("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    wrote     write     VERB  VBD 0 ROOT  -
    to        to        ADP   IN  2 prep  -
    Bolivia   Bolivia   PROPN NNP 3 pobj  GPE
    ,         ,         PUNCT ,   4 punct -
    backed    back      VERB  VBN 4 acl   -
    by        by        ADP   IN  6 agent -
    Chile     Chile     PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert facts(misplaced, "passive") == set()


def test_light_verb_restating_a_stance_names_it_in_the_noun() -> None:
    reading = read("""
    Chile      Chile       PROPN NNP 2 nsubj GPE
    reiterated reiterate   VERB  VBD 0 ROOT  -
    strong     strong      ADJ   JJ  4 amod  -
    support    support     NOUN  NN  2 dobj  -
    for        for         ADP   IN  4 prep  -
    Peru       Peru        PROPN NNP 5 pobj  GPE
    .          .           PUNCT .   2 punct -
    """)
    [backed] = by_rule(reading, "light_verb")
    assert (backed.object.entity_id, backed.event_root) == ("country:PER", "05")
    assert by_rule(reading, "noun_prep") == []  # not a mere statement (01) about Peru


def test_speech_content_blames_nobody_for_what_they_suffered() -> None:
    victim = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 4 nsubj GPE
    was       be        AUX   VBD 2 ccomp -
    the       the       DET   DT  6 det   -
    victim    victim    NOUN  NN  4 attr  -
    of        of        ADP   IN  6 prep  -
    a         a         DET   DT  10 det  -
    brutal    brutal    ADJ   JJ  10 amod -
    attack    attack    NOUN  NN  7 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    suffered = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 4 nsubj GPE
    suffered  suffer    VERB  VBD 2 ccomp -
    a         a         DET   DT  7 det   -
    brutal    brutal    ADJ   JJ  7 amod  -
    attack    attack    NOUN  NN  4 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(victim, "speech_content") == {("Chile", "say", "Peru")}
    # no blame; "Peru suffered a brutal attack" is the content's own fact about Peru, Chile's word
    assert facts(suffered, "speech_content") == set()


def test_whoever_judges_an_arrest_does_not_judge_the_one_arrested() -> None:
    condemned = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    condemned condemn   VERB  VBD 0 ROOT  -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Rojas     Rojas     PROPN NNP 6 poss  I-PERSON
    's        's        PART  POS 4 case  -
    arrest    arrest    NOUN  NN  2 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    decision = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    condemned condemn   VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 poss  GPE
    's        's        PART  POS 3 case  -
    decision  decision  NOUN  NN  2 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(condemned, "svo") == set()
    assert facts(decision, "svo") == {("Chile", "condemn", "Peru")}  # a decision is its owner's act


def test_evaluation_a_verdict_of_blame_accuses() -> None:
    held = read("""
    Chile       Chile       PROPN NNP 2 nsubj GPE
    held        hold        VERB  VBD 0 ROOT  -
    Peru        Peru        PROPN NNP 2 dobj  GPE
    responsible responsible ADJ   JJ  2 oprd  -
    for         for         ADP   IN  4 prep  -
    the         the         DET   DT  7 det   -
    raid        raid        NOUN  NN  5 pobj  -
    .           .           PUNCT .   2 punct -
    """)
    captive = read("""
    Chile       Chile       PROPN NNP 2 nsubj GPE
    held        hold        VERB  VBD 0 ROOT  -
    Peru        Peru        PROPN NNP 2 dobj  GPE
    captive     captive     ADJ   JJ  2 oprd  -
    .           .           PUNCT .   2 punct -
    """)
    assert facts(held, "evaluation") == {("Chile", "accuse", "Peru")}
    assert by_rule(held, "evaluation")[0].event_root == "11"
    assert facts(captive, "evaluation") == set()  # no verdict: the plain reading stands
    assert facts(captive, "svo") == {("Chile", "hold", "Peru")}


def test_speech_content_to_blame_is_at_fault_not_blaming() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 4 nsubj GPE
    was       be        AUX   VBD 2 ccomp -
    to        to        PART  TO  6 aux   -
    blame     blame     VERB  VB  4 xcomp -
    for       for       ADP   IN  6 prep  -
    the       the       DET   DT  9 det   -
    raid      raid      NOUN  NN  7 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "speech_content") == {("Chile", "accuse", "Peru")}
    assert [r for r in reading.relations if r.subject.entity_id == "country:PER"] == []


def test_a_states_organ_in_the_possessive_owns_what_it_possesses() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj GPE
    criticised criticise  VERB  VBD 0 ROOT  -
    the        the        DET   DT  5 det   -
    Peruvian   peruvian   ADJ   JJ  5 amod  NORP
    government government NOUN  NN  7 poss  -
    's         's         PART  POS 5 case  -
    plan       plan       NOUN  NN  2 dobj  -
    .          .          PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Chile", "criticise plan of", "Peru")}


def test_evaluation_what_is_called_follows_the_calling() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2  nsubj GPE
    left      leave     VERB  VBD 5  ccomp -
    ,         ,         PUNCT ,   5  punct -
    Chile     Chile     PROPN NNP 5  nsubj GPE
    said      say       VERB  VBD 8  ccomp -
    ;         ;         PUNCT :   8  punct -
    Bolivia   Bolivia   PROPN NNP 8  nsubj GPE
    described describe  VERB  VBD 0  ROOT  -
    Peru      Peru      PROPN NNP 11 poss  GPE
    's        's        PART  POS 9  case  -
    plan      plan      NOUN  NN  8  dobj  -
    as        as        ADP   IN  11 prep  -
    reckless  reckless  ADJ   JJ  12 pobj  -
    .         .         PUNCT .   8  punct -
    """)
    assert facts(reading, "evaluation") == {("Bolivia", "criticise", "Peru")}


def test_evaluation_calling_it_judges_what_the_main_verb_acts_on() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    commented comment   VERB  VBD 0 ROOT  -
    on        on        ADP   IN  2 prep  -
    the       the       DET   DT  8 det   -
    Peruvian  peruvian  ADJ   JJ  7 npadvmod NORP
    -         -         PUNCT HYPH 7 punct -
    Bolivian  bolivian  ADJ   JJ  8 amod  NORP
    accord    accord    NOUN  NN  3 pobj  -
    ,         ,         PUNCT ,   2 punct -
    calling   call      VERB  VBG 2 advcl -
    it        it        PRON  PRP 10 dobj -
    void      void      ADJ   JJ  10 oprd -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "evaluation") == {("Chile", "criticise", "Peru"), ("Chile", "criticise", "Bolivia")}


def test_a_named_undertaking_stands_for_its_name() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    backed    back      VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    NATO      NATO      PROPN NNP 5 compound ORG
    campaign  campaign  NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert facts(reading, "svo") == {("Chile", "back", "NATO")}


def test_according_to_the_source_spoke_whatever_the_content_denies() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 4 nsubj GPE
    did        do         AUX   VBD 4 aux   -
    not        not        PART  RB  4 neg   -
    attack     attack     VERB  VB  0 ROOT  -
    Bolivia    Bolivia    PROPN NNP 4 dobj  GPE
    ,          ,          PUNCT ,   4 punct -
    according  accord     VERB  VBG 4 prep  -
    to         to         ADP   IN  7 prep  -
    Chile      Chile      PROPN NNP 8 pobj  GPE
    .          .          PUNCT .   4 punct -
    """)
    [said] = by_rule(reading, "according_to")
    assert (said.predicate, said.negated, said.event_root) == ("say", False, "01")
    [attack] = by_rule(reading, "svo")
    assert attack.negated


def test_speech_content_a_denial_takes_no_stance_against_what_it_denies() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    denied    deny      VERB  VBD 0 ROOT  -
    that      that      SCONJ IN  5 mark  -
    Peru      Peru      PROPN NNP 5 nsubj GPE
    attacked  attack    VERB  VBD 2 ccomp -
    Bolivia   Bolivia   PROPN NNP 5 dobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    # no stance; what was denied is the content's own fact, negated and Chile's (no `deny` edge beside it)
    assert facts(reading, "speech_content") == set()
    [attack] = by_rule(reading, "svo")
    assert attack.negated


_LOCATED_BODY = """
Yesterday  yesterday  NOUN  NN    13 npadvmod DATE
,          ,          PUNCT ,     1  punct    -
the        the        DET   DT    4  det      -
Assembly   Assembly   PROPN NNP   2  prep     ORG
of         of         ADP   IN    4  prep     I-ORG
Upper      Upper      PROPN NNP   7  compound I-ORG
Ostria     Ostria     PROPN NNP   5  pobj     I-ORG
(          (          PUNCT -LRB- 9  punct    -
UO         UO         PROPN NNP   7  appos    ORG
)          )          PUNCT -RRB- 9  punct    -
,          ,          PUNCT ,     13 punct    -
Chile      Chile      PROPN NNP   13 nsubj    GPE
voted      vote       VERB  VBD   0  ROOT     -
to         to         PART  TO    15 aux      -
ban        ban        VERB  VB    13 xcomp    -
the        the        DET   DT    18 det      -
Acme       Acme       PROPN NNP   18 compound ORG
Party      Party      PROPN NNP   15 dobj     I-ORG
.          .          PUNCT .     13 punct    -
"""


def test_a_country_after_a_comma_locates_the_body_named_before_it_and_the_body_acts() -> None:
    # "the Assembly of Upper Ostria (UO), Chile voted to ban …": misparsed with Chile as the subject.
    reading = read(_LOCATED_BODY)
    assert {s for s, _, o in facts(reading, "svo") if o == "Acme Party"} == {"Assembly of Upper Ostria"}


def test_a_country_after_a_place_governed_by_a_preposition_stays_the_subject() -> None:
    reading = read("""
    In      in      ADP   IN  5 prep     -
    Lima    Lima    PROPN NNP 1 pobj     GPE
    ,       ,       PUNCT ,   5 punct    -
    Chile   Chile   PROPN NNP 5 nsubj    GPE
    voted   vote    VERB  VBD 0 ROOT     -
    to      to      PART  TO  7 aux      -
    ban     ban     VERB  VB  5 xcomp    -
    the     the     DET   DT  10 det     -
    Acme    Acme    PROPN NNP 10 compound ORG
    Party   Party   PROPN NNP 7 dobj     I-ORG
    .       .       PUNCT .   5 punct    -
    """)
    assert {s for s, _, o in facts(reading, "svo") if o == "Acme Party"} == {"Chile"}


def test_figures_given_to_the_press_are_a_statement_not_aid() -> None:
    # audit round 12: officials who gave death tolls to journalists were coded 07 (aid)
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    gave      give      VERB  VBD 0 ROOT     -
    casualty  casualty  NOUN  NN  4 compound -
    figures   figure    NOUN  NNS 2 dobj     -
    to        to        ADP   IN  2 prep     -
    reporters reporter  NOUN  NNS 5 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    roots = {(r.subject, r.object, r.event_root) for name in ("svo", "prep") for r in by_rule(reading, name)}
    assert roots and all(root == "01" for _, _, root in roots)


def test_a_post_given_is_an_appointment_not_aid() -> None:
    reading = read("""
    Garcia    Garcia    PROPN NNP 2 nsubj    PERSON
    gave      give      VERB  VBD 0 ROOT     -
    cabinet   cabinet   NOUN  NN  4 compound -
    posts     post      NOUN  NNS 2 dobj     -
    to        to        ADP   IN  2 dative   -
    Maria     Maria     PROPN NNP 7 compound PERSON
    Lopez     Lopez     PROPN NNP 5 pobj     I-PERSON
    .         .         PUNCT .   2 punct    -
    """)
    roots = {(r.subject, r.object, r.event_root) for name in ("svo", "prep") for r in by_rule(reading, name)}
    assert roots and all(root == "05" for _, _, root in roots)


@covers("visit_destination")
def test_visit_destination_a_visit_begun_with_no_place_is_to_the_headlines_state() -> None:
    # "KING ARVEN VISITS SPAIN ¶ King Arven of Norway begins a state visit on Tuesday." (more in
    # test_visits_begun_wave88e.py)
    reading = read_doc(
        with_title_line("""
    KING       KING       PROPN NNP 2  compound PERSON
    ARVEN      ARVEN      PROPN NNP 3  nsubj    I-PERSON
    VISITS     visit      VERB  VBZ 0  ROOT     -
    SPAIN      SPAIN      PROPN NNP 3  dobj     GPE
    ¶          ¶          SPACE _SP 4  dep      -
    King       King       PROPN NNP 7  compound PERSON
    Arven      Arven      PROPN NNP 10 nsubj    I-PERSON
    of         of         ADP   IN  7  prep     -
    Norway     Norway     PROPN NNP 8  pobj     GPE
    begins     begin      VERB  VBZ 0  ROOT     -
    a          a          DET   DT  13 det      -
    state      state      NOUN  NN  13 compound -
    visit      visit      NOUN  NN  10 dobj     -
    on         on         ADP   IN  10 prep     -
    Tuesday    Tuesday    PROPN NNP 14 pobj     DATE
    .          .          PUNCT .   10 punct    -
    """),
        scope="hand-built",
    )
    assert {(p, o) for _, p, o in facts(reading, "visit_destination")} == {("visit", "Spain")}


@covers("listed_member")
def test_listed_member_states_set_off_after_a_groups_name_are_its_members() -> None:
    # "The Paris Club -- Chile, Peru and Spain -- condemned Iran." (more in test_group_members_wave56.py)
    reading = read("""
    The        the        DET   DT  3  det      ORG
    Paris      Paris      PROPN NNP 3  compound I-ORG
    Club       Club       PROPN NNP 11 nsubj    I-ORG
    --         --         PUNCT :   3  punct    -
    Chile      Chile      PROPN NNP 3  appos    GPE
    ,          ,          PUNCT ,   5  punct    -
    Peru       Peru       PROPN NNP 5  conj     GPE
    and        and        CCONJ CC  7  cc       -
    Spain      Spain      PROPN NNP 7  conj     GPE
    --         --         PUNCT :   11 punct    -
    condemned  condemn    VERB  VBD 0  ROOT     -
    Iran       Iran       PROPN NNP 11 dobj     GPE
    .          .          PUNCT .   11 punct    -
    """)
    assert facts(reading, "listed_member") == {
        ("Chile", "member of", "Paris Club"),
        ("Peru", "member of", "Paris Club"),
        ("Spain", "member of", "Paris Club"),
    }


@covers("each_other")
def test_each_other_one_way_acts_go_both_ways() -> None:
    # "Chile and Peru blamed each other": each blamed the other (tests/test_each_other_lead105.py has more)
    found = facts(read("""
    Chile    Chile  PROPN NNP 4  nsubj GPE
    and      and    CCONJ CC  1  cc    -
    Peru     Peru   PROPN NNP 1  conj  GPE
    blamed   blame  VERB  VBD 0  ROOT  -
    each     each   DET   DT  6  det   -
    other    other  ADJ   JJ  4  dobj  -
    .        .      PUNCT .   4  punct -
    """), "each_other")
    assert found == {("Chile", "blame", "Peru"), ("Peru", "blame", "Chile")}


@covers("speech_topic")
def test_speech_topic_a_claim_about_no_actor_is_about_its_subject_noun() -> None:
    # "Acme said grain exports rose": Acme speaks of grain exports (test_speech_topic_wave110e.py has more)
    reading = read(
        """
    Acme     Acme    PROPN NNP 2 nsubj    ORG
    said     say     VERB  VBD 0 ROOT     -
    grain    grain   NOUN  NN  4 compound -
    exports  export  NOUN  NNS 5 nsubj    -
    rose     rise    VERB  VBD 2 ccomp    -
    .        .       PUNCT .   2 punct    -
    """,
        topics=True,
    )
    # a topic is its article's own: the id carries the article's scope (mend 110 E)
    assert [(r.predicate, r.object.entity_id, r.content) for r in by_rule(reading, "speech_topic")] == [
        ("say", "topic:grain_exports@hand_built", "grain exports rose")
    ]

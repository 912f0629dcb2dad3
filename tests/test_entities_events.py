"""Events and documents as arguments, and names the tagger fused or missed (hand-built parses)."""

from __future__ import annotations

from geokg.extract.clauses.arguments import ArgumentResolver
from geokg.extract.pipeline import read_doc
from hand_docs import by_rule, parse, read


def svo(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in by_rule(reading, "svo")
    }


def test_an_unowned_event_or_document_is_an_argument() -> None:
    reading = read("""
    Twin      twin      ADJ   JJ  2 amod     -
    bombings  bombing   NOUN  NNS 3 nsubj    -
    hit       hit       VERB  VBD 0 ROOT     -
    Marawi    Marawi    PROPN NNP 3 dobj     GPE
    .         .         PUNCT .   3 punct    -
    Ana       Ana       PROPN NNP 7 compound PERSON
    Cruz      Cruz      PROPN NNP 8 nsubj    I-PERSON
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  11 det     -
    government government NOUN NN 11 compound -
    decree    decree    NOUN  NN  8 dobj     -
    .         .         PUNCT .   8 punct    -
    """)
    found = svo(reading)
    assert ("twin bombings", "hit", "Marawi") in found and ("Ana Cruz", "sign", "government decree") in found
    [event] = [e for e in reading.entities.entities() if e.label == "twin bombings"]
    assert event.type == "EVENT" and event.id == "event:twin_bombings@hand_built"


def test_an_event_between_named_parties_stays_an_event_between_them() -> None:
    reading = read("""
    Chad      Chad      PROPN NNP 2 nsubj    GPE
    left      leave     VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    agreement agreement NOUN  NN  2 dobj     -
    with      with      ADP   IN  4 prep     -
    Niger     Niger     PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert not any(e.type == "EVENT" for e in reading.entities.entities())


def test_a_place_and_a_holder_fused_after_a_title_are_split() -> None:
    reading = read("""
    Chief     Chief     PROPN NNP 2 compound -
    Minister  Minister  PROPN NNP 7 nsubj    -
    of        of        ADP   IN  2 prep     -
    Punjab    Punjab    PROPN NNP 6 compound ORG
    Amar      Amar      PROPN NNP 6 compound I-ORG
    Singh     Singh     PROPN NNP 3 pobj     I-ORG
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    labels = {e.label: e.type for e in reading.entities.entities()}
    assert labels.get("Amar Singh") == "PERSON" and "Punjab Amar Singh" not in labels


def test_a_state_and_its_office_holder_fused_after_a_title_are_split() -> None:
    reading = read("""
    Prime     Prime     PROPN NNP 2 compound -
    Minister  Minister  PROPN NNP 7 nsubj    -
    of        of        ADP   IN  2 prep     -
    Peru      Peru      PROPN NNP 6 compound ORG
    Ana       Ana       PROPN NNP 6 compound I-ORG
    Roe       Roe       PROPN NNP 3 pobj     I-ORG
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    labels = {e.label: e.type for e in reading.entities.entities()}
    assert labels.get("Ana Roe") == "PERSON" and "Peru Ana Roe" not in labels
    assert labels.get("Peru") == "GPE"
    reading = read("""
    director  director  NOUN  NN  6 nsubj    -
    of        of        ADP   IN  1 prep     -
    Peruvian  peruvian  PROPN NNP 5 compound ORG
    Energy    Energy    PROPN NNP 5 compound I-ORG
    Forum     Forum     PROPN NNP 2 pobj     I-ORG
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert "Energy Forum" not in {e.label for e in reading.entities.entities()}  # a demonym is no state here


def test_an_organisation_the_tagger_missed_is_found_by_its_name_and_a_gloss_in_brackets_is_skipped() -> None:
    reading = read("""
    Labour    Labour    PROPN NNP 2 compound -
    MP        MP        PROPN NNP 9 compound -
    (         (         PUNCT -LRB- 2 punct  -
    Member    Member    PROPN NNP 2 appos    -
    of        of        ADP   IN  4 prep     -
    Parliament Parliament PROPN NNP 5 pobj   ORG
    )         )         PUNCT -RRB- 2 punct  -
    Ann       Ann       PROPN NNP 9 compound PERSON
    Lee       Lee       PROPN NNP 10 nsubj   I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    roles = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in by_rule(reading, "title")
    }
    # a party adjective before "MP": the member's party, under the table's name
    assert ("Ann Lee", "member of", "Labour Party") in roles
    assert {e.label: e.country for e in reading.entities.entities()}["Ann Lee"] == "GBR"


def _labels(reading) -> dict[str, str]:
    return {e.id: e.label for e in reading.entities.entities()}


def _all_facts(reading) -> set[tuple[str, str, str]]:
    label = _labels(reading)
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_later_mention_of_violence_that_points_back_is_the_event_named_before() -> None:
    reading = read("""
    Twin      twin      ADJ   JJ  2 amod     -
    bombings  bombing   NOUN  NNS 3 nsubj    -
    hit       hit       VERB  VBD 0 ROOT     -
    Marawi    Marawi    PROPN NNP 3 dobj     GPE
    .         .         PUNCT .   3 punct    -
    The       the       DET   DT  8 det      -
    second    second    ADJ   JJ  8 amod     -
    blast     blast     NOUN  NN  9 nsubj    -
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 11 compound PERSON
    Haddad    Haddad    PROPN NNP 9 dobj     I-PERSON
    .         .         PUNCT .   9 punct    -
    An        an        DET   DT  14 det     -
    attack    attack    NOUN  NN  17 nsubj   -
    in        in        ADP   IN  14 prep    -
    2015      2015      NUM   CD  15 pobj    DATE
    hurt      hurt      VERB  VBD 0 ROOT     -
    Marawi    Marawi    PROPN NNP 17 dobj    GPE
    .         .         PUNCT .   17 punct   -
    """)
    found = svo(reading)
    assert ("twin bombings", "kill", "Omar Haddad") in found
    assert ("attack", "hurt", "Marawi") in found  # an indefinite attack of another year is another event
    events = [e for e in reading.entities.entities() if e.type == "EVENT"]
    assert sorted(e.label for e in events) == ["attack", "twin bombings"]


def test_an_event_reported_to_have_killed_someone_killed_them() -> None:
    reading = read("""
    An        an        DET   DT  2 det       -
    explosion explosion NOUN  NN  4 nsubjpass -
    was       be        AUX   VBD 4 auxpass   -
    reported  report    VERB  VBN 0 ROOT      -
    to        to        PART  TO  7 aux       -
    have      have      AUX   VB  7 aux       -
    killed    kill      VERB  VBN 4 xcomp     -
    Omar      Omar      PROPN NNP 9 compound  PERSON
    Haddad    Haddad    PROPN NNP 7 dobj      I-PERSON
    .         .         PUNCT .   4 punct     -
    """)
    assert ("explosion", "kill", "Omar Haddad") in svo(reading)


def test_who_was_injured_in_an_event_was_injured_by_it() -> None:
    reading = read("""
    Omar      Omar      PROPN NNP 2 compound  PERSON
    Haddad    Haddad    PROPN NNP 4 nsubjpass I-PERSON
    was       be        AUX   VBD 4 auxpass   -
    injured   injure    VERB  VBN 0 ROOT      -
    in        in        ADP   IN  4 prep      -
    Sunday    Sunday    PROPN NNP 8 poss      DATE
    's        's        PART  POS 6 case      -
    attack    attack    NOUN  NN  5 pobj      -
    .         .         PUNCT .   4 punct     -
    """)
    assert _all_facts(reading) >= {("attack", "injure", "Omar Haddad")}


def test_responsibility_for_events_and_a_couple_of_events_name_the_events() -> None:
    reading = read("""
    A         a         DET   DT  2 det      -
    couple    couple    NOUN  NN  5 nsubj    -
    of        of        ADP   IN  2 prep     -
    bombings  bombing   NOUN  NNS 3 pobj     -
    hit       hit       VERB  VBD 0 ROOT     -
    Marawi    Marawi    PROPN NNP 5 dobj     GPE
    .         .         PUNCT .   5 punct    -
    Hamas     Hamas     PROPN NNP 9 nsubj    ORG
    claimed   claim     VERB  VBD 0 ROOT     -
    responsibility responsibility NOUN NN 9 dobj -
    for       for       ADP   IN  10 prep    -
    the       the       DET   DT  13 det     -
    attacks   attack    NOUN  NNS 11 pobj    -
    .         .         PUNCT .   9 punct    -
    """)
    found = _all_facts(reading)
    assert ("bombings", "hit", "Marawi") in found
    assert ("Hamas", "claim responsibility for", "bombings") in found


def test_a_planted_bomb_is_a_weapon_and_resigning_in_protest_is_no_event() -> None:
    reading = read("""
    Rebels    rebel     NOUN  NNS 2 nsubj    -
    planted   plant     VERB  VBD 0 ROOT     -
    a         a         DET   DT  4 det      -
    bomb      bomb      NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    Ana       Ana       PROPN NNP 7 compound PERSON
    Cruz      Cruz      PROPN NNP 8 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    in        in        ADP   IN  8 prep     -
    protest   protest   NOUN  NN  9 pobj     -
    .         .         PUNCT .   8 punct    -
    """)
    assert not any(e.type == "EVENT" for e in reading.entities.entities())


def test_an_event_is_named_without_words_of_judgement() -> None:
    reading = read("""
    Police    police    NOUN  NNS 2 nsubj    -
    broke     break     VERB  VBD 0 ROOT     -
    up        up        ADP   RP  2 prt      -
    anti      anti      ADJ   JJ  7 amod     -
    -         -         ADJ   JJ  7 amod     -
    government government ADJ JJ  7 amod     -
    protests  protest   NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
    Chile     Chile     PROPN NNP 10 nsubj   GPE
    condemned condemn   VERB  VBD 0 ROOT     -
    the       the       DET   DT  13 det     -
    deplorable deplorable ADJ JJ  13 amod    -
    bombing   bombing   NOUN  NN  10 dobj    -
    .         .         PUNCT .   10 punct   -
    """)
    labels = {e.label for e in reading.entities.entities() if e.type == "EVENT"}
    assert "bombing" in labels and "deplorable bombing" not in labels


def test_a_list_hung_on_an_apposition_names_every_member() -> None:
    doc = parse("""
    Praise    praise    NOUN  NN  2 nsubj    -
    came      come      VERB  VBD 0 ROOT     -
    from      from      ADP   IN  2 prep     -
    party     party     NOUN  NN  5 compound -
    leader    leader    NOUN  NN  3 pobj     -
    Ana       Ana       PROPN NNP 7 compound PERSON
    Cruz      Cruz      PROPN NNP 5 appos    I-PERSON
    ,         ,         PUNCT ,   7 punct    -
    Luis      Luis      PROPN NNP 10 compound PERSON
    Vega      Vega      PROPN NNP 7 conj     I-PERSON
    .         .         PUNCT .   2 punct    -
    """)
    entities = read_doc(doc, scope="hand-built").entities
    labels = {e.id: e.label for e in entities.entities()}
    refs = ArgumentResolver(entities, {}, {}).resolve(doc[4])
    assert [labels[r.entity_id] for r in refs] == ["Ana Cruz", "Luis Vega"]


def test_an_unowned_event_in_a_place_happened_there() -> None:
    reading = read("""
    Omar      Omar      PROPN NNP 2 compound  PERSON
    Haddad    Haddad    PROPN NNP 4 nsubjpass I-PERSON
    was       be        AUX   VBD 4 auxpass   -
    injured   injure    VERB  VBN 0 ROOT      -
    in        in        ADP   IN  4 prep      -
    a         a         DET   DT  7 det       -
    bombing   bombing   NOUN  NN  5 pobj      -
    in        in        ADP   IN  7 prep      -
    Yemen     Yemen     PROPN NNP 8 pobj      GPE
    .         .         PUNCT .   4 punct     -
    """)
    found = _all_facts(reading)
    assert ("bombing", "injure", "Omar Haddad") in found
    assert ("bombing", "bombing in", "Yemen") in found


def test_a_kind_of_a_named_event_is_another_event_than_the_bare_name() -> None:
    reading = read("""
    Parliament Parliament PROPN NNP 2 nsubj  ORG
    rejected  reject    VERB  VBD 0 ROOT     -
    a         a         DET   DT  7 det      -
    no        no        DET   DT  6 det      -
    -         -         PUNCT HYPH 6 punct   -
    deal      deal      NOUN  NN  7 compound -
    Brexit    Brexit    PROPN NNP 2 dobj     -
    but       but       CCONJ CC  2 cc       -
    backed    back      VERB  VBD 2 conj     -
    Brexit    Brexit    PROPN NNP 9 dobj     ORG
    .         .         PUNCT .   2 punct    -
    """)
    events = {e.label for e in reading.entities.entities() if e.type == "EVENT"}
    assert events == {"Brexit", "no-deal Brexit"}


def test_a_verb_without_a_code_takes_an_unowned_violent_event_as_an_assault() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    faces     face      VERB  VBZ 0 ROOT     -
    terrorist terrorist ADJ   JJ  4 amod     -
    attacks   attack    NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    [fact] = by_rule(reading, "svo")
    assert fact.event_root == "18"  # no state is known to carry the attacks out


def test_casualties_counted_beside_an_events_dead_are_its_casualties_and_the_dead_were_killed() -> None:
    reading = read("""
    Omar      Omar      PROPN NNP 2 compound  PERSON
    Haddad    Haddad    PROPN NNP 3 nsubj     I-PERSON
    died      die       VERB  VBD 0 ROOT      -
    in        in        ADP   IN  3 prep      -
    the       the       DET   DT  6 det       -
    blast     blast     NOUN  NN  4 pobj      -
    and       and       CCONJ CC  3 cc        -
    Ali       Ali       PROPN NNP 9 compound  PERSON
    Vega      Vega      PROPN NNP 11 nsubjpass I-PERSON
    was       be        AUX   VBD 11 auxpass  -
    injured   injure    VERB  VBN 3 conj      -
    .         .         PUNCT .   3 punct     -
    """)
    found = _all_facts(reading)
    assert {("blast", "kill", "Omar Haddad"), ("blast", "injure", "Ali Vega")} <= found
    assert ("Omar Haddad", "die in", "blast") not in found  # the event's fact says it


def _events(reading) -> set[str]:
    return {e.label for e in reading.entities.entities() if e.type == "EVENT"}


def test_plural_attacks_elsewhere_are_not_the_one_attack_named_before() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    A         a         DET   DT  6 det      -
    grenade   grenade   NOUN  NN  6 compound -
    attack    attack    NOUN  NN  7 nsubj    -
    hit       hit       VERB  VBD 0 ROOT     -
    Tikrit    Tikrit    PROPN NNP 7 dobj     GPE
    .         .         PUNCT .   7 punct    -
    Attacks   attack    NOUN  NNS 14 nsubj   -
    in        in        ADP   IN  10 prep    -
    Samarra   Samarra   PROPN NNP 11 pobj    GPE
    later     later     ADV   RB  14 advmod  -
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 16 compound PERSON
    Haddad    Haddad    PROPN NNP 14 dobj    I-PERSON
    .         .         PUNCT .   14 punct   -
    Luis      Luis      PROPN NNP 19 compound PERSON
    Vega      Vega      PROPN NNP 20 nsubj   I-PERSON
    condemned condemn   VERB  VBD 0 ROOT     -
    the       the       DET   DT  22 det     -
    attack    attack    NOUN  NN  20 dobj    -
    .         .         PUNCT .   20 punct   -
    """)
    found = svo(reading)
    assert ("grenade attack", "hit", "Tikrit") in found
    assert ("attacks", "kill", "Omar Haddad") in found  # violence in the plural, not the grenade attack
    assert ("Luis Vega", "condemn", "grenade attack") in found  # "the attack" is the one attack named
    assert _events(reading) == {"grenade attack", "attacks"}


def test_a_bomb_of_another_kind_is_another_event_and_the_bomb_just_named_is_it() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    A         a         DET   DT  7 det      -
    suicide   suicide   NOUN  NN  7 compound -
    car       car       NOUN  NN  7 compound -
    bomb      bomb      NOUN  NN  8 nsubj    -
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 10 compound PERSON
    Haddad    Haddad    PROPN NNP 8 dobj     I-PERSON
    .         .         PUNCT .   8 punct    -
    A         a         DET   DT  14 det     -
    roadside  roadside  NOUN  NN  14 compound -
    bomb      bomb      NOUN  NN  15 nsubj   -
    hurt      hurt      VERB  VBD 0 ROOT     -
    Ali       Ali       PROPN NNP 17 compound PERSON
    Vega      Vega      PROPN NNP 15 dobj    I-PERSON
    .         .         PUNCT .   15 punct   -
    The       the       DET   DT  20 det     -
    bomb      bomb      NOUN  NN  21 nsubj   -
    hurt      hurt      VERB  VBD 0 ROOT     -
    Luis      Luis      PROPN NNP 23 compound PERSON
    Vega      Vega      PROPN NNP 21 dobj    I-PERSON
    .         .         PUNCT .   21 punct   -
    """)
    found = svo(reading)
    assert ("suicide car bomb", "kill", "Omar Haddad") in found
    assert {("roadside bomb", "hurt", "Ali Vega"), ("roadside bomb", "hurt", "Luis Vega")} <= found


def test_the_attack_in_another_city_is_another_event() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    A         a         DET   DT  6 det      -
    mortar    mortar    NOUN  NN  6 compound -
    attack    attack    NOUN  NN  9 nsubj    -
    in        in        ADP   IN  6 prep     -
    Tikrit    Tikrit    PROPN NNP 7 pobj     GPE
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 11 compound PERSON
    Haddad    Haddad    PROPN NNP 9 dobj     I-PERSON
    .         .         PUNCT .   9 punct    -
    The       the       DET   DT  14 det     -
    attack    attack    NOUN  NN  17 nsubj   -
    in        in        ADP   IN  14 prep    -
    Samarra   Samarra   PROPN NNP 15 pobj    GPE
    hurt      hurt      VERB  VBD 0 ROOT     -
    Ali       Ali       PROPN NNP 19 compound PERSON
    Vega      Vega      PROPN NNP 17 dobj    I-PERSON
    .         .         PUNCT .   17 punct   -
    """)
    found = svo(reading)
    assert ("mortar attack", "kill", "Omar Haddad") in found
    assert ("attack", "hurt", "Ali Vega") in found  # not the mortar attack in Tikrit


def test_an_events_label_keeps_a_hyphenated_compound_whole() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    A         a         DET   DT  9 det      -
    rocket    rocket    NOUN  NN  7 npadvmod -
    -         -         PUNCT HYPH 7 punct   -
    propelled propel    VERB  VBN 9 amod     -
    grenade   grenade   NOUN  NN  9 compound -
    attack    attack    NOUN  NN  10 nsubj   -
    hit       hit       VERB  VBD 0 ROOT     -
    Tikrit    Tikrit    PROPN NNP 10 dobj    GPE
    .         .         PUNCT .   10 punct   -
    """)
    assert ("rocket-propelled grenade attack", "hit", "Tikrit") in svo(reading)
    reading = read("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    A         a         DET   DT  8 det      -
    Saudi     Saudi     PROPN NNP 7 npadvmod NORP
    -         -         PUNCT HYPH 7 punct   -
    led       lead      VERB  VBN 8 amod     -
    airstrike airstrike NOUN  NN  9 nsubj    -
    hit       hit       VERB  VBD 0 ROOT     -
    Tikrit    Tikrit    PROPN NNP 9 dobj     GPE
    .         .         PUNCT .   9 punct    -
    """)
    assert _events(reading) == {"airstrike"}  # never half a compound ("led airstrike")


def test_two_events_of_one_label_the_article_tells_apart_are_two_entities() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    An        an        DET   DT  5 det      -
    attack    attack    NOUN  NN  8 nsubj    -
    in        in        ADP   IN  5 prep     -
    Tikrit    Tikrit    PROPN NNP 6 pobj     GPE
    killed    kill      VERB  VBD 0 ROOT     -
    Omar      Omar      PROPN NNP 10 compound PERSON
    Haddad    Haddad    PROPN NNP 8 dobj     I-PERSON
    .         .         PUNCT .   8 punct    -
    Another   another   DET   DT  13 det     -
    attack    attack    NOUN  NN  16 nsubj   -
    in        in        ADP   IN  13 prep    -
    Samarra   Samarra   PROPN NNP 14 pobj    GPE
    hurt      hurt      VERB  VBD 0 ROOT     -
    Ali       Ali       PROPN NNP 18 compound PERSON
    Vega      Vega      PROPN NNP 16 dobj    I-PERSON
    .         .         PUNCT .   16 punct   -
    """)
    killer = {r.subject.entity_id for r in reading.relations if r.predicate == "kill"}
    hurter = {r.subject.entity_id for r in reading.relations if r.predicate == "hurt"}
    assert len(killer) == len(hurter) == 1
    assert killer != hurter  # one label, "attack", but the Tikrit attack did not hurt Ali Vega

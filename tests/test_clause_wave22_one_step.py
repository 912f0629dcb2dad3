"""Events whose object or agent sits one step away from the name (wave 22): an unnamed envoy of a state
acts for that state.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def test_expelling_a_states_ambassador_reduces_relations_with_that_state() -> None:
    reading = read("""
    Ghana       Ghana       PROPN NNP 2 nsubj    GPE
    expelled    expel       VERB  VBD 0 ROOT     -
    Togo        Togo        PROPN NNP 5 poss     GPE
    's          's          PART  POS 3 case     -
    ambassador  ambassador  NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Ghana", "expel", "Togo") in facts(reading, "svo")
    (relation,) = [r for r in by_rule(reading, "svo") if r.predicate == "expel"]
    assert relation.event_code == "161"


def test_an_envoy_named_by_its_states_adjective_is_that_state() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    summoned    summon      VERB  VBD 0 ROOT     -
    the         the         DET   DT  5 det      -
    Bolivian    bolivian    ADJ   JJ  5 amod     NORP
    envoy       envoy       NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Peru", "summon", "Bolivia") in facts(reading, "svo")


def test_an_unnamed_ambassador_as_subject_acts_for_the_state() -> None:
    reading = read("""
    The         the         DET   DT  3 det      -
    Danish      danish      ADJ   JJ  3 amod     NORP
    ambassador  ambassador  NOUN  NN  4 nsubj    -
    met         meet        VERB  VBD 0 ROOT     -
    Norwegian   norwegian   ADJ   JJ  6 amod     NORP
    officials   official    NOUN  NNS 4 dobj     -
    .           .           PUNCT .   4 punct    -
    """)
    assert ("Denmark", "meet with", "Norway") in facts(reading, "svo")


def test_a_former_envoy_of_a_state_no_longer_acts_for_it() -> None:
    reading = read("""
    A           a           DET   DT  4 det      -
    former      former      ADJ   JJ  4 amod     -
    Danish      danish      ADJ   JJ  4 amod     NORP
    ambassador  ambassador  NOUN  NN  5 nsubj    -
    criticised  criticise   VERB  VBD 0 ROOT     -
    Norway      Norway      PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   5 punct    -
    """)
    assert ("Denmark", "criticise", "Norway") not in facts(reading, "svo")


def test_a_persons_envoy_is_not_that_person() -> None:
    reading = read("""
    Jane        Jane        PROPN NNP 2 compound PERSON
    Roe         Roe         PROPN NNP 4 poss     I-PERSON
    's          's          PART  POS 2 case     -
    envoy       envoy       NOUN  NN  5 nsubj    -
    criticised  criticise   VERB  VBD 0 ROOT     -
    Chile       Chile       PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   5 punct    -
    """)
    assert not any(fact[0] == "Jane Roe" for fact in facts(reading, "svo"))


def test_a_states_own_envoy_acts_for_it_though_a_persons_envoy_does_not() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    summoned    summon      VERB  VBD 0 ROOT     -
    Bolivia     Bolivia     PROPN NNP 5 poss     GPE
    's          's          PART  POS 3 case     -
    envoy       envoy       NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Peru", "summon", "Bolivia") in facts(reading, "svo")


# --- the gerund of a charge is the accused's alleged act, the accuser's claim ---


def claims(reading, name: str) -> set[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(subject, predicate, object, speaker) of each relation the rule read."""
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            label[r.attributed_to] if r.attributed_to else None,
        )
        for r in by_rule(reading, name)
    }


def test_the_passive_subject_of_an_accusation_does_the_wrong_it_is_accused_of() -> None:
    reading = read("""
    Niger       Niger       PROPN NNP 3 nsubjpass GPE
    is          be          AUX   VBZ 3 auxpass   -
    accused     accuse      VERB  VBN 0 ROOT      -
    of          of          ADP   IN  3 prep      -
    shelling    shell       VERB  VBG 4 pcomp     -
    Mali        Mali        PROPN NNP 5 dobj      GPE
    .           .           PUNCT .   3 punct     -
    """)
    assert ("Niger", "shell", "Mali", None) in claims(reading, "svo")


def test_the_accuser_named_by_a_passives_agent_is_whom_the_wrong_is_reported_from() -> None:
    reading = read("""
    Niger       Niger       PROPN NNP 3 nsubjpass GPE
    was         be          AUX   VBD 3 auxpass   -
    charged     charge      VERB  VBN 0 ROOT      -
    by          by          ADP   IN  3 agent     -
    Chad        Chad        PROPN NNP 4 pobj      GPE
    with        with        ADP   IN  3 prep      -
    arming      arm         VERB  VBG 6 pcomp     -
    Libya       Libya       PROPN NNP 7 dobj      GPE
    .           .           PUNCT .   3 punct     -
    """)
    assert ("Niger", "arm", "Libya", "Chad") in claims(reading, "svo")


def test_an_active_accusers_claim_with_the_wrong_hung_on_the_accused() -> None:
    reading = read("""
    Chad        Chad        PROPN NNP 2 nsubj    GPE
    accused     accuse      VERB  VBD 0 ROOT     -
    Niger       Niger       PROPN NNP 2 dobj     GPE
    of          of          ADP   IN  3 prep     -
    shelling    shell       VERB  VBG 4 pcomp    -
    Mali        Mali        PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Niger", "shell", "Mali", "Chad") in claims(reading, "svo")
    assert ("Chad", "accuse", "Niger", None) in claims(reading, "svo")


def test_an_active_accusation_is_reported_from_the_accuser() -> None:
    reading = read("""
    Chad        Chad        PROPN NNP 2 nsubj    GPE
    accused     accuse      VERB  VBD 0 ROOT     -
    Niger       Niger       PROPN NNP 2 dobj     GPE
    of          of          ADP   IN  2 prep     -
    shelling    shell       VERB  VBG 4 pcomp    -
    Mali        Mali        PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Niger", "shell", "Mali", "Chad") in claims(reading, "svo")


def test_an_acquittal_clears_the_accused_of_the_wrong() -> None:
    reading = read("""
    A           a           DET   DT  2 det      -
    court       court       NOUN  NN  3 nsubj    -
    acquitted   acquit      VERB  VBD 0 ROOT     -
    Jane        Jane        PROPN NNP 5 compound PERSON
    Roe         Roe         PROPN NNP 3 dobj     I-PERSON
    of          of          ADP   IN  3 prep     -
    spying      spy         VERB  VBG 6 pcomp    -
    for         for         ADP   IN  7 prep     -
    Chad        Chad        PROPN NNP 8 pobj     GPE
    .           .           PUNCT .   3 punct    -
    """)
    assert not any(fact[0] == "Jane Roe" for fact in facts(reading, "prep"))


# --- verbs of seeming raise their infinitive's subject ---


def test_an_act_that_appears_done_is_the_subjects_but_hedged() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    seems       seem        VERB  VBZ 0 ROOT     -
    to          to          PART  TO  5 aux      -
    have        have        AUX   VB  5 aux      -
    shelled     shell       VERB  VBN 2 xcomp    -
    Chile       Chile       PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   2 punct    -
    """)
    (relation,) = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert relation.modality == "may"
    assert not relation.negated


def test_not_appearing_to_have_done_it_denies_the_act() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 4 nsubj    GPE
    did         do          AUX   VBD 4 aux      -
    not         not         PART  RB  4 neg      -
    appear      appear      VERB  VB  0 ROOT     -
    to          to          PART  TO  7 aux      -
    have        have        AUX   VB  7 aux      -
    shelled     shell       VERB  VBN 4 xcomp    -
    Chile       Chile       PROPN NNP 7 dobj     GPE
    .           .           PUNCT .   4 punct    -
    """)
    (relation,) = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert relation.negated


def test_a_schedule_after_a_verb_of_seeming_is_the_subjects_coming_act() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    seems       seem        VERB  VBZ 0 ROOT     -
    poised      poise       VERB  VBN 2 oprd     -
    to          to          PART  TO  5 aux      -
    shell       shell       VERB  VB  3 xcomp    -
    Chile       Chile       PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   2 punct    -
    """)
    (relation,) = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert (relation.modality, relation.negated) == ("will", False)


# --- an act reacted to stands for whoever made it ---


def test_a_protest_lodged_earlier_and_rejected_now_is_its_makers() -> None:
    reading = read("""
    Japan       Japan       PROPN NNP 2 nsubj    GPE
    lodged      lodge       VERB  VBD 0 ROOT     -
    a           a           DET   DT  4 det      -
    protest     protest     NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    Korea       Korea       PROPN NNP 7 nsubj    GPE
    rejected    reject      VERB  VBD 0 ROOT     -
    the         the         DET   DT  9 det      -
    protest     protest     NOUN  NN  7 dobj     -
    .           .           PUNCT .   7 punct    -
    """)
    assert ("Korea", "reject", "Japan") in facts(reading, "svo")
    assert ("Korea", "reject", "protest") not in facts(reading, "svo")


def test_an_act_made_with_a_light_verb_is_its_makers_when_reacted_to() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    made        make        VERB  VBD 0 ROOT     -
    a           a           DET   DT  4 det      -
    proposal    proposal    NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    Chile       Chile       PROPN NNP 7 nsubj    GPE
    rejected    reject      VERB  VBD 0 ROOT     -
    the         the         DET   DT  9 det      -
    proposal    proposal    NOUN  NN  7 dobj     -
    .           .           PUNCT .   7 punct    -
    """)
    assert ("Chile", "reject proposal of", "Peru") in facts(reading, "svo")

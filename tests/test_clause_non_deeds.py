"""Deeds that did not happen and phrases that are no objects (audit round 10 of the clause rules): a
prevented act, an act asked of someone through a verb of motion, the medium of a statement, a time frame
and a concession.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_a_platform_after_on_is_the_medium_of_the_act_not_its_party() -> None:
    reading = read("""
    Garcia    Garcia    PROPN NNP 2 nsubj    PERSON
    praised   praise    VERB  VBD 0 ROOT     -
    Lopez     Lopez     PROPN NNP 2 dobj     PERSON
    on        on        ADP   IN  2 prep     -
    Twitter   Twitter   PROPN NNP 4 pobj     ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert every(reading) == {("Garcia", "praise", "Lopez")}


def test_a_platform_hung_on_the_object_noun_is_still_the_medium() -> None:
    reading = read("""
    Garcia    Garcia    PROPN NNP 2 nsubj    PERSON
    posted    post      VERB  VBD 0 ROOT     -
    an        an        DET   DT  4 det      -
    invitation invitation NOUN NN 2 dobj     -
    on        on        ADP   IN  4 prep     -
    Facebook  Facebook  PROPN NNP 5 pobj     ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert every(reading) == set()


def test_a_ban_on_a_platform_still_targets_it() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    imposed   impose    VERB  VBD 0 ROOT     -
    a         a         DET   DT  4 det      -
    ban       ban       NOUN  NN  2 dobj     -
    on        on        ADP   IN  4 prep     -
    TikTok    TikTok    PROPN NNP 5 pobj     ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert every(reading) == {("Peru", "ban", "TikTok")}


STOPPED = """
    The       the       DET   DT  2 det      -
    court     court     NOUN  NN  3 nsubj    -
    stopped   stop      VERB  VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 3 dobj     GPE
    from      from      ADP   IN  3 prep     -
    buying    buy       VERB  VBG 5 pcomp    -
    weapons   weapon    NOUN  NNS 6 dobj     -
    from      from      ADP   IN  6 prep     -
    Chile     Chile     PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """


def test_an_act_a_verb_of_prevention_keeps_from_did_not_happen() -> None:
    relations = by_rule(read(STOPPED), "prep")
    assert [(r.predicate, r.negated) for r in relations] == [("buy weapon from", True)]


def test_an_act_one_only_sought_to_prevent_is_no_fact_either_way() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    sued      sue       VERB  VBD 0 ROOT     -
    to        to        PART  TO  4 aux      -
    prevent   prevent   VERB  VB  2 advcl    -
    Chile     Chile     PROPN NNP 4 dobj     GPE
    from      from      ADP   IN  4 prep     -
    buying    buy       VERB  VBG 6 pcomp    -
    weapons   weapon    NOUN  NNS 7 dobj     -
    from      from      ADP   IN  7 prep     -
    Bolivia   Bolivia   PROPN NNP 9 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Bolivia" in fact for fact in every(reading))


def test_abstaining_from_an_act_is_not_doing_it() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj  GPE
    abstained   abstain     VERB  VBD 0 ROOT   -
    from        from        ADP   IN  2 prep   -
    criticising criticise   VERB  VBG 3 pcomp  -
    Chile       Chile       PROPN NNP 4 dobj   GPE
    .           .           PUNCT .   2 punct  -
    """)
    assert [(r.predicate, r.negated) for r in by_rule(reading, "svo")] == [("criticise", True)]


def test_an_act_asked_through_a_verb_of_motion_is_a_wish() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    urged     urge      VERB  VBD 0 ROOT     -
    Chile     Chile     PROPN NNP 2 dobj     GPE
    to        to        PART  TO  5 aux      -
    go        go        VERB  VB  2 xcomp    -
    arrest    arrest    VERB  VB  5 advcl    -
    Garcia    Garcia    PROPN NNP 6 dobj     PERSON
    .         .         PUNCT .   2 punct    -
    """)
    arrests = [r for r in by_rule(reading, "svo") if r.predicate == "arrest"]
    assert [r.modality for r in arrests] == ["should"]


def test_the_history_of_a_state_is_a_time_frame_not_a_party() -> None:
    reading = read("""
    Congress   Congress   PROPN NNP 2 nsubj   ORG
    impeached  impeach    VERB  VBD 0 ROOT    -
    two        two        NUM   CD  4 nummod  CARDINAL
    presidents president  NOUN  NNS 2 dobj    -
    in         in         ADP   IN  2 prep    -
    the        the        DET   DT  7 det     -
    history    history    NOUN  NN  5 pobj    -
    of         of         ADP   IN  7 prep    -
    Peru       Peru       PROPN NNP 8 pobj    GPE
    .          .          PUNCT .   2 punct   -
    """)
    assert not any("Peru" in fact for fact in every(reading))


def test_what_a_deed_was_done_despite_is_no_party() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 2 nsubj   GPE
    won        win        VERB  VBD 0 ROOT    -
    the        the        DET   DT  4 det     -
    vote       vote       NOUN  NN  2 dobj    -
    despite    despite    SCONJ IN  2 prep    -
    a          a          DET   DT  7 det     -
    lawsuit    lawsuit    NOUN  NN  5 pobj    -
    against    against    ADP   IN  7 prep    -
    Chile      Chile      PROPN NNP 8 pobj    GPE
    .          .          PUNCT .   2 punct   -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_the_host_of_an_occasion_is_no_party_to_what_is_done_at_it() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    announced announce  VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    plan      plan      NOUN  NN  2 dobj     -
    at        at        ADP   IN  2 prep     -
    Chile     Chile     PROPN NNP 8 poss     GPE
    's        's        PART  POS 6 case     -
    debate    debate    NOUN  NN  5 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_what_a_plan_ranges_from_is_its_extent_not_an_act_of_its_owner() -> None:
    # "Peru launched Chile's plan ranging from smoking bans": neither Chile nor the plan ranges anywhere
    assert not every(
        read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    launched  launch    VERB  VBD 0 ROOT     -
    Chile     Chile     PROPN NNP 5 poss     GPE
    's        's        PART  POS 3 case     -
    plan      plan      NOUN  NN  2 dobj     -
    ranging   range     VERB  VBG 5 acl      -
    from      from      ADP   IN  6 prep     -
    smoking   smoking   NOUN  NN  9 compound -
    bans      ban       NOUN  NNS 7 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    )

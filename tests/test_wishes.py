"""Wishes, expectations and orders are not deeds: the infinitive a desire, request or order verb governs
("want me to run", "ordered him to pay") carries a modality, and whose wish it is, instead of being
asserted. Hand-built parses of sentences of our own (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import by_rule, read


def _readings(table: str, verb: str) -> list[tuple[str, str | None, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return [
        (label[r.subject.entity_id], r.modality, label.get(r.attributed_to or ""))
        for r in by_rule(reading, "svo")
        if r.predicate == verb
    ]


def test_a_wish_in_a_relative_clause_is_the_wisher_s_not_a_deed() -> None:
    assert _readings("""
    Brazil  Brazil  PROPN NNP 2  nsubj GPE
    backed  back    VERB  VBD 0  ROOT  -
    Peru    Peru    PROPN NNP 2  dobj  GPE
    ,       ,       PUNCT ,   3  punct -
    which   which   PRON  WDT 6  nsubj -
    wants   want    VERB  VBZ 3  relcl -
    Chile   Chile   PROPN NNP 9  nsubj GPE
    to      to      PART  TO  9  aux   -
    leave   leave   VERB  VB  6  ccomp -
    Bolivia Bolivia PROPN NNP 9  dobj  GPE
    .       .       PUNCT .   2  punct -
    """, "leave") == [("Chile", "should", "Peru")]


def test_wanting_to_do_something_oneself_stays_the_subject_s_intent() -> None:
    reading = read("""
    Peru    Peru    PROPN NNP 2 nsubj GPE
    wants   want    VERB  VBZ 0 ROOT  -
    to      to      PART  TO  4 aux   -
    leave   leave   VERB  VB  2 xcomp -
    Bolivia Bolivia PROPN NNP 4 dobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert [(r.predicate, r.modality) for r in by_rule(reading, "svo")] == [("want to leave", None)]


def test_a_speaker_reporting_others_wish_about_himself_is_not_its_source() -> None:
    # "Peru said Chile wants it to leave": Peru's leaving is Chile's wish, not Peru's claim or deed
    assert _readings("""
    Peru    Peru    PROPN NNP 2 nsubj GPE
    said    say     VERB  VBD 0 ROOT  -
    Chile   Chile   PROPN NNP 4 nsubj GPE
    wants   want    VERB  VBZ 2 ccomp -
    Peru    Peru    PROPN NNP 7 nsubj GPE
    to      to      PART  TO  7 aux   -
    leave   leave   VERB  VB  4 ccomp -
    Bolivia Bolivia PROPN NNP 7 dobj  GPE
    .       .       PUNCT .   2 punct -
    """, "leave") == [("Peru", "should", "Chile")]


def test_an_order_obliges_and_an_expectation_foretells() -> None:
    ordered = """
    Chile   Chile   PROPN NNP 2 nsubj GPE
    {verb}  {lemma} VERB  VBD 0 ROOT  -
    Peru    Peru    PROPN NNP 2 dobj  GPE
    to      to      PART  TO  5 aux   -
    pay     pay     VERB  VB  2 xcomp -
    Bolivia Bolivia PROPN NNP 5 dobj  GPE
    .       .       PUNCT .   2 punct -
    """
    assert _readings(ordered.format(verb="ordered", lemma="order"), "pay") == [("Peru", "must", "Chile")]
    assert _readings(ordered.format(verb="expected", lemma="expect"), "pay") == [("Peru", "will", "Chile")]
    assert _readings(ordered.format(verb="urged", lemma="urge"), "pay") == [("Peru", "should", "Chile")]


def test_the_request_s_own_modal_does_not_make_the_wish_an_intent() -> None:
    # "Chile would press Peru to pay Bolivia": Peru is to pay at Chile's wish, not "would pay"
    assert _readings("""
    Chile   Chile   PROPN NNP 3 nsubj GPE
    would   would   AUX   MD  3 aux   -
    press   press   VERB  VB  0 ROOT  -
    Peru    Peru    PROPN NNP 3 dobj  GPE
    to      to      PART  TO  6 aux   -
    pay     pay     VERB  VB  3 xcomp -
    Bolivia Bolivia PROPN NNP 6 dobj  GPE
    .       .       PUNCT .   3 punct -
    """, "pay") == [("Peru", "should", "Chile")]


def test_a_sentence_s_second_order_binds_the_sentenced_not_the_court() -> None:
    # the parser hangs "and to pay" on "sentenced" itself, not on the first penalty
    assert _readings("""
    Chile      Chile     PROPN NNP 2  nsubj GPE
    sentenced  sentence  VERB  VBD 0  ROOT  -
    Peru       Peru      PROPN NNP 2  dobj  GPE
    to         to        ADP   IN  2  prep  -
    a          a         DET   DT  6  det   -
    fine       fine      NOUN  NN  4  pobj  -
    and        and       CCONJ CC  2  cc    -
    to         to        PART  TO  9  aux   -
    pay        pay       VERB  VB  2  conj  -
    Bolivia    Bolivia   PROPN NNP 9  dobj  GPE
    .          .         PUNCT .   2  punct -
    """, "pay") == [("Peru", "must", "Chile")]


def test_a_plan_on_doing_is_a_plan_not_the_deed() -> None:
    reading = read("""
    Peru     Peru     PROPN NNP 2 nsubj GPE
    plans    plan     VERB  VBZ 0 ROOT  -
    on       on       ADP   IN  2 prep  -
    leaving  leave    VERB  VBG 3 pcomp -
    Bolivia  Bolivia  PROPN NNP 4 dobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert [r.predicate for r in by_rule(reading, "svo")] == ["plan to leave"]


def test_avoiding_an_act_is_not_doing_it_even_as_a_wish() -> None:
    reading = read("""
    Chile     Chile    PROPN NNP 2 nsubj GPE
    wanted    want     VERB  VBD 0 ROOT  -
    Peru      Peru     PROPN NNP 2 dobj  GPE
    to        to       PART  TO  5 aux   -
    avoid     avoid    VERB  VB  2 xcomp -
    attacking attack   VERB  VBG 5 xcomp -
    Bolivia   Bolivia  PROPN NNP 6 dobj  GPE
    .         .        PUNCT .   2 punct -
    """)
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [(r.subject.entity_id, r.negated, r.modality, r.attributed_to) for r in attacks] == [
        ("country:PER", True, "should", "country:CHL")
    ]


def test_a_proposal_to_do_something_is_the_proposal_not_the_deed() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    proposed  propose   VERB  VBD 0 ROOT  -
    joining   join      VERB  VBG 2 xcomp -
    Mercosur  Mercosur  PROPN NNP 3 dobj  ORG
    .         .         PUNCT .   2 punct -
    """)
    # the joining names no event of its own: the proposal (an intent, CAMEO 03) is the event
    assert [(r.predicate, r.event_root) for r in by_rule(reading, "svo")] == [("propose join", "03")]


def test_a_commitment_to_doing_is_a_commitment_not_the_deed() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    committed commit    VERB  VBD 0 ROOT  -
    to        to        ADP   IN  2 prep  -
    joining   join      VERB  VBG 3 pcomp -
    Mercosur  Mercosur  PROPN NNP 4 dobj  ORG
    .         .         PUNCT .   2 punct -
    """)
    assert [(r.predicate, r.event_root) for r in by_rule(reading, "svo")] == [("commit to join", "03")]


def test_what_someone_had_to_do_is_owed_not_done() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    had       have      VERB  VBD 0  ROOT     -
    to        to        PART  TO  4  aux      -
    release   release   VERB  VB  2  xcomp    -
    Chile     Chile     PROPN NNP 4  dobj     GPE
    .         .         PUNCT .   2  punct    -
    """)
    assert [(r.predicate, r.modality) for r in by_rule(reading, "svo")] == [("release", "must")]

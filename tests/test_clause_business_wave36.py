"""Business events between firms and denials of them (wave 36 C).

A denial whose object is a noun of hearsay ("dismissed reports that it was bidding for X", "denied rumours
that Y would sell Z") says, as "denied that …" does, that the content is false: the content's fact is
read negated and attributed to the denier, never asserted; hearsay nobody denies stays no fact. A denial
that is itself negated ("did not deny that it held talks with X") says neither.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import read


def _ids(reading) -> dict[str, str]:
    return {e.label: e.id for e in reading.entities.entities()}


def test_a_firm_dismissing_reports_of_its_bid_denies_the_bid() -> None:
    """ "Norvane dismissed reports that it was bidding for Kestrel": no bid, in Norvane's word."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 2  nsubj  ORG
    dismissed  dismiss    VERB  VBD 0  ROOT   -
    reports    report     NOUN  NNS 2  dobj   -
    that       that       SCONJ IN  7  mark   -
    it         it         PRON  PRP 7  nsubj  -
    was        be         AUX   VBD 7  aux    -
    bidding    bid        VERB  VBG 3  acl    -
    for        for        ADP   IN  7  prep   -
    Kestrel    Kestrel    PROPN NNP 8  pobj   ORG
    .          .          PUNCT .   2  punct  -
    """)
    ids = _ids(reading)
    bids = [r for r in reading.relations if r.predicate == "bid for"]
    assert bids
    assert all(r.negated for r in bids)
    assert {(r.subject.entity_id, r.object.entity_id, r.attributed_to) for r in bids} == {
        (ids["Norvane"], ids["Kestrel"], ids["Norvane"])
    }


def test_denied_rumours_of_another_firms_sale_are_the_deniers_word() -> None:
    """ "Norvane denied rumours that Kestrel would sell Tamsin": Kestrel sells nothing, says Norvane."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 2  nsubj  ORG
    denied     deny       VERB  VBD 0  ROOT   -
    rumours    rumour     NOUN  NNS 2  dobj   -
    that       that       SCONJ IN  7  mark   -
    Kestrel    Kestrel    PROPN NNP 7  nsubj  ORG
    would      would      AUX   MD  7  aux    -
    sell       sell       VERB  VB  3  acl    -
    Tamsin     Tamsin     PROPN NNP 7  dobj   ORG
    .          .          PUNCT .   2  punct  -
    """)
    ids = _ids(reading)
    sold = [r for r in reading.relations if r.predicate == "sell"]
    assert sold and all(r.negated and r.attributed_to == ids["Norvane"] for r in sold)
    assert {(r.subject.entity_id, r.object.entity_id) for r in sold} == {(ids["Kestrel"], ids["Tamsin"])}


def test_reports_a_firm_does_not_deny_stay_hearsay() -> None:
    """ "Norvane did not deny reports that it was bidding for Kestrel": still nobody's word."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 4  nsubj  ORG
    did        do         AUX   VBD 4  aux    -
    not        not        PART  RB  4  neg    -
    deny       deny       VERB  VB  0  ROOT   -
    reports    report     NOUN  NNS 4  dobj   -
    that       that       SCONJ IN  9  mark   -
    it         it         PRON  PRP 9  nsubj  -
    was        be         AUX   VBD 9  aux    -
    bidding    bid        VERB  VBG 5  acl    -
    for        for        ADP   IN  9  prep   -
    Kestrel    Kestrel    PROPN NNP 10 pobj   ORG
    .          .          PUNCT .   4  punct  -
    """)
    assert not any(r.predicate == "bid for" for r in reading.relations)


def test_not_denying_talks_neither_asserts_nor_denies_them() -> None:
    """ "Norvane did not deny that it held talks with Kestrel": no talks asserted, none denied."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 4  nsubj  ORG
    did        do         AUX   VBD 4  aux    -
    not        not        PART  RB  4  neg    -
    deny       deny       VERB  VB  0  ROOT   -
    that       that       SCONJ IN  7  mark   -
    it         it         PRON  PRP 7  nsubj  -
    held       hold       VERB  VBD 4  ccomp  -
    talks      talk       NOUN  NNS 7  dobj   -
    with       with       ADP   IN  8  prep   -
    Kestrel    Kestrel    PROPN NNP 9  pobj   ORG
    .          .          PUNCT .   4  punct  -
    """)
    assert not any(r.predicate == "meet with" for r in reading.relations)


# --- Bids, stakes and contracts between firms (cameo.tsv) -------------------------------------------------

FIRM = frozenset({"@ORG", "@nonstate"})
STATE = frozenset({"@GPE", "@state"})


def test_a_firms_bid_for_a_company_is_an_offer() -> None:
    """ "Acme bid (made a bid) for Globex": an offer to buy, as "offer" is (03); a candidate's bid for a
    party's nomination is none."""
    assert event_code("bid", sense=Sense(("for",), {"for": FIRM}, FIRM)) == "030"
    assert event_code("bid", noun=True, sense=Sense(("for",), {"for": FIRM}, FIRM)) == "030"
    assert event_code("bid", noun=True, sense=Sense(("for",), {"for": FIRM}, frozenset({"@PERSON"}))) is None
    assert event_code("bid", noun=True) is None


def test_stakes_bought_or_sold_are_an_exchange_but_a_state_raising_the_stakes_is_none() -> None:
    """ "lifted (reduced, took, raised) its stake in X": shares bought or sold (061), neither the easing of
    a sanction (lift, 085) nor a cut in relations (reduce, 160); "Ruritania raised the stakes" is a figure."""
    stake = {"": frozenset({"stake"})}
    for verb in ("take", "raise", "increase", "lift", "reduce", "cut"):
        assert event_code(verb, sense=Sense((), stake, FIRM)) == "061", verb
    assert event_code("raise", sense=Sense((), stake, STATE)) is None
    assert event_code("lift", sense=Sense((), stake, STATE)) == "085"  # the bare verb's sense, as before
    assert event_code("hold", sense=Sense((), stake, FIRM)) is None  # holding a stake is ownership


def test_a_contract_won_or_awarded_is_an_exchange() -> None:
    assert event_code("contract", noun=True, sense=Sense(("from",))) == "061"
    assert event_code("award", sense=Sense((), {"": frozenset({"contract"})})) == "061"
    assert event_code("award", sense=Sense((), {"": frozenset({"order"})})) is None  # an honour, as often


def test_a_firm_lifting_its_stake_in_another_buys_into_it() -> None:
    """ "Norvane lifted its stake in Kestrel": an exchange with Kestrel (061), no easing (085)."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 2  nsubj  ORG
    lifted     lift       VERB  VBD 0  ROOT   -
    its        its        PRON  PRP$ 4 poss   -
    stake      stake      NOUN  NN  2  dobj   -
    in         in         ADP   IN  4  prep   -
    Kestrel    Kestrel    PROPN NNP 5  pobj   ORG
    .          .          PUNCT .   2  punct  -
    """)
    lifted = [r for r in reading.relations if r.predicate.startswith("lift")]
    assert lifted and all(r.event_code == "061" for r in lifted)


def test_a_firm_making_a_bid_for_another_offers() -> None:
    """ "Norvane made a bid for Kestrel": the light verb takes the bid's code, an offer (03)."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 2  nsubj  ORG
    made       make       VERB  VBD 0  ROOT   -
    a          a          DET   DT  4  det    -
    bid        bid        NOUN  NN  2  dobj   -
    for        for        ADP   IN  4  prep   -
    Kestrel    Kestrel    PROPN NNP 5  pobj   ORG
    .          .          PUNCT .   2  punct  -
    """)
    bids = [r for r in reading.relations if "bid" in r.predicate]
    assert bids and all(r.event_root == "03" for r in bids)


# --- Aims stated by a participle: "a campaign aimed at isolating X" -----------------------------------------


def test_a_plan_aimed_at_an_act_is_its_owners_act_to_come() -> None:
    """ "Ruritania announced a plan aimed at cutting tariffs on Borduria": Ruritania's aim, as "a plan to
    cut tariffs" is ("will"), never a cut already made."""
    reading = read("""
    Ruritania  Ruritania  PROPN NNP 2  nsubj  GPE
    announced  announce   VERB  VBD 0  ROOT   -
    a          a          DET   DT  4  det    -
    plan       plan       NOUN  NN  2  dobj   -
    aimed      aim        VERB  VBN 4  acl    -
    at         at         ADP   IN  5  prep   -
    cutting    cut        VERB  VBG 6  pcomp  -
    tariffs    tariff     NOUN  NNS 7  dobj   -
    on         on         ADP   IN  8  prep   -
    Borduria   Borduria   PROPN NNP 9  pobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    cuts = [r for r in reading.relations if "cut" in r.predicate]
    assert cuts
    assert all(r.predicate.startswith("plan to cut") and r.modality == "will" and not r.negated for r in cuts)


def test_a_firms_offer_aimed_at_acquiring_another_is_not_yet_an_acquisition() -> None:
    """ "Norvane made an offer aimed at acquiring Kestrel": Norvane's aim, the acquisition to come."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 2  nsubj  ORG
    made       make       VERB  VBD 0  ROOT   -
    an         an         DET   DT  4  det    -
    offer      offer      NOUN  NN  2  dobj   -
    aimed      aim        VERB  VBN 4  acl    -
    at         at         ADP   IN  5  prep   -
    acquiring  acquire    VERB  VBG 6  pcomp  -
    Kestrel    Kestrel    PROPN NNP 7  dobj   ORG
    .          .          PUNCT .   2  punct  -
    """)
    acquired = [r for r in reading.relations if "acquire" in r.predicate]
    assert acquired and all(r.predicate == "offer to acquire" and r.modality == "will" for r in acquired)


def test_sanctions_aimed_at_punishing_a_state_name_no_aim_of_their_own() -> None:
    """ "Ruritania imposed sanctions aimed at punishing Borduria": "sanctions" is no noun of aim, so the
    gerund gets no owner (the sanction itself is read by the verb)."""
    reading = read("""
    Ruritania  Ruritania  PROPN NNP 2  nsubj  GPE
    imposed    impose     VERB  VBD 0  ROOT   -
    sanctions  sanction   NOUN  NNS 2  dobj   -
    aimed      aim        VERB  VBN 3  acl    -
    at         at         ADP   IN  4  prep   -
    punishing  punish     VERB  VBG 5  pcomp  -
    Borduria   Borduria   PROPN NNP 6  dobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    assert not any("punish" in r.predicate for r in reading.relations)


# --- Orders and contracts whose party the parser hangs on the goods ---------------------------------------


def test_an_order_for_goods_with_a_firm_is_placed_with_the_firm() -> None:
    """ "Norvane placed an order for six aircraft with Kestrel": the parser hangs "with Kestrel" on the
    aircraft; the order's row "order with" takes Kestrel as its party (061), not the goods."""
    reading = read("""
    Norvane    Norvane    PROPN NNP 2  nsubj  ORG
    placed     place      VERB  VBD 0  ROOT   -
    an         an         DET   DT  4  det    -
    order      order      NOUN  NN  2  dobj   -
    for        for        ADP   IN  4  prep   -
    six        six        NUM   CD  7  nummod -
    aircraft   aircraft   NOUN  NN  5  pobj   -
    with       with       ADP   IN  7  prep   -
    Kestrel    Kestrel    PROPN NNP 8  pobj   ORG
    .          .          PUNCT .   2  punct  -
    """)
    ordered = [r for r in reading.relations if "order" in r.predicate]
    assert ordered and all(r.predicate == "place order with" and r.event_code == "061" for r in ordered)


def test_a_meeting_on_a_topic_with_a_state_is_read_as_before() -> None:
    """ "Ruritania held a meeting on trade with Borduria": "meeting" has no row of its own with "with" (its
    bare row does not do), so a party hung on the topic noun is not taken up: no relation, as before."""
    reading = read("""
    Ruritania  Ruritania  PROPN NNP 2  nsubj  GPE
    held       hold       VERB  VBD 0  ROOT   -
    a          a          DET   DT  4  det    -
    meeting    meeting    NOUN  NN  2  dobj   -
    on         on         ADP   IN  4  prep   -
    trade      trade      NOUN  NN  5  pobj   -
    with       with       ADP   IN  6  prep   -
    Borduria   Borduria   PROPN NNP 7  pobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    assert not reading.relations

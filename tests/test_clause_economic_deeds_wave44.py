"""Economic deeds between states, banks and firms (wave 44): amounts are no part of a relation.

"owes 68 billion dlrs to X" is `owe to`, "lent X 500 mln dlrs" `lend to`, "sold 500,000 tonnes of wheat to X"
`sell wheat to`, "a 20 pct stake in X" `stake in`; a debt keeps its owner ("rescheduled X's debt" is
`reschedule debt of` X, 06); a moratorium on payments cuts relations (16); putting off talks halts
negotiations (164), no meeting; withdrawing or dropping one's own bid yields to no one (no event).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it; the sentences are
ours."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import read


def _relations(table: str) -> set[tuple[str, str, str, str | None, bool]]:
    """(subject, predicate, object, CAMEO code, negated) of every relation read."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_code, r.negated)
        for r in reading.relations
    }


def _predicates(table: str) -> set[str]:
    return _predicates_of(_relations(table))


def _predicates_of(relations: set[tuple[str, str, str, str | None, bool]]) -> set[str]:
    return {predicate for _, predicate, *_ in relations}


# --- amounts ---


def test_a_sum_owed_is_no_part_of_the_predicate() -> None:
    """ "Brazil owes 68 billion dlrs to Chile": how much is owed says nothing of the relation."""
    relations = _relations("""
    Brazil  Brazil  PROPN NNP 2 nsubj    GPE
    owes    owe     VERB  VBZ 0 ROOT     -
    68      68      NUM   CD  4 compound CARDINAL
    billion billion NUM   CD  5 nummod   I-CARDINAL
    dlrs    dlrs    NOUN  NN  2 dobj     -
    to      to      ADP   IN  2 prep     -
    Chile   Chile   PROPN NNP 6 pobj     GPE
    .       .       PUNCT .   2 punct    -
    """)
    assert {(s, p, o) for s, p, o, *_ in relations} == {("Brazil", "owe to", "Chile")}


def test_a_sum_lent_to_a_second_object_is_lend_to() -> None:
    """ "Japan lent Peru 500 mln dlrs": the second object is the sum, the first whom it is lent to (aid)."""
    relations = _relations("""
    Japan Japan PROPN NNP 2 nsubj  GPE
    lent  lend  VERB  VBD 0 ROOT   -
    Peru  Peru  PROPN NNP 2 dative GPE
    500   500   NUM   CD  6 nummod -
    mln   mln   ADJ   JJ  6 amod   -
    dlrs  dlrs  NOUN  NN  2 dobj   -
    .     .     PUNCT .   2 punct  -
    """)
    assert ("Japan", "lend to", "Peru", "071", False) in relations
    assert not any("dlr" in p for p in _predicates_of(relations))


def test_a_measure_of_goods_gives_way_to_the_goods() -> None:
    """ "Canada sold 500,000 tonnes of wheat to China": what was sold is wheat; the tonnes say how much."""
    relations = _relations("""
    Canada  Canada  PROPN NNP 2 nsubj  GPE
    sold    sell    VERB  VBD 0 ROOT   -
    500,000 500,000 NUM   CD  4 nummod QUANTITY
    tonnes  tonne   NOUN  NNS 2 dobj   I-QUANTITY
    of      of      ADP   IN  4 prep   -
    wheat   wheat   NOUN  NN  5 pobj   -
    to      to      ADP   IN  2 dative -
    China   China   PROPN NNP 7 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert ("Canada", "sell wheat to", "China", "061", False) in relations


def test_a_measure_the_tagger_leaves_unnamed_is_still_a_measure() -> None:
    """ "Iraq sold two mln barrels of oil to Japan", with no QUANTITY name on the words: barrels are a
    measure of goods (goods_measure_nouns), and what was sold is oil."""
    predicates = _predicates("""
    Iraq    Iraq   PROPN NNP 2 nsubj  GPE
    sold    sell   VERB  VBD 0 ROOT   -
    two     two    NUM   CD  5 nummod -
    mln     mln    ADJ   JJ  5 amod   -
    barrels barrel NOUN  NNS 2 dobj   -
    of      of     ADP   IN  5 prep   -
    oil     oil    NOUN  NN  6 pobj   -
    to      to     ADP   IN  2 prep   -
    Japan   Japan  PROPN NNP 8 pobj   GPE
    .       .      PUNCT .   2 punct  -
    """)
    assert predicates == {"sell oil to"}


def test_a_share_of_a_firm_keeps_its_word() -> None:
    """ "Acme Inc bought 20 pct of Zenith Corp": the share is what links the buyer to the firm, and stays, as
    the stake it is (wave 116: `buy stake in`, as "bought a 20 pct stake in" is)."""
    predicates = _predicates("""
    Acme   Acme   PROPN NNP 2 compound ORG
    Inc    Inc    PROPN NNP 3 nsubj    I-ORG
    bought buy    VERB  VBD 0 ROOT     -
    20     20     NUM   CD  5 nummod   CARDINAL
    pct    pct    NOUN  NN  3 dobj     -
    of     of     ADP   IN  5 prep     -
    Zenith Zenith PROPN NNP 8 compound ORG
    Corp   Corp   PROPN NNP 6 pobj     I-ORG
    .      .      PUNCT .   3 punct    -
    """)
    assert predicates == {"buy stake in"}


def test_a_measure_of_nothing_named_leaves_the_verb() -> None:
    """ "Canada shipped 500,000 tonnes to China": `ship to`, not `ship tonne to`."""
    predicates = _predicates("""
    Canada  Canada  PROPN NNP 2 nsubj  GPE
    shipped ship    VERB  VBD 0 ROOT   -
    500,000 500,000 NUM   CD  4 nummod QUANTITY
    tonnes  tonne   NOUN  NNS 2 dobj   I-QUANTITY
    to      to      ADP   IN  2 dative -
    China   China   PROPN NNP 5 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert predicates == {"ship to"}


def test_a_share_before_a_stake_is_no_part_of_it() -> None:
    """ "Acme Inc agreed to buy a 20 pct stake in Zenith Corp": the stake is the thing bought, its size is
    no part of the relation."""
    relations = _relations("""
    Acme   Acme   PROPN NNP 2  compound ORG
    Inc    Inc    PROPN NNP 3  nsubj    I-ORG
    agreed agree  VERB  VBD 0  ROOT     -
    to     to     PART  TO  5  aux      -
    buy    buy    VERB  VB  3  xcomp    -
    a      a      DET   DT  9  det      -
    20     20     NUM   CD  9  nummod   CARDINAL
    pct    pct    NOUN  NN  9  compound -
    stake  stake  NOUN  NN  5  dobj     -
    in     in     ADP   IN  9  prep     -
    Zenith Zenith PROPN NNP 12 compound ORG
    Corp   Corp   PROPN NNP 10 pobj     I-ORG
    .      .      PUNCT .   3  punct    -
    """)
    assert {(s, p, o) for s, p, o, *_ in relations} == {("Acme Inc", "agree to buy stake in", "Zenith Corp")}


def test_a_sum_of_a_debt_is_looked_through_to_the_debt() -> None:
    """ "Acme Inc agreed to reschedule 20 billion dlrs of Mexico's debt": the debt is Mexico's."""
    relations = _relations("""
    Acme       Acme       PROPN NNP 2  compound ORG
    Inc        Inc        PROPN NNP 3  nsubj    I-ORG
    agreed     agree      VERB  VBD 0  ROOT     -
    to         to         PART  TO  5  aux      -
    reschedule reschedule VERB  VB  3  xcomp    -
    20         20         NUM   CD  7  compound CARDINAL
    billion    billion    NUM   CD  8  nummod   I-CARDINAL
    dlrs       dlrs       NOUN  NN  5  dobj     -
    of         of         ADP   IN  8  prep     -
    Mexico     Mexico     PROPN NNP 12 poss     GPE
    's         's         PART  POS 10 case     -
    debt       debt       NOUN  NN  9  pobj     -
    .          .          PUNCT .   3  punct    -
    """)
    assert {(s, p, o) for s, p, o, *_ in relations} == {("Acme Inc", "agree to reschedule debt of", "Mexico")}


def test_an_amount_of_goods_is_looked_through_to_the_goods() -> None:
    """ "Japan bought large amounts of Canadian wheat": what was bought is Canada's wheat (`buy wheat of`),
    not an amount of Canada."""
    relations = _relations("""
    Japan    Japan    PROPN NNP 2 nsubj GPE
    bought   buy      VERB  VBD 0 ROOT  -
    large    large    ADJ   JJ  4 amod  -
    amounts  amount   NOUN  NNS 2 dobj  -
    of       of       ADP   IN  4 prep  -
    Canadian canadian ADJ   JJ  7 amod  NORP
    wheat    wheat    NOUN  NN  5 pobj  -
    .        .        PUNCT .   2 punct -
    """)
    assert {(s, p, o) for s, p, o, *_ in relations} == {("Japan", "buy wheat of", "Canada")}


def test_a_phrase_the_parser_hangs_on_a_sum_is_the_verbs() -> None:
    """ "Saudi Arabia pledged 500 mln dlrs to Jordan": the "to" hangs on the sum in the parse; it is whom
    the pledge is to (`pledge to`), and the sum is no part of it."""
    predicates = _predicates("""
    Saudi   Saudi  PROPN NNP 2 compound GPE
    Arabia  Arabia PROPN NNP 3 nsubj    I-GPE
    pledged pledge VERB  VBD 0 ROOT     -
    500     500    NUM   CD  6 nummod   CARDINAL
    mln     mln    NOUN  NN  6 amod     -
    dlrs    dlrs   NOUN  NN  3 dobj     -
    to      to     ADP   IN  6 prep     -
    Jordan  Jordan PROPN NNP 7 pobj     GPE
    .       .      PUNCT .   3 punct    -
    """)
    assert predicates == {"pledge to"}


# --- who lends: a bank's loan is business, a development body's aid ---


def test_a_banks_loan_to_a_state_is_an_economic_exchange() -> None:
    """ "Citibank lent Peru 500 mln dlrs": a bank lending to a state does business with it (061); a state's
    lending ("Japan lent Peru ...", above) is aid (071)."""
    relations = _relations("""
    Citibank Citibank PROPN NNP 2 nsubj  ORG
    lent     lend     VERB  VBD 0 ROOT   -
    Peru     Peru     PROPN NNP 2 dative GPE
    500      500      NUM   CD  6 nummod CARDINAL
    mln      mln      ADJ   JJ  6 amod   -
    dlrs     dlrs     NOUN  NN  2 dobj   -
    .        .        PUNCT .   2 punct  -
    """)
    assert relations == {("Citibank", "lend to", "Peru", "061", False)}


def test_a_banks_loan_extended_to_a_state_is_an_economic_exchange() -> None:
    """ "Citibank extended a loan to Peru": as "lent", 061 (a state's or a development body's, 071)."""
    relations = _relations("""
    Citibank Citibank PROPN NNP 2 nsubj ORG
    extended extend   VERB  VBD 0 ROOT  -
    a        a        DET   DT  4 det   -
    loan     loan     NOUN  NN  2 dobj  -
    to       to       ADP   IN  2 prep  -
    Peru     Peru     PROPN NNP 5 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert relations == {("Citibank", "extend loan to", "Peru", "061", False)}


def test_a_development_banks_loan_is_aid() -> None:
    """ "The World Bank lent Mexico 500 mln dlrs": an international body named "Bank" is no firm; its
    lending is aid (071)."""
    relations = _relations("""
    The    the    DET   DT  3 det      ORG
    World  World  PROPN NNP 3 compound I-ORG
    Bank   Bank   PROPN NNP 4 nsubj    I-ORG
    lent   lend   VERB  VBD 0 ROOT     -
    Mexico Mexico PROPN NNP 4 dative   GPE
    500    500    NUM   CD  8 nummod   -
    mln    mln    ADJ   JJ  8 amod     -
    dlrs   dlrs   NOUN  NN  4 dobj     -
    .      .      PUNCT .   4 punct    -
    """)
    assert relations == {("World Bank", "lend to", "Mexico", "071", False)}


# --- debts and payments ---


def test_rescheduling_a_states_debt_is_an_exchange_with_it() -> None:
    """ "Acme Inc rescheduled Peru's debt": the act is on the debt, which is Peru's (`reschedule debt of`),
    and new terms for a debt are economic cooperation (061), not rescheduling Peru."""
    relations = _relations("""
    Acme        Acme       PROPN NNP 2 compound ORG
    Inc         Inc        PROPN NNP 3 nsubj    I-ORG
    rescheduled reschedule VERB  VBD 0 ROOT     -
    Peru        Peru       PROPN NNP 6 poss     GPE
    's          's         PART  POS 4 case     -
    debt        debt       NOUN  NN  3 dobj     -
    .           .          PUNCT .   3 punct    -
    """)
    assert relations == {("Acme Inc", "reschedule debt of", "Peru", "061", False)}


def test_rescheduling_talks_is_no_meeting() -> None:
    """ "Japan rescheduled the talks with Peru": putting a meeting off to another day is no event."""
    relations = _relations("""
    Japan       Japan      PROPN NNP 2 nsubj GPE
    rescheduled reschedule VERB  VBD 0 ROOT  -
    the         the        DET   DT  4 det   -
    talks       talk       NOUN  NNS 2 dobj  -
    with        with       ADP   IN  4 prep  -
    Peru        Peru       PROPN NNP 5 pobj  GPE
    .           .          PUNCT .   2 punct -
    """)
    assert {code for *_, code, _ in relations} == {None}


def test_a_moratorium_on_payments_cuts_relations() -> None:
    """ "Chile declared a moratorium on interest payments to Acme Inc": payments stopped (16), no
    statement (01)."""
    relations = _relations("""
    Chile      Chile      PROPN NNP 2  nsubj    GPE
    declared   declare    VERB  VBD 0  ROOT     -
    a          a          DET   DT  4  det      -
    moratorium moratorium NOUN  NN  2  dobj     -
    on         on         ADP   IN  4  prep     -
    interest   interest   NOUN  NN  7  compound -
    payments   payment    NOUN  NNS 5  pobj     -
    to         to         ADP   IN  7  prep     -
    Acme       Acme       PROPN NNP 10 compound ORG
    Inc        Inc        PROPN NNP 8  pobj     I-ORG
    .          .          PUNCT .    2  punct   -
    """)
    assert {(s, o, code) for s, _, o, code, _ in relations} == {("Chile", "Acme Inc", "160")}


# --- meetings put off ---


def test_postponed_talks_halt_negotiations_and_are_no_meeting() -> None:
    """ "Japan postponed talks with Peru": as "called off talks", a halt to negotiations (164), not a
    meeting (04) and no negated one."""
    relations = _relations("""
    Japan     Japan    PROPN NNP 2 nsubj GPE
    postponed postpone VERB  VBD 0 ROOT  -
    talks     talk     NOUN  NNS 2 dobj  -
    with      with     ADP   IN  3 prep  -
    Peru      Peru     PROPN NNP 4 pobj  GPE
    .         .        PUNCT .   2 punct -
    """)
    assert relations == {("Japan", "postpone talk with", "Peru", "164", False)}


def test_a_postponed_visit_cuts_relations_as_a_cancelled_one() -> None:
    """ "Japan postponed a visit to Peru": as "cancel", 160; not the visit's 04."""
    relations = _relations("""
    Japan     Japan    PROPN NNP 2 nsubj GPE
    postponed postpone VERB  VBD 0 ROOT  -
    a         a        DET   DT  4 det   -
    visit     visit    NOUN  NN  2 dobj  -
    to        to       ADP   IN  4 prep  -
    Peru      Peru     PROPN NNP 5 pobj  GPE
    .         .        PUNCT .   2 punct -
    """)
    assert {(p, code) for _, p, _, code, _ in relations} == {("postpone visit to", "160")}


def test_a_visit_called_off_is_no_visit() -> None:
    """ "Japan cancelled a visit to Washington by its trade minister": the visit did not take place; the
    noun gives no visit, held or not, and the verb's own fact cuts relations (16)."""
    relations = _relations("""
    Japan      Japan      PROPN NNP  2  nsubj    GPE
    cancelled  cancel     VERB  VBD  0  ROOT     -
    a          a          DET   DT   4  det      -
    visit      visit      NOUN  NN   2  dobj     -
    to         to         ADP   IN   4  prep     -
    Washington Washington PROPN NNP  5  pobj     GPE
    by         by         ADP   IN   4  prep     -
    its        its        PRON  PRP$ 10 poss     -
    trade      trade      NOUN  NN   10 compound -
    minister   minister   NOUN  NN   7  pobj     -
    .          .          PUNCT .    2  punct    -
    """)
    assert relations == {("Japan", "cancel visit to", "Washington", "160", False)}


def test_creditors_and_a_debtor_agreeing_on_a_loan_conclude_a_deal() -> None:
    """ "Mexico and Acme Inc agreed on a loan package": terms concluded, as a deal (057), no mere accord of
    views (019)."""
    relations = _relations("""
    Mexico  Mexico  PROPN NNP 5 nsubj    GPE
    and     and     CCONJ CC  1 cc       -
    Acme    Acme    PROPN NNP 4 compound ORG
    Inc     Inc     PROPN NNP 1 conj     I-ORG
    agreed  agree   VERB  VBD 0 ROOT     -
    on      on      ADP   IN  5 prep     -
    a       a       DET   DT  9 det      -
    loan    loan    NOUN  NN  9 compound -
    package package NOUN  NN  6 pobj     -
    .       .       PUNCT .   5 punct    -
    """)
    assert {(s, o, code) for s, _, o, code, _ in relations} >= {("Mexico", "Acme Inc", "057")}


# --- firms ---


def test_a_withdrawn_bid_yields_to_no_one() -> None:
    """ "Acme Inc withdrew its bid for Zenith Corp": the bid was Acme's own; taking it back is no yielding
    (08) to Zenith."""
    relations = _relations("""
    Acme     Acme     PROPN NNP  2 compound ORG
    Inc      Inc      PROPN NNP  3 nsubj    I-ORG
    withdrew withdraw VERB  VBD  0 ROOT     -
    its      its      PRON  PRP$ 5 poss     -
    bid      bid      NOUN  NN   3 dobj     -
    for      for      ADP   IN   5 prep     -
    Zenith   Zenith   PROPN NNP  8 compound ORG
    Corp     Corp     PROPN NNP  6 pobj     I-ORG
    .        .        PUNCT .    3 punct    -
    """)
    assert ("Acme Inc", "withdraw bid for", "Zenith Corp", None, False) in relations
    assert not any(code and code.startswith("08") for *_, code, _ in relations)


def test_a_dropped_offer_is_no_offer() -> None:
    """ "Acme Inc dropped its offer for Zenith Corp": dropping the offer makes none (03)."""
    relations = _relations("""
    Acme    Acme    PROPN NNP  2 compound ORG
    Inc     Inc     PROPN NNP  3 nsubj    I-ORG
    dropped drop    VERB  VBD  0 ROOT     -
    its     its     PRON  PRP$ 5 poss     -
    offer   offer   NOUN  NN   3 dobj     -
    for     for     ADP   IN   5 prep     -
    Zenith  Zenith  PROPN NNP  8 compound ORG
    Corp    Corp    PROPN NNP  6 pobj     I-ORG
    .       .       PUNCT .    3 punct    -
    """)
    assert ("Acme Inc", "drop offer for", "Zenith Corp", None, False) in relations


# --- the lexicon's rows, one sense each ---

_DEEDS = [
    # (verb, the word of what it acts on, CAMEO code)
    ("postpone", "talk", "164"),
    ("postpone", "negotiation", "164"),
    ("cancel", "talk", "164"),
    ("cancel", "negotiation", "164"),
    ("postpone", "visit", "160"),
    ("postpone", "campaign", None),
    ("postpone", "bid", None),
    ("postpone", "candidacy", None),
    ("reschedule", "talk", None),
    ("reschedule", "debt", "061"),
    ("reschedule", "loan", "061"),
    ("reschedule", "payment", "061"),
    ("restructure", "debt", "061"),
    ("renegotiate", "debt", "061"),
    ("refinance", "debt", "061"),
    ("refinance", "loan", "061"),
    ("declare", "moratorium", "160"),
    ("withdraw", "bid", None),
    ("withdraw", "offer", None),
    ("drop", "bid", None),
    ("drop", "offer", None),
    ("abandon", "offer", None),
]


def test_each_deed_has_its_code() -> None:
    """Every row this wave adds to cameo.tsv reads as it says: what is acted on selects the sense."""
    found = [
        (verb, obj, event_code(verb, sense=Sense(objects={"": frozenset({obj})}))) for verb, obj, _ in _DEEDS
    ]
    assert found == _DEEDS
    assert event_code("moratorium", noun=True) == "160"


_BUSINESS_LOANS = [
    # (verb or noun, the word of what it acts on or "", code when a firm or bank does it)
    ("lend", "", "061"),
    ("loan", "", "061"),
    ("extend", "loan", "061"),
    ("extend", "credit", "061"),
    ("grant", "loan", "061"),
    ("grant", "credit", "061"),
    ("provide", "loan", "061"),
    ("provide", "credit", "061"),
]


def test_a_firms_loans_are_economic_exchanges() -> None:
    """A firm's or a bank's loan or credit, to a state as to a firm, is 061; a state's stays aid (071)."""
    # a firm is a commercial lender (arguments.sense_words: @lender beside @BUS, wave 93 G)
    firm, state = frozenset({"@BUS", "@nonstate", "@lender"}), frozenset({"@GPE", "@state"})
    for agents, code in ((firm, "061"), (state, "071")):
        found = [
            (word, obj, event_code(word, sense=Sense(objects={"": frozenset({obj, "@GPE"})}, agents=agents)))
            for word, obj, _ in _BUSINESS_LOANS
        ]
        assert found == [(word, obj, code) for word, obj, _ in _BUSINESS_LOANS]
    for noun in ("loan", "credit line"):
        assert event_code(noun, noun=True, sense=Sense(agents=firm)) == "061"
        assert event_code(noun, noun=True, sense=Sense(agents=state)) == "071"


def test_the_inter_american_development_bank_is_a_development_body() -> None:
    """ "The Inter-American Development Bank lent Peru 500 mln dlrs": an international body (igos.tsv), so
    its loan is aid (071), as the World Bank's."""
    relations = _relations("""
    The         the         DET   DT   6  det      ORG
    Inter       inter       ADJ   JJ   6  compound I-ORG
    -           -           PUNCT HYPH 6  punct    I-ORG
    American    American    PROPN NNP  6  compound I-ORG
    Development Development PROPN NNP  6  compound I-ORG
    Bank        Bank        PROPN NNP  7  nsubj    I-ORG
    lent        lend        VERB  VBD  0  ROOT     -
    Peru        Peru        PROPN NNP  7  dative   GPE
    500         500         NUM   CD   11 nummod   CARDINAL
    mln         mln         ADJ   JJ   11 amod     -
    dlrs        dlrs        NOUN  NN   7  dobj     -
    .           .           PUNCT .    7  punct    -
    """)
    assert relations == {("Inter-American Development Bank", "lend to", "Peru", "071", False)}


def test_a_currency_without_a_number_is_the_currency_itself() -> None:
    """ "Chile sold pesos to Acme Inc": no sum is named; what was sold is the currency, which stays (as in
    "attacked the peso in X")."""
    predicates = _predicates("""
    Chile Chile PROPN NNP 2 nsubj    GPE
    sold  sell  VERB  VBD 0 ROOT     -
    pesos peso  NOUN  NNS 2 dobj     -
    to    to    ADP   IN  2 dative   -
    Acme  Acme  PROPN NNP 6 compound ORG
    Inc   Inc   PROPN NNP 4 pobj     I-ORG
    .     .     PUNCT .   2 punct    -
    """)
    assert predicates == {"sell peso to"}

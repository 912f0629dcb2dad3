"""Economic deeds between states, banks and firms (wave 44): amounts are no part of a relation.

"owes 68 billion dlrs to X" is `owe to`, "lent X 500 mln dlrs" `lend to`, "sold 500,000 tonnes of wheat to X"
`sell wheat to`, "a 20 pct stake in X" `stake in`.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it; the sentences are
ours."""

from __future__ import annotations

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
    """ "Acme Inc bought 20 pct of Zenith Corp": the share is what links the buyer to the firm, and stays."""
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
    assert predicates == {"buy pct of"}


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

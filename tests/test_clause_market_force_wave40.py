"""Words of force used of markets and abstractions (wave 40 D): fighting, battling or attacking an ill
("fight inflation", "the war on drugs") is no fight with anyone, and the state after "in" is where; a state
or its bank intervening in a market or to buy a currency is no military intervention, and a report of it
is a statement, no accusation; speculators attacking a currency assault no state; a trade war or a price
war is no war. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code, noun_classes
from hand_docs import facts_with_roots

FORCE = {"18", "19", "20"}


def _forceful(found: set[tuple[str, str, str, str | None]]) -> set[tuple[str, str, str, str | None]]:
    return {fact for fact in found if fact[3] in FORCE}


def _fight_in(foe: str, lemma: str, tag: str) -> str:
    """ "Peru will fight FOE in Chile." """
    return f"""
    Peru    Peru    PROPN NNP   3 nsubj GPE
    will    will    AUX   MD    3 aux   -
    fight   fight   VERB  VB    0 ROOT  -
    {foe}   {lemma} NOUN  {tag} 3 dobj  -
    in      in      ADP   IN    3 prep  -
    Chile   Chile   PROPN NNP   5 pobj  GPE
    .       .       PUNCT .     3 punct -
    """


def test_fighting_an_ill_in_a_state_is_no_fight_with_it() -> None:
    found = facts_with_roots(_fight_in("inflation", "inflation", "NN"))
    assert ("Peru", "fight inflation in", "Chile", None) in found
    assert not _forceful(found)
    # an armed foe fought in a state stays a fight
    assert _forceful(facts_with_roots(_fight_in("rebels", "rebel", "NNS")))


def test_a_report_that_a_state_intervened_to_buy_dollars_is_a_statement_not_an_accusation() -> None:
    found = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj GPE
    said       say       VERB  VBD 0 ROOT  -
    Peru       Peru      PROPN NNP 4 nsubj GPE
    intervened intervene VERB  VBD 2 ccomp -
    to         to        PART  TO  6 aux   -
    buy        buy       VERB  VB  4 advcl -
    dollars    dollar    NOUN  NNS 6 dobj  -
    .          .         PUNCT .   2 punct -
    """)
    assert ("Chile", "say", "Peru", "01") in found
    assert not any(predicate == "accuse" for _, predicate, _, _ in found)


def test_intervening_in_a_market_is_no_intervention_but_in_a_state_it_is() -> None:
    market = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj    GPE
    said       say       VERB  VBD 0 ROOT     -
    Peru       Peru      PROPN NNP 4 nsubj    GPE
    intervened intervene VERB  VBD 2 ccomp    -
    in         in        ADP   IN  4 prep     -
    the        the       DET   DT  8 det      -
    currency   currency  NOUN  NN  8 compound -
    market     market    NOUN  NN  5 pobj     -
    .          .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "say", "Peru", "01") in market
    assert not any(predicate == "accuse" for _, predicate, _, _ in market)
    state = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj GPE
    said       say       VERB  VBD 0 ROOT  -
    Peru       Peru      PROPN NNP 4 nsubj GPE
    intervened intervene VERB  VBD 2 ccomp -
    in         in        ADP   IN  4 prep  -
    Bolivia    Bolivia   PROPN NNP 5 pobj  GPE
    .          .         PUNCT .   2 punct -
    """)
    assert ("Peru", "intervene in", "Bolivia", "19") in state
    assert ("Chile", "accuse", "Peru", "11") in state


def test_a_state_said_to_attack_a_currency_is_accused_of_nothing() -> None:
    found = facts_with_roots("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    said     say      VERB  VBD 0 ROOT  -
    Peru     Peru     PROPN NNP 4 nsubj GPE
    attacked attack   VERB  VBD 2 ccomp -
    the      the      DET   DT  6 det   -
    peso     peso     NOUN  NN  4 dobj  -
    in       in       ADP   IN  4 prep  -
    Bolivia  Bolivia  PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert ("Peru", "attack peso in", "Bolivia", None) in found
    assert not _forceful(found)
    assert not any(predicate == "accuse" for _, predicate, _, _ in found)


def _war_between(compound: str) -> str:
    """ "The trade war (price war, old war) between Peru and Chile hurt Bolivia." """
    modifier = f"{compound} {compound} NOUN NN 3 compound" if compound else "old old ADJ JJ 3 amod"
    first = f"    {modifier} -\n"
    return (
        """
    The     the     DET   DT  3 det   -
"""
        + first
        + """    war     war     NOUN  NN  8 nsubj -
    between between ADP   IN  3 prep  -
    Peru    Peru    PROPN NNP 4 pobj  GPE
    and     and     CCONJ CC  5 cc    -
    Chile   Chile   PROPN NNP 5 conj  GPE
    hurt    hurt    VERB  VBD 0 ROOT  -
    Bolivia Bolivia PROPN NNP 8 dobj  GPE
    .       .       PUNCT .   8 punct -
    """
    )


def test_a_trade_war_or_a_price_war_between_states_is_no_war() -> None:
    assert not _forceful(facts_with_roots(_war_between("trade")))
    assert not _forceful(facts_with_roots(_war_between("price")))
    assert _forceful(facts_with_roots(_war_between("")))  # "the old war between Peru and Chile"


def test_a_states_war_on_drugs_in_another_is_no_war_there() -> None:
    def war_on(what: str, lemma: str) -> set[tuple[str, str, str, str | None]]:
        return facts_with_roots(f"""
        Peru      Peru      PROPN NNP 3 poss  GPE
        's        's        PART  POS 1 case  -
        war       war       NOUN  NN  8 nsubj -
        on        on        ADP   IN  3 prep  -
        {what}    {lemma}   NOUN  NNS 4 pobj  -
        in        in        ADP   IN  3 prep  -
        Chile     Chile     PROPN NNP 6 pobj  GPE
        continued continue  VERB  VBD 0 ROOT  -
        .         .         PUNCT .   8 punct -
        """)

    assert not _forceful(war_on("drugs", "drug"))
    assert _forceful(war_on("rebels", "rebel"))


def test_the_classes_of_ills_markets_and_currencies_select_the_sense() -> None:
    assert noun_classes("Inflation", "inflation") == {"@ill"}
    assert noun_classes("dollars", "dollar") == {"@currency"}
    assert noun_classes("markets", "market") == {"@market"}
    assert event_code("attack", sense=Sense(objects={"": frozenset({"franc", "@currency"})})) is None
    assert event_code("intervene", sense=Sense(("in",), {"in": frozenset({"market", "@market"})})) is None
    assert event_code("fight", sense=Sense(objects={"": frozenset({"poverty", "@ill"})})) is None
    assert event_code("fight", sense=Sense(objects={"": frozenset({"rebel", "@REB"})})) == "190"


def test_a_war_waged_on_drugs_in_a_state_is_no_war_there() -> None:
    def waged_on(what: str, lemma: str) -> set[tuple[str, str, str, str | None]]:
        return facts_with_roots(f"""
        Peru    Peru    PROPN NNP 2 nsubj GPE
        waged   wage    VERB  VBD 0 ROOT  -
        a       a       DET   DT  4 det   -
        war     war     NOUN  NN  2 dobj  -
        on      on      ADP   IN  4 prep  -
        {what}  {lemma} NOUN  NNS 5 pobj  -
        in      in      ADP   IN  2 prep  -
        Chile   Chile   PROPN NNP 7 pobj  GPE
        .       .       PUNCT .   2 punct -
        """)

    drugs = waged_on("drugs", "drug")
    assert ("Peru", "wage war in", "Chile", None) in drugs
    assert not _forceful(drugs)
    assert ("Peru", "wage war in", "Chile", "19") in waged_on("rebels", "rebel")


def test_a_bank_said_to_have_intervened_is_accused_of_nothing_but_a_state_is() -> None:
    bank = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj GPE
    said       say       VERB  VBD 0 ROOT  -
    the        the       DET   DT  4 det   -
    Bank       Bank      PROPN NNP 7 nsubj ORG
    of         of        ADP   IN  4 prep  I-ORG
    Peru       Peru      PROPN NNP 5 pobj  I-ORG
    intervened intervene VERB  VBD 2 ccomp -
    .          .         PUNCT .   2 punct -
    """)
    assert ("Chile", "say", "Bank of Peru", "01") in bank
    assert not any(predicate == "accuse" for _, predicate, _, _ in bank)
    state = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj GPE
    said       say       VERB  VBD 0 ROOT  -
    Peru       Peru      PROPN NNP 4 nsubj GPE
    intervened intervene VERB  VBD 2 ccomp -
    .          .         PUNCT .   2 punct -
    """)
    assert ("Chile", "accuse", "Peru", "11") in state

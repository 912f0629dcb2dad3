"""Disputes ended, procedures eased, currency deals and imports cut (wave 79 G): ending, resolving or
settling a dispute (a row, a quarrel, a conflict) is cooperation, an accord (057), never the dispute
noun's own disapproval (110); simplifying (easing, relaxing) inspections, procedures or rules for X is a
concession (081), no investigation (090); a central bank's purchase or sale of a currency is a market
operation, no exchange between actors (no code), unless sold to a state or one of its bodies (061); and
importing (buying) less from X is no trade with X (no code), while importing goods from X stays trade
(061). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

ENDED = """
Peru     Peru     PROPN NNP 2 nsubj    GPE
{verb}   {lemma}  VERB  VBD 0 ROOT     -
a        a        DET   DT  6 det      -
bitter   bitter   ADJ   JJ  6 amod     -
fishing  fishing  NOUN  NN  6 compound -
{noun}   {noun}   NOUN  NN  2 dobj     -
with     with     ADP   IN  6 prep     -
Chile    Chile    PROPN NNP 7 pobj     GPE
.        .        PUNCT .   2 punct    -
"""


def test_a_dispute_ended_is_cooperation_not_disapproval() -> None:
    for verb, lemma in (("ended", "end"), ("resolved", "resolve"), ("settled", "settle")):
        for noun in ("dispute", "quarrel", "row"):
            found = facts_with_roots(ENDED.format(verb=verb, lemma=lemma, noun=noun))
            ended = {f for f in found if f[0] == "Peru" and f[2] == "Chile"}
            assert ended and all(f[3] == "05" for f in ended), (verb, noun, found)


SIMPLIFIED = """
Peru        Peru        PROPN NNP 3 nsubj    GPE
should      should      AUX   MD  3 aux      -
{verb}      {lemma}     VERB  VB  0 ROOT     -
customs     custom      NOUN  NNS 5 compound -
{noun}      {noun_lemma} NOUN NNS 3 dobj     -
for         for         ADP   IN  5 prep     -
Chilean     chilean     ADJ   JJ  8 amod     NORP
wine        wine        NOUN  NN  6 pobj     -
.           .           PUNCT .   3 punct    -
"""


def test_inspections_simplified_for_a_state_are_a_concession() -> None:
    for verb in ("simplify", "streamline"):
        for noun, noun_lemma in (("inspections", "inspection"), ("procedures", "procedure")):
            table = SIMPLIFIED.format(verb=verb, lemma=verb, noun=noun, noun_lemma=noun_lemma)
            found = facts_with_roots(table)
            eased = {f for f in found if f[0] == "Peru" and f[2] == "Chile"}
            assert eased and all(f[3] == "08" for f in eased), (verb, noun, found)


def test_a_thing_simplified_is_no_event_of_the_thing() -> None:
    table = SIMPLIFIED.format(
        verb="simplify", lemma="simplify", noun="investigations", noun_lemma="investigation"
    )
    found = facts_with_roots(table)
    simplified = {f for f in found if f[0] == "Peru" and f[2] == "Chile"}
    assert all(f[3] is None for f in simplified), found


BOUGHT = """
The      the      DET   DT  3 det      -
Reserve  Reserve  PROPN NNP 3 compound ORG
Bank     Bank     PROPN NNP 4 nsubj    I-ORG
{verb}   {lemma}  VERB  VBD 0 ROOT     -
{money}  {money_lemma} NOUN NNS 4 dobj -
{prep}   {prep}   ADP   IN  4 prep     -
{place}  {place}  PROPN NNP 6 pobj     {kind}
.        .        PUNCT .   4 punct    -
"""


def _between(found: set, obj: str) -> set:
    return {f for f in found if f[0] == "Reserve Bank" and f[2] == obj}


def test_a_currency_bought_is_a_market_operation() -> None:
    for verb, lemma in (("bought", "buy"), ("sold", "sell")):
        table = BOUGHT.format(
            verb=verb,
            lemma=lemma,
            money="dollars",
            money_lemma="dollar",
            prep="in",
            place="Sydney",
            kind="GPE",
        )
        found = _between(facts_with_roots(table), "Sydney")
        assert found and all(f[3] is None for f in found), (verb, found)


def test_a_currency_sold_to_a_state_is_an_exchange() -> None:
    table = BOUGHT.format(
        verb="sold", lemma="sell", money="dollars", money_lemma="dollar", prep="to", place="Fiji", kind="GPE"
    )
    found = _between(facts_with_roots(table), "Fiji")
    assert found and all(f[3] == "06" for f in found), found


def test_goods_bought_in_a_place_stay_trade() -> None:
    table = BOUGHT.format(
        verb="bought", lemma="buy", money="bonds", money_lemma="bond", prep="from", place="Fiji", kind="GPE"
    )
    found = _between(facts_with_roots(table), "Fiji")
    assert found and all(f[3] == "06" for f in found), found


IMPORTED = """
Peru    Peru    PROPN NNP 2 nsubj GPE
plans   plan    VERB  VBZ 0 ROOT  -
to      to      PART  TO  4 aux   -
import  import  VERB  VB  2 xcomp -
{what}  {what_lemma} {pos} {tag} 4 dobj -
from    from    ADP   IN  4 prep  -
Chile   Chile   PROPN NNP 6 pobj  GPE
.       .       PUNCT .   2 punct -
"""


def test_importing_less_from_a_state_is_no_trade() -> None:
    table = IMPORTED.format(what="less", what_lemma="less", pos="ADJ", tag="JJR")
    found = {f for f in facts_with_roots(table) if f[0] == "Peru" and f[2] == "Chile"}
    assert found and all(f[3] is None for f in found), found


def test_importing_goods_from_a_state_stays_trade() -> None:
    table = IMPORTED.format(what="copper", what_lemma="copper", pos="NOUN", tag="NN")
    found = {f for f in facts_with_roots(table) if f[0] == "Peru" and f[2] == "Chile"}
    assert found and all(f[3] == "06" for f in found), found

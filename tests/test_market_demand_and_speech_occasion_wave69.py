"""A market's demand is no appeal, and the topic or venue of an occasion of speech is told nothing (wave
69 F): "falling demand from Canada and Chile for Peruvian copper" (for goods, or qualified as a market's)
gives no demand by Canada of Peru, while a demand for an act stays one; "told a forum on Franco-German
trade", "told a news conference in Lima" give no edge to the states of the topic or the city, while "told a
meeting of NATO ministers" keeps its hearers. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples, roots_between

DEMAND_FOR_COPPER = """
Falling   fall      VERB  VBG 2  amod  -
demand    demand    NOUN  NN  10 nsubj -
from      from      ADP   IN  2  prep  -
Canada    Canada    PROPN NNP 3  pobj  GPE
and       and       CCONJ CC  4  cc    -
Chile     Chile     PROPN NNP 4  conj  GPE
for       for       ADP   IN  2  prep  -
Peruvian  peruvian  ADJ   JJ  9  amod  NORP
copper    copper    NOUN  NN  7  pobj  -
hurt      hurt      VERB  VBD 0  ROOT  -
the       the       DET   DT  12 det   -
miners    miner     NOUN  NNS 10 dobj  -
.         .         PUNCT .   10 punct -
"""


def test_demand_for_a_states_goods_is_no_appeal() -> None:
    triples = read_triples(DEMAND_FOR_COPPER)
    assert not any(t[2] == "Peru" for t in triples), triples


def test_market_demand_named_by_its_modifier_is_no_appeal() -> None:
    # "weak demand from Canada for Chile's ore": the modifier makes it the market's, whatever is asked for
    triples = read_triples("""
    Weak    weak    ADJ   JJ  2  amod  -
    demand  demand  NOUN  NN  10 nsubj -
    from    from    ADP   IN  2  prep  -
    Canada  Canada  PROPN NNP 3  pobj  GPE
    for     for     ADP   IN  2  prep  -
    Chile   Chile   PROPN NNP 8  poss  GPE
    's      's      PART  POS 6  case  -
    ore     ore     NOUN  NN  5  pobj  -
    soon    soon    ADV   RB  10 advmod -
    hurt    hurt    VERB  VBD 0  ROOT  -
    miners  miner   NOUN  NNS 10 dobj  -
    .       .       PUNCT .   10 punct -
    """)
    assert not any(t[0] == "Canada" and t[2] == "Chile" for t in triples), triples


def test_a_states_demand_for_an_act_stays_an_appeal() -> None:
    roots = roots_between(
        """
        Peru         Peru         PROPN NNP 3 poss  GPE
        's           's           PART  POS 1 case  -
        demand       demand       NOUN  NN  9 nsubjpass -
        for          for          ADP   IN  3 prep  -
        compensation compensation NOUN  NN  4 pobj  -
        from         from         ADP   IN  5 prep  -
        Chile        Chile        PROPN NNP 6 pobj  GPE
        was          be           AUX   VBD 9 auxpass -
        rejected     reject       VERB  VBN 0 ROOT  -
        .            .            PUNCT .   9 punct -
        """,
        "Peru",
        "Chile",
    )
    assert "10" in roots, roots


FORUM_ON_TRADE = """
Jones   Jones   PROPN NNP 2  nsubj PERSON
told    tell    VERB  VBD 0  ROOT  -
a       a       DET   DT  4  det   -
forum   forum   NOUN  NN  2  dobj  -
on      on      ADP   IN  4  prep  -
Franco  Franco  PROPN NNP 8  compound NORP
-       -       PUNCT HYPH 8 punct -
German  german  ADJ   JJ  9  amod  NORP
trade   trade   NOUN  NN  5  pobj  -
that    that    SCONJ IN  13 mark  -
tariffs tariff  NOUN  NNS 13 nsubj -
would   would   AUX   MD  13 aux   -
rise    rise    VERB  VB  2  ccomp -
.       .       PUNCT .   2  punct -
"""


def test_the_states_of_a_forums_topic_are_told_nothing() -> None:
    triples = read_triples(FORUM_ON_TRADE)
    assert not any(t[0] == "Jones" and t[1].startswith("tell") and t[2] != "Jones" for t in triples), triples


def test_the_city_a_news_conference_is_held_in_is_told_nothing() -> None:
    triples = read_triples("""
    Jones      Jones      PROPN NNP 2  nsubj    PERSON
    told       tell       VERB  VBD 0  ROOT     -
    a          a          DET   DT  5  det      -
    news       news       NOUN  NN  5  compound -
    conference conference NOUN  NN  2  dobj     -
    in         in         ADP   IN  5  prep     -
    Lima       Lima       PROPN NNP 6  pobj     GPE
    that       that       SCONJ IN  11 mark     -
    tariffs    tariff     NOUN  NNS 11 nsubj    -
    would      would      AUX   MD  11 aux      -
    rise       rise       VERB  VB  2  ccomp    -
    .          .          PUNCT .   2  punct    -
    """)
    assert not any(t[0] == "Jones" and t[2] == "Lima" for t in triples), triples


def test_the_body_a_meeting_is_of_is_told() -> None:
    triples = read_triples("""
    Jones     Jones    PROPN NNP 2  nsubj    PERSON
    told      tell     VERB  VBD 0  ROOT     -
    a         a        DET   DT  4  det      -
    meeting   meeting  NOUN  NN  2  dobj     -
    of        of       ADP   IN  4  prep     -
    NATO      NATO     PROPN NNP 7  compound ORG
    ministers minister NOUN  NNS 5  pobj     -
    that      that     SCONJ IN  11 mark     -
    tariffs   tariff   NOUN  NNS 11 nsubj    -
    would     would    AUX   MD  11 aux      -
    rise      rise     VERB  VB  2  ccomp    -
    .         .        PUNCT .   2  punct    -
    """)
    assert ("Jones", "tell meeting of", "NATO") in triples, triples

"""Wave 108 F: an act only weighed ("is considering purchases of X", "is weighing a move to Y") is no public
statement: an act of cooperation weighed is an intent to cooperate (03), force weighed a threat (13), and a
noun that names no act no event (frame.Clause._weighed_act; since Mend 109 F any other act weighed toward a
party keeps 014: tests/test_weighed_policy_options_wave109f.py); a reprisal whose means or cause is trade
(tariffs, sanctions) is a counter-measure (16), one by arms force (19) (cameo.tsv retaliation, reprisal
context=@trade, retaliate with object=@arms; words.tsv trade_words); a firm or a state fighting a bid, a
takeover or a merger opposes it (11), and fighting a lawsuit is a legal contest, no fight (cameo.tsv fight,
battle). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between


def test_purchases_weighed_are_an_intent_to_trade() -> None:
    assert roots_between(
        """
    Peru        Peru      PROPN NNP 3 nsubj    GPE
    is          be        AUX   VBZ 3 aux      -
    considering consider  VERB  VBG 0 ROOT     -
    purchases   purchase  NOUN  NNS 3 dobj     -
    of          of        ADP   IN  4 prep     -
    Chilean     Chilean   ADJ   JJ  7 amod     NORP
    copper      copper    NOUN  NN  5 pobj     -
    .           .         PUNCT .   3 punct    -
    """,
        "Peru",
        "Chile",
    ) == {"03"}


def test_imports_weighed_are_an_intent_to_trade() -> None:
    assert roots_between(
        """
    Belgium   Belgium  PROPN NNP 3 nsubj GPE
    is        be       AUX   VBZ 3 aux   -
    weighing  weigh    VERB  VBG 0 ROOT  -
    imports   import   NOUN  NNS 3 dobj  -
    of        of       ADP   IN  4 prep  -
    Spanish   Spanish  ADJ   JJ  7 amod  NORP
    flour     flour    NOUN  NN  5 pobj  -
    .         .        PUNCT .   3 punct -
    """,
        "Belgium",
        "Spain",
    ) == {"03"}


def test_a_move_weighed_is_no_event() -> None:
    assert roots_between(
        """
    Acme      Acme     PROPN NNP 2 compound ORG
    Corp      Corp     PROPN NNP 4 nsubj    I-ORG
    is        be       AUX   VBZ 4 aux      -
    weighing  weigh    VERB  VBG 0 ROOT     -
    a         a        DET   DT  6 det      -
    move      move     NOUN  NN  4 dobj     -
    to        to       ADP   IN  6 prep     -
    Bermuda   Bermuda  PROPN NNP 7 pobj     GPE
    .         .        PUNCT .   4 punct    -
    """,
        "Acme Corp",
        "Bermuda",
    ) == {None}


def test_an_attack_weighed_threatens() -> None:
    assert roots_between(
        """
    Peru        Peru      PROPN NNP 3 nsubj GPE
    is          be        AUX   VBZ 3 aux   -
    considering consider  VERB  VBG 0 ROOT  -
    an          an        DET   DT  5 det   -
    attack      attack    NOUN  NN  3 dobj  -
    on          on        ADP   IN  5 prep  -
    Chile       Chile     PROPN NNP 6 pobj  GPE
    .           .         PUNCT .   3 punct -
    """,
        "Peru",
        "Chile",
    ) == {"13"}


def test_retaliation_taken_for_tariffs_is_a_sanction() -> None:
    assert roots_between(
        """
    Chile        Chile        PROPN NNP 2 nsubj GPE
    took         take         VERB  VBD 0 ROOT  -
    retaliation  retaliation  NOUN  NN  2 dobj  -
    against      against      ADP   IN  3 prep  -
    Peru         Peru         PROPN NNP 4 pobj  GPE
    for          for          ADP   IN  2 prep  -
    its          its          PRON  PRP$ 8 poss -
    tariffs      tariff       NOUN  NNS 6 pobj  -
    .            .            PUNCT .   2 punct -
    """,
        "Chile",
        "Peru",
    ) == {"16"}


def test_retaliating_for_sanctions_is_a_sanction() -> None:
    assert roots_between(
        """
    Chile      Chile      PROPN NNP 3 nsubj GPE
    will       will       AUX   MD  3 aux   -
    retaliate  retaliate  VERB  VB  0 ROOT  -
    against    against    ADP   IN  3 prep  -
    Peru       Peru       PROPN NNP 4 pobj  GPE
    for        for        ADP   IN  3 prep  -
    the        the        DET   DT  8 det   -
    sanctions  sanction   NOUN  NNS 6 pobj  -
    .          .          PUNCT .   3 punct -
    """,
        "Chile",
        "Peru",
    ) == {"16"}


def test_retaliating_with_artillery_is_force_in_a_trade_quarrel() -> None:
    assert roots_between(
        """
    Chile       Chile      PROPN NNP 2 nsubj GPE
    retaliated  retaliate  VERB  VBD 0 ROOT  -
    against     against    ADP   IN  2 prep  -
    Peru        Peru       PROPN NNP 3 pobj  GPE
    with        with       ADP   IN  2 prep  -
    artillery   artillery  NOUN  NN  5 pobj  -
    over        over       ADP   IN  2 prep  -
    its         its        PRON  PRP$ 9 poss -
    tariffs     tariff     NOUN  NNS 7 pobj  -
    .           .          PUNCT .   2 punct -
    """,
        "Chile",
        "Peru",
    ) == {"19"}


def test_a_firm_fighting_a_takeover_bid_opposes_it() -> None:
    assert roots_between(
        """
    Acme      Acme      PROPN NNP 2 compound ORG
    Corp      Corp      PROPN NNP 3 nsubj    I-ORG
    fought    fight     VERB  VBD 0 ROOT     -
    Kestrel   Kestrel   PROPN NNP 5 compound ORG
    Inc       Inc       PROPN NNP 8 poss     I-ORG
    's        's        PART  POS 5 case     -
    takeover  takeover  NOUN  NN  8 compound -
    bid       bid       NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """,
        "Acme Corp",
        "Kestrel Inc",
    ) == {"11"}


def test_a_firm_battling_a_merger_opposes_it() -> None:
    assert roots_between(
        """
    Acme      Acme      PROPN NNP 2 compound ORG
    Corp      Corp      PROPN NNP 4 nsubj    I-ORG
    is        be        AUX   VBZ 4 aux      -
    battling  battle    VERB  VBG 0 ROOT     -
    a         a         DET   DT  6 det      -
    merger    merger    NOUN  NN  4 dobj     -
    with      with      ADP   IN  6 prep     -
    Kestrel   Kestrel   PROPN NNP 9 compound ORG
    Inc       Inc       PROPN NNP 7 pobj     I-ORG
    .         .         PUNCT .   4 punct    -
    """,
        "Acme Corp",
        "Kestrel Inc",
    ) == {"11"}


def test_a_lawsuit_fought_is_no_fight() -> None:
    assert roots_between(
        """
    Chile     Chile    PROPN NNP 3 nsubj GPE
    is        be       AUX   VBZ 3 aux   -
    fighting  fight    VERB  VBG 0 ROOT  -
    the       the      DET   DT  5 det   -
    lawsuit   lawsuit  NOUN  NN  3 dobj  -
    against   against  ADP   IN  5 prep  -
    it        it       PRON  PRP 6 pobj  -
    in        in       ADP   IN  3 prep  -
    Peru      Peru     PROPN NNP 8 pobj  GPE
    .         .        PUNCT .   3 punct -
    """,
        "Chile",
        "Peru",
    ) == {None}

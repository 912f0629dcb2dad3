"""Event codes of business, politics and speech that are no force (wave 54 D): a legal, court or political
battle or fight is a contest, no fight (19); fighting a bill or a legislature opposes it (11), and a firm's
fight is competition; hiring a firm, signing up a client, signing or winning a contract and forming a joint
venture are economic cooperation (06), leaving one reduces relations (16); a deadline given and loans placed
on a non-accrual basis are no aid (07) nor any exchange; a speech to a press club is a statement (01), no
consultation (04). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def _roots(table: str, subject: str, obj: str) -> set[str | None]:
    return {root for s, _, o, root in facts_with_roots(table) if (s, o) == (subject, obj)}


def test_a_legal_battle_fought_with_a_firm_is_no_fight() -> None:
    roots = _roots(
        """
    Exxon   Exxon   PROPN NNP 2 nsubj ORG
    fought  fight   VERB  VBD 0 ROOT  -
    a       a       DET   DT  6 det   -
    bitter  bitter  ADJ   JJ  6 amod  -
    legal   legal   ADJ   JJ  6 amod  -
    battle  battle  NOUN  NN  2 dobj  -
    with    with    ADP   IN  6 prep  -
    Chevron Chevron PROPN NNP 7 pobj  ORG
    .       .       PUNCT .   2 punct -
    """,
        "Exxon",
        "Chevron",
    )
    assert roots == {None}


def test_a_long_war_fought_with_a_state_is_still_a_fight() -> None:
    roots = _roots(
        """
    Peru   Peru   PROPN NNP 2 nsubj GPE
    fought fight  VERB  VBD 0 ROOT  -
    a      a      DET   DT  5 det   -
    long   long   ADJ   JJ  5 amod  -
    war    war    NOUN  NN  2 dobj  -
    with   with   ADP   IN  5 prep  -
    Chile  Chile  PROPN NNP 6 pobj  GPE
    .      .      PUNCT .   2 punct -
    """,
        "Peru",
        "Chile",
    )
    assert roots == {"19"}


def test_a_court_fight_lost_is_no_fight() -> None:
    roots = _roots(
        """
    Exxon   Exxon   PROPN NNP 2 nsubj    ORG
    lost    lose    VERB  VBD 0 ROOT     -
    a       a       DET   DT  5 det      -
    court   court   NOUN  NN  5 compound -
    fight   fight   NOUN  NN  2 dobj     -
    with    with    ADP   IN  5 prep     -
    Chevron Chevron PROPN NNP 6 pobj     ORG
    .       .       PUNCT .   2 punct    -
    """,
        "Exxon",
        "Chevron",
    )
    assert roots == {None}


def test_a_firm_fighting_a_firm_in_court_is_no_fight() -> None:
    roots = _roots(
        """
    Shell  Shell  PROPN NNP 2 nsubj ORG
    fought fight  VERB  VBD 0 ROOT  -
    Mobil  Mobil  PROPN NNP 2 dobj  ORG
    in     in     ADP   IN  2 prep  -
    court  court  NOUN  NN  4 pobj  -
    .      .      PUNCT .   2 punct -
    """,
        "Shell",
        "Mobil",
    )
    assert roots == {None}


def test_a_politician_fighting_the_legislature_disapproves() -> None:
    roots = _roots(
        """
    Senator  senator  PROPN NNP 2 compound -
    Smith    Smith    PROPN NNP 4 nsubj    PERSON
    is       be       AUX   VBZ 4 aux      -
    fighting fight    VERB  VBG 0 ROOT     -
    the      the      DET   DT  6 det      -
    Senate   Senate   PROPN NNP 4 dobj     ORG
    over     over     ADP   IN  4 prep     -
    the      the      DET   DT  10 det     -
    farm     farm     NOUN  NN  10 compound -
    bill     bill     NOUN  NN  7 pobj     -
    .        .        PUNCT .   4 punct    -
    """,
        "Smith",
        "Senate",
    )
    assert roots == {"11"}


def test_hiring_a_firm_is_economic_cooperation() -> None:
    roots = _roots(
        """
    Chile   Chile   PROPN NNP 2 nsubj GPE
    hired   hire    VERB  VBD 0 ROOT  -
    Bechtel Bechtel PROPN NNP 2 dobj  ORG
    to      to      PART  TO  5 aux   -
    build   build   VERB  VB  2 xcomp -
    the     the     DET   DT  7 det   -
    port    port    NOUN  NN  5 dobj  -
    .       .       PUNCT .   2 punct -
    """,
        "Chile",
        "Bechtel",
    )
    assert roots == {"06"}


def test_signing_up_a_firm_as_a_customer_is_economic_cooperation() -> None:
    roots = _roots(
        """
    Exxon    Exxon    PROPN NNP 2 nsubj    ORG
    signed   sign     VERB  VBD 0 ROOT     -
    up       up       ADP   RP  2 prt      -
    Delta    Delta    PROPN NNP 6 compound ORG
    Air      Air      PROPN NNP 6 compound I-ORG
    Lines    Lines    PROPN NNP 2 dobj     I-ORG
    as       as       ADP   IN  2 prep     -
    a        a        DET   DT  9 det      -
    customer customer NOUN  NN  7 pobj     -
    .        .        PUNCT .   2 punct    -
    """,
        "Exxon",
        "Delta Air Lines",
    )
    assert roots == {"06"}


def test_signing_a_supply_contract_is_economic_cooperation() -> None:
    roots = _roots(
        """
    Mobil    Mobil    PROPN NNP 2 nsubj    ORG
    signed   sign     VERB  VBD 0 ROOT     -
    a        a        DET   DT  5 det      -
    supply   supply   NOUN  NN  5 compound -
    contract contract NOUN  NN  2 dobj     -
    with     with     ADP   IN  2 prep     -
    Peru     Peru     PROPN NNP 6 pobj     GPE
    .        .        PUNCT .   2 punct    -
    """,
        "Mobil",
        "Peru",
    )
    assert roots == {"06"}


def test_a_contract_won_from_a_navy_is_economic_cooperation() -> None:
    roots = _roots(
        """
    Bechtel  Bechtel  PROPN NNP 2 nsubj    ORG
    won      win      VERB  VBD 0 ROOT     -
    a        a        DET   DT  4 det      -
    contract contract NOUN  NN  2 dobj     -
    from     from     ADP   IN  4 prep     -
    the      the      DET   DT  8 det      ORG
    Chilean  Chilean  PROPN NNP 8 compound I-ORG
    Navy     Navy     PROPN NNP 5 pobj     I-ORG
    .        .        PUNCT .   2 punct    -
    """,
        "Chilean Navy",
        "Bechtel",
    )
    assert roots == {"06"}


def test_a_joint_venture_formed_with_a_firm_is_economic_cooperation() -> None:
    roots = _roots(
        """
    Peru    Peru    PROPN NNP 2 nsubj GPE
    formed  form    VERB  VBD 0 ROOT  -
    a       a       DET   DT  5 det   -
    joint   joint   ADJ   JJ  5 amod  -
    venture venture NOUN  NN  2 dobj  -
    with    with    ADP   IN  5 prep  -
    Mobil   Mobil   PROPN NNP 6 pobj  ORG
    .       .       PUNCT .   2 punct -
    """,
        "Peru",
        "Mobil",
    )
    assert roots == {"06"}


def test_a_deadline_given_is_no_aid() -> None:
    roots = _roots(
        """
    Citibank Citibank PROPN NNP 2 nsubj  ORG
    gave     give     VERB  VBD 0 ROOT   -
    Peru     Peru     PROPN NNP 2 dative GPE
    a        a        DET   DT  5 det    -
    deadline deadline NOUN  NN  2 dobj   -
    of       of       ADP   IN  5 prep   -
    June     June     PROPN NNP 6 pobj   DATE
    1        1        NUM   CD  7 nummod I-DATE
    .        .        PUNCT .   2 punct  -
    """,
        "Citibank",
        "Peru",
    )
    # a time given is no aid; with wave 54 C's rows it is the ultimatum it sets (13)
    assert roots in ({None}, {"13"})


def test_loans_placed_on_a_non_accrual_basis_are_no_exchange() -> None:
    roots = _roots(
        """
    Citibank Citibank PROPN NNP  2  nsubj ORG
    placed   place    VERB  VBD  0  ROOT  -
    its      its      PRON  PRP$ 4  poss  -
    loans    loan     NOUN  NNS  2  dobj  -
    to       to       ADP   IN   2  prep  -
    Peru     Peru     PROPN NNP  5  pobj  GPE
    on       on       ADP   IN   2  prep  -
    a        a        DET   DT   12 det   -
    non      non      ADJ   JJ   12 amod  -
    -        -        ADJ   JJ   12 amod  -
    accrual  accrual  ADJ   JJ   12 amod  -
    basis    basis    NOUN  NN   7  pobj  -
    .        .        PUNCT .    2  punct -
    """,
        "Citibank",
        "Peru",
    )
    assert roots == {None}


def test_leaving_a_joint_venture_reduces_relations() -> None:
    read = facts_with_roots(
        """
    Shell   Shell   PROPN NNP 2 nsubj ORG
    left    leave   VERB  VBD 0 ROOT  -
    its     its     PRON  PRP$ 5 poss -
    joint   joint   ADJ   JJ  5 amod  -
    venture venture NOUN  NN  2 dobj  -
    with    with    ADP   IN  5 prep  -
    Mobil   Mobil   PROPN NNP 6 pobj  ORG
    .       .       PUNCT .   2 punct -
    """
    )
    # the venture's own reading ("its joint venture with Mobil": they had one) stays cooperation
    assert {root for s, p, o, root in read if (s, p, o) == ("Shell", "leave venture with", "Mobil")} == {"16"}


def test_speaking_to_a_press_club_is_a_statement_not_a_consultation() -> None:
    roots = _roots(
        """
    Senator  Senator  PROPN NNP 2 compound -
    Smith    Smith    PROPN NNP 3 nsubj    PERSON
    spoke    speak    VERB  VBD 0 ROOT     -
    to       to       ADP   IN  3 prep     -
    the      the      DET   DT  8 det      ORG
    Overseas Overseas PROPN NNP 8 compound I-ORG
    Press    Press    PROPN NNP 8 compound I-ORG
    Club     Club     PROPN NNP 4 pobj     I-ORG
    .        .        PUNCT .   3 punct    -
    """,
        "Smith",
        "Overseas Press Club",
    )
    assert roots == {"01"}


def test_a_firm_fighting_a_firm_competes() -> None:
    roots = _roots(
        """
    Shell  Shell  PROPN NNP 3 nsubj   ORG
    has    have   AUX   VBZ 3 aux     -
    fought fight  VERB  VBN 0 ROOT    -
    Mobil  Mobil  PROPN NNP 3 dobj    ORG
    for    for    ADP   IN  3 prep    -
    two    two    NUM   CD  7 nummod  DATE
    years  year   NOUN  NNS 5 pobj    I-DATE
    .      .      PUNCT .   3 punct   -
    """,
        "Shell",
        "Mobil",
    )
    assert roots == {None}


def test_loans_placed_on_non_accrual_are_no_exchange() -> None:
    # the parser takes the words after "on" for adjectives: what the loans are placed on is unread
    roots = _roots(
        """
    Citibank Citibank PROPN NNP  2 nsubj ORG
    placed   place    VERB  VBD  0 ROOT  -
    its      its      PRON  PRP$ 4 poss  -
    loans    loan     NOUN  NNS  2 dobj  -
    to       to       ADP   IN   2 prep  -
    Peru     Peru     PROPN NNP  5 pobj  GPE
    on       on       ADP   IN   2 prep  -
    non      non      ADJ   JJ   7 pobj  -
    -        -        ADJ   JJ   7 pobj  -
    accrual  accrual  ADJ   JJ   7 pobj  -
    .        .        PUNCT .    2 punct -
    """,
        "Citibank",
        "Peru",
    )
    assert roots == {None}

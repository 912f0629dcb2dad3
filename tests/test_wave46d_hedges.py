"""Wave 46 D: hedges of doubt and need; decisions that are no statements (sentences written for the tests)."""

from __future__ import annotations

from tests.hand_docs import facts_with_roots, read

# "Ann Marsh doubts Chile will attack Peru."
DOUBTS = """
    Ann     Ann     PROPN NNP 2 compound PERSON
    Marsh   Marsh   PROPN NNP 3 nsubj    I-PERSON
    doubts  doubt   VERB  VBZ 0 ROOT     -
    Chile   Chile   PROPN NNP 6 nsubj    GPE
    will    will    AUX   MD  6 aux      -
    attack  attack  VERB  VB  3 ccomp    -
    Peru    Peru    PROPN NNP 6 dobj     GPE
    .       .       PUNCT .   3 punct    -
"""


def test_a_doubted_deed_may_not_happen_rather_than_being_denied() -> None:
    [attack] = [r for r in read(DOUBTS).relations if r.predicate == "attack"]
    assert (attack.negated, attack.modality) == (True, "may")


def test_a_denied_deed_stays_a_denial() -> None:
    denies = DOUBTS.replace("doubts  doubt ", "denies  deny  ")
    [attack] = [r for r in read(denies).relations if r.predicate == "attack"]
    assert (attack.negated, attack.modality) == (True, "will")


# "It is doubtful that Chile will attack Peru."
DOUBTFUL = """
    It        it        PRON  PRP 2 nsubj  -
    is        be        AUX   VBZ 0 ROOT   -
    doubtful  doubtful  ADJ   JJ  2 acomp  -
    that      that      SCONJ IN  7 mark   -
    Chile     Chile     PROPN NNP 7 nsubj  GPE
    will      will      AUX   MD  7 aux    -
    attack    attack    VERB  VB  2 ccomp  -
    Peru      Peru      PROPN NNP 7 dobj   GPE
    .         .         PUNCT .   2 punct  -
"""


def test_a_clause_judged_doubtful_is_a_possibility_denied() -> None:
    [attack] = [r for r in read(DOUBTFUL).relations if r.predicate == "attack"]
    assert (attack.negated, attack.modality) == (True, "may")


# "Chile needs to cut its debt, the bank said."
NEEDS = """
    Chile  Chile  PROPN NNP 2  nsubj -
    needs  need   VERB  VBZ 10 ccomp -
    to     to     PART  TO  4  aux   -
    cut    cut    VERB  VB  2  xcomp -
    its    its    PRON  PRP$ 6 poss  -
    debt   debt   NOUN  NN  4  dobj  -
    ,      ,      PUNCT ,   10 punct -
    the    the    DET   DT  9  det   -
    bank   bank   NOUN  NN  10 nsubj -
    said   say    VERB  VBD 0  ROOT  -
    .      .      PUNCT .   10 punct -
"""


def _stances(table: str) -> set[str]:
    return {r.predicate for r in read(table).relations if r.predicate in ("urge", "demand")}


def test_a_state_said_to_need_a_deed_is_advised_not_summoned() -> None:
    table = NEEDS.replace("Chile  Chile  PROPN NNP 2  nsubj -", "Chile  Chile  PROPN NNP 2  nsubj GPE")
    table = table.replace("bank   bank   NOUN  NN  10 nsubj -", "IMF    IMF    PROPN NNP 10 nsubj ORG")
    assert _stances(table) == {"urge"}


# "Chile has to do more, the IMF said."
DO_MORE = """
    Chile  Chile  PROPN NNP 2  nsubj GPE
    has    have   VERB  VBZ 9  ccomp -
    to     to     PART  TO  4  aux   -
    do     do     VERB  VB  2  xcomp -
    more   more   ADJ   JJR 4  dobj  -
    ,      ,      PUNCT ,   9  punct -
    the    the    DET   DT  8  det   -
    IMF    IMF    PROPN NNP 9  nsubj ORG
    said   say    VERB  VBD 0  ROOT  -
    .      .      PUNCT .   9  punct -
"""


def test_a_call_for_more_effort_is_advice() -> None:
    assert _stances(DO_MORE) == {"urge"}


def test_an_owed_deed_stays_a_demand() -> None:
    table = DO_MORE.replace("do     do     VERB  VB  2  xcomp -", "leave  leave  VERB  VB  2  xcomp -")
    table = table.replace("more   more   ADJ   JJR 4  dobj  -", "Peru   Peru   PROPN NNP 4  dobj  GPE")
    assert _stances(table) == {"demand"}


# "Acme decided to maintain exports to Chile."
MAINTAIN = """
    Acme      Acme      PROPN NNP 2 nsubj ORG
    decided   decide    VERB  VBD 0 ROOT  -
    to        to        PART  TO  4 aux   -
    maintain  maintain  VERB  VB  2 xcomp -
    exports   export    NOUN  NNS 4 dobj  -
    to        to        ADP   IN  5 prep  -
    Chile     Chile     PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   2 punct -
"""


def test_trade_kept_up_is_no_statement() -> None:
    roots = {root for _, predicate, _, root in facts_with_roots(MAINTAIN) if "maintain" in predicate}
    assert roots == {None}


def test_a_view_maintained_is_still_said() -> None:
    # "Acme maintained that Chile won.": "maintain" with a clause still states it
    table = """
    Acme       Acme       PROPN NNP 2 nsubj ORG
    maintained maintain   VERB  VBD 0 ROOT  -
    that       that       SCONJ IN  5 mark  -
    Chile      Chile      PROPN NNP 5 nsubj GPE
    won        win        VERB  VBD 2 ccomp -
    .          .          PUNCT .   2 punct -
    """
    assert {(predicate, root) for _, predicate, _, root in facts_with_roots(table)} == {("maintain", "01")}


# "Chile has not decided to lift the ban on Peru."
UNDECIDED = """
    Chile    Chile    PROPN NNP 4 nsubj GPE
    has      have     AUX   VBZ 4 aux   -
    not      not      PART  RB  4 neg   -
    decided  decide   VERB  VBN 0 ROOT  -
    to       to       PART  TO  6 aux   -
    lift     lift     VERB  VB  4 xcomp -
    the      the      DET   DT  8 det   -
    ban      ban      NOUN  NN  6 dobj  -
    on       on       ADP   IN  8 prep  -
    Peru     Peru     PROPN NNP 9 pobj  GPE
    .        .        PUNCT .   4 punct -
"""


def test_a_deed_not_yet_decided_is_neither_told_nor_denied() -> None:
    assert not [r for r in read(UNDECIDED).relations if "lift" in r.predicate]


def test_a_deed_decided_against_is_denied() -> None:
    # "Chile has decided not to lift the ban on Peru.": the "not" on the deed refuses it
    table = UNDECIDED.replace(
        "not      not      PART  RB  4 neg   -", "not      not      PART  RB  6 neg   -"
    )
    assert [r.negated for r in read(table).relations if "lift" in r.predicate] == [True]


# "Ann Marsh is sceptical that Chile will attack Peru."
SCEPTICAL = """
    Ann        Ann        PROPN NNP 2 compound PERSON
    Marsh      Marsh      PROPN NNP 3 nsubj    I-PERSON
    is         be         AUX   VBZ 0 ROOT     -
    sceptical  sceptical  ADJ   JJ  3 acomp    -
    that       that       SCONJ IN  8 mark     -
    Chile      Chile      PROPN NNP 8 nsubj    GPE
    will       will       AUX   MD  8 aux      -
    attack     attack     VERB  VB  4 ccomp    -
    Peru       Peru       PROPN NNP 8 dobj     GPE
    .          .          PUNCT .   3 punct    -
"""

# "Ann Marsh has no doubt that Chile will attack Peru."
NO_DOUBT = """
    Ann     Ann     PROPN NNP 2 compound PERSON
    Marsh   Marsh   PROPN NNP 3 nsubj    I-PERSON
    has     have    VERB  VBZ 0 ROOT     -
    no      no      DET   DT  5 det      -
    doubt   doubt   NOUN  NN  3 dobj     -
    that    that    SCONJ IN  9 mark     -
    Chile   Chile   PROPN NNP 9 nsubj    GPE
    will    will    AUX   MD  9 aux      -
    attack  attack  VERB  VB  5 acl      -
    Peru    Peru    PROPN NNP 9 dobj     GPE
    .       .       PUNCT .   3 punct    -
"""


def _attack(table: str) -> tuple[bool, str | None]:
    [attack] = [r for r in read(table).relations if r.predicate == "attack"]
    return attack.negated, attack.modality


def test_one_sceptical_that_a_deed_will_come_holds_it_may_not() -> None:
    assert _attack(SCEPTICAL) == (True, "may")


def test_doubts_held_that_a_deed_will_come_say_it_may_not() -> None:
    assert _attack(
        NO_DOUBT.replace("no      no      DET   DT  5 det", "grave   grave   ADJ   JJ  5 amod")
    ) == (
        True,
        "may",
    )


def test_no_doubt_vouches_for_the_deed() -> None:
    assert _attack(NO_DOUBT) == (False, "will")

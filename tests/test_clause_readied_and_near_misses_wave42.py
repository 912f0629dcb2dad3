"""Acts only readied or nearly done (wave 42): an act under "help" is governed by what governs the aid
("is ready to help defend X": may; "plans to help rebuild Y": will), and a deed after "nearly" or "almost"
("nearly attacked X", "was almost forced to sell Y") did not happen. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _polarity(table: str, predicate: str) -> set[tuple[bool, str | None]]:
    found = {(r.negated, r.modality) for r in read(table).relations if r.predicate == predicate}
    assert found, f"no {predicate!r} read"
    return found


# "Norway is ready to help defend Denmark."
READY_TO_HELP = """
    Norway   Norway   PROPN NNP 2 nsubj  GPE
    is       be       AUX   VBZ 0 ROOT   -
    ready    ready    ADJ   JJ  2 acomp  -
    to       to       PART  TO  5 aux    -
    help     help     VERB  VB  3 xcomp  -
    defend   defend   VERB  VB  5 xcomp  -
    Denmark  Denmark  PROPN NNP 6 dobj   GPE
    .        .        PUNCT .   2 punct  -
"""


def test_an_act_one_is_ready_to_help_do_is_a_possibility() -> None:
    assert _polarity(READY_TO_HELP, "defend") == {(False, "may")}


def test_an_act_one_plans_to_help_do_is_still_to_come() -> None:
    """ "Norway plans to help defend Denmark": the plan governs the aid, and so the defence."""
    table = """
    Norway   Norway   PROPN NNP 2 nsubj  GPE
    plans    plan     VERB  VBZ 0 ROOT   -
    to       to       PART  TO  4 aux    -
    help     help     VERB  VB  2 xcomp  -
    defend   defend   VERB  VB  4 xcomp  -
    Denmark  Denmark  PROPN NNP 5 dobj   GPE
    .        .        PUNCT .   2 punct  -
    """
    assert _polarity(table, "defend") == {(False, "will")}


def test_an_act_one_helped_do_stays_done() -> None:
    """ "Norway helped defend Denmark": the aid was given, the defence done."""
    table = """
    Norway   Norway   PROPN NNP 2 nsubj  GPE
    helped   help     VERB  VBD 0 ROOT   -
    defend   defend   VERB  VB  2 xcomp  -
    Denmark  Denmark  PROPN NNP 3 dobj   GPE
    .        .        PUNCT .   2 punct  -
    """
    assert _polarity(table, "defend") == {(False, None)}


def test_a_deed_nearly_done_did_not_happen() -> None:
    """ "Sweden nearly invaded Finland." """
    table = """
    Sweden   Sweden   PROPN NNP 3 nsubj  GPE
    nearly   nearly   ADV   RB  3 advmod -
    invaded  invade   VERB  VBD 0 ROOT   -
    Finland  Finland  PROPN NNP 3 dobj   GPE
    .        .        PUNCT .   3 punct  -
    """
    assert _polarity(table, "invade") == {(True, None)}


def test_a_deed_one_was_almost_forced_to_do_did_not_happen() -> None:
    """ "Sweden was almost forced to expel Finland's envoy": the "almost" on the forcing denies the
    expulsion."""
    table = """
    Sweden   Sweden   PROPN NNP 4 nsubjpass GPE
    was      be       AUX   VBD 4 auxpass   -
    almost   almost   ADV   RB  4 advmod    -
    forced   force    VERB  VBN 0 ROOT      -
    to       to       PART  TO  6 aux       -
    expel    expel    VERB  VB  4 xcomp     -
    Finland  Finland  PROPN NNP 9 poss      GPE
    's       's       PART  POS 7 case      -
    envoy    envoy    NOUN  NN  6 dobj      -
    .        .        PUNCT .   4 punct     -
    """
    assert all(negated for negated, _ in _polarity(table, "expel"))


def test_nearly_before_a_number_denies_nothing() -> None:
    """ "Sweden killed nearly 100 Finnish soldiers": "nearly" counts the dead."""
    table = """
    Sweden   Sweden   PROPN NNP 2 nsubj  GPE
    killed   kill     VERB  VBD 0 ROOT   -
    nearly   nearly   ADV   RB  4 advmod -
    100      100      NUM   CD  6 nummod -
    Finnish  Finnish  ADJ   JJ  6 amod   NORP
    soldiers soldier  NOUN  NNS 2 dobj   -
    .        .        PUNCT .   2 punct  -
    """
    assert _polarity(table, "kill") == {(False, None)}


def _plan_table(verb: str, lemma: str, noun: str, noun_lemma: str, tag: str) -> str:
    """ "Norway <verb> a <noun> to sell arms to Denmark." """
    return f"""
    Norway   Norway       PROPN NNP 2 nsubj  GPE
    {verb}   {lemma}      VERB  VBD 0 ROOT   -
    a        a            DET   DT  4 det    -
    {noun}   {noun_lemma} NOUN  {tag} 2 dobj -
    to       to           PART  TO  6 aux    -
    sell     sell         VERB  VB  4 acl    -
    arms     arm          NOUN  NNS 6 dobj   -
    to       to           ADP   IN  6 dative -
    Denmark  Denmark      PROPN NNP 8 pobj   GPE
    .        .            PUNCT .   2 punct  -
    """


def test_a_proposal_endorsed_is_the_endorsers_deed_to_come() -> None:
    table = _plan_table("endorsed", "endorse", "proposal", "proposal", "NN")
    assert _polarity(table, "proposal to sell arm to") == {(False, "will")}


def test_a_plan_approved_is_the_approvers_deed_to_come() -> None:
    table = _plan_table("approved", "approve", "plan", "plan", "NN")
    assert _polarity(table, "plan to sell arm to") == {(False, "will")}


def test_a_plan_rejected_is_no_deed_of_the_rejecter() -> None:
    table = _plan_table("rejected", "reject", "plan", "plan", "NN")
    assert not [r for r in read(table).relations if "sell" in r.predicate]

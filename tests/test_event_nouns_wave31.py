"""Events told as nouns between two actors (wave 31): a backing the subject holds is its backers' ("has the
support of X"), and an event noun's "by" agent acts on the one the noun is said of. Hand-built parses of
sentences of our own."""

from __future__ import annotations

import pytest
from hand_docs import facts_with_roots

HOLDS = """
{subject}
{verb}    {lemma}   VERB  VBZ 0 ROOT  -
the       the       DET   DT  4 det   -
{noun}    {noun}    NOUN  NN  2 dobj  -
{prep}    {prep}    ADP   IN  4 prep  -
Chile     Chile     PROPN NNP 5 pobj  GPE
.         .         PUNCT .   2 punct -
"""
PERU = "Peru Peru PROPN NNP 2 nsubj GPE"


@pytest.mark.parametrize(
    ("verb", "lemma", "noun", "prep", "word"),
    [
        ("has", "have", "support", "of", "support"),
        ("enjoys", "enjoy", "backing", "of", "back"),
        ("has", "have", "support", "from", "support"),
    ],
)
def test_a_backing_the_subject_holds_is_its_backers(
    verb: str, lemma: str, noun: str, prep: str, word: str
) -> None:
    table = HOLDS.format(subject=PERU, verb=verb, lemma=lemma, noun=noun, prep=prep)
    assert facts_with_roots(table) == {("Chile", word, "Peru", "05")}


def test_a_backing_lost_is_nobodys_backing() -> None:
    table = HOLDS.format(subject=PERU, verb="lost", lemma="lose", noun="support", prep="of")
    assert not facts_with_roots(table)


def test_a_plan_backed_is_no_actor_backed() -> None:
    # the plan is no actor: neither "Chile support plan" nor "plan have support of Chile"
    assert not facts_with_roots("""
    The      the      DET   DT  2 det   -
    plan     plan     NOUN  NN  3 nsubj -
    has      have     VERB  VBZ 0 ROOT  -
    the      the      DET   DT  5 det   -
    support  support  NOUN  NN  3 dobj  -
    of       of       ADP   IN  5 prep  -
    Chile    Chile    PROPN NNP 6 pobj  GPE
    .        .        PUNCT .   3 punct -
    """)


def test_an_owner_with_a_by_agent_is_the_one_the_event_is_done_to() -> None:
    # "Valtek's takeover by Norcorp" is "the takeover of Valtek by Norcorp"
    assert facts_with_roots("""
    Valtek    Valtek    PROPN NNP 3 poss      ORG
    's        's        PART  POS 1 case      -
    takeover  takeover  NOUN  NN  7 nsubjpass -
    by        by        ADP   IN  3 prep      -
    Norcorp   Norcorp   PROPN NNP 4 pobj      ORG
    was       be        AUX   VBD 7 auxpass   -
    approved  approve   VERB  VBN 0 ROOT      -
    .         .         PUNCT .   7 punct     -
    """) == {("Norcorp", "take over", "Valtek", "06")}


FACES = """
Peru     Peru     PROPN NNP 2 nsubj GPE
faces    face     VERB  VBZ 0 ROOT  -
a        a        DET   DT  4 det   -
{noun}   {noun}   NOUN  NN  2 dobj  -
by       by       ADP   IN  4 prep  -
Chile    Chile    PROPN NNP 5 pobj  GPE
.        .        PUNCT .   2 punct -
"""


@pytest.mark.parametrize(
    ("noun", "word", "root"),
    [("prosecution", "prosecute", "17"), ("bid", "bid", "03"), ("boycott", "boycott", "16")],
)
def test_the_subject_faces_what_the_by_agent_does(noun: str, word: str, root: str) -> None:
    assert facts_with_roots(FACES.format(noun=noun)) == {("Chile", word, "Peru", root)}


@pytest.mark.parametrize("noun", ["infighting", "feud", "rift"])
def test_a_quarrel_between_two_is_a_dispute(noun: str) -> None:
    facts = facts_with_roots(f"""
    The      the      DET   DT  2 det   -
    {noun}   {noun}   NOUN  NN  7 nsubj -
    between  between  ADP   IN  2 prep  -
    Peru     Peru     PROPN NNP 3 pobj  GPE
    and      and      CCONJ CC  4 cc    -
    Chile    Chile    PROPN NNP 4 conj  GPE
    deepened deepen   VERB  VBD 0 ROOT  -
    .        .        PUNCT .   7 punct -
    """)
    assert facts == {("Peru", f"{noun} with", "Chile", "11")}

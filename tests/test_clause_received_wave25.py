"""Events the subject wins, receives or comes under, done by the one its "from" or "of" names (wave 25):
"won the backing of X", "received approval from X", "came under attack from X". Hand-built parses of
sentences of our own, then sentences through the model."""

from __future__ import annotations

import pytest
from extraction_helpers import Run, none, one
from hand_docs import facts_with_roots


def test_the_backing_a_subject_wins_is_its_backers() -> None:
    assert facts_with_roots("""
    Peru     Peru     PROPN NNP 2 nsubj GPE
    won      win      VERB  VBD 0 ROOT  -
    the      the      DET   DT  4 det   -
    backing  backing  NOUN  NN  2 dobj  -
    of       of       ADP   IN  4 prep  -
    Chile    Chile    PROPN NNP 5 pobj  GPE
    .        .        PUNCT .   2 punct -
    """) == {("Chile", "back", "Peru", "05")}


def test_the_approval_a_subject_receives_is_its_approvers() -> None:
    assert facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    received  receive   VERB  VBD 0 ROOT  -
    approval  approval  NOUN  NN  2 dobj  -
    from      from      ADP   IN  3 prep  -
    Chile     Chile     PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
    """) == {("Chile", "approve", "Peru", "05")}


UNDER = """
Peru   Peru   PROPN NNP 2 nsubj GPE
came   come   VERB  VBD 0 ROOT  -
under  under  ADP   IN  2 prep  -
{noun} {noun} NOUN  NN  3 pobj  -
from   from   ADP   IN  2 prep  -
Chile  Chile  PROPN NNP 5 pobj  GPE
.      .      PUNCT .   2 punct -
"""


def test_an_attack_one_comes_under_is_the_attackers_even_with_from_on_the_verb() -> None:
    facts = {f[:3] for f in facts_with_roots(UNDER.format(noun="attack"))}
    assert ("Chile", "attack", "Peru") in facts
    assert ("Peru", "come from", "Chile") not in facts


def test_coming_under_fire_from_someone_is_no_coming_from_them() -> None:
    # "fire" says neither criticism nor shots; nor did Peru come from Chile
    assert not facts_with_roots(UNDER.format(noun="fire"))


@pytest.mark.parametrize(
    ("text", "subject", "word", "obj"),
    [
        ("Peru won the backing of Germany for its bid.", "Germany", "back", "Peru"),
        ("Turkey gained the approval of the European Union.", "European Union", "approve", "Turkey"),
        ("Boeing received approval from the Pentagon for the deal.", "Pentagon", "approve", "Boeing"),
    ],
)
def test_received_events_through_the_model(run: Run, text: str, subject: str, word: str, obj: str) -> None:
    one(run(text), subject, word, obj)


def test_the_backer_is_not_backed_through_the_model(run: Run) -> None:
    none(run("Peru won the backing of Germany for its bid."), "Peru", "Germany")


def test_an_event_acted_without_lends_no_code() -> None:
    # "acted without approval from Chile": Chile approved nothing, nor did Peru approve Chile
    facts = facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    acted     act       VERB  VBD 0 ROOT  -
    without   without   ADP   IN  2 prep  -
    approval  approval  NOUN  NN  3 pobj  -
    from      from      ADP   IN  4 prep  -
    Chile     Chile     PROPN NNP 5 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert not {f for f in facts if f[3] is not None}


def test_a_backing_the_subject_wins_is_not_its_own_act() -> None:
    # "Peru won support for Chile": others support Chile at Peru's asking; Peru endorses nothing itself
    facts = facts_with_roots("""
    Peru     Peru     PROPN NNP 2 nsubj GPE
    won      win      VERB  VBD 0 ROOT  -
    support  support  NOUN  NN  2 dobj  -
    for      for      ADP   IN  3 prep  -
    Chile    Chile    PROPN NNP 4 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert ("Peru", "win support for", "Chile", None) in facts


def test_criticism_one_comes_under_is_one_fact_through_the_model(run: Run) -> None:
    # the event noun's own reading ("criticism under" the subject) says the same as the clause's
    result = run("Peru came under heavy criticism from Chile.")
    said = {t.predicate for t in result.triples if (t.subject, t.object) == ("Chile", "Peru")}
    assert said == {"criticise"}


FOUND_UNDER = """
Peru     Peru     PROPN NNP 2 nsubj GPE
found    find     VERB  VBD 0 ROOT  -
itself   itself   PRON  PRP 2 dobj  -
under    under    ADP   IN  2 prep  -
attack   attack   NOUN  NN  4 pobj  -
{tail}
.        .        PUNCT .   2 punct -
"""


def test_an_attack_one_finds_oneself_under_is_the_attackers() -> None:
    # "from X" hangs on the noun here; under an attack its "from" is who attacks, not where from
    tail = "from from ADP IN 5 prep -\nChile Chile PROPN NNP 6 pobj GPE"
    facts = facts_with_roots(FOUND_UNDER.format(tail=tail))
    triples = {f[:3] for f in facts}
    assert ("Chile", "attack", "Peru") in triples
    assert not any(s == "Peru" and o == "Chile" for s, _, o in triples)


def test_an_attack_by_nobody_named_is_no_fact_about_the_one_under_it() -> None:
    # "Peru found itself under attack": no attacker, so neither "attack -attack-> Peru" with the noun as
    # actor nor "Peru -find under-> attack"
    lines = FOUND_UNDER.format(tail="").splitlines()
    assert not facts_with_roots("\n".join(x for x in lines if x.strip()))

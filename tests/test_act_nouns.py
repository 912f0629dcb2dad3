"""An act named by an anaphoric noun ("the decision", "the call", "the move") stands for its earlier doer
when it is reacted to: reacting to an act is reacting to whoever did it (act_nouns.tsv)."""

from __future__ import annotations

from geokg.extract.lexicon.words import ACT_NOUNS, ACT_REACTION_VERBS
from hand_docs import read

DECIDED = """
Chile     Chile     PROPN NNP 2 nsubj GPE
decided   decide    VERB  VBD 0 ROOT  -
to        to        PART  TO  4 aux   -
close     close     VERB  VB  2 xcomp -
the       the       DET   DT  6 det   -
border    border    NOUN  NN  4 dobj  -
.         .         PUNCT .   2 punct -
"""


def _all(table: str) -> set[tuple[str, str, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def _reaction(subject: str, verb: str, lemma: str, det: str = "the", after: int = 7) -> str:
    """ "<subject> <verb> the decision.", following a sentence of `after` tokens."""
    return f"""
    {subject}  {subject}  PROPN NNP {after + 2} nsubj GPE
    {verb}     {lemma}    VERB  VBD 0 ROOT  -
    {det}      {det}      DET   DT  {after + 4} det  -
    decision   decision   NOUN  NN  {after + 2} dobj  -
    .          .          PUNCT .   {after + 2} punct -
    """


def test_the_decision_stands_for_who_decided() -> None:
    facts = _all(DECIDED + _reaction("Peru", "condemned", "condemn"))
    assert ("Peru", "condemn", "Chile") in facts


def test_a_passive_reaction_to_the_call_is_the_agents() -> None:
    called = """
    Chile   Chile  PROPN NNP 2 nsubj GPE
    called  call   VERB  VBD 0 ROOT  -
    for     for    ADP   IN  2 prep  -
    talks   talk   NOUN  NNS 3 pobj  -
    .       .      PUNCT .   2 punct -
    The     the    DET   DT  7 det   -
    call    call   NOUN  NN  9 nsubjpass -
    was     be     AUX   VBD 9 auxpass -
    seconded second VERB VBN 0 ROOT  -
    by      by     ADP   IN  9 agent -
    Peru    Peru   PROPN NNP 10 pobj GPE
    .       .      PUNCT .   9 punct -
    """
    assert ("Peru", "second", "Chile") in _all(called)


def test_an_earlier_owned_mention_names_the_doer_of_the_move() -> None:
    owned = """
    Peru     Peru     PROPN NNP 2 nsubj GPE
    opposed  oppose   VERB  VBD 0 ROOT  -
    a        a        DET   DT  4 det   -
    move     move     NOUN  NN  2 dobj  -
    by       by       ADP   IN  4 prep  -
    Chile    Chile    PROPN NNP 5 pobj  GPE
    .        .        PUNCT .   2 punct -
    Bolivia  Bolivia  PROPN NNP 9 nsubj GPE
    called   call     VERB  VBD 0 ROOT  -
    the      the      DET   DT  11 det  -
    move     move     NOUN  NN  9 dobj  -
    a        a        DET   DT  13 det  -
    disgrace disgrace NOUN  NN  9 oprd  -
    .        .        PUNCT .   9 punct -
    """
    assert ("Bolivia", "criticise", "Chile") in _all(owned)
    # "a power grab", "a smash and grab": a grab is a word of blame
    assert ("Bolivia", "criticise", "Chile") in _all(owned.replace("disgrace disgrace", "grab     grab    "))


def test_no_doer_when_it_is_not_one_or_is_the_reactor_or_the_noun_is_not_reacted_to() -> None:
    both = """
    Chile  Chile  PROPN NNP 4 nsubj GPE
    and    and    CCONJ CC 1 cc    -
    Peru   Peru   PROPN NNP 1 conj  GPE
    decided decide VERB VBD 0 ROOT  -
    .      .      PUNCT .   4 punct -
    """
    assert not any(
        o in ("Chile", "Peru")
        for _, _, o in _all(both + _reaction("Bolivia", "condemned", "condemn", after=5))
    )
    only = both.replace("and    and    CCONJ CC 1 cc    -", "").replace(
        "Peru   Peru   PROPN NNP 1 conj  GPE", ""
    )
    only = only.replace(" 4 ", " 2 ")
    assert ("Bolivia", "condemn", "Chile") in _all(
        only + _reaction("Bolivia", "condemned", "condemn", after=3)
    )
    # the doer welcoming its own decision is no fact about itself
    assert not any(s == o for s, _, o in _all(DECIDED + _reaction("Chile", "welcomed", "welcome")))
    # "a decision": no definite article, no anaphora
    assert ("Peru", "condemn", "Chile") not in _all(
        DECIDED + _reaction("Peru", "condemned", "condemn", det="a")
    )


def test_the_lexicon_names_verbs_for_its_act_nouns() -> None:
    assert ("call", "for") in ACT_NOUNS["call"]
    assert ("rule", "") in ACT_NOUNS["decision"]  # "the court ruled …; X criticised the decision"
    assert ACT_NOUNS["move"] == ()  # only an earlier owned "move by X" names its doer
    assert {"criticise", "oppose", "second", "welcome"} <= ACT_REACTION_VERBS

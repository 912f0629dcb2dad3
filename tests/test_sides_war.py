"""An event that places a clause of taking a side is the side's: "Chile backed Peru in the war against
Bolivia" gives no war of Chile's against Bolivia; "Chile shelled Peru in the war against Bolivia":
the subject's own deed keeps its war. Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Chile backed Peru in the war against Bolivia."
BACKED_IN_THE_WAR = """
    Chile   Chile   PROPN NNP 2 nsubj GPE
    backed  back    VERB  VBD 0 ROOT  -
    Peru    Peru    PROPN NNP 2 dobj  GPE
    in      in      ADP   IN  2 prep  -
    the     the     DET   DT  6 det   -
    war     war     NOUN  NN  4 pobj  -
    against against ADP   IN  6 prep  -
    Bolivia Bolivia PROPN NNP 7 pobj  GPE
    .       .       PUNCT .   2 punct -
"""


def _wars(table: str) -> set[tuple[str, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], label[r.object.entity_id])
        for r in reading.relations
        if r.predicate == "war against"
    }


def test_the_backers_clause_gives_the_backer_no_war() -> None:
    assert ("Chile", "Bolivia") not in _wars(BACKED_IN_THE_WAR)


def test_the_subjects_own_deed_in_a_war_keeps_the_war() -> None:
    """ "Chile shelled Peru in the war against Bolivia.": the subject's own deed places it in its war."""
    table = BACKED_IN_THE_WAR.replace("backed  back ", "shelled shell")
    assert ("Chile", "Bolivia") in _wars(table)

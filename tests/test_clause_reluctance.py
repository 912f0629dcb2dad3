"""Reluctance is no denial and no deed: "X was reluctant (hesitant) to condemn Y" says at most that X may
not condemn Y, and what X was reluctant to confirm or admit ("was reluctant to confirm that Y had armed Z")
is no more said than what X declined to confirm (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import read

# "Chile was hesitant to condemn Peru."
HESITANT_TO_CONDEMN = """
Chile     Chile     PROPN NNP 2 nsubj  GPE
was       be        AUX   VBD 0 ROOT   -
hesitant  hesitant  ADJ   JJ  2 acomp  -
to        to        PART  TO  5 aux    -
condemn   condemn   VERB  VB  3 xcomp  -
Peru      Peru      PROPN NNP 5 dobj   GPE
.         .         PUNCT .   2 punct  -
"""

# "Chile was reluctant to confirm that Peru had armed Bolivia."
RELUCTANT_TO_CONFIRM = """
Chile      Chile      PROPN NNP 2 nsubj  GPE
was        be         AUX   VBD 0 ROOT   -
reluctant  reluctant  ADJ   JJ  2 acomp  -
to         to         PART  TO  5 aux    -
confirm    confirm    VERB  VB  3 xcomp  -
that       that       SCONJ IN  9 mark   -
Peru       Peru       PROPN NNP 9 nsubj  GPE
had        have       AUX   VBD 9 aux    -
armed      arm        VERB  VBN 5 ccomp  -
Bolivia    Bolivia    PROPN NNP 9 dobj   GPE
.          .          PUNCT .   2 punct  -
"""


def _relations(table: str) -> set[tuple[str, str, str, bool, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.negated, r.modality)
        for r in reading.relations
    }


def test_hesitance_to_condemn_is_at_most_a_condemnation_that_may_not_come() -> None:
    condemnations = {r for r in _relations(HESITANT_TO_CONDEMN) if r[1] == "condemn"}
    assert condemnations == {("Chile", "condemn", "Peru", True, "may")}


def test_what_one_is_reluctant_to_confirm_is_not_said() -> None:
    assert not {r for r in _relations(RELUCTANT_TO_CONFIRM) if r[0] == "Peru"}


def test_what_one_is_not_reluctant_to_confirm_is_said() -> None:
    not_reluctant = RELUCTANT_TO_CONFIRM.replace(
        "was        be         AUX   VBD 0 ROOT   -",
        "was        be         AUX   VBD 0 ROOT   -\nnot        not        PART  RB  2 neg    -",
    )
    renumbered = "\n".join(
        line if i < 4 else _shift(line) for i, line in enumerate(not_reluctant.strip().splitlines())
    )
    assert ("Peru", "arm", "Bolivia", False, None) in _relations(renumbered)


def _shift(line: str) -> str:
    """Renumber a head after the inserted "not" (position 3)."""
    word, lemma, pos, tag, head, dep, ent = line.split()
    head = str(int(head) + 1) if int(head) >= 3 else head
    return f"{word} {lemma} {pos} {tag} {head} {dep} {ent}"

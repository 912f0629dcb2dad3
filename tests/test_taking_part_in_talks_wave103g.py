"""Wave 103 G, item 2 (the active form): coordinated parties that "took part in the talks" met each other,
as parties that held talks did ("meet with", 04); talks "with" a third party are a meeting with that party
(circumstance_event), not of the two with each other. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Peru and Chile took part in the talks."
_TOOK_PART = """
Peru   Peru   PROPN NNP 4 nsubj    GPE
and    and    CCONJ CC  1 cc       -
Chile  Chile  PROPN NNP 1 conj     GPE
took   take   VERB  VBD 0 ROOT     -
part   part   NOUN  NN  4 dobj     -
in     in     ADP   IN  4 prep     -
the    the    DET   DT  8 det      -
talks  talk   NOUN  NNS 6 pobj     -
.      .      PUNCT .   4 punct    -
"""


def test_parties_taking_part_in_talks_meet_each_other() -> None:
    facts = facts_with_roots(_TOOK_PART)
    met = {(s, p, o, root) for s, p, o, root in facts if {s, o} == {"Peru", "Chile"}}
    assert met and all(root == "04" for *_, root in met), facts


# "Peru and Chile took part in the talks with Bolivia."
_TOOK_PART_WITH_A_THIRD = """
Peru     Peru     PROPN NNP 4 nsubj    GPE
and      and      CCONJ CC  1 cc       -
Chile    Chile    PROPN NNP 1 conj     GPE
took     take     VERB  VBD 0 ROOT     -
part     part     NOUN  NN  4 dobj     -
in       in       ADP   IN  4 prep     -
the      the      DET   DT  8 det      -
talks    talk     NOUN  NNS 6 pobj     -
with     with     ADP   IN  8 prep     -
Bolivia  Bolivia  PROPN NNP 9 pobj     GPE
.        .        PUNCT .   4 punct    -
"""


def test_talks_with_a_third_party_are_a_meeting_with_it() -> None:
    # the guard: the third party is whom each met; the two are no pair meeting each other
    facts = facts_with_roots(_TOOK_PART_WITH_A_THIRD)
    assert {"Peru", "Chile"} <= {s for s, _, o, root in facts if o == "Bolivia" and root == "04"}, facts
    assert not {f for f in facts if {f[0], f[2]} == {"Peru", "Chile"}}, facts

"""Wave 104 G: what an infinitive of purpose ("in order to", "so as to") would force another to do is an aim,
no deed (voice._purpose_phrase, words.tsv purpose_openers); a compulsion only tried for or wished ("tried to
force Peru to negotiate") leaves the act the one compelling's wish, "should" (frame._sought), while a
compulsion done ("forced Peru to negotiate") still tells the deed. The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Chile sent troops in order to force Peru to negotiate with Bolivia."
_IN_ORDER_TO_FORCE = """
Chile      Chile      PROPN NNP 2  nsubj GPE
sent       send       VERB  VBD 0  ROOT  -
troops     troop      NOUN  NNS 2  dobj  -
in         in         ADP   IN  2  prep  -
order      order      NOUN  NN  4  pobj  -
to         to         PART  TO  7  aux   -
force      force      VERB  VB  5  acl   -
Peru       Peru       PROPN NNP 7  dobj  GPE
to         to         PART  TO  10 aux   -
negotiate  negotiate  VERB  VB  7  xcomp -
with       with       ADP   IN  10 prep  -
Bolivia    Bolivia    PROPN NNP 11 pobj  GPE
.          .          PUNCT .   2  punct -
"""

# "Chile tried to force Peru to negotiate with Bolivia."
_TRIED_TO_FORCE = """
Chile      Chile      PROPN NNP 2  nsubj GPE
tried      try        VERB  VBD 0  ROOT  -
to         to         PART  TO  4  aux   -
force      force      VERB  VB  2  xcomp -
Peru       Peru       PROPN NNP 4  dobj  GPE
to         to         PART  TO  7  aux   -
negotiate  negotiate  VERB  VB  4  xcomp -
with       with       ADP   IN  7  prep  -
Bolivia    Bolivia    PROPN NNP 8  pobj  GPE
.          .          PUNCT .   2  punct -
"""

# "Chile forced Peru to negotiate with Bolivia.": the compulsion done, and the talks with it
_FORCED = """
Chile      Chile      PROPN NNP 2  nsubj GPE
forced     force      VERB  VBD 0  ROOT  -
Peru       Peru       PROPN NNP 2  dobj  GPE
to         to         PART  TO  5  aux   -
negotiate  negotiate  VERB  VB  2  xcomp -
with       with       ADP   IN  5  prep  -
Bolivia    Bolivia    PROPN NNP 6  pobj  GPE
.          .          PUNCT .   2  punct -
"""


def _between(table: str, subject: str, obj: str) -> set[tuple[str, str | None, bool]]:
    acts = read_modal_acts(table)
    return {(pred, mod, neg) for subj, pred, o, _, mod, neg in acts if (subj, o) == (subject, obj)}


def test_what_a_purpose_would_force_is_no_deed() -> None:
    assert _between(_IN_ORDER_TO_FORCE, "Peru", "Bolivia") == set()


def test_a_compulsion_tried_for_leaves_a_wish() -> None:
    assert _between(_TRIED_TO_FORCE, "Peru", "Bolivia") == {("negotiate with", "should", False)}


def test_a_compulsion_done_tells_the_deed() -> None:
    assert _between(_FORCED, "Peru", "Bolivia") == {("negotiate with", None, False)}

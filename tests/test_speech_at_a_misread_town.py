"""Where words were spoken is no party to them: "said at Jolfa", a town the tagger took for a person, gives no
edge to it. The parse is built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_name_said_at_is_a_venue_even_typed_a_person() -> None:
    facts = facts_with_roots(
        """
    Ahmadi     Ahmadi     PROPN NNP  2   nsubj     PERSON
    said       say        VERB  VBD  0   ROOT      -
    at         at         ADP   IN   2   prep      -
    Kerend     Kerend     PROPN NNP  3   pobj      PERSON
    that       that       SCONJ IN   8   mark      -
    deliveries delivery   NOUN  NNS  8   nsubj     -
    would      would      AUX   MD   8   aux       -
    start      start      VERB  VB   2   ccomp     -
    .          .          PUNCT .    2   punct     -
    """
    )
    assert not any(fact[2] == "Kerend" for fact in facts)

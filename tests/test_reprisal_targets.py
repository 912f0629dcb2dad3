"""A reprisal's party is whom its own preposition names ("in retaliation for Peru's attack": Peru); a state
reached through the event it answers ("... attack on a Bolivian ship") is that event's target, not the
reprisal's. The parse is built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_the_target_of_the_attack_retaliated_for_is_no_party_of_the_reprisal() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2   nsubj     GPE
    shelled    shell      VERB  VBD  0   ROOT      -
    a          a          DET   DT   4   det       -
    port       port       NOUN  NN   2   dobj      -
    in         in         ADP   IN   2   prep      -
    retaliation retaliation NOUN NN  5   pobj      -
    for        for        ADP   IN   6   prep      -
    a          a          DET   DT   10  det       -
    Peruvian   peruvian   ADJ   JJ   10  amod      NORP
    attack     attack     NOUN  NN   7   pobj      -
    on         on         ADP   IN   10  prep      -
    a          a          DET   DT   14  det       -
    Bolivian   bolivian   ADJ   JJ   14  amod      NORP
    ship       ship       NOUN  NN   11  pobj      -
    .          .          PUNCT .    2   punct     -
    """
    )
    assert ("Chile", "retaliation for", "Peru", "19") in facts
    assert not any(fact[0] == "Chile" and fact[2] == "Bolivia" for fact in facts)

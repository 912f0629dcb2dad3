"""An event noun that an effort's or a trying's infinitive would get ("efforts to secure a ceasefire between X
and Y", "tried to broker a ceasefire"), or that one pursues, is sought, not had: no ceasefire between the two
is read from it; secured, it is one. Parses are built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots

EFFORTS = """
    Brazil     Brazil     PROPN NNP  2   nsubj     GPE
    renewed    renew      VERB  VBD  0   ROOT      -
    its        its        PRON  PRP$ 4   poss      -
    efforts    effort     NOUN  NNS  2   dobj      -
    to         to         PART  TO   6   aux       -
    secure     secure     VERB  VB   4   acl       -
    a          a          DET   DT   8   det       -
    ceasefire  ceasefire  NOUN  NN   6   dobj      -
    between    between    ADP   IN   8   prep      -
    Peru       Peru       PROPN NNP  9   pobj      GPE
    and        and        CCONJ CC   10  cc        -
    Ecuador    Ecuador    PROPN NNP  10  conj      GPE
    .          .          PUNCT .    2   punct     -
"""


def _ceasefires(facts: set[tuple[str, str, str, str | None]]) -> set[tuple[str, str, str, str | None]]:
    return {fact for fact in facts if fact[1] == "ceasefire with"}


def test_efforts_to_secure_a_ceasefire_are_no_ceasefire() -> None:
    assert _ceasefires(facts_with_roots(EFFORTS)) == set()


def test_trying_to_broker_a_ceasefire_is_no_ceasefire() -> None:
    tried = """
    Brazil     Brazil     PROPN NNP  2   nsubj     GPE
    tried      try        VERB  VBD  0   ROOT      -
    to         to         PART  TO   4   aux       -
    broker     broker     VERB  VB   2   xcomp     -
    a          a          DET   DT   6   det       -
    ceasefire  ceasefire  NOUN  NN   4   dobj      -
    between    between    ADP   IN   6   prep      -
    Peru       Peru       PROPN NNP  7   pobj      GPE
    and        and        CCONJ CC   8   cc        -
    Ecuador    Ecuador    PROPN NNP  8   conj      GPE
    .          .          PUNCT .    2   punct     -
    """
    assert _ceasefires(facts_with_roots(tried)) == set()


def test_a_secured_ceasefire_is_one() -> None:
    secured = """
    Brazil     Brazil     PROPN NNP  2   nsubj     GPE
    secured    secure     VERB  VBD  0   ROOT      -
    a          a          DET   DT   4   det       -
    ceasefire  ceasefire  NOUN  NN   2   dobj      -
    between    between    ADP   IN   4   prep      -
    Peru       Peru       PROPN NNP  5   pobj      GPE
    and        and        CCONJ CC   6   cc        -
    Ecuador    Ecuador    PROPN NNP  6   conj      GPE
    .          .          PUNCT .    2   punct     -
    """
    assert _ceasefires(facts_with_roots(secured)) != set()

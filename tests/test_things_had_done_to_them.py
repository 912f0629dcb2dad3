"""What "have" or "get" says was done to an owner's thing ("Chile, which would have had its quota reduced
under the Andean Pact scheme") was done to the thing, not to the owner: no passive of the owner. Sentences
written for this test; the parse is hand-built (tests/hand_docs.py)."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Chile, which would have had its quota reduced under the Andean Pact scheme, blocked the proposal."
HAD_ITS_QUOTA_REDUCED = """
    Chile          Chile          PROPN  NNP    16 nsubj      GPE
    ,              ,              PUNCT  ,       1 punct      -
    which          which          PRON   WDT     6 nsubj      -
    would          would          AUX    MD      6 aux        -
    have           have           AUX    VB      6 aux        -
    had            have           VERB   VBN     1 relcl      -
    its            its            PRON   PRP$    8 poss       -
    quota          quota          NOUN   NN      9 nsubj      -
    reduced        reduce         VERB   VBN     6 ccomp      -
    under          under          ADP    IN      9 prep       -
    the            the            DET    DT     12 det        ORG
    Andean         Andean         PROPN  NNP    13 compound   I-ORG
    Pact           Pact           PROPN  NNP    10 pobj       I-ORG
    scheme         scheme         NOUN   NN     13 appos      -
    ,              ,              PUNCT  ,       1 punct      -
    blocked        block          VERB   VBD     0 ROOT       -
    the            the            DET    DT     18 det        -
    proposal       proposal       NOUN   NN     16 dobj       -
    .              .              PUNCT  .      16 punct      -
"""


def test_what_was_done_to_an_owners_thing_is_no_passive_of_the_owner() -> None:
    facts = read_triples(HAD_ITS_QUOTA_REDUCED)
    assert not any(
        subject == "Chile" and predicate.startswith("be reduce") for subject, predicate, _ in facts
    ), facts

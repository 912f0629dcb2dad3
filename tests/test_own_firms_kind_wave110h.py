"""What a firm's own chairman says firms of its kind must do is a statement of his side's course, not a
demand (wave 110 H): "Kestrel Ltd chairman Jan Bolt said firms like Kestrel must have a base in
Asia" says (01) of Kestrel and of the firms, as "nobody demands of their own side" reads a state's
official. A firm he does not serve is still asked ("said Acme must pay"). Each test states its parse by
hand (tests/hand_docs.py); the names and sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

_OWN_KIND_MUST = """
    Kestrel     Kestrel     PROPN NNP 2  compound ORG
    Ltd         Ltd         PROPN NNP 3  compound I-ORG
    chairman    chairman    NOUN  NN  5  compound -
    Jan         Jan         PROPN NNP 5  compound PERSON
    Bolt        Bolt        PROPN NNP 6  nsubj    I-PERSON
    said        say         VERB  VBD 0  ROOT     -
    firms       firm        NOUN  NNS 11 nsubj    -
    like        like        ADP   IN  7  prep     -
    Kestrel     Kestrel     PROPN NNP 8  pobj     ORG
    must        must        AUX   MD  11 aux      -
    have        have        VERB  VB  6  ccomp    -
    a           a           DET   DT  13 det      -
    base        base        NOUN  NN  11 dobj     -
    in          in          ADP   IN  13 prep     -
    Asia        Asia        PROPN NNP 14 pobj     LOC
    .           .           PUNCT .   6  punct    -
    """

_OTHER_FIRM_MUST = """
    Kestrel     Kestrel     PROPN NNP 2  compound ORG
    Ltd         Ltd         PROPN NNP 3  compound I-ORG
    chairman    chairman    NOUN  NN  5  compound -
    Jan         Jan         PROPN NNP 5  compound PERSON
    Bolt        Bolt        PROPN NNP 6  nsubj    I-PERSON
    said        say         VERB  VBD 0  ROOT     -
    Acme        Acme        PROPN NNP 9  nsubj    ORG
    must        must        AUX   MD  9  aux      -
    pay         pay         VERB  VB  6  ccomp    -
    its         its         PRON  PRP$ 11 poss    -
    debts       debt        NOUN  NNS 9  dobj     -
    .           .           PUNCT .   6  punct    -
    """


def test_a_chairmans_word_on_what_firms_of_his_own_kind_must_do_is_no_demand() -> None:
    facts = facts_with_roots(_OWN_KIND_MUST)
    spoken = {(p, o, root) for s, p, o, root in facts if s == "Jan Bolt" and p != "chairperson of"}
    assert ("say", "Kestrel Ltd", "01") in spoken
    assert not any(p == "demand" for p, _, _ in spoken)
    # a firm he does not serve is still asked
    assert ("Jan Bolt", "demand", "Acme", "10") in facts_with_roots(_OTHER_FIRM_MUST)

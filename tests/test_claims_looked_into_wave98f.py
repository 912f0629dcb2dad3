"""An inquiry into a claim is no act on the claimant (wave 98 F): "proposed an investigation of Peruvian
claims that …", "an inquiry into Lima's allegations", "a review of claims by Peru", "a review of Peruvian
complaints" look into what is claimed; the state that owns or makes the claim is no one the inquiry is
into, so rule noun_prep gives the proposer no edge to it. An inquiry into a state itself still reaches it.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_ADJECTIVE_OWNER = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    proposed      propose       VERB  VBD 0  ROOT     -
    a             a             DET   DT  5  det      -
    joint         joint         ADJ   JJ  5  amod     -
    investigation investigation NOUN  NN  2  dobj     -
    of            of            ADP   IN  5  prep     -
    Peruvian      peruvian      ADJ   JJ  8  amod     NORP
    claims        claim         NOUN  NNS 6  pobj     -
    that          that          SCONJ IN  12 mark     -
    Chilean       chilean       ADJ   JJ  11 amod     NORP
    firms         firm          NOUN  NNS 12 nsubj    -
    dump          dump          VERB  VBP 8  acl      -
    shoes         shoe          NOUN  NNS 12 dobj     -
    .             .             PUNCT .   2  punct    -
    """

_POSSESSIVE_OWNER = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    demanded      demand        VERB  VBD 0  ROOT     -
    an            an            DET   DT  4  det      -
    inquiry       inquiry       NOUN  NN  2  dobj     -
    into          into          ADP   IN  4  prep     -
    Peru          Peru          PROPN NNP 8  poss     GPE
    's            's            PART  POS 6  case     -
    allegations   allegation    NOUN  NNS 5  pobj     -
    .             .             PUNCT .   2  punct    -
    """

_MAKER_AFTER_BY = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    proposed      propose       VERB  VBD 0  ROOT     -
    an            an            DET   DT  4  det      -
    investigation investigation NOUN  NN  2  dobj     -
    of            of            ADP   IN  4  prep     -
    charges       charge        NOUN  NNS 5  pobj     -
    by            by            ADP   IN  6  prep     -
    Peru          Peru          PROPN NNP 7  pobj     GPE
    .             .             PUNCT .   2  punct    -
    """

_COMPLAINTS_REVIEWED = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    called        call          VERB  VBD 0  ROOT     -
    for           for           ADP   IN  2  prep     -
    a             a             DET   DT  5  det      -
    review        review        NOUN  NN  3  pobj     -
    of            of            ADP   IN  5  prep     -
    Peruvian      peruvian      ADJ   JJ  8  amod     NORP
    complaints    complaint     NOUN  NNS 6  pobj     -
    .             .             PUNCT .   2  punct    -
    """

_STATE_LOOKED_INTO = """
    Chile         Chile         PROPN NNP 2  nsubj    GPE
    proposed      propose       VERB  VBD 0  ROOT     -
    an            an            DET   DT  4  det      -
    investigation investigation NOUN  NN  2  dobj     -
    of            of            ADP   IN  4  prep     -
    Peru          Peru          PROPN NNP 5  pobj     GPE
    .             .             PUNCT .   2  punct    -
    """


def _reaches_peru(table: str) -> bool:
    return any(s == "Chile" and o in ("Peru", "Peruvian") for s, _, o in read_triples(table))


def test_investigation_of_a_states_claims_is_no_edge_to_the_claimant() -> None:
    assert not _reaches_peru(_ADJECTIVE_OWNER)
    # the inquiry into the state itself still reaches it
    assert ("Chile", "propose investigation of", "Peru") in read_triples(_STATE_LOOKED_INTO)


def test_inquiry_into_a_states_own_allegations_is_no_edge_to_it() -> None:
    assert not _reaches_peru(_POSSESSIVE_OWNER)


def test_investigation_of_charges_by_a_state_is_no_edge_to_it() -> None:
    assert not _reaches_peru(_MAKER_AFTER_BY)


def test_review_of_a_states_complaints_is_no_edge_to_it() -> None:
    assert not _reaches_peru(_COMPLAINTS_REVIEWED)

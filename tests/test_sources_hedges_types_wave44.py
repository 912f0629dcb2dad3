"""Sources, hedges and kinds of names (wave 44 D): plurals of firms ("commercial banks", "Japanese
lenders") are organisations, not groups of people, and "it" never stands for such a plural. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read


def _entity(table: str, label: str):
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity


def test_a_plural_of_banks_is_an_organisation_of_no_state() -> None:
    table = """
    Peru       Peru       PROPN NNP 2 nsubj GPE
    settled    settle     VERB  VBD 0 ROOT  -
    with       with       ADP   IN  2 prep  -
    its        its        PRON  PRP$ 6 poss -
    commercial commercial ADJ   JJ  6 amod  -
    banks      bank       NOUN  NNS 3 pobj  -
    .          .          PUNCT .   2 punct -
    """
    banks = _entity(table, "banks")
    assert (banks.type, banks.country) == ("ORG", None)


def test_a_states_lenders_are_its_organisations_and_its_investors_a_group() -> None:
    table = """
    Japanese  japanese  ADJ   JJ  2 amod  NORP
    lenders   lender    NOUN  NNS 3 nsubj -
    joined    join      VERB  VBD 0 ROOT  -
    Canadian  canadian  ADJ   JJ  5 amod  NORP
    investors investor  NOUN  NNS 3 dobj  -
    .         .         PUNCT .   3 punct -
    """
    reading = read(table)
    kinds = {e.label: (e.type, e.country) for e in reading.entities.entities()}
    assert kinds["Japanese banks"]  # lenders are banks (sectors.tsv) == ("ORG", "JPN")
    assert kinds["Canadian investors"] == ("NORP", "CAN")


def test_it_never_stands_for_a_plural_of_firms() -> None:
    table = """
    Foreign  foreign  ADJ   JJ  2  amod   -
    banks    bank     NOUN  NNS 3  nsubj  -
    lent     lend     VERB  VBD 0  ROOT   -
    Brazil   Brazil   PROPN NNP 3  dative GPE
    money    money    NOUN  NN  3  dobj   -
    .        .        PUNCT .   3  punct  -
    Ana      Ana      PROPN NNP 8  compound PERSON
    Lopez    Lopez    PROPN NNP 9  nsubj  I-PERSON
    said     say      VERB  VBD 0  ROOT   -
    it       it       PRON  PRP 12 nsubj  -
    would    would    AUX   MD  12 aux    -
    help     help     VERB  VB  9  ccomp  -
    Peru     Peru     PROPN NNP 12 dobj   GPE
    .        .        PUNCT .   9  punct  -
    """
    found = facts_with_roots(table)
    assert ("banks", "lend money to", "Brazil", "07") in found
    assert not any(s == "banks" and o == "Peru" for s, _, o, _ in found)

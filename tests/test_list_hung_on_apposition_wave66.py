"""A list of names the parser hung on its first name's apposition (wave 66 F): "The United Kingdom, Chile,
Peru and Bolivia met" makes "Chile" an apposition of "Kingdom" and the rest conjuncts of Chile. A name of
the head's own kind with conjuncts of its own is no renaming of the head but the rest of the list, and the
head is its first member, for the reciprocal rule as for every rule reading a list of subjects or objects.
A real apposition ("Chile's ally, Peru, …") stays a renaming. Parses are built by hand; the sentences are
ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

STATES_MET = """
    The      the      DET   DT  3  det      GPE
    United   United   PROPN NNP 3  compound I-GPE
    Kingdom  Kingdom  PROPN NNP 12 nsubj    I-GPE
    ,        ,        PUNCT ,   3  punct    -
    Chile    Chile    PROPN NNP 3  appos    GPE
    ,        ,        PUNCT ,   5  punct    -
    Peru     Peru     PROPN NNP 5  conj     GPE
    ,        ,        PUNCT ,   7  punct    -
    Bolivia  Bolivia  PROPN NNP 7  conj     GPE
    and      and      CCONJ CC  9  cc       -
    Ecuador  Ecuador  PROPN NNP 9  conj     GPE
    met      meet     VERB  VBD 0  ROOT     -
    in       in       ADP   IN  12 prep     -
    Lima     Lima     PROPN NNP 13 pobj     GPE
    .        .        PUNCT .   12 punct    -
    """


def test_the_head_of_a_list_hung_on_its_apposition_meets_every_other_member() -> None:
    met = {(s, o) for s, p, o, _ in facts_with_roots(STATES_MET) if p == "meet with"}
    for other in ("Chile", "Peru", "Bolivia", "Ecuador"):
        assert ("United Kingdom", other) in met
    assert ("Chile", "Peru") in met and ("Bolivia", "Ecuador") in met
    assert len(met) == 10


def test_firms_listed_after_the_first_firms_apposition_agree_with_it() -> None:
    facts = facts_with_roots(
        """
    Acme      Acme      PROPN NNP 2  compound ORG
    Corp      Corp      PROPN NNP 10 nsubj    I-ORG
    ,         ,         PUNCT ,   2  punct    -
    Borealis  Borealis  PROPN NNP 5  compound ORG
    Inc       Inc       PROPN NNP 2  appos    I-ORG
    and       and       CCONJ CC  5  cc       -
    Cobalt    Cobalt    PROPN NNP 9  compound ORG
    Mining    Mining    PROPN NNP 9  compound I-ORG
    Ltd       Ltd       PROPN NNP 5  conj     I-ORG
    agreed    agree     VERB  VBD 0  ROOT     -
    to        to        PART  TO  12 aux      -
    merge     merge     VERB  VB  10 xcomp    -
    .         .         PUNCT .   10 punct    -
    """
    )
    # (the pair's edge is the merger agreed to, "agree to merge with", which holds the agreement: wave 83 G)
    agreed = {(s, o) for s, p, o, _ in facts if p == "agree to merge with"}
    assert ("Acme Corp", "Borealis Inc") in agreed
    assert ("Acme Corp", "Cobalt Mining Ltd") in agreed
    assert ("Borealis Inc", "Cobalt Mining Ltd") in agreed


def test_each_state_of_a_list_hung_on_an_apposition_condemns() -> None:
    triples = read_triples(
        """
    The       the       DET   DT  3  det      GPE
    United    United    PROPN NNP 3  compound I-GPE
    Kingdom   Kingdom   PROPN NNP 8  nsubj    I-GPE
    ,         ,         PUNCT ,   3  punct    -
    Chile     Chile     PROPN NNP 3  appos    GPE
    and       and       CCONJ CC  5  cc       -
    Peru      Peru      PROPN NNP 5  conj     GPE
    condemned condemn   VERB  VBD 0  ROOT     -
    Bolivia   Bolivia   PROPN NNP 8  dobj     GPE
    .         .         PUNCT .   8  punct    -
    """
    )
    for state in ("United Kingdom", "Chile", "Peru"):
        assert (state, "condemn", "Bolivia") in triples


def test_a_noun_renamed_by_a_name_is_no_list() -> None:
    facts = facts_with_roots(
        """
    Chile     Chile     PROPN NNP 3  poss     GPE
    's        's        PART  POS 1  case     -
    ally      ally      NOUN  NN  9  nsubj    -
    ,         ,         PUNCT ,   3  punct    -
    Peru      Peru      PROPN NNP 3  appos    GPE
    ,         ,         PUNCT ,   3  punct    -
    and       and       CCONJ CC  3  cc       -
    Bolivia   Bolivia   PROPN NNP 3  conj     GPE
    met       meet      VERB  VBD 0  ROOT     -
    .         .         PUNCT .   9  punct    -
    """
    )
    met = {(s, o) for s, p, o, _ in facts if p == "meet with"}
    assert ("Peru", "Bolivia") in met
    assert not any("Chile" in pair for pair in met)

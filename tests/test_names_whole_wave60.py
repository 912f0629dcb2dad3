"""Wave 60 (engineer W): names of firms read whole. A firm's name of words joined by "and" that the article
names with its legal form ("Orvan and Kessel Plc") and then again without it, as subject or object, is the
one firm wherever it recurs, not two names; so is a pair the tables know as one firm. A noun's prefix split
off at its hyphen ("re-incorporation") is read whole in the predicate. Each test states its
parse by hand (tests/hand_docs.py); the sentences and firms are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Britain's Orvan and Kessel Plc bought a mill. Orvan and Kessel sued Peru. Peru fined Orvan and Kessel."
_RECURRING = """
Britain  Britain  PROPN NNP 3  poss     GPE
's       's       PART  POS 1  case     -
Orvan    Orvan    PROPN NNP 7  nsubj    PERSON
and      and      CCONJ CC  3  cc       -
Kessel   Kessel   PROPN NNP 6  compound ORG
Plc      Plc      PROPN NNP 3  conj     I-ORG
bought   buy      VERB  VBD 0  ROOT     -
a        a        DET   DT  9  det      -
mill     mill     NOUN  NN  7  dobj     -
.        .        PUNCT .   7  punct    -
Orvan    Orvan    PROPN NNP 14 nsubj    PERSON
and      and      CCONJ CC  11 cc       -
Kessel   Kessel   PROPN NNP 11 conj     PERSON
sued     sue      VERB  VBD 0  ROOT     -
Peru     Peru     PROPN NNP 14 dobj     GPE
.        .        PUNCT .   14 punct    -
Peru     Peru     PROPN NNP 18 nsubj    GPE
fined    fine     VERB  VBD 0  ROOT     -
Orvan    Orvan    PROPN NNP 18 dobj     PERSON
and      and      CCONJ CC  19 cc       -
Kessel   Kessel   PROPN NNP 19 conj     PERSON
.        .        PUNCT .   18 punct    -
"""


def test_a_firm_named_with_its_form_is_one_firm_where_its_pair_recurs() -> None:
    facts = read_triples(_RECURRING)
    assert ("Orvan and Kessel Plc", "sue", "Peru") in facts
    assert ("Peru", "fine", "Orvan and Kessel Plc") in facts
    names = {name for fact in facts for name in (fact[0], fact[2])}
    assert not names & {"Orvan", "Kessel"}


def test_a_pair_the_tables_know_as_one_firm_is_one_name() -> None:
    facts = read_triples("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    fined    fine     VERB  VBD 0 ROOT  -
    Marks    Marks    PROPN NNP 2 dobj  ORG
    and      and      CCONJ CC  3 cc    -
    Spencer  Spencer  PROPN NNP 3 conj  PERSON
    .        .        PUNCT .   2 punct -
    """)
    assert ("Chile", "fine", "Marks and Spencer") in facts
    assert not any(fact[2] in ("Marks", "Spencer") for fact in facts)


def test_a_pair_never_named_as_one_firm_stays_two_names() -> None:
    facts = read_triples("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    fined    fine     VERB  VBD 0 ROOT  -
    Orvan    Orvan    PROPN NNP 2 dobj  ORG
    and      and      CCONJ CC  3 cc    -
    Kessel   Kessel   PROPN NNP 3 conj  ORG
    .        .        PUNCT .   2 punct -
    """)
    assert ("Chile", "fine", "Orvan") in facts and ("Chile", "fine", "Kessel") in facts


def test_a_prefixed_noun_is_read_whole_in_the_predicate() -> None:
    # "Orvan Holdings may seek re-incorporation in Peru.": the prefix split back off the noun is its own word
    reading = read("""
    Orvan          Orvan          PROPN NNP  2 compound ORG
    Holdings       Holdings       PROPN NNP  4 nsubj    I-ORG
    may            may            AUX   MD   4 aux      -
    seek           seek           VERB  VB   0 ROOT     -
    re             re             NOUN  NN   7 compound -
    -              -              PUNCT HYPH 7 punct    -
    incorporation  incorporation  NOUN  NN   4 dobj     -
    in             in             ADP   IN   7 prep     -
    Peru           Peru           PROPN NNP  8 pobj     GPE
    .              .              PUNCT .    4 punct    -
    """)
    predicates = {r.predicate for r in reading.relations}
    assert "seek re-incorporation in" in predicates
    assert not any("re incorporation" in p for p in predicates)

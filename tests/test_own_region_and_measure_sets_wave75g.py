"""A region that contains the subject's state is no party of it, and a plan or set of measures is looked
through to the measures (wave 75 G, second task).

- "Chile, Peru and Bolivia proposed lower tariffs between South America and Japan": the tariffs are South
  America's own; no state of it acts on South America (data/regions.tsv), Japan stays the partner. A region's
  people or things ("criticised South America's debtors") are not the region itself, and stay; so does a
  route across it ("flew arms across South America": where, not to whom).
- "Peru announced its long-awaited package of trade sanctions against Chile", "a programme of sanctions":
  the sanctions are announced, as in "announced sanctions against Chile" (light verb through the set).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

TARIFFS = """
    Chile    Chile    PROPN NNP 6  nsubj    GPE
    ,        ,        PUNCT ,   1  punct    -
    Peru     Peru     PROPN NNP 1  conj     GPE
    and      and      CCONJ CC  3  cc       -
    Bolivia  Bolivia  PROPN NNP 3  conj     GPE
    proposed propose  VERB  VBD 0  ROOT     -
    lower    low      ADJ   JJR 8  amod     -
    tariffs  tariff   NOUN  NNS 6  dobj     -
    between  between  ADP   IN  8  prep     -
    South    South    PROPN NNP 11 compound LOC
    America  America  PROPN NNP 9  pobj     I-LOC
    and      and      CCONJ CC  11 cc       -
    Japan    Japan    PROPN NNP 11 conj     GPE
    .        .        PUNCT .   6  punct    -
"""


def test_a_region_of_the_subjects_own_state_is_no_partner_of_it() -> None:
    triples = read_triples(TARIFFS)
    assert not [t for t in triples if t[2] == "South America"]
    assert {s for s, _, o in triples if o == "Japan"} >= {"Chile", "Peru", "Bolivia"}


DEBTORS = """
    Chile      Chile      PROPN NNP 2  nsubj    GPE
    criticised criticise  VERB  VBD 0  ROOT     -
    South      South      PROPN NNP 4  compound LOC
    America    America    PROPN NNP 6  poss     I-LOC
    's         's         PART  POS 4  case     -
    debtors    debtor     NOUN  NNS 2  dobj     -
    .          .          PUNCT .   2  punct    -
"""


def test_a_regions_people_are_not_the_region_itself() -> None:
    assert ("Chile", "criticise", "South America") in read_triples(DEBTORS)


PACKAGE = """
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    announced announce  VERB  VBD 0  ROOT     -
    its       its       PRON  PRP$ 7 poss     -
    long      long      ADV   RB  6  advmod   -
    -         -         PUNCT HYPH 6 punct    -
    awaited   await     VERB  VBN 7  amod     -
    {set}     {set}     NOUN  NN  2  dobj     -
    of        of        ADP   IN  7  prep     -
    trade     trade     NOUN  NN  10 compound -
    sanctions sanction  NOUN  NNS 8  pobj     -
    against   against   ADP   IN  10 prep     -
    Chile     Chile     PROPN NNP 11 pobj     GPE
    .         .         PUNCT .   2  punct    -
"""


def test_a_package_of_sanctions_is_announced_sanctions() -> None:
    facts = facts_with_roots(PACKAGE.format(set="package"))
    assert ("Peru", "announce sanction against", "Chile", "16") in facts


def test_a_programme_of_sanctions_is_announced_sanctions() -> None:
    facts = facts_with_roots(PACKAGE.format(set="programme"))
    assert ("Peru", "announce sanction against", "Chile", "16") in facts


ROUTE = """
    Chile   Chile   PROPN NNP 2 nsubj    GPE
    flew    fly     VERB  VBD 0 ROOT     -
    arms    arm     NOUN  NNS 2 dobj     -
    across  across  ADP   IN  2 prep     -
    South   South   PROPN NNP 6 compound LOC
    America America PROPN NNP 4 pobj     I-LOC
    .       .       PUNCT .   2 punct    -
"""


def test_a_route_across_the_subjects_own_region_stays() -> None:
    assert [t for t in read_triples(ROUTE) if t[0] == "Chile" and t[2] == "South America"]

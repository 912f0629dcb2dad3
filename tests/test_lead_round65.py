"""Fixes after audit rounds 65-66, each on a sentence of our own: where one came under fire is no
relation (rules.prep), "in public" is no public (actors._idiom), a title with an "of" phrase of its own is
not held in the body named after the name it is set beside (of_phrases._title_of_another)."""

from geokg.extract.entities.igos import lookup_igo
from hand_docs import facts_with_roots

UNDER_FIRE_IN_CONGRESS = """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    came       come       VERB  VBD  0   ROOT      -
    under      under      ADP   IN   2   prep      -
    fire       fire       NOUN  NN   3   pobj      -
    in         in         ADP   IN   2   prep      -
    Congress   Congress   PROPN NNP  5   pobj      ORG
    for        for        ADP   IN   2   prep      -
    its        its        PRON  PRP$ 9   poss      -
    plans      plan       NOUN  NNS  7   pobj      -
    .          .          PUNCT .    2   punct     -
"""

IN_PUBLIC = """
    Baker      Baker      PROPN NNP  2   nsubj     PERSON
    criticised criticise  VERB  VBD  0   ROOT      -
    Peru       Peru       PROPN NNP  2   dobj      GPE
    in         in         ADP   IN   2   prep      -
    public     public     NOUN  NN   4   pobj      -
    .          .          PUNCT .    2   punct     -
"""

TITLE_OF_A_COMMITTEE = """
    The        the        DET   DT   2   det       -
    president  president  NOUN  NN   15  nsubj     -
    of         of         ADP   IN   2   prep      -
    Peru       Peru       PROPN NNP  8   poss      GPE
    's         's         PART  POS  4   case      -
    bank       bank       NOUN  NN   7   compound  -
    steering   steering   NOUN  NN   8   compound  -
    committee  committee  NOUN  NN   3   pobj      -
    ,          ,          PUNCT ,    2   punct     -
    William    William    PROPN NNP  11  compound  PERSON
    Rhodes     Rhodes     PROPN NNP  2   appos     I-PERSON
    of         of         ADP   IN   11  prep      -
    Citibank   Citibank   PROPN NNP  12  pobj      ORG
    ,          ,          PUNCT ,    2   punct     -
    said       say        VERB  VBD  0   ROOT      -
    .          .          PUNCT .    15  punct     -
"""


def test_where_one_came_under_fire_is_no_relation() -> None:
    assert not any(f[2] == "Congress" for f in facts_with_roots(UNDER_FIRE_IN_CONGRESS))


def test_in_public_is_no_public() -> None:
    found = facts_with_roots(IN_PUBLIC)
    assert ("Baker", "criticise", "Peru", "11") in found
    assert not any("public" in f[2].lower() for f in found)


def test_a_title_of_a_committee_is_not_held_in_the_firm_after_the_name() -> None:
    found = {f[:3] for f in facts_with_roots(TITLE_OF_A_COMMITTEE)}
    assert ("William Rhodes", "president of", "Citibank") not in found
    assert ("William Rhodes", "member of", "Citibank") in found


def test_the_european_community_is_an_international_body() -> None:
    for name in ("European Community", "European Economic Community", "EEC"):
        found = lookup_igo(name)
        assert found is not None and found.key == "EEC"

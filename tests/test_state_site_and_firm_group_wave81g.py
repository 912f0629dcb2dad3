"""Things of a state or firm as objects (wave 81 G): a state's adjective on a site of work ("resurrect a
Peruvian goldmine", premises_nouns) is where the site is, no object of the act; a firm's group that is
bought or sold ("bought Zenith's graphic arts group") is a unit of the firm that changes hands, kept in the
predicate ("buy group of" Zenith), not the firm bought, nor people acting for it. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_states_goldmine_is_no_object_of_the_state() -> None:
    triples = read_triples("""
    Acme      Acme      PROPN NNP 2 compound ORG
    Corp      Corp      PROPN NNP 3 nsubj    ORG
    plans     plan      VERB  VBZ 0 ROOT     -
    to        to        PART  TO  5 aux      -
    reopen    reopen    VERB  VB  3 xcomp    -
    a         a         DET   DT  8 det      -
    Peruvian  peruvian  ADJ   JJ  8 amod     NORP
    goldmine  goldmine  NOUN  NN  5 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert not {t for t in triples if "Peru" in (t[0], t[2])}


def test_a_firms_group_sold_is_a_unit_of_the_firm() -> None:
    triples = read_triples("""
    Acme     Acme     PROPN NNP  2  compound ORG
    Corp     Corp     PROPN NNP  3  nsubj    ORG
    sold     sell     VERB  VBD  0  ROOT     -
    Zenith   Zenith   PROPN NNP  5  compound ORG
    Inc      Inc      PROPN NNP  9  poss     ORG
    's       's       PART  POS  5  case     ORG
    graphic  graphic  ADJ   JJ   8  amod     -
    arts     art      NOUN  NNS  9  compound -
    group    group    NOUN  NN   3  dobj     -
    for      for      ADP   IN   3  prep     -
    40       40       NUM   CD   12 nummod   CARDINAL
    mln      mln      ADJ   JJ   13 amod     -
    dlrs     dlrs     NOUN  NN   10 pobj     -
    .        .        PUNCT .    3  punct    -
    """)
    with_zenith = [t for t in triples if t[0] == "Acme Corp" and t[2] == "Zenith Inc"]
    assert with_zenith and all(t[1] == "sell group of" for t in with_zenith)


def test_a_group_of_a_firm_not_sold_keeps_standing_for_the_firm() -> None:
    triples = read_triples("""
    Acme     Acme     PROPN NNP 2 compound ORG
    Corp     Corp     PROPN NNP 3 nsubj    ORG
    met      meet     VERB  VBD 0 ROOT     -
    Zenith   Zenith   PROPN NNP 5 compound ORG
    Inc      Inc      PROPN NNP 8 poss     ORG
    's       's       PART  POS 5 case     ORG
    research research NOUN  NN  8 compound -
    group    group    NOUN  NN  3 dobj     -
    .        .        PUNCT .   3 punct    -
    """)
    met = [t for t in triples if t[0] == "Acme Corp" and t[2] == "Zenith Inc"]
    assert met and all(t[1].startswith("meet") and "group" not in t[1] for t in met)

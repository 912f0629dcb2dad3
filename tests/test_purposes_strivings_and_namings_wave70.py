"""Aims and namings that are no deeds (wave 70 E): the "to"-infinitive of a word of purpose ("they were
essential to stop X from defaulting") says what something is for; an infinitive under a verb of striving
("are fighting to overthrow X") is an aim that keeps its striving verb, as "try to" does; "known (by its
Spanish initials) as X" names something, and the language adjective before "initials" or "acronym" is no
state. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_infinitive_of_a_purpose_adjective_is_no_deed() -> None:
    triples = read_triples("""
    Germany    Germany    PROPN NNP 2  nsubj  GPE
    said       say        VERB  VBD 0  ROOT   -
    they       they       PRON  PRP 4  nsubj  -
    were       be         AUX   VBD 2  ccomp  -
    essential  essential  ADJ   JJ  4  acomp  -
    to         to         PART  TO  7  aux    -
    stop       stop       VERB  VB  4  xcomp  -
    Greece     Greece     PROPN NNP 7  dobj   GPE
    from       from       ADP   IN  7  prep   -
    defaulting default    VERB  VBG 9  pcomp  -
    .          .          PUNCT .   2  punct  -
    """)
    assert not [t for t in triples if t[0] == "Germany" and t[2] == "Greece"]


def test_fighting_to_overthrow_keeps_the_striving_verb() -> None:
    triples = read_triples("""
    The        the        DET   DT  2  det    -
    guerrillas guerrilla  NOUN  NNS 4  nsubj  -
    are        be         AUX   VBP 4  aux    -
    fighting   fight      VERB  VBG 0  ROOT   -
    to         to         PART  TO  6  aux    -
    overthrow  overthrow  VERB  VB  4  xcomp  -
    the        the        DET   DT  8  det    -
    government government NOUN  NN  6  dobj   -
    of         of         ADP   IN  8  prep   -
    Peru       Peru       PROPN NNP 9  pobj   GPE
    .          .          PUNCT .   4  punct  -
    """)
    overthrown = [t for t in triples if t[2] == "Peru" and "overthrow" in t[1]]
    assert overthrown and all(t[1].startswith("fight to overthrow") for t in overthrown)


def test_known_by_its_spanish_initials_as_a_name_is_no_relation() -> None:
    triples = read_triples("""
    Ortega     Ortega     PROPN NNP 17 nsubj    PERSON
    ,          ,          PUNCT ,   1  punct    -
    leader     leader     NOUN  NN  1  appos    -
    of         of         ADP   IN  3  prep     -
    the        the        DET   DT  7  det      ORG
    Sandinista Sandinista PROPN NNP 7  compound I-ORG
    Front      Front      PROPN NNP 4  pobj     I-ORG
    ,          ,          PUNCT ,   1  punct    -
    known      know       VERB  VBN 1  acl      -
    by         by         ADP   IN  9  agent    -
    its        its        PRON  PRP$ 13 poss    -
    Spanish    spanish    ADJ   JJ  13 amod     NORP
    initials   initial    NOUN  NNS 10 pobj     -
    as         as         ADP   IN  13 prep     -
    FSLN       FSLN       PROPN NNP 14 pobj     ORG
    ,          ,          PUNCT ,   1  punct    -
    arrived    arrive     VERB  VBD 0  ROOT     -
    .          .          PUNCT .   17 punct    -
    """)
    assert not [t for t in triples if "know" in t[1]]
    assert not [t for t in triples if "Spain" in (t[0], t[2])]


def test_a_language_before_an_acronym_is_no_state() -> None:
    triples = read_triples("""
    The        the        DET   DT  2  det      -
    militants  militant   NOUN  NNS 11 nsubj    -
    ,          ,          PUNCT ,   2  punct    -
    known      know       VERB  VBN 2  acl      -
    by         by         ADP   IN  4  agent    -
    their      their      PRON  PRP$ 9 poss     -
    Arabic     arabic     ADJ   JJ  8  amod     NORP
    acronym    acronym    NOUN  NN  9  compound -
    ASWJ       ASWJ       PROPN NNP 5  pobj     ORG
    ,          ,          PUNCT ,   2  punct    -
    attacked   attack     VERB  VBD 0  ROOT     -
    Chad       Chad       PROPN NNP 11 dobj     GPE
    .          .          PUNCT .   11 punct    -
    """)
    assert not [t for t in triples if "know" in t[1] or "acronym" in t[1]]


def test_a_french_acronym_is_no_title_of_france() -> None:
    triples = read_triples("""
    The        the        DET   DT  2  det      -
    militia    militia    NOUN  NN  11 nsubj    -
    ,          ,          PUNCT ,   2  punct    -
    known      know       VERB  VBN 2  acl      -
    by         by         ADP   IN  4  agent    -
    its        its        PRON  PRP$ 9 poss     -
    French     french     ADJ   JJ  8  amod     NORP
    acronym    acronym    NOUN  NN  9  compound -
    MPC        MPC        PROPN NNP 5  pobj     ORG
    ,          ,          PUNCT ,   2  punct    -
    attacked   attack     VERB  VBD 0  ROOT     -
    Chad       Chad       PROPN NNP 11 dobj     GPE
    .          .          PUNCT .   11 punct    -
    """)
    assert not [t for t in triples if "France" in (t[0], t[2])]

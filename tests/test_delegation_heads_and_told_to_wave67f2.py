"""Heads and members of a state's delegation or team act for the state (wave 67 F, second task), and "told X
to do" is an appeal to X (02), not a statement (01). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, roots_between


def test_told_a_state_to_act_is_an_appeal() -> None:
    roots = roots_between(
        """
        Chile    Chile    PROPN NNP 2  nsubj GPE
        told     tell     VERB  VBD 0  ROOT  -
        Peru     Peru     PROPN NNP 2  dobj  GPE
        to       to       PART  TO  5  aux   -
        withdraw withdraw VERB  VB  2  xcomp -
        its      its      PRON  PRP$ 7 poss  -
        troops   troop    NOUN  NNS 5  dobj  -
        from     from     ADP   IN  5  prep  -
        the      the      DET   DT  10 det   -
        border   border   NOUN  NN  8  pobj  -
        .        .        PUNCT .   2  punct -
        """,
        "Chile",
        "Peru",
    )
    assert roots == {"02"}


def test_a_state_told_by_another_to_act_is_appealed_to() -> None:
    roots = roots_between(
        """
        Peru     Peru     PROPN NNP 3  nsubjpass GPE
        was      be       AUX   VBD 3  auxpass   -
        told     tell     VERB  VBN 0  ROOT      -
        by       by       ADP   IN  3  agent     -
        Chile    Chile    PROPN NNP 4  pobj      GPE
        to       to       PART  TO  7  aux       -
        withdraw withdraw VERB  VB  3  xcomp     -
        its      its      PRON  PRP$ 9 poss      -
        troops   troop    NOUN  NNS 7  dobj      -
        .        .        PUNCT .   3  punct     -
        """,
        "Chile",
        "Peru",
    )
    assert roots == {"02"}


def test_a_headline_in_capitals_telling_a_state_to_act_is_an_appeal() -> None:
    roots = roots_between(
        """
        CHILE    Chile    PROPN NNP 2  nsubj GPE
        TELLS    tell     VERB  VBZ 0  ROOT  -
        PERU     Peru     PROPN NNP 2  dobj  GPE
        TO       to       PART  TO  5  aux   -
        WITHDRAW withdraw VERB  VB  2  xcomp -
        TROOPS   troop    NOUN  NNS 5  dobj  -
        """,
        "Chile",
        "Peru",
    )
    assert roots == {"02"}


def test_told_a_state_what_one_will_do_stays_a_statement() -> None:
    roots = roots_between(
        """
        Chile    Chile    PROPN NNP 2  nsubj GPE
        told     tell     VERB  VBD 0  ROOT  -
        Peru     Peru     PROPN NNP 2  dobj  GPE
        it       it       PRON  PRP 6  nsubj -
        would    would    AUX   MD  6  aux   -
        withdraw withdraw VERB  VB  2  ccomp -
        its      its      PRON  PRP$ 8 poss  -
        troops   troop    NOUN  NNS 6  dobj  -
        .        .        PUNCT .   2  punct -
        """,
        "Chile",
        "Peru",
    )
    assert roots == {"01"}


def test_heads_and_members_of_a_states_delegation_hold_its_office() -> None:
    table = """
    Ana        Ana        PROPN NNP 2  compound PERSON
    Ruiz       Ruiz       PROPN NNP 10 nsubj    PERSON
    ,          ,          PUNCT ,   2  punct    -
    head       head       NOUN  NN  2  appos    -
    of         of         ADP   IN  4  prep     -
    the        the        DET   DT  8  det      -
    Chilean    chilean    ADJ   JJ  8  amod     NORP
    delegation delegation NOUN  NN  5  pobj     -
    ,          ,          PUNCT ,   2  punct    -
    met        meet       VERB  VBD 0  ROOT     -
    Juan       Juan       PROPN NNP 12 compound PERSON
    Diaz       Diaz       PROPN NNP 10 dobj     PERSON
    ,          ,          PUNCT ,   12 punct    -
    a          a          DET   DT  15 det      -
    member     member     NOUN  NN  12 appos    -
    of         of         ADP   IN  15 prep     -
    Peru       Peru       PROPN NNP 19 poss     GPE
    's         's         PART  POS 17 case     -
    delegation delegation NOUN  NN  16 pobj     -
    .          .          PUNCT .   10 punct    -
    """
    triples = read_triples(table)
    assert ("Ana Ruiz", "delegation head of", "Chile") in triples
    assert ("Juan Diaz", "delegation member of", "Peru") in triples
    reading = read(table)
    assert country_of(reading, "Ana Ruiz") == "CHL"
    assert country_of(reading, "Juan Diaz") == "PER"


def test_the_chief_of_a_states_negotiating_team_acts_for_it() -> None:
    table = """
    Ana         Ana         PROPN NNP 2  compound PERSON
    Ruiz        Ruiz        PROPN NNP 11 nsubj    PERSON
    ,           ,           PUNCT ,   2  punct    -
    chief       chief       NOUN  NN  2  appos    -
    of          of          ADP   IN  4  prep     -
    the         the         DET   DT  9  det      -
    Chilean     chilean     ADJ   JJ  9  amod     NORP
    negotiating negotiating NOUN  NN  9  compound -
    team        team        NOUN  NN  5  pobj     -
    ,           ,           PUNCT ,   2  punct    -
    spoke       speak       VERB  VBD 0  ROOT     -
    .           .           PUNCT .   11 punct    -
    """
    assert ("Ana Ruiz", "negotiating team chief of", "Chile") in read_triples(table)
    assert country_of(read(table), "Ana Ruiz") == "CHL"


def test_a_member_of_a_national_sports_team_holds_no_office() -> None:
    table = """
    Ana      Ana      PROPN NNP 2  compound PERSON
    Ruiz     Ruiz     PROPN NNP 12 nsubj    PERSON
    ,        ,        PUNCT ,   2  punct    -
    a        a        DET   DT  5  det      -
    member   member   NOUN  NN  2  appos    -
    of       of       ADP   IN  5  prep     -
    the      the      DET   DT  10 det      -
    Chilean  chilean  ADJ   JJ  10 amod     NORP
    national national ADJ   JJ  10 amod     -
    team     team     NOUN  NN  6  pobj     -
    ,        ,        PUNCT ,   2  punct    -
    spoke    speak    VERB  VBD 0  ROOT     -
    .        .        PUNCT .   12 punct    -
    """
    assert not [t for t in read_triples(table) if t[0] == "Ana Ruiz" and "Chile" in t[2]]

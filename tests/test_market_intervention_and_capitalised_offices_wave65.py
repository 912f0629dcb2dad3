"""Wave 65 E: an intervention in a sentence about currencies or markets is no act of force a report lays on
anyone ("said Peru and Bolivia had intervened heavily after the peso fell": a plain statement, 01), while
troops intervening stay hostile; and a title written in capitals after a name and a comma ("Chief
Economist of X", "Global Treasurer of Y") is that person's office, no person or weekly of its own. Each
test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

_STATES_INTERVENED = """
The        the        DET   DT  3  det      -
Chilean    chilean    ADJ   JJ  3  compound NORP
minister   minister   NOUN  NN  4  nsubj    -
said       say        VERB  VBD 0  ROOT     -
Peru       Peru       PROPN NNP 9  nsubj    GPE
and        and        CCONJ CC  5  cc       -
Bolivia    Bolivia    PROPN NNP 5  conj     GPE
had        have       AUX   VBD 9  aux      -
intervened intervene  VERB  VBN 4  ccomp    -
heavily    heavily    ADV   RB  9  advmod   -
after      after      SCONJ IN  14 mark     -
the        the        DET   DT  13 det      -
peso       peso       NOUN  NNS 14 nsubj    -
fell       fall       VERB  VBD 9  advcl    -
.          .          PUNCT .   4  punct    -
"""


def test_states_intervening_as_a_currency_falls_are_not_accused() -> None:
    found = facts_with_roots(_STATES_INTERVENED)
    assert not any(f[1] == "accuse" for f in found), found
    assert ("Chile", "say", "Peru", "01") in found and ("Chile", "say", "Bolivia", "01") in found


def test_troops_intervening_as_a_currency_falls_are_still_accused() -> None:
    found = facts_with_roots("""
    The        the        DET   DT  3  det      -
    Chilean    chilean    ADJ   JJ  3  compound NORP
    minister   minister   NOUN  NN  4  nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    Bolivian   bolivian   ADJ   JJ  6  amod     NORP
    troops     troop      NOUN  NNS 8  nsubj    -
    had        have       AUX   VBD 8  aux      -
    intervened intervene  VERB  VBN 4  ccomp    -
    heavily    heavily    ADV   RB  8  advmod   -
    after      after      SCONJ IN  13 mark     -
    the        the        DET   DT  12 det      -
    peso       peso       NOUN  NNS 13 nsubj    -
    fell       fall       VERB  VBD 8  advcl    -
    .          .          PUNCT .   4  punct    -
    """)
    assert any(f[1] == "accuse" and f[3] == "11" for f in found), found


def test_a_chief_economist_after_a_name_is_her_office_not_the_weekly() -> None:
    found = read_triples("""
    Maria     Maria     PROPN NNP 2  compound PERSON
    Sol       Sol       PROPN NNP 10 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    Chief     Chief     PROPN NNP 5  compound -
    Economist Economist PROPN NNP 2  appos    -
    of        of        ADP   IN  5  prep     -
    Andes     Andes     PROPN NNP 8  compound ORG
    Bank      Bank      PROPN NNP 6  pobj     I-ORG
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  12 det      -
    peso      peso      NOUN  NNS 14 nsubj    -
    would     would     AUX   MD  14 aux      -
    fall      fall      VERB  VB  10 ccomp    -
    .         .         PUNCT .   10 punct    -
    """)
    assert ("Maria Sol", "chief economist of", "Andes Bank") in found, found
    assert not any("Economist" in (f[0], f[2]) for f in found), found


def test_a_global_treasurer_tagged_as_a_person_is_an_office() -> None:
    found = read_triples("""
    Paul      Paul      PROPN NNP 2  compound PERSON
    Roy       Roy       PROPN NNP 11 nsubj    PERSON
    ,         ,         PUNCT ,   2  punct    -
    Global    Global    PROPN NNP 5  compound PERSON
    Treasurer Treasurer PROPN NNP 2  appos    I-PERSON
    of        of        ADP   IN  5  prep     -
    Orion     Orion     PROPN NNP 9  compound ORG
    Trust     Trust     PROPN NNP 9  compound I-ORG
    Co        Co        PROPN NNP 6  pobj     I-ORG
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  13 det      -
    bank      bank      NOUN  NN  15 nsubj    -
    would     would     AUX   MD  15 aux      -
    sell      sell      VERB  VB  11 ccomp    -
    .         .         PUNCT .   11 punct    -
    """)
    assert not any("Treasurer" in (f[0], f[2]) for f in found), found
    assert any(f[0] == "Paul Roy" and "treasurer of" in f[1] for f in found), found


def test_a_speaker_accuses_no_group_his_own_state_is_one_of_the_doers_of() -> None:
    found = facts_with_roots("""
    The      the      DET   DT  3  det      -
    Chilean  chilean  ADJ   JJ  3  compound NORP
    minister minister NOUN  NN  4  nsubj    -
    said     say      VERB  VBD 0  ROOT     -
    Chile    Chile    PROPN NNP 9  nsubj    GPE
    and      and      CCONJ CC  5  cc       -
    Peru     Peru     PROPN NNP 5  conj     GPE
    had      have     AUX   VBD 9  aux      -
    shelled  shell    VERB  VBN 4  ccomp    -
    the      the      DET   DT  11 det      -
    village  village  NOUN  NN  9  dobj     -
    .        .        PUNCT .   4  punct    -
    """)
    assert not any(f[1] == "accuse" for f in found), found
    assert ("Chile", "say", "Peru", "01") in found

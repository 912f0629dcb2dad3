"""Wave 67 G: who is concerned after "of concern to X"; "Under Secretary of State for X Affairs" as a state's
office; a region's adjective cut into a name. "Issues of great concern to Japan" says nothing the verb does to
Japan, wherever the parser hangs "to Japan"; "posed a threat to Uganda" keeps its edge. "Under Secretary of
State for Trade Affairs" is an office of the state its modifier names, no office of an organisation "State
for Trade Affairs". "the Paris Club of Western lender banks" names "the Paris Club". Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _between(acts: set, subject: str, obj: str) -> list:
    return [a for a in acts if a[0] == subject and a[2] == obj]


def test_who_is_concerned_after_of_concern_is_no_party() -> None:
    # the parse that hangs "to Japan" on "concern" already gave no edge: a guard of that reading
    acts = read_modal_acts("""
    Lee      Lee      PROPN NNP 2 nsubj   PERSON
    listed   list     VERB  VBD 0 ROOT    -
    three    three    NUM   CD  4 nummod  CARDINAL
    issues   issue    NOUN  NNS 2 dobj    -
    of       of       ADP   IN  4 prep    -
    great    great    ADJ   JJ  7 amod    -
    concern  concern  NOUN  NN  5 pobj    -
    to       to       ADP   IN  7 prep    -
    Japan    Japan    PROPN NNP 8 pobj    GPE
    .        .        PUNCT .   2 punct   -
    """)
    assert not _between(acts, "Lee", "Japan")


def test_who_is_concerned_hung_on_the_verb_is_no_party() -> None:
    acts = read_modal_acts("""
    Lee         Lee         PROPN NNP 2 nsubj  PERSON
    raised      raise       VERB  VBD 0 ROOT   -
    several     several     ADJ   JJ  4 amod   -
    matters     matter      NOUN  NNS 2 dobj   -
    of          of          ADP   IN  4 prep   -
    importance  importance  NOUN  NN  5 pobj   -
    to          to          ADP   IN  2 prep   -
    Japan       Japan       PROPN NNP 7 pobj   GPE
    .           .           PUNCT .   2 punct  -
    """)
    assert not _between(acts, "Lee", "Japan")


def test_a_threat_posed_to_a_state_keeps_its_edge() -> None:
    acts = read_modal_acts("""
    Kenya   Kenya   PROPN NNP 2 nsubj  GPE
    posed   pose    VERB  VBD 0 ROOT   -
    a       a       DET   DT  4 det    -
    threat  threat  NOUN  NN  2 dobj   -
    to      to      ADP   IN  4 prep   -
    Uganda  Uganda  PROPN NNP 5 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert _between(acts, "Kenya", "Uganda")


def test_an_under_secretary_of_state_for_affairs_holds_the_states_office() -> None:
    acts = read_modal_acts("""
    U.S.       U.S.       PROPN NNP  11 npadvmod GPE
    Under      under      ADP   IN   11 prep     -
    Secretary  Secretary  PROPN NNP  2  pobj     -
    of         of         ADP   IN   3  prep     -
    State      State      PROPN NNP  4  pobj     ORG
    for        for        ADP   IN   3  prep     I-ORG
    Trade      Trade      PROPN NNP  8  compound I-ORG
    Affairs    Affairs    PROPN NNPS 6  pobj     I-ORG
    Ann        Ann        PROPN NNP  10 compound PERSON
    Bell       Bell       PROPN NNP  11 nsubj    I-PERSON
    said       say        VERB  VBD  0  ROOT     -
    talks      talk       NOUN  NNS  14 nsubj    -
    would      would      AUX   MD   14 aux      -
    resume     resume     VERB  VB   11 ccomp    -
    .          .          PUNCT .    11 punct    -
    """)
    assert ("Ann Bell", "under secretary of state of", "United States") in {a[:3] for a in acts}
    assert not [a for a in acts if a[2] == "State for Trade Affairs"]


def test_an_undersecretary_of_state_in_one_word_holds_the_states_office() -> None:
    acts = read_modal_acts("""
    U.S.            U.S.            PROPN NNP 2 compound GPE
    Undersecretary  Undersecretary  PROPN NNP 6 nmod     -
    of              of              ADP   IN  2 prep     -
    State           State           PROPN NNP 3 pobj     ORG
    Ann             Ann             PROPN NNP 6 compound PERSON
    Bell            Bell            PROPN NNP 7 nsubj    I-PERSON
    spoke           speak           VERB  VBD 0 ROOT     -
    .               .               PUNCT .   7 punct    -
    """)
    assert ("Ann Bell", "under secretary of state of", "United States") in {a[:3] for a in acts}


def test_a_region_adjective_after_of_is_no_word_of_the_name() -> None:
    acts = read_modal_acts("""
    Chile   Chile    PROPN NNP 2  nsubj    GPE
    talked  talk     VERB  VBD 0  ROOT     -
    with    with     ADP   IN  2  prep     -
    the     the      DET   DT  6  det      ORG
    Paris   Paris    PROPN NNP 6  compound I-ORG
    Club    Club     PROPN NNP 3  pobj     I-ORG
    of      of       ADP   IN  6  prep     I-ORG
    Western western  ADJ   JJ  10 amod     I-ORG
    lender  lender   NOUN  NN  10 compound -
    banks   bank     NOUN  NNS 7  pobj     -
    .       .        PUNCT .   2  punct    -
    """)
    assert _between(acts, "Chile", "Paris Club")
    assert not _between(acts, "Chile", "Paris Club of Western")


"""A list set off by a pair of marks whose last item has words of its own after its head ("-- Britain,
France and Japan, the host --", "- Japan, Italy and Canada among them -"): the closing mark stands after
those words, not right after the item's head, and the list is still read as set off (members._set_off_list,
wave 91 E): its states are the group's members (rule listed_member), or renaming a counted group they are
no objects of the clause's verbs (rule svo). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

# "Finance ministers of the Group of Five -- Britain, France and Japan, the host -- met in Osaka on Monday."
HOSTED = """
    Finance    finance    NOUN  NN  2  compound -
    ministers  minister   NOUN  NNS 18 nsubj    -
    of         of         ADP   IN  2  prep     -
    the        the        DET   DT  5  det      ORG
    Group      Group      PROPN NNP 3  pobj     I-ORG
    of         of         ADP   IN  5  prep     I-ORG
    Five       Five       PROPN NNP 6  pobj     I-ORG
    --         --         PUNCT :   2  punct    -
    Britain    Britain    PROPN NNP 2  appos    GPE
    ,          ,          PUNCT ,   9  punct    -
    France     France     PROPN NNP 9  conj     GPE
    and        and        CCONJ CC  11 cc       -
    Japan      Japan      PROPN NNP 11 conj     GPE
    ,          ,          PUNCT ,   13 punct    -
    the        the        DET   DT  16 det      -
    host       host       NOUN  NN  13 appos    -
    --         --         PUNCT :   9  punct    -
    met        meet       VERB  VBD 0  ROOT     -
    in         in         ADP   IN  18 prep     -
    Osaka      Osaka      PROPN NNP 19 pobj     GPE
    on         on         ADP   IN  18 prep     -
    Monday     Monday     PROPN NNP 21 pobj     DATE
    .          .          PUNCT .   18 punct    -
"""


def test_a_last_member_with_words_of_its_own_still_closes_the_list_of_members() -> None:
    acts = facts_with_roots(HOSTED)
    members = {(s, o) for s, p, o, root in acts if p == "member of" and root is None}
    assert members == {(state, "Group of Five") for state in ("United Kingdom", "France", "Japan")}, acts


# "Lund said the seven industrial nations that agreed to cut tariffs - Japan, Italy and Canada among them -
# must act."
RENAMED = """
Lund       Lund       PROPN NNP 2  nsubj    PERSON
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  6  det      -
seven      seven      NUM   CD  6  nummod   -
industrial industrial ADJ   JJ  6  amod     -
nations    nation     NOUN  NNS 22 nsubj    -
that       that       PRON  WDT 8  nsubj    -
agreed     agree      VERB  VBD 6  relcl    -
to         to         PART  TO  10 aux      -
cut        cut        VERB  VB  8  xcomp    -
tariffs    tariff     NOUN  NNS 10 dobj     -
-          -          PUNCT :   11 punct    -
Japan      Japan      PROPN NNP 11 conj     GPE
,          ,          PUNCT ,   13 punct    -
Italy      Italy      PROPN NNP 13 conj     GPE
and        and        CCONJ CC  15 cc       -
Canada     Canada     PROPN NNP 15 conj     GPE
among      among      ADP   IN  17 prep     -
them       they       PRON  PRP 18 pobj     -
-          -          PUNCT :   13 punct    -
must       must       AUX   MD  22 aux      -
act        act        VERB  VB  2  ccomp    -
.          .          PUNCT .   2  punct    -
"""


def test_a_renaming_list_whose_last_item_has_words_of_its_own_is_no_object() -> None:
    triples = read_triples(RENAMED)
    assert not {o for _, _, o in triples} & {"Japan", "Italy", "Canada"}, triples

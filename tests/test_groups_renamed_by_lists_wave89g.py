"""A list set off by dashes or brackets right after the clause of a counted group ("the seven industrial
nations that agreed to cut tariffs - Japan, Italy and Canada - must act") names the group's members; the
parser hangs it on the clause's last noun, but the members are no objects of the clause's verbs (wave 89
G). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

RENAMED = """
Ito        Ito        PROPN NNP 2  nsubj    PERSON
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  6  det      -
seven      seven      NUM   CD  6  nummod   -
industrial industrial ADJ   JJ  6  amod     -
nations    nation     NOUN  NNS 20 nsubj    -
that       that       PRON  WDT 8  nsubj    -
agreed     agree      VERB  VBD 6  relcl    -
to         to         PART  TO  10 aux      -
{verb}     {lemma}    VERB  VB  8  xcomp    -
{noun}     {noun}     NOUN  NNS 10 dobj     -
{open}     {open}     PUNCT :   11 punct    -
Japan      Japan      PROPN NNP 11 conj     GPE
,          ,          PUNCT ,   13 punct    -
Italy      Italy      PROPN NNP 13 conj     GPE
and        and        CCONJ CC  15 cc       -
Canada     Canada     PROPN NNP 15 conj     GPE
{close}    {close}    PUNCT :   13 punct    -
must       must       AUX   MD  20 aux      -
act        act        VERB  VB  2  ccomp    -
.          .          PUNCT .   2  punct    -
"""

# The same clause with its list as the verb's own objects: "agreed to help Japan, Italy and Canada".
HELPED = """
Ito        Ito        PROPN NNP 2  nsubj    PERSON
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  6  det      -
seven      seven      NUM   CD  6  nummod   -
industrial industrial ADJ   JJ  6  amod     -
nations    nation     NOUN  NNS 17 nsubj    -
that       that       PRON  WDT 8  nsubj    -
agreed     agree      VERB  VBD 6  relcl    -
to         to         PART  TO  10 aux      -
help       help       VERB  VB  8  xcomp    -
Japan      Japan      PROPN NNP 10 dobj     GPE
,          ,          PUNCT ,   11 punct    -
Italy      Italy      PROPN NNP 11 conj     GPE
and        and        CCONJ CC  13 cc       -
Canada     Canada     PROPN NNP 13 conj     GPE
must       must       AUX   MD  17 aux      -
act        act        VERB  VB  2  ccomp    -
.          .          PUNCT .   2  punct    -
"""


def test_a_list_renaming_a_counted_group_after_its_clause_is_no_object() -> None:
    for verb, noun, marks in (
        ("cut", "tariffs", ("-", "-")),
        ("cut", "tariffs", ("--", "--")),
        ("support", "currencies", ("(", ")")),
    ):
        table = RENAMED.format(verb=verb, lemma=verb, noun=noun, open=marks[0], close=marks[1])
        objects = {o for _, _, o in read_triples(table)}
        assert not objects & {"Japan", "Italy", "Canada"}, (marks, read_triples(table))
    # a list that is the clause's own object stays one
    assert {o for _, _, o in read_triples(HELPED)} >= {"Japan", "Italy", "Canada"}, read_triples(HELPED)

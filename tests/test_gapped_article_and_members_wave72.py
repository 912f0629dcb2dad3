"""Wave 72 E: a gapped clause after "and" whose remnant is a name, an indefinite article and an amount
("… to post a 5 billion dlr deficit and France an 8 billion dlr deficit": France posts its own), and a
plural kind noun after one body's name ("Nasdaq brokerage firms", "NYSE companies"): the body's unnamed
members, not the body. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

GAPPED = """
Analysts       analyst        NOUN   NNS     2 nsubj      -
expected       expect         VERB   VBD     0 ROOT       -
Italy          Italy          PROPN  NNP     5 nsubj      GPE
to             to             PART   TO      5 aux        -
report         report         VERB   VB      2 ccomp      -
a              a              DET    DT     11 det        -
5              5              NUM    CD      8 compound   CARDINAL
billion        billion        NUM    CD     11 nummod     I-CARDINAL
dlr            dlr            NOUN   NN     10 compound   -
trade          trade          NOUN   NN     11 compound   -
deficit        deficit        NOUN   NN      5 dobj       -
and            and            CCONJ  CC     11 cc         -
France         France         PROPN  NNP    11 conj       GPE
an             an             DET    DT     18 det        -
8              8              NUM    CD     16 compound   MONEY
billion        billion        NUM    CD     18 nummod     I-MONEY
dlr            dlr            NOUN   NN     18 compound   -
deficit        deficit        NOUN   NN      5 dobj       -
this           this           DET    DT     20 det        DATE
year           year           NOUN   NN      5 npadvmod   I-DATE
.              .              PUNCT  .       2 punct      -
"""


def test_name_article_and_amount_after_and_is_a_gapped_subject() -> None:
    triples = read_triples(GAPPED)
    assert not any(s == "Italy" and o == "France" for s, _, o in triples), triples


MEMBERS = """
Nasdaq         Nasdaq         PROPN  NNP     3 compound   ORG
brokerage      brokerage      NOUN   NN      3 compound   -
firms          firm           NOUN   NNS    12 nsubj      -
which          which          PRON   WDT     6 nsubj      -
also           also           ADV    RB      6 advmod     -
deal           deal           VERB   VBP     3 relcl      -
on             on             ADP    IN      6 prep       -
the            the            DET    DT     10 det        ORG
Tokyo          Tokyo          PROPN  NNP    10 compound   I-ORG
Exchange       Exchange       PROPN  NNP     7 pobj       I-ORG
would          would          AUX    MD     12 aux        -
lose           lose           VERB   VB      0 ROOT       -
business       business       NOUN   NN     12 dobj       -
.              .              PUNCT  .      12 punct      -
"""


def test_plural_firms_after_a_body_name_are_its_members_not_the_body() -> None:
    triples = read_triples(MEMBERS)
    assert not any(s == "Nasdaq" for s, _, _ in triples), triples


SINGULAR = """
The            the            DET    DT      4 det        -
Nasdaq         Nasdaq         PROPN  NNP     4 compound   ORG
brokerage      brokerage      NOUN   NN      4 compound   -
firm           firm           NOUN   NN      5 nsubj      -
sued           sue            VERB   VBD     0 ROOT       -
the            the            DET    DT      8 det        ORG
Tokyo          Tokyo          PROPN  NNP     8 compound   I-ORG
Exchange       Exchange       PROPN  NNP     5 dobj       I-ORG
.              .              PUNCT  .       5 punct      -
"""


def test_singular_kind_noun_after_a_name_is_still_the_named_body() -> None:
    assert ("Nasdaq", "sue", "Tokyo Exchange") in read_triples(SINGULAR)

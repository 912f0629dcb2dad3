"""Wave 79 F: officers of a state whose offices are departments, and titles of a firm's branch."""

from __future__ import annotations

from tests.hand_docs import country_of, read

UNDERSECRETARY = """
Canada         Canada         PROPN  NNP     3 nsubj      GPE
will           will           AUX    MD      3 aux        -
cut            cut            VERB   VB      0 ROOT       -
steel          steel          NOUN   NN      5 compound   -
exports        export         NOUN   NNS     3 dobj       -
.              .              PUNCT  .       3 punct      -
The            the            DET    DT      9 det        ORG
Commerce       Commerce       PROPN  NNP     9 compound   I-ORG
Department     Department     PROPN  NNP    10 nsubj      I-ORG
praised        praise         VERB   VBD     0 ROOT       -
Canada         Canada         PROPN  NNP    10 dobj       GPE
.              .              PUNCT  .      10 punct      -
Undersecretary Undersecretary PROPN  NNP    17 nmod       -
of             of             ADP    IN     13 prep       -
Commerce       Commerce       PROPN  NNP    14 pobj       -
Tom            Tom            PROPN  NNP    17 compound   PERSON
Day            Day            PROPN  NNP    18 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
Canada         Canada         PROPN  NNP    21 nsubj      GPE
had            have           AUX    VBD    21 aux        -
acted          act            VERB   VBN    18 ccomp      -
quickly        quickly        ADV    RB     21 advmod     -
.              .              PUNCT  .      18 punct      -
"""


def test_undersecretary_of_a_portfolio_is_the_department_states():
    # "Undersecretary of Commerce X" in a story mostly about Canada that names the Commerce Department: a
    # US officer, not Canada's
    assert country_of(read(UNDERSECRETARY), "Tom Day") == "USA"


def test_no_department_state_named_keeps_the_storys():
    # the same title in a story that names no state with departments stays the story's
    table = UNDERSECRETARY.replace(
        "Commerce       Commerce       PROPN  NNP     9 compound   I-ORG",
        "Trade          Trade          PROPN  NNP     9 compound   I-ORG",
    )
    table = table.replace(
        "Department     Department     PROPN  NNP    10 nsubj      I-ORG",
        "Board          Board          PROPN  NNP    10 nsubj      I-ORG",
    )
    assert country_of(read(table), "Tom Day") != "USA"

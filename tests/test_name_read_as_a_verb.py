"""A capitalised first word of a name the parser read as a verb in -s ("the governor of the Rio Negro
state Andres Mello and other governors called on ...") heads no clause: no "andre" relation. Parse by hand
(tests/hand_docs.py), as the parser gave it; the sentences and their names are ours."""

from __future__ import annotations

from hand_docs import read

# "Peruvian governors met. The governor of Rio Negro state Andres Mello and other governors last night called
# on Peruvian President Ana Costa to assume direct control of the debt negotiations."
NAME_READ_AS_A_VERB = """
    Peruvian   peruvian   ADJ        JJ         2          amod       NORP
    governors  governor   NOUN       NNS        3          nsubj      -
    met        meet       VERB       VBD        0          ROOT       -
    .          .          PUNCT      .          3          punct      -
    The        the        DET        DT         6          det        -
    governor   governor   NOUN       NN         11         nsubj      -
    of         of         ADP        IN         6          prep       -
    Rio        Rio        PROPN      NNP        9          compound   GPE
    Negro      Negro      PROPN      NNP        10         compound   I-GPE
    state      state      NOUN       NN         7          pobj       -
    Andres     andre      VERB       VBZ        0          ROOT       PERSON
    Mello      Mello      PROPN      NNP        11         dobj       I-PERSON
    and        and        CCONJ      CC         12         cc         -
    other      other      ADJ        JJ         15         amod       -
    governors  governor   NOUN       NNS        12         conj       -
    last       last       ADJ        JJ         17         amod       TIME
    night      night      NOUN       NN         11         npadvmod   I-TIME
    called     call       VERB       VBN        11         advcl      -
    on         on         ADP        IN         18         prep       -
    Peruvian   peruvian   ADJ        JJ         21         amod       NORP
    President  President  PROPN      NNP        23         compound   -
    Ana        Ana        PROPN      NNP        23         compound   PERSON
    Costa      Costa      PROPN      NNP        19         pobj       I-PERSON
    to         to         PART       TO         25         aux        -
    assume     assume     VERB       VB         18         xcomp      -
    direct     direct     ADJ        JJ         27         amod       -
    control    control    NOUN       NN         25         dobj       -
    of         of         ADP        IN         27         prep       -
    the        the        DET        DT         31         det        -
    debt       debt       NOUN       NN         31         compound   -
    negotiations negotiation NOUN       NNS        28         pobj       -
    .          .          PUNCT      .          11         punct      -
"""


def test_a_name_read_as_a_verb_heads_no_clause() -> None:
    assert not [r for r in read(NAME_READ_AS_A_VERB).relations if r.predicate.startswith("andre")]

"""Wave 83 F: a name the organisation table gives one state's agency though many states' agencies bear it
("Securities and Exchange Commission", data: shared_agency_names) is the story's setting state's where the
setting is another state and no word on it names a state (affiliations/organisations._shared_agency_state).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

_STORY = """
The            the            DET    DT      2 det        -
Philippines    Philippines    PROPN  NNPS    4 nsubj      GPE
will           will           AUX    MD      4 aux        -
tax            tax            VERB   VB      0 ROOT       -
miners         miner          NOUN   NNS     4 dobj       -
in             in             ADP    IN      4 prep       -
Manila         Manila         PROPN  NNP     7 pobj       GPE
.              .              PUNCT  .       4 punct      -
Luzon          Luzon          PROPN  NNP    11 compound   ORG
Mining         Mining         PROPN  NNP    11 compound   I-ORG
Corp           Corp           PROPN  NNP    12 nsubj      I-ORG
filed          file           VERB   VBD     0 ROOT       -
with           with           ADP    IN     12 prep       -
the            the            DET    DT     18 det        -
Securities     Securities     PROPN  NNPS   18 compound   ORG
and            and            CCONJ  CC     15 cc         I-ORG
Exchange       Exchange       PROPN  NNP    15 conj       I-ORG
Commission     Commission     PROPN  NNP    13 pobj       I-ORG
.              .              PUNCT  .      12 punct      -
"""

_SEC = "Securities and Exchange Commission"


def test_shared_agency_name_is_the_settings():
    assert country_of(read(_STORY), _SEC) == "PHL"


def test_shared_agency_acronym_is_the_settings():
    # by its acronym alone, which the dateline's state does not make "any body of that name" either
    head, _ = _STORY.split("the            the            DET    DT     18 det")
    table = (
        head
        + """the            the            DET    DT     15 det        -
SEC            SEC            PROPN  NNP    13 pobj       ORG
.              .              PUNCT  .      12 punct      -
"""
    )
    assert country_of(read(table), "SEC") == "PHL"

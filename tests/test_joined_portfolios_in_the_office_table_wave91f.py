"""Wave 91 F: a portfolio of two fields joined by "and" ("Economy and Finance Minister X", "Secretary of
Trade and Industry Y") is the office the table keys by one of its fields (entities/offices.office_kinds):
the first field it keys, else the second. So the table still says who held it ("Economy and Finance
Minister X said" takes no state whose finance minister that day was another, as "Finance Minister X" does
not), as it did before the joined portfolio was read as one title (wave 89 H). And a title written
"Secretary of <portfolio>" is headed by "secretary", an office of a state, as "<portfolio> Secretary" is
(affiliations/offices._national, titles.title_head): "Britain will curb imports, said Secretary of Trade
and Industry X" gives X the state he speaks for. The parses are stated by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from geokg.extract.entities.offices import holders_on, office_kinds
from hand_docs import country_of, facts, read

DAY = "1987-06-10"

# "Japan protested sharply. Economy and Finance Minister Kenji Sato said he was angry."
_JOINED_MINISTER = """
    Japan        Japan        PROPN  NNP     2 nsubj      GPE
    protested    protest      VERB   VBD     0 ROOT       -
    sharply      sharply      ADV    RB      2 advmod     -
    .            .            PUNCT  .       2 punct      -
    Economy      Economy      PROPN  NNP    11 nmod       -
    and          and          CCONJ  CC      5 cc         -
    Finance      Finance      PROPN  NNP     8 compound   -
    Minister     Minister     PROPN  NNP     5 conj       -
    Kenji        Kenji        PROPN  NNP    10 compound   PERSON
    Sato         Sato         PROPN  NNP    11 nsubj      I-PERSON
    said         say          VERB   VBD     0 ROOT       -
    he           he           PRON   PRP    13 nsubj      -
    was          be           AUX    VBD    11 ccomp      -
    angry        angry        ADJ    JJ     13 acomp      -
    .            .            PUNCT  .      11 punct      -
"""

# "Britain will curb imports, said Secretary of Trade and Industry Ann Roe. Canada objected."
_SECRETARY_OF = """
    Britain      Britain      PROPN  NNP     3 nsubj      GPE
    will         will         AUX    MD      3 aux        -
    curb         curb         VERB   VB      6 ccomp      -
    imports      import       NOUN   NNS     3 dobj       -
    ,            ,            PUNCT  ,       6 punct      -
    said         say          VERB   VBD     0 ROOT       -
    Secretary    Secretary    PROPN  NNP    13 compound   -
    of           of           ADP    IN      7 prep       -
    Trade        Trade        PROPN  NNP     8 pobj       -
    and          and          CCONJ  CC      9 cc         -
    Industry     Industry     PROPN  NNP     9 conj       -
    Ann          Ann          PROPN  NNP    13 compound   PERSON
    Roe          Roe          PROPN  NNP     6 nsubj      I-PERSON
    .            .            PUNCT  .       6 punct      -
    Canada       Canada       PROPN  NNP    16 nsubj      GPE
    objected     object       VERB   VBD     0 ROOT       -
    .            .            PUNCT  .      16 punct      -
"""


def test_a_joined_portfolio_is_the_office_of_a_field_the_table_keys():
    assert office_kinds("economy and finance minister") == office_kinds("finance minister")
    assert office_kinds("industry and trade minister") == office_kinds("trade minister")
    assert office_kinds("energy and mines minister") == frozenset()
    finance = holders_on("JPN", "finance minister", DAY)
    assert finance and holders_on("JPN", "economy and finance minister", DAY) == finance


def test_the_table_denies_a_joined_portfolio_held_by_another():
    reading = read(_JOINED_MINISTER, DAY)
    assert not any(s == "Kenji Sato" and o == "Japan" for s, _, o in facts(reading, "title"))
    assert country_of(reading, "Kenji Sato") is None


def test_secretary_of_a_portfolio_is_an_office_of_the_state_spoken_for():
    reading = read(_SECRETARY_OF)
    assert ("Ann Roe", "secretary of trade and industry of", "United Kingdom") in facts(reading, "title")

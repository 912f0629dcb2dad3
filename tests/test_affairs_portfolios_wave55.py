"""Wave 55 A: a minister's portfolio of "X affairs" written between a demonym and the role noun ("Dutch
consumer affairs minister X", "Swedish European affairs minister Y") is one title, "consumer affairs
minister", and the demonym before it names the holder's state, whatever the dateline says. Sentences
written for these tests; the parses are hand-built (the dateline is a sentence of its own, as the model
parses it)."""

from __future__ import annotations

from tests.hand_docs import country_of, facts, read

# "SEOUL, March 2 - Dutch consumer affairs minister Jan Visser said the Netherlands would press Korea."
CONSUMER_AFFAIRS = """
    SEOUL        SEOUL        PROPN NNP    0 ROOT       GPE
    ,            ,            PUNCT ,      1 punct      -
    March        March        PROPN NNP    1 npadvmod   DATE
    2            2            NUM   CD     3 nummod     I-DATE
    -            -            PUNCT HYPH   3 punct      -
    Dutch        dutch        ADJ   JJ     9 amod       NORP
    consumer     consumer     NOUN  NN     8 compound   -
    affairs      affair       NOUN  NNS    9 compound   -
    minister     minister     NOUN  NN    11 compound   -
    Jan          Jan          PROPN NNP   11 compound   PERSON
    Visser       Visser       PROPN NNP   12 nsubj      I-PERSON
    said         say          VERB  VBD    0 ROOT       -
    the          the          DET   DT    14 det        -
    Netherlands  Netherlands  PROPN NNP   16 nsubj      GPE
    would        would        AUX   MD    16 aux        -
    press        press        VERB  VB    12 ccomp      -
    Korea        Korea        PROPN NNP   16 dobj       GPE
    .            .            PUNCT .     12 punct      -
"""

# "OSLO, June 4 - Swedish European affairs minister Anna Berg met Norwegian officials.": the tagger took the
# region's adjective into the dateline's date
EUROPEAN_AFFAIRS = """
    OSLO         OSLO         PROPN NNP    0 ROOT       GPE
    ,            ,            PUNCT ,      1 punct      -
    June         June         PROPN NNP    1 npadvmod   DATE
    4            4            NUM   CD     3 nummod     I-DATE
    -            -            PUNCT HYPH   3 punct      I-DATE
    Swedish      swedish      ADJ   JJ     9 amod       NORP
    European     european     ADJ   JJ     9 amod       DATE
    affairs      affair       NOUN  NNS    9 compound   I-DATE
    minister     minister     NOUN  NN    11 compound   -
    Anna         Anna         PROPN NNP   11 compound   PERSON
    Berg         Berg         PROPN NNP   12 nsubj      I-PERSON
    met          meet         VERB  VBD    0 ROOT       -
    Norwegian    norwegian    ADJ   JJ    14 amod       NORP
    officials    official     NOUN  NNS   12 dobj       -
    .            .            PUNCT .     12 punct      -
"""


def test_a_portfolio_of_affairs_after_a_demonym_is_one_title_of_the_demonyms_state():
    reading = read(CONSUMER_AFFAIRS)
    assert ("Jan Visser", "consumer affairs minister of", "Netherlands") in facts(reading, "title")
    assert country_of(reading, "Jan Visser") == "NLD"


def test_a_regions_affairs_keep_the_region_in_the_title_though_the_tagger_dated_it():
    reading = read(EUROPEAN_AFFAIRS)
    titles = facts(reading, "title")
    assert any(fact[:2] == ("Anna Berg", "european affairs minister of") for fact in titles), titles
    assert country_of(reading, "Anna Berg") == "SWE"

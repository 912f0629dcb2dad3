"""Wave 64 M: a head of government's or a minister's title written bare ("Prime Minister X", "Finance
Minister Y") takes no state whose office the office table says someone else held on the article's day, nor
a state with no office of that title (the United States' head of government is its president); then the
state he speaks for, where the table says nothing against it. Sentences written for these tests; the parses
are hand-built."""

from __future__ import annotations

from tests.hand_docs import country_of, facts, read

DAY = "1987-06-10"

# "The United States called for calm."
US_FIRST = """
    The          the          DET    DT      3 det        GPE
    United       United       PROPN  NNP     3 compound   I-GPE
    States       States       PROPN  NNP     4 nsubj      I-GPE
    called       call         VERB   VBD     0 ROOT       -
    for          for          ADP    IN      4 prep       -
    calm         calm         NOUN   NN      5 pobj       -
    .            .            PUNCT  .       4 punct      -
"""


def _varvakis_said(state: str) -> str:
    """ "Prime Minister Nikos Varvakis said STATE was ready to defend its islands." """
    return f"""
    Prime        Prime        PROPN  NNP     9 compound   -
    Minister     Minister     PROPN  NNP    11 compound   -
    Nikos        Nikos        PROPN  NNP    11 compound   PERSON
    Varvakis     Varvakis     PROPN  NNP    12 nsubj      I-PERSON
    said         say          VERB   VBD     0 ROOT       -
    {state:<12} {state:<12} PROPN  NNP    14 nsubj      GPE
    was          be           AUX    VBD    12 ccomp      -
    ready        ready        ADJ    JJ     14 acomp      -
    to           to           PART   TO     17 aux        -
    defend       defend       VERB   VB     15 xcomp      -
    its          its          PRON   PRP$   19 poss       -
    islands      island       NOUN   NNS    17 dobj       -
    .            .            PUNCT  .      12 punct      -
"""


# "Japan protested sharply."
JAPAN_FIRST = """
    Japan        Japan        PROPN  NNP     2 nsubj      GPE
    protested    protest      VERB   VBD     0 ROOT       -
    sharply      sharply      ADV    RB      2 advmod     -
    .            .            PUNCT  .       2 punct      -
"""


def _sato(title: str) -> str:
    """ "TITLE Minister Kenji Sato said he was angry." """
    return f"""
    {title:<12} {title:<12} PROPN  NNP     6 compound   -
    Minister     Minister     PROPN  NNP     8 compound   -
    Kenji        Kenji        PROPN  NNP     8 compound   PERSON
    Sato         Sato         PROPN  NNP     9 nsubj      I-PERSON
    said         say          VERB   VBD     0 ROOT       -
    he           he           PRON   PRP    11 nsubj      -
    was          be           AUX    VBD     9 ccomp      -
    angry        angry        ADJ    JJ    11 acomp      -
    .            .            PUNCT  .       9 punct      -
"""


# "Japan protested sharply. Prime Minister Nakasone said he was angry."
NAKASONE = (
    JAPAN_FIRST.rstrip()
    + """
    Prime        Prime        PROPN  NNP     6 compound   -
    Minister     Minister     PROPN  NNP     7 compound   -
    Nakasone     Nakasone     PROPN  NNP     8 nsubj      PERSON
    said         say          VERB   VBD     0 ROOT       -
    he           he           PRON   PRP    10 nsubj      -
    was          be           AUX    VBD     8 ccomp      -
    angry        angry        ADJ    JJ    10 acomp      -
    .            .            PUNCT  .       8 punct      -
"""
)


def test_no_prime_minister_of_a_state_whose_head_of_government_is_its_president():
    reading = read(US_FIRST.rstrip() + _varvakis_said("Greece"), DAY)
    titles = facts(reading, "title")
    assert ("Nikos Varvakis", "prime minister of", "United States") not in titles
    # nor of Greece, whose prime minister that day the table knows by another name
    assert ("Nikos Varvakis", "prime minister of", "Greece") not in titles
    assert country_of(reading, "Nikos Varvakis") is None


def test_the_state_he_speaks_for_where_the_table_says_nothing_against_it():
    reading = read(US_FIRST.rstrip() + _varvakis_said("Fiji"), DAY)
    assert ("Nikos Varvakis", "prime minister of", "Fiji") in facts(reading, "title")
    assert country_of(reading, "Nikos Varvakis") == "FJI"


def test_no_office_of_the_story_state_the_table_gives_another_holder():
    for title, office in (("Prime", "prime minister of"), ("Finance", "finance minister of")):
        reading = read(JAPAN_FIRST.rstrip() + _sato(title), DAY)
        assert ("Kenji Sato", office, "Japan") not in facts(reading, "title")
        assert country_of(reading, "Kenji Sato") is None


def test_the_table_holder_keeps_the_office():
    reading = read(NAKASONE, DAY)
    assert ("Nakasone", "prime minister of", "Japan") in facts(reading, "title")
    assert country_of(reading, "Nakasone") == "JPN"
    # with no date the story's state stands
    reading = read(JAPAN_FIRST.rstrip() + _sato("Prime"))
    assert ("Kenji Sato", "prime minister of", "Japan") in facts(reading, "title")


# "The United States called for calm. President Jonathan Barlow, who led the country in wartime, served three
# terms.": a president of long ago, whom the table does not reach back to, in a 2019 story
BARLOW = (
    US_FIRST.rstrip()
    + """
    President    President    PROPN  NNP    10 compound   -
    Jonathan     Jonathan     PROPN  NNP    10 compound   PERSON
    Barlow       Barlow       PROPN  NNP    19 nsubj      I-PERSON
    ,            ,            PUNCT  ,      10 punct      -
    who          who          PRON   WP     13 nsubj      -
    led          lead         VERB   VBD    10 relcl      -
    the          the          DET    DT     15 det        -
    country      country      NOUN   NN     13 dobj       -
    in           in           ADP    IN     13 prep       -
    wartime      wartime      PROPN  NNP    16 pobj       -
    ,            ,            PUNCT  ,      10 punct      -
    served       serve        VERB   VBD     0 ROOT       -
    three        three        NUM    CD     21 nummod     CARDINAL
    terms        term         NOUN   NNS    19 dobj       -
    .            .            PUNCT  .      19 punct      -
"""
)


def test_a_holder_of_long_ago_who_does_not_speak_keeps_the_office():
    reading = read(BARLOW, "2019-01-06")
    assert ("Jonathan Barlow", "president of", "United States") in facts(reading, "title")
    assert country_of(reading, "Jonathan Barlow") == "USA"

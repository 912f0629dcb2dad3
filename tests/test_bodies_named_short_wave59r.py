"""Wave 59 R: bodies and people named short. A firm's unit named by running words of its business after the
firm's name the table knows ("Morgan Stanley Capital Markets", "Goldman Sachs Securities International") is
one organisation of the firm's country, no firm and a person. A body named again by its name's head word
("the Commission") is the body named last before it, and keeps its state. A speaker's office stated later
by a main clause's "is" ("X is Peru's director of public credit": a state's office, no occupation) gives
the speaker the state, even where the tagger reads the bare surname as a common noun. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read


def test_a_known_firm_run_on_by_words_of_its_business_is_its_unit_not_a_person() -> None:
    # "Morgan Stanley Capital Markets said Brazilian bonds would rally."
    reading = read("""
    Morgan         Morgan         PROPN  NNP     4 compound   ORG
    Stanley        Stanley        PROPN  NNP     4 compound   I-ORG
    Capital        Capital        PROPN  NNP     4 compound   I-ORG
    Markets        Markets        PROPN  NNPS    5 nsubj      I-ORG
    said           say            VERB   VBD     0 ROOT       -
    Brazilian      brazilian      ADJ    JJ      7 amod       NORP
    bonds          bond           NOUN   NNS     9 nsubj      -
    would          would          AUX    MD      9 aux        -
    rally          rally          VERB   VB      5 ccomp      -
    .              .              PUNCT  .       5 punct      -
    """)
    labels = {e.label: e.type for e in reading.entities.entities()}
    assert "Capital Markets" not in labels
    assert labels.get("Morgan Stanley Capital Markets") == "ORG"
    assert country_of(reading, "Morgan Stanley Capital Markets") == "USA"


def test_securities_international_after_a_known_firm_is_the_firms() -> None:
    # "Goldman Sachs Securities International cut its forecast."
    reading = read("""
    Goldman        Goldman        PROPN  NNP     4 compound   ORG
    Sachs          Sachs          PROPN  NNP     4 compound   I-ORG
    Securities     Securities     PROPN  NNPS    4 compound   I-ORG
    International  International  PROPN  NNP     5 nsubj      I-ORG
    cut            cut            VERB   VBD     0 ROOT       -
    its            its            PRON   PRP$    7 poss       -
    forecast       forecast       NOUN   NN      5 dobj       -
    .              .              PUNCT  .       5 punct      -
    """)
    labels = {e.label: e.type for e in reading.entities.entities()}
    assert "Securities International" not in labels
    assert country_of(reading, "Goldman Sachs Securities International") == "USA"


# "Norway's Price Commission raised fees on Monday."
_PRICE_COMMISSION = """
    Norway         Norway         PROPN  NNP     4 poss       GPE
    's             's             PART   POS     1 case       -
    Price          Price          PROPN  NNP     4 compound   ORG
    Commission     Commission     PROPN  NNP     5 nsubj      I-ORG
    raised         raise          VERB   VBD     0 ROOT       -
    fees           fee            NOUN   NNS     5 dobj       -
    on             on             ADP    IN      5 prep       -
    Monday         Monday         PROPN  NNP     7 pobj       DATE
    .              .              PUNCT  .       5 punct      -
"""


def test_a_state_body_named_again_by_its_head_word_keeps_its_state() -> None:
    # "... The Commission said costs had grown." ("Commission" alone is also the European Commission's
    # short name in the tables: here it is the Norwegian body named again)
    reading = read(
        _PRICE_COMMISSION
        + """
    The            the            DET    DT     11 det        -
    Commission     Commission     PROPN  NNP    12 nsubj      ORG
    said           say            VERB   VBD     0 ROOT       -
    costs          cost           NOUN   NNS    15 nsubj      -
    had            have           AUX    VBD    15 aux        -
    grown          grow           VERB   VBN    12 ccomp      -
    .              .              PUNCT  .      12 punct      -
    """
    )
    labels = {e.label for e in reading.entities.entities()}
    assert "Commission" not in labels
    assert country_of(reading, "Price Commission") == "NOR"


def test_a_bare_head_word_after_two_bodies_is_the_one_named_last() -> None:
    # "Peru's Fishing Board met officials of the Andean Grain Board.
    # The Board said Chile would buy more grain."
    reading = read("""
    Peru           Peru           PROPN  NNP     4 poss       GPE
    's             's             PART   POS     1 case       -
    Fishing        Fishing        PROPN  NNP     4 compound   ORG
    Board          Board          PROPN  NNP     5 nsubj      I-ORG
    met            meet           VERB   VBD     0 ROOT       -
    officials      official       NOUN   NNS     5 dobj       -
    of             of             ADP    IN      6 prep       -
    the            the            DET    DT     11 det        -
    Andean         Andean         PROPN  NNP    11 compound   ORG
    Grain          Grain          PROPN  NNP    11 compound   I-ORG
    Board          Board          PROPN  NNP     7 pobj       I-ORG
    .              .              PUNCT  .       5 punct      -
    The            the            DET    DT     14 det        -
    Board          Board          PROPN  NNP    15 nsubj      ORG
    said           say            VERB   VBD     0 ROOT       -
    Chile          Chile          PROPN  NNP    18 nsubj      GPE
    would          would          AUX    MD     18 aux        -
    buy            buy            VERB   VB     15 ccomp      -
    more           more           ADJ    JJR    20 amod       -
    grain          grain          NOUN   NN     18 dobj       -
    .              .              PUNCT  .      15 punct      -
    """)
    ids = {e.label: e.id for e in reading.entities.entities()}
    assert "Board" not in ids
    assert reading.entities.entity_id_at(13) == ids["Andean Grain Board"]


# "Mauro Vidal said the talks would resume."
_VIDAL_SAID = """
    Mauro          Mauro          PROPN  NNP     2 compound   PERSON
    Vidal          Vidal          PROPN  NNP     3 nsubj      I-PERSON
    said           say            VERB   VBD     0 ROOT       -
    the            the            DET    DT      5 det        -
    talks          talk           NOUN   NNS     7 nsubj      -
    would          would          AUX    MD      7 aux        -
    resume         resume         VERB   VB      3 ccomp      -
    .              .              PUNCT  .       3 punct      -
"""


def test_a_speakers_office_stated_later_by_a_bare_is_gives_his_country() -> None:
    # "... Vidal is Ecuador's director of public credit." (the tagger reads the surname opening the
    # sentence as a common noun)
    reading = read(
        _VIDAL_SAID
        + """
    Vidal          vidal          NOUN   NN     10 nsubj      -
    is             be             AUX    VBZ     0 ROOT       -
    Ecuador        Ecuador        PROPN  NNP    13 poss       GPE
    's             's             PART   POS    11 case       -
    director       director       NOUN   NN     10 attr       -
    of             of             ADP    IN     13 prep       -
    public         public         ADJ    JJ     16 amod       -
    credit         credit         NOUN   NN     14 pobj       -
    .              .              PUNCT  .      10 punct      -
    """
    )
    assert country_of(reading, "Mauro Vidal") == "ECU"


def test_is_a_critic_of_a_states_body_states_no_office() -> None:
    # "... Vidal is a critic of Ecuador's central bank."
    reading = read(
        _VIDAL_SAID
        + """
    Vidal          Vidal          PROPN  NNP    10 nsubj      PERSON
    is             be             AUX    VBZ     0 ROOT       -
    a              a              DET    DT     12 det        -
    critic         critic         NOUN   NN     10 attr       -
    of             of             ADP    IN     12 prep       -
    Ecuador        Ecuador        PROPN  NNP    17 poss       GPE
    's             's             PART   POS    14 case       -
    central        central        ADJ    JJ     17 amod       -
    bank           bank           NOUN   NN     13 pobj       -
    .              .              PUNCT  .      10 punct      -
    """
    )
    assert country_of(reading, "Mauro Vidal") is None

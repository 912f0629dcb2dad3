"""Wave 75 E: a gapped clause whose remnants are a people's noun and an amount ("Italian traders planned to
buy 40,000 tonnes, Spanish traders 12,000 tonnes and Greek traders 3,000": the later traders buy too, and are
never what the first ones buy), and the state news agencies the organisation table lacked (Bernama,
Antara, Tanjug, EFE, PAP, the Middle East News Agency, APS, WAFA, and "Tass" written in mixed case). Each
clause test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.organisations import lookup_organisation
from hand_docs import country_of, read, read_triples

CHAIN = """
Dealers      dealer       NOUN   NNS   2 nsubj    -
said         say          VERB   VBD   0 ROOT     -
Italian      italian      ADJ    JJ    4 amod     NORP
traders    trader         NOUN   NNS   5 nsubj    -
planned      plan         VERB   VBD   2 ccomp    -
to           to           PART   TO    7 aux      -
buy          buy          VERB   VB    5 xcomp    -
40,000       40,000       NUM    CD    9 nummod   QUANTITY
tonnes       tonne        NOUN   NNS   7 dobj     I-QUANTITY
of           of           ADP    IN    9 prep     -
wheat        wheat        NOUN   NN   10 pobj     -
,            ,            PUNCT  ,     5 punct    -
Spanish      spanish      ADJ    JJ   14 amod     NORP
traders    trader         NOUN   NNS   5 npadvmod -
12,000       12,000       NUM    CD   16 nummod   QUANTITY
tonnes       tonne        NOUN   NNS   5 dobj     I-QUANTITY
and          and          CCONJ  CC   16 cc       -
Greek        greek        ADJ    JJ   19 amod     NORP
traders    trader         NOUN   NNS  16 conj     -
3,000        3,000        NUM    CD   19 appos    CARDINAL
.            .            PUNCT  .     2 punct    -
"""


def test_peoples_nouns_with_amounts_after_a_chain_verb_are_no_objects() -> None:
    triples = read_triples(CHAIN)
    assert not [t for t in triples if "traders" in t[0] and "traders" in t[2]]


PLAIN = """
Italian      italian      ADJ    JJ    2 amod     NORP
traders    trader         NOUN   NNS   3 nsubj    -
bought       buy          VERB   VBD   0 ROOT     -
40,000       40,000       NUM    CD    5 nummod   QUANTITY
tonnes       tonne        NOUN   NNS   3 dobj     I-QUANTITY
,            ,            PUNCT  ,     3 punct    -
Greek        greek        ADJ    JJ    8 amod     NORP
traders    trader         NOUN   NNS   5 conj     -
3,000        3,000        NUM    CD    8 appos    CARDINAL
.            .            PUNCT  .     3 punct    -
"""


def test_a_peoples_noun_with_its_amount_after_a_plain_verb_is_no_object() -> None:
    triples = read_triples(PLAIN)
    assert not [t for t in triples if "traders" in t[0] and "traders" in t[2]]


def test_a_buyer_noun_listed_after_to_stays_an_object() -> None:
    triples = read_triples("""
    Canada     Canada     PROPN  NNP   2 nsubj    GPE
    sold       sell       VERB   VBD   0 ROOT     -
    wheat      wheat      NOUN   NN    2 dobj     -
    to         to         ADP    IN    2 prep     -
    Egyptian   egyptian   ADJ    JJ    6 amod     NORP
    traders  trader       NOUN   NNS   4 pobj     -
    and        and        CCONJ  CC    6 cc       -
    Greek      greek      ADJ    JJ    9 amod     NORP
    traders  trader       NOUN   NNS   6 conj     -
    .          .          PUNCT  .     2 punct    -
    """)
    assert [t for t in triples if t[0] == "Canada" and "Greek" in t[2]]


def test_state_news_agencies_are_media_of_their_state() -> None:
    expected = {
        "Bernama": "MYS",
        "Antara": "IDN",
        "Tanjug": "YUG",
        "EFE": "ESP",
        "PAP": "POL",
        "Middle East News Agency": "EGY",
        "APS": "DZA",
        "WAFA": "PSE",
        "Tass": "RUS",
        "Kyodo": "JPN",
    }
    for name, country in expected.items():
        found = lookup_organisation(name)
        assert found is not None, name
        assert (found.country, found.kind, found.sector) == (country, "media", "MED"), name


def test_pap_in_a_story_of_singapore_is_the_party() -> None:
    found = lookup_organisation("PAP", ["SGP"])
    assert found is not None and (found.country, found.kind) == ("SGP", "party")


def test_an_agency_named_in_a_sentence_belongs_to_its_state() -> None:
    reading = read("""
    Bernama  Bernama  PROPN NNP 2 nsubj ORG
    reported report   VERB  VBD 0 ROOT  -
    the      the      DET   DT  4 det   -
    talks    talk     NOUN  NNS 2 dobj  -
    .        .        PUNCT .   2 punct -
    """)
    assert country_of(reading, "Bernama") == "MYS"


NAMED_AS_A_GROUP = """
Kasem     Kasem     PROPN NNP   2 compound NORP
Suwanrat  Suwanrat  PROPN NNP   3 nsubj    I-NORP
said      say       VERB  VBD   0 ROOT     -
the       the       DET   DT    5 det      -
talks     talk      NOUN  NNS   7 nsubj    -
would     would     AUX   MD    7 aux      -
resume    resume    VERB  VB    3 ccomp    -
.         .         PUNCT .     3 punct    -
Kasem     Kasem     PROPN NNP  10 nsubj    ORG
told      tell      VERB  VBD   0 ROOT     -
reporters reporter  NOUN  NNS  10 dobj     -
he        he        PRON  PRP  13 nsubj    -
was       be        AUX   VBD  10 ccomp    -
hopeful   hopeful   ADJ   JJ   13 acomp    -
.         .         PUNCT .    10 punct    -
He        he        PRON  PRP  17 nsubj    -
urged     urge      VERB  VBD   0 ROOT     -
Cambodia  Cambodia  PROPN NNP  17 dobj     GPE
to        to        PART  TO   20 aux      -
free      free      VERB  VB   17 xcomp    -
the       the       DET   DT   22 det      -
prisoners prisoner  NOUN  NNS  20 dobj     -
.         .         PUNCT .    17 punct    -
"""


def test_a_given_name_and_surname_tagged_as_a_group_is_a_person() -> None:
    reading = read(NAMED_AS_A_GROUP)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert types.get("Kasem Suwanrat") == "PERSON"
    assert "Kasem" not in types  # the first name alone is the same person
    triples = read_triples(NAMED_AS_A_GROUP)
    assert ("Kasem Suwanrat", "urge", "Cambodia") in triples


def test_a_faiths_two_word_group_stays_a_group() -> None:
    reading = read("""
    Coptic     coptic     PROPN NNP 2 compound NORP
    Christians christian  PROPN NNPS 3 nsubj   I-NORP
    protested  protest    VERB  VBD 0 ROOT     -
    .          .          PUNCT .   3 punct    -
    Catholic   catholic   PROPN NNP 6 compound NORP
    Bishops    bishop     PROPN NNP 7 nsubj    I-NORP
    said       say        VERB  VBD 0 ROOT     -
    so         so         ADV   RB  7 advmod   -
    .          .          PUNCT .   7 punct    -
    """)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert "PERSON" not in types.values()


def test_a_group_named_name_with_a_title_in_apposition_is_a_person() -> None:
    reading = read("""
    Officials official  NOUN  NNS  2 nsubj    -
    met       meet      VERB  VBD  0 ROOT     -
    Kasem     Kasem     PROPN NNP  4 compound NORP
    Suwanrat  Suwanrat  PROPN NNP  2 dobj     I-NORP
    ,         ,         PUNCT ,    4 punct    -
    the       the       DET   DT   8 det      -
    foreign   foreign   ADJ   JJ   8 amod     -
    minister  minister  NOUN  NN   4 appos    -
    .         .         PUNCT .    2 punct    -
    """)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert types.get("Kasem Suwanrat") == "PERSON"

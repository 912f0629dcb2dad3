"""Wave 40: a state's office or government the text names with no holder's name is that state acting.

"The foreign minister criticized Bolivia" in a story about Chile, "Peru's president met Chilean officials",
"the Reagan administration asked Japan", "the administration asked Japan" in a story of the United States:
each is the state's government (ANNOTATION.md: "Iraqi officials" are Iraq), with the sector GOV. Sentences
written for these tests; the parses are hand-built."""

from __future__ import annotations

from geokg.extract.pipeline import _Labeller

from tests.hand_docs import country_of, read

CHILE_STORY = """
    Chile        Chile        PROPN NNP  2 nsubj    GPE
    signed       sign         VERB  VBD  0 ROOT     -
    a            a            DET   DT   4 det      -
    deal         deal         NOUN  NN   2 dobj     -
    .            .            PUNCT .    2 punct    -
    Chile        Chile        PROPN NNP  8 nsubj    GPE
    will         will         AUX   MD   8 aux      -
    pay          pay          VERB  VB   0 ROOT     -
    .            .            PUNCT .    8 punct    -
    The          the          DET   DT   12 det      -
    foreign      foreign      ADJ   JJ   12 amod     -
    minister     minister     NOUN  NN   13 nsubj    -
    criticized   criticize    VERB  VBD  0 ROOT     -
    Bolivia      Bolivia      PROPN NNP  13 dobj     GPE
    .            .            PUNCT .    13 punct    -
"""

PERU_STORY_CHILEAN_SOURCE = """
    Peru         Peru         PROPN NNP  2 nsubj    GPE
    signed       sign         VERB  VBD  0 ROOT     -
    a            a            DET   DT   4 det      -
    deal         deal         NOUN  NN   2 dobj     -
    .            .            PUNCT .    2 punct    -
    The          the          DET   DT   8 det      -
    foreign      foreign      ADJ   JJ   8 amod     -
    minister     minister     NOUN  NN   9 nsubj    -
    met          meet         VERB  VBD  17 ccomp    -
    Peruvian     peruvian     ADJ   JJ   12 amod     NORP
    President    President    PROPN NNP  12 compound -
    Garcia       Garcia       PROPN NNP  9 dobj     PERSON
    ,            ,            PUNCT ,    17 punct    -
    the          the          DET   DT   16 det      -
    Chilean      chilean      ADJ   JJ   16 amod     NORP
    embassy      embassy      NOUN  NN   17 nsubj    -
    said         say          VERB  VBD  0 ROOT     -
    .            .            PUNCT .    17 punct    -
"""

PERU_PRESIDENT = """
    Peru         Peru         PROPN NNP  3 poss     GPE
    's           's           PART  POS  1 case     -
    president    president    NOUN  NN   4 nsubj    -
    met          meet         VERB  VBD  0 ROOT     -
    Chilean      chilean      ADJ   JJ   6 amod     NORP
    officials    official     NOUN  NNS  4 dobj     -
    .            .            PUNCT .    4 punct    -
"""

COMPANY_PRESIDENT = """
    The          the          DET   DT   3 det      -
    company      company      NOUN  NN   3 poss     -
    president    president    NOUN  NN   4 nsubj    -
    met          meet         VERB  VBD  0 ROOT     -
    Chilean      chilean      ADJ   JJ   6 amod     NORP
    officials    official     NOUN  NNS  4 dobj     -
    .            .            PUNCT .    4 punct    -
"""

NAMED_ADMINISTRATION = """
    The          the          DET   DT   3 det      -
    Reagan       Reagan       PROPN NNP  3 compound PERSON
    administration administration NOUN  NN   4 nsubj    -
    asked        ask          VERB  VBD  0 ROOT     -
    Japan        Japan        PROPN NNP  4 dobj     GPE
    to           to           PART  TO   7 aux      -
    act          act          VERB  VB   4 xcomp    -
    .            .            PUNCT .    4 punct    -
"""

CAPITALISED_ADMINISTRATION = """
    The          the          DET   DT   3 det      -
    Reagan       Reagan       PROPN NNP  3 compound ORG
    Administration Administration PROPN NNP  4 nsubj    I-ORG
    asked        ask          VERB  VBD  0 ROOT     -
    Japan        Japan        PROPN NNP  4 dobj     GPE
    to           to           PART  TO   7 aux      -
    act          act          VERB  VB   4 xcomp    -
    .            .            PUNCT .    4 punct    -
"""

US_STORY_ADMINISTRATION = """
    The          the          DET   DT   3 det      GPE
    United       United       PROPN NNP  3 compound I-GPE
    States       States       PROPN NNP  4 nsubj    I-GPE
    wants        want         VERB  VBZ  0 ROOT     -
    access       access       NOUN  NN   4 dobj     -
    .            .            PUNCT .    4 punct    -
    The          the          DET   DT   9 det      GPE
    United       United       PROPN NNP  9 compound I-GPE
    States       States       PROPN NNP  10 nsubj    I-GPE
    insists      insist       VERB  VBZ  0 ROOT     -
    .            .            PUNCT .    10 punct    -
    The          the          DET   DT   13 det      -
    administration administration NOUN  NN   14 nsubj    -
    asked        ask          VERB  VBD  0 ROOT     -
    Japan        Japan        PROPN NNP  14 dobj     GPE
    to           to           PART  TO   17 aux      -
    act          act          VERB  VB   14 xcomp    -
    .            .            PUNCT .    14 punct    -
"""


def _facts(table: str) -> set[tuple[str, str, str, str | None]]:
    """(subject, predicate, object, subject sector) of every relation read."""
    reading = read(table)
    labels = _Labeller(reading.entities)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            labels.sector(r.subject, r.sentence.doc),
        )
        for r in reading.relations
    }


def test_bare_title_in_a_story_of_one_state_is_that_state_government():
    assert ("Chile", "criticize", "Bolivia", "GOV") in _facts(CHILE_STORY)


def test_bare_title_meeting_the_setting_state_is_the_other_state_the_sentence_names():
    # a foreign minister who meets Peru's president in a story about Peru is not Peru's: the Chilean
    # embassy the sentence names tells whose
    found = _facts(PERU_STORY_CHILEAN_SOURCE)
    assert any(s == "Chile" and p == "meet with" and sector == "GOV" for s, p, _, sector in found)
    assert not any(s == "Peru" and p == "meet with" for s, p, _, _ in found)


def test_possessed_title_without_holder_is_the_state():
    assert ("Peru", "meet with", "Chile", "GOV") in _facts(PERU_PRESIDENT)


def test_company_title_is_no_state():
    assert not any(p == "meet with" for _, p, _, _ in _facts(COMPANY_PRESIDENT))


def test_administration_named_after_a_head_is_the_state():
    # the state it governs only: the head it is named after is no actor of the clause (wave 43)
    found = _facts(NAMED_ADMINISTRATION)
    assert ("United States", "ask", "Japan", "GOV") in found
    assert not any(subject == "Reagan" for subject, _, _, _ in found)


def test_capitalised_administration_named_after_a_head_is_the_state():
    found = _facts(CAPITALISED_ADMINISTRATION)
    assert ("United States", "ask", "Japan", "GOV") in found


def test_bare_administration_in_a_story_of_one_state_is_that_state():
    assert ("United States", "ask", "Japan", "GOV") in _facts(US_STORY_ADMINISTRATION)


HER_GOVERNMENT = """
    Chilean      chilean      ADJ   JJ   2 amod     NORP
    President    President    PROPN NNP  4 compound -
    Ana          Ana          PROPN NNP  4 compound PERSON
    Ruiz         Ruiz         PROPN NNP  5 nsubj    I-PERSON
    said         say          VERB  VBD  0 ROOT     -
    her          her          PRON  PRP$ 7 poss     -
    government   government   NOUN  NN   9 nsubj    -
    would        would        AUX   MD   9 aux      -
    withdraw     withdraw     VERB  VB   5 ccomp    -
    the          the          DET   DT   11 det      -
    bill         bill         NOUN  NN   9 dobj     -
    .            .            PUNCT .    5 punct    -
"""

OFFICES_LISTED = """
    Chile        Chile        PROPN NNP  2 nsubj    GPE
    barred       bar          VERB  VBD  0 ROOT     -
    access       access       NOUN  NN   2 dobj     -
    to           to           ADP   IN   3 prep     -
    administrations administration NOUN NNS 4 pobj  -
    .            .            PUNCT .    2 punct    -
    Chile        Chile        PROPN NNP  8 nsubj    GPE
    agreed       agree        VERB  VBD  0 ROOT     -
    .            .            PUNCT .    8 punct    -
"""


def test_government_of_a_pronoun_is_its_holders_state():
    # "her government" is the state of the one the pronoun stands for (wave 77 H; before, the holder)
    found = _facts(HER_GOVERNMENT)
    assert any(s == "Chile" and p == "withdraw" for s, p, _, _ in found)
    assert not any(s == "Ana Ruiz" and p == "withdraw" for s, p, _, _ in found)


def test_plural_administrations_are_offices_not_the_state():
    # "the administration" alone is the story's state; "administrations", offices, are no mention of it
    entities = read(OFFICES_LISTED).entities.entities()
    assert not any("administrations" in e.aliases for e in entities)


DELEGATION_HEADED_BY = """
    A            a            DET   DT   3 det      -
    Bolivian     bolivian     ADJ   JJ   3 amod     NORP
    delegation   delegation   NOUN  NN   11 nsubj    -
    headed       head         VERB  VBN  3 acl      -
    by           by           ADP   IN   4 agent    -
    Finance      Finance      PROPN NNP  7 compound ORG
    Minister     Minister     PROPN NNP  9 compound -
    Juan         Juan         PROPN NNP  9 compound PERSON
    Cariaga      Cariaga      PROPN NNP  5 pobj     I-PERSON
    will         will         AUX   MD   11 aux      -
    be           be           AUX   VB   0 ROOT     -
    in           in           ADP   IN   11 prep     -
    Lima         Lima         PROPN NNP  12 pobj     GPE
    for          for          ADP   IN   11 prep     -
    talks        talk         NOUN  NNS  14 pobj     -
    with         with         ADP   IN   15 prep     -
    Peru         Peru         PROPN NNP  16 pobj     GPE
    .            .            PUNCT .    11 punct    -
    Peru         Peru         PROPN NNP  20 nsubj    GPE
    welcomed     welcome      VERB  VBD  0 ROOT     -
    the          the          DET   DT   22 det      -
    visit        visit        NOUN  NN   20 dobj     -
    .            .            PUNCT .    20 punct    -
    Peru         Peru         PROPN NNP  25 nsubj    GPE
    signed       sign         VERB  VBD  0 ROOT     -
    a            a            DET   DT   27 det      -
    deal         deal         NOUN  NN   25 dobj     -
    .            .            PUNCT .    25 punct    -
"""


def test_holder_heading_a_state_delegation_holds_that_state_office():
    # the story is set in Peru, but the delegation Cariaga heads is Bolivia's: so is his ministry
    assert country_of(read(DELEGATION_HEADED_BY), "Juan Cariaga") == "BOL"


PARAGRAPH_OF_ANOTHER_STATE = """
    Peru         Peru         PROPN NNP  2 nsubj    GPE
    signed       sign         VERB  VBD  0 ROOT     -
    a            a            DET   DT   4 det      -
    deal         deal         NOUN  NN   2 dobj     -
    .            .            PUNCT .    2 punct    -
    Peru         Peru         PROPN NNP  8 nsubj    GPE
    will         will         AUX   MD   8 aux      -
    pay          pay          VERB  VB   0 ROOT     -
    .            .            PUNCT .    8 punct    -
    Chile        Chile        PROPN NNP  11 nsubj    GPE
    rejected     reject       VERB  VBD  0 ROOT     -
    the          the          DET   DT   13 det      -
    plan         plan         NOUN  NN   11 dobj     -
    .            .            PUNCT .    11 punct    -
    The          the          DET   DT   17 det      -
    foreign      foreign      ADJ   JJ   17 amod     -
    minister     minister     NOUN  NN   18 nsubj    -
    criticized   criticize    VERB  VBD  0 ROOT     -
    Bolivia      Bolivia      PROPN NNP  18 dobj     GPE
    .            .            PUNCT .    18 punct    -
"""


def test_bare_title_after_a_sentence_about_a_state_is_that_state():
    # the story is mostly Peru's, but the sentence before is about Chile: the minister said next is Chile's
    found = _facts(PARAGRAPH_OF_ANOTHER_STATE)
    assert ("Chile", "criticize", "Bolivia", "GOV") in found
    assert not any(s == "Peru" and p == "criticize" for s, p, _, _ in found)


MET_THE_STATES_OFFICIALS = """
    Peru         Peru         PROPN NNP  2 nsubj    GPE
    signed       sign         VERB  VBD  0 ROOT     -
    a            a            DET   DT   4 det      -
    deal         deal         NOUN  NN   2 dobj     -
    .            .            PUNCT .    2 punct    -
    The          the          DET   DT   8 det      -
    foreign      foreign      ADJ   JJ   8 amod     -
    minister     minister     NOUN  NN   9 nsubj    -
    met          meet         VERB  VBD  16 ccomp    -
    Peruvian     peruvian     ADJ   JJ   11 amod     NORP
    officials    official     NOUN  NNS  9 dobj     -
    ,            ,            PUNCT ,    16 punct    -
    the          the          DET   DT   15 det      -
    Chilean      chilean      ADJ   JJ   15 amod     NORP
    embassy      embassy      NOUN  NN   16 nsubj    -
    said         say          VERB  VBD  0 ROOT     -
    .            .            PUNCT .    16 punct    -
    The          the          DET   DT   20 det      -
    foreign      foreign      ADJ   JJ   20 amod     -
    minister     minister     NOUN  NN   21 nsubj    -
    met          meet         VERB  VBD  0 ROOT     -
    the          the          DET   DT   24 det      -
    finance      finance      NOUN  NN   24 compound -
    minister     minister     NOUN  NN   21 dobj     -
    .            .            PUNCT .    21 punct    -
"""


def test_bare_title_meeting_officials_of_the_setting_state_is_the_other_state():
    # "Peruvian officials" stand for Peru, the story's state: the minister who meets them is Chile's, whose
    # embassy tells it; two bare titles meeting each other read each other once, without end
    found = _facts(MET_THE_STATES_OFFICIALS)
    assert ("Chile", "meet with", "Peru", "GOV") in found
    assert not any(s == "Peru" and p == "meet with" and o == "Peru" for s, p, o, _ in found)

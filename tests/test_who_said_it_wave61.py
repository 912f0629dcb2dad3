"""Who said it (wave 61 C): a name ending in a body's head ("... Unit", "... Centre") is that body, even when
an occupation or a known body's name opens it ("Economist"), never a person; and "the report said" is said by
whoever spoke in the report named before ("X said in a report that ..."), not by a firm the report names.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

# "The Economist Policy Unit said that Nestle would sell Perrier."
UNIT = """
    The        the        DET   DT  4  det      ORG
    Economist  Economist  PROPN NNP 4  compound I-ORG
    Policy     Policy     PROPN NNP 4  compound I-ORG
    Unit       Unit       PROPN NNP 5  nsubj    I-ORG
    said       say        VERB  VBD 0  ROOT     -
    that       that       SCONJ IN  9  mark     -
    Nestle     Nestle     PROPN NNP 9  nsubj    ORG
    would      would      AUX   MD  9  aux      -
    sell       sell       VERB  VB  5  ccomp    -
    Perrier    Perrier    PROPN NNP 9  dobj     ORG
    .          .          PUNCT .   5  punct    -
"""

# "The Metropolitan Police Fraud Unit arrested Ana Roe."
POLICE_UNIT = """
    The          the          DET   DT  5 det      ORG
    Metropolitan Metropolitan PROPN NNP 3 compound I-ORG
    Police       Police       PROPN NNP 5 compound I-ORG
    Fraud        Fraud        PROPN NNP 5 compound I-ORG
    Unit         Unit         PROPN NNP 6 nsubj    I-ORG
    arrested     arrest       VERB  VBD 0 ROOT     -
    Ana          Ana          PROPN NNP 8 compound PERSON
    Roe          Roe          PROPN NNP 6 dobj     I-PERSON
    .            .            PUNCT .   6 punct    -
"""

# "The Pacific Research Unit said in a report that Nestle would sell its brands. Danone will close a plant in
# Peru, the report said."
REPORT = """
    The        the        DET   DT  4  det      ORG
    Pacific    Pacific    PROPN NNP 4  compound I-ORG
    Research   Research   PROPN NNP 4  compound I-ORG
    Unit       Unit       PROPN NNP 5  nsubj    I-ORG
    said       say        VERB  VBD 0  ROOT     -
    in         in         ADP   IN  5  prep     -
    a          a          DET   DT  8  det      -
    report     report     NOUN  NN  6  pobj     -
    that       that       SCONJ IN  12 mark     -
    Nestle     Nestle     PROPN NNP 12 nsubj    ORG
    would      would      AUX   MD  12 aux      -
    sell       sell       VERB  VB  8  acl      -
    its        its        PRON  PRP$ 14 poss    -
    brands     brand      NOUN  NNS 12 dobj     -
    .          .          PUNCT .   5  punct    -
    Danone     Danone     PROPN NNP 18 nsubj    ORG
    will       will       AUX   MD  18 aux      -
    close      close      VERB  VB  26 ccomp    -
    a          a          DET   DT  20 det      -
    plant      plant      NOUN  NN  18 dobj     -
    in         in         ADP   IN  20 prep     -
    Peru       Peru       PROPN NNP 21 pobj     GPE
    ,          ,          PUNCT ,   26 punct    -
    the        the        DET   DT  25 det      -
    report     report     NOUN  NN  26 nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    .          .          PUNCT .   26 punct    -
"""


def _sources(table: str, subject: str, obj: str) -> set[str | None]:
    """The labels of whom the relations between two labels are attributed to."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        label.get(r.attributed_to or "", r.attributed_to)
        for r in reading.relations
        if label[r.subject.entity_id] == subject and label[r.object.entity_id] == obj
    }


def test_a_name_ending_in_a_bodys_head_is_that_body_whatever_word_opens_it() -> None:
    entities = read(UNIT).entities.entities()
    units = {(e.label, e.type) for e in entities if e.label.endswith("Unit")}
    assert units == {("Economist Policy Unit", "ORG")}


def test_an_occupation_opening_a_bodys_name_makes_no_person_of_the_rest() -> None:
    named = {(e.label, e.type) for e in read(UNIT.replace("Economist", "Historian")).entities.entities()}
    assert ("Historian Policy Unit", "ORG") in named
    assert not any(kind == "PERSON" for _, kind in named)


def test_a_known_body_run_into_its_units_name_is_two_bodies() -> None:
    named = {(e.label, e.type) for e in read(POLICE_UNIT).entities.entities()}
    assert {("Metropolitan Police", "ORG"), ("Fraud Unit", "ORG")} <= named


def test_the_report_said_is_said_by_who_spoke_in_the_report_before() -> None:
    assert _sources(REPORT, "Danone", "Peru") == {"Pacific Research Unit"}

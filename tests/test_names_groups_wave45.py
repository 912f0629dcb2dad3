"""Wave 45 D: names of firms and groups, "the Administration", what "it said" refers to. Sentences of our own,
parses written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from geokg.extract.entities.organisations import lookup_organisation
from hand_docs import read


def test_partners_names_joined_by_and_before_a_legal_form_are_the_table_s_firm() -> None:
    # "Ana Ruiz of Goldman, Sachs and Co praised Chile.": wire copy writes a partnership with a comma and
    # "and Co"; the firm is the table's "Goldman Sachs", of its state
    firm = lookup_organisation("Goldman, Sachs and Co")
    assert firm is not None and firm.name == "Goldman Sachs" and firm.country == "USA"
    assert lookup_organisation("Goldman Sachs & Co.") == firm
    assert lookup_organisation("Ruiz and Co") is None  # no firm the table knows
    reading = read("""
    Ana      Ana      PROPN NNP 2 compound PERSON
    Ruiz     Ruiz     PROPN NNP 9 nsubj    I-PERSON
    of       of       ADP   IN  2 prep     -
    Goldman  Goldman  PROPN NNP 3 pobj     ORG
    ,        ,        PUNCT ,   4 punct    I-ORG
    Sachs    Sachs    PROPN NNP 4 conj     I-ORG
    and      and      CCONJ CC  6 cc       I-ORG
    Co       Co       PROPN NNP 6 conj     I-ORG
    praised  praise   VERB  VBD 0 ROOT     -
    Chile    Chile    PROPN NNP 9 dobj     GPE
    .        .        PUNCT .   9 punct    -
    """)
    firms = {e.label: e.country for e in reading.entities.entities() if e.type == "ORG"}
    assert firms == {"Goldman, Sachs and Co": "USA"}


_ADMINISTRATION = """
U.S.           U.S.           PROPN NNP 2 compound GPE
officials      official       NOUN  NNS 3 nsubj    -
criticised     criticise      VERB  VBD 0 ROOT     -
Chile          Chile          PROPN NNP 3 dobj     GPE
.              .              PUNCT .   3 punct    -
The            the            DET   DT  7 det      -
Administration Administration PROPN NNP 8 nsubj    ORG
warned         warn           VERB  VBD 0 ROOT     -
Chile          Chile          PROPN NNP 8 dobj     GPE
.              .              PUNCT .   8 punct    -
"""


def test_the_administration_capitalised_and_bare_is_the_story_s_government() -> None:
    # "U.S. officials criticised Chile. The Administration warned Chile.": the capital makes no name of a
    # word of government; it is the state's government, as "the administration" is
    reading = read(_ADMINISTRATION)
    labels = {e.id: e.label for e in reading.entities.entities()}
    assert "Administration" not in labels.values()
    warns = [r for r in reading.relations if r.predicate == "warn"]
    warned = {(labels[r.subject.entity_id], labels[r.object.entity_id]) for r in warns}
    assert warned == {("United States", "Chile")}


_GROUP = """
The          the          DET   DT    5  det      ORG
Inter        Inter        PROPN NNP   4  compound I-ORG
-            -            PUNCT HYPH  4  punct    I-ORG
Governmental Governmental PROPN NNP   5  amod     I-ORG
Group        Group        PROPN NNP   11 nsubj    I-ORG
on           on           ADP   IN    5  prep     -
Chile        Chile        PROPN NNP   6  pobj     GPE
(            (            PUNCT -LRB- 9  punct    -
IGGC         IGGC         PROPN NNP   5  appos    ORG
)            )            PUNCT -RRB- 9  punct    -
praised      praise       VERB  VBD   0  ROOT     -
Peru         Peru         PROPN NNP   11 dobj     GPE
.            .            PUNCT .     11 punct    -
"""


def test_a_group_named_for_a_state_keeps_the_state_in_its_name_and_is_no_body_of_it() -> None:
    # "The Inter-Governmental Group on Chile (IGGC) praised Peru.": the group's name runs over "on Chile";
    # its acronym is the same group; it is no body of Chile
    reading = read(_GROUP)
    entities = {e.label: e for e in reading.entities.entities()}
    group = entities["Inter-Governmental Group on Chile"]
    assert group.type == "ORG" and group.country is None
    labels = {e.id: e.label for e in reading.entities.entities()}
    praised = {(labels[r.subject.entity_id], labels[r.object.entity_id]) for r in reading.relations}
    assert praised == {("Inter-Governmental Group on Chile", "Peru")}
    assert "IGGC" not in entities and "Chile" not in entities


_DOCUMENT_SPEAKS = """
The     the     DET   DT  2  det      -
report  report  NOUN  NN  3  nsubj    -
said    say     VERB  VBD 0  ROOT     -
Chile   Chile   PROPN NNP 6  nsubj    GPE
could   could   AUX   MD  6  aux      -
help    help    VERB  VB  3  ccomp    -
.       .       PUNCT .   3  punct    -
"       "       PUNCT ``  11 punct    -
Chile   Chile   PROPN NNP 11 nsubj    GPE
could   could   AUX   MD  11 aux      -
aid     aid     VERB  VB  16 ccomp    -
Peru    Peru    PROPN NNP 11 dobj     GPE
,       ,       PUNCT ,   16 punct    -
"       "       PUNCT ''  16 punct    -
it      it      PRON  PRP 16 nsubj    -
said    say     VERB  VBD 0  ROOT     -
.       .       PUNCT .   16 punct    -
"""


def test_it_that_says_after_a_document_is_not_the_state_the_words_are_of() -> None:
    # 'The report said Chile could help. "Chile could aid Peru," it said.': the "it" that speaks is the
    # report, never Chile, the subject of the report's words or of its own
    reading = read(_DOCUMENT_SPEAKS)
    [aid] = [r for r in reading.relations if r.predicate == "aid"]
    assert aid.attributed_to is None  # was country:CHL


def test_a_group_named_for_the_one_state_of_its_story_is_not_of_that_state() -> None:
    # "The Consultative Group for Chile pledged aid to Chile in Santiago.": a story set in Chile alone
    # still gives the donors' group named for it no state
    reading = read("""
    The          the          DET   DT  3 det      ORG
    Consultative Consultative PROPN NNP 3 compound I-ORG
    Group        Group        PROPN NNP 6 nsubj    I-ORG
    for          for          ADP   IN  3 prep     -
    Chile        Chile        PROPN NNP 4 pobj     GPE
    pledged      pledge       VERB  VBD 0 ROOT     -
    aid          aid          NOUN  NN  6 dobj     -
    to           to           ADP   IN  6 prep     -
    Chile        Chile        PROPN NNP 8 pobj     GPE
    in           in           ADP   IN  6 prep     -
    Santiago     Santiago     PROPN NNP 10 pobj    GPE
    .            .            PUNCT .   6 punct    -
    """)
    groups = {e.label: e.country for e in reading.entities.entities() if e.type == "ORG"}
    assert groups == {"Consultative Group for Chile": None}

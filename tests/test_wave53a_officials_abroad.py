"""Hand-built parses: the state of an official whose title names none, in a story of another state's officer.

A named state's officer meeting one whose title has no state meets the host: the place of the meeting or
the dateline's names the host's state, and with neither the office has no state rather than the
visitor's. A place an officer went to or came back from ("back from talks in Tokyo") is not the state of
his office; the state he speaks for ("said Britain could ...") is."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import country_of, facts, parse, read
from spacy.tokens import Doc

VISIT = """
U.S.        U.S.        PROPN NNP 3  compound GPE
Agriculture Agriculture PROPN NNP 3  compound -
Secretary   Secretary   PROPN NNP 5  compound -
John        John        PROPN NNP 5  compound PERSON
Harlow      Harlow      PROPN NNP 6  nsubj    I-PERSON
met         meet        VERB  VBD 0  ROOT     -
Trade       Trade       PROPN NNP 8  compound -
Minister    Minister    PROPN NNP 10 compound -
Pedro       Pedro       PROPN NNP 10 compound PERSON
Salcedo     Salcedo     PROPN NNP 6  dobj     I-PERSON
in          in          ADP   IN  10 prep     -
Lima        Lima        PROPN NNP 11 pobj     GPE
on          on          ADP   IN  6  prep     -
Monday      Monday      PROPN NNP 13 pobj     DATE
.           .           PUNCT .   6  punct    -
"""

VISIT_NO_PLACE = """
U.S.        U.S.        PROPN NNP 3  compound GPE
Agriculture Agriculture PROPN NNP 3  compound -
Secretary   Secretary   PROPN NNP 5  compound -
John        John        PROPN NNP 5  compound PERSON
Harlow      Harlow      PROPN NNP 6  nsubj    I-PERSON
met         meet        VERB  VBD 0  ROOT     -
Trade       Trade       PROPN NNP 8  compound -
Minister    Minister    PROPN NNP 10 compound -
Pedro       Pedro       PROPN NNP 10 compound PERSON
Salcedo     Salcedo     PROPN NNP 6  dobj     I-PERSON
on          on          ADP   IN  6  prep     -
Monday      Monday      PROPN NNP 11 pobj     DATE
.           .           PUNCT .   6  punct    -
"""

# "Talks ¶ LIMA, May 4 -- U.S. Agriculture Secretary John Harlow met Trade Minister Pedro Salcedo on Monday."
DATELINED = """
Talks       talk        NOUN  NNS 1  ROOT     -
¶           ¶           SPACE _SP 1  dep      -
LIMA        Lima        PROPN NNP 3  ROOT     GPE
,           ,           PUNCT ,   3  punct    -
May         May         PROPN NNP 3  npadvmod DATE
4           4           NUM   CD  5  nummod   I-DATE
--          --          PUNCT :   5  punct    -
""" + "\n".join(
    # the visit without a place, its heads moved past the seven tokens of headline and dateline
    " ".join([*row[:4], str(int(row[4]) + 7) if row[4] != "0" else "0", *row[5:]])
    for row in (line.split() for line in VISIT_NO_PLACE.strip().splitlines())
)

BACK_FROM = """
Trade     Trade     PROPN NNP 2  compound -
Minister  Minister  PROPN NNP 4  compound -
Alan      Alan      PROPN NNP 4  compound PERSON
Pike      Pike      PROPN NNP 12 nsubj    I-PERSON
,         ,         PUNCT ,   4  punct    -
back      back      ADV   RB  4  advmod   -
from      from      ADP   IN  6  prep     -
talks     talk      NOUN  NNS 7  pobj     -
in        in        ADP   IN  8  prep     -
Tokyo     Tokyo     PROPN NNP 9  pobj     GPE
,         ,         PUNCT ,   12 punct    -
said      say       VERB  VBD 0  ROOT     -
{subject}
could     could     AUX   MD  15 aux      -
impose    impose    VERB  VB  12 ccomp    -
tariffs   tariff    NOUN  NNS 15 dobj     -
on        on        ADP   IN  15 prep     -
Japan     Japan     PROPN NNP 17 pobj     GPE
.         .         PUNCT .   12 punct    -
"""


def _with_line_break(table: str) -> Doc:
    """The parse with its "¶" token made the line break after the headline."""
    doc = parse(table)
    return Doc(
        doc.vocab,
        words=[t.text if t.text != "¶" else "\n\n" for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_the_officer_met_in_a_capital_is_the_hosts() -> None:
    # "U.S. Agriculture Secretary John Harlow met Trade Minister Pedro Salcedo in Lima on Monday."
    reading = read(VISIT, day="1987-05-04")
    assert country_of(reading, "John Harlow") == "USA"
    assert country_of(reading, "Pedro Salcedo") == "PER"
    assert ("Pedro Salcedo", "trade minister of", "United States") not in facts(reading, "title")


def test_the_officer_met_with_no_place_is_of_no_state() -> None:
    # "U.S. Agriculture Secretary John Harlow met Trade Minister Pedro Salcedo on Monday."
    reading = read(VISIT_NO_PLACE, day="1987-05-04")
    assert country_of(reading, "John Harlow") == "USA"
    assert country_of(reading, "Pedro Salcedo") is None
    assert not any(s == "Pedro Salcedo" for s, _, _ in facts(reading, "title"))


def test_the_dateline_names_the_host() -> None:
    reading = read_doc(_with_line_break(DATELINED), scope="hand-built", day="1987-05-04")
    assert country_of(reading, "John Harlow") == "USA"
    assert country_of(reading, "Pedro Salcedo") == "PER"


def test_a_capital_the_minister_came_back_from_is_not_his_state() -> None:
    # "Trade Minister Alan Pike, back from talks in Tokyo, said Britain could impose tariffs on Japan."
    subject = "Britain   Britain   PROPN NNP 15 nsubj    GPE"
    reading = read(BACK_FROM.format(subject=subject), day="1987-04-13")
    assert country_of(reading, "Alan Pike") == "GBR"
    assert ("Alan Pike", "trade minister of", "Japan") not in facts(reading, "title")


# "Talks ¶ LIMA, May 4 -- U.S. Agriculture Secretary John Harlow arrived. Trade Minister Pedro Salcedo spoke."
ARRIVED = """
Talks       talk        NOUN  NNS 1  ROOT     -
¶           ¶           SPACE _SP 1  dep      -
LIMA        Lima        PROPN NNP 3  ROOT     GPE
,           ,           PUNCT ,   3  punct    -
May         May         PROPN NNP 3  npadvmod DATE
4           4           NUM   CD  5  nummod   I-DATE
--          --          PUNCT :   5  punct    -
U.S.        U.S.        PROPN NNP 10 compound GPE
Agriculture Agriculture PROPN NNP 10 compound -
Secretary   Secretary   PROPN NNP 12 compound -
John        John        PROPN NNP 12 compound PERSON
Harlow      Harlow      PROPN NNP 13 nsubj    I-PERSON
arrived     arrive      VERB  VBD 0  ROOT     -
.           .           PUNCT .   13 punct    -
{second}
"""

NAMED_HOST = """
Trade       Trade       PROPN NNP 16 compound -
Minister    Minister    PROPN NNP 18 compound -
Pedro       Pedro       PROPN NNP 18 compound PERSON
Salcedo     Salcedo     PROPN NNP 19 nsubj    I-PERSON
spoke       speak       VERB  VBD 0  ROOT     -
.           .           PUNCT .   19 punct    -
"""

BARE_HOST = """
The         the         DET   DT  17 det      -
foreign     foreign     ADJ   JJ  17 amod     -
minister    minister    NOUN  NN  18 nsubj    -
criticized  criticize   VERB  VBD 0  ROOT     -
the         the         DET   DT  21 det      -
United      United      PROPN NNP 21 compound GPE
States      States      PROPN NNP 18 dobj     I-GPE
.           .           PUNCT .   18 punct    -
"""


def test_a_datelined_story_of_a_visit_gives_the_hosts_titles_to_the_host() -> None:
    doc = _with_line_break(ARRIVED.format(second=NAMED_HOST))
    reading = read_doc(doc, scope="hand-built", day="1987-05-04")
    assert country_of(reading, "John Harlow") == "USA"
    assert country_of(reading, "Pedro Salcedo") == "PER"


def test_a_bare_office_in_a_datelined_story_of_a_visit_is_the_hosts() -> None:
    # "Talks ¶ LIMA, May 4 -- U.S. Agriculture Secretary John Harlow arrived. The foreign minister criticized
    # the United States."
    doc = _with_line_break(ARRIVED.format(second=BARE_HOST))
    reading = read_doc(doc, scope="hand-built", day="1987-05-04")
    found = {(s, p, o) for r in reading.relations for s, p, o in [_labels(reading, r)]}
    assert ("Peru", "criticize", "United States") in found
    assert not any(s == "United States" and o == "United States" for s, _, o in found)


def _labels(reading, relation) -> tuple[str, str, str]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return label[relation.subject.entity_id], relation.predicate, label[relation.object.entity_id]


# "Talks ¶ WASHINGTON, May 4 -- CSIS criticized Japan."
ACRONYM = """
Talks       talk        NOUN  NNS 1  ROOT     -
¶           ¶           SPACE _SP 1  dep      -
{city}      {city}      PROPN NNP 3  ROOT     GPE
,           ,           PUNCT ,   3  punct    -
May         May         PROPN NNP 3  npadvmod DATE
4           4           NUM   CD  5  nummod   I-DATE
--          --          PUNCT :   5  punct    -
CSIS        CSIS        PROPN NNP 9  nsubj    ORG
criticized  criticize   VERB  VBD 0  ROOT     -
Japan       Japan       PROPN NNP 9  dobj     GPE
.           .           PUNCT .   9  punct    -
"""


def test_an_acronym_of_another_states_body_in_a_datelined_story_is_of_no_state() -> None:
    doc = _with_line_break(ACRONYM.format(city="WASHINGTON"))
    assert country_of(read_doc(doc, scope="hand-built", day="1987-05-04"), "CSIS") is None


def test_an_acronym_of_the_datelines_body_keeps_its_state() -> None:
    doc = _with_line_break(ACRONYM.format(city="OTTAWA"))
    assert country_of(read_doc(doc, scope="hand-built", day="1987-05-04"), "CSIS") == "CAN"


# "Talks ¶ WASHINGTON, May 4 -- U.S. Agriculture Secretary John Harlow met Treasury Secretary Paul Dorn on
# Monday."
AT_HOME = """
Talks       talk        NOUN  NNS 1  ROOT     -
¶           ¶           SPACE _SP 1  dep      -
WASHINGTON  Washington  PROPN NNP 3  ROOT     GPE
,           ,           PUNCT ,   3  punct    -
May         May         PROPN NNP 3  npadvmod DATE
4           4           NUM   CD  5  nummod   I-DATE
--          --          PUNCT :   5  punct    -
U.S.        U.S.        PROPN NNP 10 compound GPE
Agriculture Agriculture PROPN NNP 10 compound -
Secretary   Secretary   PROPN NNP 12 compound -
John        John        PROPN NNP 12 compound PERSON
Harlow      Harlow      PROPN NNP 13 nsubj    I-PERSON
met         meet        VERB  VBD 0  ROOT     -
Treasury    Treasury    PROPN NNP 15 compound -
Secretary   Secretary   PROPN NNP 17 compound -
Paul        Paul        PROPN NNP 17 compound PERSON
Dorn        Dorn        PROPN NNP 13 dobj     I-PERSON
on          on          ADP   IN  13 prep     -
Monday      Monday      PROPN NNP 18 pobj     DATE
.           .           PUNCT .   13 punct    -
"""


def test_an_officer_met_at_the_visitors_home_keeps_the_storys_state() -> None:
    doc = _with_line_break(AT_HOME)
    reading = read_doc(doc, scope="hand-built", day="1987-05-04")
    assert country_of(reading, "John Harlow") == "USA"
    assert country_of(reading, "Paul Dorn") == "USA"

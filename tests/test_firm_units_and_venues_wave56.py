"""A firm's named unit and the buildings leaders meet in (wave 56 E): "X said its unit Y earned ...", "Y, a
unit of X, said ...": Y is a body (however the tagger typed it), X's unit, in business when X is a firm;
"held talks with Y at the Elysee Palace", "met Y at Camp David": the building is where, no party. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

ITS_UNIT = """
    Halvex  Halvex  PROPN NNP  2  compound ORG
    Corp    Corp    PROPN NNP  3  nsubj    I-ORG
    said    say     VERB  VBD  0  ROOT     -
    its     its     PRON  PRP$ 5  poss     -
    unit    unit    NOUN  NN   7  nsubj    -
    Morvane Morvane PROPN NNP  5  appos    GPE
    earned  earn    VERB  VBD  3  ccomp    -
    20      20      NUM   CD   9  compound MONEY
    million million NUM   CD   10 nummod   I-MONEY
    dollars dollar  NOUN  NNS  7  dobj     I-MONEY
    .       .       PUNCT .    3  punct    -
"""

UNIT_OF = """
    Morvane Morvane PROPN NNP  9  nsubj    GPE
    ,       ,       PUNCT ,    1  punct    -
    a       a       DET   DT   4  det      -
    unit    unit    NOUN  NN   1  appos    -
    of      of      ADP   IN   4  prep     -
    Halvex  Halvex  PROPN NNP  7  compound ORG
    Corp    Corp    PROPN NNP  5  pobj     I-ORG
    ,       ,       PUNCT ,    1  punct    -
    said    say     VERB  VBD  0  ROOT     -
    profit  profit  NOUN  NN   11 nsubj    -
    rose    rise    VERB  VBD  9  ccomp    -
    .       .       PUNCT .    9  punct    -
"""


def _entity(reading, label):  # type: ignore[no-untyped-def]
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity


def test_a_unit_its_owner_names_is_the_owners_unit_and_a_body() -> None:
    reading = read(ITS_UNIT)
    assert ("Morvane", "unit of", "Halvex Corp") in facts(reading, "title")
    unit = _entity(reading, "Morvane")
    assert (unit.type, unit.sector) == ("ORG", "BUS")


def test_a_unit_of_a_named_firm_is_a_body_in_business() -> None:
    reading = read(UNIT_OF)
    assert ("Morvane", "unit of", "Halvex Corp") in facts(reading, "title")
    unit = _entity(reading, "Morvane")
    assert (unit.type, unit.sector) == ("ORG", "BUS")


def test_his_unit_is_no_body_named() -> None:
    """ "his unit X": a person's unit (a soldier's), which makes no body of the name."""
    reading = read(ITS_UNIT.replace("its     its     PRON  PRP$", "his     his     PRON  PRP$"))
    assert _entity(reading, "Morvane").type != "ORG"


def test_talks_held_at_a_palace_with_a_partner_have_no_palace_party() -> None:
    found = facts(
        read(
            """
    Kessler Kessler PROPN NNP 2 nsubj    PERSON
    held    hold    VERB  VBD 0 ROOT     -
    talks   talk    NOUN  NNS 2 dobj     -
    with    with    ADP   IN  3 prep     -
    Arnaud  Arnaud  PROPN NNP 4 pobj     PERSON
    at      at      ADP   IN  3 prep     -
    the     the     DET   DT  9 det      -
    Ostrava Ostrava PROPN NNP 9 compound ORG
    Palace  Palace  PROPN NNP 6 pobj     I-ORG
    .       .       PUNCT .   2 punct    -
    """
        ),
        "light_verb",
    )
    assert ("Kessler", "meet with", "Arnaud") in found
    assert not any(o == "Ostrava Palace" for _, _, o in found)


def test_a_meeting_at_a_known_venue_with_a_partner_has_no_venue_party() -> None:
    found = facts(
        read(
            """
    Kessler Kessler PROPN NNP 2 nsubj    PERSON
    met     meet    VERB  VBD 0 ROOT     -
    Arnaud  Arnaud  PROPN NNP 2 dobj     PERSON
    at      at      ADP   IN  2 prep     -
    Camp    Camp    PROPN NNP 6 compound ORG
    David   David   PROPN NNP 4 pobj     I-ORG
    .       .       PUNCT .   2 punct    -
    """
        ),
        "prep",
    )
    assert not any(o == "Camp David" for _, _, o in found)


def test_a_speech_at_a_palace_with_no_partner_keeps_it() -> None:
    found = facts(
        read(
            """
    Kessler Kessler PROPN NNP 2 nsubj    PERSON
    spoke   speak   VERB  VBD 0 ROOT     -
    at      at      ADP   IN  2 prep     -
    the     the     DET   DT  6 det      -
    Ostrava Ostrava PROPN NNP 6 compound ORG
    Palace  Palace  PROPN NNP 3 pobj     I-ORG
    .       .       PUNCT .   2 punct    -
    """
        ),
        "prep",
    )
    assert ("Kessler", "speak at", "Ostrava Palace") in found

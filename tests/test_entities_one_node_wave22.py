"""One node per thing (wave 22): a byname inside a full name, the end of a state's name two states share, a
numbered unit named by an acronym, and an international body the tagger calls a place (sentences of our
own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read


def entities(table: str) -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """The article's entities by id: type, country and aliases."""
    return {e.id: (e.type, e.country, e.aliases) for e in read(table).entities.entities()}


# "Senator Joao Carlos Zeca dos Santos arrived. Zeca thanked the crowd."
BYNAME = """
Senator   Senator   PROPN NNP 6 compound -
Joao      Joao      PROPN NNP 6 compound PERSON
Carlos    Carlos    PROPN NNP 6 compound I-PERSON
Zeca      Zeca      PROPN NNP 6 compound I-PERSON
dos       dos       PROPN NNP 6 compound I-PERSON
Santos    Santos    PROPN NNP 7 nsubj    I-PERSON
arrived   arrive    VERB  VBD 0 ROOT     -
.         .         PUNCT .   7 punct    -
Zeca      Zeca      PROPN NNP 10 nsubj   PERSON
thanked   thank     VERB  VBD 10 ROOT    -
the       the       DET   DT  12 det     -
crowd     crowd     NOUN  NN  10 dobj    -
.         .         PUNCT .   10 punct   -
"""


def test_a_byname_inside_a_full_name_is_that_person() -> None:
    found = entities(BYNAME)
    people = [aliases for kind, _, aliases in found.values() if kind == "PERSON"]
    assert people == [("Joao Carlos Zeca dos Santos", "Zeca")]


# "Ruritania said South Korea cut tariffs. Korea hopes to sell more cars." ({other}: "North Korea and" or "")
KOREA = """
South     South     PROPN NNP 2 compound GPE
Korea     Korea     PROPN NNP 3 nsubj    I-GPE
cut       cut       VERB  VBD 0 ROOT     -
tariffs   tariff    NOUN  NNS 3 dobj     -
.         .         PUNCT .   3 punct    -
Korea     Korea     PROPN NNP 7 nsubj    GPE
hopes     hope      VERB  VBZ 7 ROOT     -
to        to        PART  TO  9 aux      -
sell      sell      VERB  VB  7 xcomp    -
more      more      ADJ   JJR 11 amod    -
cars      car       NOUN  NNS 9 dobj     -
.         .         PUNCT .   7 punct    -
"""

# "North Korea and South Korea met. Korea was divided."
BOTH_KOREAS = """
North     North     PROPN NNP 2 compound GPE
Korea     Korea     PROPN NNP 6 nsubj    I-GPE
and       and       CCONJ CC  2 cc       -
South     South     PROPN NNP 5 compound GPE
Korea     Korea     PROPN NNP 2 conj     I-GPE
met       meet      VERB  VBD 0 ROOT     -
.         .         PUNCT .   6 punct    -
Korea     Korea     PROPN NNP 10 nsubjpass GPE
was       be        AUX   VBD 10 auxpass -
divided   divide    VERB  VBN 10 ROOT    -
.         .         PUNCT .   10 punct   -
"""


def test_the_shared_end_of_a_state_s_name_is_the_one_state_the_article_names() -> None:
    found = entities(KOREA)
    assert not any(entity_id.startswith("place:korea") for entity_id in found)
    assert "Korea" in found["country:KOR"][2]
    # with both Koreas named, a bare "Korea" is neither (the peninsula)
    found = entities(BOTH_KOREAS)
    assert found["place:korea"][1] is None
    assert "Korea" not in found["country:KOR"][2] and "Korea" not in found["country:PRK"][2]


# "The 41st FSB repaired the trucks."
NUMBERED_UNIT = """
The       the       DET   DT  3 det      -
41st      41st      ADJ   JJ  3 amod     ORDINAL
FSB       FSB       PROPN NNP 4 nsubj    ORG
repaired  repair    VERB  VBD 0 ROOT     -
the       the       DET   DT  6 det      -
trucks    truck     NOUN  NNS 4 dobj     -
.         .         PUNCT .   4 punct    -
"""

# "Officers of the FSB repaired the trucks."
AGENCY = """
Officers  officer   NOUN  NNS 5 nsubj    -
of        of        ADP   IN  1 prep     -
the       the       DET   DT  4 det      -
FSB       FSB       PROPN NNP 2 pobj     ORG
repaired  repair    VERB  VBD 0 ROOT     -
the       the       DET   DT  7 det      -
trucks    truck     NOUN  NNS 5 dobj     -
.         .         PUNCT .   5 punct    -
"""


def test_a_number_before_an_acronym_makes_a_unit_not_the_agency() -> None:
    found = entities(NUMBERED_UNIT)
    assert "org:fsb" not in found
    assert found["org:41st_fsb"][:2] == ("ORG", None)
    # the acronym alone is still the agency of the table, with its state
    assert entities(AGENCY)["org:fsb"][:2] == ("ORG", "RUS")


# "Ruritania joined {name} in May." with the name tagged a place
JOINED = """
Ruritania Ruritania PROPN NNP 2 nsubj    GPE
joined    join      VERB  VBD 0 ROOT     -
{name}    {name}    PROPN NNP 2 dobj     GPE
in        in        ADP   IN  2 prep     -
May       May       PROPN NNP 4 pobj     DATE
.         .         PUNCT .   2 punct    -
"""


def test_an_international_body_tagged_a_place_is_an_organisation() -> None:
    found = entities(JOINED.format(name="Mercosur"))
    assert found["org:mercosur"][:2] == ("ORG", None)
    assert not any(entity_id.startswith("place:mercosur") for entity_id in found)
    # a city the table also knows as a body's byname stays the city (its id carries its state)
    assert entities(JOINED.format(name="Brussels"))["place:brussels-bel"][:2] == ("GPE", "BEL")

"""Names the tagger types wrong that the text settles (audit rounds 4-7): a band is an organisation, an
electoral district a place, a field of business no entity, a bill or a constitution a law (EVENT).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse, read


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_name_after_a_band_noun_is_an_organisation() -> None:
    types = _types("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    joined    join      VERB  VBD 0 ROOT     -
    the       the       DET   DT  6 det      -
    rock      rock      NOUN  NN  6 compound -
    band      band      NOUN  NN  3 dobj     -
    the       the       DET   DT  9 det      -
    Night     Night     PROPN NNP 9 compound PERSON
    Owls      Owls      PROPN NNP 6 appos    I-PERSON
    .         .         PUNCT .   3 punct    -
    """)
    assert types == {"Ana Lind": "PERSON", "Night Owls": "ORG"}


def test_a_band_named_after_a_members_surname_is_left_alone() -> None:
    doc = parse("""
    Ana       Ana       PROPN NNP 3 compound PERSON
    Van       Van       PROPN NNP 3 compound I-PERSON
    Lind      Lind      PROPN NNP 4 nsubj    I-PERSON
    founded   found     VERB  VBD 0 ROOT     -
    the       the       DET   DT  6 det      -
    band      band      NOUN  NN  4 dobj     -
    Van       Van       PROPN NNP 8 compound PERSON
    Lind      Lind      PROPN NNP 6 appos    I-PERSON
    .         .         PUNCT .   4 punct    -
    """)
    assert [m.label for m in find_mentions(doc)] == ["PERSON", "PERSON"]


def test_a_name_before_by_election_or_after_the_seat_of_is_a_district() -> None:
    types = _types("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    won       win       VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Tarrow    Tarrow    PROPN NNP 3 dobj     PERSON
    by        by        ADP   IN  5 prep     -
    -         -         PUNCT HYPH 6 punct   -
    election  election  NOUN  NN  6 pobj     -
    .         .         PUNCT .   3 punct    -
    Bo        Bo        PROPN NNP 11 compound PERSON
    Ek        Ek        PROPN NNP 12 nsubj   I-PERSON
    ran       run       VERB  VBD 0 ROOT     -
    in        in        ADP   IN  12 prep    -
    the       the       DET   DT  15 det     -
    seat      seat      NOUN  NN  13 pobj    -
    of        of        ADP   IN  15 prep    -
    Morven    Morven    PROPN NNP 16 pobj    PERSON
    .         .         PUNCT .   12 punct   -
    """)
    assert types["Tarrow"] == "GPE"
    assert types["Morven"] == "GPE"
    assert types["Ana Lind"] == types["Bo Ek"] == "PERSON"


def test_names_listed_after_industries_such_as_are_no_entities() -> None:
    types = _types("""
    Lima      Lima      PROPN NNP 3 nsubj    GPE
    can       can       AUX   MD  3 aux      -
    attract   attract   VERB  VB  0 ROOT     -
    industries industry NOUN  NNS 3 dobj     -
    such      such      ADJ   JJ  6 amod     -
    as        as        ADP   IN  4 prep     -
    Robotics  Robotics  PROPN NNP 6 pobj     ORG
    and       and       CCONJ CC  7 cc       -
    Smart     Smart     PROPN NNP 10 compound ORG
    Finance   Finance   PROPN NNP 7 conj     I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert "Robotics" not in types and "Smart Finance" not in types


def test_a_bill_or_a_constitution_named_like_an_organisation_is_a_law() -> None:
    types = _types("""
    Critics   critic    NOUN  NNS 2 nsubj    -
    attacked  attack    VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Water     Water     PROPN NNP 5 compound ORG
    Bill      Bill      PROPN NNP 2 dobj     I-ORG
    and       and       CCONJ CC  5 cc       -
    the       the       DET   DT  9 det      -
    Federal   Federal   PROPN NNP 9 compound ORG
    Constitution Constitution PROPN NNP 5 conj I-ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert types["Water Bill"] == types["Federal Constitution"] == "EVENT"


def test_a_name_ends_before_a_quotation_that_opens_inside_it() -> None:
    doc = parse("""
    Acme      Acme      PROPN NNP 2 nsubj    ORG
    said      say       VERB  VBD 0 ROOT     -
    on        on        ADP   IN  2 prep     -
    Twitter   Twitter   PROPN NNP 3 pobj     PERSON
    "         "         PUNCT ``  7 punct    I-PERSON
    Lima      Lima      PROPN NNP 7 nsubj    I-PERSON
    is        be        AUX   VBZ 2 ccomp    -
    safe      safe      ADJ   JJ  7 acomp    -
    "         "         PUNCT ''  2 punct    -
    .         .         PUNCT .   2 punct    -
    Jo        Jo        PROPN NNP 14 compound PERSON
    "         "         PUNCT ``  14 punct   I-PERSON
    Ace       Ace       PROPN NNP 14 compound I-PERSON
    "         "         PUNCT ''  14 punct   I-PERSON
    Ek        Ek        PROPN NNP 15 nsubj   I-PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   15 punct   -
    """)
    texts = {m.text for m in find_mentions(doc)}
    assert "Twitter" in texts and not any('"Lima' in t for t in texts)
    assert any(t.startswith("Jo") and t.endswith("Ek") for t in texts)  # a nickname in a pair of marks


def test_a_degrees_name_is_no_entity() -> None:
    types = _types("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    completed complete  VERB  VBD 0 ROOT     -
    a         a         DET   DT  5 det      -
    Master    Master    PROPN NNP 3 dobj     ORG
    of        of        ADP   IN  5 prep     I-ORG
    Arts      Arts      PROPN NNP 6 pobj     I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert types == {"Ana Lind": "PERSON"}


def test_a_common_word_capitalised_at_a_sentences_start_is_no_name() -> None:
    table = """
    Backlash  backlash  NOUN  NN  4 nsubj    ORG
    from      from      ADP   IN  1 prep     -
    voters    voter     NOUN  NNS 2 pobj     -
    led       lead      VERB  VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 4 dobj     GPE
    to        to        PART  TO  7 aux      -
    retreat   retreat   VERB  VB  4 xcomp    -
    .         .         PUNCT .   4 punct    -
    Ana       Ana       PROPN NNP 10 compound PERSON
    Hunter    Hunter    PROPN NNP 11 nsubj   I-PERSON
    won       win       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   11 punct   -
    Hunter    hunter    NOUN  NN  14 nsubj   PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   14 punct   -
    """
    texts = [m.text for m in find_mentions(parse(table))]
    assert "Backlash" not in texts
    assert texts.count("Hunter") == 1  # a surname opening a sentence stays a name

"""The EC of 1987 news (wave 52 A): "EC" alone is the European Community in an article dated before the
Maastricht treaty (former_bodies.tsv), apart from "the EC Commission" of the same story; member states
named after a body ("other EC countries", "OPEC nations") stand for the body. Sentences written for these
tests."""

from __future__ import annotations

from geokg.extract.entities.former_places import body_then
from hand_docs import by_rule, country_of, facts, read

_COMMISSION_THEN_MINISTERS = """
    The         the         DET   DT  3  det      ORG
    EC          EC          PROPN NNP 3  compound I-ORG
    Commission  Commission  PROPN NNP 4  nsubj    I-ORG
    drafted     draft       VERB  VBD 0  ROOT     -
    a           a           DET   DT  6  det      -
    levy        levy        NOUN  NN  4  dobj     -
    .           .           PUNCT .   4  punct    -
    EC          EC          PROPN NNP 10 compound ORG
    trade       trade       NOUN  NN  10 compound -
    ministers   minister    NOUN  NNS 11 nsubj    -
    rejected    reject      VERB  VBD 0  ROOT     -
    the         the         DET   DT  14 det      -
    Commission  Commission  PROPN NNP 14 compound ORG
    proposal    proposal    NOUN  NN  11 dobj     -
    .           .           PUNCT .   11 punct    -
"""


def test_ec_alone_is_the_community_before_the_union() -> None:
    assert body_then("EC", "1987-10-20") == "European Community"
    assert body_then("E.C.", "1993-10-31") == "European Community"
    assert body_then("EC", "1993-11-01") is None  # the Union's time: read as today
    assert body_then("EC", None) is None  # an undated article is recent news
    assert body_then("Ec", "1987-10-20") is None  # only the short name in capitals


def test_the_community_ministers_reject_the_commission_plan_in_1987() -> None:
    # "EC" alone is not merged with "the EC Commission" of the same story: the ministers in council
    # reject the Commission's proposal, not the Commission its own
    reading = read(_COMMISSION_THEN_MINISTERS, day="1987-03-02")
    labels = {e.label: e for e in reading.entities.entities()}
    # (the Commission's label is "European Commission" however the story writes it, wave 85 E)
    assert "European Community" in labels and "EC" not in labels["European Commission"].aliases
    assert ("European Community", "reject proposal of", "European Commission") in facts(reading, "svo")


def test_ec_of_a_later_or_undated_article_is_read_as_before() -> None:
    for day in ("2019-05-01", None):
        reading = read(_COMMISSION_THEN_MINISTERS, day=day)
        assert "European Community" not in {e.label for e in reading.entities.entities()}


_OTHER_NATIONS = """
    Italy   Italy   PROPN NNP 2 nsubj    GPE
    urged   urge    VERB  VBD 0 ROOT     -
    other   other   ADJ   JJ  5 amod     -
    {body}  {body}  PROPN NNP 5 compound {label}
    nations nation  NOUN  NNS 2 dobj     -
    to      to      PART  TO  7 aux      -
    cut     cut     VERB  VB  2 xcomp    -
    output  output  NOUN  NN  7 dobj     -
    .       .       PUNCT .   2 punct    -
"""


def test_other_member_nations_of_a_body_stand_for_the_body() -> None:
    reading = read(_OTHER_NATIONS.format(body="OPEC", label="ORG"))
    assert ("Italy", "urge", "OPEC") in facts(reading, "svo")
    reading = read(_OTHER_NATIONS.format(body="EC", label="ORG"), day="1987-10-20")
    assert ("Italy", "urge", "European Community") in facts(reading, "svo")


def test_partners_of_a_state_are_no_state() -> None:
    # "U.S. partners" are other states than the US
    partners = _OTHER_NATIONS.replace("nations nation", "partners partner")
    reading = read(partners.format(body="Japan", label="GPE"))
    assert not {f for f in facts(reading, "svo") if f[2] == "Japan"}


_EEC_THEN_EC = """
    The       the       DET   DT  2 det   -
    EEC       EEC       PROPN NNP 3 nsubj ORG
    taxed     tax       VERB  VBD 0 ROOT  -
    Japan     Japan     PROPN NNP 3 dobj  GPE
    .         .         PUNCT .   3 punct -
    The       the       DET   DT  7 det   -
    EC        EC        PROPN NNP 8 nsubj ORG
    sued      sue       VERB  VBD 0 ROOT  -
    Canada    Canada    PROPN NNP 8 dobj  GPE
    .         .         PUNCT .   8 punct -
"""


def test_eec_and_ec_of_one_story_are_one_community() -> None:
    reading = read(_EEC_THEN_EC, day="1986-02-11")
    [community] = [e for e in reading.entities.entities() if e.type == "ORG"]
    assert community.label == "European Community" and set(community.aliases) == {"EC", "EEC"}


_STATES_PARTNERS = """
    Kohl      Kohl      PROPN NNP 2 nsubj    PERSON
    faulted   fault     VERB  VBD 0 ROOT     -
    Britain   Britain   PROPN NNP 6 poss     GPE
    's        's        PART  POS 3 case     -
    {body}    {body}    PROPN NNP 6 compound ORG
    partners  partner   NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
"""


def test_a_states_partners_in_a_body_make_the_body_no_part_of_the_state() -> None:
    # "Britain's EC partners" are the body's other members: the body is no part of Britain
    for body, day in (("EC", "1987-01-01"), ("NATO", None)):
        reading = read(_STATES_PARTNERS.format(body=body), day=day)
        assert not [r for r in by_rule(reading, "title") if r.predicate == "part of"]
        assert country_of(reading, "European Community" if body == "EC" else body) is None

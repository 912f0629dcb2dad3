"""The organisation table knows Japan's business federation (Keidanren), its telecommunications carriers
(Kokusai Denshin Denwa, KDD; Nippon Telegraph and Telephone, NTT) and Britain's Cable and Wireless, under
the names and short forms wire copy gives them (wave 85 E). The sentence is ours, its parse built by hand
(tests/hand_docs.py)."""

from __future__ import annotations

import pytest
from geokg.extract.entities.organisations import lookup_organisation
from hand_docs import read


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Keidanren", "JPN"),
        ("Federation of Economic Organizations", "JPN"),
        ("Kokusai Denshin Denwa Co Ltd", "JPN"),
        ("KDD", "JPN"),
        ("Cable and Wireless Plc", "GBR"),
        ("Cable & Wireless", "GBR"),
    ],
)
def test_the_table_knows_the_body_and_its_state(name: str, country: str) -> None:
    found = lookup_organisation(name)
    assert found is not None
    assert (found.country, found.sector) == (country, "BUS")


def test_a_british_carrier_in_a_story_of_japan_keeps_its_state() -> None:
    """ "Japan said Cable and Wireless Plc would buy shares of KDD." """
    doc = """
    Japan      Japan      PROPN NNP  2 nsubj    GPE
    said       say        VERB  VBD  0 ROOT     -
    Cable      Cable      PROPN NNP  6 nsubj    ORG
    and        and        CCONJ CC   3 cc       I-ORG
    Wireless   Wireless   PROPN NNP  3 conj     I-ORG
    Plc        Plc        PROPN NNP  8 nsubj    I-ORG
    would      would      AUX   MD   8 aux      -
    buy        buy        VERB  VB   2 ccomp    -
    shares     share      NOUN  NNS  8 dobj     -
    of         of         ADP   IN   9 prep     -
    KDD        KDD        PROPN NNP  10 pobj    PERSON
    .          .          PUNCT .    2 punct    -
    """
    entities = {e.label: e for e in read(doc).entities.entities()}
    assert entities["Cable and Wireless Plc"].country == "GBR"
    assert (entities["KDD"].type, entities["KDD"].country) == ("ORG", "JPN")


def test_an_untagged_ministry_of_portfolios_is_a_body_of_the_storys_state() -> None:
    """ "Japan will sell shares. The Ministry of Posts and Telecommunications said it would help Ruritel." The
    tagger left the ministry that opens the sentence untagged."""
    doc = """
    Japan           Japan           PROPN NNP  3 nsubj    GPE
    will            will            AUX   MD   3 aux      -
    sell            sell            VERB  VB   0 ROOT     -
    shares          share           NOUN  NNS  3 dobj     -
    .               .               PUNCT .    3 punct    -
    The             the             DET   DT   7 det      -
    Ministry        Ministry        PROPN NNP  12 nsubj   -
    of              of              ADP   IN   7 prep     -
    Posts           Posts           PROPN NNPS 8 pobj     -
    and             and             CCONJ CC   9 cc       -
    Telecommunications Telecommunications PROPN NNPS 9 conj -
    said            say             VERB  VBD  0 ROOT     -
    it              it              PRON  PRP  15 nsubj   -
    would           would           AUX   MD   15 aux     -
    help            help            VERB  VB   12 ccomp   -
    Ruritel         Ruritel         PROPN NNP  15 dobj    ORG
    .               .               PUNCT .    12 punct   -
    """
    entities = {e.label: e for e in read(doc).entities.entities()}
    ministry = entities["Ministry of Posts and Telecommunications"]
    assert (ministry.type, ministry.country) == ("ORG", "JPN")

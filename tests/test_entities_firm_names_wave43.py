"""Firms' names and their states (extract/entities/mentions.py: _firm_start, _sentence_opener_end,
is_legal_form, _with_firms; extract/entities/affiliations/organisations.py: firms_by_legal_form;
affiliations/context.py: sole_state; data: firm_name_breaks, legal_form_states, sectors.tsv). Sentences and
firms of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read, then_abroad


def _firms(table: str) -> dict[str, tuple[str, str | None, str | None]]:
    """label -> (type, country, sector) of every entity of the reading."""
    return {e.label: (e.type, e.country, e.sector) for e in read(table).entities.entities()}


def test_a_sentence_opening_word_the_parser_puts_into_a_firm_name_is_part_of_it() -> None:
    # "Carding Wool Co signed a contract.": the tagger read the first word as a verb, the parser as a part
    # of the name; the name is the firm's whole, not "Wool Co"
    found = _firms("""
    Carding   card      VERB  VBG 3 compound -
    Wool      Wool      PROPN NNP 3 compound -
    Co        Co        PROPN NNP 4 nsubj    -
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  6 det      -
    contract  contract  NOUN  NN  4 dobj     -
    .         .         PUNCT .   4 punct    -
    """)
    assert set(found) == {"Carding Wool Co"}


def test_a_sentence_opening_gerund_outside_a_name_is_no_part_of_it() -> None:
    # "Leaving Orvan Co, Smith joined Kessel.": the gerund governs the firm, it is no word of its name
    found = _firms("""
    Leaving   leave     VERB  VBG 6 advcl    -
    Orvan     Orvan     PROPN NNP 3 compound ORG
    Co        Co        PROPN NNP 1 dobj     I-ORG
    ,         ,         PUNCT ,   6 punct    -
    Smith     Smith     PROPN NNP 6 nsubj    PERSON
    joined    join      VERB  VBD 0 ROOT     -
    Kessel    Kessel    PROPN NNP 6 dobj     ORG
    .         .         PUNCT .   6 punct    -
    """)
    assert "Orvan Co" in found and "Leaving Orvan Co" not in found


def test_and_between_words_the_parser_puts_into_a_firm_name_joins_them_with_its_state_word() -> None:
    # "Orvan hired British Printing and Packaging Corp PLC.": the tagger read only the end as a name; the
    # parser makes "Printing and Packaging" one coordination inside it, and "British" opens it
    found = _firms("""
    Orvan     Orvan     PROPN NNP 2 nsubj    ORG
    hired     hire      VERB  VBD 0 ROOT     -
    British   British   PROPN NNP 8 amod     NORP
    Printing  Printing  PROPN NNP 8 nmod     -
    and       and       CCONJ CC  4 cc       -
    Packaging Packaging PROPN NNP 4 conj     ORG
    Corp      Corp      PROPN NNP 8 compound I-ORG
    PLC       PLC       PROPN NNP 2 dobj     I-ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert found["British Printing and Packaging Corp PLC"] == ("ORG", "GBR", "BUS")
    assert "Packaging Corp PLC" not in found


def test_and_before_a_firm_joined_to_another_name_keeps_the_two_apart() -> None:
    # "Kenya and Zendal Printing Corp signed a deal.": the state is the subject, the firm its conjunct
    found = _firms("""
    Kenya     Kenya     PROPN NNP 6 nsubj    GPE
    and       and       CCONJ CC  1 cc       -
    Zendal    Zendal    PROPN NNP 5 compound ORG
    Printing  Printing  PROPN NNP 5 compound I-ORG
    Corp      Corp      PROPN NNP 1 conj     I-ORG
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  8 det      -
    deal      deal      NOUN  NN  6 dobj     -
    .         .         PUNCT .   6 punct    -
    """)
    assert "Zendal Printing Corp" in found and "Kenya and Zendal Printing Corp" not in found


def test_a_legal_form_with_the_sentence_full_stop_in_one_token_ends_a_firm_name() -> None:
    # "Orvan sold its stake to Dunmore Mills PLC.": "PLC." is one token (io/nlp.py), the form and the stop
    found = _firms(
        then_abroad("""
    Orvan     Orvan     PROPN NNP 2 nsubj    ORG
    sold      sell      VERB  VBD 0 ROOT     -
    its       its       PRON  PRP$ 4 poss    -
    stake     stake     NOUN  NN  2 dobj     -
    to        to        ADP   IN  2 prep     -
    Dunmore   Dunmore   PROPN NNP 7 compound ORG
    Mills     Mills     PROPN NNP 5 pobj     I-ORG
    PLC.      PLC.      NUM   CD  2 punct    -
    """)
    )
    assert "Dunmore Mills PLC" in found and "Dunmore Mills" not in found


def test_a_legal_form_of_one_states_law_gives_a_firm_its_state_one_of_several_none() -> None:
    # "Tanaka Shoji KK signed a contract with Brandt Chemie GmbH.": KK is Japan's company law alone; GmbH is
    # Germany's, Austria's and Switzerland's
    found = _firms("""
    Tanaka    Tanaka    PROPN NNP 3 compound ORG
    Shoji     Shoji     PROPN NNP 3 compound I-ORG
    KK        KK        PROPN NNP 4 nsubj    I-ORG
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  6 det      -
    contract  contract  NOUN  NN  4 dobj     -
    with      with      ADP   IN  6 prep     -
    Brandt    Brandt    PROPN NNP 10 compound ORG
    Chemie    Chemie    PROPN NNP 10 compound I-ORG
    GmbH      GmbH      PROPN NNP 7 pobj     I-ORG
    .         .         PUNCT .   4 punct    -
    """)
    assert found["Tanaka Shoji KK"] == ("ORG", "JPN", "BUS")
    assert found["Brandt Chemie GmbH"][1] is None


def test_a_legal_form_gives_no_state_the_text_already_gave() -> None:
    # "Tanaka Shoji KK of Canada signed a contract.": the text's state stands
    found = _firms("""
    Tanaka    Tanaka    PROPN NNP 3 compound ORG
    Shoji     Shoji     PROPN NNP 3 compound I-ORG
    KK        KK        PROPN NNP 6 nsubj    I-ORG
    of        of        ADP   IN  3 prep     -
    Canada    Canada    PROPN NNP 4 pobj     GPE
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  8 det      -
    contract  contract  NOUN  NN  6 dobj     -
    .         .         PUNCT .   6 punct    -
    """)
    assert found["Tanaka Shoji KK"][1] == "CAN"


def test_a_states_steel_mills_are_its_steelmakers() -> None:
    # "Orvan Co sold coal to Peru's steel mills.": a state's mills are its firms (sectors.tsv)
    found = _firms("""
    Orvan     Orvan     PROPN NNP 2 compound ORG
    Co        Co        PROPN NNP 3 nsubj    I-ORG
    sold      sell      VERB  VBD 0 ROOT     -
    coal      coal      NOUN  NN  3 dobj     -
    to        to        ADP   IN  3 prep     -
    Peru      Peru      PROPN NNP 9 poss     GPE
    's        's        PART  POS 6 case     -
    steel     steel     NOUN  NN  9 compound -
    mills     mill      NOUN  NNS 5 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert found["Peruvian steelmakers"] == ("ORG", "PER", "BUS")


def test_a_states_businesses_named_as_a_group_do_not_set_a_story_in_it() -> None:
    # "Orvan Co sold coal to Peru's steel mills.": firms trade abroad; the seller is not Peru's for them
    found = _firms("""
    Orvan     Orvan     PROPN NNP 2 compound ORG
    Co        Co        PROPN NNP 3 nsubj    I-ORG
    sold      sell      VERB  VBD 0 ROOT     -
    coal      coal      NOUN  NN  3 dobj     -
    to        to        ADP   IN  3 prep     -
    Peru      Peru      PROPN NNP 9 poss     GPE
    's        's        PART  POS 6 case     -
    steel     steel     NOUN  NN  9 compound -
    mills     mill      NOUN  NNS 5 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert found["Orvan Co"][1] is None


def test_a_firm_named_by_a_states_word_and_its_trade_is_that_states_business() -> None:
    # "Peruvian Cement bought Orvan Co.": the state's word and a word of a trade name a firm of that state
    found = _firms("""
    Peruvian  Peruvian  PROPN NNP 2 compound ORG
    Cement    Cement    PROPN NNP 3 nsubj    I-ORG
    bought    buy       VERB  VBD 0 ROOT     -
    Orvan     Orvan     PROPN NNP 5 compound ORG
    Co.       Co.       PROPN NNP 3 dobj     I-ORG
    """)
    assert found["Peruvian Cement"] == ("ORG", "PER", "BUS")


def test_a_tagged_name_run_over_a_preposition_into_a_firm_is_two_names() -> None:
    # "Orvan sold Kessel Press to Dunmore NV.": the tagger read one name from "Kessel" to the legal form
    found = _firms("""
    Orvan     Orvan     PROPN NNP 2 nsubj    ORG
    sold      sell      VERB  VBD 0 ROOT     -
    Kessel    Kessel    PROPN NNP 4 compound ORG
    Press     Press     PROPN NNP 2 dobj     I-ORG
    to        to        ADP   IN  2 prep     I-ORG
    Dunmore   Dunmore   PROPN NNP 7 compound I-ORG
    NV        NV        PROPN NNP 5 pobj     I-ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert {"Kessel Press", "Dunmore NV"} <= set(found) and "Kessel Press to Dunmore NV" not in found


def test_the_company_after_a_firm_and_its_unit_of_one_name_is_the_one_the_sentence_is_about(run) -> None:
    # a firm and its unit with another legal form are two; "the company" after them is the one the last
    # sentence naming them is about (entities/coref.py: _one_of_kind), its subject
    unit_said = run(
        "Orvan Telecom Ltd said its U.S. unit, Orvan Telecom Inc, won a contract.\n\n"
        "The company said it would buy Kessel Corp."
    )
    assert {e.label for e in unit_said.entities} >= {"Orvan Telecom Ltd", "Orvan Telecom Inc"}
    assert ("Orvan Telecom Inc", "buy", "Kessel Corp") in {
        (t.subject, t.predicate, t.object) for t in unit_said.triples
    }
    parent_buys = run(
        "Orvan Telecom Ltd bought a stake in Orvan Telecom Inc.\n\nThe company said it would buy Kessel Corp."
    )
    assert ("Orvan Telecom Ltd", "buy", "Kessel Corp") in {
        (t.subject, t.predicate, t.object) for t in parent_buys.triples
    }

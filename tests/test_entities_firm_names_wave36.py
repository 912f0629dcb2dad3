"""Firms named with a legal form (extract/entities/mentions.py: _firm_spans, data: company_name_ends,
firm_sector_words; extract/io/nlp.py: the sentence a legal form's full stop ends), amounts of money
(currency_words) and a sentence's full stop after a legal form. Sentences and firms of our own, parses
written by hand."""

from __future__ import annotations

from geokg.extract.io.nlp import paragraph_breaks
from hand_docs import VOCAB, read
from spacy.tokens import Doc


def _entities(table: str) -> dict[str, str]:
    """label -> type of every entity of the reading."""
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_firm_name_runs_back_over_and_between_words_of_its_trade() -> None:
    # "Harlow Trust and Banking Co Ltd raised rates.": the tagger cuts the name at "and"
    found = _entities("""
    Harlow    Harlow    PROPN NNP 2 compound ORG
    Trust     Trust     PROPN NNP 8 nsubj    I-ORG
    and       and       CCONJ CC  2 cc       -
    Banking   Banking   PROPN NNP 6 compound ORG
    Co        Co        PROPN NNP 6 compound I-ORG
    Ltd       Ltd       PROPN NNP 2 conj     I-ORG
    quickly   quickly   ADV   RB  8 advmod   -
    raised    raise     VERB  VBD 0 ROOT     -
    rates     rate      NOUN  NNS 8 dobj     -
    .         .         PUNCT .   8 punct    -
    """)
    assert found == {"Harlow Trust and Banking Co Ltd": "ORG"}


def test_a_firm_name_the_tagger_began_as_a_person_is_one_firm() -> None:
    # "Daniel Fire and Marine Insurance Co said profits rose.": "Daniel Fire" is no person
    found = _entities("""
    Daniel    Daniel    PROPN NNP 2 compound PERSON
    Fire      Fire      PROPN NNP 7 nsubj    I-PERSON
    and       and       CCONJ CC  2 cc       -
    Marine    Marine    PROPN NNP 6 compound ORG
    Insurance Insurance PROPN NNP 6 compound I-ORG
    Co        Co        PROPN NNP 2 conj     I-ORG
    said      say       VERB  VBD 0 ROOT     -
    profits   profit    NOUN  NNS 9 nsubj    -
    rose      rise      VERB  VBD 7 ccomp    -
    .         .         PUNCT .   7 punct    -
    """)
    assert found == {"Daniel Fire and Marine Insurance Co": "ORG"}


def test_a_name_ending_in_a_legal_form_is_a_firm_tagged_or_not() -> None:
    # "Rosen Textil GmbH bought Felder Papier AG": one left untagged, one tagged as a person
    found = _entities("""
    Rosen     Rosen     PROPN NNP 3 compound -
    Textil    Textil    PROPN NNP 3 compound -
    GmbH      GmbH      PROPN NNP 4 nsubj    -
    bought    buy       VERB  VBD 0 ROOT     -
    Felder    Felder    PROPN NNP 7 compound PERSON
    Papier    Papier    PROPN NNP 7 compound I-PERSON
    AG        AG        PROPN NNP 4 dobj     I-PERSON
    yesterday yesterday NOUN  NN  4 npadvmod DATE
    .         .         PUNCT .   4 punct    -
    """)
    assert found == {"Rosen Textil GmbH": "ORG", "Felder Papier AG": "ORG"}


def test_a_name_and_co_before_a_legal_form_is_one_firm() -> None:
    # "Ruth Penrose and Co Ltd advised Hill and Sons Ltd.": the tagger read a person and a body "Co Ltd"
    found = _entities("""
    Ruth      Ruth      PROPN NNP 2 compound PERSON
    Penrose   Penrose   PROPN NNP 6 nsubj    I-PERSON
    and       and       CCONJ CC  2 cc       -
    Co        Co        PROPN NNP 5 compound ORG
    Ltd       Ltd       PROPN NNP 2 conj     I-ORG
    advised   advise    VERB  VBD 0 ROOT     -
    Hill      Hill      PROPN NNP 6 dobj     ORG
    and       and       CCONJ CC  7 cc       -
    Sons      Sons      PROPN NNP 10 compound ORG
    Ltd       Ltd       PROPN NNP 7 conj     I-ORG
    .         .         PUNCT .   6 punct    -
    """)
    assert found == {"Ruth Penrose and Co Ltd": "ORG", "Hill and Sons Ltd": "ORG"}


def test_a_day_before_a_firm_is_no_part_of_its_name() -> None:
    # "On Monday Orvan Co merged.": the tagger read the day and the firm as a title of a work
    found = _entities("""
    On        on        ADP   IN  5 prep     -
    Monday    Monday    PROPN NNP 1 pobj     WORK_OF_ART
    Orvan     Orvan     PROPN NNP 4 compound I-WORK_OF_ART
    Co        Co        PROPN NNP 5 nsubj    I-WORK_OF_ART
    merged    merge     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    """)
    assert found == {"Orvan Co": "ORG"}


def test_and_before_a_firm_of_its_own_name_joins_two_firms() -> None:
    # "Orvan sued Kessel and Marsh Securities Inc.": "Kessel" is no word of a trade, so two firms
    found = _entities("""
    Orvan      Orvan      PROPN NNP 2 nsubj    ORG
    sued       sue        VERB  VBD 0 ROOT     -
    Kessel     Kessel     PROPN NNP 2 dobj     ORG
    and        and        CCONJ CC  3 cc       -
    Marsh      Marsh      PROPN NNP 7 compound ORG
    Securities Securities PROPN NNP 7 compound I-ORG
    Inc        Inc        PROPN NNP 3 conj     I-ORG
    on         on         ADP   IN  2 prep     -
    Friday     Friday     PROPN NNP 8 pobj     DATE
    .          .          PUNCT .   2 punct    -
    """)
    assert found == {"Orvan": "ORG", "Kessel": "ORG", "Marsh Securities Inc": "ORG"}


def test_a_legal_form_before_another_name_ends_no_firm() -> None:
    # "Delano AG Ruth Mott sued Orvan.": a state's attorney general before a person's name
    found = _entities("""
    Delano    Delano    PROPN NNP 2 compound GPE
    AG        AG        PROPN NNP 4 compound -
    Ruth      Ruth      PROPN NNP 4 compound PERSON
    Mott      Mott      PROPN NNP 5 nsubj    I-PERSON
    sued      sue       VERB  VBD 0 ROOT     -
    Orvan     Orvan     PROPN NNP 5 dobj     ORG
    .         .         PUNCT .   5 punct    -
    """)
    assert "Delano AG" not in found and found["Ruth Mott"] == "PERSON"


def test_a_sentence_full_stop_after_a_legal_form_is_no_part_of_the_label() -> None:
    # "Orvan sold its stake in Hagen Chemie AG. Orvan grew."
    found = _entities("""
    Orvan     Orvan     PROPN NNP 2 nsubj    ORG
    sold      sell      VERB  VBD 0 ROOT     -
    its       its       PRON  PRP$ 4 poss    -
    stake     stake     NOUN  NN  2 dobj     -
    in        in        ADP   IN  4 prep     -
    Hagen     Hagen     PROPN NNP 8 compound ORG
    Chemie    Chemie    PROPN NNP 8 compound I-ORG
    AG.       AG.       PROPN NNP 5 pobj     I-ORG
    Orvan     Orvan     PROPN NNP 10 nsubj   ORG
    grew      grow      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    """)
    assert found == {"Orvan": "ORG", "Hagen Chemie AG": "ORG"}


def test_two_firms_run_together_across_a_legal_form_and_its_full_stop_are_two() -> None:
    # "Orvan sold it to Hagen Chemie AG. Kessel Bank Ltd paid.": the parser did not end the sentence
    ids = {e.id for e in read("""
    Orvan     Orvan     PROPN NNP 2 nsubj    ORG
    sold      sell      VERB  VBD 0 ROOT     -
    it        it        PRON  PRP 2 dobj     -
    to        to        ADP   IN  2 dative   -
    Hagen     Hagen     PROPN NNP 10 compound ORG
    Chemie    Chemie    PROPN NNP 10 compound I-ORG
    AG.       AG.       PROPN NNP 10 compound I-ORG
    Kessel    Kessel    PROPN NNP 10 compound I-ORG
    Bank      Bank      PROPN NNP 10 compound I-ORG
    Ltd       Ltd       PROPN NNP 4 pobj     I-ORG
    paid      pay       VERB  VBD 2 conj     -
    .         .         PUNCT .   2 punct    -
    """).entities.entities()}
    assert ids == {"org:orvan", "org:hagen_chemie_ag", "org:kessel_bank_ltd"}


def test_a_firm_named_after_a_known_body_has_no_person_in_its_name() -> None:
    # "Amnesty International Trading Group Inc paid." (a firm of our own): no person "Trading Group Inc"
    # after the known body's name
    found = _entities("""
    Amnesty       Amnesty       PROPN NNP 5 compound ORG
    International International PROPN NNP 5 compound I-ORG
    Trading       Trading       PROPN NNP 5 compound I-ORG
    Group         Group         PROPN NNP 5 compound I-ORG
    Inc           Inc           PROPN NNP 6 nsubj    I-ORG
    paid          pay           VERB  VBD 0 ROOT     -
    .             .             PUNCT .   6 punct    -
    """)
    assert found == {"Amnesty International Trading Group Inc": "ORG"}


def test_a_firm_named_again_by_its_own_name_is_one_firm() -> None:
    # "Norvale Steel Corp bought Harlow Trust and Banking Co. Norvale paid Harlow Trust." (clusters.py)
    found = _entities("""
    Norvale   Norvale   PROPN NNP 3 compound ORG
    Steel     Steel     PROPN NNP 3 compound I-ORG
    Corp      Corp      PROPN NNP 4 nsubj    I-ORG
    bought    buy       VERB  VBD 0 ROOT     -
    Harlow    Harlow    PROPN NNP 6 compound ORG
    Trust     Trust     PROPN NNP 4 dobj     I-ORG
    and       and       CCONJ CC  6 cc       -
    Banking   Banking   PROPN NNP 9 compound ORG
    Co        Co        PROPN NNP 6 conj     I-ORG
    .         .         PUNCT .   4 punct    -
    Norvale   Norvale   PROPN NNP 12 nsubj   PERSON
    paid      pay       VERB  VBD 0 ROOT     -
    Harlow    Harlow    PROPN NNP 14 compound ORG
    Trust     Trust     PROPN NNP 12 dobj    I-ORG
    .         .         PUNCT .   12 punct   -
    """)
    assert found == {"Norvale Steel Corp": "ORG", "Harlow Trust and Banking Co": "ORG"}


def test_a_firm_named_again_as_a_person_stays_a_firm() -> None:
    # "Kessel Chemical Industries Ltd sued Orvan. Kessel Chemical said no." (clusters.py)
    found = _entities("""
    Kessel     Kessel     PROPN NNP 4 compound ORG
    Chemical   Chemical   PROPN NNP 4 compound I-ORG
    Industries Industries PROPN NNP 4 compound I-ORG
    Ltd        Ltd        PROPN NNP 5 nsubj    I-ORG
    sued       sue        VERB  VBD 0 ROOT     -
    Orvan      Orvan      PROPN NNP 5 dobj     ORG
    .          .          PUNCT .   5 punct    -
    Kessel     Kessel     PROPN NNP 9 compound PERSON
    Chemical   Chemical   PROPN NNP 10 nsubj   I-PERSON
    said       say        VERB  VBD 0 ROOT     -
    no         no         INTJ  UH  10 dobj    -
    .          .          PUNCT .   10 punct   -
    """)
    assert found == {"Kessel Chemical Industries Ltd": "ORG", "Orvan": "ORG"}


def test_a_state_before_a_currency_names_money_no_actor() -> None:
    # "Orvan Steel Corp paid 150 mln U.S. Dlrs to Kessel Bank Ltd.": "U.S. Dlrs" tagged as a person
    found = _entities("""
    Orvan     Orvan     PROPN NNP 3 compound ORG
    Steel     Steel     PROPN NNP 3 compound I-ORG
    Corp      Corp      PROPN NNP 4 nsubj    I-ORG
    paid      pay       VERB  VBD 0 ROOT     -
    150       150       NUM   CD  6 nummod   CARDINAL
    mln       mln       ADJ   JJ  4 dobj     -
    U.S.      U.S.      PROPN NNP 8 compound PERSON
    Dlrs      Dlrs      PROPN NNP 6 appos    I-PERSON
    to        to        ADP   IN  4 prep     -
    Kessel    Kessel    PROPN NNP 12 compound ORG
    Bank      Bank      PROPN NNP 12 compound I-ORG
    Ltd       Ltd       PROPN NNP 9 pobj     I-ORG
    .         .         PUNCT .   4 punct    -
    """)
    assert found == {"Orvan Steel Corp": "ORG", "Kessel Bank Ltd": "ORG"}


def test_a_state_word_before_a_lower_case_currency_is_no_state() -> None:
    # "Tom Marks said U.S. dlrs fell against the yen.": the surname stays a person's
    found = _entities("""
    Tom       Tom       PROPN NNP 2 compound PERSON
    Marks     Marks     PROPN NNP 3 nsubj    I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    U.S.      U.S.      PROPN NNP 5 compound GPE
    dlrs      dlrs      NOUN  NNS 6 nsubj    -
    fell      fall      VERB  VBD 3 ccomp    -
    against   against   ADP   IN  6 prep     -
    the       the       DET   DT  9 det      -
    yen       yen       NOUN  NN  7 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert found == {"Tom Marks": "PERSON"}


def test_a_currency_the_tagger_took_for_a_name_is_money_no_actor() -> None:
    # "Chile expects firm Sterling.": the archive's capital made the tagger call the pound an organisation
    # (lead, after round 51)
    found = _entities("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    expects   expect    VERB  VBZ 0 ROOT     -
    firm      firm      ADJ   JJ  4 amod     -
    Sterling  Sterling  PROPN NNP 2 dobj     ORG
    .         .         PUNCT .   2 punct    -
    """)
    assert found == {"Chile": "GPE"}


def _starts(words: str, tags: str) -> dict[str, bool | None]:
    doc = paragraph_breaks(Doc(VOCAB, words=words.split(), tags=tags.split()))
    return {token.text: token.is_sent_start for token in doc}


def test_a_legal_form_and_its_full_stop_end_a_sentence_before_a_name_and_its_verb() -> None:
    # "Orvan sold it to Hagen Chemie AG. Kessel Bank Ltd paid cash.": the parser runs the two together
    starts = _starts(
        "Orvan sold it to Hagen Chemie AG. Kessel Bank Ltd paid cash .",
        "NNP VBD PRP IN NNP NNP NNP NNP NNP NNP VBD NN .",
    )
    assert starts["Kessel"] is True
    # not before a title ("Orvan Corp. Chairman Ann Roe said") nor before what is no name and its verb
    starts = _starts("Orvan Corp. Chairman Ann Roe said no .", "NNP NNP NNP NNP NNP VBD UH .")
    assert starts["Chairman"] is None
    starts = _starts("Orvan Corp. Kessel unit said no .", "NNP NNP NNP NN VBD UH .")
    assert starts["Kessel"] is None

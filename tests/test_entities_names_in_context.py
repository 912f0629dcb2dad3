"""Readings that depend on the words around them (audit round 36): a party's short name that opens a
sentence, a surname with a woman's title in a story that also gives it a man's, an "it" that is to undergo
something in someone's expectation, a capital's name without its article, a share of a market, an "ex-"
that qualifies the word it is joined to, and an act one works towards.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, facts_with_roots, read


def test_a_party_short_name_opening_a_sentence_is_the_party() -> None:
    found = facts_with_roots("""
    Labour    labour    NOUN  NN  2 nsubj    PERSON
    attacked  attack    VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Lind      Lind      PROPN NNP 2 dobj     I-PERSON
    over      over      ADP   IN  2 prep     -
    her       her       PRON  PRP$ 7 poss    -
    plans     plan      NOUN  NNS 5 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Labour Party", "attack", "Ana Lind", "11") in found  # criticism over plans, not force


def _labels_and_mentions(table: str) -> dict[str, int]:
    return {e.label: e.mentions for e in read(table).entities.entities() if e.type == "PERSON"}


def test_a_womans_title_on_a_surname_a_man_bears_too_is_another_person() -> None:
    found = _labels_and_mentions("""
    Peter     Peter     PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    met       meet      VERB  VBD 0 ROOT     -
    Jan       Jan       PROPN NNP 5 compound PERSON
    Berg      Berg      PROPN NNP 3 dobj     I-PERSON
    .         .         PUNCT .   3 punct    -
    Mrs       Mrs       PROPN NNP 8 compound -
    Lind      Lind      PROPN NNP 9 nsubj    PERSON
    praised   praise    VERB  VBD 0 ROOT     -
    Jan       Jan       PROPN NNP 11 compound PERSON
    Berg      Berg      PROPN NNP 9 dobj     I-PERSON
    .         .         PUNCT .   9 punct    -
    Mr        Mr        PROPN NNP 14 compound -
    Lind      Lind      PROPN NNP 15 nsubj   PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   15 punct   -
    """)
    assert found["Mrs Lind"] == 1
    assert found["Peter Lind"] == 2  # "Mr Lind" is he


def test_a_womans_title_alone_joins_the_full_name() -> None:
    found = _labels_and_mentions("""
    Anna      Anna      PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    met       meet      VERB  VBD 0 ROOT     -
    Jan       Jan       PROPN NNP 5 compound PERSON
    Berg      Berg      PROPN NNP 3 dobj     I-PERSON
    .         .         PUNCT .   3 punct    -
    Ms        Ms        PROPN NNP 8 compound -
    Lind      Lind      PROPN NNP 9 nsubj    PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    """)
    assert found["Anna Lind"] == 2


def test_what_it_is_expected_to_undergo_is_no_state_of_the_last_sentence() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    Kenya     Kenya     PROPN NNP 5 nsubj    GPE
    backed    back      VERB  VBD 3 ccomp    -
    the       the       DET   DT  7 det      -
    plan      plan      NOUN  NN  5 dobj     -
    .         .         PUNCT .   3 punct    -
    She       she       PRON  PRP 10 nsubj   -
    expects   expect    VERB  VBZ 0 ROOT     -
    it        it        PRON  PRP 14 nsubjpass -
    to        to        PART  TO  14 aux     -
    be        be        AUX   VB  14 auxpass -
    dropped   drop      VERB  VBN 10 ccomp   -
    .         .         PUNCT .   10 punct   -
    """)
    assert ("Ana Lind", "expect", "Kenya") not in facts(reading, "speech_content")


def test_a_capitals_name_without_its_article_is_a_surname() -> None:
    reading = read("""
    Hague     Hague     PROPN NNP 2 nsubj    -
    criticised criticise VERB VBD 0 ROOT     -
    Kenya     Kenya     PROPN NNP 2 dobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert "NLD" not in {e.country for e in reading.entities.entities()}


def test_a_share_of_a_market_its_states_adjective_names_is_no_share_of_the_state() -> None:
    table = """
    Kenya     Kenya     PROPN NNP 2 compound ORG
    Airways   Airways   PROPN NNP 3 nsubj    I-ORG
    holds     hold      VERB  VBZ 0 ROOT     -
    45        45        NUM   CD  5 nummod   PERCENT
    %         %         NOUN  NN  3 dobj     I-PERCENT
    of        of        ADP   IN  5 prep     -
    the       the       DET   DT  9 det      -
    Ugandan   ugandan   ADJ   JJ  9 amod     NORP
    market    market    NOUN  NN  6 pobj     -
    .         .         PUNCT .   3 punct    -
    """
    assert not any(fact[2] == "Uganda" for fact in facts_with_roots(table))


def test_an_ex_joined_to_a_word_before_a_kin_noun_qualifies_that_word() -> None:
    reading = read("""
    Peter     Peter     PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    praised   praise    VERB  VBD 0 ROOT     -
    his       his       PRON  PRP$ 8 poss    -
    ex        ex        ADJ   JJ  8 amod     -
    -         -         PUNCT HYPH 8 punct   -
    model     model     NOUN  NN  8 compound -
    wife      wife      NOUN  NN  3 dobj     -
    Sandra    Sandra    PROPN NNP 8 appos    PERSON
    .         .         PUNCT .   3 punct    -
    """)
    roles = {(s, p) for s, p, o in facts(reading, "title") if o == "Peter Lind"}
    assert roles == {("Sandra", "wife of")}  # a former model, his wife now


def test_working_towards_an_act_is_not_yet_the_act() -> None:
    reading = read("""
    Kenya     Kenya     PROPN NNP 2 nsubj    GPE
    pledged   pledge    VERB  VBD 0 ROOT     -
    to        to        PART  TO  4 aux      -
    work      work      VERB  VB  2 xcomp    -
    towards   towards   ADP   IN  4 prep     -
    lifting   lift      VERB  VBG 5 pcomp    -
    the       the       DET   DT  8 det      -
    ban       ban       NOUN  NN  6 dobj     -
    on        on        ADP   IN  8 prep     -
    Peru      Peru      PROPN NNP 9 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    predicates = {p for s, p, o in facts(reading, "noun_prep") if (s, o) == ("Kenya", "Peru")}
    assert predicates == {"pledge to work to lift ban on"}


def test_a_firms_title_gives_no_state_of_the_tables_namesake() -> None:
    table = """
    Vodafone  Vodafone  PROPN NNP 3 compound ORG
    chief     chief     ADJ   JJ  3 amod     -
    executive executive NOUN  NN  5 compound -
    Lord      Lord      PROPN NNP 5 compound -
    Macron    Macron    PROPN NNP 6 nsubj    PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """
    reading = read(table)
    assert ("Macron", "chief executive of", "Vodafone") in facts(reading, "title")
    assert country_of(reading, "Macron") != "FRA"  # not the president the office table knows


def test_a_name_after_a_peers_title_is_a_person() -> None:
    reading = read("""
    The       the       DET   DT  2 det      -
    minister  minister  NOUN  NN  3 nsubj    -
    met       meet      VERB  VBD 0 ROOT     -
    Lord      Lord      PROPN NNP 5 compound -
    Lind      Lind      PROPN NNP 3 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert {(e.label, e.type) for e in reading.entities.entities()} == {("Lind", "PERSON")}


def test_new_and_a_titles_words_before_its_role_word_are_no_body() -> None:
    reading = read("""
    New       New       PROPN NNP 3 compound ORG
    Home      Home      PROPN NNP 3 compound I-ORG
    Secretary Secretary PROPN NNP 5 compound -
    Ana       Ana       PROPN NNP 5 compound PERSON
    Lind      Lind      PROPN NNP 6 nsubj    I-PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert "New Home" not in {e.label for e in reading.entities.entities()}


def test_the_tables_holder_of_the_storys_own_state_is_of_it() -> None:
    # an undated story: the table's term is not in force, but a British story's Gordon Brown is British
    reading = read("""
    Gordon    Gordon    PROPN NNP 2 compound PERSON
    Brown     Brown     PROPN NNP 3 nsubj    I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Tories    Tories    PROPN NNPS 7 nsubj   ORG
    would     would     AUX   MD  7 aux      -
    lose      lose      VERB  VB  3 ccomp    -
    in        in        ADP   IN  7 prep     -
    Leeds     Leeds     PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert country_of(reading, "Gordon Brown") == "GBR"


def test_a_title_only_one_state_bears_is_that_states_office() -> None:
    reading = read("""
    Home      Home      PROPN NNP 2 compound -
    Secretary Secretary PROPN NNP 4 compound -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Lind      Lind      PROPN NNP 5 nsubj    I-PERSON
    left      leave     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    """)
    assert ("Ana Lind", "home secretary of", "United Kingdom") in facts(reading, "title")

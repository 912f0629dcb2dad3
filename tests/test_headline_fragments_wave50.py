"""Headline fragments and fused names (sentences of our own, parses written by hand): a name the tagger
reads in a headline set in capitals stands only when the story names it again; two bodies joined by a
hyphen are two; a body's acronym run into a person's name is the person; "the <people>" is the people."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import read, with_title_line

# "ASSEMBLY BACKS RURITANIAN PLAN ¶ The Assembly voted ." : the tagger runs the verb into the body's name.
CAPITALS_HEADLINE = """
ASSEMBLY  ASSEMBLY  PROPN NNP 2 compound ORG
BACKS     back      NOUN  NNS 4 compound I-ORG
{third}   {third}   PROPN NNP 4 compound {third_label}
PLAN      plan      NOUN  NN  0 ROOT     -
¶         ¶         SPACE _SP 4 dep      -
The       the       DET   DT  7 det      -
Assembly  Assembly  PROPN NNP 8 nsubj    ORG
voted     vote      VERB  VBD 0 ROOT     -
.         .         PUNCT .   8 punct    -
"""


def _labels(table: str) -> set[str]:
    return {e.label for e in read_doc(with_title_line(table), scope="hand-built").entities.entities()}


def test_a_name_of_a_capitals_headline_the_story_never_writes_is_no_node() -> None:
    labels = _labels(CAPITALS_HEADLINE.format(third="CALDER", third_label="I-ORG"))
    assert not any("BACKS" in label for label in labels)
    assert "Assembly" in labels


def test_a_name_of_a_capitals_headline_the_story_writes_again_stays() -> None:
    table = CAPITALS_HEADLINE.format(third="CALDER", third_label="PERSON").replace(
        "The       the       DET   DT  7 det      -", "Calder    Calder    PROPN NNP 7 compound PERSON"
    )
    reading = read_doc(with_title_line(table), scope="hand-built")
    assert reading.entities.mention_at(2) is not None  # "CALDER" of the headline, named again below


def test_a_body_s_acronym_run_into_a_person_s_name_is_the_body_and_the_person() -> None:
    reading = read("""
    ZORA   ZORA   PROPN NNP 3 compound ORG
    Ann    Ann    PROPN NNP 3 compound I-ORG
    Roe    Roe    PROPN NNP 4 nsubj    I-ORG
    spoke  speak  VERB  VBD 0 ROOT     -
    .      .      PUNCT .   4 punct    -
    """)
    found = {e.label: e.type for e in reading.entities.entities()}
    assert found.get("Ann Roe") == "PERSON"
    assert "ZORA Ann Roe" not in found


def test_an_acronym_before_a_word_that_opens_no_given_name_stays_in_the_name() -> None:
    reading = read("""
    ZORA     ZORA     PROPN NNP 3 compound ORG
    Granite  Granite  PROPN NNP 3 compound I-ORG
    Works    Works    PROPN NNP 4 nsubj    I-ORG
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   4 punct    -
    """)
    assert "ZORA Granite Works" in {e.label for e in reading.entities.entities()}


HYPHEN_JOINED = """
Voters     voter      NOUN  NNS  2 nsubj    -
criticised criticise  VERB  VBD  0 ROOT     -
the        the        DET   DT   7 det      ORG
{first}    {first}    PROPN NNP  6 compound I-ORG
-          -          PUNCT HYPH 6 punct    I-ORG
{second}   {second}   PROPN NNP  7 compound I-ORG
talks      talk       NOUN  NNS  2 dobj     -
.          .          PUNCT .    2 punct    -
"""


def test_two_bodies_joined_by_a_hyphen_are_two() -> None:
    reading = read(HYPHEN_JOINED.format(first="Senate", second="Pentagon"))
    labels = {e.label for e in reading.entities.entities()}
    assert "Senate-Pentagon" not in labels
    assert {"Senate", "Pentagon"} <= labels


def test_a_hyphened_name_of_words_no_table_knows_is_one_name() -> None:
    labels = {e.label for e in read(HYPHEN_JOINED.format(first="Zorel", second="Vantor")).entities.entities()}
    assert "Zorel-Vantor" in labels


def test_the_people_named_by_the_and_its_adjective_is_the_people_not_the_state() -> None:
    reading = read("""
    The      the      DET   DT   2 det    -
    Japanese Japanese PROPN NNPS 3 nsubj  NORP
    signed   sign     VERB  VBD  0 ROOT   -
    a        a        DET   DT   5 det    -
    letter   letter   NOUN  NN   3 dobj   -
    to       to       ADP   IN   3 prep   -
    Peru     Peru     PROPN NNP  6 pobj   GPE
    .        .        PUNCT .    3 punct  -
    """)
    ids = {e.label: e.id for e in reading.entities.entities()}
    assert ids.get("Japanese people") == "group:people@jpn"
    assert "Japan" not in ids


STATE_THEN_NOUN = """
Chile    Chile    PROPN NNP  2 nsubj    GPE
condemned condemn VERB  VBD  0 ROOT     -
the      the      DET   DT   5 det      ORG
Peruvian Peruvian PROPN NNP  5 compound I-ORG
{noun}   {noun}   PROPN NNPS 2 dobj     I-ORG
.        .        PUNCT .    2 punct    -
"""


def test_a_state_then_an_event_noun_capitalised_is_the_state() -> None:
    reading = read(STATE_THEN_NOUN.format(noun="Raids"))
    labels = {e.label: e.id for e in reading.entities.entities()}
    assert "Peruvian Raids" not in labels
    assert "country:PER" in labels.values()


def test_a_state_then_a_body_s_noun_is_the_body() -> None:
    reading = read(STATE_THEN_NOUN.format(noun="Rangers"))
    assert "Peruvian Rangers" in {e.label for e in reading.entities.entities()}

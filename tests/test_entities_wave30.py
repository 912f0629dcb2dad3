"""Wave 30: a state's adjective right before a person's name gives the person that state, whether the tagger
left it outside the name, took it in, or took the whole for a place; a state's name before a noun of
expertise is the field studied ("a China watcher"); software named with its kind ("the browser X") and aid
budgets ("Official Development Assistance") are no actors; "X-headquartered" seats a body as "X-based"
does; universities of towns several states share; a known place the tagger called a person (sentences of
our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.records import Entity
from hand_docs import read


def _entities(table: str) -> dict[str, Entity]:
    return {e.label: e for e in read(table).entities.entities()}


def test_a_demonym_right_before_a_name_gives_the_persons_state() -> None:
    entities = _entities("""
    Spanish  Spanish  ADJ   JJ  3 amod     NORP
    Ana      Ana      PROPN NNP 3 compound PERSON
    Ruiz     Ruiz     PROPN NNP 4 nsubj    I-PERSON
    resigned resign   VERB  VBD 0 ROOT     -
    .        .        PUNCT .   4 punct    -
    """)
    assert entities["Ana Ruiz"].country == "ESP"


def test_a_demonym_tagged_inside_a_persons_name_is_cut_off_and_gives_the_state() -> None:
    entities = _entities("""
    The      the      DET   DT  2 det      -
    board    board    NOUN  NN  3 nsubj    -
    chose    choose   VERB  VBD 0 ROOT     -
    Danish   Danish   ADJ   JJ  6 amod     PERSON
    Lars     Lars     PROPN NNP 6 compound I-PERSON
    Holmgren Holmgren PROPN NNP 3 dobj     I-PERSON
    .        .        PUNCT .   3 punct    -
    """)
    assert "Danish Lars Holmgren" not in entities
    assert entities["Lars Holmgren"].type == "PERSON"
    assert entities["Lars Holmgren"].country == "DNK"


def test_a_demonym_and_a_two_word_name_tagged_as_a_place_are_a_person() -> None:
    entities = _entities("""
    She      she      PRON  PRP 2 nsubj    -
    replaced replace  VERB  VBD 0 ROOT     -
    him      he       PRON  PRP 2 dobj     -
    with     with     ADP   IN  2 prep     -
    Latvian  Latvian  ADJ   JJ  7 compound GPE
    Ilze     Ilze     PROPN NNP 7 compound I-GPE
    Kalnina  Kalnina  PROPN NNP 4 pobj     I-GPE
    .        .        PUNCT .   2 punct    -
    """)
    assert entities["Ilze Kalnina"].type == "PERSON"
    assert entities["Ilze Kalnina"].country == "LVA"


def test_a_states_name_before_a_noun_of_expertise_is_no_state_of_the_person() -> None:
    entities = _entities("""
    Ken      Ken      PROPN NNP 2 compound PERSON
    Mori     Mori     PROPN NNP 8 nsubj    I-PERSON
    ,        ,        PUNCT ,   2 punct    -
    a        a        DET   DT  6 det      -
    China    China    PROPN NNP 6 compound GPE
    watcher  watcher  NOUN  NN  2 appos    -
    ,        ,        PUNCT ,   2 punct    -
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   8 punct    -
    """)
    assert entities["Ken Mori"].country is None


def test_a_demonym_before_a_noun_of_expertise_still_gives_the_state() -> None:
    entities = _entities("""
    Ken      Ken      PROPN NNP 2 compound PERSON
    Mori     Mori     PROPN NNP 8 nsubj    I-PERSON
    ,        ,        PUNCT ,   2 punct    -
    a        a        DET   DT  6 det      -
    Chinese  Chinese  ADJ   JJ  6 amod     NORP
    expert   expert   NOUN  NN  2 appos    -
    ,        ,        PUNCT ,   2 punct    -
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   8 punct    -
    """)
    assert entities["Ken Mori"].country == "CHN"


def test_a_name_after_a_kind_of_software_is_no_organisation() -> None:
    entities = _entities("""
    Users    user     NOUN  NNS 7 nsubj    -
    of       of       ADP   IN  1 prep     -
    the      the      DET   DT  5 det      -
    Swedish  Swedish  ADJ   JJ  5 amod     NORP
    browser  browser  NOUN  NN  2 pobj     -
    Vela     Vela     PROPN NNP 5 appos    ORG
    complained complain VERB VBD 0 ROOT    -
    .        .        PUNCT .   7 punct    -
    """)
    assert "Vela" not in entities


def test_a_name_with_a_kind_of_software_in_apposition_is_no_organisation() -> None:
    entities = _entities("""
    Vela     Vela     PROPN NNP 7 nsubj    ORG
    ,        ,        PUNCT ,   1 punct    -
    a        a        DET   DT  5 det      -
    web      web      NOUN  NN  5 compound -
    browser  browser  NOUN  NN  1 appos    -
    ,        ,        PUNCT ,   1 punct    -
    crashed  crash    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   7 punct    -
    """)
    assert "Vela" not in entities


def test_a_known_browsers_acronym_is_no_organisation() -> None:
    entities = _entities("""
    IE       IE       PROPN NNP 2 nsubj    ORG
    crashed  crash    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   2 punct    -
    """)
    assert "IE" not in entities


def test_an_aid_budget_and_its_acronym_are_no_actors() -> None:
    entities = _entities("""
    Norway      Norway      PROPN NNP 5 poss     GPE
    's          's          PART  POS 1 case     -
    Official    Official    PROPN NNP 5 compound ORG
    Development Development PROPN NNP 5 compound I-ORG
    Assistance  Assistance  PROPN NNP 9 nsubj    I-ORG
    (           (           PUNCT -LRB- 5 punct  -
    ODA         ODA         PROPN NNP 5 appos    ORG
    )           )           PUNCT -RRB- 5 punct  -
    grew        grow        VERB  VBD 0 ROOT     -
    .           .           PUNCT .   9 punct    -
    """)
    assert entities["Official Development Assistance"].type == "EVENT"
    assert entities["Official Development Assistance"].country is None


def test_a_place_hyphened_before_headquartered_seats_the_body_there() -> None:
    entities = _entities("""
    Oslo          Oslo          PROPN NNP 3 npadvmod GPE
    -             -             PUNCT HYPH 3 punct   -
    headquartered headquartered VERB  VBN 5 amod     -
    Norel         Norel         PROPN NNP 5 compound ORG
    Holdings      Holdings      PROPN NNP 6 nsubj    I-ORG
    sued          sue           VERB  VBD 0 ROOT     -
    Kenya         Kenya         PROPN NNP 6 dobj     GPE
    .             .             PUNCT .   6 punct    -
    """)
    assert entities["Norel Holdings"].country == "NOR"


def test_a_university_named_after_a_shared_town_is_of_the_state_it_stands_in() -> None:
    entities = _entities("""
    Oxford     Oxford     PROPN NNP 2 compound ORG
    University University PROPN NNP 3 nsubj    I-ORG
    signed     sign       VERB  VBD 0 ROOT     -
    a          a          DET   DT  5 det      -
    deal       deal       NOUN  NN  3 dobj     -
    with       with       ADP   IN  5 prep     -
    the        the        DET   DT  9 det      -
    United     United     PROPN NNP 9 compound GPE
    States     States     PROPN NNP 6 pobj     I-GPE
    .          .          PUNCT .   3 punct    -
    """)
    assert entities["Oxford University"].country == "GBR"


def test_a_known_university_in_a_shared_town_keeps_its_state() -> None:
    entities = _entities("""
    Harvard    Harvard    PROPN NNP 2 compound ORG
    University University PROPN NNP 5 nsubj    I-ORG
    in         in         ADP   IN  2 prep     -
    Cambridge  Cambridge  PROPN NNP 3 pobj     GPE
    criticised criticise  VERB  VBD 0 ROOT     -
    Britain    Britain    PROPN NNP 5 dobj     GPE
    .          .          PUNCT .   5 punct    -
    """)
    assert entities["Harvard University"].country == "USA"
    assert entities["Cambridge"].country == "USA"


def test_a_known_place_of_two_words_tagged_as_a_person_is_the_place() -> None:
    entities = _entities("""
    Port     Port     PROPN NNP 2 compound PERSON
    Moresby  Moresby  PROPN NNP 4 nsubjpass I-PERSON
    was      be       AUX   VBD 4 auxpass  -
    flooded  flood    VERB  VBN 0 ROOT     -
    .        .        PUNCT .   4 punct    -
    """)
    assert entities["Port Moresby"].type == "GPE"
    assert entities["Port Moresby"].country == "PNG"


def test_a_demonym_before_a_word_of_a_bodys_name_gives_that_word_no_state() -> None:
    entities = _entities("""
    She      she      PRON  PRP 2 nsubj    -
    founded  found    VERB  VBD 0 ROOT     -
    the      the      DET   DT  6 det      -
    Chinese  Chinese  ADJ   JJ  6 amod     NORP
    Lotus    Lotus    PROPN NNP 6 compound PERSON
    Chamber  Chamber  PROPN NNP 2 dobj     ORG
    of       of       ADP   IN  6 prep     I-ORG
    Commerce Commerce PROPN NNP 7 pobj     I-ORG
    .        .        PUNCT .   2 punct    -
    """)
    assert entities["Lotus"].country is None


def test_a_demonym_after_another_states_word_is_a_people_and_gives_no_state() -> None:
    entities = _entities("""
    Kosovo   Kosovo   PROPN NNP 2 compound GPE
    Albanian Albanian ADJ   JJ  4 amod     NORP
    Agim     Agim     PROPN NNP 4 compound PERSON
    Berisha  Berisha  PROPN NNP 5 nsubj    I-PERSON
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   5 punct    -
    """)
    assert entities["Agim Berisha"].country != "ALB"


def test_a_demonym_of_two_words_right_before_a_name_gives_the_persons_state() -> None:
    entities = _entities("""
    South    South    PROPN NNP 2 compound NORP
    African  African  PROPN NNP 4 compound I-NORP
    Thabo    Thabo    PROPN NNP 4 compound PERSON
    Ndlovu   Ndlovu   PROPN NNP 5 nsubj    I-PERSON
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   5 punct    -
    """)
    assert entities["Thabo Ndlovu"].country == "ZAF"

"""A dateline run into a headline or a sentence is no actor; sports clubs are organisations; a title's
organisation is kept whole (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.mentions import glued_dateline_tokens
from geokg.extract.pipeline import Reading, read_doc
from hand_docs import parse, read
from spacy.tokens import Doc


def _entities(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


# A headline line the parser ran into the dateline after it: "prosecutors OSLO" reads as a title and a name.
HEADLINE_AND_DATELINE = """
Banker   banker   NOUN  NN  2 nsubj    -
likely   likely   ADJ   JJ  0 ROOT     -
to       to       PART  TO  4 aux      -
help     help     VERB  VB  2 xcomp    -
auditors auditor  NOUN  NNS 4 dobj     -
DENVER   DENVER   PROPN NNP 5 appos    GPE
,        ,        PUNCT ,   6 punct    -
Colo.    Colo.    PROPN NNP 6 appos    GPE
--       --       PUNCT :   2 punct    -
A        a        DET   DT  12 det     -
clerk    clerk    NOUN  NN  13 nsubj   -
admitted admit    VERB  VBD 0 ROOT     -
theft    theft    NOUN  NN  13 dobj    -
in       in       ADP   IN  13 prep    -
Canada   Canada   PROPN NNP 15 pobj    GPE
.        .        PUNCT .   13 punct   -
"""


def test_a_dateline_run_into_a_headline_is_no_titled_person() -> None:
    reading = read(HEADLINE_AND_DATELINE)
    labels = {e.label for e in reading.entities.entities()}
    assert "DENVER" not in labels and "Colo." not in labels
    assert "Canada" in labels


def test_a_dateline_opening_its_sentence_without_a_comma_is_no_subject() -> None:
    reading = read("""
    DENVER   DENVER   PROPN NNP 5 nsubj    GPE
    --       --       PUNCT :   1 punct    -
    The      the      DET   DT  4 det      -
    clerk    clerk    NOUN  NN  5 nsubj    -
    admitted admit    VERB  VBD 0 ROOT     -
    theft    theft    NOUN  NN  5 dobj     -
    in       in       ADP   IN  5 prep     -
    Canada   Canada   PROPN NNP 7 pobj     GPE
    .        .        PUNCT .   5 punct    -
    """)
    assert not [r for r in reading.relations if r.subject.entity_id.endswith("denver")]
    assert "DENVER" not in {e.label for e in reading.entities.entities()}


def test_a_dateline_that_is_a_sentence_of_its_own_stays_a_place() -> None:
    doc = parse("""
    DENVER   DENVER   PROPN NNP 0 ROOT     GPE
    --       --       PUNCT :   1 punct    -
    The      the      DET   DT  4 det      -
    clerk    clerk    NOUN  NN  5 nsubj    -
    admitted admit    VERB  VBD 0 ROOT     -
    theft    theft    NOUN  NN  5 dobj     -
    .        .        PUNCT .   5 punct    -
    """)
    assert not glued_dateline_tokens(doc)


def test_capitals_and_a_dash_inside_a_sentence_need_a_place() -> None:
    doc = parse("""
    Staff    staff    NOUN  NNS 2 nsubj    -
    joined   join     VERB  VBD 0 ROOT     -
    ACME     ACME     PROPN NNP 2 dobj     ORG
    --       --       PUNCT :   2 punct    -
    the      the      DET   DT  6 det      -
    firm     firm     NOUN  NN  3 appos    -
    .        .        PUNCT .   2 punct    -
    """)
    assert not glued_dateline_tokens(doc)


def test_a_body_in_capitals_with_its_gloss_inside_a_sentence_is_no_dateline() -> None:
    doc = parse("""
    Staff    staff    NOUN  NNS 2 nsubj    -
    left     leave    VERB  VBD 0 ROOT     -
    the      the      DET   DT  4 det      -
    ACME     ACME     PROPN NNP 2 dobj     ORG
    (        (        PUNCT -LRB- 4 punct  -
    Acme     Acme     PROPN NNP 4 appos    ORG
    )        )        PUNCT -RRB- 4 punct  -
    --       --       PUNCT :   2 punct    -
    then     then     ADV   RB  10 advmod  -
    rested   rest     VERB  VBD 2 conj     -
    .        .        PUNCT .   2 punct    -
    """)
    assert not glued_dateline_tokens(doc)


def _types(table: str) -> dict[str, tuple[str, str | None]]:
    return {e.label: (e.type, e.country) for e in read(table).entities.entities()}


def test_an_untagged_club_and_the_side_it_faces_are_organisations() -> None:
    types = _types("""
    Leeds    Leeds    PROPN NNP 2 compound -
    United   United   PROPN NNP 4 nsubj    -
    will     will     AUX   MD  4 aux      -
    face     face     VERB  VB  0 ROOT     -
    Corvino  Corvino  PROPN NNP 4 dobj     PERSON
    in       in       ADP   IN  4 prep     -
    Oslo     Oslo     PROPN NNP 6 pobj     GPE
    .        .        PUNCT .   4 punct    -
    """)
    assert types["Leeds United"][0] == "ORG"
    assert types["Corvino"][0] == "ORG"


def test_a_club_word_before_a_town_and_a_score_after_a_club_are_read() -> None:
    types = _types("""
    FC       FC       PROPN NNP 2 compound -
    Tarnow   Tarnow   PROPN NNP 3 nsubj    GPE
    beat     beat     VERB  VBD 0 ROOT     -
    Leeds    Leeds    PROPN NNP 5 compound PERSON
    United   United   PROPN NNP 3 dobj     I-PERSON
    2-1      2-1      NUM   CD  3 npadvmod I-PERSON
    .        .        PUNCT .   3 punct    -
    """)
    # a club's word after its town names the town's state (affiliations/organisations.py)
    assert types == {"FC Tarnow": ("ORG", None), "Leeds United": ("ORG", "GBR")}


def test_a_club_noun_gives_the_state_and_no_office() -> None:
    reading = read("""
    Spanish     Spanish     ADJ   JJ  2 amod     NORP
    champions   champion    NOUN  NNS 4 compound -
    Real        Real        PROPN NNP 4 compound ORG
    Oviedo      Oviedo      PROPN NNP 5 nsubj    I-ORG
    beat        beat        VERB  VBD 0 ROOT     -
    Dutch       Dutch       ADJ   JJ  7 amod     NORP
    side        side        NOUN  NN  8 compound -
    Vitesse     Vitesse     PROPN NNP 5 dobj     PERSON
    .           .           PUNCT .   5 punct    -
    """)
    entities = {e.label: (e.type, e.country) for e in reading.entities.entities()}
    assert entities["Real Oviedo"] == ("ORG", "ESP")
    assert entities["Vitesse"] == ("ORG", "NLD")
    assert not [r for r in reading.relations if r.rule.name == "title"]


def test_counterparts_are_no_office_of_a_body() -> None:
    reading = read("""
    Zentro      Zentro      PROPN NNP 7 nsubj    ORG
    and         and         CCONJ CC  1 cc       -
    its         its         PRON  PRP$ 5 poss    -
    Italian     Italian     ADJ   JJ  5 amod     NORP
    counterparts counterpart NOUN NNS 6 compound -
    Corvino     Corvino     PROPN NNP 1 conj     ORG
    merged      merge       VERB  VBD 0 ROOT     -
    .           .           PUNCT .   7 punct    -
    """)
    assert not [r for r in reading.relations if r.rule.name == "title"]
    assert {e.label: e.country for e in reading.entities.entities()}["Corvino"] == "ITA"


def test_a_set_score_and_a_world_champion_leave_people_alone() -> None:
    types = _types("""
    Ann      Ann      PROPN NNP 2 compound PERSON
    Lee      Lee      PROPN NNP 3 nsubj    I-PERSON
    beat     beat     VERB  VBD 0 ROOT     -
    world    world    NOUN  NN  5 compound -
    champion champion NOUN  NN  6 compound -
    Corvino  Corvino  PROPN NNP 3 dobj     PERSON
    6-3      6-3      NUM   CD  3 npadvmod -
    .        .        PUNCT .   3 punct    -
    """)
    assert types["Corvino"][0] == "PERSON" and types["Ann Lee"][0] == "PERSON"


def _titles(reading: Reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in reading.relations
        if r.rule.name == "title"
    }


def test_a_body_named_by_a_plural_noun_and_for_is_kept_whole() -> None:
    reading = read("""
    Ann      Ann      PROPN NNP 2 compound PERSON
    Lee      Lee      PROPN NNP 15 nsubj   I-PERSON
    ,        ,        PUNCT ,   2 punct    -
    vice     vice     NOUN  NN  5 compound -
    president president NOUN NN 2 appos    -
    for      for      ADP   IN  5 prep     -
    the      the      DET   DT  9 det      -
    civic    civic    ADJ   JJ  9 amod     -
    Parents  parent   NOUN  NNS 6 pobj     -
    for      for      ADP   IN  9 prep     -
    Safer    Safer    PROPN NNP 12 compound -
    Streets  Streets  PROPN NNPS 10 pobj   -
    ,        ,        PUNCT ,   2 punct    -
    quietly  quietly  ADV   RB  15 advmod  -
    resigned resign   VERB  VBD 0 ROOT     -
    .        .        PUNCT .   15 punct   -
    """)
    assert ("Ann Lee", "vice president for", "Parents for Safer Streets") in _titles(reading)


# A story set in the United States, where an untied national title would be the state's.
SECRETARY_GENERAL = """
The      the      DET   DT  3 det      -
United   United   PROPN NNP 3 compound GPE
States   States   PROPN NNP 4 nsubj    I-GPE
agreed   agree    VERB  VBD 0 ROOT     -
.        .        PUNCT .   4 punct    -
Secretary Secretary PROPN NNP 8 compound -
-        -        PUNCT HYPH 8 punct   -
General  General  PROPN NNP 10 compound -
{first}  {first}  PROPN NNP 10 compound PERSON
{last}   {last}   PROPN NNP 11 nsubj   I-PERSON
spoke    speak    VERB  VBD 0 ROOT     -
in       in       ADP   IN  11 prep    -
Washington Washington PROPN NNP 12 pobj GPE
.        .        PUNCT .   11 punct   -
"""


def test_a_secretary_general_is_no_office_of_the_story_state() -> None:
    reading = read(SECRETARY_GENERAL.format(first="Ibrahim", last="Qassem"))
    assert not [t for t in _titles(reading) if t[2] == "United States"]


def test_a_secretary_general_the_table_knows_heads_the_body_unnamed() -> None:
    doc = parse(SECRETARY_GENERAL.format(first="Kofi", last="Annan"))
    reading = read_doc(doc, scope="hand-built", day="2005-03-01")
    assert _titles(reading) == {("Kofi Annan", "secretary general of", "United Nations")}


def _with_line_breaks(doc: Doc) -> Doc:
    """The hand-built Doc with each "¶" made a line break, which the table cannot write."""
    words = ["\n" if t.text == "¶" else t.text for t in doc]
    return Doc(
        doc.vocab,
        words=words,
        spaces=[
            bool(t.whitespace_) and t.text != "¶" and t.i + 1 < len(doc) and doc[t.i + 1].text != "¶"
            for t in doc
        ],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


HEADLINE = """
Mayor    Mayor    PROPN NNP 0 ROOT     PERSON
to       to       PART  TO  3 aux      -
Propose  propose  VERB  VB  1 relcl    -
Major    Major    ADJ   JJ  5 compound -
Overhaul Overhaul PROPN NNP 3 dobj     PERSON
of       of       ADP   IN  5 prep     -
Harbour  Harbour  PROPN NNP 8 compound ORG
Taxes    Taxes    PROPN NNP 6 pobj     I-ORG
¶        ¶        SPACE _SP 8 dep      -
The      the      DET   DT  12 det     -
{body}   {body}   PROPN NNP 12 compound PERSON
Rossi    Rossi    PROPN NNP 13 nsubj   I-PERSON
spoke    speak    VERB  VBD 0 ROOT     -
.        .        PUNCT .   13 punct   -
"""


def test_a_capitalised_common_word_of_a_title_case_headline_is_no_name() -> None:
    reading = read_doc(_with_line_breaks(parse(HEADLINE.format(body="Ada"))), scope="hand-built")
    labels = {e.label for e in reading.entities.entities()}
    assert "Overhaul" not in labels and "Harbour Taxes" not in labels
    assert "Ada Rossi" in labels


def test_a_headline_name_the_story_writes_again_stays() -> None:
    reading = read_doc(_with_line_breaks(parse(HEADLINE.format(body="Overhaul"))), scope="hand-built")
    assert reading.entities.mention_at(4) is not None  # "Overhaul" of the headline, named again below


def test_a_title_case_verb_after_to_is_no_word_of_the_name() -> None:
    labels = {
        e.label
        for e in read("""
    Panel       panel       PROPN NNP 0 ROOT     -
    to          to          PART  TO  3 aux      -
    Strengthen  strengthen  VERB  VB  1 relcl    ORG
    Harbour     Harbour     PROPN NNP 5 compound I-ORG
    Pensions    Pensions    PROPN NNPS 3 dobj    I-ORG
    """).entities.entities()
    }
    assert "Harbour Pensions" in labels and "Strengthen Harbour Pensions" not in labels


def test_a_slogan_after_to_keeps_its_verb() -> None:
    labels = {
        e.label
        for e in read("""
    Voters      voter       NOUN  NNS 2 nsubj    -
    opposed     oppose      VERB  VBD 0 ROOT     -
    to          to          PART  TO  4 aux      -
    Disband     disband     VERB  VB  2 xcomp    ORG
    the         the         DET   DT  6 det      I-ORG
    Guards      Guards      PROPN NNPS 4 dobj    I-ORG
    .           .           PUNCT .   2 punct    -
    """).entities.entities()
    }
    assert "Disband the Guards" in labels


def test_champions_and_a_score_before_a_full_name_leave_the_person() -> None:
    types = _types("""
    doubles  doubles  NOUN  NNS 2 compound -
    champions champion NOUN NNS 4 compound -
    Ann      Ann      PROPN NNP 4 compound PERSON
    Lee      Lee      PROPN NNP 5 nsubj    I-PERSON
    won      win      VERB  VBD 0 ROOT     -
    2-1      2-1      NUM   CD  5 dobj     -
    .        .        PUNCT .   5 punct    -
    """)
    assert types["Ann Lee"][0] == "PERSON"

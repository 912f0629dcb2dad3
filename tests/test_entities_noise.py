"""What must not become an entity: passages in other languages, honorifics and occupations fused into
names, titles tagged as names; and company forms that must not end a sentence."""

from __future__ import annotations

from geokg.extract.entities.language import is_english
from geokg.extract.entities.mentions import Mention
from geokg.extract.entities.retyping import surnames_taken_for_names
from hand_docs import parse, read


def test_a_passage_in_another_script_or_language_is_not_english() -> None:
    hindi = parse("""
    उसने   उसने   PROPN NNP 2 nsubj PERSON
    कहा    कहना  VERB  VBD 0 ROOT  -
    कि     कि    SCONJ IN  2 mark  -
    सरकार  सरकार PROPN NNP 2 dobj  ORG
    ने     ने    ADP   IN  4 case  -
    मदद    मदद   NOUN  NN  2 dobj  -
    .      .     PUNCT .   2 punct -
    """)
    assert not is_english(hindi[:])


def test_spanish_and_english_sentences_are_told_apart_by_function_words(nlp) -> None:
    spanish = nlp("El gobierno de Chile anunció hoy que cerrará la frontera con Bolivia durante tres días.")
    english = nlp("The government of Chile announced today that it would close the border with Bolivia.")
    headline = nlp("Chilean President Gabriel Boric orders Bolivia border closure, army deployment")
    assert not is_english(next(spanish.sents))
    assert is_english(next(english.sents)) and is_english(next(headline.sents))


def test_a_list_of_titled_names_is_english_with_few_function_words() -> None:
    # "Jo Kim met Finance Minister Ann Lee, Foreign Secretary Tom Fry and Governor Sam Ray."
    listed = parse("""
    Jo        Jo        PROPN NNP 2  compound PERSON
    Kim       Kim       PROPN NNP 3  nsubj    I-PERSON
    met       meet      VERB  VBD 0  ROOT     -
    Finance   Finance   PROPN NNP 5  compound -
    Minister  Minister  PROPN NNP 7  compound -
    Ann       Ann       PROPN NNP 7  compound PERSON
    Lee       Lee       PROPN NNP 3  dobj     I-PERSON
    ,         ,         PUNCT ,   7  punct    -
    Foreign   Foreign   PROPN NNP 10 compound -
    Secretary Secretary PROPN NNP 12 compound -
    Tom       Tom       PROPN NNP 12 compound PERSON
    Fry       Fry       PROPN NNP 7  conj     I-PERSON
    and       and       CCONJ CC  12 cc       -
    Governor  Governor  PROPN NNP 16 compound -
    Sam       Sam       PROPN NNP 16 compound PERSON
    Ray       Ray       PROPN NNP 12 conj     I-PERSON
    .         .         PUNCT .   3  punct    -
    """)
    assert is_english(listed[:])


def test_no_entity_comes_from_a_foreign_passage(run) -> None:
    result = run("El presidente Gabriel Boric anunció que el gobierno cerrará la frontera con Bolivia.")
    assert not result.entities and not result.triples


def test_honorifics_and_occupations_are_not_part_of_a_name() -> None:
    reading = read("""
    Virologist  Virologist  PROPN NNP 3 compound PERSON
    Anna        Anna        PROPN NNP 3 compound I-PERSON
    Berg        Berg        PROPN NNP 4 nsubj    I-PERSON
    thanked     thank       VERB  VBD 0 ROOT     -
    Dr          Dr          PROPN NNP 6 compound PERSON
    Holm        Holm        PROPN NNP 4 dobj     I-PERSON
    .           .           PUNCT .   4 punct    -
    """)
    assert {e.label for e in reading.entities.entities()} == {"Anna Berg", "Holm"}


def test_a_company_form_ends_no_sentence(nlp) -> None:
    doc = nlp("The contract went to Dunai Epito Kft. after a tender, the ministry said.")
    assert len(list(doc.sents)) == 1
    assert "Kft." in [t.text for t in doc]


def test_a_given_name_the_tagger_left_out_belongs_to_the_name() -> None:
    reading = read("""
    Inspector  Inspector  PROPN NNP 4 compound -
    Maria      Maria      PROPN NNP 4 compound -
    Lopez      Lopez      PROPN NNP 4 compound PERSON
    Ruiz       Ruiz       PROPN NNP 5 nsubj    I-PERSON
    spoke      speak      VERB  VBD 0 ROOT     -
    .          .          PUNCT .   5 punct    -
    """)
    assert {e.label for e in reading.entities.entities()} == {"Maria Lopez Ruiz"}


def test_a_long_name_the_tagger_cut_in_two_after_a_title_is_one_person() -> None:
    # "Magistrate [Rosa Maria] [Delgado] fined the firm": two person spans side by side, one noun phrase
    reading = read("""
    Magistrate  Magistrate  PROPN NNP 4 compound -
    Rosa        Rosa        PROPN NNP 4 compound PERSON
    Maria       Maria       PROPN NNP 4 compound I-PERSON
    Delgado     Delgado     PROPN NNP 5 nsubj    PERSON
    fined       fine        VERB  VBD 0 ROOT     -
    the         the         DET   DT  7 det      -
    firm        firm        NOUN  NN  5 dobj     -
    .           .           PUNCT .   5 punct    -
    """)
    assert {e.label for e in reading.entities.entities() if e.type == "PERSON"} == {"Rosa Maria Delgado"}


def test_a_surname_the_tagger_left_out_after_a_title_belongs_to_the_name() -> None:
    # "fined by Magistrate [Rosa Maria] Delgado": the untagged surname the parse makes the name's head
    reading = read("""
    Ortiz       Ortiz       PROPN NNP 3 nsubjpass PERSON
    was         be          AUX   VBD 3 auxpass   -
    fined       fine        VERB  VBN 0 ROOT      -
    by          by          ADP   IN  3 agent     -
    Magistrate  Magistrate  PROPN NNP 8 compound  -
    Rosa        Rosa        PROPN NNP 8 compound  PERSON
    Maria       Maria       PROPN NNP 8 compound  I-PERSON
    Delgado     Delgado     PROPN NNP 4 pobj      -
    .           .           PUNCT .   3 punct     -
    """)
    names = {e.label for e in reading.entities.entities() if e.type == "PERSON"}
    assert names == {"Ortiz", "Rosa Maria Delgado"}


def test_two_names_side_by_side_that_are_no_one_phrase_stay_apart() -> None:
    # "[Ana Silva] [Lopez] ..." where the parse does not join them (a list without commas) keeps two people
    reading = read("""
    Ana        Ana        PROPN NNP 2 compound PERSON
    Silva      Silva      PROPN NNP 4 nsubj    I-PERSON
    Lopez      Lopez      PROPN NNP 2 appos    PERSON
    met        meet       VERB  VBD 0 ROOT     -
    .          .          PUNCT .   4 punct    -
    """)
    assert {e.label for e in reading.entities.entities() if e.type == "PERSON"} == {"Ana Silva", "Lopez"}


def test_a_broadcaster_fused_with_the_name_after_it_is_split() -> None:
    reading = read("""
    She       she       PRON  PRP 2 nsubj    -
    told      tell      VERB  VBD 0 ROOT     -
    CNN       CNN       PROPN NNP 5 compound ORG
    Omar      Omar      PROPN NNP 5 compound I-ORG
    Haddad    Haddad    PROPN NNP 6 nsubj    I-ORG
    left      leave     VERB  VBD 2 ccomp    -
    .         .         PUNCT .   2 punct    -
    """)
    assert {e.label: e.type for e in reading.entities.entities()} == {"CNN": "ORG", "Omar Haddad": "PERSON"}


def test_a_number_is_no_persons_name_and_a_street_is_a_place() -> None:
    reading = read("""
    Magnitude  Magnitude  PROPN NNP 2 compound PERSON
    5.8        5.8        NUM   CD  3 nsubj    I-PERSON
    struck     strike     VERB  VBD 0 ROOT     -
    near       near       ADP   IN  3 prep     -
    Lenin      Lenin      PROPN NNP 6 compound PERSON
    Avenue     Avenue     PROPN NNP 4 pobj     I-PERSON
    at         at         ADP   IN  3 prep     -
    noon       noon       NOUN  NN  7 pobj     -
    BST        BST        PROPN NNP 8 appos    ORG
    .          .          PUNCT .   3 punct    -
    """)
    assert {e.label: e.type for e in reading.entities.entities()} == {"Lenin Avenue": "LOC"}


_SURNAME_STORY = """
    Ana        Ana        PROPN NNP 2 compound PERSON
    Ruiz       Ruiz       PROPN NNP 3 nsubj    I-PERSON
    won        win        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   3 punct    -
    Ruiz       Ruiz       PROPN NNP 6 nsubj    PERSON
    thanked    thank      VERB  VBD 0 ROOT     -
    {relative} {relative} PROPN NNP 8 compound PERSON
    Ruiz       Ruiz       PROPN NNP 6 dobj     I-PERSON
    .          .          PUNCT .   6 punct    -
    Ruiz       Ruiz       PROPN NNP 11 nsubj   PERSON
    wept       weep       VERB  VBD 0 ROOT     -
    .          .          PUNCT .   11 punct   -
    """


def test_a_bare_surname_is_the_person_introduced_before_it() -> None:
    # Luis Ruiz is named only after "Ruiz" was used alone: the surname was Ana's then and stays hers.
    reading = read(_SURNAME_STORY.format(relative="Luis"))
    aliases = {e.label: set(e.aliases) for e in reading.entities.entities()}
    assert aliases == {"Ana Ruiz": {"Ana Ruiz", "Ruiz"}, "Luis Ruiz": {"Luis Ruiz"}}


def test_a_surname_two_people_shared_before_its_first_use_stays_apart() -> None:
    # Both full names come before the first bare "Ruiz": no guess.
    reading = read("""
    Ana        Ana        PROPN NNP 2 compound PERSON
    Ruiz       Ruiz       PROPN NNP 6 nsubj    I-PERSON
    and        and        CCONJ CC  2 cc       -
    Luis       Luis       PROPN NNP 5 compound PERSON
    Ruiz       Ruiz       PROPN NNP 2 conj     I-PERSON
    won        win        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   6 punct    -
    Ruiz       Ruiz       PROPN NNP 9 nsubj    PERSON
    wept       weep       VERB  VBD 0 ROOT     -
    .          .          PUNCT .   9 punct    -
    """)
    assert {e.label for e in reading.entities.entities()} == {"Ana Ruiz", "Luis Ruiz", "Ruiz"}


def test_names_paired_by_a_hyphen_bear_neither_surname() -> None:
    reading = read("""
    Ana        Ana        PROPN NNP 2 compound PERSON
    Ruiz       Ruiz       PROPN NNP 3 nsubj    I-PERSON
    spoke      speak      VERB  VBD 0 ROOT     -
    .          .          PUNCT .   3 punct    -
    The        the        DET   DT  7 det      -
    Diaz-Ruiz  Diaz-Ruiz  PROPN NNP 7 compound PERSON
    debate     debate     NOUN  NN  8 nsubj    -
    ended      end        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   8 punct    -
    Ruiz       Ruiz       PROPN NNP 11 nsubj   PERSON
    won        win        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   11 punct   -
    """)
    aliases = {e.label: set(e.aliases) for e in reading.entities.entities()}
    assert aliases["Ana Ruiz"] == {"Ana Ruiz", "Ruiz"}


def test_a_named_storm_is_an_event_never_a_person() -> None:
    # the storm word inside the tagged name, and left just before it
    for table in (
        """
    Typhoon   Typhoon   PROPN NNP 2 compound PERSON
    Kalani    Kalani    PROPN NNP 3 nsubj    I-PERSON
    struck    strike    VERB  VBD 0 ROOT     -
    Samar     Samar     PROPN NNP 3 dobj     GPE
    .         .         PUNCT .   3 punct    -
    """,
        """
    Tropical  Tropical  PROPN NNP 2 compound -
    Storm     Storm     PROPN NNP 3 compound -
    Kalani    Kalani    PROPN NNP 4 nsubj    PERSON
    struck    strike    VERB  VBD 0 ROOT     -
    Samar     Samar     PROPN NNP 4 dobj     GPE
    .         .         PUNCT .   4 punct    -
    """,
    ):
        types = {e.label: e.type for e in read(table).entities.entities()}
        assert types.get("Typhoon Kalani", types.get("Tropical Storm Kalani")) == "EVENT"
        assert "PERSON" not in types.values()


def test_a_name_after_a_person_s_honorific_is_a_person_whatever_the_tagger_says() -> None:
    reading = read("""
    Journalists journalist NOUN NNS 2 nsubj    -
    met       meet      VERB  VBD 0 ROOT     -
    Dr        Dr        PROPN NNP 4 compound ORG
    Holm      Holm      PROPN NNP 2 dobj     I-ORG
    .         .         PUNCT .   2 punct    -
    Ida       Ida       PROPN NNP 7 compound PERSON
    Holm      Holm      PROPN NNP 8 nsubj    I-PERSON
    smiled    smile     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    people = {e.label: (e.type, set(e.aliases)) for e in reading.entities.entities() if e.type == "PERSON"}
    assert people == {"Ida Holm": ("PERSON", {"Holm", "Ida Holm"})}


def test_a_name_after_a_noun_of_persons_is_a_person_and_the_noun_no_part_of_it() -> None:
    reading = read("""
    The        the        DET   DT  3 det      -
    pop        pop        NOUN  NN  3 compound ORG
    star       star       NOUN  NN  5 compound I-ORG
    Mira       Mira       PROPN NNP 5 compound I-ORG
    Lenk       Lenk       PROPN NNP 6 nsubj    I-ORG
    thanked    thank      VERB  VBD 0 ROOT     -
    Podcaster  Podcaster  PROPN NNP 9 compound -
    Joel       Joel       PROPN NNP 9 compound PERSON
    Brand      Brand      PROPN NNP 6 dobj     I-PERSON
    .          .          PUNCT .   6 punct    -
    """)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert types == {"Mira Lenk": "PERSON", "Joel Brand": "PERSON"}


def test_a_people_named_in_the_plural_and_as_a_modifier_is_no_organisation() -> None:
    reading = read("""
    Denisovans Denisovans PROPN NNPS 2 nsubj   ORG
    made      make      VERB  VBD 0 ROOT     -
    tools     tool      NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
    Denisovan Denisovan ADJ   JJ  6 amod     ORG
    tools     tool      NOUN  NNS 7 nsubj    -
    lasted    last      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    assert {e.type for e in reading.entities.entities() if e.label.startswith("Denisovan")} == {"NORP"}


def test_a_name_the_text_calls_a_site_is_a_place_but_a_news_site_is_not() -> None:
    reading = read("""
    Bones     bone      NOUN  NNS 2 nsubj    -
    came      come      VERB  VBD 0 ROOT     -
    from      from      ADP   IN  2 prep     -
    the       the       DET   DT  5 det      -
    site      site      NOUN  NN  3 pobj     -
    Abri      Abri      PROPN NNP 7 compound PERSON
    Blanc     Blanc     PROPN NNP 5 appos    I-PERSON
    .         .         PUNCT .   2 punct    -
    Abri      Abri      PROPN NNP 10 compound ORG
    Blanc     Blanc     PROPN NNP 11 nsubj   I-ORG
    lies      lie       VERB  VBZ 0 ROOT     -
    near      near      ADP   IN  11 prep    -
    the       the       DET   DT  15 det     -
    news      news      NOUN  NN  15 compound -
    site      site      NOUN  NN  12 pobj    -
    Newsly    Newsly    PROPN NNP 15 appos   ORG
    .         .         PUNCT .   11 punct   -
    """)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert types == {"Abri Blanc": "LOC", "Newsly": "ORG"}


def test_georgia_is_the_us_state_in_an_article_about_us_states_and_the_country_otherwise() -> None:
    story = """
    Storms    storm     NOUN  NNS 2 nsubj    -
    hit       hit       VERB  VBD 0 ROOT     -
    Georgia   Georgia   PROPN NNP 2 dobj     GPE
    ,         ,         PUNCT ,   3 punct    -
    {first}   {first}   PROPN NNP 3 conj     GPE
    and       and       CCONJ CC  5 cc       -
    {second}  {second}  PROPN NNP 5 conj     GPE
    .         .         PUNCT .   2 punct    -
    """
    us = read(story.format(first="Alabama", second="Tennessee"))
    assert {e.label: e.country for e in us.entities.entities()}["Georgia"] == "USA"
    caucasus = read(story.format(first="Armenia", second="Azerbaijan"))
    assert {e.label: e.country for e in caucasus.entities.entities()}["Georgia"] == "GEO"


def test_an_amount_of_money_is_no_organisation() -> None:
    reading = read("""
    The       the       DET   DT  2 det      -
    game      game      NOUN  NN  3 nsubj    -
    costs     cost      VERB  VBZ 0 ROOT     -
    USD       USD       PROPN NNP 5 compound ORG
    19.99     19.99     NUM   CD  3 dobj     I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert not reading.entities.entities()


def test_a_name_shortened_to_its_last_word_is_a_person_s() -> None:
    story = """
    Teemu     Teemu     PROPN NNP 2 compound ORG
    {last}    {last}    PROPN NNP 3 nsubj    I-ORG
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   3 punct    -
    {last}    {last}    PROPN NNP 6 nsubj    ORG
    smiled    smile     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """
    person = {e.label: e.type for e in read(story.format(last="Rantala")).entities.entities()}
    assert person == {"Teemu Rantala": "PERSON"}
    body = {e.label: e.type for e in read(story.format(last="Council")).entities.entities()}
    assert "PERSON" not in body.values()


def test_a_surname_tagged_as_an_organisation_or_place_is_a_person_s_unless_known_as_one() -> None:
    named = [
        Mention(0, 2, "Ana Kovalenko", "PERSON", None),
        Mention(4, 5, "Kovalenko", "ORG", None),
        Mention(6, 8, "Ivan Omsk", "PERSON", None),
        Mention(9, 10, "Omsk", "GPE", None),  # a place the gazetteer knows
    ]
    assert [m.label for m in surnames_taken_for_names(named)] == ["PERSON", "PERSON", "PERSON", "GPE"]


_BODY_OF_PLACE = """
The       the       DET   DT  2 det      -
{body}    {body}    PROPN NNP 9 nsubj    ORG
of        of        ADP   IN  2 prep     I-ORG
{first}   {first}   PROPN NNP 5 compound I-ORG
{second}  {second}  PROPN NNP 3 pobj     I-ORG
(         (         PUNCT -LRB- 7 punct  -
{short}   {short}   PROPN NNP 2 appos    ORG
)         )         PUNCT -RRB- 7 punct  -
met       meet      VERB  VBD 0 ROOT     -
.         .         PUNCT .   9 punct    -
{short}   {short}   PROPN NNP 12 nsubj   ORG
sued      sue       VERB  VBD 0 ROOT     -
Ruritania Ruritania PROPN NNP 12 dobj    GPE
.         .         PUNCT .   12 punct   -
{first}   {first}   PROPN NNP 16 compound GPE
{second}  {second}  PROPN NNP 17 nsubj   I-GPE
grew      grow      VERB  VBD 0 ROOT     -
.         .         PUNCT .   17 punct   -
"""


def test_an_acronym_spelling_the_place_after_of_is_the_place_s_and_the_body_keeps_its_name() -> None:
    reading = read(_BODY_OF_PLACE.format(body="Assembly", first="Upper", second="Ostria", short="UO"))
    aliases = {e.label: set(e.aliases) for e in reading.entities.entities()}
    assert aliases["Assembly of Upper Ostria"] == {"Assembly of Upper Ostria"}
    assert {"UO", "Upper Ostria"} in [a for a in aliases.values()]


def test_an_acronym_spelling_the_whole_name_stays_the_body_s() -> None:
    reading = read(_BODY_OF_PLACE.format(body="Council", first="Upper", second="Ostria", short="CUO"))
    aliases = {e.label: set(e.aliases) for e in reading.entities.entities()}
    assert aliases["Council of Upper Ostria"] == {"Council of Upper Ostria", "CUO"}

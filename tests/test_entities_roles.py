"""Roles stated around a name: portfolios after the title, managers and agents of organisations, kin,
coordinated descriptions (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import event_code
from geokg.extract.pipeline import Reading
from hand_docs import country_of, facts, read

# Two sentences that make Chile the article's state.
CHILE = """
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    voted     vote      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    Chile     Chile     PROPN NNP 5 nsubj    GPE
    won       win       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
"""


def roles(reading: Reading) -> set[tuple[str, str, str]]:
    return facts(reading, "title")


def country(reading: Reading, label: str) -> str | None:
    return country_of(reading, label)


def test_a_portfolio_after_the_title_names_a_minister_of_the_article_s_state() -> None:
    reading = read(
        CHILE
        + """
    Minister    Minister    PROPN NNP 12 nsubj    -
    of          of          ADP   IN  7 prep      -
    Culture     Culture     PROPN NNP 11 compound -
    Rosa        Rosa        PROPN NNP 11 compound PERSON
    Vidal       Vidal       PROPN NNP 8 pobj      I-PERSON
    spoke       speak       VERB  VBD 0 ROOT      -
    .           .           PUNCT .   12 punct    -
    """
    )
    assert ("Rosa Vidal", "culture minister of", "Chile") in roles(reading)
    assert country(reading, "Rosa Vidal") == "CHL"


def test_the_general_manager_of_an_organisation_named_in_apposition() -> None:
    reading = read("""
    The       the       DET   DT  3 det      -
    general   general   ADJ   JJ  3 amod     -
    manager   manager   NOUN  NN  10 nsubj   -
    of        of        ADP   IN  3 prep     -
    Lima      Lima      PROPN NNP 6 compound ORG
    Metro     Metro     PROPN NNP 4 pobj     -
    ,         ,         PUNCT ,   6 punct    -
    Juan      Juan      PROPN NNP 9 compound PERSON
    Soto      Soto      PROPN NNP 6 appos    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    """)
    # the tagger's "Lima" is the organisation "Lima Metro"; the title is the two-word "general manager"
    assert roles(reading) == {("Juan Soto", "general manager of", "Lima Metro")}


def test_an_unclosed_bracket_ends_an_organisation_s_name() -> None:
    reading = read("""
    World      World      PROPN NNP 2 compound ORG
    Council    Council    PROPN NNP 7 compound I-ORG
    (          (          PUNCT -LRB- 2 punct  I-ORG
    WOC        WOC        PROPN NNP 2 appos    I-ORG
    )          )          PUNCT -RRB- 2 punct  -
    head       head       NOUN  NN  9 compound -
    Ana        Ana        PROPN NNP 9 compound PERSON
    Diaz       Diaz       PROPN NNP 10 nsubj   I-PERSON
    spoke      speak      VERB  VBD 0 ROOT     -
    .          .          PUNCT .   10 punct   -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert "World Council" in labels and not any("(" in label for label in labels)


def test_a_description_coordinated_after_a_title_leaves_the_title_and_its_organisation() -> None:
    reading = read("""
    Former    former    ADJ   JJ  3 amod     -
    Interpol  Interpol  PROPN NNP 3 compound ORG
    agent     agent     NOUN  NN  8 compound -
    and       and       CCONJ CC  3 cc       -
    crime     crime     NOUN  NN  6 compound -
    writer    writer    NOUN  NN  3 conj     -
    Lea       Lea       PROPN NNP 8 compound PERSON
    Stone     Stone     PROPN NNP 9 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    """)
    assert ("Lea Stone", "former agent of", "Interpol") in roles(reading)


def test_kin_in_apposition_relate_two_people_and_carry_no_state() -> None:
    reading = read("""
    Mexico    Mexico    PROPN NNP 2 nsubj    GPE
    said      say       VERB  VBD 0 ROOT     -
    Pablo     Pablo     PROPN NNP 4 compound PERSON
    Ruiz      Ruiz      PROPN NNP 13 nsubj   I-PERSON
    ,         ,         PUNCT ,   4 punct    -
    a         a         DET   DT  7 det      -
    member    member    NOUN  NN  4 appos    -
    and       and       CCONJ CC  7 cc       -
    son       son       NOUN  NN  7 conj     -
    of        of        ADP   IN  9 prep     -
    Ivan      Ivan      PROPN NNP 12 compound PERSON
    Ruiz      Ruiz      PROPN NNP 10 pobj    I-PERSON
    fled      flee      VERB  VBD 2 ccomp    -
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Pablo Ruiz", "son of", "Ivan Ruiz") in roles(reading)


def test_a_known_organisation_fused_with_a_name_is_split_and_owns_the_title_after_of() -> None:
    reading = read("""
    Kenya       Kenya       PROPN NNP 2 compound GPE
    director    director    NOUN  NN  9 compound -
    of          of          ADP   IN  2 prep     -
    Amnesty     Amnesty     PROPN NNP 9 compound ORG
    International International PROPN NNP 9 compound I-ORG
    Grace       Grace       PROPN NNP 8 compound I-ORG
    Atieno      Atieno      PROPN NNP 8 compound I-ORG
    Odhiambo    Odhiambo    PROPN NNP 9 nsubj    I-ORG
    spoke       speak       VERB  VBD 0 ROOT     -
    .           .           PUNCT .   9 punct    -
    """)
    assert roles(reading) == {("Grace Atieno Odhiambo", "director of", "Amnesty International")}
    assert country(reading, "Grace Atieno Odhiambo") == "KEN"  # where the title is held


def test_an_envoy_for_a_country_s_negotiations_is_the_envoy_for_the_country() -> None:
    reading = read("""
    Eva       Eva       PROPN NNP 2 compound PERSON
    Lund      Lund      PROPN NNP 11 nsubj   I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    the       the       DET   DT  6 det      -
    special   special   ADJ   JJ  6 amod     -
    envoy     envoy     NOUN  NN  2 appos    -
    for       for       ADP   IN  6 prep     -
    Sudan     Sudan     PROPN NNP 9 compound GPE
    talks     talk      NOUN  NNS 7 pobj     -
    ,         ,         PUNCT ,   2 punct    -
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   11 punct   -
    """)
    assert ("Eva Lund", "special envoy for", "Sudan") in roles(reading)


def test_a_party_adjective_before_a_title_names_the_party_and_a_plural_title_is_each_name_s() -> None:
    reading = read("""
    Two       two       NUM   CD  3 nummod   CARDINAL
    Labour    Labour    PROPN NNP 3 compound -
    MPs       MP        PROPN NNPS 11 nsubj  -
    ,         ,         PUNCT ,   3 punct    -
    Ann       Ann       PROPN NNP 6 compound PERSON
    Reed      Reed      PROPN NNP 3 conj     I-PERSON
    and       and       CCONJ CC  6 cc       -
    Tom       Tom       PROPN NNP 9 compound PERSON
    Bell      Bell      PROPN NNP 6 conj     I-PERSON
    ,         ,         PUNCT ,   3 punct    -
    objected  object    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   11 punct   -
    """)
    found = roles(reading)
    # an MP is the party's member, not its office holder
    assert ("Ann Reed", "member of", "Labour Party") in found
    assert ("Tom Bell", "member of", "Labour Party") in found
    assert ("Ann Reed", "mp of", "Labour Party") not in found
    assert country(reading, "Tom Bell") == "GBR"


def test_a_known_office_holder_the_tagger_missed_after_a_title_is_a_person() -> None:
    reading = read("""
    He        he        PRON  PRP 2 nsubj    -
    met       meet      VERB  VBD 0 ROOT     -
    Queen     Queen     PROPN NNP 5 compound -
    Elizabeth Elizabeth PROPN NNP 5 compound -
    II        II        PROPN NNP 2 dobj     -
    in        in        ADP   IN  2 prep     -
    London    London    PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    labels = {e.label for e in reading.entities.entities() if e.type == "PERSON"}
    assert labels == {"Elizabeth II"}
    assert ("Elizabeth II", "queen of", "United Kingdom") in roles(reading)


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb_and_appointing_is_cooperation() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    won       win       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   3 punct    -
    Luis      Luis      PROPN NNP 6 compound PERSON
    Soto      Soto      PROPN NNP 7 nsubj    I-PERSON
    appointed appoint   VERB  VBD 0 ROOT     -
    her       she       PRON  PRP 7 dobj     -
    .         .         PUNCT .   7 punct    -
    """)
    assert facts(reading, "svo") == {("Luis Soto", "appoint", "Ana Ruiz")}
    assert event_code("appoint")[:2] == "05"


def test_a_holder_s_presidency_is_a_presidency_of_the_article_s_state() -> None:
    reading = read(
        CHILE
        + """
    Taxes     tax       NOUN  NNS 8 nsubjpass -
    rose      rise      VERB  VBD 0 ROOT      -
    during    during    ADP   IN  8 prep      -
    Luis      Luis      PROPN NNP 11 compound PERSON
    Mora      Mora      PROPN NNP 13 poss     I-PERSON
    's        's        PART  POS 11 case     -
    presidency presidency NOUN NN 9 pobj      -
    .         .         PUNCT .   8 punct     -
    """
    )
    assert ("Luis Mora", "president of", "Chile") in roles(reading)


def test_a_preposition_governing_a_title_is_not_part_of_it() -> None:
    reading = read(
        CHILE
        + """
    Ana       Ana       PROPN NNP 8 compound PERSON
    Ruiz      Ruiz      PROPN NNP 9 nsubj    I-PERSON
    served    serve     VERB  VBD 0 ROOT     -
    under     under     ADP   IN  9 prep     -
    former    former    ADJ   JJ  12 amod    -
    president president NOUN  NN  14 compound -
    Jorge     Jorge     PROPN NNP 14 compound PERSON
    Pinto     Pinto     PROPN NNP 10 pobj    I-PERSON
    .         .         PUNCT .   9 punct    -
    """
    )
    assert ("Jorge Pinto", "former president of", "Chile") in roles(reading)
    assert not any(role.startswith("under") for _, role, _ in roles(reading))


def test_a_portfolio_word_tagged_as_a_name_before_a_title_is_part_of_the_title() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 4 poss     GPE
    's        's        PART  POS 1 case     -
    Interior  Interior  PROPN NNP 4 compound ORG
    Minister  Minister  PROPN NNP 6 compound -
    Rosa      Rosa      PROPN NNP 6 compound PERSON
    Vidal     Vidal     PROPN NNP 7 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    assert "Interior" not in {e.label for e in reading.entities.entities()}
    assert roles(reading) == {("Rosa Vidal", "interior minister of", "Chile")}


def test_the_minister_of_a_portfolio_in_apposition_is_that_portfolio_s_minister() -> None:
    reading = read(
        CHILE
        + """
    Rosa      Rosa      PROPN NNP 8 compound PERSON
    Vidal     Vidal     PROPN NNP 16 nsubj   I-PERSON
    ,         ,         PUNCT ,   8 punct    -
    the       the       DET   DT  11 det     -
    minister  minister  NOUN  NN  8 appos    -
    of        of        ADP   IN  11 prep    -
    the       the       DET   DT  14 det     -
    interior  interior  NOUN  NN  12 pobj    -
    ,         ,         PUNCT ,   8 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   16 punct   -
    """
    )
    assert ("Rosa Vidal", "interior minister of", "Chile") in roles(reading)


def test_resigning_as_a_title_states_the_office_held_and_over() -> None:
    reading = read(
        CHILE
        + """
    Rosa      Rosa      PROPN NNP 8 compound PERSON
    Vidal     Vidal     PROPN NNP 9 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    as        as        ADP   IN  9 prep     -
    defence   defence   NOUN  NN  12 compound -
    minister  minister  NOUN  NN  10 pobj    -
    .         .         PUNCT .   9 punct    -
    """
    )
    assert ("Rosa Vidal", "former defense minister of", "Chile") in roles(reading)


def test_a_name_the_parser_fused_into_the_title_of_an_appointment_holds_the_title() -> None:
    reading = read(
        CHILE
        + """
    Luis      Luis      PROPN NNP 8 compound PERSON
    Mora      Mora      PROPN NNP 9 nsubj    I-PERSON
    named     name      VERB  VBD 0 ROOT     -
    Rosa      Rosa      PROPN NNP 11 compound PERSON
    Vidal     Vidal     PROPN NNP 13 compound I-PERSON
    finance   finance   NOUN  NN  13 compound -
    minister  minister  NOUN  NN  9 dobj     -
    .         .         PUNCT .   9 punct    -
    """
    )
    assert ("Rosa Vidal", "finance minister of", "Chile") in roles(reading)
    assert not any(holder == "Luis Mora" for holder, _, _ in roles(reading))


def test_a_former_office_before_a_name_keeps_former_in_the_role() -> None:
    reading = read("""
    Former    former    ADJ   JJ  3 amod     -
    Chilean   chilean   ADJ   JJ  3 amod     NORP
    President president PROPN NNP 5 compound -
    Rosa      Rosa      PROPN NNP 5 compound PERSON
    Vidal     Vidal     PROPN NNP 6 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert roles(reading) == {("Rosa Vidal", "former president of", "Chile")}
    assert country(reading, "Rosa Vidal") == "CHL"


def test_a_hyphenated_title_the_parser_split_keeps_both_words_and_its_qualifier() -> None:
    # the parser hangs "vice", "-" and "president" each on the name
    reading = read("""
    Rosa      Rosa      PROPN NNP 2 compound PERSON
    Vidal     Vidal     PROPN NNP 11 nsubj   I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    former    former    ADJ   JJ  5 amod     -
    vice      vice      NOUN  NN  2 appos    -
    -         -         NOUN  HYPH 2 appos   -
    president president NOUN  NN  2 appos    -
    of        of        ADP   IN  7 prep     -
    Chile     Chile     PROPN NNP 8 pobj     GPE
    ,         ,         PUNCT ,   2 punct    -
    died      die       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   11 punct   -
    """)
    assert roles(reading) == {("Rosa Vidal", "former vice president of", "Chile")}


def test_an_adverb_then_before_a_title_is_no_qualifier_but_then_hyphenated_is() -> None:
    adverb = read("""
    Then      then      ADV   RB  4 advmod   -
    President president PROPN NNP 4 compound -
    Rosa      Rosa      PROPN NNP 4 compound PERSON
    Vidal     Vidal     PROPN NNP 5 nsubj    I-PERSON
    left      leave     VERB  VBD 0 ROOT     -
    Chile     Chile     PROPN NNP 5 dobj     GPE
    .         .         PUNCT .   5 punct    -
    """)
    assert ("Rosa Vidal", "former president of", "Chile") not in roles(adverb)
    hyphen = read("""
    the       the       DET   DT  5 det      -
    then      then      ADV   RB  5 advmod   -
    -         -         PUNCT HYPH 5 punct   -
    Chilean   chilean   ADJ   JJ  5 amod     NORP
    president president NOUN  NN  7 compound -
    Rosa      Rosa      PROPN NNP 7 compound PERSON
    Vidal     Vidal     PROPN NNP 8 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    assert roles(hyphen) == {("Rosa Vidal", "former president of", "Chile")}


def test_a_place_before_an_occupation_says_where_the_person_works_not_an_office() -> None:
    reading = read(
        CHILE
        + """
    A         a         DET   DT  10 det      -
    Chilean   chilean   ADJ   JJ  9 amod      NORP
    lawyer    lawyer    NOUN  NN  10 compound -
    Tomas     Tomas     PROPN NNP 11 compound PERSON
    Reyes     Reyes     PROPN NNP 12 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT      -
    .         .         PUNCT .   12 punct    -
    """
    )
    assert roles(reading) == set()
    assert country(reading, "Tomas Reyes") == "CHL"


def test_a_place_after_a_name_is_a_constituency_of_a_legislator_and_no_membership_of_anyone_else() -> None:
    senator = read("""
    Senator   senator   PROPN NNP 3 compound -
    Rosa      Rosa      PROPN NNP 3 compound PERSON
    Vidal     Vidal     PROPN NNP 6 nsubj    I-PERSON
    of        of        ADP   IN  3 prep     -
    Ohio      Ohio      PROPN NNP 4 pobj     GPE
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert ("Rosa Vidal", "senator of", "Ohio") in roles(senator)
    professor = read("""
    Professor professor PROPN NNP 3 compound -
    Rosa      Rosa      PROPN NNP 3 compound PERSON
    Vidal     Vidal     PROPN NNP 6 nsubj    I-PERSON
    of        of        ADP   IN  3 prep     -
    Ohio      Ohio      PROPN NNP 4 pobj     GPE
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert roles(professor) == set()


def test_two_titles_joined_by_and_before_a_name_are_both_the_holder_s() -> None:
    reading = read("""
    Acme      Acme      PROPN NNP 2 compound ORG
    President president PROPN NNP 6 nmod     -
    and       and       CCONJ CC  2 cc       -
    CEO       CEO       PROPN NNP 2 conj     -
    Rosa      Rosa      PROPN NNP 6 compound PERSON
    Vidal     Vidal     PROPN NNP 7 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    assert roles(reading) == {("Rosa Vidal", "president of", "Acme"), ("Rosa Vidal", "ceo of", "Acme")}


def test_a_party_between_a_possessive_place_and_a_title_is_a_membership_and_the_office_the_place_s() -> None:
    reading = read("""
    Kent      Kent      PROPN NNP 4 poss     GPE
    's        's        PART  POS 1 case     -
    Labour    Labour    PROPN NNP 4 compound ORG
    Mayor     mayor     PROPN NNP 6 compound -
    Ann       Ann       PROPN NNP 6 compound PERSON
    Reed      Reed      PROPN NNP 7 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    assert roles(reading) == {("Ann Reed", "mayor of", "Kent"), ("Ann Reed", "member of", "Labour Party")}


def test_a_company_s_vice_president_is_no_office_of_the_article_s_state() -> None:
    senior = read(
        CHILE
        + """
    Senior    senior    ADJ   JJ  9 amod      -
    vice      vice      NOUN  NN  9 compound  -
    president president NOUN  NN  11 compound -
    Rosa      Rosa      PROPN NNP 11 compound PERSON
    Vidal     Vidal     PROPN NNP 12 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT      -
    .         .         PUNCT .   12 punct    -
    """
    )
    assert roles(senior) == set()
    at = read(
        CHILE
        + """
    Rosa      Rosa      PROPN NNP 8 compound  PERSON
    Vidal     Vidal     PROPN NNP 15 nsubj    I-PERSON
    ,         ,         PUNCT ,   8 punct     -
    a         a         DET   DT  12 det      -
    vice      vice      NOUN  NN  12 compound -
    president president NOUN  NN  8 appos     -
    at        at        ADP   IN  12 prep     -
    Acme      Acme      PROPN NNP 13 pobj     ORG
    spoke     speak     VERB  VBD 0 ROOT      -
    .         .         PUNCT .   15 punct    -
    """
    )
    assert roles(at) == {("Rosa Vidal", "vice president at", "Acme")}


def test_a_known_office_holder_the_tagger_took_for_an_organisation_holds_the_title_in_apposition() -> None:
    reading = read("""
    The       the       DET   DT  3 det      -
    current   current   ADJ   JJ  3 amod     -
    president president NOUN  NN  10 nsubj   -
    of        of        ADP   IN  3 prep     -
    Namibia   Namibia   PROPN NNP 4 pobj     GPE
    ,         ,         PUNCT ,   5 punct    -
    Hage      Hage      PROPN NNP 8 compound ORG
    Geingob   Geingob   PROPN NNP 5 appos    I-ORG
    ,         ,         PUNCT ,   3 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    """)
    assert roles(reading) == {("Hage Geingob", "president of", "Namibia")}
    [person] = [e for e in reading.entities.entities() if e.label == "Hage Geingob"]
    assert person.type == "PERSON"


def test_a_title_phrase_with_of_after_its_organisation_is_read_whole() -> None:
    reading = read("""
    Former    former    ADJ   JJ  3 amod     -
    Acme      Acme      PROPN NNP 3 compound ORG
    chief     chief     NOUN  NN  7 compound -
    of        of        ADP   IN  3 prep     -
    staff     staff     NOUN  NN  4 pobj     -
    Rosa      Rosa      PROPN NNP 7 compound PERSON
    Vidal     Vidal     PROPN NNP 8 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    assert roles(reading) == {("Rosa Vidal", "former chief of staff of", "Acme")}


def test_a_person_of_a_place_written_before_an_occupation_is_one_of_the_place_s_people() -> None:
    from geokg.extract.entities.clusters import MentionClusters
    from geokg.extract.entities.roles import find_roles
    from hand_docs import parse

    doc = parse("""
    Texas     Texas     PROPN NNP 2 compound GPE
    lawyer    lawyer    NOUN  NN  4 compound -
    Tom       Tom       PROPN NNP 4 compound PERSON
    Reyes     Reyes     PROPN NNP 5 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    """)
    clusters = MentionClusters(doc, scope="hand-built")
    found = find_roles(doc, clusters)
    person, place = clusters.cluster_at(3).key, clusters.cluster_at(0).key
    assert found.roles == [] and found.origins == {person: place}
    assert found.affiliated_people[place] == [person]


def test_a_title_in_lower_case_before_and_and_a_capitalised_title_is_someone_else_s() -> None:
    reading = read("""
    Acme      Acme      PROPN NNP 3 compound ORG
    's        's        PART  POS 1 case     -
    lawyer    lawyer    NOUN  NN  9 nsubj    -
    and       and       CCONJ CC  3 cc       -
    Chairman  chairman  PROPN NNP 7 compound -
    Rosa      Rosa      PROPN NNP 7 compound PERSON
    Vidal     Vidal     PROPN NNP 3 conj     I-PERSON
    have      have      AUX   VBP 9 aux      -
    resigned  resign    VERB  VBN 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    """)
    assert ("Rosa Vidal", "lawyer of", "Acme") not in roles(reading)


# ---- offices below the state, party adjectives -------------------------------------------------------

MAYOR = """
Canada   Canada   PROPN NNP 2 nsubj    GPE
mourned  mourn    VERB  VBD 0 ROOT     -
.        .        PUNCT .   2 punct    -
Canada   Canada   PROPN NNP 5 nsubj    GPE
thanked  thank    VERB  VBD 0 ROOT     -
{title}  {title}  PROPN NNP 8 compound -
Jim      Jim      PROPN NNP 8 compound PERSON
Watson   Watson   PROPN NNP 5 dobj     I-PERSON
.        .        PUNCT .   5 punct    -
"""


def test_a_mayor_with_no_city_named_is_of_the_state_but_holds_no_office_of_it() -> None:
    mayor = read(MAYOR.format(title="Mayor"))
    assert ("Jim Watson", "mayor of", "Canada") not in roles(mayor)
    assert country(mayor, "Jim Watson") == "CAN"
    # a national title in the same place is the state's office
    assert ("Jim Watson", "minister of", "Canada") in roles(read(MAYOR.format(title="Minister")))


PREMIER = """
{state}   {state}   PROPN NNP 2 nsubj    GPE
mourned   mourn     VERB  VBD 0 ROOT     -
.         .         PUNCT .   2 punct    -
{state}   {state}   PROPN NNP 5 nsubj    GPE
thanked   thank     VERB  VBD 0 ROOT     -
Premier   Premier   PROPN NNP 8 compound -
Ann       Ann       PROPN NNP 8 compound PERSON
Kowal     Kowal     PROPN NNP 5 dobj     I-PERSON
.         .         PUNCT .   5 punct    -
"""


def test_a_premier_in_a_federation_of_premiered_divisions_holds_no_office_of_the_federation() -> None:
    canadian = read(PREMIER.format(state="Canada"))
    assert ("Ann Kowal", "premier of", "Canada") not in roles(canadian)
    assert country(canadian, "Ann Kowal") == "CAN"
    # where the premier heads the state's government, the title is the state's office
    assert ("Ann Kowal", "premier of", "China") in roles(read(PREMIER.format(state="China")))


HOME_MINISTER = """
India     India     PROPN NNP 2  nsubj    GPE
mourned   mourn     VERB  VBD 0  ROOT     -
.         .         PUNCT .   2  punct    -
Anil      Anil      PROPN NNP 5  compound PERSON
Desai     Desai     PROPN NNP 13 nsubj    I-PERSON
,         ,         PUNCT ,   5  punct    -
the       the       DET   DT  8  det      -
{owner}   {owner}   NOUN  NN  11 poss     -
's        's        PART  POS 8  case     -
home      home      NOUN  NN  11 compound -
minister  minister  NOUN  NN  5  appos    -
,         ,         PUNCT ,   5  punct    -
thanked   thank     VERB  VBD 0  ROOT     -
India     India     PROPN NNP 13 dobj     GPE
.         .         PUNCT .   13 punct    -
"""


def test_a_city_s_minister_is_of_the_state_but_holds_no_office_of_it() -> None:
    city = read(HOME_MINISTER.format(owner="city"))
    assert ("Anil Desai", "home minister of", "India") not in roles(city)
    assert country(city, "Anil Desai") == "IND"
    country_s = read(HOME_MINISTER.format(owner="country"))
    assert ("Anil Desai", "home minister of", "India") in roles(country_s)


def test_a_party_adjective_before_a_title_of_a_body_is_a_membership() -> None:
    reading = read("""
    The        the        DET   DT  3  det      -
    Democratic democratic ADJ   JJ  3  amod     NORP
    Speaker    Speaker    PROPN NNP 11 nsubj    -
    of         of         ADP   IN  3  prep     -
    the        the        DET   DT  6  det      -
    House      House      PROPN NNP 4  pobj     ORG
    ,          ,          PUNCT ,   3  punct    -
    Mary       Mary       PROPN NNP 9  compound PERSON
    Blake      Blake      PROPN NNP 3  appos    I-PERSON
    ,          ,          PUNCT ,   11 punct    -
    spoke      speak      VERB  VBD 0  ROOT     -
    .          .          PUNCT .   11 punct    -
    """)
    found = roles(reading)
    assert ("Mary Blake", "speaker of", "House") in found
    # the party's adjective is the party (clusters.py)
    assert ("Mary Blake", "member of", "Democratic Party") in found
    assert ("Mary Blake", "speaker of", "Democratic Party") not in found


PARTY_TITLE = """
Republican republican ADJ   JJ  2 amod     NORP
{title}    {title}    PROPN NNP 4 compound -
Jim        Jim        PROPN NNP 4 compound PERSON
Cole       Cole       PROPN NNP 5 nsubj    I-PERSON
spoke      speak      VERB  VBD 0 ROOT     -
.          .          PUNCT .   5 punct    -
"""


def test_a_party_adjective_before_a_state_s_title_is_a_membership_not_the_office() -> None:
    senator = roles(read(PARTY_TITLE.format(title="Senator")))
    assert ("Jim Cole", "member of", "Republican Party") in senator
    assert ("Jim Cole", "senator of", "Republican Party") not in senator
    # a title the party itself gives stays the party's
    chairman = roles(read(PARTY_TITLE.format(title="Chairman")))
    assert ("Jim Cole", "chairperson of", "Republican Party") in chairman


BASE = """
Chile    Chile    PROPN NNP 2 nsubj    GPE
mourned  mourn    VERB  VBD 0 ROOT     -
.        .        PUNCT .   2 punct    -
Chile    Chile    PROPN NNP 5 nsubj    GPE
{verb}   {lemma}  VERB  VBD 0 ROOT     -
the      the      DET   DT  10 det     -
General  General  PROPN NNP 10 compound -
Jose     Jose     PROPN NNP 10 compound PERSON
Lopez    Lopez    PROPN NNP 10 compound I-PERSON
{last}   {last}   PROPN NNP 5 dobj     I-PERSON
.        .        PUNCT .   5 punct    -
"""


def test_a_title_inside_a_site_s_name_is_nobody_s_office() -> None:
    base = read(BASE.format(verb="visited", lemma="visit", last="Base"))
    assert not {r for r in roles(base) if r[1] == "general of"}
    person = read(BASE.format(verb="thanked", lemma="thank", last="Ruiz"))
    assert ("Jose Lopez Ruiz", "general of", "Chile") in roles(person)


def test_a_person_a_site_is_named_after_holds_no_office() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP 2 nsubj    GPE
    mourned  mourn    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   2 punct    -
    Chile    Chile    PROPN NNP 5 nsubj    GPE
    opened   open     VERB  VBD 0 ROOT     -
    a        a        DET   DT  7 det      -
    base     base     NOUN  NN  5 dobj     -
    named    name     VERB  VBN 7 acl      -
    after    after    ADP   IN  8 prep     -
    General  General  PROPN NNP 12 compound -
    Jose     Jose     PROPN NNP 12 compound PERSON
    Lopez    Lopez    PROPN NNP 9 pobj     I-PERSON
    .        .        PUNCT .   5 punct    -
    """)
    assert ("Jose Lopez", "general of", "Chile") not in roles(reading)


NOTICE = """
Ofcom    Ofcom    PROPN NNP 2 compound ORG
{noun}   {noun}   NOUN  NN  4 compound -
BPI      BPI      PROPN NNP 4 compound ORG
{head}   {head}   NOUN  NN  0 ROOT     -
.        .        PUNCT .   4 punct    -
"""


def test_a_document_or_act_noun_is_not_what_an_organisation_is() -> None:
    assert not roles(read(NOTICE.format(noun="issues", head="notice")))
    assert ("BPI", "unit of", "Ofcom") in roles(read(NOTICE.format(noun="unit", head="notice")))


def test_a_place_and_city_before_a_title_own_it() -> None:
    reading = read("""
    Oslo      Oslo      PROPN NNP 2 compound GPE
    city      city      NOUN  NN  3 compound -
    Mayor     Mayor     PROPN NNP 5 compound -
    Anna      Anna      PROPN NNP 5 compound PERSON
    Berg      Berg      PROPN NNP 6 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert ("Anna Berg", "mayor of", "Oslo") in roles(reading)


def test_a_lone_surname_that_is_a_facility_noun_stays_a_person() -> None:
    reading = read("""
    Park    Park    PROPN NNP 2 nsubj PERSON
    said    say     VERB  VBD 0 ROOT  -
    it      it      PRON  PRP 4 nsubj -
    rained  rain    VERB  VBD 2 ccomp -
    .       .       PUNCT .   2 punct -
    """)
    [park] = [e for e in reading.entities.entities() if e.label == "Park"]
    assert park.type == "PERSON"


def test_a_settlement_noun_before_of_is_no_title() -> None:
    reading = read("""
    Rebels  rebel   NOUN  NNS 2 nsubj    -
    left    leave   VERB  VBD 0 ROOT     -
    the     the     DET   DT  5 det      -
    Greek   Greek   ADJ   JJ  5 amod     NORP
    island  island  NOUN  NN  2 dobj     -
    of      of      ADP   IN  5 prep     -
    Samos   Samos   PROPN NNP 6 pobj     PERSON
    .       .       PUNCT .   2 punct    -
    """)
    assert not {r for r in roles(reading) if r[0] == "Samos"}


CHAMBER = """
Tom         Tom         PROPN NNP 2  compound PERSON
Reed        Reed        PROPN NNP 10 nsubj    I-PERSON
,           ,           PUNCT ,   2  punct    -
the         the         DET   DT  8  det      -
{party}     {party}     PROPN NNP 6  compound ORG
Senate      Senate      PROPN NNP 8  compound I-ORG
Majority    Majority    PROPN NNP 8  compound -
Leader      Leader      PROPN NNP 2  appos    -
,           ,           PUNCT ,   2  punct    -
rejected    reject      VERB  VBD 0  ROOT     -
it          it          PRON  PRP 10 dobj     -
.           .           PUNCT .   10 punct    -
"""


def test_a_party_adjective_is_not_part_of_a_chamber_s_name() -> None:
    party = roles(read(CHAMBER.format(party="Republican")))
    assert ("Tom Reed", "majority leader of", "Senate") in party
    # a word that is no party stays in the name
    assert ("Tom Reed", "majority leader of", "Texas Senate") in roles(read(CHAMBER.format(party="Texas")))


CHURCH = """
Hope        Hope        PROPN NNP 2  compound ORG
Chapel      Chapel      PROPN NNP 8  nsubj    I-ORG
,           ,           PUNCT ,   2  punct    -
a           a           DET   DT  6  det      -
{adj}       {adj}       ADJ   JJ  6  amod     {ent}
{noun}      {noun}      NOUN  NN  2  appos    -
,           ,           PUNCT ,   2  punct    -
closed      close       VERB  VBD 0  ROOT     -
.           .           PUNCT .   8  punct    -
"""


def test_a_creed_adjective_says_what_kind_an_organisation_is_not_whose() -> None:
    assert not roles(read(CHURCH.format(adj="Pentecostal", ent="ORG", noun="church")))
    # a state's adjective says whose it is: the body's state, no office ("an Iranian airline")
    airline = read(CHURCH.format(adj="Iranian", ent="NORP", noun="airline"))
    assert {e.label: e.country for e in airline.entities.entities()}["Hope Chapel"] == "IRN"
    assert not roles(airline)


THEN_MANAGER = """
Dylan     Dylan     PROPN NNP 2  compound PERSON
Price     Price     PROPN NNP 12 nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
the       the       DET   DT  7  det      -
{first}   {first}   ADV   RB  7  compound -
-         -         PUNCT HYPH 7 punct    -
manager   manager   NOUN  NN  2  appos    -
of        of        ADP   IN  7  prep     -
Harbour   Harbour   PROPN NNP 10 compound ORG
Tours     Tours     PROPN NNP 8  pobj     I-ORG
,         ,         PUNCT ,   2  punct    -
spoke     speak     VERB  VBD 0  ROOT     -
.         .         PUNCT .   12 punct    -
"""


def test_a_hyphenated_then_before_a_title_says_a_former_office() -> None:
    then = roles(read(THEN_MANAGER.format(first="then")))
    assert ("Dylan Price", "former manager of", "Harbour Tours") in then
    assert ("Dylan Price", "manager of", "Harbour Tours") not in then


def test_a_relation_owned_by_a_possessive_pronoun_is_to_the_pronoun_s_person() -> None:
    # "his former lawyer X": the title before the name; "her elected successor, Y": in apposition
    reading = read("""
    Mark       Mark       PROPN NNP  2 compound  PERSON
    Dalton     Dalton     PROPN NNP  3 nsubj     I-PERSON
    said       say        VERB  VBD  0 ROOT      -
    his        his        PRON  PRP$ 6 poss      -
    former     former     ADJ   JJ   6 amod      -
    lawyer     lawyer     NOUN  NN   9 nsubj     -
    Peter      Peter      PROPN NNP  8 compound  PERSON
    Grange     Grange     PROPN NNP  6 appos     I-PERSON
    lied       lie        VERB  VBD  3 ccomp     -
    .          .          PUNCT .    3 punct     -
    Alma       Alma       PROPN NNP  12 compound  PERSON
    Torres     Torres     PROPN NNP  13 nsubj     I-PERSON
    praised    praise     VERB  VBD  0 ROOT      -
    her        her        PRON  PRP$ 16 poss      -
    elected    elect      VERB  VBN  16 amod      -
    successor  successor  NOUN  NN   13 dobj      -
    ,          ,          PUNCT ,    16 punct     -
    Diego      Diego      PROPN NNP  19 compound  PERSON
    Ruiz       Ruiz       PROPN NNP  16 appos     I-PERSON
    .          .          PUNCT .    13 punct     -
    """)
    found = roles(reading)
    assert ("Peter Grange", "former lawyer of", "Mark Dalton") in found
    assert ("Diego Ruiz", "successor of", "Alma Torres") in found
    # the pronoun's own person holds no relation to themselves, and no one else is related
    assert {(s, o) for s, _, o in found} == {("Peter Grange", "Mark Dalton"), ("Diego Ruiz", "Alma Torres")}


def test_a_name_after_coordinated_relatives_or_a_relative_of_a_listed_relative_is_left_unrelated() -> None:
    # "her mother, X, and her aunt, Y": the nearest person is X, who is in the list; "her mother and
    # sister, Z": Z is the sister, not the mother; neither says whose relative with certainty
    reading = read("""
    Lucia      Lucia      PROPN NNP  2 compound  PERSON
    Gomez      Gomez      PROPN NNP  3 nsubj     I-PERSON
    fought     fight      VERB  VBD  0 ROOT      -
    with       with       ADP   IN   3 prep      -
    her        her        PRON  PRP$ 6 poss      -
    mother     mother     NOUN  NN   4 pobj      -
    ,          ,          PUNCT ,    6 punct     -
    Irene      Irene      PROPN NNP  9 compound  PERSON
    Bravo      Bravo      PROPN NNP  6 appos     I-PERSON
    ,          ,          PUNCT ,    9 punct     -
    and        and        CCONJ CC   9 cc        -
    her        her        PRON  PRP$ 13 poss      -
    aunt       aunt       NOUN  NN   9 conj      -
    ,          ,          PUNCT ,    13 punct     -
    Clara      Clara      PROPN NNP  16 compound  PERSON
    Diaz       Diaz       PROPN NNP  13 appos     I-PERSON
    .          .          PUNCT .    3 punct     -
    Rosa       Rosa       PROPN NNP  20 compound  PERSON
    Vidal      Vidal      PROPN NNP  21 nsubj     I-PERSON
    left       leave      VERB  VBD  0 ROOT      -
    with       with       ADP   IN   21 prep      -
    her        her        PRON  PRP$ 24 poss      -
    mother     mother     NOUN  NN   22 pobj      -
    and        and        CCONJ CC   24 cc        -
    sister     sister     NOUN  NN   24 conj      -
    ,          ,          PUNCT ,    24 punct     -
    Maya       Maya       PROPN NNP  29 compound  PERSON
    Soto       Soto       PROPN NNP  24 appos     I-PERSON
    .          .          PUNCT .    21 punct     -
    """)
    found = roles(reading)
    assert ("Irene Bravo", "mother of", "Lucia Gomez") in found
    assert not any(s == "Clara Diaz" and o == "Irene Bravo" for s, _, o in found)
    assert not any(s == "Maya Soto" and p == "mother of" for s, p, _ in found)


# ---- titles the tagger cuts, and titles listed after one of a party (sentences of our own) ------------

# "Former National Security Adviser Ana Lopez spoke in Ohio, United States on Monday." (the model's parse;
# entities as the tagger gives them in news text, which takes "National Security" for an organisation)
NAMED_TITLE = """
    Former     former     ADJ   JJ   4  amod     -
    National   National   PROPN NNP  3  compound ORG
    Security   Security   PROPN NNP  4  compound I-ORG
    Adviser    Adviser    PROPN NNP  6  compound -
    Ana        Ana        PROPN NNP  6  compound PERSON
    Lopez      Lopez      PROPN NNP  7  nsubj    I-PERSON
    spoke      speak      VERB  VBD  0  ROOT     -
    in         in         ADP   IN   7  prep     -
    Ohio       Ohio       PROPN NNP  8  pobj     GPE
    ,          ,          PUNCT ,    9  punct    -
    United     United     PROPN NNP  12 compound GPE
    States     States     PROPN NNP  9  appos    I-GPE
    on         on         ADP   IN   7  prep     -
    Monday     Monday     PROPN NNP  13 pobj     DATE
    .          .          PUNCT .    7  punct    -
"""


def test_a_title_phrase_the_tagger_cut_into_an_organisation_is_one_title_of_the_state() -> None:
    found = facts(read(NAMED_TITLE), "title")
    assert ("Ana Lopez", "former national security adviser of", "United States") in found
    assert not any(obj == "National Security" for _, _, obj in found)


# "Green Party presidential nominee Ana Lopez and vice presidential nominee Mark Jensen spoke in Ohio."
LISTED_NOMINEES = """
    Green        Green        PROPN NNP  2  nmod     ORG
    Party        Party        PROPN NNP  4  nmod     I-ORG
    presidential presidential ADJ   JJ   4  amod     -
    nominee      nominee      NOUN  NN   12 compound -
    Ana          Ana          PROPN NNP  6  compound PERSON
    Lopez        Lopez        PROPN NNP  4  appos    I-PERSON
    and          and          CCONJ CC   6  cc       -
    vice         vice         NOUN  NN   10 nmod     -
    presidential presidential ADJ   JJ   10 amod     -
    nominee      nominee      NOUN  NN   6  conj     -
    Mark         Mark         PROPN NNP  12 compound PERSON
    Jensen       Jensen       PROPN NNP  13 nsubj    I-PERSON
    spoke        speak        VERB  VBD  0  ROOT     -
    in           in           ADP   IN   13 prep     -
    Ohio         Ohio         PROPN NNP  14 pobj     GPE
    .            .            PUNCT .    13 punct    -
"""


def test_a_nominee_listed_after_a_partys_nominee_is_the_partys() -> None:
    found = facts(read(LISTED_NOMINEES), "title")
    assert ("Mark Jensen", "vice presidential nominee of", "Green Party") in found
    assert ("Mark Jensen", "vice presidential nominee of", "United States") not in found


def test_a_hyphenated_title_after_a_body_s_name_is_the_body_s_title() -> None:
    reading = read("""
    NATO      NATO      PROPN NNP 4 compound ORG
    Secretary Secretary PROPN NNP 4 compound -
    -         -         PUNCT HYPH 4 punct   -
    General   General   PROPN NNP 6 compound -
    Rosa      Rosa      PROPN NNP 6 compound PERSON
    Vidal     Vidal     PROPN NNP 7 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    assert roles(reading) == {("Rosa Vidal", "secretary general of", "NATO")}


def test_the_head_of_a_body_s_unnamed_unit_or_of_a_place_s_unit_heads_no_body() -> None:
    reading = read("""
    Rosa      Rosa      PROPN NNP 2 compound PERSON
    Vidal     Vidal     PROPN NNP 10 nsubj   I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    head      head      NOUN  NN  2 appos    -
    of        of        ADP   IN  4 prep     -
    the       the       DET   DT  9 det      -
    UNICEF    UNICEF    PROPN NNP 9 compound ORG
    relief    relief    NOUN  NN  9 compound -
    mission   mission   NOUN  NN  5 pobj     -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    Ana       Ana       PROPN NNP 13 compound PERSON
    Roe       Roe       PROPN NNP 20 nsubj   I-PERSON
    ,         ,         PUNCT ,   13 punct   -
    head      head      NOUN  NN  13 appos   -
    of        of        ADP   IN  15 prep    -
    the       the       DET   DT  19 det     -
    Peru      Peru      PROPN NNP 19 compound GPE
    office    office    NOUN  NN  16 pobj    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   20 punct   -
    """)
    # the relief mission's head, not UNICEF's (tests/test_entities_roles_wave28.py)
    assert not roles(reading)


def test_a_body_s_possessive_before_a_name_is_a_membership_or_what_the_verb_says() -> None:
    reading = read("""
    The       the       DET   DT  2 det      -
    Herald    Herald    PROPN NNP 5 poss     ORG
    's        's        PART  POS 2 case     -
    Rosa      Rosa      PROPN NNP 5 compound PERSON
    Vidal     Vidal     PROPN NNP 6 nsubj    I-PERSON
    reports   report    VERB  VBZ 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    Blur      Blur      PROPN NNP 11 poss    ORG
    's        's        PART  POS 8 case     -
    Ana       Ana       PROPN NNP 11 compound PERSON
    Roe       Roe       PROPN NNP 12 nsubj   I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   12 punct   -
    Tom       Tom       PROPN NNP 16 poss    PERSON
    's        's        PART  POS 14 case    -
    Lee       Lee       PROPN NNP 17 nsubj   PERSON
    said      say       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   17 punct   -
    NASA      NASA      PROPN NNP 23 poss    ORG
    's        's        PART  POS 19 case    -
    Ivan      Ivan      PROPN NNP 22 compound PERSON
    Lund      Lund      PROPN NNP 23 compound I-PERSON
    probe     probe     NOUN  NN  24 nsubj   -
    flew      fly       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   24 punct   -
    """)
    # a name that does not speak may be a thing's ("the agency's Ivan Lund probe")
    assert roles(reading) == {("Rosa Vidal", "reporter of", "Herald"), ("Ana Roe", "member of", "Blur")}


def test_a_qualifier_of_a_current_title_between_its_owner_and_the_title_keeps_the_owner() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 5 poss     GPE
    's        's        PART  POS 1 case     -
    current   current   ADJ   JJ  5 amod     -
    Health    Health    PROPN NNP 5 compound -
    Minister  Minister  PROPN NNP 7 compound -
    Rosa      Rosa      PROPN NNP 7 compound PERSON
    Vidal     Vidal     PROPN NNP 8 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    assert roles(reading) == {("Rosa Vidal", "health minister of", "Chile")}


def test_an_international_body_s_title_without_an_owner_is_the_known_holder_s_body_s() -> None:
    reading = read("""
    The       the       DET   DT  3 det      -
    United    United    PROPN NNP 3 compound ORG
    Nations   Nations   PROPN NNP 4 nsubj    I-ORG
    met       meet      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   4 punct    -
    Secretary Secretary PROPN NNP 8 compound -
    -         -         PUNCT HYPH 8 punct   -
    General   General   PROPN NNP 10 compound -
    Antonio   Antonio   PROPN NNP 10 compound PERSON
    Guterres  Guterres  PROPN NNP 11 nsubj   I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   11 punct   -
    """)
    assert ("Antonio Guterres", "secretary general of", "United Nations") in roles(reading)

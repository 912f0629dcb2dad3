"""Names a web page's layout ran together (a byline into the next subject, a team into its player, a
title's body into its holder), sports positions before a name, ranks "of the" a police force (sentences of
our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import facts, read


def _entities(reading: Reading) -> dict[str, str]:
    return {e.label: e.type for e in reading.entities.entities()}


def _facts(reading: Reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_two_full_names_run_together_are_two_people_and_the_verb_is_the_later_one_s() -> None:
    reading = read("""
    Ann      Ann      PROPN NNP 4 compound PERSON
    Kerr     Kerr     PROPN NNP 4 compound I-PERSON
    Tom      Tom      PROPN NNP 4 compound I-PERSON
    Dwyer    Dwyer    PROPN NNP 5 nsubj    I-PERSON
    praised  praise   VERB  VBD 0 ROOT     -
    NATO     NATO     PROPN NNP 5 dobj     ORG
    .        .        PUNCT .   5 punct    -
    """)
    entities = _entities(reading)
    assert entities.get("Ann Kerr") == "PERSON" and entities.get("Tom Dwyer") == "PERSON"
    assert "Ann Kerr Tom Dwyer" not in entities
    assert ("Tom Dwyer", "praise", "NATO") in _facts(reading)
    assert not any(subject == "Ann Kerr" for subject, _, _ in _facts(reading))


def test_a_name_is_split_where_its_later_part_recurs_alone() -> None:
    table = """
    Zora     Zora     PROPN NNP 4 compound PERSON
    Blick    Blick    PROPN NNP 4 compound I-PERSON
    Tom      Tom      PROPN NNP 4 compound I-PERSON
    Dwyer    Dwyer    PROPN NNP 5 nsubj    I-PERSON
    praised  praise   VERB  VBD 0 ROOT     -
    NATO     NATO     PROPN NNP 5 dobj     ORG
    .        .        PUNCT .   5 punct    -
    """
    assert "Zora Blick Tom Dwyer" in _entities(read(table))  # no given name known first, no recurrence
    reading = read(
        table
        + """
    Dwyer    Dwyer    PROPN NNP 9 nsubj    PERSON
    left     leave    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   9 punct    -
    """
    )
    assert ("Tom Dwyer", "praise", "NATO") in _facts(reading)


def test_a_long_name_of_one_person_is_not_split() -> None:
    reading = read("""
    Maria    Maria    PROPN NNP 4 compound PERSON
    Elena    Elena    PROPN NNP 4 compound I-PERSON
    Ortega   Ortega   PROPN NNP 4 compound I-PERSON
    Salinas  Salinas  PROPN NNP 5 nsubj    I-PERSON
    praised  praise   VERB  VBD 0 ROOT     -
    NATO     NATO     PROPN NNP 5 dobj     ORG
    .        .        PUNCT .   5 punct    -
    Salinas  Salinas  PROPN NNP 9 nsubj    PERSON
    left     leave    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   9 punct    -
    """)
    assert ("Maria Elena Ortega Salinas", "praise", "NATO") in _facts(reading)


def test_a_team_run_into_its_player_is_the_team_and_the_player() -> None:
    reading = read("""
    Boston   Boston   PROPN NNP 2 compound ORG
    Comets   Comets   PROPN NNPS 4 compound I-ORG
    Larry    Larry    PROPN NNP 4 compound I-ORG
    Fenn     Fenn     PROPN NNP 5 nsubj    I-ORG
    praised  praise   VERB  VBD 0 ROOT     -
    NATO     NATO     PROPN NNP 5 dobj     ORG
    .        .        PUNCT .   5 punct    -
    """)
    entities = _entities(reading)
    assert entities.get("Larry Fenn") == "PERSON"
    assert ("Larry Fenn", "praise", "NATO") in _facts(reading)


def test_a_portfolio_after_a_title_s_body_stays_with_the_title() -> None:
    reading = read("""
    Deputy      Deputy      PROPN NNP 2  compound -
    Secretary   Secretary   PROPN NNP 10 nmod     -
    of          of          ADP   IN  2  prep     -
    the         the         DET   DT  5  det      ORG
    Navy        Navy        PROPN NNP 3  pobj     I-ORG
    for         for         ADP   IN  5  prep     I-ORG
    Research    Research    PROPN NNP 10 compound I-ORG
    Ellen       Ellen       PROPN NNP 10 compound I-ORG
    Ward        Ward        PROPN NNP 10 compound I-ORG
    Hobbs       Hobbs       PROPN NNP 11 nsubj    I-ORG
    praised     praise      VERB  VBD 0  ROOT     -
    NATO        NATO        PROPN NNP 11 dobj     ORG
    .           .           PUNCT .   11 punct    -
    """)
    facts = _facts(reading)
    assert ("Ellen Ward Hobbs", "deputy secretary of", "Navy") in facts
    assert ("Ellen Ward Hobbs", "praise", "NATO") in facts


def _roles(reading: Reading) -> set[tuple[str, str, str]]:
    return facts(reading, "title")


def test_a_player_s_position_before_a_name_makes_the_player_one_of_the_team() -> None:
    reading = read("""
    Comets   Comet    NOUN  NNS  2 compound -
    guard    guard    NOUN  NN  4 compound -
    Ted      Ted      PROPN NNP 4 compound PERSON
    Voss     Voss     PROPN NNP 5 nsubj    I-PERSON
    praised  praise   VERB  VBD 0 ROOT     -
    NATO     NATO     PROPN NNP 5 dobj     ORG
    .        .        PUNCT .   5 punct    -
    """)
    assert _entities(reading).get("Comets") == "ORG"
    assert _entities(reading).get("Ted Voss") == "PERSON"  # no guard's name ("the Coast Guard")
    assert _roles(reading) == {("Ted Voss", "member of", "Comets")}
    assert ("Ted Voss", "praise", "NATO") in _facts(reading)


def test_a_coach_before_a_name_is_the_team_s_coach() -> None:
    reading = read("""
    Comets   Comets   PROPN NNPS 2 compound ORG
    coach    coach    NOUN  NN   4 compound -
    Ted      Ted      PROPN NNP  4 compound PERSON
    Voss     Voss     PROPN NNP  5 nsubj    I-PERSON
    resigned resign   VERB  VBD  0 ROOT     -
    .        .        PUNCT .    5 punct    -
    """)
    assert _roles(reading) == {("Ted Voss", "coach of", "Comets")}


def test_one_position_over_a_list_of_names_is_each_one_s() -> None:
    reading = read("""
    Comets   Comets   PROPN NNPS 2  compound ORG
    center   center   NOUN  NN   4  compound -
    Ted      Ted      PROPN NNP  4  compound PERSON
    Voss     Voss     PROPN NNP  11 nsubj    I-PERSON
    ,        ,        PUNCT ,    4  punct    -
    Ed       Ed       PROPN NNP  7  compound PERSON
    Lomax    Lomax    PROPN NNP  4  conj     I-PERSON
    and      and      CCONJ CC   7  cc       -
    Al       Al       PROPN NNP  10 compound PERSON
    Pryce    Pryce    PROPN NNP  7  conj     I-PERSON
    scored   score    VERB  VBD  0  ROOT     -
    .        .        PUNCT .    11 punct    -
    """)
    assert _roles(reading) == {(name, "member of", "Comets") for name in ("Ted Voss", "Ed Lomax", "Al Pryce")}


def test_a_rank_before_a_name_is_held_in_the_police_force_named_after_it() -> None:
    reading = read("""
    Sergeant Sergeant PROPN NNP 3  compound PERSON
    Ted      Ted      PROPN NNP 3  compound I-PERSON
    Voss     Voss     PROPN NNP 8  nsubj    I-PERSON
    of       of       ADP   IN  3  prep     -
    the      the      DET   DT  7  det      -
    Elmford  Elmford  PROPN NNP 7  compound ORG
    police   police   NOUN  NN  4  pobj     -
    said     say      VERB  VBD 0  ROOT     -
    Iran     Iran     PROPN NNP 11 nsubj    GPE
    had      have     AUX   VBD 11 aux      -
    sent     send     VERB  VBN 8  ccomp    -
    agents   agent    NOUN  NNS 11 dobj     -
    .        .        PUNCT .   8  punct    -
    """)
    assert _entities(reading).get("Elmford police") == "ORG"
    assert _roles(reading) == {("Ted Voss", "sergeant of", "Elmford police")}
    assert ("Ted Voss", "say", "Iran") in _facts(reading)  # the speech fact still comes out


def test_a_detective_of_a_police_department_is_its_detective_and_a_party_s_senator_its_member() -> None:
    detective = read("""
    Detective  Detective  PROPN NNP 3 compound -
    Ted        Ted        PROPN NNP 3 compound PERSON
    Voss       Voss       PROPN NNP 9 nsubj    I-PERSON
    of         of         ADP   IN  3 prep     -
    the        the        DET   DT  8 det      ORG
    Elmford    Elmford    PROPN NNP 8 compound I-ORG
    Police     Police     PROPN NNP 8 compound I-ORG
    Department Department PROPN NNP 4 pobj     I-ORG
    resigned   resign     VERB  VBD 0 ROOT     -
    .          .          PUNCT .   9 punct    -
    """)
    assert _roles(detective) == {("Ted Voss", "detective of", "Elmford Police Department")}
    senator = read("""
    Senator    Senator    PROPN NNP 3 compound -
    Ted        Ted        PROPN NNP 3 compound PERSON
    Voss       Voss       PROPN NNP 8 nsubj    I-PERSON
    of         of         ADP   IN  3 prep     -
    the        the        DET   DT  7 det      ORG
    Green      Green      PROPN NNP 7 compound I-ORG
    Party      Party      PROPN NNP 4 pobj     I-ORG
    resigned   resign     VERB  VBD 0 ROOT     -
    .          .          PUNCT .   8 punct    -
    """)
    assert ("Ted Voss", "member of", "Green Party") in _roles(senator)
    assert ("Ted Voss", "senator of", "Green Party") not in _roles(senator)


def test_a_coach_s_title_the_tagger_read_as_a_verb_is_no_verb() -> None:
    reading = read("""
    Elmford  Elmford  PROPN NNP 2 nsubj    ORG
    coach    coach    VERB  VBP 5 ccomp    -
    Ted      Ted      PROPN NNP 4 compound PERSON
    Voss     Voss     PROPN NNP 2 dobj     I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    .        .        PUNCT .   5 punct    -
    """)
    assert not any(predicate == "coach" for _, predicate, _ in _facts(reading))
    assert _roles(reading) == {("Ted Voss", "coach of", "Elmford")}


def test_a_photo_credit_run_into_an_outlet_s_name_is_no_part_of_it() -> None:
    reading = read("""
    Ann         Ann         PROPN NNP  2  compound ORG
    Roe         Roe         PROPN NNP  5  compound I-ORG
    /           /           SYM   HYPH 5  punct    I-ORG
    Pixel       Pixel       PROPN NNP  5  compound I-ORG
    Images      Images      PROPN NNPS 6  compound I-ORG
    Gazette.com Gazette.com PROPN NNP  9  poss     I-ORG
    's          's          PART  POS  6  case     I-ORG
    Tom         Tom         PROPN NNP  9  compound PERSON
    Dwyer       Dwyer       PROPN NNP  10 nsubj    I-PERSON
    praised     praise      VERB  VBD  0  ROOT     -
    NATO        NATO        PROPN NNP  10 dobj     ORG
    .           .           PUNCT .    10 punct    -
    """)
    assert "Gazette.com" in _entities(reading)
    assert not any("/" in label for label in _entities(reading))
    assert _roles(reading) == {("Tom Dwyer", "member of", "Gazette.com")}


def test_a_noun_of_people_before_a_position_word_is_no_team() -> None:
    reading = read("""
    Troops   troop    NOUN  NNS 2 nsubj    -
    guard    guard    VERB  VBP 0 ROOT     -
    Ted      Ted      PROPN NNP 4 compound PERSON
    Voss     Voss     PROPN NNP 2 dobj     I-PERSON
    .        .        PUNCT .   2 punct    -
    """)
    assert "Troops" not in _entities(reading)
    assert _roles(reading) == set()

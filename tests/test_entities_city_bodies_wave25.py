"""Bodies named by their town, on hand-built parses of sentences of our own: "Gainesville police" are a
state actor of the town's country with the body's sector, and keep the town's name."""

from __future__ import annotations

from hand_docs import facts, read


def _by_town(town: str, noun: str, lemma: str) -> str:
    """ "<town> <noun> arrested Ana Roe."."""
    return f"""
    {town}   {town}   PROPN NNP 2 compound GPE
    {noun}   {lemma}  NOUN  NNS 3 nsubj    -
    arrested arrest   VERB  VBD 0 ROOT     -
    Ana      Ana      PROPN NNP 5 compound PERSON
    Roe      Roe      PROPN NNP 3 dobj     I-PERSON
    .        .        PUNCT .   3 punct    -
    """


def test_the_police_of_a_town_are_its_country_s_police_named_by_the_town() -> None:
    reading = read(_by_town("Gainesville", "police", "police"))
    bodies = {e.label: e for e in reading.entities.entities() if e.type == "ORG"}
    assert list(bodies) == ["Gainesville police"]
    assert (bodies["Gainesville police"].country, bodies["Gainesville police"].sector) == ("USA", "COP")
    assert ("Gainesville police", "arrest", "Ana Roe") in facts(reading, "svo")


def test_the_prosecutors_of_a_town_are_its_country_s_judiciary() -> None:
    reading = read(_by_town("Lyon", "prosecutors", "prosecutor"))
    [body] = [e for e in reading.entities.entities() if e.type == "ORG"]
    assert (body.label, body.country, body.sector) == ("Lyon prosecutors", "FRA", "JUD")


def _named_body(first: str, second: str, town: str) -> str:
    """ "The <first> <second> Department arrested Ana Roe in <town>.", the body's name tagged ORG."""
    return f"""
    The        the        DET   DT  4  det      -
    {first}    {first}    PROPN NNP 4  compound ORG
    {second}   {second}   PROPN NNP 4  compound I-ORG
    Department Department PROPN NNP 5  nsubj    I-ORG
    arrested   arrest     VERB  VBD 0  ROOT     -
    Ana        Ana        PROPN NNP 7  compound PERSON
    Roe        Roe        PROPN NNP 5  dobj     I-PERSON
    in         in         ADP   IN  5  prep     -
    {town}     {town}     PROPN NNP 8  pobj     GPE
    .          .          PUNCT .   5  punct    -
    """


def _body(reading):
    [body] = [e for e in reading.entities.entities() if e.label.endswith("Department")]
    return body.country, body.sector


def test_a_state_body_named_by_a_town_the_article_names_is_of_the_town_s_country() -> None:
    assert _body(read(_named_body("Tacoma", "Police", "Tacoma"))) == ("USA", "COP")


def test_a_body_named_by_a_word_a_town_abroad_shares_is_not_placed_there() -> None:
    # a town called Central lies in the US, but the article names no such place
    assert _body(read(_named_body("Central", "Police", "Lyon")))[0] is None


def test_a_town_s_council_is_a_government_body_of_its_country_and_no_council_without_it() -> None:
    table = """
    The      the      DET   DT  4 det      -
    Lyon     Lyon     PROPN NNP 4 compound GPE
    city     city     NOUN  NN  4 compound -
    council  council  NOUN  NN  5 nsubj    -
    sued     sue      VERB  VBD 0 ROOT     -
    Ana      Ana      PROPN NNP 7 compound PERSON
    Roe      Roe      PROPN NNP 5 dobj     I-PERSON
    .        .        PUNCT .   5 punct    -
    """
    [body] = [e for e in read(table).entities.entities() if e.type == "ORG"]
    assert (body.label, body.country, body.sector) == ("Lyon city council", "FRA", "GOV")
    unplaced = table.replace(
        "Lyon     Lyon     PROPN NNP 4 compound GPE", "new      new      ADJ   JJ  4 amod     -"
    )
    assert not [e for e in read(unplaced).entities.entities() if e.type == "ORG"]


def test_the_bare_police_after_a_town_s_police_are_that_town_s_police() -> None:
    reading = read(
        _by_town("Gainesville", "police", "police")
        + """
    Police   police   NOUN  NNS 8  nsubj    -
    freed    free     VERB  VBD 0  ROOT     -
    Bo       Bo       PROPN NNP 10 compound PERSON
    Lee      Lee      PROPN NNP 8  dobj     I-PERSON
    .        .        PUNCT .   8  punct    -
    """
    )
    assert [e.label for e in reading.entities.entities() if e.type == "ORG"] == ["Gainesville police"]
    assert ("Gainesville police", "free", "Bo Lee") in facts(reading, "svo")

"""Countries of people and bodies the text gives in other words than wave 10 read: a longer description
after a state's name ("Canadian radio personality, television host, and philanthropist X"), a name the
parser hangs on the noun before it ("its operator X from Korea"), a service of a known outlet ("CBS Radio"),
well-known national outlets, and US federal courts named by their circuit (sentences of our own, parses
written by hand)."""

from __future__ import annotations

from geokg.extract.entities.affiliations.organisations import _us_circuit_court
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.pipeline import Reading, read_doc
from hand_docs import parse


def _read(table: str) -> Reading:
    return read_doc(parse(table), scope="hand-built")


def _countries(reading: Reading, kind: str = "PERSON") -> dict[str, str | None]:
    return {e.label: e.country for e in reading.entities.entities() if e.type == kind}


def test_a_list_of_descriptions_after_a_state_gives_the_persons_state() -> None:
    reading = _read("""
    Canada         Canada         PROPN NNP 3  compound GPE
    radio          radio          NOUN  NN  3  compound -
    personality    personality    NOUN  NN  13 nsubj    -
    ,              ,              PUNCT ,   3  punct    -
    television     television     NOUN  NN  6  compound -
    host           host           NOUN  NN  3  conj     -
    ,              ,              PUNCT ,   6  punct    -
    and            and            CCONJ CC  6  cc       -
    philanthropist philanthropist NOUN  NN  11 compound -
    Tom            Tom            PROPN NNP 11 compound PERSON
    Reed           Reed           PROPN NNP 6  conj     I-PERSON
    has            have           AUX   VBZ 13 aux      -
    died           die            VERB  VBN 0  ROOT     -
    .              .              PUNCT .   13 punct    -
    """)
    assert _countries(reading) == {"Tom Reed": "CAN"}


def test_a_hyphenated_description_of_four_words_after_a_demonym_gives_the_state() -> None:
    reading = _read("""
    Norwegian Norwegian ADJ   JJ   7  amod     NORP
    open      open      ADJ   JJ   4  amod     -
    -         -         PUNCT HYPH 4  punct    -
    source    source    NOUN  NN   7  compound -
    video     video     NOUN  NN   6  compound -
    game      game      NOUN  NN   7  compound -
    developer developer NOUN  NN   9  compound -
    Ola       Ola       PROPN NNP  9  compound PERSON
    Berg      Berg      PROPN NNP  10 nsubj    I-PERSON
    spoke     speak     VERB  VBD  0  ROOT     -
    .         .         PUNCT .    10 punct    -
    """)
    assert _countries(reading) == {"Ola Berg": "NOR"}


def test_a_person_noun_tagged_as_an_adjective_still_follows_the_demonym() -> None:
    reading = _read("""
    Swedish       Swedish       ADJ   JJ  2 amod     NORP
    mathematician mathematician ADJ   JJ  4 amod     -
    Eva           Eva           PROPN NNP 4 compound PERSON
    Lund          Lund          PROPN NNP 5 nsubj    I-PERSON
    died          die           VERB  VBD 0 ROOT     -
    .             .             PUNCT .   5 punct    -
    """)
    assert _countries(reading) == {"Eva Lund": "SWE"}


def test_a_list_whose_earlier_item_is_no_person_says_nothing_of_the_name() -> None:
    reading = _read("""
    The          the          DET   DT  3 det      -
    Iranian      Iranian      ADJ   JJ  3 amod     NORP
    government   government   NOUN  NN  9 nsubj    -
    ,            ,            PUNCT ,   3 punct    -
    and          and          CCONJ CC  3 cc       -
    photographer photographer NOUN  NN  7 compound -
    Ali          Ali          PROPN NNP 7 compound PERSON
    Reza         Reza         PROPN NNP 3 conj     I-PERSON
    spoke        speak        VERB  VBD 0 ROOT     -
    .            .            PUNCT .   9 punct    -
    """)
    assert _countries(reading) == {"Ali Reza": None}


def test_from_a_state_after_a_name_in_apposition_to_a_noun() -> None:
    # the parser hangs "from Korea" on "operator", the noun the name is in apposition to
    reading = _read("""
    Police   police   NOUN  NNS 2  nsubj    -
    named    name     VERB  VBD 0  ROOT     -
    its      its      PRON  PRP$ 5 poss     -
    alleged  allege   VERB  VBN 5  amod     -
    operator operator NOUN  NN  2  dobj     -
    Han      Han      PROPN NNP 7  compound PERSON
    Soojin   Soojin   PROPN NNP 5  appos    I-PERSON
    from     from     ADP   IN  5  prep     -
    South    South    PROPN NNP 10 compound GPE
    Korea    Korea    PROPN NNP 8  pobj     I-GPE
    .        .        PUNCT .   2  punct    -
    """)
    assert _countries(reading) == {"Han Soojin": "KOR"}


def test_a_service_of_a_known_outlet_is_the_outlets() -> None:
    radio = lookup_organisation("CBS Radio")
    sport = lookup_organisation("BBC Sport")
    assert radio is not None and radio.country == "USA" and radio.sector == "MED"
    assert sport is not None and sport.country == "GBR"
    assert lookup_organisation("Labour Radio") is None  # only media go on with a service's word


def test_well_known_outlets_and_abc_by_the_articles_country() -> None:
    assert lookup_organisation("Rolling Stone").country == "USA"  # type: ignore[union-attr]
    assert lookup_organisation("the Daily Mail").country == "GBR"  # type: ignore[union-attr]
    assert lookup_organisation("ABC").country == "USA"  # type: ignore[union-attr]
    assert lookup_organisation("ABC", ["AUS"]).country == "AUS"  # type: ignore[union-attr]
    assert lookup_organisation("Australian") is None  # a people's word is no newspaper


def test_courts_named_by_a_federal_circuit_are_of_the_united_states() -> None:
    assert _us_circuit_court("Ninth Circuit Court of Appeals") == "USA"
    assert _us_circuit_court("Court of Appeals for the D.C. Circuit") == "USA"
    assert _us_circuit_court("Circuit Court") is None  # Ireland's, or a US state's, by the article


def test_a_district_court_takes_the_articles_state() -> None:
    reading = _read("""
    A          a          DET   DT  3  det      -
    Kenyan     Kenyan     ADJ   JJ  3  amod     NORP
    court      court      NOUN  NN  4  nsubj    -
    ruled      rule       VERB  VBD 0  ROOT     -
    in         in         ADP   IN  4  prep     -
    Nairobi    Nairobi    PROPN NNP 5  pobj     GPE
    .          .          PUNCT .   4  punct    -
    The        the        DET   DT  10 det      -
    District   District   PROPN NNP 10 compound ORG
    Court      Court      PROPN NNP 11 nsubj    I-ORG
    agreed     agree      VERB  VBD 0  ROOT     -
    with       with       ADP   IN  11 prep     -
    Kenya      Kenya      PROPN NNP 12 pobj     GPE
    .          .          PUNCT .   11 punct    -
    """)
    assert _countries(reading, "ORG").get("District Court") == "KEN"

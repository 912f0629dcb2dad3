"""Wave 36 B: the state of firms and business actors told by description. Sentences of our own, parses by
hand: a later plural of a state's business actor ("Japanese banks ... the banks") is that actor again; a
plural with no such antecedent stays no state's."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import country_of, read


def _groups(reading: Reading) -> dict[str, str | None]:
    return {e.id: e.country for e in reading.entities.entities() if e.sector == "BUS"}


def _subjects(reading: Reading) -> list[str]:
    return sorted(r.subject.entity_id for r in reading.relations if r.rule.name == "svo")


def test_the_banks_after_a_state_s_lenders_are_those_lenders() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  2  amod   NORP
    lenders   lender    NOUN  NNS 3  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Norvia    Norvia    PROPN NNP 3  dobj   GPE
    .         .         PUNCT .   3  punct  -
    The       the       DET   DT  7  det    -
    banks     bank      NOUN  NNS 8  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 8  dobj   GPE
    .         .         PUNCT .   8  punct  -
    """)
    assert _groups(reading) == {"org:banks@dnk": "DNK"}
    assert _subjects(reading) == ["org:banks@dnk", "org:banks@dnk"]


def test_a_bare_plural_after_a_state_s_firms_is_those_firms() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  3  amod     NORP
    shipping  shipping  NOUN  NN  3  compound -
    firms     firm      NOUN  NNS 4  nsubj    -
    sued      sue       VERB  VBD 0  ROOT     -
    Norvia    Norvia    PROPN NNP 4  dobj     GPE
    .         .         PUNCT .   4  punct    -
    Businesses business NOUN  NNS 9  nsubj    -
    later     later     ADV   RB  9  advmod   -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 9  dobj     GPE
    .         .         PUNCT .   9  punct    -
    """)
    assert _groups(reading) == {"org:businesses@dnk": "DNK"}
    assert _subjects(reading) == ["org:businesses@dnk", "org:businesses@dnk"]


def test_banks_with_no_state_s_banks_before_them_stay_no_state_s() -> None:
    reading = read("""
    Banks     bank      NOUN  NNS 2  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 2  dobj   GPE
    .         .         PUNCT .   2  punct  -
    Estonia   Estonia   PROPN NNP 6  nsubj  GPE
    appealed  appeal    VERB  VBD 0  ROOT   -
    .         .         PUNCT .   6  punct  -
    """)
    assert list(_groups(reading).values()) == [None]


def test_banks_before_a_state_s_banks_are_not_said_to_be_theirs() -> None:
    reading = read("""
    Banks     bank      NOUN  NNS 2  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 2  dobj   GPE
    .         .         PUNCT .   2  punct  -
    Danish    Danish    ADJ   JJ  6  amod   NORP
    banks     bank      NOUN  NNS 7  nsubj  -
    appealed  appeal    VERB  VBD 0  ROOT   -
    .         .         PUNCT .   7  punct  -
    """)
    assert sorted(_groups(reading).values(), key=str) == ["DNK", None]


def test_banks_a_word_sets_apart_are_not_the_state_s_banks_again() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  2  amod   NORP
    lenders   lender    NOUN  NNS 3  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Norvia    Norvia    PROPN NNP 3  dobj   GPE
    .         .         PUNCT .   3  punct  -
    Many      many      ADJ   JJ  7  amod   -
    banks     bank      NOUN  NNS 8  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 8  dobj   GPE
    .         .         PUNCT .   8  punct  -
    """)
    assert sorted(_groups(reading).values(), key=str) == ["DNK", None]


def test_the_banks_after_two_states_banks_are_neither_s() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  4  amod   NORP
    and       and       CCONJ CC  1  cc     -
    Finnish   Finnish   ADJ   JJ  1  conj   NORP
    lenders   lender    NOUN  NNS 5  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Norvia    Norvia    PROPN NNP 5  dobj   GPE
    .         .         PUNCT .   5  punct  -
    The       the       DET   DT  9  det    -
    banks     bank      NOUN  NNS 10 nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 10 dobj   GPE
    .         .         PUNCT .   10 punct  -
    """)
    assert _groups(reading) == {"org:banks@dnk": "DNK", "org:banks@fin": "FIN"}
    assert _subjects(reading) == ["org:banks@dnk", "org:banks@fin"]


def test_a_firm_described_by_a_city_news_spells_short_is_of_the_city_s_state() -> None:
    # "Frankfurt", "Cologne", "Ludwigshafen": the news spellings of GeoNames' Frankfurt am Main, Köln and
    # Ludwigshafen am Rhein (places.tsv)
    reading = read("""
    Kessler   Kessler   PROPN NNP 2  compound ORG
    Bank      Bank      PROPN NNP 8  nsubj    I-ORG
    ,         ,         PUNCT ,   2  punct    -
    a         a         DET   DT  6  det      -
    Frankfurt Frankfurt PROPN NNP 6  compound GPE
    lender    lender    NOUN  NN  2  appos    -
    ,         ,         PUNCT ,   2  punct    -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 8  dobj     GPE
    .         .         PUNCT .   8  punct    -
    """)
    assert country_of(reading, "Kessler Bank") == "DEU"


def test_a_firm_based_in_cologne_is_german() -> None:
    reading = read("""
    Cologne   Cologne   PROPN NNP 3  npadvmod GPE
    -         -         PUNCT HYPH 3 punct    -
    based     base      VERB  VBN 4  amod     -
    Ostwerk   Ostwerk   PROPN NNP 5  nsubj    ORG
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 5  dobj     GPE
    .         .         PUNCT .   5  punct    -
    """)
    assert country_of(reading, "Ostwerk") == "DEU"


def test_a_state_s_possessive_on_a_firm_s_noun_gives_a_name_tagged_a_person_the_state() -> None:
    # the tagger took the firm for a person; "Denmark's largest insurer" still says whose it is
    reading = read("""
    Holmvik   Holmvik   PROPN NNP 2  compound PERSON
    Holdings  Holdings  PROPN NNP 9  nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    Denmark   Denmark   PROPN NNP 7  poss     GPE
    's        's        PART  POS 4  case     -
    largest   large     ADJ   JJS 7  amod     -
    insurer   insurer   NOUN  NN  2  appos    -
    ,         ,         PUNCT ,   2  punct    -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 9  dobj     GPE
    .         .         PUNCT .   9  punct    -
    """)
    assert country_of(reading, "Holmvik Holdings") == "DNK"


def test_a_body_named_with_of_and_a_state_is_that_state_s() -> None:
    reading = read("""
    Novarex   Novarex   PROPN NNP 4  nsubj  ORG
    of        of        ADP   IN  1  prep   -
    Denmark   Denmark   PROPN NNP 2  pobj   GPE
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 4  dobj   GPE
    .         .         PUNCT .   4  punct  -
    Finland   Finland   PROPN NNP 8  nsubj  GPE
    objected  object    VERB  VBD 0  ROOT   -
    .         .         PUNCT .   8  punct  -
    """)
    assert country_of(reading, "Novarex") == "DNK"


def _sued_twice(second_subject: str) -> str:
    """ "Kessler Corp sued Estonia. <second subject> also sued Finland." with the second subject's rows
    (their heads count on from the first sentence's five tokens: "The" is token 6)."""
    return f"""
    Kessler   Kessler   PROPN NNP 2  compound ORG
    Corp      Corp      PROPN NNP 3  nsubj    I-ORG
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 3  dobj     GPE
    .         .         PUNCT .   3  punct    -
    {second_subject}
    """


def test_the_state_s_miner_after_a_firm_is_that_firm_of_that_state() -> None:
    reading = read(
        _sued_twice("""
    The       the       DET   DT  8  det      -
    Danish    Danish    ADJ   JJ  8  amod     NORP
    miner     miner     NOUN  NN  10 nsubj    -
    also      also      ADV   RB  10 advmod   -
    sued      sue       VERB  VBD 0  ROOT     -
    Finland   Finland   PROPN NNP 10 dobj     GPE
    .         .         PUNCT .   10 punct    -
    """)
    )
    assert country_of(reading, "Kessler Corp") == "DNK"
    assert _subjects(reading) == ["org:kessler_corp", "org:kessler_corp"]  # never Denmark itself


def test_a_firm_based_in_a_city_of_two_words_after_a_firm_is_that_firm_of_the_city_s_state() -> None:
    reading = read(
        _sued_twice("""
    The       the       DET   DT  11 det      -
    Sao       Sao       PROPN NNP 10 npadvmod GPE
    Paulo     Paulo     PROPN NNP 10 npadvmod I-GPE
    -         -         PUNCT HYPH 10 punct   -
    based     base      VERB  VBN 11 amod     -
    company   company   NOUN  NN  13 nsubj    -
    also      also      ADV   RB  13 advmod   -
    sued      sue       VERB  VBD 0  ROOT     -
    Finland   Finland   PROPN NNP 13 dobj     GPE
    .         .         PUNCT .   13 punct    -
    """)
    )
    assert country_of(reading, "Kessler Corp") == "BRA"
    assert _subjects(reading) == ["org:kessler_corp", "org:kessler_corp"]


def test_the_banks_after_a_city_s_banks_are_those_banks() -> None:
    reading = read("""
    Frankfurt Frankfurt PROPN NNP 2  compound GPE
    banks     bank      NOUN  NNS 3  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Estonia   Estonia   PROPN NNP 3  dobj   GPE
    .         .         PUNCT .   3  punct  -
    The       the       DET   DT  7  det    -
    banks     bank      NOUN  NNS 8  nsubj  -
    sued      sue       VERB  VBD 0  ROOT   -
    Finland   Finland   PROPN NNP 8  dobj   GPE
    .         .         PUNCT .   8  punct  -
    """)
    assert _groups(reading) == {"org:frankfurt_banks@deu": "DEU"}
    assert _subjects(reading) == ["org:frankfurt_banks@deu", "org:frankfurt_banks@deu"]


def test_a_state_s_insurers_and_trading_houses_are_its_business_and_named_again_stay_it() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  2  amod     NORP
    insurers  insurer   NOUN  NNS 3  nsubj    -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 3  dobj     GPE
    .         .         PUNCT .   3  punct    -
    Finnish   Finnish   ADJ   JJ  8  amod     NORP
    trading   trading   NOUN  NN  8  compound -
    houses    house     NOUN  NNS 9  nsubj    -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 9  dobj     GPE
    .         .         PUNCT .   9  punct    -
    The       the       DET   DT  14 det      -
    trading   trading   NOUN  NN  14 compound -
    houses    house     NOUN  NNS 18 nsubj    -
    and       and       CCONJ CC  14 cc       -
    the       the       DET   DT  17 det      -
    insurers  insurer   NOUN  NNS 14 conj     -
    sued      sue       VERB  VBD 0  ROOT     -
    Norway    Norway    PROPN NNP 18 dobj     GPE
    .         .         PUNCT .   18 punct    -
    """)
    assert _groups(reading) == {"org:insurers@dnk": "DNK", "org:trading_houses@fin": "FIN"}
    assert _subjects(reading) == [
        "org:insurers@dnk",
        "org:insurers@dnk",
        "org:trading_houses@fin",
        "org:trading_houses@fin",
    ]


def test_a_firm_s_noun_a_name_renames_is_that_name_not_the_firm_before() -> None:
    # "The Danish company Norvex sued ...": Norvex, of Denmark; not Kessler Corp going on
    reading = read(
        _sued_twice("""
    The       the       DET   DT  8  det      -
    Danish    Danish    ADJ   JJ  8  amod     NORP
    company   company   NOUN  NN  11 nsubj    -
    Norvex    Norvex    PROPN NNP 8  appos    ORG
    also      also      ADV   RB  11 advmod   -
    sued      sue       VERB  VBD 0  ROOT     -
    Finland   Finland   PROPN NNP 11 dobj     GPE
    .         .         PUNCT .   11 punct    -
    """)
    )
    assert country_of(reading, "Kessler Corp") is None
    assert country_of(reading, "Norvex") == "DNK"
    assert "org:kessler_corp" in _subjects(reading)
    assert _subjects(reading).count("org:kessler_corp") == 1


def test_a_city_before_a_firm_s_noun_gives_a_name_tagged_a_person_the_city_s_state() -> None:
    reading = read("""
    Holmvik    Holmvik    PROPN NNP 2  compound PERSON
    Holdings   Holdings   PROPN NNP 8  nsubj    I-PERSON
    ,          ,          PUNCT ,   2  punct    -
    a          a          DET   DT  6  det      -
    Copenhagen Copenhagen PROPN NNP 6  compound GPE
    insurer    insurer    NOUN  NN  2  appos    -
    ,          ,          PUNCT ,   2  punct    -
    sued       sue        VERB  VBD 0  ROOT     -
    Estonia    Estonia    PROPN NNP 8  dobj     GPE
    .          .          PUNCT .   8  punct    -
    Finland    Finland    PROPN NNP 12 nsubj    GPE
    objected   object     VERB  VBD 0  ROOT     -
    .          .          PUNCT .   12 punct    -
    """)
    assert country_of(reading, "Holmvik Holdings") == "DNK"


def test_a_person_s_city_before_a_noun_a_person_may_be_gives_no_state() -> None:
    # "a Copenhagen-based film producer" is a person based there, of any state
    reading = read("""
    Jana       Jana       PROPN NNP 2  compound PERSON
    Roe        Roe        PROPN NNP 11 nsubj    I-PERSON
    ,          ,          PUNCT ,   2  punct    -
    a          a          DET   DT  9  det      -
    Copenhagen Copenhagen PROPN NNP 7  npadvmod GPE
    -          -          PUNCT HYPH 7 punct    -
    based      base       VERB  VBN 9  amod     -
    film       film       NOUN  NN  9  compound -
    producer   producer   NOUN  NN  2  appos    -
    ,          ,          PUNCT ,   2  punct    -
    sued       sue        VERB  VBD 0  ROOT     -
    Estonia    Estonia    PROPN NNP 11 dobj     GPE
    .          .          PUNCT .   11 punct    -
    Finland    Finland    PROPN NNP 15 nsubj    GPE
    objected   object     VERB  VBD 0  ROOT     -
    .          .          PUNCT .   15 punct    -
    """)
    assert country_of(reading, "Jana Roe") is None


def _country_s_insurer(first: str) -> str:
    """<first sentence, 4 tokens>. "Holmvik Corp, the country's largest insurer, sued Estonia." """
    return f"""
    {first}
    Holmvik   Holmvik   PROPN NNP 6  compound ORG
    Corp      Corp      PROPN NNP 14 nsubj    I-ORG
    ,         ,         PUNCT ,   6  punct    -
    the       the       DET   DT  9  det      -
    country   country   NOUN  NN  12 poss     -
    's        's        PART  POS 9  case     -
    largest   large     ADJ   JJS 12 amod     -
    insurer   insurer   NOUN  NN  6  appos    -
    ,         ,         PUNCT ,   6  punct    -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 14 dobj     GPE
    .         .         PUNCT .   14 punct    -
    """


def test_the_country_s_firm_is_of_the_one_state_named_just_before() -> None:
    reading = read(
        _country_s_insurer("""
    Denmark   Denmark   PROPN NNP 2  nsubj    GPE
    raised    raise     VERB  VBD 0  ROOT     -
    tariffs   tariff    NOUN  NNS 2  dobj     -
    .         .         PUNCT .   2  punct    -
    """)
    )
    assert country_of(reading, "Holmvik Corp") == "DNK"


def test_the_country_s_firm_after_two_states_is_of_neither() -> None:
    reading = read(
        _country_s_insurer("""
    Finland   Finland   PROPN NNP 2  nsubj    GPE
    sued      sue       VERB  VBD 0  ROOT     -
    Denmark   Denmark   PROPN NNP 2  dobj     GPE
    .         .         PUNCT .   2  punct    -
    """)
    )
    assert country_of(reading, "Holmvik Corp") is None


def test_a_state_s_company_after_a_firm_of_another_state_is_not_that_firm() -> None:
    reading = read("""
    Kessler   Kessler   PROPN NNP 2  compound ORG
    Corp      Corp      PROPN NNP 8  nsubj    I-ORG
    ,         ,         PUNCT ,   2  punct    -
    a         a         DET   DT  6  det      -
    Finnish   Finnish   ADJ   JJ  6  amod     NORP
    insurer   insurer   NOUN  NN  2  appos    -
    ,         ,         PUNCT ,   2  punct    -
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 8  dobj     GPE
    .         .         PUNCT .   8  punct    -
    The       the       DET   DT  13 det      -
    Danish    Danish    ADJ   JJ  13 amod     NORP
    company   company   NOUN  NN  14 nsubj    -
    sued      sue       VERB  VBD 0  ROOT     -
    Norway    Norway    PROPN NNP 14 dobj     GPE
    .         .         PUNCT .   14 punct    -
    """)
    assert country_of(reading, "Kessler Corp") == "FIN"
    assert _subjects(reading) == ["org:kessler_corp"]  # neither Kessler Corp again nor Denmark


def test_a_state_s_maker_of_a_thing_is_no_firm_going_on() -> None:
    # "the Danish maker of the drones" says which maker: not Kessler Corp, nor Denmark
    reading = read(
        _sued_twice("""
    The       the       DET   DT  8  det      -
    Danish    Danish    ADJ   JJ  8  amod     NORP
    maker     maker     NOUN  NN  12 nsubj    -
    of        of        ADP   IN  8  prep     -
    the       the       DET   DT  11 det      -
    drones    drone     NOUN  NNS 9  pobj     -
    sued      sue       VERB  VBD 0  ROOT     -
    Finland   Finland   PROPN NNP 12 dobj     GPE
    .         .         PUNCT .   12 punct    -
    """)
    )
    assert country_of(reading, "Kessler Corp") is None
    assert _subjects(reading) == ["org:kessler_corp"]


def test_a_state_s_royal_house_is_still_the_state() -> None:
    # "house" of "trading house" describes firms by a possessive, but with a state's word alone it may be
    # the state's own house (words.tsv state_firm_kind_nouns)
    reading = read("""
    Kessler   Kessler   PROPN NNP 2  compound ORG
    Corp      Corp      PROPN NNP 3  nsubj    I-ORG
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 3  dobj     GPE
    .         .         PUNCT .   3  punct    -
    The       the       DET   DT  9  det      -
    Danish    Danish    ADJ   JJ  9  amod     NORP
    royal     royal     ADJ   JJ  9  amod     -
    house     house     NOUN  NN  10 nsubj    -
    condemned condemn   VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 10 dobj     GPE
    .         .         PUNCT .   10 punct    -
    """)
    assert _subjects(reading) == ["country:DNK", "org:kessler_corp"]


def test_the_banks_after_two_banks_named_since_the_state_s_are_not_the_state_s() -> None:
    # "... Holm Bank and Vik Bank sued Estonia. The banks sued Finland": the two just named (coref.py)
    reading = read("""
    Danish    Danish    ADJ   JJ  2  amod     NORP
    lenders   lender    NOUN  NNS 3  nsubj    -
    sued      sue       VERB  VBD 0  ROOT     -
    Norvia    Norvia    PROPN NNP 3  dobj     GPE
    .         .         PUNCT .   3  punct    -
    Holm      Holm      PROPN NNP 7  compound ORG
    Bank      Bank      PROPN NNP 11 nsubj    I-ORG
    and       and       CCONJ CC  7  cc       -
    Vik       Vik       PROPN NNP 10 compound ORG
    Bank      Bank      PROPN NNP 7  conj     I-ORG
    sued      sue       VERB  VBD 0  ROOT     -
    Estonia   Estonia   PROPN NNP 11 dobj     GPE
    .         .         PUNCT .   11 punct    -
    The       the       DET   DT  15 det      -
    banks     bank      NOUN  NNS 16 nsubj    -
    sued      sue       VERB  VBD 0  ROOT     -
    Finland   Finland   PROPN NNP 16 dobj     GPE
    .         .         PUNCT .   16 punct    -
    """)
    assert _subjects(reading).count("org:banks@dnk") == 1

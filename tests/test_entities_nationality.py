"""A person's state from what the text says of their nationality ("Iranian chess arbiter X", "X, a Swedish
national", "Norway's X", "X from Kenya"), titles of rank cut from names ("Crown Prince X", "International
Master Y"), and a role stated once per article (sentences of our own, parses written by hand)."""

from __future__ import annotations

from extraction_helpers import Run, one
from geokg.extract.io.reader import Article
from geokg.extract.pipeline import Reading, extract_doc, read_doc
from hand_docs import facts, parse, read


def _read(table: str) -> Reading:
    return read_doc(parse(table), scope="hand-built")


def _countries(reading: Reading) -> dict[str, str | None]:
    return {e.label: e.country for e in reading.entities.entities() if e.type == "PERSON"}


def test_a_demonym_and_an_occupation_before_a_name_give_the_persons_state() -> None:
    reading = _read("""
    Iranian  Iranian  ADJ   JJ  5 amod     NORP
    chess    chess    NOUN  NN  3 compound -
    arbiter  arbiter  NOUN  NN  5 compound -
    Sara     Sara     PROPN NNP 5 compound PERSON
    Vali     Vali     PROPN NNP 6 nsubj    I-PERSON
    resigned resign   VERB  VBD 0 ROOT     -
    .        .        PUNCT .   6 punct    -
    """)
    assert _countries(reading) == {"Sara Vali": "IRN"}


def test_a_nationality_in_apposition_gives_the_persons_state() -> None:
    reading = _read("""
    Lena     Lena     PROPN NNP 2 compound PERSON
    Berg     Berg     PROPN NNP 8 nsubj    I-PERSON
    ,        ,        PUNCT ,   2 punct    -
    a        a        DET   DT  6 det      -
    Swedish  Swedish  ADJ   JJ  6 amod     NORP
    national national NOUN  NN  2 appos    -
    ,        ,        PUNCT ,   2 punct    -
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   8 punct    -
    """)
    assert _countries(reading) == {"Lena Berg": "SWE"}
    assert not facts(reading, "title")  # the nationality is an attribute, no fact of its own


def test_a_copula_with_a_noun_of_nationality_gives_the_persons_state() -> None:
    reading = _read("""
    Lena     Lena     PROPN NNP 2 compound PERSON
    Berg     Berg     PROPN NNP 3 nsubj    I-PERSON
    is       be       AUX   VBZ 0 ROOT     -
    a        a        DET   DT  6 det      -
    Swedish  Swedish  ADJ   JJ  6 amod     NORP
    citizen  citizen  NOUN  NN  3 attr     -
    .        .        PUNCT .   3 punct    -
    """)
    assert _countries(reading) == {"Lena Berg": "SWE"}


def test_a_states_possessive_before_a_bare_name_gives_its_state() -> None:
    reading = _read("""
    Norway   Norway   PROPN NNP 4 poss     GPE
    's       's       PART  POS 1 case     -
    Lena     Lena     PROPN NNP 4 compound PERSON
    Berg     Berg     PROPN NNP 5 nsubj    I-PERSON
    won      win      VERB  VBD 0 ROOT     -
    .        .        PUNCT .   5 punct    -
    """)
    assert _countries(reading) == {"Lena Berg": "NOR"}


def test_a_state_after_from_on_the_name_gives_its_state() -> None:
    reading = _read("""
    Lena     Lena     PROPN NNP 2 compound PERSON
    Berg     Berg     PROPN NNP 5 nsubj    I-PERSON
    from     from     ADP   IN  2 prep     -
    Kenya    Kenya    PROPN NNP 3 pobj     GPE
    won      win      VERB  VBD 0 ROOT     -
    .        .        PUNCT .   5 punct    -
    """)
    assert _countries(reading) == {"Lena Berg": "KEN"}


def test_a_royal_title_tagged_with_the_name_is_cut_and_held_for_the_realm() -> None:
    reading = _read("""
    Crown    Crown    PROPN NNP 5 compound PERSON
    Prince   Prince   PROPN NNP 5 compound I-PERSON
    Omar     Omar     PROPN NNP 5 compound I-PERSON
    Al       Al       PROPN NNP 5 compound I-PERSON
    Haddad   Haddad   PROPN NNP 8 nsubj    I-PERSON
    of       of       ADP   IN  5 prep     -
    Jordan   Jordan   PROPN NNP 6 pobj     GPE
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   8 punct    -
    """)
    assert _countries(reading) == {"Omar Al Haddad": "JOR"}
    assert facts(reading, "title") == {("Omar Al Haddad", "crown prince of", "Jordan")}


def test_a_chess_title_after_a_demonym_is_no_organisation_and_no_part_of_the_name() -> None:
    reading = _read("""
    Chilean       Chilean       ADJ   JJ  5 amod     ORG
    International International PROPN NNP 3 compound I-ORG
    Master        Master        PROPN NNP 4 compound -
    Ana           Ana           PROPN NNP 5 compound PERSON
    Soto          Soto          PROPN NNP 6 nsubj    I-PERSON
    won           win           VERB  VBD 0 ROOT     -
    .             .             PUNCT .   6 punct    -
    """)
    assert {e.label for e in reading.entities.entities() if e.type in ("PERSON", "ORG")} == {"Ana Soto"}
    assert _countries(reading) == {"Ana Soto": "CHL"}
    assert not facts(reading, "title")  # a title of rank is no state's office


def test_a_title_alone_tagged_as_a_person_is_nobody() -> None:
    reading = _read("""
    Lena     Lena     PROPN NNP 2 compound PERSON
    Berg     Berg     PROPN NNP 3 nsubj    I-PERSON
    became   become   VERB  VBD 0 ROOT     -
    a        a        DET   DT  7 det      -
    Woman    Woman    PROPN NNP 7 compound PERSON
    Grand    Grand    PROPN NNP 7 compound I-PERSON
    Master   Master   PROPN NNP 3 attr     I-PERSON
    .        .        PUNCT .   3 punct    -
    """)
    assert {e.label for e in reading.entities.entities()} == {"Lena Berg"}


def test_a_title_repeated_in_later_sentences_is_one_role_fact() -> None:
    sentence = """
    President President PROPN NNP {h3} compound -
    Ana       Ana       PROPN NNP {h3} compound PERSON
    Soto      Soto      PROPN NNP {h6} nsubj    I-PERSON
    of        of        ADP   IN  {h3} prep     -
    Chile     Chile     PROPN NNP {h4} pobj     GPE
    {verb}    {lemma}   VERB  VBD 0    ROOT     -
    .         .         PUNCT .   {h6} punct    -
    """
    first = sentence.format(h3=3, h4=4, h6=6, verb="spoke", lemma="speak")
    second = sentence.format(h3=10, h4=11, h6=13, verb="left", lemma="leave")
    doc = parse(first + second)
    result = extract_doc(doc, Article(id="hand-built", text=doc.text, source="hand-built"))
    roles = [t for t in result.triples if t.extractor.startswith("geokg.title/")]
    # "President X of Chile" holds the state's office there (wave 14: not a weaker "citizen of")
    assert [(t.subject, t.predicate, t.object) for t in roles] == [("Ana Soto", "president of", "Chile")]
    assert "spoke" in roles[0].sentence  # the first sentence that states it


def test_one_of_a_people_named_in_apposition_is_that_person_of_its_state() -> None:
    # "An Australian, Ana Ruiz, criticised Peru.": the subject is Ruiz, an Australian, not Australia
    reading = read("""
    An         an         DET   DT  2 det      -
    Australian Australian PROPN NNP 7 nsubj    NORP
    ,          ,          PUNCT ,   2 punct    -
    Ana        Ana        PROPN NNP 5 compound PERSON
    Ruiz       Ruiz       PROPN NNP 2 appos    I-PERSON
    ,          ,          PUNCT ,   2 punct    -
    criticised criticise  VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 7 dobj     GPE
    .          .          PUNCT .   7 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    subjects = {label[r.subject.entity_id] for r in reading.relations if r.predicate == "criticise"}
    assert subjects == {"Ana Ruiz"}
    [ruiz] = [e for e in reading.entities.entities() if e.label == "Ana Ruiz"]
    assert ruiz.country == "AUS"


def test_another_of_a_people_named_in_apposition_is_that_person() -> None:
    # "Weber named another Italian, Ana Ruiz, as envoy.": Weber named Ruiz, an Italian, not Italy
    reading = read("""
    Weber      Weber      PROPN NNP 2 nsubj    PERSON
    named      name       VERB  VBD 0 ROOT     -
    another    another    DET   DT  4 det      -
    Italian    Italian    PROPN NNP 2 dobj     NORP
    ,          ,          PUNCT ,   4 punct    -
    Ana        Ana        PROPN NNP 7 compound PERSON
    Ruiz       Ruiz       PROPN NNP 4 appos    I-PERSON
    ,          ,          PUNCT ,   4 punct    -
    as         as         ADP   IN  2 prep     -
    envoy      envoy      NOUN  NN  9 pobj     -
    .          .          PUNCT .   2 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    objects = {label[r.object.entity_id] for r in reading.relations if r.predicate == "name"}
    assert objects == {"Ana Ruiz"}
    [ruiz] = [e for e in reading.entities.entities() if e.label == "Ana Ruiz"]
    assert ruiz.country == "ITA"


def test_a_place_s_possessive_before_a_name_gives_the_place_s_state() -> None:
    # "Texas's Ana Ruiz criticised Peru.": Ruiz is of Texas, so of the United States
    reading = read("""
    Texas      Texas      PROPN NNP 4 poss     GPE
    's         's         PART  POS 1 case     -
    Ana        Ana        PROPN NNP 4 compound PERSON
    Ruiz       Ruiz       PROPN NNP 5 nsubj    I-PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 5 dobj     GPE
    .          .          PUNCT .   5 punct    -
    """)
    [ruiz] = [e for e in reading.entities.entities() if e.label == "Ana Ruiz"]
    assert ruiz.country == "USA"


def test_one_of_a_party_named_in_apposition_is_its_member() -> None:
    # "A Republican, Ana Ruiz, criticised Peru.": Ruiz is a member of the party, not the party itself
    reading = read("""
    A          a          DET   DT  2 det      -
    Republican Republican PROPN NNP 7 nsubj    NORP
    ,          ,          PUNCT ,   2 punct    -
    Ana        Ana        PROPN NNP 5 compound PERSON
    Ruiz       Ruiz       PROPN NNP 2 appos    I-PERSON
    ,          ,          PUNCT ,   2 punct    -
    criticised criticise  VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 7 dobj     GPE
    .          .          PUNCT .   7 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    members = [r for r in reading.relations if r.predicate == "member of"]
    pairs = {(label[r.subject.entity_id], label[r.object.entity_id]) for r in members}
    assert pairs == {("Ana Ruiz", "Republican Party")}


def test_a_bare_demonym_after_a_copula_gives_the_persons_state() -> None:
    # "Lena Berg, who is Swedish, spoke.": the predicate adjective is her people, in a relative clause too
    reading = _read("""
    Lena     Lena     PROPN NNP 2 compound PERSON
    Berg     Berg     PROPN NNP 8 nsubj    I-PERSON
    ,        ,        PUNCT ,   2 punct    -
    who      who      PRON  WP  5 nsubj    -
    is       be       AUX   VBZ 2 relcl    -
    Swedish  Swedish  ADJ   JJ  5 acomp    NORP
    ,        ,        PUNCT ,   2 punct    -
    spoke    speak    VERB  VBD 0 ROOT     -
    .        .        PUNCT .   8 punct    -
    """)
    assert _countries(reading) == {"Lena Berg": "SWE"}


def test_a_quoted_i_with_a_nationality_gives_the_named_speakers_state() -> None:
    # '"I am a Swedish citizen," said Lena Berg.'
    reading = _read("""
    "        "        PUNCT ``  9 punct    -
    I        I        PRON  PRP 3 nsubj    -
    am       be       AUX   VBP 9 ccomp    -
    a        a        DET   DT  6 det      -
    Swedish  swedish  ADJ   JJ  6 amod     NORP
    citizen  citizen  NOUN  NN  3 attr     -
    ,        ,        PUNCT ,   9 punct    -
    "        "        PUNCT ''  9 punct    -
    said     say      VERB  VBD 0 ROOT     -
    Lena     Lena     PROPN NNP 11 compound PERSON
    Berg     Berg     PROPN NNP 9 nsubj    I-PERSON
    .        .        PUNCT .   9 punct    -
    """)
    assert _countries(reading) == {"Lena Berg": "SWE"}


def test_as_one_of_a_people_said_by_a_named_speaker_gives_the_state() -> None:
    # '"As a Swede, I disagree," said Lena Berg.'
    reading = _read("""
    "        "        PUNCT ``  10 punct   -
    As       as       ADP   IN  7 prep     -
    a        a        DET   DT  4 det      -
    Swede    Swede    PROPN NNP 2 pobj     NORP
    ,        ,        PUNCT ,   7 punct    -
    I        I        PRON  PRP 7 nsubj    -
    disagree disagree VERB  VBP 10 ccomp   -
    ,        ,        PUNCT ,   10 punct   -
    "        "        PUNCT ''  10 punct   -
    said     say      VERB  VBD 0 ROOT     -
    Lena     Lena     PROPN NNP 12 compound PERSON
    Berg     Berg     PROPN NNP 10 nsubj   I-PERSON
    .        .        PUNCT .   10 punct   -
    """)
    assert _countries(reading) == {"Lena Berg": "SWE"}


def test_an_interviewees_own_nationality_gives_her_state(run: Run) -> None:
    result = run(
        "Maria Lopez founded the Green Alliance in 2010.\n\n"
        "((WN))  Where is your charity registered?\n\n"
        "((Maria Lopez))  In Canada, because I'm Canadian. A woman once told me, \"I'm Danish\".\n"
    )
    assert one(result, "Maria Lopez", "found", "Green Alliance").subject_country == "CAN"


def test_a_quoted_other_voice_in_an_answer_is_not_the_interviewee(run: Run) -> None:
    result = run(
        "Maria Lopez founded the Green Alliance in 2010.\n\n"
        "((WN))  How do people react?\n\n"
        "((Maria Lopez))  A woman once told me, \"I'm Danish, and I'm happy\".\n"
    )
    assert one(result, "Maria Lopez", "found", "Green Alliance").subject_country is None


def test_a_peoples_plural_before_a_list_of_names_gives_each_its_state() -> None:
    # "Peruvians Ana Soto, 2:05:46, and Luis Vega finished behind him."
    reading = _read("""
    Peruvians Peruvians PROPN NNPS 3 compound NORP
    Ana       Ana       PROPN NNP  3 compound PERSON
    Soto      Soto      PROPN NNP  10 nsubj   I-PERSON
    ,         ,         PUNCT ,    3 punct    -
    2:05:46   2:05:46   NUM   CD   3 appos    -
    ,         ,         PUNCT ,    3 punct    -
    and       and       CCONJ CC   3 cc       -
    Luis      Luis      PROPN NNP  9 compound PERSON
    Vega      Vega      PROPN NNP  3 conj     I-PERSON
    finished  finish    VERB  VBD  0 ROOT     -
    behind    behind    ADP   IN   10 prep    -
    him       he        PRON  PRP  11 pobj    -
    .         .         PUNCT .    10 punct   -
    """)
    assert _countries(reading) == {"Ana Soto": "PER", "Luis Vega": "PER"}


def test_both_from_a_state_after_a_list_of_names_gives_each_its_state() -> None:
    # "The prize went to Ana Soto and Luis Vega, both from Peru." ("also from" likewise)
    reading = _read("""
    The    the    DET   DT  2 det      -
    prize  prize  NOUN  NN  3 nsubj    -
    went   go     VERB  VBD 0 ROOT     -
    to     to     ADP   IN  3 prep     -
    Ana    Ana    PROPN NNP 6 compound PERSON
    Soto   Soto   PROPN NNP 4 pobj     I-PERSON
    and    and    CCONJ CC  6 cc       -
    Luis   Luis   PROPN NNP 9 compound PERSON
    Vega   Vega   PROPN NNP 6 conj     I-PERSON
    ,      ,      PUNCT ,   6 punct    -
    both   both   PRON  DT  12 preconj -
    from   from   ADP   IN  3 prep     -
    Peru   Peru   PROPN NNP 12 pobj    GPE
    .      .      PUNCT .   3 punct    -
    """)
    assert _countries(reading) == {"Ana Soto": "PER", "Luis Vega": "PER"}


def test_a_compatriot_is_of_the_state_of_whose_compatriot_he_is() -> None:
    # "Ana Soto of Peru won. Soto's compatriot Luis Vega came second."
    reading = _read("""
    Ana        Ana        PROPN NNP 2 compound PERSON
    Soto       Soto       PROPN NNP 5 nsubj    I-PERSON
    of         of         ADP   IN  2 prep     -
    Peru       Peru       PROPN NNP 3 pobj     GPE
    won        win        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   5 punct    -
    Soto       Soto       PROPN NNP 9 poss     PERSON
    's         's         PART  POS 7 case     -
    compatriot compatriot NOUN  NN  12 nsubj   -
    Luis       Luis       PROPN NNP 11 compound PERSON
    Vega       Vega       PROPN NNP 9 appos    I-PERSON
    came       come       VERB  VBD 0 ROOT     -
    second     second     ADJ   JJ  12 advmod  -
    .          .          PUNCT .   12 punct   -
    """)
    assert _countries(reading) == {"Ana Soto": "PER", "Luis Vega": "PER"}


def test_a_compatriot_opening_a_sentence_is_of_the_state_of_the_one_before() -> None:
    # "Ana Soto of Peru won. Compatriot Luis Vega came second."
    reading = _read("""
    Ana        Ana        PROPN NNP 2 compound PERSON
    Soto       Soto       PROPN NNP 5 nsubj    I-PERSON
    of         of         ADP   IN  2 prep     -
    Peru       Peru       PROPN NNP 3 pobj     GPE
    won        win        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   5 punct    -
    Compatriot compatriot PROPN NNP 9 compound -
    Luis       Luis       PROPN NNP 9 compound PERSON
    Vega       Vega       PROPN NNP 10 nsubj   I-PERSON
    came       come       VERB  VBD 0 ROOT     -
    second     second     ADJ   JJ  10 advmod  -
    .          .          PUNCT .   10 punct   -
    """)
    # the name keeps the capitalised noun for now (mentions.py): the state is what is tested here
    countries = {label.removeprefix("Compatriot "): state for label, state in _countries(reading).items()}
    assert countries == {"Ana Soto": "PER", "Luis Vega": "PER"}


def test_counterparts_listed_respectively_hold_the_first_persons_office_in_each_state() -> None:
    # "Peruvian foreign minister Ana Soto and her Chilean and Swedish counterparts, Luis Vega and Lena
    # Berg, respectively, met."
    reading = _read("""
    Peruvian     peruvian    ADJ   JJ  3 amod     NORP
    foreign      foreign     ADJ   JJ  3 amod     -
    minister     minister    NOUN  NN  5 compound -
    Ana          Ana         PROPN NNP 5 compound PERSON
    Soto         Soto        PROPN NNP 21 nsubj   I-PERSON
    and          and         CCONJ CC  5 cc       -
    her          her         PRON  PRP$ 11 poss   -
    Chilean      chilean     ADJ   JJ  11 amod    NORP
    and          and         CCONJ CC  8 cc       -
    Swedish      swedish     ADJ   JJ  8 conj     NORP
    counterparts counterpart NOUN  NNS 5 conj     -
    ,            ,           PUNCT ,   5 punct    -
    Luis         Luis        PROPN NNP 14 compound PERSON
    Vega         Vega        PROPN NNP 5 appos    I-PERSON
    and          and         CCONJ CC  14 cc      -
    Lena         Lena        PROPN NNP 17 compound PERSON
    Berg         Berg        PROPN NNP 14 conj    I-PERSON
    ,            ,           PUNCT ,   21 punct   -
    respectively respectively ADV  RB  21 advmod  -
    ,            ,           PUNCT ,   21 punct   -
    met          meet        VERB  VBD 0 ROOT     -
    .            .           PUNCT .   21 punct   -
    """)
    minister = "foreign minister of"
    ministers = {("Luis Vega", minister, "Chile"), ("Lena Berg", minister, "Sweden")}
    assert ministers <= facts(reading, "title")


def test_a_plural_title_before_names_listed_respectively_with_states() -> None:
    # "Foreign ministers Luis Vega and Lena Berg of Chile and Sweden respectively met.": not Berg of Chile
    reading = _read("""
    Foreign      foreign      ADJ   JJ  2 amod     -
    ministers    minister     NOUN  NNS 4 compound -
    Luis         Luis         PROPN NNP 4 compound PERSON
    Vega         Vega         PROPN NNP 13 nsubj   I-PERSON
    and          and          CCONJ CC  4 cc       -
    Lena         Lena         PROPN NNP 7 compound PERSON
    Berg         Berg         PROPN NNP 4 conj     I-PERSON
    of           of           ADP   IN  7 prep     -
    Chile        Chile        PROPN NNP 8 pobj     GPE
    and          and          CCONJ CC  9 cc       -
    Sweden       Sweden       PROPN NNP 9 conj     GPE
    respectively respectively ADV   RB  13 advmod  -
    met          meet         VERB  VBD 0 ROOT     -
    .            .            PUNCT .   13 punct   -
    """)
    minister = "foreign minister of"
    ministers = {("Luis Vega", minister, "Chile"), ("Lena Berg", minister, "Sweden")}
    assert facts(reading, "title") == ministers


def test_one_of_a_party_after_a_name_is_its_member_not_a_title_of_the_party() -> None:
    # "Vega lost reelection to Lena Berg, a Republican.": no "Republican reelection to Berg"
    reading = _read("""
    Vega       Vega       PROPN NNP 2 nsubj    PERSON
    lost       lose       VERB  VBD 0 ROOT     -
    reelection reelection NOUN  NN  2 dobj     -
    to         to         ADP   IN  3 prep     -
    Lena       Lena       PROPN NNP 6 compound PERSON
    Berg       Berg       PROPN NNP 4 pobj     I-PERSON
    ,          ,          PUNCT ,   6 punct    -
    a          a          DET   DT  9 det      -
    Republican Republican PROPN NNP 6 appos    NORP
    .          .          PUNCT .   2 punct    -
    """)
    assert {(s, p) for s, p, _ in facts(reading, "title")} == {("Lena Berg", "member of")}


def test_a_name_after_an_indefinite_description_and_before_a_verb_holds_no_title() -> None:
    # "Lena Berg, a Republican fundraiser Soto appointed, resigned.": Soto appointed her, holds nothing
    reading = _read("""
    Lena       Lena       PROPN NNP 2 compound PERSON
    Berg       Berg       PROPN NNP 10 nsubj   I-PERSON
    ,          ,          PUNCT ,   2 punct    -
    a          a          DET   DT  6 det      -
    Republican republican ADJ   JJ  6 amod     NORP
    fundraiser fundraiser NOUN  NN  7 compound -
    Soto       Soto       PROPN NNP 2 appos    PERSON
    appointed  appoint    VERB  VBN 7 acl      -
    ,          ,          PUNCT ,   2 punct    -
    resigned   resign     VERB  VBD 0 ROOT     -
    .          .          PUNCT .   10 punct   -
    """)
    assert not [fact for fact in facts(reading, "title") if fact[0] == "Soto"]


def test_the_subject_after_according_to_a_source_is_not_the_sources_apposition() -> None:
    # "According to Ana Soto, a spokesman for the Foreign Office expressed regret.": two people
    reading = _read("""
    According accord    VERB  VBG 12 prep     -
    to        to        ADP   IN  1 prep      -
    Ana       Ana       PROPN NNP 4 compound  PERSON
    Soto      Soto      PROPN NNP 2 pobj      I-PERSON
    ,         ,         PUNCT ,   4 punct     -
    a         a         DET   DT  7 det       -
    spokesman spokesman NOUN  NN  4 appos     -
    for       for       ADP   IN  7 prep      -
    the       the       DET   DT  11 det      -
    Foreign   Foreign   PROPN NNP 11 compound ORG
    Office    Office    PROPN NNP 8 pobj      I-ORG
    expressed express   VERB  VBD 0 ROOT      -
    regret    regret    NOUN  NN  12 dobj     -
    .         .         PUNCT .   12 punct    -
    """)
    assert not [fact for fact in facts(reading, "title") if fact[0] == "Ana Soto"]

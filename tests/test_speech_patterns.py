"""Reported speech in news style, on hand-built parses of sentences of our own: who the speaker is, and
what edge a report makes (a report, an accusation, or none)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def test_a_toll_reported_of_a_force_of_nature_accuses_nobody() -> None:
    reading = read("""
    Cyclone    Cyclone    PROPN NNP 2  compound PERSON
    Idai       Idai       PROPN NNP 3  nsubj    I-PERSON
    struck     strike     VERB  VBD 0  ROOT     -
    Malawi     Malawi     PROPN NNP 3  dobj     GPE
    ,          ,          PUNCT ,   3  punct    -
    killing    kill       VERB  VBG 3  advcl    -
    at         at         ADV   RB  8  advmod   -
    least      least      ADJ   JJS 9  advmod   -
    30         30         NUM   CD  6  dobj     -
    according  accord     VERB  VBG 6  prep     -
    to         to         ADP   IN  10 prep     -
    Malawian   malawian   ADJ   JJ  13 amod     NORP
    officials  official   NOUN  NNS 11 pobj     -
    .          .          PUNCT .   3  punct    -
    """)
    [toll] = by_rule(reading, "according_to")
    assert (toll.predicate, toll.event_root) == ("say", "01")


def test_a_force_of_nature_in_reported_content_is_not_accused() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    said       say        VERB  VBD 0 ROOT     -
    Hurricane  Hurricane  PROPN NNP 4 compound PERSON
    Elena      Elena      PROPN NNP 5 nsubj    I-PERSON
    destroyed  destroy    VERB  VBD 2 ccomp    -
    Arica      Arica      PROPN NNP 5 dobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    # no accusation; and the content's own fact (the storm destroyed Arica, Chile's claim) holds what was
    # said of the storm, so no plain `say` edge repeats it without the claim (wave 34)
    assert facts(reading, "speech_content") == set()
    [destroyed] = by_rule(reading, "svo")
    assert destroyed.attributed_to is not None


INVERTED_OFFICE_HOLDER = """
"          "          PUNCT ``  7  punct    -
Chile      Chile      PROPN NNP 3  nsubj    GPE
misled     mislead    VERB  VBD 7  ccomp    -
us         we         PRON  PRP 3  dobj     -
,          ,          PUNCT ,   7  punct    -
"          "          PUNCT ''  7  punct    -
said       say        VERB  VBD 0  ROOT     -
Andes      Andes      PROPN NNP 9  compound ORG
University University PROPN NNP 7  nsubj    I-ORG
,          ,          PUNCT ,   9  punct    -
Lima       Lima       PROPN NNP 13 poss     GPE
's         's         PART  POS 11 case     -
rector     rector     NOUN  NN  9  conj     -
,          ,          PUNCT ,   13 punct    -
Ana        Ana        PROPN NNP 16 compound PERSON
Rojas      Rojas      PROPN NNP 13 appos    I-PERSON
.          .          PUNCT .   7  punct    -
"""


def test_inverted_speech_the_office_holder_speaks_not_the_owner_of_the_office() -> None:
    """`"…," said the University X, Y's rector, Ana Rojas`: the parser coordinates the rector with her
    university; she is the speaker."""
    said = facts(read(INVERTED_OFFICE_HOLDER), "speech_content")
    assert said and {speaker for speaker, _, _ in said} == {"Ana Rojas"}


def test_the_latter_and_the_former_are_the_second_and_first_of_the_pair_just_named() -> None:
    def pair(word: str) -> set[tuple[str, str, str]]:
        return facts(read(f"""
        Talks      talk       NOUN  NNS 3  nsubjpass -
        were       be         AUX   VBD 3  auxpass   -
        held       hold       VERB  VBN 0  ROOT      -
        by         by         ADP   IN  3  agent     -
        Chile      Chile      PROPN NNP 4  pobj      GPE
        and        and        CCONJ CC  5  cc        -
        Peru       Peru       PROPN NNP 5  conj      GPE
        ,          ,          PUNCT ,   3  punct     -
        with       with       ADP   IN  3  prep      -
        the        the        DET   DT  11 det       -
        {word:<10} {word:<10} ADJ   JJ  12 nsubj     -
        saying     say        VERB  VBG 9  pcomp     -
        Bolivia    Bolivia    PROPN NNP 15 nsubj     GPE
        must       must       AUX   MD  15 aux       -
        leave      leave      VERB  VB  12 ccomp     -
        .          .          PUNCT .   3  punct     -
        """), "speech_content")

    assert pair("latter") == {("Peru", "demand", "Bolivia")}
    assert pair("former") == {("Chile", "demand", "Bolivia")}



THE_COMPANY_SAID = """
The        the        DET   DT  2  det   -
company    company    NOUN  NN  3  nsubj -
said       say        VERB  VBD 0  ROOT  -
Peru       Peru       PROPN NNP 6  nsubj GPE
must       must       AUX   MD  6  aux   -
pay        pay        VERB  VB  3  ccomp -
.          .          PUNCT .   3  punct -
"""


def _after(first: str) -> str:
    """A first sentence, then THE_COMPANY_SAID with its heads moved past it."""
    shift = len(first.strip().splitlines())
    rows = []
    for line in THE_COMPANY_SAID.strip().splitlines():
        word, lemma, pos, tag, head, dep, ent = line.split()
        rows.append(f"{word} {lemma} {pos} {tag} {int(head) + shift if head != '0' else 0} {dep} {ent}")
    return first + "\n".join(rows)


def test_the_company_is_the_one_company_named_before_and_nobody_when_two_are() -> None:
    one = _after("""
    Andes        Andes        PROPN NNP 2 compound ORG
    Corporation  Corporation  PROPN NNP 3 nsubj    I-ORG
    left         leave        VERB  VBD 0 ROOT     -
    Chile        Chile        PROPN NNP 3 dobj     GPE
    .            .            PUNCT .   3 punct    -
    """)
    two = _after("""
    Andes        Andes        PROPN NNP 2 compound ORG
    Corporation  Corporation  PROPN NNP 6 nsubj    I-ORG
    and          and          CCONJ CC  2 cc       -
    Lima         Lima         PROPN NNP 5 compound ORG
    Holdings     Holdings     PROPN NNP 2 conj     I-ORG
    left         leave        VERB  VBD 0 ROOT     -
    Chile        Chile        PROPN NNP 6 dobj     GPE
    .            .            PUNCT .   6 punct    -
    """)
    unnamed_kind = _after("""
    Andes        Andes        PROPN NNP 2 compound ORG
    Corporation  Corporation  PROPN NNP 3 nsubj    I-ORG
    sued         sue          VERB  VBD 0 ROOT     -
    Zeta         Zeta         PROPN NNP 3 dobj     ORG
    .            .            PUNCT .   3 punct    -
    """)
    both_subjects = _after("""
    Andes        Andes        PROPN NNP 2 compound ORG
    Corporation  Corporation  PROPN NNP 3 nsubj    I-ORG
    sued         sue          VERB  VBD 0 ROOT     -
    Zeta         Zeta         PROPN NNP 3 dobj     ORG
    .            .            PUNCT .   3 punct    -
    Zeta         Zeta         PROPN NNP 7 nsubj    ORG
    appealed     appeal       VERB  VBD 0 ROOT     -
    .            .            PUNCT .   7 punct    -
    """)
    assert facts(read(one), "speech_content") == {("Andes Corporation", "demand", "Peru")}
    assert facts(read(two), "speech_content") == set()  # two companies fit: no guess
    # Zeta may be a company too, though its name does not say so; named only as the object of the first
    # sentence's subject, the story's main firm (wave 54 B), it is not "the company" over that firm
    assert facts(read(unnamed_kind), "speech_content") == {("Andes Corporation", "demand", "Peru")}
    # but Zeta the subject of a sentence of its own may be: no guess
    assert facts(read(both_subjects), "speech_content") == set()


def test_he_in_what_a_participle_reports_is_the_one_reporting() -> None:
    """ "Lopez thanked Garcia, saying he would visit Bolivia": "he" is Lopez, who speaks, so the report is
    no edge to Garcia."""
    reading = read("""
    Lopez    Lopez    PROPN NNP 2  nsubj PERSON
    thanked  thank    VERB  VBD 0  ROOT  -
    Garcia   Garcia   PROPN NNP 2  dobj  PERSON
    ,        ,        PUNCT ,   2  punct -
    saying   say      VERB  VBG 2  advcl -
    he       he       PRON  PRP 8  nsubj -
    would    would    AUX   MD  8  aux   -
    visit    visit    VERB  VB  5  ccomp -
    Bolivia  Bolivia  PROPN NNP 8  dobj  GPE
    .        .        PUNCT .   2  punct -
    """)
    assert ("Lopez", "visit", "Bolivia") in facts(reading, "svo")
    assert not {fact for fact in facts(reading, "speech_content") if fact[2] == "Garcia"}


def test_a_deed_foretold_is_no_accusation() -> None:
    predicted = read("""
    Chile      Chile      PROPN NNP 2 nsubj GPE
    predicted  predict    VERB  VBD 0 ROOT  -
    Peru       Peru       PROPN NNP 4 nsubj GPE
    invades    invade     VERB  VBZ 2 ccomp -
    Bolivia    Bolivia    PROPN NNP 4 dobj  GPE
    .          .          PUNCT .   2 punct -
    """)
    would = read("""
    Chile      Chile      PROPN NNP 2 nsubj GPE
    said       say        VERB  VBD 0 ROOT  -
    Peru       Peru       PROPN NNP 5 nsubj GPE
    would      would      AUX   MD  5 aux   -
    invade     invade     VERB  VB  2 ccomp -
    Bolivia    Bolivia    PROPN NNP 5 dobj  GPE
    .          .          PUNCT .   2 punct -
    """)
    # no accusation; the content's own fact (Peru invade Bolivia, Chile's word) is what was said of Peru
    assert facts(predicted, "speech_content") == set()
    assert facts(would, "speech_content") == set()
    assert {r.attributed_to is not None for r in by_rule(predicted, "svo") + by_rule(would, "svo")} == {True}


def test_a_name_set_off_after_according_to_names_the_source_not_a_subject() -> None:
    """ "According to the Lima mayor, Ana Rojas, Chile attacked Peru": the parser makes the name a second
    subject of "attacked"; it is the source."""
    reading = read("""
    According  accord     VERB  VBG 12 prep     -
    to         to         ADP   IN  1  prep     -
    the        the        DET   DT  5  det      -
    Lima       Lima       PROPN NNP 5  compound GPE
    mayor      mayor      NOUN  NN  2  pobj     -
    ,          ,          PUNCT ,   12 punct    -
    Ana        Ana        PROPN NNP 8  compound PERSON
    Rojas      Rojas      PROPN NNP 12 nsubj    I-PERSON
    ,          ,          PUNCT ,   12 punct    -
    Chile      Chile      PROPN NNP 12 nsubj    GPE
    has        have       AUX   VBZ 12 aux      -
    attacked   attack     VERB  VBN 0  ROOT     -
    Peru       Peru       PROPN NNP 12 dobj     GPE
    .          .          PUNCT .   12 punct    -
    """)
    assert facts(reading, "svo") == {("Chile", "attack", "Peru")}
    assert facts(reading, "according_to") == {("Ana Rojas", "accuse", "Chile")}


def test_an_empty_it_points_to_the_clause_it_stands_for() -> None:
    """ "Chile said it is possible that Bolivia left": "it" is no earlier country; the report is about
    Bolivia."""
    reading = read("""
    Peru      Peru      PROPN NNP 2  nsubj GPE
    left      leave     VERB  VBD 0  ROOT  -
    .         .         PUNCT .   2  punct -
    Chile     Chile     PROPN NNP 5  nsubj GPE
    said      say       VERB  VBD 0  ROOT  -
    it        it        PRON  PRP 7  nsubj -
    is        be        AUX   VBZ 5  ccomp -
    possible  possible  ADJ   JJ  7  acomp -
    that      that      SCONJ IN  11 mark  -
    Bolivia   Bolivia   PROPN NNP 11 nsubj GPE
    left      leave     VERB  VBD 7  ccomp -
    .         .         PUNCT .   5  punct -
    """)
    assert facts(reading, "speech_content") == {("Chile", "say", "Bolivia")}


def test_they_opening_what_coordinated_people_report_is_those_people() -> None:
    """ "Lopez and Garcia refused to say whether they would visit Bolivia": "they" are Lopez and Garcia
    (not the Senate of the sentence before), who speak of themselves, not of each other."""
    reading = read("""
    The       the       DET   DT  2  det   -
    Senate    Senate    PROPN NNP 3  nsubj ORG
    voted     vote      VERB  VBD 0  ROOT  -
    .         .         PUNCT .   3  punct -
    Lopez     Lopez     PROPN NNP 8  nsubj PERSON
    and       and       CCONJ CC  5  cc    -
    Garcia    Garcia    PROPN NNP 5  conj  PERSON
    refused   refuse    VERB  VBD 0  ROOT  -
    to        to        PART  TO  10 aux   -
    say       say       VERB  VB  8  xcomp -
    whether   whether   SCONJ IN  14 mark  -
    they      they      PRON  PRP 14 nsubj -
    would     would     AUX   MD  14 aux   -
    visit     visit     VERB  VB  10 ccomp -
    Bolivia   Bolivia   PROPN NNP 14 dobj  GPE
    .         .         PUNCT .   8  punct -
    """)
    assert facts(reading, "speech_content") == set()  # an open question about themselves


def test_an_event_is_not_accused_of_the_harm_it_did() -> None:
    """ "According to Chile, six Peruvians were killed in the bombing": a toll reported of an event."""
    reading = read("""
    According  accord     VERB  VBG 9  prep      -
    to         to         ADP   IN  1  prep      -
    Chile      Chile      PROPN NNP 2  pobj      GPE
    ,          ,          PUNCT ,   9  punct     -
    the        the        DET   DT  6  det       -
    bombing    bombing    NOUN  NN  9  nsubj     -
    had        have       AUX   VBD 9  aux       -
    already    already    ADV   RB  9  advmod    -
    killed     kill       VERB  VBN 0  ROOT      -
    six        six        NUM   CD  11 nummod    -
    Peruvians  Peruvians  PROPN NNPS 9 dobj      NORP
    .          .          PUNCT .   9  punct     -
    """)
    # nor is a plain word about it an edge: a bare event of violence is no party (wave 52)
    assert by_rule(reading, "according_to") == []


def test_he_in_the_speakers_own_quoted_words_is_someone_else() -> None:
    """ `Garcia died. "He was a giant," wrote Lopez`: in a quotation the speaker is "I", so "he" is not the
    writer who reports it but the one spoken of."""
    reading = read("""
    Garcia  Garcia  PROPN NNP 2  nsubj PERSON
    died    die     VERB  VBD 0  ROOT  -
    .       .       PUNCT .   2  punct -
    "       "       PUNCT ``  6  punct -
    He      he      PRON  PRP 6  nsubj -
    was     be      AUX   VBD 11 ccomp -
    a       a       DET   DT  8  det   -
    giant   giant   NOUN  NN  6  attr  -
    ,       ,       PUNCT ,   11 punct -
    "       "       PUNCT ''  11 punct -
    wrote   write   VERB  VBD 0  ROOT  -
    Lopez   Lopez   PROPN NNP 11 nsubj PERSON
    .       .       PUNCT .   11 punct -
    """)
    assert facts(reading, "speech_content") == {("Lopez", "write", "Garcia")}


def test_his_daughter_speaks_when_the_article_names_her_so() -> None:
    """ `Luis Garcia spoke with his daughter Ana Roe. His daughter said he was ill`: "his daughter" is the
    one person the article calls a daughter, and "he" is not her."""
    reading = read("""
    Luis      Luis      PROPN NNP 2  compound PERSON
    Garcia    Garcia    PROPN NNP 3  nsubj    I-PERSON
    spoke     speak     VERB  VBD 0  ROOT     -
    with      with      ADP   IN  3  prep     -
    his       his       PRON  PRP$ 6 poss     -
    daughter  daughter  NOUN  NN  4  pobj     -
    Ana       Ana       PROPN NNP 8  compound PERSON
    Roe       Roe       PROPN NNP 6  appos    I-PERSON
    .         .         PUNCT .   3  punct    -
    His       his       PRON  PRP$ 11 poss    -
    daughter  daughter  NOUN  NN  12 nsubj    -
    said      say       VERB  VBD 0  ROOT     -
    he        he        PRON  PRP 14 nsubj    -
    was       be        AUX   VBD 12 ccomp    -
    ill       ill       ADJ   JJ  14 acomp    -
    .         .         PUNCT .   12 punct    -
    """)
    assert facts(reading, "speech_content") == {("Ana Roe", "say", "Luis Garcia")}


def test_a_report_with_no_named_subject_is_about_what_its_clause_acts_on() -> None:
    """ "Chile said debris damaged Arica": nobody named did it, and the report accuses nobody; Arica is only
    what the content acts on, no topic of the report; "Chile said it damaged Arica" is about whatever "it"
    is, which we do not know."""

    def said(subject: str, pos: str, tag: str) -> set[tuple[str, str, str]]:
        return facts(
            read(f"""
            Chile    Chile    PROPN NNP 2 nsubj GPE
            said     say      VERB  VBD 0 ROOT  -
            {subject} {subject.lower()} {pos} {tag} 4 nsubj -
            damaged  damage   VERB  VBD 2 ccomp -
            Arica    Arica    PROPN NNP 4 dobj  GPE
            .        .        PUNCT .   2 punct -
            """),
            "speech_content",
        )

    # what the content acts on is no topic of the report (wave 34): Arica is only the object
    assert said("debris", "NOUN", "NN") == set()
    assert said("it", "PRON", "PRP") == set()


def test_a_direct_question_asserts_nothing() -> None:
    reading = read("""
    Why        why        SCONJ WRB 4 advmod   -
    should     should     AUX   MD  4 aux      -
    Brazilians Brazilians PROPN NNPS 4 nsubj   NORP
    back       back       VERB  VB  0 ROOT     -
    Lula       Lula       PROPN NNP 4 dobj     PERSON
    over       over       ADP   IN  4 prep     -
    Bolsonaro  Bolsonaro  PROPN NNP 6 pobj     PERSON
    ?          ?          PUNCT .   4 punct    -
    """)
    assert facts(reading, "svo") == set()
    assert facts(reading, "prep") == set()


def test_a_quoted_question_asserts_nothing_but_a_quoted_statement_does() -> None:
    question = read("""
    "          "          PUNCT ``  4 punct    -
    Will       will       AUX   MD  4 aux      -
    Peru       Peru       PROPN NNP 4 nsubj    GPE
    attack     attack     VERB  VB  9 ccomp    -
    Chile      Chile      PROPN NNP 4 dobj     GPE
    ?          ?          PUNCT .   4 punct    -
    "          "          PUNCT ''  4 punct    -
    Bolivia    Bolivia    PROPN NNP 9 nsubj    GPE
    asked      ask        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   9 punct    -
    """)
    assert facts(question, "svo") == set()
    statement = read("""
    "          "          PUNCT ``  3 punct    -
    Peru       Peru       PROPN NNP 3 nsubj    GPE
    attacked   attack     VERB  VBD 8 ccomp    -
    Chile      Chile      PROPN NNP 3 dobj     GPE
    ,          ,          PUNCT ,   3 punct    -
    "          "          PUNCT ''  3 punct    -
    Bolivia    Bolivia    PROPN NNP 8 nsubj    GPE
    said       say        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   8 punct    -
    """)
    assert facts(statement, "svo") == {("Peru", "attack", "Chile")}


def test_an_open_question_asked_is_not_asserted_but_the_asking_is() -> None:
    reading = read("""
    Reuters    Reuters    PROPN NNP 2 nsubj    ORG
    asked      ask        VERB  VBD 0 ROOT     -
    Macron     Macron     PROPN NNP 2 dobj     PERSON
    why        why        SCONJ WRB 6 advmod   -
    France     France     PROPN NNP 6 nsubj    GPE
    sold       sell       VERB  VBD 2 ccomp    -
    arms       arm        NOUN  NNS 6 dobj     -
    to         to         ADP   IN  6 dative   -
    Egypt      Egypt      PROPN NNP 8 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert facts(reading, "svo") == {("Reuters", "ask", "Macron")}
    assert facts(reading, "prep") == set()


def test_a_speaker_who_quotes_a_question_still_speaks() -> None:
    reading = read("""
    Lula       Lula       PROPN NNP 2 nsubj    PERSON
    said       say        VERB  VBD 0 ROOT     -
    :          :          PUNCT :   2 punct    -
    "          "          PUNCT ``  2 punct    -
    Why        why        SCONJ WRB 8 advmod   -
    should     should     AUX   MD  8 aux      -
    Brazil     Brazil     PROPN NNP 8 nsubj    GPE
    pay        pay        VERB  VB  2 ccomp    -
    Chile      Chile      PROPN NNP 8 dobj     GPE
    ?          ?          PUNCT .   8 punct    -
    "          "          PUNCT ''  2 punct    -
    """)
    assert facts(reading, "svo") == set()
    assert facts(reading, "speech_content") == {("Lula", "say", "Brazil")}


def test_a_relative_clause_in_a_question_is_presupposed() -> None:
    reading = read("""
    What       what       PRON  WP  4 dobj     -
    do         do         AUX   VBP 4 aux      -
    you        you        PRON  PRP 4 nsubj    -
    think      think      VERB  VB  0 ROOT     -
    of         of         ADP   IN  4 prep     -
    the        the        DET   DT  7 det      -
    deal       deal       NOUN  NN  5 pobj     -
    that       that       PRON  WDT 10 dobj    -
    Iran       Iran       PROPN NNP 10 nsubj   GPE
    signed     sign       VERB  VBD 7 relcl    -
    with       with       ADP   IN  10 prep    -
    China      China      PROPN NNP 11 pobj    GPE
    ?          ?          PUNCT .   4 punct    -
    """)
    # the deal the relative clause is on is what was signed, as in "Iran signed a deal with China" (wave 39)
    assert facts(reading, "prep") == {("Iran", "sign deal with", "China")}


def test_a_statement_says_what_its_issuer_says() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 2 nsubj    GPE
    issued     issue      VERB  VBD 0 ROOT     -
    a          a          DET   DT  4 det      -
    statement  statement  NOUN  NN  2 dobj     -
    saying     say        VERB  VBG 4 acl      -
    Chile      Chile      PROPN NNP 8 nsubj    GPE
    had        have       AUX   VBD 8 aux      -
    violated   violate    VERB  VBN 5 ccomp    -
    the        the        DET   DT  10 det     -
    treaty     treaty     NOUN  NN  8 dobj     -
    .          .          PUNCT .   2 punct    -
    """)
    # the content's own fact says what Peru said of Chile: no plain `say` edge beside it (wave 34); a
    # breach laid on Chile is Peru's accusation of it (wave 35)
    assert facts(reading, "speech_content") == {("Peru", "accuse", "Chile")}
    [violated] = by_rule(reading, "svo")  # Peru's claim, not the writer's
    assert violated.attributed_to is not None
    assert reading.entities.entity(violated.attributed_to).label == "Peru"


def test_a_letter_by_a_sender_says_what_the_sender_says() -> None:
    reading = read("""
    A          a          DET   DT  2 det      -
    letter     letter     NOUN  NN  11 nsubjpass -
    from       from       ADP   IN  2 prep     -
    Chile      Chile      PROPN NNP 3 pobj     GPE
    arguing    argue      VERB  VBG 2 acl      -
    Peru       Peru       PROPN NNP 7 nsubj    GPE
    broke      break      VERB  VBD 5 ccomp    -
    the        the        DET   DT  9 det      -
    treaty     treaty     NOUN  NN  7 dobj     -
    was        be         AUX   VBD 11 auxpass -
    published  publish    VERB  VBN 0 ROOT     -
    .          .          PUNCT .   11 punct   -
    """)
    # the content's own fact (Peru broke the treaty) is Chile's claim, and the breach Chile's accusation of
    # Peru (wave 35)
    assert facts(reading, "speech_content") == {("Chile", "accuse", "Peru")}
    [broke] = by_rule(reading, "svo")
    assert reading.entities.entity(broke.attributed_to).label == "Chile"


def test_words_of_praise_in_a_report_make_it_praise() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    tweeted    tweet      VERB  VBD 0 ROOT     -
    that       that       SCONJ IN  5 mark     -
    Peru       Peru       PROPN NNP 5 nsubj    GPE
    was        be         AUX   VBD 2 ccomp    -
    a          a          DET   DT  10 det     -
    brave      brave      ADJ   JJ  10 amod    -
    and        and        CCONJ CC  7 cc       -
    tireless   tireless   ADJ   JJ  7 conj     -
    ally       ally       NOUN  NN  5 attr     -
    .          .          PUNCT .   2 punct    -
    """)
    [praise] = by_rule(reading, "speech_content")
    assert (praise.predicate, praise.event_root) == ("praise", "05")


def test_a_clause_set_against_a_report_is_not_its_content() -> None:
    reading = read("""
    Reuters    Reuters    PROPN NNP 2 nsubj    ORG
    contacted  contact    VERB  VBD 7 ccomp    -
    Ivanov     Ivanov     PROPN NNP 2 dobj     PERSON
    ,          ,          PUNCT ,   7 punct    -
    however    however    ADV   RB  7 advmod   -
    Ivanov     Ivanov     PROPN NNP 7 nsubj    PERSON
    said       say        VERB  VBD 0 ROOT     -
    he         he         PRON  PRP 11 nsubj   -
    would      would      AUX   MD  11 aux     -
    not        not        PART  RB  11 neg     -
    comment    comment    VERB  VB  7 ccomp    -
    .          .          PUNCT .   7 punct    -
    """)
    assert facts(reading, "speech_content") == set()
    [contact] = by_rule(reading, "svo")
    assert contact.attributed_to is None  # the writer's narration, not Ivanov's words


def test_a_report_calling_a_move_counterproductive_criticises() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    said       say        VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 5 nsubj    GPE
    had        have       AUX   VBD 5 aux      -
    made       make       VERB  VBN 2 ccomp    -
    an         an         DET   DT  10 det     -
    inappropriate inappropriate ADJ JJ 10 amod  -
    and        and        CCONJ CC  7 cc       -
    counterproductive counterproductive ADJ JJ 7 conj -
    move       move       NOUN  NN  5 dobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert facts(reading, "speech_content") == {("Chile", "criticise", "Peru")}


def test_we_in_a_body_s_quotation_is_the_body() -> None:
    reading = read("""
    "          "          PUNCT ``  4 punct    -
    We         we         PRON  PRP 4 nsubj    -
    will       will       AUX   MD  4 aux      -
    sue        sue        VERB  VB  9 ccomp    -
    Peru       Peru       PROPN NNP 4 dobj     GPE
    ,          ,          PUNCT ,   4 punct    -
    "          "          PUNCT ''  4 punct    -
    Chile      Chile      PROPN NNP 9 nsubj    GPE
    said       say        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   9 punct    -
    """)
    assert facts(reading, "svo") == {("Chile", "sue", "Peru")}
    assert facts(reading, "quote_stance") == set()  # no edge from the speaker to its own "we"


def test_a_passive_calling_with_praise_is_the_agent_s_praise() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 3 nsubjpass GPE
    was        be         AUX   VBD 3 auxpass  -
    described  describe   VERB  VBN 0 ROOT     -
    by         by         ADP   IN  3 agent    -
    Chile      Chile      PROPN NNP 4 pobj     GPE
    as         as         ADP   IN  3 prep     -
    a          a          DET   DT  9 det      -
    brave      brave      ADJ   JJ  9 amod     -
    ally       ally       NOUN  NN  6 pobj     -
    .          .          PUNCT .   3 punct    -
    """)
    assert facts(reading, "evaluation") == {("Chile", "praise", "Peru")}
    assert facts(reading, "passive") == set()  # one edge, the praise, not a bare "describe" beside it
    plain = read("""
    Peru       Peru       PROPN NNP 3 nsubjpass GPE
    was        be         AUX   VBD 3 auxpass  -
    described  describe   VERB  VBN 0 ROOT     -
    by         by         ADP   IN  3 agent    -
    Chile      Chile      PROPN NNP 4 pobj     GPE
    as         as         ADP   IN  3 prep     -
    a          a          DET   DT  8 det      -
    neighbour  neighbour  NOUN  NN  6 pobj     -
    .          .          PUNCT .   3 punct    -
    """)
    assert facts(plain, "evaluation") == set()
    assert facts(plain, "passive") == {("Chile", "describe", "Peru")}


def test_what_is_discussed_with_an_outlet_is_an_interview_topic() -> None:
    def root(partner: str, label: str) -> str | None:
        reading = read(f"""
        Peru       Peru       PROPN NNP 2 nsubj    GPE
        discussed  discuss    VERB  VBD 0 ROOT     -
        Chile      Chile      PROPN NNP 2 dobj     GPE
        with       with       ADP   IN  2 prep     -
        {partner}  {partner}  PROPN NNP 4 pobj     {label}
        .          .          PUNCT .   2 punct    -
        """)
        [topic] = by_rule(reading, "svo")
        return topic.event_root

    assert root("Reuters", "ORG") == "01"  # an interview with a news agency
    assert root("Bolivia", "GPE") == "04"  # talks with a state consult it


def test_a_document_named_after_its_author_speaks_for_the_author() -> None:
    # "The Mercosur report says Chile broke the treaty."
    reading = read("""
    The        the        DET   DT  3 det      -
    Mercosur   Mercosur   PROPN NNP 3 compound ORG
    report     report     NOUN  NN  4 nsubj    -
    says       say        VERB  VBZ 0 ROOT     -
    Chile      Chile      PROPN NNP 6 nsubj    GPE
    broke      break      VERB  VBD 4 ccomp    -
    the        the        DET   DT  8 det      -
    treaty     treaty     NOUN  NN  6 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    [broke] = by_rule(reading, "svo")  # the report's claim, not the writer's
    assert broke.attributed_to is not None
    assert reading.entities.entity(broke.attributed_to).label == "Mercosur"


def test_a_document_its_author_names_does_not_stand_for_it_when_it_does_not_speak() -> None:
    # "Chile rejected the Mercosur report.": what is done to a document is not done to its author
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    rejected   reject     VERB  VBD 0 ROOT     -
    the        the        DET   DT  5 det      -
    Mercosur   Mercosur   PROPN NNP 5 compound ORG
    report     report     NOUN  NN  2 dobj     -
    .          .          PUNCT .   2 punct    -
    """)
    labels = {reading.entities.entity(r.object.entity_id).label for r in reading.relations}
    assert "Mercosur" not in labels

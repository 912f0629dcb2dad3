"""Whose officer a bare company title names, and the state a head takes from what he heads (wave 122,
engineer E). A chief executive titled bare after his own quotation that names another firm (a brand his
firm owns) is the officer of the story's own firm, the one its lead names and names most, not of the brand
he speaks of; so is a "new boss X" written bare in a story whose lead names one firm, named there far more
than any other body (the lenders it sues are no named body), and he takes its state. A former head of the
civil service ("Former civil service chief Lord X") held a state's office, in the story's state. A body
named as a state's own ("National Revenue Board") is of the state of the head the text places. Parsed by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

OWNED_BRAND = """
    Profits        profit         NOUN  NNS  9   nsubj     -
    at             at             ADP   IN   1   prep      -
    the            the            DET   DT   6   det       -
    Swiss          swiss          ADJ   JJ   6   amod      NORP
    drugs          drug           NOUN  NNS  6   compound  -
    group          group          NOUN  NN   8   compound  -
    Ferrona        Ferrona        PROPN NNP  8   compound  ORG
    Holdings       Holdings       PROPN NNPS 2   pobj      I-ORG
    rose           rise           VERB  VBD  0   ROOT      -
    in             in             ADP   IN   9   prep      -
    2004           2004           NUM   CD   10  pobj      DATE
    .              .              PUNCT .    9   punct     -
    Ferrona        Ferrona        PROPN NNP  14  compound  ORG
    Holdings       Holdings       PROPN NNPS 15  nsubj     I-ORG
    said           say            VERB  VBD  0   ROOT      -
    sales          sale           NOUN  NNS  17  nsubj     -
    grew           grow           VERB  VBD  15  ccomp     -
    in             in             ADP   IN   17  prep      -
    Asia           Asia           PROPN NNP  18  pobj      LOC
    .              .              PUNCT .    15  punct     -
    Ferrona        Ferrona        PROPN NNP  22  compound  ORG
    Holdings       Holdings       PROPN NNPS 24  nsubj     I-ORG
    will           will           AUX   MD   24  aux       -
    buy            buy            VERB  VB   0   ROOT      -
    back           back           ADV   RB   24  advmod    -
    shares         share          NOUN  NNS  24  dobj      -
    .              .              PUNCT .    24  punct     -
    Doubts         doubt          NOUN  NNS  29  nsubj     -
    remain         remain         VERB  VBP  0   ROOT      -
    over           over           ADP   IN   29  prep      -
    Vallora        Vallora        PROPN NNP  30  pobj      ORG
    ,              ,              PUNCT ,    31  punct     -
    the            the            DET   DT   36  det       -
    French         french         ADJ   JJ   36  amod      NORP
    cosmetics      cosmetic       NOUN  NNS  36  compound  -
    firm           firm           NOUN  NN   31  appos     -
    owned          own            VERB  VBN  36  acl       -
    by             by             ADP   IN   37  agent     -
    Ferrona        Ferrona        PROPN NNP  40  compound  ORG
    Holdings       Holdings       PROPN NNPS 38  pobj      I-ORG
    .              .              PUNCT .    29  punct     -
    "              "              PUNCT ``   47  punct     -
    A              a              DET   DT   44  det       -
    buyer          buyer          NOUN  NN   47  nsubj     -
    for            for            ADP   IN   44  prep      -
    Vallora        Vallora        PROPN NNP  45  pobj      ORG
    is             be             AUX   VBZ  56  ccomp     -
    still          still          ADV   RB   47  advmod    -
    possible       possible       ADJ   JJ   47  acomp     -
    ,              ,              PUNCT ,    56  punct     -
    "              "              PUNCT ''   56  punct     -
    chief          chief          ADJ   JJ   53  amod      -
    executive      executive      NOUN  NN   55  compound  -
    Urs            Urs            PROPN NNP  55  compound  PERSON
    Brandli        Brandli        PROPN NNP  56  nsubj     I-PERSON
    said           say            VERB  VBD  0   ROOT      -
    .              .              PUNCT .    56  punct     -
"""

# a bare "new boss X" in a later sentence of a story the lead gives to one firm, named there and most
STORY_OF_ONE_FIRM = """
    Kestrana       Kestrana       PROPN NNP  8   nsubj     ORG
    ,              ,              PUNCT ,    1   punct     -
    the            the            DET   DT   5   det       -
    Danish         danish         ADJ   JJ   5   amod      NORP
    brewer         brewer         NOUN  NN   1   appos     -
    ,              ,              PUNCT ,    1   punct     -
    has            have           AUX   VBZ  8   aux       -
    sued           sue            VERB  VBN  0   ROOT      -
    20             20             NUM   CD   10  nummod    CARDINAL
    banks          bank           NOUN  NNS  8   dobj      -
    over           over           ADP   IN   8   prep      -
    the            the            DET   DT   13  det       -
    collapse       collapse       NOUN  NN   11  pobj      -
    .              .              PUNCT .    8   punct     -
    The            the            DET   DT   16  det       -
    firm           firm           NOUN  NN   17  nsubj     -
    went           go             VERB  VBD  0   ROOT      -
    bust           bust           ADJ   JJ   17  acomp     -
    in             in             ADP   IN   17  prep      -
    2003           2003           NUM   CD   19  pobj      DATE
    ,              ,              PUNCT ,    17  punct     -
    and            and            CCONJ CC   17  cc        -
    new            new            ADJ   JJ   24  amod      -
    boss           boss           NOUN  NN   26  compound  -
    Henrik         Henrik         PROPN NNP  26  compound  PERSON
    Moldvang       Moldvang       PROPN NNP  29  nsubj     I-PERSON
    has            have           AUX   VBZ  29  aux       -
    already        already        ADV   RB   29  advmod    -
    sued           sue            VERB  VBN  17  conj      -
    several        several        ADJ   JJ   31  amod      -
    lenders        lender         NOUN  NNS  29  dobj      -
    .              .              PUNCT .    29  punct     -
    Kestrana       Kestrana       PROPN NNP  34  nsubj     ORG
    said           say            VERB  VBD  0   ROOT      -
    it             it             PRON  PRP  37  nsubj     -
    would          would          AUX   MD   37  aux       -
    sue            sue            VERB  VB   34  ccomp     -
    more           more           ADJ   JJR  39  amod      -
    banks          bank           NOUN  NNS  37  dobj      -
    .              .              PUNCT .    34  punct     -
    Among          among          ADP   IN   43  prep      -
    them           they           PRON  PRP  41  pobj      -
    are            be             AUX   VBP  0   ROOT      -
    Barclays       Barclays       PROPN NNPS 43  nsubj     ORG
    and            and            CCONJ CC   44  cc        -
    Nordea         Nordea         PROPN NNP  44  conj      ORG
    .              .              PUNCT .    43  punct     -
    Kestrana       Kestrana       PROPN NNP  49  nsubj     ORG
    entered        enter          VERB  VBD  0   ROOT      -
    bankruptcy     bankruptcy     NOUN  NN   49  dobj      -
    in             in             ADP   IN   49  prep      -
    2003           2003           NUM   CD   51  pobj      DATE
    .              .              PUNCT .    49  punct     -
"""


def test_a_brand_named_in_his_own_quotation_is_not_whose_officer_he_is() -> None:
    reading = read(OWNED_BRAND)
    assert country_of(reading, "Urs Brandli") == "CHE"
    triples = read_triples(OWNED_BRAND)
    assert ("Urs Brandli", "chief executive of", "Ferrona Holdings") in triples
    assert ("Urs Brandli", "chief executive of", "Vallora") not in triples


def test_a_bare_boss_in_the_story_of_one_firm_heads_it_and_takes_its_state() -> None:
    reading = read(STORY_OF_ONE_FIRM)
    assert ("Henrik Moldvang", "boss of", "Kestrana") in read_triples(STORY_OF_ONE_FIRM)
    assert country_of(reading, "Henrik Moldvang") == "DNK"


# "president X": a state's office, written bare, is no office of the story's own body
BARE_PRESIDENT = """
    The            the            DET   DT   3   det       ORG
    Orvik          Orvik          PROPN NNP  3   compound  I-ORG
    Foundation     Foundation     PROPN NNP  5   nsubj     I-ORG
    has            have           AUX   VBZ  5   aux       -
    closed         close          VERB  VBN  0   ROOT      -
    its            its            PRON  PRP$ 7   poss      -
    office         office         NOUN  NN   5   dobj      -
    in             in             ADP   IN   7   prep      -
    Kazakhstan     Kazakhstan     PROPN NNP  8   pobj      GPE
    .              .              PUNCT .    5   punct     -
    The            the            DET   DT   13  det       ORG
    Orvik          Orvik          PROPN NNP  13  compound  I-ORG
    Foundation     Foundation     PROPN NNP  14  nsubj     I-ORG
    said           say            VERB  VBD  0   ROOT      -
    it             it             PRON  PRP  17  nsubjpass -
    was            be             AUX   VBD  17  auxpass   -
    forced         force          VERB  VBN  14  ccomp     -
    out            out            ADP   RP   17  prt       -
    .              .              PUNCT .    14  punct     -
    The            the            DET   DT   22  det       ORG
    Orvik          Orvik          PROPN NNP  22  compound  I-ORG
    Foundation     Foundation     PROPN NNP  23  nsubj     I-ORG
    works          work           VERB  VBZ  0   ROOT      -
    with           with           ADP   IN   23  prep      -
    Oxfam          Oxfam          PROPN NNP  24  pobj      LOC
    .              .              PUNCT .    23  punct     -
    The            the            DET   DT   28  det       -
    closure        closure        NOUN  NN   30  nsubjpass -
    was            be             AUX   VBD  30  auxpass   -
    ordered        order          VERB  VBN  0   ROOT      -
    by             by             ADP   IN   30  agent     -
    president      president      PROPN NNP  34  compound  -
    Arman          Arman          PROPN NNP  34  compound  PERSON
    Seitkali       Seitkali       PROPN NNP  31  pobj      I-PERSON
    .              .              PUNCT .    30  punct     -
"""


def test_a_bare_state_title_is_not_the_main_bodys_office() -> None:
    assert ("Arman Seitkali", "president of", "Orvik Foundation") not in read_triples(BARE_PRESIDENT)


# the head of a state's civil service, formerly, in a story of that state
FORMER_CIVIL_SERVICE_CHIEF = """
    Former         former         ADJ   JJ   4   amod      -
    civil          civil          ADJ   JJ   3   amod      -
    service        service        NOUN  NN   4   compound  -
    chief          chief          NOUN  NN   6   compound  -
    Lord           Lord           PROPN NNP  6   compound  -
    Hambleden      Hambleden      PROPN NNP  8   nsubj     PERSON
    has            have           AUX   VBZ  8   aux       -
    attacked       attack         VERB  VBN  0   ROOT      -
    Gordon         Gordon         PROPN NNP  10  compound  PERSON
    Brown          Brown          PROPN NNP  12  poss      I-PERSON
    's             's             PART  POS  10  case      I-PERSON
    style          style          NOUN  NN   8   dobj      -
    of             of             ADP   IN   12  prep      -
    government     government     NOUN  NN   13  pobj      -
    .              .              PUNCT .    8   punct     -
    Tory           tory           NOUN  NN   17  compound  NORP
    leader         leader         NOUN  NN   19  compound  -
    David          David          PROPN NNP  19  compound  PERSON
    Cameron        Cameron        PROPN NNP  20  nsubj     I-PERSON
    called         call           VERB  VBD  0   ROOT      -
    the            the            DET   DT   22  det       -
    remarks        remark         NOUN  NNS  20  dobj      -
    damaging       damaging       ADJ   JJ   20  oprd      -
    .              .              PUNCT .    20  punct     -
    The            the            DET   DT   26  det       -
    Times          Times          PROPN NNP  27  nsubj     ORG
    printed        print          VERB  VBD  0   ROOT      -
    the            the            DET   DT   29  det       -
    interview      interview      NOUN  NN   27  dobj      -
    in             in             ADP   IN   29  prep      -
    London         London         PROPN NNP  30  pobj      GPE
    .              .              PUNCT .    27  punct     -
"""


def test_a_former_civil_service_chief_is_of_the_storys_state() -> None:
    reading = read(FORMER_CIVIL_SERVICE_CHIEF)
    assert country_of(reading, "Hambleden") == "GBR"
    office = ("Hambleden", "former civil service chief of", "United Kingdom")
    assert office in read_triples(FORMER_CIVIL_SERVICE_CHIEF)


# a body named as a state's own ("National ...") whose head the text places: of his state
NATIONAL_BODY_HEAD = """
    Exports        export         NOUN  NNS  4   nsubj     -
    from           from           ADP   IN   1   prep      -
    Kenya          Kenya          PROPN NNP  2   pobj      GPE
    rose           rise           VERB  VBD  0   ROOT      -
    by             by             ADP   IN   4   prep      -
    9              9              NUM   CD   7   nummod    PERCENT
    %              %              NOUN  NN   5   pobj      I-PERCENT
    in             in             ADP   IN   4   prep      -
    2004           2004           NUM   CD   8   pobj      DATE
    .              .              PUNCT .    4   punct     -
    Kenyan         kenyan         ADJ   JJ   12  amod      NORP
    official       official       NOUN  NN   14  compound  -
    Samuel         Samuel         PROPN NNP  14  compound  PERSON
    Otieno         Otieno         PROPN NNP  23  nsubj     I-PERSON
    ,              ,              PUNCT ,    14  punct     -
    head           head           NOUN  NN   14  appos     -
    of             of             ADP   IN   16  prep      -
    the            the            DET   DT   21  det       ORG
    National       National       PROPN NNP  20  compound  I-ORG
    Revenue        Revenue        PROPN NNP  21  compound  I-ORG
    Board          Board          PROPN NNP  17  pobj      I-ORG
    ,              ,              PUNCT ,    14  punct     -
    said           say            VERB  VBD  0   ROOT      -
    tax            tax            NOUN  NN   25  compound  -
    receipts       receipt        NOUN  NNS  26  nsubj     -
    grew           grow           VERB  VBD  23  ccomp     -
    too            too            ADV   RB   26  advmod    -
    .              .              PUNCT .    23  punct     -
    Uganda         Uganda         PROPN NNP  30  nsubj     GPE
    disputed       dispute        VERB  VBD  0   ROOT      -
    the            the            DET   DT   32  det       -
    figures        figure         NOUN  NNS  30  dobj      -
    .              .              PUNCT .    30  punct     -
    Tanzania       Tanzania       PROPN NNP  35  nsubj     GPE
    made           make           VERB  VBD  0   ROOT      -
    no             no             DET   DT   37  det       -
    comment        comment        NOUN  NN   35  dobj      -
    .              .              PUNCT .    35  punct     -
"""


def test_a_national_body_is_of_its_placed_heads_state() -> None:
    reading = read(NATIONAL_BODY_HEAD)
    assert country_of(reading, "Samuel Otieno") == "KEN"
    assert country_of(reading, "National Revenue Board") == "KEN"

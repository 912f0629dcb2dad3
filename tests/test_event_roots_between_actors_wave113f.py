"""Wave 113 F: CAMEO roots of protests, support, suits and closures between actors (cameo.tsv wave 113 F
rows; words.tsv protested_preps; frame.Clause.code_of; objects.verb_arguments). Legal action taken against
someone is a suit (115); support given to a person is an endorsement (051), also where a participle hangs
it on the noun ("the support given to X by Y"); arguing against a bid disapproves (11); pelting someone is
a violent protest (145); a deed done "in protest at" X protests against X (a hunger strike 142); a body
shutting its office in a place reduces relations (16); travellers stopped at the airport are restricted
(17); facilities put at a state's disposal are economic cooperation (061). The sentences are ours and
their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import codes_between

# "Acme took legal action against Chile."
LEGAL_ACTION = """
Acme     Acme     PROPN NNP  2  nsubj     ORG
took     take     VERB  VBD  0  ROOT      -
legal    legal    ADJ   JJ   4  amod      -
action   action   NOUN  NN   2  dobj      -
against  against  ADP   IN   4  prep      -
Chile    Chile    PROPN NNP  5  pobj      GPE
.        .        PUNCT .    2  punct     -
"""

# "Acme is suing the Chilean government for $4bn."
SUING_GOVERNMENT = """
Acme        Acme        PROPN NNP  3  nsubj     ORG
is          be          AUX   VBZ  3  aux       -
suing       sue         VERB  VBG  0  ROOT      -
the         the         DET   DT   6  det       -
Chilean     chilean     ADJ   JJ   6  amod      NORP
government  government  NOUN  NN   3  dobj      -
for         for         ADP   IN   3  prep      -
$           $           SYM   $    9  nmod      -
4bn         4bn         NOUN  NN   7  pobj      MONEY
.           .           PUNCT .    3  punct     -
"""

# "Zenith gave its support to Jean Dupont."
GAVE_SUPPORT = """
Zenith   Zenith   PROPN NNP  2  nsubj     ORG
gave     give     VERB  VBD  0  ROOT      -
its      its      PRON  PRP$ 4  poss      -
support  support  NOUN  NN   2  dobj      -
to       to       ADP   IN   2  dative    -
Jean     Jean     PROPN NNP  7  compound  PERSON
Dupont   Dupont   PROPN NNP  5  pobj      I-PERSON
.        .        PUNCT .    2  punct     -
"""

# "The support given to Jean Dupont by Zenith was clear."
SUPPORT_GIVEN = """
The      the      DET   DT   2  det       -
support  support  NOUN  NN   9  nsubj     -
given    give     VERB  VBN  2  acl       -
to       to       ADP   IN   3  dative    -
Jean     Jean     PROPN NNP  6  compound  PERSON
Dupont   Dupont   PROPN NNP  4  pobj      I-PERSON
by       by       ADP   IN   3  agent     -
Zenith   Zenith   PROPN NNP  7  pobj      ORG
was      be       AUX   VBD  0  ROOT      -
clear    clear    ADJ   JJ   9  acomp     -
.        .        PUNCT .    9  punct     -
"""

# "Peru gave support to Bolivia." (support given to a state may be aid: stays 07)
GAVE_STATE_SUPPORT = """
Peru     Peru     PROPN NNP  2  nsubj     GPE
gave     give     VERB  VBD  0  ROOT      -
support  support  NOUN  NN   2  dobj      -
to       to       ADP   IN   2  dative    -
Bolivia  Bolivia  PROPN NNP  4  pobj      GPE
.        .        PUNCT .    2  punct     -
"""

# "Sony argued against Toshiba's bid."
ARGUED_AGAINST = """
Sony     Sony     PROPN NNP  2  nsubj     ORG
argued   argue    VERB  VBD  0  ROOT      -
against  against  ADP   IN   2  prep      -
Toshiba  Toshiba  PROPN NNP  6  poss      ORG
's       's       PART  POS  4  case      -
bid      bid      NOUN  NN   3  pobj      -
.        .        PUNCT .    2  punct     -
"""

# "Students pelted Senator Ruiz with eggs."
PELTED = """
Students  student  NOUN  NNS  2  nsubj     -
pelted    pelt     VERB  VBD  0  ROOT      -
Senator   Senator  PROPN NNP  4  compound  -
Ruiz      Ruiz     PROPN NNP  2  dobj      PERSON
with      with     ADP   IN   2  prep      -
eggs      egg      NOUN  NNS  5  pobj      -
.         .        PUNCT .    2  punct     -
"""

# "Ivan Petrov went on hunger strike in protest at the Chilean government's decision."
HUNGER_STRIKE_AT = """
Ivan        Ivan        PROPN NNP  2  compound  PERSON
Petrov      Petrov      PROPN NNP  3  nsubj     I-PERSON
went        go          VERB  VBD  0  ROOT      -
on          on          ADP   IN   3  prep      -
hunger      hunger      NOUN  NN   6  compound  -
strike      strike      NOUN  NN   4  pobj      -
in          in          ADP   IN   3  prep      -
protest     protest     NOUN  NN   7  pobj      -
at          at          ADP   IN   3  prep      -
the         the         DET   DT   12 det       -
Chilean     chilean     ADJ   JJ   12 amod      NORP
government  government  NOUN  NN   14 poss      -
's          's          PART  POS  12 case      -
decision    decision    NOUN  NN   9  pobj      -
.           .           PUNCT .    3  punct     -
"""

# "Ivan Petrov walked to Lima in protest at Chile's decision." (no hunger strike: a protest, 140)
WALKED_IN_PROTEST = """
Ivan      Ivan      PROPN NNP  2  compound  PERSON
Petrov    Petrov    PROPN NNP  3  nsubj     I-PERSON
walked    walk      VERB  VBD  0  ROOT      -
to        to        ADP   IN   3  prep      -
Lima      Lima      PROPN NNP  4  pobj      GPE
in        in        ADP   IN   3  prep      -
protest   protest   NOUN  NN   6  pobj      -
at        at        ADP   IN   3  prep      -
Chile     Chile     PROPN NNP  11 poss      GPE
's        's        PART  POS  9  case      -
decision  decision  NOUN  NN   8  pobj      -
.         .         PUNCT .    3  punct     -
"""

# "The Ford Foundation shut its office in Lima."
SHUT_OFFICE = """
The         the         DET   DT   3  det       -
Ford        Ford        PROPN NNP  3  compound  ORG
Foundation  Foundation  PROPN NNP  4  nsubj     I-ORG
shut        shut        VERB  VBD  0  ROOT      -
its         its         PRON  PRP$ 6  poss      -
office      office      NOUN  NN   4  dobj      -
in          in          ADP   IN   4  prep      -
Lima        Lima        PROPN NNP  7  pobj      GPE
.           .           PUNCT .    4  punct     -
"""

# "Chile stopped Jean Dupont at the airport."
STOPPED_AT_AIRPORT = """
Chile      Chile     PROPN NNP  2  nsubj     GPE
stopped    stop      VERB  VBD  0  ROOT      -
Jean       Jean      PROPN NNP  4  compound  PERSON
Dupont     Dupont    PROPN NNP  2  dobj      I-PERSON
at         at        ADP   IN   2  prep      -
the        the       DET   DT   7  det       -
airport    airport   NOUN  NN   5  pobj      -
.          .         PUNCT .    2  punct     -
"""

# "Peru put its ports at Bolivia's disposal."
AT_DISPOSAL = """
Peru      Peru      PROPN NNP  2  nsubj     GPE
put       put       VERB  VBD  0  ROOT      -
its       its       PRON  PRP$ 4  poss      -
ports     port      NOUN  NNS  2  dobj      -
at        at        ADP   IN   2  prep      -
Bolivia   Bolivia   PROPN NNP  8  poss      GPE
's        's        PART  POS  6  case      -
disposal  disposal  NOUN  NN   5  pobj      -
.         .         PUNCT .    2  punct     -
"""

# "Chinese firms will operate oil fields in Peru."
OPERATE_FIELDS = """
Chinese  chinese  ADJ   JJ   2  amod      NORP
firms    firm     NOUN  NNS  4  nsubj     -
will     will     AUX   MD   4  aux       -
operate  operate  VERB  VB   0  ROOT      -
oil      oil      NOUN  NN   6  compound  -
fields   field    NOUN  NNS  4  dobj      -
in       in       ADP   IN   4  prep      -
Peru     Peru     PROPN NNP  7  pobj      GPE
.        .        PUNCT .    4  punct     -
"""


def test_legal_action_against_a_state_is_a_suit() -> None:
    assert codes_between(LEGAL_ACTION, "Acme", "Chile") == {"115"}


def test_suing_a_government_is_a_suit_against_its_state() -> None:
    # Guard (no change): the suit of a firm against "the Chilean government" is against Chile (115)
    assert codes_between(SUING_GOVERNMENT, "Acme", "Chile") == {"115"}


def test_support_given_to_a_person_is_an_endorsement() -> None:
    assert codes_between(GAVE_SUPPORT, "Zenith", "Jean Dupont") == {"051"}
    assert codes_between(GAVE_STATE_SUPPORT, "Peru", "Bolivia") == {"070"}


def test_a_participle_to_phrase_leaves_the_noun_it_describes_its_object() -> None:
    # the parser calls the "to" a dative: a preposition still, so "support" is what "given" acts on
    assert codes_between(SUPPORT_GIVEN, "Zenith", "Jean Dupont") == {"051"}


def test_arguing_against_a_bid_is_disapproval() -> None:
    assert codes_between(ARGUED_AGAINST, "Sony", "Toshiba") == {"110"}


def test_pelting_someone_is_a_violent_protest() -> None:
    assert codes_between(PELTED, "students", "Ruiz") == {"145"}


def test_a_deed_in_protest_at_something_protests_against_its_owner() -> None:
    assert codes_between(HUNGER_STRIKE_AT, "Ivan Petrov", "Chile") == {"142"}
    assert codes_between(WALKED_IN_PROTEST, "Ivan Petrov", "Chile") == {"140"}
    assert codes_between(WALKED_IN_PROTEST, "Ivan Petrov", "Lima") == {None}


def test_shutting_an_office_in_a_place_reduces_relations() -> None:
    assert codes_between(SHUT_OFFICE, "Ford Foundation", "Lima") == {"160"}


def test_travellers_stopped_at_the_airport_are_restricted() -> None:
    assert codes_between(STOPPED_AT_AIRPORT, "Chile", "Jean Dupont") == {"172"}


def test_facilities_put_at_a_states_disposal_are_cooperation() -> None:
    assert codes_between(AT_DISPOSAL, "Peru", "Bolivia") == {"061"}


def test_operating_oil_fields_in_a_state_is_no_event_with_it() -> None:
    # Guard (no change): firms running fields in a place do business there; the place is where, not a
    # partner acted on, so CAMEO has no code for it (the deal that lets them is coded by its own words).
    assert codes_between(OPERATE_FIELDS, "Chinese businesses", "Peru") == {None}

"""Wave 117 F: CAMEO roots of investigations, court rulings and persons handed back (cameo.tsv wave 117 F
rows). The police questioning ("quizzing") anyone investigates a crime (091), another organ of a state
questioning persons counted by their people investigates (090); evidence gathered against someone and a
case referred to prosecutors or the police are inquiries (090). A court overruling a government, or
striking down (overturning, quashing) a party's law, rejects it (120); an injunction granted or issued
against a party rejects that party, and the party it is granted to is given no aid. A person (or persons
counted by their people) handed back or returned is released (0841); a state handing back land returns it
(084), and voters returning someone to power release nobody. The sentences are ours and their parses are
written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import codes_between

# "Belgian police questioned four Moroccans."
POLICE_QUESTIONED_PEOPLE = """
Belgian     belgian     ADJ   JJ   2  amod      NORP
police      police      NOUN  NNS  3  nsubj     -
questioned  question    VERB  VBD  0  ROOT      -
four        four        NUM   CD   5  nummod    CARDINAL
Moroccans   Moroccans   PROPN NNPS 3  dobj      NORP
.           .           PUNCT .    3  punct     -
"""

# "Four Moroccans were questioned by Belgian police."
QUESTIONED_BY_POLICE = """
Four        four        NUM   CD   2  nummod    CARDINAL
Moroccans   Moroccans   PROPN NNPS 4  nsubjpass NORP
were        be          AUX   VBD  4  auxpass   -
questioned  question    VERB  VBN  0  ROOT      -
by          by          ADP   IN   4  agent     -
Belgian     belgian     ADJ   JJ   7  amod      NORP
police      police      NOUN  NNS  5  pobj      -
.           .           PUNCT .    4  punct     -
"""

# "Norwegian prosecutors gathered evidence against Lars Vik."
EVIDENCE_GATHERED = """
Norwegian   norwegian   ADJ   JJ   2  amod      NORP
prosecutors prosecutor  NOUN  NNS  3  nsubj     -
gathered    gather      VERB  VBD  0  ROOT      -
evidence    evidence    NOUN  NN   3  dobj      -
against     against     ADP   IN   4  prep      -
Lars        Lars        PROPN NNP  7  compound  PERSON
Vik         Vik         PROPN NNP  5  pobj      I-PERSON
.           .           PUNCT .    3  punct     -
"""

# "Finansinspektionen referred the case to Swedish prosecutors."
CASE_REFERRED = """
Finansinspektionen Finansinspektionen PROPN NNP 2 nsubj  ORG
referred    refer       VERB  VBD  0  ROOT      -
the         the         DET   DT   4  det       -
case        case        NOUN  NN   2  dobj      -
to          to          ADP   IN   2  prep      -
Swedish     swedish     ADJ   JJ   7  amod      NORP
prosecutors prosecutor  NOUN  NNS  5  pobj      -
.           .           PUNCT .    2  punct     -
"""

# "The Supreme Court overruled Chile on Monday."
COURT_OVERRULED = """
The         the         DET   DT   3  det       ORG
Supreme     Supreme     PROPN NNP  3  compound  I-ORG
Court       Court       PROPN NNP  4  nsubj     I-ORG
overruled   overrule    VERB  VBD  0  ROOT      -
Chile       Chile       PROPN NNP  4  dobj      GPE
on          on          ADP   IN   4  prep      -
Monday      Monday      PROPN NNP  6  pobj      DATE
.           .           PUNCT .    4  punct     -
"""

# "The Supreme Court struck down Ontario's law."
LAW_STRUCK_DOWN = """
The         the         DET   DT   3  det       ORG
Supreme     Supreme     PROPN NNP  3  compound  I-ORG
Court       Court       PROPN NNP  4  nsubj     I-ORG
struck      strike      VERB  VBD  0  ROOT      -
down        down        ADP   RP   4  prt       -
Ontario     Ontario     PROPN NNP  8  poss      GPE
's          's          PART  POS  6  case      -
law         law         NOUN  NN   4  dobj      -
.           .           PUNCT .    4  punct     -
"""

# "The High Court granted Kestrel an injunction against Vantor."
INJUNCTION_GRANTED = """
The         the         DET   DT   3  det       ORG
High        High        PROPN NNP  3  compound  I-ORG
Court       Court       PROPN NNP  4  nsubj     I-ORG
granted     grant       VERB  VBD  0  ROOT      -
Kestrel     Kestrel     PROPN NNP  4  dative    ORG
an          an          DET   DT   7  det       -
injunction  injunction  NOUN  NN   4  dobj      -
against     against     ADP   IN   7  prep      -
Vantor      Vantor      PROPN NNP  8  pobj      ORG
.           .           PUNCT .    4  punct     -
"""

# "Syria handed back Ali Demir to Turkey."
PERSON_HANDED_BACK = """
Syria       Syria       PROPN NNP  2  nsubj     GPE
handed      hand        VERB  VBD  0  ROOT      -
back        back        ADP   RP   2  prt       -
Ali         Ali         PROPN NNP  5  compound  PERSON
Demir       Demir       PROPN NNP  2  dobj      I-PERSON
to          to          ADP   IN   2  prep      -
Turkey      Turkey      PROPN NNP  6  pobj      GPE
.           .           PUNCT .    2  punct     -
"""

# "Syria handed back the island to Turkey."
LAND_HANDED_BACK = """
Syria       Syria       PROPN NNP  2  nsubj     GPE
handed      hand        VERB  VBD  0  ROOT      -
back        back        ADP   RP   2  prt       -
the         the         DET   DT   5  det       -
island      island      NOUN  NN   2  dobj      -
to          to          ADP   IN   2  prep      -
Turkey      Turkey      PROPN NNP  6  pobj      GPE
.           .           PUNCT .    2  punct     -
"""

# "Jordan returned three Saudis to Saudi Arabia."
PEOPLE_RETURNED = """
Jordan      Jordan      PROPN NNP  2  nsubj     GPE
returned    return      VERB  VBD  0  ROOT      -
three       three       NUM   CD   4  nummod    CARDINAL
Saudis      Saudis      PROPN NNPS 2  dobj      NORP
to          to          ADP   IN   2  prep      -
Saudi       Saudi       PROPN NNP  7  compound  GPE
Arabia      Arabia      PROPN NNP  5  pobj      I-GPE
.           .           PUNCT .    2  punct     -
"""

# "Voters returned Ana Reis to power."
RETURNED_TO_POWER = """
Voters      voter       NOUN  NNS  2  nsubj     -
returned    return      VERB  VBD  0  ROOT      -
Ana         Ana         PROPN NNP  4  compound  PERSON
Reis        Reis        PROPN NNP  2  dobj      I-PERSON
to          to          ADP   IN   2  prep      -
power       power       NOUN  NN   5  pobj      -
.           .           PUNCT .    2  punct     -
"""


# "Two Danes were quizzed by Belgian police."
QUIZZED_BY_POLICE = """
Two         two         NUM   CD   2  nummod    CARDINAL
Danes       Danes       PROPN NNPS 4  nsubjpass NORP
were        be          AUX   VBD  4  auxpass   -
quizzed     quiz        VERB  VBN  0  ROOT      -
by          by          ADP   IN   4  agent     -
Belgian     belgian     ADJ   JJ   7  amod      NORP
police      police      NOUN  NNS  5  pobj      -
.           .           PUNCT .    4  punct     -
"""

# "The Supreme Court overturned Ontario's ban."
BAN_OVERTURNED = """
The         the         DET   DT   3  det       ORG
Supreme     Supreme     PROPN NNP  3  compound  I-ORG
Court       Court       PROPN NNP  4  nsubj     I-ORG
overturned  overturn    VERB  VBD  0  ROOT      -
Ontario     Ontario     PROPN NNP  7  poss      GPE
's          's          PART  POS  5  case      -
ban         ban         NOUN  NN   4  dobj      -
.           .           PUNCT .    4  punct     -
"""

# "The High Court issued an injunction against Vantor."
INJUNCTION_ISSUED = """
The         the         DET   DT   3  det       ORG
High        High        PROPN NNP  3  compound  I-ORG
Court       Court       PROPN NNP  4  nsubj     I-ORG
issued      issue       VERB  VBD  0  ROOT      -
an          an          DET   DT   6  det       -
injunction  injunction  NOUN  NN   4  dobj      -
against     against     ADP   IN   6  prep      -
Vantor      Vantor      PROPN NNP  7  pobj      ORG
.           .           PUNCT .    4  punct     -
"""


def test_police_questioning_people_investigate_a_crime() -> None:
    assert codes_between(POLICE_QUESTIONED_PEOPLE, "Belgian police", "Moroccan citizens") == {"091"}


def test_people_questioned_by_police_are_investigated() -> None:
    assert codes_between(QUESTIONED_BY_POLICE, "Belgian police", "Moroccan citizens") == {"091"}


def test_evidence_gathered_against_a_person_is_an_inquiry() -> None:
    assert codes_between(EVIDENCE_GATHERED, "Norwegian prosecutors", "Lars Vik") == {"090"}


def test_case_referred_to_prosecutors_is_an_inquiry() -> None:
    assert codes_between(CASE_REFERRED, "Finansinspektionen", "Swedish prosecutors") == {"090"}


def test_court_overruling_a_state_rejects_it() -> None:
    assert codes_between(COURT_OVERRULED, "Supreme Court", "Chile") == {"120"}


def test_law_struck_down_rejects_its_owner() -> None:
    assert codes_between(LAW_STRUCK_DOWN, "Supreme Court", "Ontario") == {"120"}


def test_injunction_rejects_whom_it_is_against_and_aids_nobody() -> None:
    assert codes_between(INJUNCTION_GRANTED, "High Court", "Vantor") == {"120"}
    assert codes_between(INJUNCTION_GRANTED, "High Court", "Kestrel") == {None}


def test_person_handed_back_is_released() -> None:
    assert codes_between(PERSON_HANDED_BACK, "Syria", "Ali Demir") == {"0841"}


def test_land_handed_back_is_returned() -> None:
    assert codes_between(LAND_HANDED_BACK, "Syria", "Turkey") == {"084"}


def test_people_returned_are_released() -> None:
    assert codes_between(PEOPLE_RETURNED, "Jordan", "Saudi citizens") == {"0841"}


def test_returned_to_power_releases_nobody() -> None:
    assert codes_between(RETURNED_TO_POWER, "voters", "Ana Reis") == {None}


def test_people_quizzed_by_police_are_investigated() -> None:
    assert codes_between(QUIZZED_BY_POLICE, "Belgian police", "Danish citizens") == {"091"}


def test_ban_overturned_rejects_its_owner() -> None:
    assert codes_between(BAN_OVERTURNED, "Supreme Court", "Ontario") == {"120"}


def test_injunction_issued_rejects_whom_it_is_against() -> None:
    assert codes_between(INJUNCTION_ISSUED, "High Court", "Vantor") == {"120"}

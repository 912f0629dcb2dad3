"""Wave 117 G: a person held, interned, taken into custody or to a prison, sent to one, kept in custody,
captured or seized by a state or its organ is detained (CAMEO 173), not fought (19) nor left with no event,
and so is a state's custody where it holds; talks held, a town held, a person held liable, refugees moved
to a camp stay as they were; people questioned by the police are investigated (091); a person freed is
released (0841), a report released is made public (010). Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import codes_between

HELD_BY_A_STATE = """
Lena    Lena    PROPN NNP 2  compound  PERSON
Varga   Varga   PROPN NNP 5  nsubjpass I-PERSON
has     have    AUX   VBZ 5  aux       -
been    be      AUX   VBN 5  auxpass   -
held    hold    VERB  VBN 0  ROOT      -
by      by      ADP   IN  5  agent     -
Hungary Hungary PROPN NNP 6  pobj      GPE
for     for     ADP   IN  5  prep      -
two     two     NUM   CD  10 nummod    DATE
years   year    NOUN  NNS 8  pobj      I-DATE
.       .       PUNCT .   5  punct     -
"""

HELD_WITHOUT_CHARGE = """
Lena     Lena     PROPN NNP 2 compound  PERSON
Varga    Varga    PROPN NNP 4 nsubjpass I-PERSON
was      be       AUX   VBD 4 auxpass   -
held     hold     VERB  VBN 0 ROOT      -
without  without  ADP   IN  4 prep      -
charge   charge   NOUN  NN  5 pobj      -
in       in       ADP   IN  6 prep      -
Belgrade Belgrade PROPN NNP 7 pobj      GPE
.        .        PUNCT .   4 punct     -
"""

HELD_IN_CUSTODY = """
Kosovar Kosovar PROPN NNP 2 compound ORG
rebels  rebel   NOUN  NNS 3 nsubj    I-ORG
held    hold    VERB  VBD 0 ROOT     -
Lena    Lena    PROPN NNP 5 compound PERSON
Varga   Varga   PROPN NNP 3 dobj     I-PERSON
in      in      ADP   IN  3 prep     -
custody custody NOUN  NN  6 pobj     -
.       .       PUNCT .   3 punct    -
"""

HELD_TALKS = """
Hungary Hungary PROPN NNP 2 nsubj GPE
held    hold    VERB  VBD 0 ROOT  -
talks   talk    NOUN  NNS 2 dobj  -
with    with    ADP   IN  3 prep  -
Austria Austria PROPN NNP 4 pobj  GPE
.       .       PUNCT .   2 punct -
"""

HELD_LIABLE = """
Hungary Hungary PROPN NNP 2 nsubj GPE
held    hold    VERB  VBD 0 ROOT  -
Lena    Lena    PROPN NNP 4 compound PERSON
Varga   Varga   PROPN NNP 2 dobj  I-PERSON
liable  liable  ADJ   JJ  2 oprd  -
for     for     ADP   IN  5 prep  -
the     the     DET   DT  8 det   -
losses  loss    NOUN  NNS 6 pobj  -
.       .       PUNCT .   2 punct -
"""

HELD_A_TOWN = """
Serbian serbian ADJ   JJ  2 amod  NORP
troops  troop   NOUN  NNS 3 nsubj -
held    hold    VERB  VBD 0 ROOT  -
Vukovar Vukovar PROPN NNP 3 dobj  GPE
.       .       PUNCT .   3 punct -
"""

INTERNED = """
Serbia   Serbia PROPN NNP 2 nsubj    GPE
interned intern VERB  VBD 0 ROOT     -
Lena     Lena   PROPN NNP 4 compound PERSON
Varga    Varga  PROPN NNP 2 dobj     I-PERSON
.        .      PUNCT .   2 punct    -
"""

TAKEN_INTO_CUSTODY = """
Hungarian hungarian ADJ   JJ  2 amod     NORP
police    police    NOUN  NNS 3 nsubj    -
took      take      VERB  VBD 0 ROOT     -
Lena      Lena      PROPN NNP 5 compound PERSON
Varga     Varga     PROPN NNP 3 dobj     I-PERSON
into      into      ADP   IN  3 prep     -
custody   custody   NOUN  NN  6 pobj     -
.         .         PUNCT .   3 punct    -
"""

TAKEN_TO_A_PRISON = """
Lena      Lena      PROPN NNP 2  compound  PERSON
Varga     Varga     PROPN NNP 4  nsubjpass I-PERSON
was       be        AUX   VBD 4  auxpass   -
taken     take      VERB  VBN 0  ROOT      -
to        to        ADP   IN  4  prep      -
a         a         DET   DT  7  det       -
prison    prison    NOUN  NN  5  pobj      -
by        by        ADP   IN  4  agent     -
Hungarian hungarian ADJ   JJ  10 amod      NORP
troops    troop     NOUN  NNS 8  pobj      -
.         .         PUNCT .   4  punct     -
"""

CAPTURED_IN = """
Lena     Lena    PROPN NNP 2 compound  PERSON
Varga    Varga   PROPN NNP 4 nsubjpass I-PERSON
was      be      AUX   VBD 4 auxpass   -
captured capture VERB  VBN 0 ROOT      -
in       in      ADP   IN  4 prep      -
Serbia   Serbia  PROPN NNP 5 pobj      GPE
.        .       PUNCT .   4 punct     -
"""

CAPTURED_A_TOWN = """
Serbian  serbian ADJ   JJ  2 amod  NORP
troops   troop   NOUN  NNS 3 nsubj -
captured capture VERB  VBD 0 ROOT  -
Vukovar  Vukovar PROPN NNP 3 dobj  GPE
.        .       PUNCT .   3 punct -
"""

SEIZED = """
Serbian serbian ADJ   JJ  2 amod     NORP
troops  troop   NOUN  NNS 3 nsubj    -
seized  seize   VERB  VBD 0 ROOT     -
Lena    Lena    PROPN NNP 5 compound PERSON
Varga   Varga   PROPN NNP 3 dobj     I-PERSON
.       .       PUNCT .   3 punct    -
"""

QUESTIONED_BY_POLICE = """
Five       five     NUM   CD  3 nummod    CARDINAL
Croatian   croatian ADJ   JJ  3 amod      NORP
detainees  detainee NOUN  NNS 5 nsubjpass -
were       be       AUX   VBD 5 auxpass   -
questioned question VERB  VBN 0 ROOT      -
by         by       ADP   IN  5 agent     -
Serbian    serbian  ADJ   JJ  8 amod      NORP
police     police   NOUN  NNS 6 pobj      -
.          .        PUNCT .   5 punct     -
"""

FREED = """
Lena   Lena   PROPN NNP 2 compound  PERSON
Varga  Varga  PROPN NNP 4 nsubjpass I-PERSON
was    be     AUX   VBD 4 auxpass   -
freed  free   VERB  VBN 0 ROOT      -
by     by     ADP   IN  4 agent     -
Serbia Serbia PROPN NNP 5 pobj      GPE
.      .      PUNCT .   4 punct     -
"""

RELEASED_A_REPORT = """
Serbia   Serbia  PROPN NNP 2 nsubj GPE
released release VERB  VBD 0 ROOT  -
a        a       DET   DT  4 det   -
report   report  NOUN  NN  2 dobj  -
on       on      ADP   IN  4 prep  -
Croatia  Croatia PROPN NNP 5 pobj  GPE
.        .       PUNCT .   2 punct -
"""

FREED_FROM_CUSTODY = """
The       the       DET   DT   3  det       -
two       two       NUM   CD   3  nummod    CARDINAL
Croatians Croatians PROPN NNPS 11 nsubjpass NORP
freed     free      VERB  VBN  3  acl       -
from      from      ADP   IN   4  prep      -
Serbian   serbian   ADJ   JJ   7  amod      NORP
custody   custody   NOUN  NN   5  pobj      -
in        in        ADP   IN   7  prep      -
Belgrade  Belgrade  PROPN NNP  8  pobj      GPE
are       be        AUX   VBP  11 auxpass   -
expected  expect    VERB  VBN  0  ROOT      -
home      home      ADV   RB   11 advmod    -
soon      soon      ADV   RB   11 advmod    -
.         .         PUNCT .    11 punct     -
"""

SENT_TO_PRISON = """
Hungary Hungary PROPN NNP 2 nsubj    GPE
sent    send    VERB  VBD 0 ROOT     -
Lena    Lena    PROPN NNP 4 compound PERSON
Varga   Varga   PROPN NNP 2 dobj     I-PERSON
to      to      ADP   IN  2 prep     -
prison  prison  NOUN  NN  5 pobj     -
.       .       PUNCT .   2 punct    -
"""

KEPT_IN_CUSTODY = """
Hungarian hungarian ADJ   JJ  2 amod     NORP
police    police    NOUN  NNS 3 nsubj    -
kept      keep      VERB  VBD 0 ROOT     -
Lena      Lena      PROPN NNP 5 compound PERSON
Varga     Varga     PROPN NNP 3 dobj     I-PERSON
in        in        ADP   IN  3 prep     -
custody   custody   NOUN  NN  6 pobj     -
.         .         PUNCT .   3 punct    -
"""

TRANSFERRED_TO_A_PRISON = """
Hungary     Hungary  PROPN NNP 2 nsubj    GPE
transferred transfer VERB  VBD 0 ROOT     -
Lena        Lena     PROPN NNP 4 compound PERSON
Varga       Varga    PROPN NNP 2 dobj     I-PERSON
to          to       ADP   IN  2 prep     -
a           a        DET   DT  7 det      -
prison      prison   NOUN  NN  5 pobj     -
.           .        PUNCT .   2 punct    -
"""

REFUGEES_TO_A_CAMP = """
Hungary     Hungary  PROPN NNP 2 nsubj GPE
transferred transfer VERB  VBD 0 ROOT  -
the         the      DET   DT  4 det   -
refugees    refugee  NOUN  NNS 2 dobj  -
to          to       ADP   IN  2 prep  -
a           a        DET   DT  7 det   -
camp        camp     NOUN  NN  5 pobj  -
in          in       ADP   IN  7 prep  -
Serbia      Serbia   PROPN NNP 8 pobj  GPE
.           .        PUNCT .   2 punct -
"""


def test_person_held_by_a_state_is_detained() -> None:
    assert codes_between(HELD_BY_A_STATE, "Hungary", "Lena Varga") == {"173"}


def test_person_held_without_charge_is_detained() -> None:
    assert codes_between(HELD_WITHOUT_CHARGE, "Lena Varga", "Belgrade") == {"173"}


def test_person_held_in_custody_is_detained_whoever_holds() -> None:
    assert codes_between(HELD_IN_CUSTODY, "Kosovar rebels", "Lena Varga") == {"173"}


def test_talks_held_stay_a_consultation() -> None:
    assert {code[:2] for code in codes_between(HELD_TALKS, "Hungary", "Austria") if code} == {"04"}


def test_person_held_liable_is_no_detention() -> None:
    assert "173" not in codes_between(HELD_LIABLE, "Hungary", "Lena Varga")


def test_town_held_is_no_detention() -> None:
    assert "173" not in codes_between(HELD_A_TOWN, "Serbian military", "Vukovar")


def test_person_interned_is_detained() -> None:
    assert codes_between(INTERNED, "Serbia", "Lena Varga") == {"173"}


def test_person_taken_into_custody_is_detained() -> None:
    assert codes_between(TAKEN_INTO_CUSTODY, "Hungarian police", "Lena Varga") == {"173"}


def test_person_taken_to_a_prison_is_detained() -> None:
    assert codes_between(TAKEN_TO_A_PRISON, "Hungarian military", "Lena Varga") == {"173"}


def test_person_captured_with_no_agent_is_detained_not_fought() -> None:
    assert codes_between(CAPTURED_IN, "Lena Varga", "Serbia") == {"173"}


def test_town_captured_stays_a_fight() -> None:
    codes = codes_between(CAPTURED_A_TOWN, "Serbian military", "Vukovar")
    assert {code[:2] for code in codes if code} == {"19"}


def test_person_seized_is_detained_not_confiscated() -> None:
    assert codes_between(SEIZED, "Serbian military", "Lena Varga") == {"173"}


def test_people_questioned_by_police_are_investigated() -> None:
    assert codes_between(QUESTIONED_BY_POLICE, "Serbian police", "Croatian detainees") == {"091"}


def test_person_freed_is_released() -> None:
    assert codes_between(FREED, "Serbia", "Lena Varga") == {"0841"}


def test_report_released_is_made_public() -> None:
    assert codes_between(RELEASED_A_REPORT, "Serbia", "Croatia") == {"010"}


def test_a_states_custody_is_a_detention_where_it_holds() -> None:
    assert codes_between(FREED_FROM_CUSTODY, "Serbia", "Belgrade") == {"173"}


def test_person_sent_to_prison_is_detained() -> None:
    assert codes_between(SENT_TO_PRISON, "Hungary", "Lena Varga") == {"173"}


def test_person_kept_in_custody_is_detained() -> None:
    assert codes_between(KEPT_IN_CUSTODY, "Hungarian police", "Lena Varga") == {"173"}


def test_person_transferred_to_a_prison_is_detained() -> None:
    assert codes_between(TRANSFERRED_TO_A_PRISON, "Hungary", "Lena Varga") == {"173"}


def test_refugees_moved_to_a_camp_are_not_detained() -> None:
    assert "173" not in codes_between(REFUGEES_TO_A_CAMP, "Hungary", "Serbia")

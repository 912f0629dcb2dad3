"""Wave 121 G: event roots for common news events the lexicon missed. A state taking a firm's property
("renationalised", "nationalised") confiscates it (1711); control wrested from someone is seized (171);
supplies shut off (cut off, stopped) to someone stop deliveries to them (160); ordering the destruction of
a thing destroys property (1712); settling charges with an authority yields to it (080); putting someone in
charge of a task appoints them (050), and "in charge of" names no charge laid on anyone. Sentences of our
own, parses written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import codes_between, facts_with_roots

# "Venezuela renationalised the main refinery of Petrolux."
_RENATIONALISED = """
Venezuela       Venezuela      PROPN  NNP  2  nsubj  GPE
renationalised  renationalise  VERB   VBD  0  ROOT   -
the             the            DET    DT   5  det    -
main            main           ADJ    JJ   5  amod   -
refinery        refinery       NOUN   NN   2  dobj   -
of              of             ADP    IN   5  prep   -
Petrolux        Petrolux       PROPN  NNP  6  pobj   ORG
.               .              PUNCT  .    2  punct  -
"""

# "Bolivia wrested back control of the fields from Gasmar."
_WRESTED = """
Bolivia  Bolivia  PROPN  NNP  2  nsubj  GPE
wrested  wrest    VERB   VBD  0  ROOT   -
back     back     ADP    RP   2  prt    -
control  control  NOUN   NN   2  dobj   -
of       of       ADP    IN   4  prep   -
the      the      DET    DT   7  det    -
fields   field    NOUN   NNS  5  pobj   -
from     from     ADP    IN   2  prep   -
Gasmar   Gasmar   PROPN  NNP  8  pobj   ORG
.        .        PUNCT  .    2  punct  -
"""

# "Belarus shut off oil supplies to Lithuania."
_SHUT_OFF = """
Belarus    Belarus    PROPN  NNP  2  nsubj     GPE
shut       shut       VERB   VBD  0  ROOT      -
off        off        ADP    RP   2  prt       -
oil        oil        NOUN   NN   5  compound  -
supplies   supply     NOUN   NNS  2  dobj      -
to         to         ADP    IN   2  prep      -
Lithuania  Lithuania  PROPN  NNP  6  pobj      GPE
.          .          PUNCT  .    2  punct     -
"""

# "Chile ordered the destruction of Peru's border posts."
_DESTRUCTION_ORDERED = """
Chile        Chile        PROPN  NNP  2  nsubj     GPE
ordered      order        VERB   VBD  0  ROOT      -
the          the          DET    DT   4  det       -
destruction  destruction  NOUN   NN   2  dobj      -
of           of           ADP    IN   4  prep      -
Peru         Peru         PROPN  NNP  9  poss      GPE
's           's           PART   POS  6  case      -
border       border       NOUN   NN   9  compound  -
posts        post         NOUN   NNS  5  pobj      -
.            .            PUNCT  .    2  punct     -
"""

# "Zentra settled the fraud charges with the Federal Trade Commission."
_CHARGES_SETTLED = """
Zentra      Zentra      PROPN  NNP  2   nsubj     ORG
settled     settle      VERB   VBD  0   ROOT      -
the         the         DET    DT   5   det       -
fraud       fraud       NOUN   NN   5   compound  -
charges     charge      NOUN   NNS  2   dobj      -
with        with        ADP    IN   5   prep      -
the         the         DET    DT   10  det       ORG
Federal     Federal     PROPN  NNP  10  compound  I-ORG
Trade       Trade       PROPN  NNP  10  compound  I-ORG
Commission  Commission  PROPN  NNP  6   pobj      I-ORG
.           .           PUNCT  .    2   punct     -
"""

# "President Carlos Mesa put Juan Perez in charge of the Finance Ministry."
_PUT_IN_CHARGE = """
President  President  PROPN  NNP  3   compound  -
Carlos     Carlos     PROPN  NNP  3   compound  PERSON
Mesa       Mesa       PROPN  NNP  4   nsubj     I-PERSON
put        put        VERB   VBD  0   ROOT      -
Juan       Juan       PROPN  NNP  6   compound  PERSON
Perez      Perez      PROPN  NNP  4   dobj      I-PERSON
in         in         ADP    IN   4   prep      -
charge     charge     NOUN   NN   7   pobj      -
of         of         ADP    IN   8   prep      -
the        the        DET    DT   12  det       ORG
Finance    Finance    PROPN  NNP  12  compound  I-ORG
Ministry   Ministry   PROPN  NNP  9   pobj      I-ORG
.          .          PUNCT  .    4   punct     -
"""

# "Juan Perez is in charge of the Finance Ministry."
_IN_CHARGE = """
Juan      Juan      PROPN  NNP  2  compound  PERSON
Perez     Perez     PROPN  NNP  3  nsubj     I-PERSON
is        be        AUX    VBZ  0  ROOT      -
in        in        ADP    IN   3  prep      -
charge    charge    NOUN   NN   4  pobj      -
of        of        ADP    IN   5  prep      -
the       the       DET    DT   9  det       ORG
Finance   Finance   PROPN  NNP  9  compound  I-ORG
Ministry  Ministry  PROPN  NNP  6  pobj      I-ORG
.         .         PUNCT  .    3  punct     -
"""


def test_a_state_renationalising_a_firms_property_confiscates_it() -> None:
    assert facts_with_roots(_RENATIONALISED) == {("Venezuela", "renationalise refinery of", "Petrolux", "17")}
    assert codes_between(_RENATIONALISED, "Venezuela", "Petrolux") == {"1711"}


def test_control_wrested_from_a_firm_is_seized() -> None:
    assert facts_with_roots(_WRESTED) == {("Bolivia", "wrest back control from", "Gasmar", "17")}


def test_supplies_shut_off_to_a_state_stop_deliveries_to_it() -> None:
    assert facts_with_roots(_SHUT_OFF) == {("Belarus", "shut off oil supply to", "Lithuania", "16")}
    assert codes_between(_SHUT_OFF, "Belarus", "Lithuania") == {"160"}


def test_ordering_the_destruction_of_property_destroys_it() -> None:
    assert codes_between(_DESTRUCTION_ORDERED, "Chile", "Peru") == {"1712"}


def test_charges_settled_with_an_authority_yield_to_it() -> None:
    assert facts_with_roots(_CHARGES_SETTLED) == {
        ("Zentra", "settle charge with", "Federal Trade Commission", "08")
    }


def test_putting_someone_in_charge_appoints_them_and_lays_no_charge() -> None:
    facts = facts_with_roots(_PUT_IN_CHARGE)
    assert ("Carlos Mesa", "put in charge", "Juan Perez", "05") in facts
    assert not any(f[2] == "Finance Ministry" for f in facts)  # no "charge of" the ministry (17)


def test_in_charge_of_names_a_task_held_no_charge() -> None:
    assert facts_with_roots(_IN_CHARGE) == {("Juan Perez", "be in charge of", "Finance Ministry", None)}


# "The deal sees Petronor receive $2bn in credits from Sinochem."
_CREDITS_RECEIVED = """
The       the       DET    DT   2   det    -
deal      deal      NOUN   NN   3   nsubj  -
sees      see       VERB   VBZ  0   ROOT   -
Petronor  Petronor  PROPN  NNP  5   nsubj  ORG
receive   receive   VERB   VB   3   ccomp  -
$         $         SYM    $    7   nmod   -
2bn       2bn       NOUN   NN   5   dobj   MONEY
in        in        ADP    IN   7   prep   -
credits   credit    NOUN   NNS  8   pobj   -
from      from      ADP    IN   5   prep   -
Sinochem  Sinochem  PROPN  NNP  10  pobj   ORG
.         .         PUNCT  .    3   punct  -
"""


def test_credit_received_from_a_firm_is_an_economic_exchange_with_it() -> None:
    assert facts_with_roots(_CREDITS_RECEIVED) == {("Petronor", "receive credit from", "Sinochem", "06")}

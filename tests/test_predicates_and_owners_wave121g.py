"""Wave 121 G: predicates cut short and owners taken for their things. A particle the parser hangs after
the object stays in the predicate ("turned Unilever around": "turn around"); an accord a verb of making one
takes, with the other side named before it ("strikes Czech coal deal"), is "strike deal with", no bare
"strike" that reads as an attack; a credit rating moved is its owner's ("lift rating of" Brazil, no easing
of a sanction); a share price move told in a city ("shed 2.4% in Tokyo") makes no edge to the city; a state
before an event whose "between" phrase names its parties ("Italy's largest merger, between A and B") is
neither its doer nor acted on. Sentences of our own, parses written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

# "Jose Ramos turned Unilever around."
_TURNED_AROUND = """
Jose      Jose      PROPN  NNP  2  compound  PERSON
Ramos     Ramos     PROPN  NNP  3  nsubj     I-PERSON
turned    turn      VERB   VBD  0  ROOT      -
Unilever  Unilever  PROPN  NNP  3  dobj      ORG
around    around    ADV    RB   3  advmod    -
.         .         PUNCT  .    3  punct     -
"""

# "Poland strikes Czech coal deal" (a headline)
_DEAL_STRUCK = """
Poland   Poland  PROPN  NNP  2  nsubj     GPE
strikes  strike  VERB   VBZ  0  ROOT      -
Czech    Czech   PROPN  NNP  5  compound  NORP
coal     coal    NOUN   NN   5  compound  -
deal     deal    NOUN   NN   2  dobj      -
"""

# "Fitch lifted Brazil's rating by one notch."
_RATING_LIFTED = """
Fitch   Fitch   PROPN  NNP  2  nsubj   ORG
lifted  lift    VERB   VBD  0  ROOT    -
Brazil  Brazil  PROPN  NNP  5  poss    GPE
's      's      PART   POS  3  case    -
rating  rating  NOUN   NN   2  dobj    -
by      by      ADP    IN   2  prep    -
one     one     NUM    CD   8  nummod  CARDINAL
notch   notch   NOUN   NN   6  pobj    -
.       .       PUNCT  .    2  punct   -
"""

# "In Asia, Toyota shed 2.4% to 1,870 yen in Tokyo."
_SHARE_MOVE = """
In      in      ADP    IN   5   prep    -
Asia    Asia    PROPN  NNP  1   pobj    LOC
,       ,       PUNCT  ,    5   punct   -
Toyota  Toyota  PROPN  NNP  5   nsubj   ORG
shed    shed    VERB   VBD  0   ROOT    -
2.4     2.4     NUM    CD   7   nummod  PERCENT
%       %       NOUN   NN   5   dobj    I-PERCENT
to      to      ADP    IN   5   prep    -
1,870   1,870   NUM    CD   10  nummod  MONEY
yen     yen     NOUN   NNS  8   pobj    I-MONEY
in      in      ADP    IN   5   prep    -
Tokyo   Tokyo   PROPN  NNP  11  pobj    GPE
.       .       PUNCT  .    5   punct   -
"""

# "Toyota opened a plant in France." (no price move: the place stays)
_PLANT_OPENED = """
Toyota  Toyota  PROPN  NNP  2  nsubj  ORG
opened  open    VERB   VBD  0  ROOT   -
a       a       DET    DT   4  det    -
plant   plant   NOUN   NN   2  dobj   -
in      in      ADP    IN   4  prep   -
France  France  PROPN  NNP  5  pobj   GPE
.       .       PUNCT  .    2  punct  -
"""

# "Mr Ortiz engineered Italy's largest insurance merger, between Generali and Allianz."
_MERGER_BETWEEN = """
Mr          Mr         PROPN  NNP  2   compound  -
Ortiz       Ortiz      PROPN  NNP  3   nsubj     PERSON
engineered  engineer   VERB   VBD  0   ROOT      -
Italy       Italy      PROPN  NNP  8   poss      GPE
's          's         PART   POS  4   case      -
largest     large      ADJ    JJS  8   amod      -
insurance   insurance  NOUN   NN   8   compound  -
merger      merger     NOUN   NN   3   dobj      -
,           ,          PUNCT  ,    8   punct     -
between     between    ADP    IN   8   prep      -
Generali    Generali   PROPN  NNP  10  pobj      ORG
and         and        CCONJ  CC   11  cc        -
Allianz     Allianz    PROPN  NNP  11  conj      ORG
.           .          PUNCT  .    3   punct     -
"""


def test_a_particle_after_the_object_stays_in_the_predicate() -> None:
    assert read_triples(_TURNED_AROUND) == {("Jose Ramos", "turn around", "Unilever")}


def test_an_accord_struck_with_the_side_named_before_it() -> None:
    assert facts_with_roots(_DEAL_STRUCK) == {("Poland", "strike deal with", "Czech Republic", "05")}


def test_a_rating_lifted_is_its_owners_and_eases_no_sanction() -> None:
    assert facts_with_roots(_RATING_LIFTED) == {("Fitch", "lift rating of", "Brazil", None)}


def test_a_share_price_move_in_a_city_makes_no_edge_to_it() -> None:
    assert read_triples(_SHARE_MOVE) == set()
    assert read_triples(_PLANT_OPENED) == {("Toyota", "open plant in", "France")}


def test_a_state_before_a_merger_between_named_firms_is_no_party() -> None:
    assert read_triples(_MERGER_BETWEEN) == {("Generali", "merge with", "Allianz")}


# "Carlos Mesa orchestrated Chile's biggest bank merger."
_MERGER_RUN = """
Carlos        Carlos       PROPN  NNP  2  compound  PERSON
Mesa          Mesa         PROPN  NNP  3  nsubj     I-PERSON
orchestrated  orchestrate  VERB   VBD  0  ROOT      -
Chile         Chile        PROPN  NNP  8  poss      GPE
's            's           PART   POS  4  case      -
biggest       big          ADJ    JJS  8  amod      -
bank          bank         NOUN   NN   8  compound  -
merger        merger       NOUN   NN   3  dobj      -
.             .            PUNCT  .    3  punct     -
"""


def test_the_owner_of_an_undertaking_run_is_not_what_is_run() -> None:
    assert read_triples(_MERGER_RUN) == {("Carlos Mesa", "orchestrate bank merger of", "Chile")}


# "Mr Dunn kept an open mind about Norway's entry into the European Union."
_MIND_ABOUT_ENTRY = """
Mr        Mr        PROPN  NNP  2   compound  -
Dunn      Dunn      PROPN  NNP  3   nsubj     PERSON
kept      keep      VERB   VBD  0   ROOT      -
an        an        DET    DT   6   det       -
open      open      ADJ    JJ   6   amod      -
mind      mind      NOUN   NN   3   dobj      -
about     about     ADP    IN   6   prep      -
Norway    Norway    PROPN  NNP  10  poss      GPE
's        's        PART   POS  8   case      -
entry     entry     NOUN   NN   7   pobj      -
into      into      ADP    IN   10  prep      -
the       the       DET    DT   14  det       ORG
European  European  PROPN  NNP  14  compound  I-ORG
Union     Union     PROPN  NNP  11  pobj      I-ORG
.         .         PUNCT  .    3   punct     -
"""

# "Mr Dunn saw the advantages of Norway's entry."
_ADVANTAGES_OF_ENTRY = """
Mr          Mr         PROPN  NNP  2  compound  -
Dunn        Dunn       PROPN  NNP  3  nsubj     PERSON
saw         see        VERB   VBD  0  ROOT      -
the         the        DET    DT   5  det       -
advantages  advantage  NOUN   NNS  3  dobj      -
of          of         ADP    IN   5  prep      -
Norway      Norway     PROPN  NNP  9  poss      GPE
's          's         PART   POS  7  case      -
entry       entry      NOUN   NN   6  pobj      -
.           .          PUNCT  .    3  punct     -
"""

# "Chile spoke about Peru's withdrawal."
_ABOUT_WITHDRAWAL = """
Chile       Chile       PROPN  NNP  2  nsubj  GPE
spoke       speak       VERB   VBD  0  ROOT   -
about       about       ADP    IN   2  prep   -
Peru        Peru        PROPN  NNP  6  poss   GPE
's          's          PART   POS  4  case   -
withdrawal  withdrawal  NOUN   NN   3  pobj   -
.           .           PUNCT  .    2  punct  -
"""


def test_an_owners_entry_reached_through_a_noun_stays_in_the_phrase() -> None:
    assert ("Dunn", "keep mind about entry of", "Norway") in read_triples(_MIND_ABOUT_ENTRY)
    assert read_triples(_ADVANTAGES_OF_ENTRY) == {("Dunn", "see advantage of entry of", "Norway")}


def test_an_owners_withdrawal_spoken_about_stays_in_the_phrase() -> None:
    assert read_triples(_ABOUT_WITHDRAWAL) == {("Chile", "speak about withdrawal of", "Peru")}

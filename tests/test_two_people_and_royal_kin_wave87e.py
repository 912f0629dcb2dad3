"""Entities of wave 87 E: two people the tagger fused into one name across "and" ("invited both Sorel
and Victor Brun", after "Ana Sorel" was named) are two people. Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours.
A state's possessive before one of a group of the state's that is no office of it ("Chile's top union
leader", "Chile's opposition leader", "Chile's top banker") makes no act of the state; "Chile's foreign
minister" and "Chile's leader" stay the state.
A person with a royal title and no state named with "and" beside one of a monarchy ("the Queen and Prince
Tomas", "Britain's Prince Tomas and Princess Mara") is of that monarchy; a title that opens a name the
office table knows whole ("King Letsie of Lesotho") is his office of the state after it, no citizenship."""

from __future__ import annotations

from hand_docs import country_of, facts, read, read_triples

# "Ana Sorel spoke on Monday. Tom Vance invited {both} Sorel and Victor Brun."
INVITED_TWO = """
Ana      Ana      PROPN NNP  2 compound PERSON
Sorel    Sorel    PROPN NNP  3 nsubj    I-PERSON
spoke    speak    VERB  VBD  0 ROOT     -
on       on       ADP   IN   3 prep     -
Monday   Monday   PROPN NNP  4 pobj     DATE
.        .        PUNCT .    3 punct    -
Tom      Tom      PROPN NNP  8 compound PERSON
Vance    Vance    PROPN NNP  9 nsubj    I-PERSON
invited  invite   VERB  VBD  9 ROOT     -
{both}
Sorel    Sorel    PROPN NNP  9 dobj     ORG
and      and      CCONJ CC   {sorel} cc I-ORG
Victor   Victor   PROPN NNP  {brun} compound I-ORG
Brun     Brun     PROPN NNP  {sorel} conj I-ORG
.        .        PUNCT .    9 punct    -
"""

BOTH = "both     both     DET   DT   11 preconj  -"

# "{Both} Orvan and Kestrel sued Tom Vance."  (no person named Orvan before, no given name after "and")
FIRM_PAIR = """
Orvan    Orvan    PROPN NNP  4 nsubj    ORG
and      and      CCONJ CC   1 cc       I-ORG
Kestrel  Kestrel  PROPN NNP  1 conj     I-ORG
sued     sue      VERB  VBD  0 ROOT     -
Tom      Tom      PROPN NNP  6 compound PERSON
Vance    Vance    PROPN NNP  4 dobj     I-PERSON
.        .        PUNCT .    4 punct    -
"""


def _invited(both: bool) -> str:
    if both:
        return INVITED_TWO.format(both=BOTH, sorel=11, brun=14)
    return INVITED_TWO.format(both="", sorel=10, brun=13)


def test_a_known_surname_and_another_name_are_two_people() -> None:
    triples = read_triples(_invited(both=False))
    assert {("Tom Vance", "invite", "Ana Sorel"), ("Tom Vance", "invite", "Victor Brun")} <= triples
    labels = {e.label: e.type for e in read(_invited(both=False)).entities.entities()}
    assert labels.get("Victor Brun") == "PERSON"
    assert "Sorel and Victor Brun" not in labels


# "Tom Vance invited both Lamar and Victor Brun."  (Lamar not named before)
BOTH_UNKNOWN = """
Tom      Tom      PROPN NNP  2 compound PERSON
Vance    Vance    PROPN NNP  3 nsubj    I-PERSON
invited  invite   VERB  VBD  0 ROOT     -
both     both     DET   DT   5 preconj  -
Lamar    Lamar    PROPN NNP  3 dobj     ORG
and      and      CCONJ CC   5 cc       I-ORG
Victor   Victor   PROPN NNP  8 compound I-ORG
Brun     Brun     PROPN NNP  5 conj     I-ORG
.        .        PUNCT .    3 punct    -
"""


def test_both_before_two_names_joined_by_and_marks_two_people() -> None:
    triples = read_triples(_invited(both=True))
    assert {("Tom Vance", "invite", "Ana Sorel"), ("Tom Vance", "invite", "Victor Brun")} <= triples
    triples = read_triples(BOTH_UNKNOWN)
    assert {("Tom Vance", "invite", "Lamar"), ("Tom Vance", "invite", "Victor Brun")} <= triples


def test_a_pair_of_names_of_no_known_person_stays_one_name() -> None:
    assert ("Orvan and Kestrel", "sue", "Tom Vance") in read_triples(FIRM_PAIR)


# "Chile's <modifiers> <noun> criticised Peru."  (a state's possessive before an unnamed holder)
HOLDER_OF_CHILE = """
Chile      Chile      PROPN NNP  {head} poss   GPE
's         's         PART  POS  1 case     -
{modifiers}
{noun}     {noun}     NOUN  NN   {verb} nsubj  -
criticised criticise  VERB  VBD  0 ROOT     -
Peru       Peru       PROPN NNP  {verb} dobj   GPE
.          .          PUNCT .    {verb} punct  -
"""


def _holder(noun: str, *modifiers: str) -> str:
    """The parse with each modifier before the noun: an adjective ("top", "foreign") or a compound noun."""
    head = 3 + len(modifiers)
    adjectives = {"top", "foreign"}
    rows = "\n".join(
        f"{w} {w} ADJ JJ {head} amod -" if w in adjectives else f"{w} {w} NOUN NN {head} compound -"
        for w in modifiers
    )
    return HOLDER_OF_CHILE.format(head=head, modifiers=rows, noun=noun, verb=head + 1)


def test_a_states_union_leader_or_banker_is_not_the_state() -> None:
    for table in (
        _holder("leader", "top", "union"),
        _holder("leader", "opposition"),
        _holder("banker", "top"),
    ):
        assert not any(t[0] == "Chile" for t in read_triples(table)), table


def test_a_states_foreign_minister_and_leader_stay_the_state() -> None:
    assert ("Chile", "criticise", "Peru") in read_triples(_holder("minister", "foreign"))
    assert ("Chile", "criticise", "Peru") in read_triples(_holder("leader"))


# "Queen Ana of Britain arrived on Monday. The Queen and Prince Tomas met Canadian officials."
THE_QUEEN_AND_A_PRINCE = """
Queen      Queen      PROPN NNP  2 compound -
Ana        Ana        PROPN NNP  5 nsubj    PERSON
of         of         ADP   IN   2 prep     -
Britain    Britain    PROPN NNP  3 pobj     GPE
arrived    arrive     VERB  VBD  0 ROOT     -
on         on         ADP   IN   5 prep     -
Monday     Monday     PROPN NNP  6 pobj     DATE
.          .          PUNCT .    5 punct    -
The        the        DET   DT   10 det     -
Queen      Queen      PROPN NNP  14 nsubj   -
and        and        CCONJ CC   10 cc      -
Prince     Prince     PROPN NNP  13 compound -
Tomas      Tomas      PROPN NNP  10 conj    PERSON
met        meet       VERB  VBD  14 ROOT    -
Canadian   canadian   ADJ   JJ   16 amod    NORP
officials  official   NOUN  NNS  14 dobj    -
.          .          PUNCT .    14 punct   -
"""

# "Britain's Prince Tomas and Princess Mara will visit Peru."
A_PRINCE_AND_A_PRINCESS = """
Britain    Britain    PROPN NNP  4 poss     GPE
's         's         PART  POS  1 case     -
Prince     Prince     PROPN NNP  4 compound -
Tomas      Tomas      PROPN NNP  10 nsubj   PERSON
and        and        CCONJ CC   4 cc       -
Princess   Princess   PROPN NNP  7 compound -
Mara       Mara       PROPN NNP  4 conj     PERSON
will       will       AUX   MD   9 aux      -
visit      visit      VERB  VB   0 ROOT     -
Peru       Peru       PROPN NNP  9 dobj     GPE
.          .          PUNCT .    9 punct    -
"""

# "King Letsie of Lesotho met Botswana's foreign minister."  ("Letsie" left untagged: the office table knows
# "King Letsie", title and name, as one name)
A_KING_OF_A_STATE = """
King       King       PROPN NNP  2 compound -
Letsie     Letsie     PROPN NNP  5 nsubj    -
of         of         ADP   IN   2 prep     -
Lesotho    Lesotho    PROPN NNP  3 pobj     GPE
met        meet       VERB  VBD  0 ROOT     -
Botswana   Botswana   PROPN NNP  9 poss     GPE
's         's         PART  POS  6 case     -
foreign    foreign    ADJ   JJ   9 amod    -
minister   minister   NOUN  NN   5 dobj     -
.          .          PUNCT .    5 punct    -
"""


def test_a_prince_named_with_the_queen_is_of_her_realm() -> None:
    assert country_of(read(THE_QUEEN_AND_A_PRINCE, day="1987-03-19"), "Tomas") == "GBR"


def test_a_princess_named_with_a_prince_of_a_realm_is_of_it() -> None:
    assert country_of(read(A_PRINCE_AND_A_PRINCESS, day="1987-03-19"), "Mara") == "GBR"


def test_a_kings_title_opening_his_name_is_his_office_of_the_state_after_it() -> None:
    roles = facts(read(A_KING_OF_A_STATE, day="2020-03-19"), "title")
    assert ("King Letsie", "king of", "Lesotho") in roles
    assert ("King Letsie", "citizen of", "Lesotho") not in roles


# "Tom Vance, a leader of the CTL (the Chilean Labour Organisation), met Peru's labour minister."
A_LEADER_OF_A_BRACKETED_UNION = """
Tom          Tom          PROPN NNP  2 compound PERSON
Vance        Vance        PROPN NNP  16 nsubj   I-PERSON
,            ,            PUNCT ,    2 punct    -
a            a            DET   DT   5 det      -
leader       leader       NOUN  NN   2 appos    -
of           of           ADP   IN   5 prep     -
the          the          DET   DT   8 det      -
CTL          CTL          PROPN NNP  6 pobj     ORG
(            (            PUNCT -LRB- 8 punct   -
the          the          DET   DT   13 det     -
Chilean      Chilean      PROPN NNP  13 compound ORG
Labour       Labour       PROPN NNP  13 compound I-ORG
Organisation Organisation PROPN NNP  8 appos    I-ORG
)            )            PUNCT -RRB- 2 punct   -
,            ,            PUNCT ,    2 punct    -
met          meet         VERB  VBD  0 ROOT     -
Peru         Peru         PROPN NNP  20 poss    GPE
's           's           PART  POS  17 case    -
labour       labour       NOUN  NN   20 compound -
minister     minister     NOUN  NN   16 dobj    -
.            .            PUNCT .    16 punct   -
"""


def test_an_acronym_and_its_bracketed_name_are_one_union_of_the_named_state() -> None:
    reading = read(A_LEADER_OF_A_BRACKETED_UNION, day="1987-03-19")
    labels = {e.label: e.country for e in reading.entities.entities() if e.type == "ORG"}
    assert labels == {"Chilean Labour Organisation": "CHL"}
    assert country_of(reading, "Tom Vance") == "CHL"


# "Chile's president spoke in Santiago. Chilean police detained 300 state employed miners."
STATE_EMPLOYED_MINERS = """
Chile     Chile     PROPN NNP  3 poss     GPE
's        's        PART  POS  1 case     -
president president NOUN  NN   4 nsubj    -
spoke     speak     VERB  VBD  0 ROOT     -
in        in        ADP   IN   4 prep     -
Santiago  Santiago  PROPN NNP  5 pobj     GPE
.         .         PUNCT .    4 punct    -
Chilean   chilean   ADJ   JJ   9 amod     NORP
police    police    NOUN  NNS  10 nsubj   -
detained  detain    VERB  VBD  10 ROOT    -
300       300       NUM   CD   14 nummod  CARDINAL
state     state     NOUN  NN   13 npadvmod -
employed  employ    VERB  VBN  14 amod    -
miners    miner     NOUN  NNS  10 dobj    -
.         .         PUNCT .    10 punct   -
"""

# "Australian gold miners sold shares to Japan."
GOLD_MINERS = """
Australian australian ADJ   JJ   3 amod     NORP
gold       gold       NOUN  NN   3 compound -
miners     miner      NOUN  NNS  4 nsubj    -
sold       sell       VERB  VBD  0 ROOT     -
shares     share      NOUN  NNS  4 dobj     -
to         to         ADP   IN   4 prep     -
Japan      Japan      PROPN NNP  6 pobj     GPE
.          .          PUNCT .    4 punct    -
"""


def test_state_employed_miners_are_the_states_workers() -> None:
    reading = read(STATE_EMPLOYED_MINERS, day="1987-03-19")
    assert ("Chilean police", "detain", "Chilean workers") in read_triples(STATE_EMPLOYED_MINERS)
    assert country_of(reading, "Chilean workers") == "CHL"


def test_miners_of_a_trade_with_a_states_adjective_are_no_workers() -> None:
    assert not any("workers" in t[0] for t in read_triples(GOLD_MINERS))
